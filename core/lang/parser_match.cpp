// The match statement (PEP 634) and its patterns; "match", "case" and "_" are soft keywords.
#include "core/lang/parser_impl.h"

namespace asyncplay::lang::detail {

namespace {
bool is_name(const Parser*, Tok k) {
  return k == Tok::Name;
}
}  // namespace

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
ExprNode* Parser::subject_expr() {
  size_t start = pos_;
  ExprNode* first = star_named_expression();
  if (!first) return nullptr;
  if (!at(Tok::Comma)) {
    if (first->is<Starred>()) return fail();
    return first;
  }
  Tuple* t = arena_->make<Tuple>();
  t->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (!starts_expression(kind()) && !at(Tok::Star)) break;
    ExprNode* e = star_named_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  set_start(t, toks_[start]);
  set_end_to_last(t);
  return t;
}

// Whether the statement at the cursor is a match statement: "match" subject_expr ':'. A header
// ending the line without ':' is remembered for the "expected ':'" error.
bool Parser::looks_like_match_stmt() {
  bool is_match = false;
  --second_pass_;  // part of CPython's first pass
  speculate([&] {
    advance();
    if (!starts_expression(kind()) && !at(Tok::Star)) return false;
    if (!subject_expr()) return false;
    if (at(Tok::Colon)) {
      is_match = true;
    } else if (at(Tok::Newline)) {
      match_missing_colon_ = pos_;
    }
    return true;
  });
  ++second_pass_;
  return is_match && !hit_lex_error_;
}

StmtNode* Parser::match_stmt() {
  size_t start = pos_;
  const Token& kw = advance();  // "match"
  ExprNode* subject = subject_expr();
  if (!subject || !expect(Tok::Colon) || !expect(Tok::Newline)) return nullptr;
  if (!at(Tok::Indent)) {
    if (failed()) return nullptr;
    return raise_at_last(
        "expected an indented block after 'match' statement on line " + std::to_string(kw.lineno),
        SyntaxErrorKind::IndentationError);
  }
  advance();
  Match* m = arena_->make<Match>();
  m->subject = subject;
  do {
    if (!at_soft_keyword("case")) return fail();
    const Token& case_kw = advance();
    MatchCase* c = arena_->make<MatchCase>();
    c->pattern = patterns();
    if (!c->pattern) return nullptr;
    if (accept(Tok::KwIf)) {
      c->guard = named_expression();
      if (!c->guard) return nullptr;
    }
    if (!expect_colon_then_block(&c->body, case_kw, "'case' statement")) return nullptr;
    m->cases.push_back(c);
  } while (!at(Tok::Dedent) && !failed());
  if (!expect(Tok::Dedent)) return nullptr;
  set_start(m, toks_[start]);
  set_end_to_last(m);
  return m;
}

// patterns: open_sequence_pattern | pattern
PatternNode* Parser::patterns() {
  size_t start = pos_;
  PatternNode* first = at(Tok::Star) ? star_pattern() : pattern();
  if (!first) return nullptr;
  if (!at(Tok::Comma)) {
    if (first->is<MatchStar>()) return fail();
    return first;
  }
  MatchSequence* seq = arena_->make<MatchSequence>();
  seq->patterns.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::Colon) || at(Tok::KwIf)) break;
    PatternNode* p = at(Tok::Star) ? star_pattern() : pattern();
    if (!p) return nullptr;
    seq->patterns.push_back(p);
  }
  set_start(seq, toks_[start]);
  set_end_to_last(seq);
  return seq;
}

// pattern: or_pattern ['as' pattern_capture_target]
PatternNode* Parser::pattern() {
  size_t start = pos_;
  PatternNode* p = or_pattern();
  if (!p || !at(Tok::KwAs)) return p;
  advance();
  if (at_soft_keyword("_")) return raise_at_token(tok(), "cannot use '_' as a target");
  if (!at(Tok::Name) || peek_kind(1) == Tok::Dot || peek_kind(1) == Tok::LPar ||
      peek_kind(1) == Tok::Equal) {
    if (!is_name(this, kind())) {
      ExprNode* e = nullptr;
      if (speculate([&] { return (e = expression()) != nullptr; }) && e) {
        return raise_at(e, "invalid pattern target");
      }
    }
    return fail();
  }
  const Token& name = advance();
  MatchAs* as = make<MatchAs>(start);
  as->pattern = p;
  as->name = ident(name);
  return as;
}

