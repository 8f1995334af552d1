// Expressions, assignment targets, call arguments and parameter lists (see parser_impl.h).
#include <cstdlib>
#include <cstring>

#include "core/lang/parser_impl.h"

namespace asyncplay::lang::detail {

namespace {

// Binding power of the binary operators between comparison and unary minus.
int binary_precedence(Tok k, Operator* op) {
  switch (k) {
    case Tok::VBar:
      *op = Operator::BitOr;
      return 1;
    case Tok::Circumflex:
      *op = Operator::BitXor;
      return 2;
    case Tok::Amper:
      *op = Operator::BitAnd;
      return 3;
    case Tok::LeftShift:
      *op = Operator::LShift;
      return 4;
    case Tok::RightShift:
      *op = Operator::RShift;
      return 4;
    case Tok::Plus:
      *op = Operator::Add;
      return 5;
    case Tok::Minus:
      *op = Operator::Sub;
      return 5;
    case Tok::Star:
      *op = Operator::Mult;
      return 6;
    case Tok::Slash:
      *op = Operator::Div;
      return 6;
    case Tok::DoubleSlash:
      *op = Operator::FloorDiv;
      return 6;
    case Tok::Percent:
      *op = Operator::Mod;
      return 6;
    case Tok::At:
      *op = Operator::MatMult;
      return 6;
    default:
      return 0;
  }
}

bool is_legacy_name(const ExprNode* e) {
  if (!e->is<Name>()) return false;
  const std::string& id = e->as<Name>()->id;
  return id == "print" || id == "exec";
}

// Expressions that the `bitwise_or` rule can produce (everything above comparisons).
bool is_bitwise_or_level(const ExprNode* e) {
  switch (e->kind) {
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::Starred:
    case ExprKind::NamedExpr:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp:
      return e->as<UnaryOp>()->op != Unaryop::Not;
    default:
      return true;
  }
}

}  // namespace

const char* expr_name(const ExprNode* e) {
  switch (e->kind) {
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Call:
      return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
      return "expression";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::Await:
      return "await expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None:
          return "None";
        case ConstantKind::False:
          return "False";
        case ConstantKind::True:
          return "True";
        case ConstantKind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Slice:
      return "slice";
  }
  return "expression";
}

// ---------------------------------------------------------------------------------------------
// Helpers for the error checks

// The index of the ')' matching the '(' at `open`, or npos.
size_t Parser::matching_paren(size_t open) const {
  int level = toks_[open].level;
  for (size_t i = open + 1; i < toks_.size(); ++i) {
    if (toks_[i].level < level) return i;
    if (toks_[i].kind == Tok::Error || toks_[i].kind == Tok::EndMarker) break;
  }
  return std::string::npos;
}

// Whether the tokens start..end (inclusive) are one parenthesized atom.
bool Parser::wrapped_in_parens(size_t start, size_t end) const {
  return toks_[start].kind == Tok::LPar && matching_paren(start) == end;
}

// !(list|tuple|genexp|'True'|'None'|'False') at token `start`.
bool Parser::starts_with_excluded_atom(size_t start) {
  Tok k = toks_[start].kind;
  if (k == Tok::KwTrue || k == Tok::KwNone || k == Tok::KwFalse) return true;
  if (k != Tok::LPar && k != Tok::LSqb) return false;
  bool excluded = false;
  size_t saved = pos_;
  pos_ = start;
  speculate([&] {
    ExprNode* a = atom();
    excluded =
        a && (a->is<List>() || (k == Tok::LPar && (a->is<Tuple>() || a->is<GeneratorExp>())));
    return true;
  });
  pos_ = saved;
  return excluded;
}

// The end of `expression_without_invalid` parsed at the current token, as the index of its last
// token. Like a PEG parser, falls back to a shorter prefix when the greedy parse fails.
bool Parser::speculate_expression_end(size_t* end_index) {
  bool ok = speculate([&] {
    if (!expression()) return false;
    *end_index = pos_ - 1;
    return true;
  });
  if (ok) return true;
  return speculate([&] {
    if (!factor()) return false;
    *end_index = pos_ - 1;
    return true;
  });
}

// invalid_expression and invalid_legacy_expression: a complete disjunction `a` (starting at
// token a_start) directly followed by the start of another expression.
bool Parser::check_missing_comma(ExprNode* a, size_t a_start) {
  if (!starts_expression(kind()) || suppress_ > 0) return false;
  const Token& first = toks_[a_start];
  std::string_view first_text = text(first);
  bool soft_keyword = first.kind == Tok::Name &&
                      (first_text == "match" || first_text == "case" || first_text == "_");
  bool name_string = first.kind == Tok::Name && toks_[a_start + 1].kind == Tok::String;
  if (!soft_keyword && !name_string && !is_legacy_name(a)) {
    size_t end = 0;
    if (speculate_expression_end(&end) && toks_[end].level != 0) {
      raise(SyntaxErrorKind::SyntaxError, a->lineno, a->col_offset + 1, toks_[end].end_lineno,
            toks_[end].end_col_offset + 1, "invalid syntax. Perhaps you forgot a comma?");
      return true;
    }
  }
  return check_legacy_print(a, a_start);
}

bool Parser::check_legacy_print(ExprNode* a, size_t a_start) {
  if (!is_legacy_name(a) || toks_[a_start].kind != Tok::Name || pos_ != a_start + 1) return false;
  ExprNode* b = nullptr;
  speculate([&] {
    b = star_expressions();
    return b != nullptr;
  });
  if (!b) return false;
  const std::string& id = a->as<Name>()->id;
  raise_range(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
  return true;
}

// invalid_named_expression at a '=' after the expression `a` (which started at a_start).
bool Parser::check_named_expression_assign(ExprNode* a, size_t a_start) {
  if (!at(Tok::Equal) || suppress_ > 0) return false;
  ExprNode* b = nullptr;
  auto rhs_is_bitwise_or = [&] {
    return speculate([&] {
      advance();  // '='
      b = binary(1);
      return b && !at(Tok::Equal) && !at(Tok::ColonEqual);
    });
  };
  bool bare_name = a->is<Name>() && pos_ == a_start + 1 && toks_[a_start].kind == Tok::Name;
  if (bare_name && rhs_is_bitwise_or()) {
    raise_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return true;
  }
  bool atom_level = wrapped_in_parens(a_start, pos_ - 1) || is_bitwise_or_level(a);
  if (atom_level && !starts_with_excluded_atom(a_start) && rhs_is_bitwise_or()) {
    raise_at(a, std::string("cannot assign to ") + expr_name(a) +
                    " here. Maybe you meant '==' instead of '='?");
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Expressions, from the loosest binding

ExprNode* Parser::star_expressions() {
  size_t start = pos_;
  ExprNode* first = star_expression();
  if (!first || !at(Tok::Comma)) return first;
  Exprs elts{first};
  while (accept(Tok::Comma)) {
    if (!starts_expression(kind()) && !at(Tok::Star)) break;
    ExprNode* e = star_expression();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  Tuple* t = make<Tuple>(start);
  t->elts = std::move(elts);
  return t;
}

ExprNode* Parser::star_expression() {
  if (!at(Tok::Star)) return expression();
  size_t start = pos_;
  advance();
  ExprNode* value = binary(1);
  if (!value) return nullptr;
  Starred* s = make<Starred>(start);
  s->value = value;
  return s;
}

ExprNode* Parser::star_named_expression() {
  if (!at(Tok::Star)) return named_expression();
  size_t start = pos_;
  advance();
  ExprNode* value = binary(1);
  if (!value) return nullptr;
  Starred* s = make<Starred>(start);
  s->value = value;
  return s;
}

ExprNode* Parser::named_expression() {
  size_t start = pos_;
  if (at(Tok::Name) && peek_kind(1) == Tok::ColonEqual) {
    Name* target = make_name(ExprContext::Store);
    advance();  // ':='
    ExprNode* value = expression();
    if (!value) return nullptr;
    NamedExpr* n = make<NamedExpr>(start);
    n->target = target;
    n->value = value;
    return n;
  }
  ExprNode* e = expression();
  if (!e) return nullptr;
  if (at(Tok::ColonEqual) && suppress_ == 0) {
    // invalid_named_expression: a=expression ':=' expression
    bool rhs = speculate([&] {
      advance();
      return expression() != nullptr;
    });
    if (rhs) {
      return raise_at(e, std::string("cannot use assignment expressions with ") + expr_name(e));
    }
  }
  if (at(Tok::Equal) && check_named_expression_assign(e, start)) return nullptr;
  return e;
}

Name* Parser::make_name(ExprContext ctx) {
  size_t start = pos_;
  const Token& t = advance();
  Name* n = make<Name>(start);
  n->id = ident(t);
  n->ctx = ctx;
  return n;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef. Chains of
// conditional expressions are parsed in a loop so that they cannot exhaust the stack.
ExprNode* Parser::expression() {
  if (++depth_ > kMaxExpressionDepth) {
    --depth_;
    return raise_too_deep();
  }
  ExprNode* e = expression_inner();
  --depth_;
  return e;
}

ExprNode* Parser::expression_inner() {
  if (at(Tok::KwLambda)) return lambdef();
  struct Pending {
    ExprNode* body;
    ExprNode* test;
    size_t start;
  };
  std::vector<Pending> chain;
  ExprNode* orelse = nullptr;
  for (;;) {
    size_t start = pos_;
    ExprNode* body = disjunction();
    if (!body) return nullptr;
    if (!at(Tok::KwIf)) {
      if (check_missing_comma(body, start)) return nullptr;
      orelse = body;
      break;
    }
    advance();
    ExprNode* test = disjunction();
    if (!test) return nullptr;
    if (!at(Tok::KwElse)) {
      if (!at(Tok::Colon) && suppress_ == 0) {
        return raise_range(body, test, "expected 'else' after 'if' expression");
      }
      return fail();
    }
    advance();
    chain.push_back({body, test, start});
    if (at(Tok::KwLambda)) {
      orelse = lambdef();
      if (!orelse) return nullptr;
      break;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    IfExp* e = arena_->make<IfExp>();
    set_start(e, toks_[chain[i].start]);
    set_end_to_last(e);
    e->test = chain[i].test;
    e->body = chain[i].body;
    e->orelse = orelse;
    orelse = e;
  }
  return orelse;
}

ExprNode* Parser::disjunction() {
  size_t start = pos_;
  ExprNode* first = conjunction();
  if (!first || !at(Tok::KwOr)) return first;
  BoolOp* b = arena_->make<BoolOp>();
  b->op = Boolop::Or;
  b->values.push_back(first);
  while (accept(Tok::KwOr)) {
    ExprNode* e = conjunction();
    if (!e) return nullptr;
    b->values.push_back(e);
  }
  set_start(b, toks_[start]);
  set_end_to_last(b);
  return b;
}

ExprNode* Parser::conjunction() {
  size_t start = pos_;
  ExprNode* first = inversion();
  if (!first || !at(Tok::KwAnd)) return first;
  BoolOp* b = arena_->make<BoolOp>();
  b->op = Boolop::And;
  b->values.push_back(first);
  while (accept(Tok::KwAnd)) {
    ExprNode* e = inversion();
    if (!e) return nullptr;
    b->values.push_back(e);
  }
  set_start(b, toks_[start]);
  set_end_to_last(b);
  return b;
}

// inversion: 'not' inversion | comparison (the 'not's are counted, not recursed on)
ExprNode* Parser::inversion() {
  std::vector<size_t> nots;
  while (at(Tok::KwNot)) nots.push_back(pos_), advance();
  ExprNode* e = comparison();
  if (!e) return nullptr;
  for (size_t i = nots.size(); i-- > 0;) {
    UnaryOp* u = make<UnaryOp>(nots[i]);
    u->op = Unaryop::Not;
    u->operand = e;
    e = u;
  }
  return e;
}

ExprNode* Parser::comparison() {
  size_t start = pos_;
  ExprNode* left = binary(1);
  if (!left) return nullptr;
  Compare* c = nullptr;
  for (;;) {
    Cmpop op;
    switch (kind()) {
      case Tok::EqEqual:
        op = Cmpop::Eq;
        break;
      case Tok::NotEqual:
        op = Cmpop::NotEq;
        break;
      case Tok::LessEqual:
        op = Cmpop::LtE;
        break;
      case Tok::Less:
        op = Cmpop::Lt;
        break;
      case Tok::GreaterEqual:
        op = Cmpop::GtE;
        break;
      case Tok::Greater:
        op = Cmpop::Gt;
        break;
      case Tok::KwIn:
        op = Cmpop::In;
        break;
      case Tok::KwNot:
        if (peek_kind(1) != Tok::KwIn) goto done;
        advance();
        op = Cmpop::NotIn;
        break;
      case Tok::KwIs:
        if (peek_kind(1) == Tok::KwNot) {
          advance();
          op = Cmpop::IsNot;
        } else {
          op = Cmpop::Is;
        }
        break;
      default:
        goto done;
    }
    advance();
    ExprNode* right = binary(1);
    if (!right) return nullptr;
    if (!c) {
      c = arena_->make<Compare>();
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(right);
  }
done:
  if (!c) return left;
  set_start(c, toks_[start]);
  set_end_to_last(c);
  return c;
}

// The left-associative binary operators, by precedence climbing.
ExprNode* Parser::binary(int min_prec) {
  size_t start = pos_;
  ExprNode* left = factor();
  if (!left) return nullptr;
  for (;;) {
    Operator op;
    int prec = binary_precedence(kind(), &op);
    if (prec == 0 || prec < min_prec) return left;
    advance();
    ExprNode* right = binary(prec + 1);
    if (!right) return nullptr;
    BinOp* b = make<BinOp>(start);
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
}

// factor: ('+' | '-' | '~') factor | power;  power: await_primary ['**' factor].
// Both nest to the right; the nesting is kept on a heap stack instead of the native one.
ExprNode* Parser::factor() {
  struct Level {
    std::vector<size_t> unary;  // token indices of the prefix operators
    ExprNode* base = nullptr;   // the await_primary before '**', if any
    size_t base_start = 0;
  };
  std::vector<Level> levels;
  ExprNode* result = nullptr;
  for (;;) {
    Level level;
    while (at(Tok::Plus) || at(Tok::Minus) || at(Tok::Tilde))
      level.unary.push_back(pos_), advance();
    level.base_start = pos_;
    ExprNode* base = await_primary();
    if (!base) return nullptr;
    if (at(Tok::DoubleStar)) {
      advance();
      level.base = base;
      levels.push_back(std::move(level));
      if (levels.size() > static_cast<size_t>(kMaxExpressionDepth)) return raise_too_deep();
      continue;
    }
    result = base;
    levels.push_back(std::move(level));
    break;
  }
  for (size_t i = levels.size(); i-- > 0;) {
    Level& level = levels[i];
    if (level.base) {
      BinOp* b = arena_->make<BinOp>();
      set_start(b, toks_[level.base_start]);
      set_end_to_last(b);
      b->left = level.base;
      b->op = Operator::Pow;
      b->right = result;
      result = b;
    }
    for (size_t j = level.unary.size(); j-- > 0;) {
      const Token& op_tok = toks_[level.unary[j]];
      UnaryOp* u = arena_->make<UnaryOp>();
      set_start(u, op_tok);
      set_end_to_last(u);
      u->op = op_tok.kind == Tok::Plus    ? Unaryop::UAdd
              : op_tok.kind == Tok::Minus ? Unaryop::USub
                                          : Unaryop::Invert;
      u->operand = result;
      result = u;
    }
  }
  return result;
}

ExprNode* Parser::await_primary() {
  size_t start = pos_;
  if (!at(Tok::KwAwait)) {
    ExprNode* a = atom();
    if (!a) return nullptr;
    return primary(a, start);
  }
  advance();
  size_t operand_start = pos_;
  ExprNode* a = atom();
  if (!a) return nullptr;
  ExprNode* value = primary(a, operand_start);
  if (!value) return nullptr;
  Await* w = make<Await>(start);
  w->value = value;
  return w;
}

// primary: atom followed by any number of '.' NAME, '(' arguments ')', '[' slices ']'.
ExprNode* Parser::primary(ExprNode* node, size_t start) {
  for (;;) {
    if (at(Tok::Dot)) {
      advance();
      const Token* name = expect(Tok::Name);
      if (!name) return nullptr;
      Attribute* a = make<Attribute>(start);
      a->value = node;
      a->attr = ident(*name);
      node = a;
    } else if (at(Tok::LPar)) {
      node = call(node, start);
      if (!node) return nullptr;
    } else if (at(Tok::LSqb)) {
      advance();
      ExprNode* index = slices();
      if (!index || !expect(Tok::RSqb)) return nullptr;
      Subscript* s = make<Subscript>(start);
      s->value = node;
      s->slice = index;
      node = s;
    } else {
      return node;
    }
  }
}

ExprNode* Parser::atom() {
  size_t start = pos_;
  switch (kind()) {
    case Tok::Name:
      return make_name(ExprContext::Load);
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      Tok k = advance().kind;
      Constant* c = make<Constant>(start);
      c->value_kind = k == Tok::KwTrue    ? ConstantKind::True
                      : k == Tok::KwFalse ? ConstantKind::False
                      : k == Tok::KwNone  ? ConstantKind::None
                                          : ConstantKind::Ellipsis;
      return c;
    }
    case Tok::Number:
      return number();
    case Tok::String:
      return strings();
    case Tok::LPar:
      return paren_atom();
    case Tok::LSqb:
      return list_atom();
    case Tok::LBrace:
      return brace_atom();
    default:
      return fail();
  }
}

ExprNode* Parser::number() {
  size_t start = pos_;
  std::string_view t = text(advance());
  Constant* c = make<Constant>(start);
  char last = t.back();
  bool hex = t.size() > 1 && t[0] == '0' && (t[1] | 0x20) == 'x';
  std::string digits;
  digits.reserve(t.size());
  for (char ch : t) {
    if (ch != '_') digits += ch;
  }
  if (last == 'j' || last == 'J') {
    c->value_kind = ConstantKind::Complex;
    digits.pop_back();
    c->number = std::strtod(digits.c_str(), nullptr);
  } else if (!hex && t.find_first_of(".eE") != std::string_view::npos) {
    c->value_kind = ConstantKind::Float;
    c->number = std::strtod(digits.c_str(), nullptr);
  } else if (digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9' &&
             digits.find_first_not_of('0') != std::string::npos) {
    // "04else": the lexer lets leading zeros through when an 'e' follows that it then gives back
    // (as CPython's tokenizer does). No int has leading zeros, so CPython reads it as a float: 4.0.
    c->value_kind = ConstantKind::Float;
    c->number = std::strtod(digits.c_str(), nullptr);
  } else {
    c->value_kind = ConstantKind::Int;
    c->text = std::string(t);
  }
  return c;
}

// '(' ... ')': empty tuple, group, tuple, generator expression, or a parenthesized yield.
ExprNode* Parser::paren_atom() {
  size_t start = pos_;
  advance();
  if (accept(Tok::RPar)) return make<Tuple>(start);
  if (at(Tok::KwYield)) {
    ExprNode* y = yield_expr();
    if (!y || !expect(Tok::RPar)) return nullptr;
    return y;
  }
  if (at(Tok::DoubleStar)) {
    // invalid_group: '(' '**' expression ')'
    const Token& stars = advance();
    if (expression() && at(Tok::RPar)) {
      return raise_at_token(stars, "cannot use double starred expression here");
    }
    return fail();
  }
  ExprNode* first = star_named_expression();
  if (!first) return nullptr;
  if (at_comprehension()) {
    if (first->is<Starred>()) {
      return raise_at(first, "iterable unpacking cannot be used in comprehension");
    }
    GeneratorExp* g = arena_->make<GeneratorExp>();
    g->elt = first;
    if (!for_if_clauses(&g->generators) || !expect(Tok::RPar)) return nullptr;
    set_start(g, toks_[start]);
    set_end_to_last(g);
    return g;
  }
  if (accept(Tok::RPar)) {
    if (first->is<Starred>()) return raise_at(first, "cannot use starred expression here");
    return first;
  }
  if (!at(Tok::Comma)) return fail();
  Tuple* t = arena_->make<Tuple>();
  t->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RPar)) break;
    ExprNode* e = star_named_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  if (!expect(Tok::RPar)) return nullptr;
  set_start(t, toks_[start]);
  set_end_to_last(t);
  return t;
}

namespace {
const char* const kForgotParens = "did you forget parentheses around the comprehension target?";
}

// invalid_comprehension: [a, b for x in y] and [a, for x in y].
std::nullptr_t Parser::comprehension_target_error(const Exprs& elts, const Token* comma) {
  Seq<Comprehension> clauses;
  if (suppress_ > 0 || !speculate([&] { return for_if_clauses(&clauses); })) return fail();
  if (elts.size() > 1) return raise_range(elts[0], elts.back(), kForgotParens);
  Located comma_loc;
  set_start(&comma_loc, *comma);
  set_end(&comma_loc, *comma);
  return raise_range(elts[0], &comma_loc, kForgotParens);
}

ExprNode* Parser::list_atom() {
  size_t start = pos_;
  advance();
  List* list = arena_->make<List>();
  if (!at(Tok::RSqb)) {
    ExprNode* first = star_named_expression();
    if (!first) return nullptr;
    if (at_comprehension()) {
      if (first->is<Starred>()) {
        return raise_at(first, "iterable unpacking cannot be used in comprehension");
      }
      ListComp* c = arena_->make<ListComp>();
      c->elt = first;
      if (!for_if_clauses(&c->generators) || !expect(Tok::RSqb)) return nullptr;
      set_start(c, toks_[start]);
      set_end_to_last(c);
      return c;
    }
    list->elts.push_back(first);
    const Token* comma = nullptr;
    while (at(Tok::Comma)) {
      comma = &advance();
      if (at(Tok::RSqb) || at_comprehension()) break;
      ExprNode* e = star_named_expression();
      if (!e) return nullptr;
      list->elts.push_back(e);
      comma = nullptr;
    }
    if (at_comprehension()) {
      return comprehension_target_error(list->elts, comma);
    }
  }
  if (!expect(Tok::RSqb)) return nullptr;
  set_start(list, toks_[start]);
  set_end_to_last(list);
  return list;
}

// '{' ... '}': dict, set, dict comprehension or set comprehension.
ExprNode* Parser::brace_atom() {
  size_t start = pos_;
  advance();
  if (accept(Tok::RBrace)) return make<Dict>(start);
  if (at(Tok::DoubleStar)) {
    const Token& stars = advance();
    ExprNode* value = binary(1);
    if (!value) return nullptr;
    if (at_comprehension()) {
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      Seq<Comprehension> clauses;
      if (suppress_ == 0 &&
          speculate([&] { return for_if_clauses(&clauses) && at(Tok::RBrace); })) {
        return raise_at_token(stars, "dict unpacking cannot be used in dict comprehension");
      }
      return fail();
    }
    return dict_rest(nullptr, value, start);
  }
  size_t first_start = pos_;
  ExprNode* first = nullptr;
  if (at(Tok::Star) || (at(Tok::Name) && peek_kind(1) == Tok::ColonEqual)) {
    first = star_named_expression();
    if (!first) return nullptr;
  } else {
    first = expression();
    if (!first) return nullptr;
    if (at(Tok::Colon)) {
      const Token& colon = advance();
      ExprNode* value = dict_value(colon);
      if (!value) return nullptr;
      if (at_comprehension()) {
        DictComp* c = arena_->make<DictComp>();
        c->key = first;
        c->value = value;
        if (!for_if_clauses(&c->generators) || !expect(Tok::RBrace)) return nullptr;
        set_start(c, toks_[start]);
        set_end_to_last(c);
        return c;
      }
      return dict_rest(first, value, start);
    }
    if (at(Tok::Equal) && check_named_expression_assign(first, first_start)) return nullptr;
  }
  if (at_comprehension()) {
    if (first->is<Starred>()) {
      return raise_at(first, "iterable unpacking cannot be used in comprehension");
    }
    SetComp* c = arena_->make<SetComp>();
    c->elt = first;
    if (!for_if_clauses(&c->generators) || !expect(Tok::RBrace)) return nullptr;
    set_start(c, toks_[start]);
    set_end_to_last(c);
    return c;
  }
  Set* set = arena_->make<Set>();
  set->elts.push_back(first);
  const Token* comma = nullptr;
  while (at(Tok::Comma)) {
    comma = &advance();
    if (at(Tok::RBrace) || at_comprehension()) break;
    ExprNode* e = star_named_expression();
    if (!e) return nullptr;
    set->elts.push_back(e);
    comma = nullptr;
  }
  if (at_comprehension()) {
    return comprehension_target_error(set->elts, comma);
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_start(set, toks_[start]);
  set_end_to_last(set);
  return set;
}

// The value after a dictionary key's ':', with invalid_double_starred_kvpairs' messages.
ExprNode* Parser::dict_value(const Token& colon) {
  if (at(Tok::Star)) {
    Located star_loc;
    set_start(&star_loc, advance());
    if (!binary(1)) return nullptr;
    if (suppress_ > 0) return fail();
    return raise_starting_from(&star_loc, "cannot use a starred expression in a dictionary value");
  }
  if (at(Tok::RBrace) || at(Tok::Comma)) {
    return raise_at_token(colon, "expression expected after dictionary key and ':'");
  }
  return expression();
}

ExprNode* Parser::dict_rest(ExprNode* key, ExprNode* value, size_t start) {
  Dict* d = arena_->make<Dict>();
  d->keys.push_back(key);
  d->values.push_back(value);
  while (accept(Tok::Comma)) {
    if (at(Tok::RBrace)) break;
    if (accept(Tok::DoubleStar)) {
      ExprNode* v = binary(1);
      if (!v) return nullptr;
      d->keys.push_back(nullptr);
      d->values.push_back(v);
      continue;
    }
    ExprNode* k = expression();
    if (!k) return nullptr;
    if (!at(Tok::Colon)) {
      // invalid_kvpair: a=expression !(':')
      return raise(SyntaxErrorKind::SyntaxError, k->lineno, k->end_col_offset, k->end_lineno, 0,
                   "':' expected after dictionary key");
    }
    const Token& colon = advance();
    ExprNode* v = dict_value(colon);
    if (!v) return nullptr;
    d->keys.push_back(k);
    d->values.push_back(v);
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_start(d, toks_[start]);
  set_end_to_last(d);
  return d;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprNode* Parser::slices() {
  size_t start = pos_;
  auto one = [&]() -> ExprNode* {
    if (!at(Tok::Star)) return slice();
    size_t star_start = pos_;
    advance();
    ExprNode* value = expression();
    if (!value) return nullptr;
    Starred* s = make<Starred>(star_start);
    s->value = value;
    return s;
  };
  ExprNode* first = one();
  if (!first) return nullptr;
  if (!at(Tok::Comma) && !first->is<Starred>()) return first;
  Tuple* t = arena_->make<Tuple>();
  t->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    ExprNode* e = one();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  set_start(t, toks_[start]);
  set_end_to_last(t);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprNode* Parser::slice() {
  size_t start = pos_;
  ExprNode* lower = nullptr;
  if (!at(Tok::Colon)) {
    lower = named_expression();
    if (!lower || !at(Tok::Colon)) return lower;
  }
  advance();
  Slice* s = arena_->make<Slice>();
  s->lower = lower;
  if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
    s->upper = expression();
    if (!s->upper) return nullptr;
  }
  if (accept(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
    s->step = expression();
    if (!s->step) return nullptr;
  }
  set_start(s, toks_[start]);
  set_end_to_last(s);
  return s;
}

ExprNode* Parser::yield_expr() {
  size_t start = pos_;
  advance();  // 'yield'
  if (accept(Tok::KwFrom)) {
    ExprNode* value = expression();
    if (!value) return nullptr;
    YieldFrom* y = make<YieldFrom>(start);
    y->value = value;
    return y;
  }
  ExprNode* value = nullptr;
  if (starts_expression(kind()) || at(Tok::Star)) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  Yield* y = make<Yield>(start);
  y->value = value;
  return y;
}

ExprNode* Parser::lambdef() {
  size_t start = pos_;
  advance();  // 'lambda'
  Arguments* args = parameters(true);
  if (!args || !expect(Tok::Colon)) return nullptr;
  ExprNode* body = expression();
  if (!body) return nullptr;
  Lambda* l = make<Lambda>(start);
  l->args = args;
  l->body = body;
  return l;
}

// for_if_clause+: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
bool Parser::for_if_clauses(Seq<Comprehension>* out) {
  while (at_comprehension()) {
    Comprehension* c = arena_->make<Comprehension>();
    c->is_async = accept(Tok::KwAsync);
    advance();  // 'for'
    size_t target_start = pos_;
    c->target = star_targets(TargetsType::For);
    if (!c->target || !at(Tok::KwIn)) {
      if (error_ || hit_lex_error_) return false;
      pos_ = target_start;
      failed_ = false;
      ExprNode* e = star_expressions();
      if (e && !error_) raise_invalid_target(TargetsType::For, e);
      fail();
      return false;
    }
    advance();
    c->iter = disjunction();
    if (!c->iter) return false;
    while (accept(Tok::KwIf)) {
      ExprNode* cond = disjunction();
      if (!cond) return false;
      c->ifs.push_back(cond);
    }
    out->push_back(c);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Calls

ExprNode* Parser::call(ExprNode* func, size_t start) {
  size_t open = pos_;
  Call* c = arena_->make<Call>();
  c->func = func;
  if (!call_arguments(c, open)) return nullptr;
  set_start(c, toks_[start]);
  set_end_to_last(c);
  return c;
}

namespace {
const Located* last_comprehension_item(const Seq<Comprehension>& generators) {
  const Comprehension* last = generators.back();
  if (last->ifs.empty()) return last->iter;
  return last->ifs.back();
}
}  // namespace

// '(' [arguments] ')' of a call or a class definition, with invalid_arguments and
// invalid_kwarg. `open` is the index of the '('.
bool Parser::call_arguments(Call* call, size_t open, bool class_bases) {
  advance();  // '('
  bool seen_keyword = false, seen_unpacking = false, positional_after_keyword = false;
  bool keyword_unpacking_before = false;
  size_t count = 0;
  while (!at(Tok::RPar)) {
    size_t arg_start = pos_;
    if (at(Tok::Star)) {
      const Token& star = advance();
      if (seen_unpacking && suppress_ == 0) {
        raise_at_token(star, "iterable argument unpacking follows keyword argument unpacking");
        return false;
      }
      ExprNode* value = expression();
      if (!value) return false;
      Starred* s = make<Starred>(arg_start);
      s->value = value;
      call->args.push_back(s);
    } else if (at(Tok::DoubleStar)) {
      advance();
      ExprNode* value = expression();
      if (!value) return false;
      Keyword* k = make<Keyword>(arg_start);
      k->value = value;
      call->keywords.push_back(k);
      seen_unpacking = true;
    } else if ((at(Tok::KwTrue) || at(Tok::KwFalse) || at(Tok::KwNone)) &&
               peek_kind(1) == Tok::Equal) {
      const Token& name = tok();
      raise_range(name, peek(1), std::string("cannot assign to ") + std::string(text(name)));
      return false;
    } else if (at(Tok::Name) && peek_kind(1) == Tok::Equal) {
      const Token& name = advance();
      const Token& eq = advance();
      ExprNode* value = expression();
      if (!value) return false;
      if (at_comprehension()) {
        Seq<Comprehension> clauses;
        if (suppress_ == 0 && speculate([&] { return for_if_clauses(&clauses); })) {
          raise_range(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        fail();
        return false;
      }
      Keyword* k = make<Keyword>(arg_start);
      k->arg = ident(name);
      k->value = value;
      call->keywords.push_back(k);
      if (!seen_keyword && !positional_after_keyword) keyword_unpacking_before = seen_unpacking;
      seen_keyword = true;
    } else {
      ExprNode* value = nullptr;
      if (at(Tok::Name) && peek_kind(1) == Tok::ColonEqual) {
        value = named_expression();
      } else {
        value = expression();
      }
      if (!value) return false;
      if (at(Tok::Equal)) {
        // invalid_kwarg: !(NAME '=') a=expression b='='
        if (suppress_ == 0) {
          const Token& eq = tok();
          raise(SyntaxErrorKind::SyntaxError, value->lineno, value->col_offset + 1, eq.end_lineno,
                eq.end_col_offset + 1,
                "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        fail();
        return false;
      }
      if (at_comprehension()) {
        GeneratorExp* g = arena_->make<GeneratorExp>();
        g->elt = value;
        // A class's bases take no bare generator expression: CPython's first pass fails at
        // its 'for', and only a comma or another argument gets the specific message.
        if (class_bases) ++second_pass_;
        bool clauses = for_if_clauses(&g->generators);
        bool unparenthesized = clauses && (count > 0 || at(Tok::Comma));
        if (class_bases) --second_pass_;
        if (!clauses) return false;
        if (count == 0 && !class_bases && at(Tok::RPar)) {
          advance();
          set_start(g, toks_[open]);
          set_end_to_last(g);
          call->args.push_back(g);
          return true;
        }
        if (unparenthesized) {
          raise_range(value, last_comprehension_item(g->generators),
                      "Generator expression must be parenthesized");
        }
        fail();
        return false;
      }
      if (seen_keyword || seen_unpacking) {
        if (!positional_after_keyword) keyword_unpacking_before = seen_unpacking;
        positional_after_keyword = true;
      }
      call->args.push_back(value);
    }
    ++count;
    if (!accept(Tok::Comma)) break;
  }
  if (positional_after_keyword && suppress_ == 0) {
    if (at(Tok::RPar) || at(Tok::Comma)) {
      raise_at_last(keyword_unpacking_before
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
    }
    fail();
    return false;
  }
  return expect(Tok::RPar) != nullptr;
}

// ---------------------------------------------------------------------------------------------
// Parameters of def and lambda

Arg* Parser::parameter(bool lambda, bool star_annotation) {
  size_t start = pos_;
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  Arg* a = arena_->make<Arg>();
  a->arg = ident(*name);
  if (!lambda && accept(Tok::Colon)) {
    a->annotation = star_annotation ? star_expression() : expression();
    if (!a->annotation) return nullptr;
  }
  set_start(a, toks_[start]);
  set_end_to_last(a);
  return a;
}

Arguments* Parser::parameters(bool lambda) {
  const Tok close = lambda ? Tok::Colon : Tok::RPar;
  Arguments* args = arena_->make<Arguments>();
  Seq<Arg> plain;
  bool seen_slash = false, seen_default = false, seen_star = false, seen_kwarg = false;
  while (!at(close)) {
    if (failed()) return nullptr;
    if (seen_kwarg) {
      // invalid_kwds: '**' param ',' (param | '*' | '**' | '/')
      if (at(Tok::Name)) {
        Arg* a = parameter(lambda, false);
        if (!a) return nullptr;
        return raise_at(a, "arguments cannot follow var-keyword argument");
      }
      if (at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Slash)) {
        return raise_at_token(tok(), "arguments cannot follow var-keyword argument");
      }
      return fail();
    }
    if (at(Tok::Slash)) {
      const Token& slash = advance();
      if (seen_star) return raise_at_token(slash, "/ must be ahead of *");
      if (seen_slash) return raise_at_token(slash, "/ may appear only once");
      if (plain.empty()) {
        if (at(Tok::Comma)) return raise_at_token(slash, "at least one argument must precede /");
        return fail();
      }
      if (at(Tok::Star)) return raise_at_token(tok(), "expected comma between / and *");
      seen_slash = true;
      args->posonlyargs = std::move(plain);
      plain.clear();
    } else if (at(Tok::Star)) {
      const Token& star = advance();
      if (seen_star) {
        ++second_pass_;  // invalid_star_etc looks past the second '*'
        bool param = at(Tok::Name) || at(Tok::Comma);
        --second_pass_;
        if (param) return raise_at_token(star, "* argument may appear only once");
        return fail();
      }
      seen_star = true;
      if (at(Tok::Name)) {
        args->vararg = parameter(lambda, true);
        if (!args->vararg) return nullptr;
        if (at(Tok::Equal)) {
          return raise_at_token(tok(), "var-positional argument cannot have default value");
        }
      } else if (at(close) ||
                 (at(Tok::Comma) && (peek_kind(1) == close || peek_kind(1) == Tok::DoubleStar))) {
        if (lambda) {
          if (at(Tok::Comma)) advance();
          return raise_at_last("named arguments must follow bare *");
        }
        return raise_at_token(star, "named arguments must follow bare *");
      } else if (!at(Tok::Comma)) {
        return fail();
      }
    } else if (at(Tok::DoubleStar)) {
      advance();
      args->kwarg = parameter(lambda, false);
      if (!args->kwarg) return nullptr;
      if (at(Tok::Equal)) {
        return raise_at_token(tok(), "var-keyword argument cannot have default value");
      }
      seen_kwarg = true;
    } else if (at(Tok::LPar)) {
      return parenthesized_parameters_error(lambda, !seen_default && !seen_star && !seen_slash);
    } else if (at(Tok::Name)) {
      Arg* a = parameter(lambda, false);
      if (!a) return nullptr;
      ExprNode* def = nullptr;
      if (at(Tok::Equal)) {
        const Token& eq = advance();
        if (at(Tok::Comma) || (!lambda && at(close))) {  // invalid_default: '=' &(')'|',')
          return raise_at_token(eq, "expected default value expression");
        }
        def = expression();
        if (!def) return nullptr;
      }
      if (seen_star) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(def);
        } else if (seen_default) {
          if (!at(Tok::Comma) && !at(close)) return fail();
          return raise_at(a, "non-default argument follows default argument");
        }
        plain.push_back(a);
      }
    } else {
      return fail();
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!at(close)) return fail();
  args->args = std::move(plain);
  return args;
}

// invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
std::nullptr_t Parser::parenthesized_parameters_error(bool lambda, bool only_plain_before) {
  const Token& open = tok();
  const Token* close = nullptr;
  bool ok = only_plain_before && speculate([&] {
              advance();
              do {
                if (!at(Tok::Name)) return false;
                if (!parameter(lambda, false)) return false;
              } while (accept(Tok::Comma) && !at(Tok::RPar));
              if (!at(Tok::RPar)) return false;
              close = &tok();
              return true;
            });
  if (!ok || suppress_ > 0) return fail();
  return raise_range(open, *close,
                     lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
}

// ---------------------------------------------------------------------------------------------
// Targets

bool Parser::set_context(ExprNode* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name:
      e->as<Name>()->ctx = ctx;
      return true;
    case ExprKind::Attribute:
      e->as<Attribute>()->ctx = ctx;
      return true;
    case ExprKind::Subscript:
      e->as<Subscript>()->ctx = ctx;
      return true;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) return false;
      e->as<Starred>()->ctx = ctx;
      return set_context(e->as<Starred>()->value, ctx);
    case ExprKind::Tuple:
    case ExprKind::List: {
      Exprs& elts = e->is<Tuple>() ? e->as<Tuple>()->elts : e->as<List>()->elts;
      for (ExprNode* x : elts) {
        if (!set_context(x, ctx)) return false;
      }
      if (e->is<Tuple>()) {
        e->as<Tuple>()->ctx = ctx;
      } else {
        e->as<List>()->ctx = ctx;
      }
      return true;
    }
    default:
      return false;
  }
}

// _PyPegen_get_invalid_target: the part of `e` that cannot be assigned to (or deleted).
ExprNode* Parser::invalid_target(ExprNode* e, TargetsType type) {
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple: {
      const Exprs& elts = e->is<Tuple>() ? e->as<Tuple>()->elts : e->as<List>()->elts;
      for (ExprNode* x : elts) {
        if (ExprNode* bad = invalid_target(x, type)) return bad;
      }
      return nullptr;
    }
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return invalid_target(e->as<Starred>()->value, type);
    case ExprKind::Compare:
      if (type == TargetsType::For) {
        const Compare* c = e->as<Compare>();
        if (c->ops[0] == Cmpop::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

std::nullptr_t Parser::raise_invalid_target(TargetsType type, ExprNode* e) {
  ExprNode* bad = invalid_target(e, type);
  if (!bad) return fail();
  const char* verb = type == TargetsType::Del ? "cannot delete " : "cannot assign to ";
  return raise_at(bad, verb + std::string(expr_name(bad)));
}

// invalid_assignment for `targets[0] = targets[1] = ... = value` where some target is invalid.
std::nullptr_t Parser::invalid_assignment(const Exprs& targets, ExprNode*, size_t) {
  for (ExprNode* t : targets) {
    if (t->is<Yield>() || t->is<YieldFrom>()) {
      return raise_at(t, "assignment to yield expression not possible");
    }
    if (ExprNode* bad = invalid_target(t, TargetsType::Star)) {
      return raise_at(bad, std::string("cannot assign to ") + expr_name(bad));
    }
  }
  return fail();
}

// invalid_named_expression as reached through invalid_assignment: an invalid first target,
// followed by '=' (the current token), may get "cannot assign to ... here. Maybe you meant...".
bool Parser::check_first_assignment_target(ExprNode* first, size_t start) {
  if (suppress_ > 0 || invalid_target(first, TargetsType::Star) == nullptr) return false;
  bool bare_tuple = first->is<Tuple>() && !wrapped_in_parens(start, pos_ - 1);
  if (bare_tuple) {
    // invalid_assignment reaches the tuple's last element through star_named_expressions.
    int level = start > 0 ? toks_[start - 1].level : 0;
    size_t i = pos_ - 1;
    while (i > start && !(toks_[i].kind == Tok::Comma && toks_[i].level == level)) --i;
    if (i == pos_ - 1) return false;  // a trailing comma
    first = first->as<Tuple>()->elts.back();
    start = i + 1;
  }
  if (first->is<Starred>()) return false;
  return check_named_expression_assign(first, start);
}

// star_targets, following the grammar so that failures stop where CPython's do.
ExprNode* Parser::star_targets(TargetsType type) {
  size_t start = pos_;
  ExprNode* first = star_target(type);
  if (!first) return nullptr;
  if (!at(Tok::Comma)) return first;
  Tuple* t = arena_->make<Tuple>();
  t->ctx = ExprContext::Store;
  t->elts.push_back(first);
  while (at(Tok::Comma)) {
    Checkpoint cp(this);
    advance();
    ExprNode* e = nullptr;
    if (at(Tok::Star) || starts_expression(kind())) e = star_target(type);
    if (!e) {
      if (error_ || hit_lex_error_) return nullptr;
      cp.restore();
      advance();  // the trailing comma
      break;
    }
    t->elts.push_back(e);
  }
  set_start(t, toks_[start]);
  set_end_to_last(t);
  return t;
}

ExprNode* Parser::star_target(TargetsType type) {
  if (!at(Tok::Star)) return target_atom(type);
  size_t start = pos_;
  advance();
  if (at(Tok::Star)) return fail();
  ExprNode* inner = star_target(type);
  if (!inner) return nullptr;
  Starred* s = make<Starred>(start);
  s->value = inner;
  s->ctx = ExprContext::Store;
  return s;
}

ExprNode* Parser::target_atom(TargetsType type) {
  size_t start = pos_;
  auto it = target_memo_.find(start);
  if (it != target_memo_.end()) {
    if (!it->second.node) return fail();
    pos_ = it->second.end;
    return it->second.node;
  }
  ExprNode* node = target_atom_uncached(type);
  if (error_ || hit_lex_error_) return nullptr;
  target_memo_[start] = {node, pos_};
  return node;
}

// target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom
ExprNode* Parser::target_atom_uncached(TargetsType type) {
  size_t start = pos_;
  auto lookahead = [&] { return at(Tok::Dot) || at(Tok::LSqb) || at(Tok::LPar); };
  if (!at(Tok::Name) ||
      (peek_kind(1) == Tok::Dot || peek_kind(1) == Tok::LSqb || peek_kind(1) == Tok::LPar)) {
    Checkpoint cp(this);
    ExprNode* a = atom();
    if (a && lookahead()) {
      ExprNode* p = primary(a, start);
      if (!p) return nullptr;
      if (p->is<Attribute>() || p->is<Subscript>()) {
        set_context(p, ExprContext::Store);
        return p;
      }
    } else if (!a && (error_ || hit_lex_error_)) {
      return nullptr;
    }
    cp.restore();
  }
  // star_atom
  if (at(Tok::Name)) return make_name(ExprContext::Store);
  if (at(Tok::LPar)) {
    Checkpoint cp(this);
    advance();
    ExprNode* inner = target_atom(type);
    if (inner && at(Tok::RPar)) {
      advance();
      set_context(inner, ExprContext::Store);
      return inner;
    }
    if (error_ || hit_lex_error_) return nullptr;
    cp.restore();
    advance();
    Tuple* t = arena_->make<Tuple>();
    t->ctx = ExprContext::Store;
    if (!at(Tok::RPar)) {
      ExprNode* first = star_target(type);
      if (!first || !at(Tok::Comma)) return fail();
      t->elts.push_back(first);
      while (accept(Tok::Comma) && !at(Tok::RPar)) {
        ExprNode* e = star_target(type);
        if (!e) return nullptr;
        t->elts.push_back(e);
      }
    }
    if (!expect(Tok::RPar)) return nullptr;
    set_start(t, toks_[start]);
    set_end_to_last(t);
    return t;
  }
  if (at(Tok::LSqb)) {
    advance();
    List* l = arena_->make<List>();
    l->ctx = ExprContext::Store;
    while (!at(Tok::RSqb)) {
      ExprNode* e = star_target(type);
      if (!e) return nullptr;
      l->elts.push_back(e);
      if (!accept(Tok::Comma)) break;
    }
    if (!expect(Tok::RSqb)) return nullptr;
    set_start(l, toks_[start]);
    set_end_to_last(l);
    return l;
  }
  return fail();
}

}  // namespace asyncplay::lang::detail