PatternNode* Parser::or_pattern() {
  size_t start = pos_;
  PatternNode* first = closed_pattern();
  if (!first || !at(Tok::VBar)) return first;
  MatchOr* o = arena_->make<MatchOr>();
  o->patterns.push_back(first);
  while (accept(Tok::VBar)) {
    PatternNode* p = closed_pattern();
    if (!p) return nullptr;
    o->patterns.push_back(p);
  }
  set_start(o, toks_[start]);
  set_end_to_last(o);
  return o;
}

// signed_number: NUMBER | '-' NUMBER
ExprNode* Parser::signed_number() {
  size_t start = pos_;
  if (!at(Tok::Minus)) return at(Tok::Number) ? number() : fail();
  advance();
  if (!at(Tok::Number)) return fail();
  ExprNode* n = number();
  UnaryOp* u = make<UnaryOp>(start);
  u->op = Unaryop::USub;
  u->operand = n;
  return u;
}

// literal_expr: signed_number !('+'|'-') | complex_number | strings | None | True | False.
// *ok is false (without an error) when the tokens are no literal.
ExprNode* Parser::literal_expr(bool* ok) {
  *ok = true;
  size_t start = pos_;
  switch (kind()) {
    case Tok::String:
      return strings();
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse:
      return atom();
    case Tok::Number:
    case Tok::Minus:
      break;
    default:
      *ok = false;
      return nullptr;
  }
  ExprNode* real = signed_number();
  if (!real) return nullptr;
  if (!at(Tok::Plus) && !at(Tok::Minus)) return real;
  // complex_number: signed_real_number ('+'|'-') imaginary_number
  const ExprNode* r = real->is<UnaryOp>() ? real->as<UnaryOp>()->operand : real;
  if (r->as<Constant>()->value_kind == ConstantKind::Complex) {
    return raise_at(r, "real number required in complex literal");
  }
  Operator op = advance().kind == Tok::Plus ? Operator::Add : Operator::Sub;
  if (!at(Tok::Number)) return fail();
  ExprNode* imag = number();
  if (imag->as<Constant>()->value_kind != ConstantKind::Complex) {
    return raise_at(imag, "imaginary number required in complex literal");
  }
  BinOp* b = make<BinOp>(start);
  b->left = real;
  b->op = op;
  b->right = imag;
  return b;
}

// name_or_attr: NAME ('.' NAME)*
ExprNode* Parser::name_or_attr() {
  size_t start = pos_;
  ExprNode* e = make_name(ExprContext::Load);
  while (at(Tok::Dot)) {
    advance();
    const Token* name = expect(Tok::Name);
    if (!name) return nullptr;
    Attribute* a = make<Attribute>(start);
    a->value = e;
    a->attr = ident(*name);
    e = a;
  }
  return e;
}

PatternNode* Parser::closed_pattern() {
  size_t start = pos_;
  bool ok = false;
  ExprNode* lit = literal_expr(&ok);
  if (ok) {
    if (!lit) return nullptr;
    if (lit->is<Constant>()) {
      ConstantKind k = lit->as<Constant>()->value_kind;
      if (k == ConstantKind::None || k == ConstantKind::True || k == ConstantKind::False) {
        MatchSingleton* s = make<MatchSingleton>(start);
        s->value = k;
        return s;
      }
    }
    MatchValue* v = make<MatchValue>(start);
    v->value = lit;
    return v;
  }
  switch (kind()) {
    case Tok::Name: {
      bool dotted = peek_kind(1) == Tok::Dot;
      if (!dotted && peek_kind(1) != Tok::LPar) {
        if (peek_kind(1) == Tok::Equal) return fail();
        const Token& name = advance();
        MatchAs* as = make<MatchAs>(start);
        if (text(name) != "_") as->name = ident(name);
        return as;
      }
      ExprNode* e = name_or_attr();
      if (!e) return nullptr;
      if (at(Tok::LPar)) return class_pattern(e, start);
      if (at(Tok::Equal)) return fail();
      MatchValue* v = make<MatchValue>(start);
      v->value = e;
      return v;
    }
    case Tok::LPar: {
      advance();
      if (accept(Tok::RPar)) return make<MatchSequence>(start);
      PatternNode* first = at(Tok::Star) ? star_pattern() : pattern();
      if (!first) return nullptr;
      if (accept(Tok::RPar)) {
        if (first->is<MatchStar>()) return fail();
        return first;  // group_pattern
      }
      if (!at(Tok::Comma)) return fail();
      MatchSequence* seq = arena_->make<MatchSequence>();
      seq->patterns.push_back(first);
      while (accept(Tok::Comma) && !at(Tok::RPar)) {
        PatternNode* p = at(Tok::Star) ? star_pattern() : pattern();
        if (!p) return nullptr;
        seq->patterns.push_back(p);
      }
      if (!expect(Tok::RPar)) return nullptr;
      set_start(seq, toks_[start]);
      set_end_to_last(seq);
      return seq;
    }
    case Tok::LSqb: {
      advance();
      MatchSequence* seq = arena_->make<MatchSequence>();
      while (!at(Tok::RSqb)) {
        PatternNode* p = at(Tok::Star) ? star_pattern() : pattern();
        if (!p) return nullptr;
        seq->patterns.push_back(p);
        if (!accept(Tok::Comma)) break;
      }
      if (!expect(Tok::RSqb)) return nullptr;
      set_start(seq, toks_[start]);
      set_end_to_last(seq);
      return seq;
    }
    case Tok::LBrace:
      return mapping_pattern(start);
    default:
      return fail();
  }
}

// star_pattern: '*' (pattern_capture_target | wildcard_pattern)
PatternNode* Parser::star_pattern() {
  size_t start = pos_;
  advance();
  if (!at(Tok::Name) || peek_kind(1) == Tok::Dot || peek_kind(1) == Tok::LPar ||
      peek_kind(1) == Tok::Equal) {
    return fail();
  }
  const Token& name = advance();
  MatchStar* s = make<MatchStar>(start);
  if (text(name) != "_") s->name = ident(name);
  return s;
}

PatternNode* Parser::mapping_pattern(size_t start) {
  advance();  // '{'
  MatchMapping* m = arena_->make<MatchMapping>();
  while (!at(Tok::RBrace)) {
    if (at(Tok::DoubleStar)) {
      advance();
      if (!at(Tok::Name) || text(tok()) == "_" || peek_kind(1) == Tok::Dot ||
          peek_kind(1) == Tok::LPar || peek_kind(1) == Tok::Equal) {
        return fail();
      }
      m->rest = ident(advance());
      accept(Tok::Comma);
      break;
    }
    bool ok = false;
    ExprNode* key = literal_expr(&ok);
    if (!ok) {
      if (!at(Tok::Name) || peek_kind(1) != Tok::Dot) return fail();
      key = name_or_attr();
    }
    if (!key || !expect(Tok::Colon)) return nullptr;
    PatternNode* p = pattern();
    if (!p) return nullptr;
    m->keys.push_back(key);
    m->patterns.push_back(p);
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_start(m, toks_[start]);
  set_end_to_last(m);
  return m;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
PatternNode* Parser::class_pattern(ExprNode* cls, size_t start) {
  advance();  // '('
  MatchClass* c = arena_->make<MatchClass>();
  c->cls = cls;
  Seq<PatternNode> late_positional;
  while (!at(Tok::RPar)) {
    if (at(Tok::Name) && peek_kind(1) == Tok::Equal) {
      c->kwd_attrs.push_back(ident(advance()));
      advance();
      PatternNode* p = pattern();
      if (!p) return nullptr;
      c->kwd_patterns.push_back(p);
    } else {
      PatternNode* p = pattern();
      if (!p) return nullptr;
      if (!c->kwd_attrs.empty()) {
        late_positional.push_back(p);
      } else {
        c->patterns.push_back(p);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!late_positional.empty()) {
    return raise_range(late_positional.front(), late_positional.back(),
                       "positional patterns follow keyword patterns");
  }
  if (!expect(Tok::RPar)) return nullptr;
  set_start(c, toks_[start]);
  set_end_to_last(c);
  return c;
}

}  // namespace asyncplay::lang::detail
