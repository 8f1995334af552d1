// The parser's core: token access, error reporting, node positions, statements and the entry
// points of core/lang/parser.h. Expressions are in parser_expr.cpp, literals in
// parser_strings.cpp, the match statement in parser_match.cpp.
#include "core/lang/parser.h"

#include <algorithm>

#include "core/lang/parser_impl.h"
#include "core/lang/unicode.h"

namespace asyncplay::lang {
namespace detail {

Parser::Parser(std::string_view source, LexResult lex, Arena* arena,
               std::optional<FStringShift> fstring_shift)
    : source_(source),
      toks_(std::move(lex.tokens)),
      lex_error_(std::move(lex.error)),
      lex_open_brackets_(std::move(lex.open_brackets)),
      arena_(arena),
      fshift_(fstring_shift) {
  if (!fshift_) return;
  // CPython's f-string sub-parser: tokens on the first line are shifted to the replacement
  // field's column, and every line number to the field's line.
  for (Token& t : toks_) {
    bool first_line = t.end_lineno == 1;
    t.lineno += fshift_->line_base;
    t.end_lineno += fshift_->line_base;
    if (first_line && t.col_offset >= 0) t.col_offset += fshift_->col_shift;
    if (first_line && t.end_col_offset >= 0) t.end_col_offset += fshift_->col_shift;
  }
  if (lex_error_) {
    lex_error_->info.lineno += fshift_->line_base;
    lex_error_->info.end_lineno += fshift_->line_base;
  }
  for (LexResult::Bracket& b : lex_open_brackets_) b.lineno += fshift_->line_base;
}

// ---------------------------------------------------------------------------------------------
// Tokens

const Token& Parser::peek(size_t k) {
  size_t i = std::min(pos_ + k, toks_.size() - 1);
  if (i > furthest_) furthest_ = i;
  if (i > furthest_first_ && second_pass_ == 0) furthest_first_ = i;
  if (toks_[i].kind == Tok::Error && !hit_lex_error_) {
    // CPython raises a tokenizer error as soon as the parser asks for the token.
    hit_lex_error_ = true;
    failed_ = true;
  }
  return toks_[i];
}

const Token& Parser::advance() {
  const Token& t = peek(0);
  if (pos_ < toks_.size() - 1) ++pos_;
  return t;
}

bool Parser::accept(Tok k) {
  if (!at(k)) return false;
  advance();
  return true;
}

const Token* Parser::expect(Tok k) {
  if (!at(k)) return fail();
  return &advance();
}

bool Parser::at_soft_keyword(std::string_view word) {
  return at(Tok::Name) && text(tok()) == word;
}

bool Parser::starts_expression(Tok k) const {
  switch (k) {
    case Tok::Name:
    case Tok::Number:
    case Tok::String:
    case Tok::LPar:
    case Tok::LSqb:
    case Tok::LBrace:
    case Tok::Minus:
    case Tok::Plus:
    case Tok::Tilde:
    case Tok::KwNot:
    case Tok::KwLambda:
    case Tok::KwAwait:
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::Ellipsis:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

std::nullptr_t Parser::fail() {
  failed_ = true;
  return nullptr;
}

// byte_offset_to_character_offset(): the 1-based byte column `col1` of line `lineno` as a
// character count, clamped like CPython's.
int Parser::char_offset(int lineno, int col1) const {
  if (col1 < 0) return col1;
  int local_line = fshift_ ? lineno - fshift_->line_base : lineno;
  std::string_view line = source_line(source_, local_line);
  std::string with_bom;
  if (bom_ && local_line == 1) line = with_bom = "\xEF\xBB\xBF" + std::string(line);
  size_t len = line.size();
  size_t n = static_cast<size_t>(col1);
  if (n > len + 1) n = len + 1;
  return count_chars(line, std::min(n, len)) + (n == len + 1 ? 1 : 0);
}

// _PyPegen_raise_error_known_location: 1-based byte columns in, SyntaxError attributes out.
std::nullptr_t Parser::raise(SyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
                             std::string msg) {
  failed_ = true;
  if (suppress_ > 0 || error_ || hit_lex_error_) return nullptr;
  SyntaxErrorInfo e;
  e.kind = kind;
  if (fshift_) {
    msg = "f-string: " + msg;
    col -= fshift_->col_shift;
    if (end_col >= 0) end_col -= fshift_->col_shift;
  }
  e.msg = std::move(msg);
  e.lineno = lineno;
  e.end_lineno = end_lineno;
  e.offset = char_offset(lineno, col);
  e.end_offset = end_col > 0 ? char_offset(lineno, end_col) : end_col;
  int local_line = fshift_ ? lineno - fshift_->line_base : lineno;
  e.text = std::string(source_line(source_, local_line));
  error_ = std::move(e);
  return nullptr;
}

std::nullptr_t Parser::raise_at(const Located* n, std::string msg) {
  return raise(SyntaxErrorKind::SyntaxError, n->lineno, n->col_offset + 1, n->end_lineno,
               n->end_col_offset + 1, std::move(msg));
}

std::nullptr_t Parser::raise_range(const Located* a, const Located* b, std::string msg) {
  return raise(SyntaxErrorKind::SyntaxError, a->lineno, a->col_offset + 1, b->end_lineno,
               b->end_col_offset + 1, std::move(msg));
}

std::nullptr_t Parser::raise_range(const Token& a, const Token& b, std::string msg) {
  return raise(SyntaxErrorKind::SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
               b.end_col_offset + 1, std::move(msg));
}

// _PyPegen_raise_error: at a token; a token without a position (INDENT, DEDENT, ENDMARKER)
// reports the tokenizer's cursor column instead.
std::nullptr_t Parser::raise_at_token(const Token& t, std::string msg, SyntaxErrorKind kind) {
  int col;
  if (t.col_offset == -1) {
    int local_line = fshift_ ? t.lineno - fshift_->line_base : t.lineno;
    std::string_view line = source_line(source_, local_line);
    size_t line_start = line.empty() ? t.start : static_cast<size_t>(line.data() - source_.data());
    col = static_cast<int>(t.start - std::min<size_t>(t.start, line_start));
  } else {
    col = t.col_offset + 1;
  }
  int end_col = t.end_col_offset != -1 ? t.end_col_offset + 1 : -1;
  return raise(kind, t.lineno, col, t.end_lineno, end_col, std::move(msg));
}

std::nullptr_t Parser::raise_at_last(std::string msg, SyntaxErrorKind kind) {
  return raise_at_token(toks_[furthest_], std::move(msg), kind);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to the tokenizer's cursor.
std::nullptr_t Parser::raise_starting_from(const Located* a, std::string msg) {
  const Token& t = toks_[furthest_];
  return raise(SyntaxErrorKind::SyntaxError, a->lineno, a->col_offset + 1, t.end_lineno,
               t.end_col_offset, std::move(msg));
}

std::nullptr_t Parser::raise_too_deep() {
  failed_ = true;
  if (suppress_ > 0 || error_ || hit_lex_error_) return nullptr;
  SyntaxErrorInfo e;
  e.kind = SyntaxErrorKind::RecursionError;
  e.msg = "maximum recursion depth exceeded during compilation";
  error_ = std::move(e);
  return nullptr;
}

std::nullptr_t Parser::raise_lex_error() {
  failed_ = true;
  if (!lex_error_) return nullptr;
  error_ = lex_error_->info;
  if (lex_error_->eof && !lex_open_brackets_.empty()) {  // "'(' was never closed"
    const LexResult::Bracket& b = lex_open_brackets_.back();
    error_->offset = char_offset(b.lineno, b.col + 1);
  }
  return nullptr;
}

// _PyPegen_set_syntax_error plus _PyPegen_tokenize_full_source_to_check_for_errors: the final
// word on a failed parse.
void Parser::finish_error() {
  if (error_ && error_->kind == SyntaxErrorKind::RecursionError) return;
  if (hit_lex_error_) {
    raise_lex_error();
    return;
  }
  if (!error_) {
    const Token& last = toks_[furthest_first_];
    if (last.kind == Tok::Indent) {
      raise_at_token(last, "unexpected indent", SyntaxErrorKind::IndentationError);
    } else if (last.kind == Tok::Dedent) {
      raise_at_token(last, "unexpected unindent", SyntaxErrorKind::IndentationError);
    } else {
      raise(SyntaxErrorKind::SyntaxError, last.lineno, last.col_offset + 1, last.end_lineno,
            last.end_col_offset + 1, "invalid syntax");
    }
  }
  // The rest of the file is still tokenized: a tokenizer error there wins, and so does a
  // bracket left open on a line before the error.
  if (!lex_error_) return;
  if (lex_error_->reported_eagerly) {
    error_ = lex_error_->info;
  } else if (!lex_open_brackets_.empty() &&
             toks_[furthest_].lineno > lex_open_brackets_.back().lineno) {
    const LexResult::Bracket& b = lex_open_brackets_.back();
    SyntaxErrorInfo e;
    e.msg = std::string("'") + b.kind + "' was never closed";
    e.lineno = e.end_lineno = b.lineno;
    e.offset = char_offset(b.lineno, b.col + 1);
    e.end_offset = 0;
    e.text = std::string(source_line(source_, fshift_ ? b.lineno - fshift_->line_base : b.lineno));
    error_ = std::move(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Positions

void Parser::set_start(Located* n, const Token& t) {
  n->lineno = t.lineno;
  n->col_offset = t.col_offset;
}

void Parser::set_end(Located* n, const Token& t) {
  n->end_lineno = t.end_lineno;
  n->end_col_offset = t.end_col_offset;
}

// _PyPegen_get_last_nonnwhitespace_token: the end of the last consumed token that is not a
// NEWLINE, INDENT, DEDENT or ENDMARKER.
void Parser::set_end_to_last(Located* n) {
  size_t m = pos_;
  while (m > 0) {
    const Token& t = toks_[--m];
    if (t.kind != Tok::Newline && t.kind != Tok::Indent && t.kind != Tok::Dedent &&
        t.kind != Tok::EndMarker) {
      set_end(n, t);
      return;
    }
  }
  set_end(n, toks_[0]);
}

// ---------------------------------------------------------------------------------------------
// Statements

bool Parser::parse_file(Body* body) {
  if (statements(body, false) && at(Tok::EndMarker)) return true;
  fail();
  finish_error();
  return false;
}

bool Parser::statements(Body* body, bool until_dedent) {
  for (;;) {
    Tok k = kind();
    if (failed()) return false;
    if (k == Tok::EndMarker || (until_dedent && k == Tok::Dedent)) return true;
    if (!statement(body)) return false;
  }
}

bool Parser::statement(Body* body) {
  match_missing_colon_ = 0;
  StmtNode* s = compound_stmt();
  if (s) {
    body->push_back(s);
    return true;
  }
  if (failed()) return false;
  if (simple_stmts(body)) return true;
  if (match_missing_colon_ && !error_ && !hit_lex_error_) {
    // invalid_match_stmt: "match" subject_expr NEWLINE
    raise_at_token(toks_[match_missing_colon_], "expected ':'");
  }
  return false;
}

bool Parser::simple_stmts(Body* body) {
  for (;;) {
    StmtNode* s = simple_stmt();
    if (!s) return false;
    body->push_back(s);
    if (!accept(Tok::Semi) || at(Tok::Newline)) break;
  }
  return expect(Tok::Newline) != nullptr;
}

StmtNode* Parser::simple_stmt() {
  size_t start = pos_;
  switch (kind()) {
    case Tok::KwReturn:
      return return_stmt();
    case Tok::KwImport:
      return import_name();
    case Tok::KwFrom:
      return import_from();
    case Tok::KwRaise:
      return raise_stmt();
    case Tok::KwPass:
      advance();
      return make<Pass>(start);
    case Tok::KwDel:
      return del_stmt();
    case Tok::KwAssert:
      return assert_stmt();
    case Tok::KwBreak:
      advance();
      return make<Break>(start);
    case Tok::KwContinue:
      advance();
      return make<Continue>(start);
    case Tok::KwGlobal:
    case Tok::KwNonlocal:
      return global_or_nonlocal();
    default:
      return expression_statement();
  }
}

namespace {

Operator augassign_operator(Tok k, bool* ok) {
  *ok = true;
  switch (k) {
    case Tok::PlusEqual:
      return Operator::Add;
    case Tok::MinEqual:
      return Operator::Sub;
    case Tok::StarEqual:
      return Operator::Mult;
    case Tok::AtEqual:
      return Operator::MatMult;
    case Tok::SlashEqual:
      return Operator::Div;
    case Tok::PercentEqual:
      return Operator::Mod;
    case Tok::AmperEqual:
      return Operator::BitAnd;
    case Tok::VBarEqual:
      return Operator::BitOr;
    case Tok::CircumflexEqual:
      return Operator::BitXor;
    case Tok::LeftShiftEqual:
      return Operator::LShift;
    case Tok::RightShiftEqual:
      return Operator::RShift;
    case Tok::DoubleStarEqual:
      return Operator::Pow;
    case Tok::DoubleSlashEqual:
      return Operator::FloorDiv;
    default:
      *ok = false;
      return Operator::Add;
  }
}

bool is_single_target(const ExprNode* e) {
  return e->is<Name>() || e->is<Attribute>() || e->is<Subscript>();
}

}  // namespace

// An expression statement, or an assignment of any kind: CPython's `assignment` and
// `star_expressions` alternatives of simple_stmt.
StmtNode* Parser::expression_statement() {
  size_t start = pos_;
  ExprNode* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  bool is_aug = false;
  augassign_operator(kind(), &is_aug);
  if (at(Tok::Equal)) return assignment(e, start);
  if (is_aug) return augmented_assignment(e, start);
  if (at(Tok::Colon)) return annotated_assignment(e, start, wrapped_in_parens(start, pos_ - 1));
  Expr* s = make<Expr>(start);
  s->value = e;
  return s;
}

StmtNode* Parser::assignment(ExprNode* first, size_t start) {
  if (check_first_assignment_target(first, start)) return nullptr;
  Exprs targets{first};
  ExprNode* value = nullptr;
  while (accept(Tok::Equal)) {
    value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) {
      if (!error_) invalid_assignment(targets, nullptr, start);
      return nullptr;
    }
    if (at(Tok::Equal)) targets.push_back(value);
  }
  for (ExprNode* t : targets) {
    if (!set_context(t, ExprContext::Store)) return invalid_assignment(targets, value, start);
  }
  Assign* s = make<Assign>(start);
  s->targets = std::move(targets);
  s->value = value;
  return s;
}

StmtNode* Parser::augmented_assignment(ExprNode* target, size_t start) {
  bool ok = false;
  Operator op = augassign_operator(kind(), &ok);
  advance();
  bool valid = is_single_target(target);
  ExprNode* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!value) return nullptr;
  if (!valid) {
    return raise_at(target, std::string("'") + expr_name(target) +
                                "' is an illegal expression for augmented assignment");
  }
  set_context(target, ExprContext::Store);
  AugAssign* s = make<AugAssign>(start);
  s->target = target;
  s->op = op;
  s->value = value;
  return s;
}

StmtNode* Parser::annotated_assignment(ExprNode* target, size_t start, bool parenthesized) {
  advance();  // ':'
  if (target->is<Tuple>() && !parenthesized) {
    ExprNode* first = target->as<Tuple>()->elts.empty() ? target : target->as<Tuple>()->elts[0];
    if (!expression()) return nullptr;
    return raise_at(first, "only single target (not tuple) can be annotated");
  }
  if (target->is<Tuple>() || target->is<List>()) {
    if (!expression()) return nullptr;
    return raise_at(
        target, std::string("only single target (not ") + expr_name(target) + ") can be annotated");
  }
  if (!is_single_target(target)) {
    if (!expression()) return nullptr;
    return raise_at(target, "illegal target for annotation");
  }
  ExprNode* annotation = expression();
  if (!annotation) return nullptr;
  ExprNode* value = nullptr;
  if (accept(Tok::Equal)) {
    value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
  }
  set_context(target, ExprContext::Store);
  AnnAssign* s = make<AnnAssign>(start);
  s->target = target;
  s->annotation = annotation;
  s->value = value;
  s->simple = target->is<Name>() && !parenthesized ? 1 : 0;
  return s;
}

StmtNode* Parser::return_stmt() {
  size_t start = pos_;
  advance();
  ExprNode* value = nullptr;
  if (starts_expression(kind()) || at(Tok::Star)) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  Return* s = make<Return>(start);
  s->value = value;
  return s;
}

StmtNode* Parser::raise_stmt() {
  size_t start = pos_;
  advance();
  Raise* s = nullptr;
  ExprNode* exc = nullptr;
  ExprNode* cause = nullptr;
  if (starts_expression(kind())) {
    exc = expression();
    if (!exc) return nullptr;
    if (accept(Tok::KwFrom)) {
      cause = expression();
      if (!cause) return nullptr;
    }
  }
  s = make<Raise>(start);
  s->exc = exc;
  s->cause = cause;
  return s;
}

StmtNode* Parser::del_stmt() {
  size_t start = pos_;
  advance();
  // del_targets &(';' | NEWLINE), else invalid_del_stmt: 'del' star_expressions.
  ExprNode* targets = star_expressions();
  if (!targets) return nullptr;
  Exprs list;
  bool bare_tuple = targets->is<Tuple>() && !wrapped_in_parens(start + 1, pos_ - 1);
  if (bare_tuple) {
    list = targets->as<Tuple>()->elts;
  } else {
    list.push_back(targets);
  }
  bool valid = at(Tok::Semi) || at(Tok::Newline);
  for (ExprNode* t : list) valid = valid && set_context(t, ExprContext::Del);
  if (!valid) {
    if (ExprNode* bad = invalid_target(targets, TargetsType::Del)) {
      return raise_at(bad, std::string("cannot delete ") + expr_name(bad));
    }
    return fail();
  }
  Delete* s = make<Delete>(start);
  s->targets = std::move(list);
  return s;
}

StmtNode* Parser::assert_stmt() {
  size_t start = pos_;
  advance();
  ExprNode* test = expression();
  if (!test) return nullptr;
  ExprNode* msg = nullptr;
  if (accept(Tok::Comma)) {
    msg = expression();
    if (!msg) return nullptr;
  }
  Assert* s = make<Assert>(start);
  s->test = test;
  s->msg = msg;
  return s;
}

StmtNode* Parser::global_or_nonlocal() {
  size_t start = pos_;
  bool global = advance().kind == Tok::KwGlobal;
  Identifiers names;
  do {
    const Token* name = expect(Tok::Name);
    if (!name) return nullptr;
    names.push_back(ident(*name));
  } while (accept(Tok::Comma));
  if (global) {
    Global* s = make<Global>(start);
    s->names = std::move(names);
    return s;
  }
  Nonlocal* s = make<Nonlocal>(start);
  s->names = std::move(names);
  return s;
}

bool Parser::dotted_name(std::string* out) {
  const Token* name = expect(Tok::Name);
  if (!name) return false;
  *out = ident(*name);
  while (at(Tok::Dot) && peek_kind(1) == Tok::Name) {
    advance();
    *out += '.';
    *out += ident(advance());
  }
  return true;
}

StmtNode* Parser::import_name() {
  size_t start = pos_;
  advance();
  Seq<Alias> names;
  do {
    size_t alias_start = pos_;
    Alias* a = arena_->make<Alias>();
    if (!dotted_name(&a->name)) return nullptr;
    if (accept(Tok::KwAs)) {
      const Token* as = expect(Tok::Name);
      if (!as) return nullptr;
      a->asname = ident(*as);
    }
    set_start(a, toks_[alias_start]);
    set_end_to_last(a);
    names.push_back(a);
  } while (accept(Tok::Comma));
  Import* s = make<Import>(start);
  s->names = std::move(names);
  return s;
}

StmtNode* Parser::import_from() {
  size_t start = pos_;
  advance();
  int level = 0;
  for (;;) {
    if (accept(Tok::Dot)) {
      level += 1;
    } else if (accept(Tok::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  std::string module;
  if (level == 0 || !at(Tok::KwImport)) {
    if (!dotted_name(&module)) return nullptr;
  }
  if (!expect(Tok::KwImport)) return nullptr;
  Seq<Alias> names;
  if (!import_from_targets(&names)) return nullptr;
  ImportFrom* s = make<ImportFrom>(start);
  s->module = std::move(module);
  s->names = std::move(names);
  s->level = level;
  return s;
}

bool Parser::import_from_targets(Seq<Alias>* names) {
  if (at(Tok::Star)) {
    size_t star = pos_;
    advance();
    Alias* a = make<Alias>(star);
    a->name = "*";
    names->push_back(a);
    return true;
  }
  bool parenthesized = accept(Tok::LPar);
  for (;;) {
    size_t alias_start = pos_;
    const Token* name = expect(Tok::Name);
    if (!name) return false;
    Alias* a = arena_->make<Alias>();
    a->name = ident(*name);
    if (accept(Tok::KwAs)) {
      const Token* as = expect(Tok::Name);
      if (!as) return false;
      a->asname = ident(*as);
    }
    set_start(a, toks_[alias_start]);
    set_end_to_last(a);
    names->push_back(a);
    if (!at(Tok::Comma)) break;
    advance();
    if (parenthesized && at(Tok::RPar)) break;
    if (!parenthesized && at(Tok::Newline)) {
      raise_at_last("trailing comma not allowed without surrounding parentheses");
      return false;
    }
  }
  if (parenthesized && !expect(Tok::RPar)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Compound statements

StmtNode* Parser::compound_stmt() {
  size_t start = pos_;
  switch (kind()) {
    case Tok::KwDef:
      return function_def({}, start);
    case Tok::At:
      return decorated();
    case Tok::KwAsync: {
      Tok next = peek_kind(1);
      if (next == Tok::KwDef) return function_def({}, start);
      if (next == Tok::KwWith) return with_stmt(start, true);
      if (next == Tok::KwFor) return for_stmt(start, true);
      return fail();
    }
    case Tok::KwIf:
      return if_stmt(false);
    case Tok::KwClass:
      return class_def({}, start);
    case Tok::KwWith:
      return with_stmt(start, false);
    case Tok::KwFor:
      return for_stmt(start, false);
    case Tok::KwTry:
      return try_stmt();
    case Tok::KwWhile:
      return while_stmt();
    case Tok::Name:
      if (text(tok()) == "match" && looks_like_match_stmt()) return match_stmt();
      return nullptr;
    default:
      return nullptr;
  }
}

StmtNode* Parser::decorated() {
  Exprs decorators;
  while (accept(Tok::At)) {
    ExprNode* d = named_expression();
    if (!d) return nullptr;
    if (!expect(Tok::Newline)) return nullptr;
    decorators.push_back(d);
  }
  size_t start = pos_;
  if (at(Tok::KwClass)) return class_def(std::move(decorators), start);
  if (at(Tok::KwDef) || (at(Tok::KwAsync) && peek_kind(1) == Tok::KwDef)) {
    return function_def(std::move(decorators), start);
  }
  return fail();
}

// An indented block or simple statements on the same line; invalid_block and the
// "expected an indented block after ..." rules when neither follows.
bool Parser::block(Body* body, const Token& keyword, const char* what) {
  if (at(Tok::Newline)) {
    advance();
    if (!at(Tok::Indent)) {
      if (failed()) return false;
      std::string msg = "expected an indented block";
      if (what) msg += std::string(" after ") + what + " on line " + std::to_string(keyword.lineno);
      raise_at_last(msg, SyntaxErrorKind::IndentationError);
      return false;
    }
    advance();
    if (!statements(body, true)) return false;
    return expect(Tok::Dedent) != nullptr;
  }
  return simple_stmts(body);
}

// ':' block, with "expected ':'" when the line ends instead (invalid_*_stmt rules).
bool Parser::expect_colon_then_block(Body* body, const Token& keyword, const char* what) {
  if (!at(Tok::Colon)) {
    if (at(Tok::Newline)) raise_at_last("expected ':'");
    fail();
    return false;
  }
  advance();
  return block(body, keyword, what);
}

bool Parser::else_block(Body* body) {
  const Token& kw = advance();  // 'else'
  if (!at(Tok::Colon)) {
    raise_at_token(tok(), "expected ':'");
    return false;
  }
  advance();
  return block(body, kw, "'else' statement");
}

StmtNode* Parser::function_def(Exprs decorators, size_t start) {
  bool is_async = accept(Tok::KwAsync);
  const Token& kw = advance();  // 'def'
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  if (!at(Tok::LPar)) return raise_at_token(tok(), "expected '('");
  advance();
  Arguments* args = parameters(false);
  if (!args) return nullptr;
  if (!expect(Tok::RPar)) return nullptr;
  ExprNode* returns = nullptr;
  if (at(Tok::RArrow)) {
    // ['->' expression] &&':' -- a bad annotation leaves the '->' for the forced ':'.
    Checkpoint cp(this);
    advance();
    returns = expression();
    if (!returns) {
      if (hit_lex_error_) return nullptr;
      cp.restore();
    }
  }
  if (!at(Tok::Colon)) return raise_at_token(tok(), "expected ':'");
  advance();
  Body body;
  if (!block(&body, kw, "function definition")) return nullptr;
  auto fill = [&](auto* f) {
    f->name = ident(*name);
    f->args = args;
    f->body = std::move(body);
    f->decorator_list = std::move(decorators);
    f->returns = returns;
    return f;
  };
  if (is_async) return fill(make<AsyncFunctionDef>(start));
  return fill(make<FunctionDef>(start));
}

StmtNode* Parser::class_def(Exprs decorators, size_t start) {
  const Token& kw = advance();  // 'class'
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  Exprs bases;
  Seq<Keyword> keywords;
  if (at(Tok::LPar)) {
    Call* call = arena_->make<Call>();
    if (!call_arguments(call, pos_, true)) return nullptr;
    bases = std::move(call->args);
    keywords = std::move(call->keywords);
  }
  Body body;
  if (!expect_colon_then_block(&body, kw, "class definition")) return nullptr;
  ClassDef* c = make<ClassDef>(start);
  c->name = ident(*name);
  c->bases = std::move(bases);
  c->keywords = std::move(keywords);
  c->body = std::move(body);
  c->decorator_list = std::move(decorators);
  return c;
}

StmtNode* Parser::if_stmt(bool elif) {
  size_t start = pos_;
  const Token& kw = advance();  // 'if' or 'elif'
  ExprNode* test = named_expression();
  if (!test) return nullptr;
  Body body;
  if (!expect_colon_then_block(&body, kw, elif ? "'elif' statement" : "'if' statement")) {
    return nullptr;
  }
  Body orelse;
  if (at(Tok::KwElif)) {
    StmtNode* inner = if_stmt(true);
    if (!inner) return nullptr;
    orelse.push_back(inner);
  } else if (at(Tok::KwElse)) {
    if (!else_block(&orelse)) return nullptr;
  }
  If* s = make<If>(start);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

StmtNode* Parser::while_stmt() {
  size_t start = pos_;
  const Token& kw = advance();
  ExprNode* test = named_expression();
  if (!test) return nullptr;
  Body body, orelse;
  if (!expect_colon_then_block(&body, kw, "'while' statement")) return nullptr;
  if (at(Tok::KwElse) && !else_block(&orelse)) return nullptr;
  While* s = make<While>(start);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

StmtNode* Parser::for_stmt(size_t start, bool is_async) {
  if (is_async) advance();
  const Token& kw = advance();  // 'for'
  size_t target_start = pos_;
  ExprNode* target = star_targets(TargetsType::For);
  if (!target || !at(Tok::KwIn)) {
    if (error_ || hit_lex_error_) return nullptr;
    // invalid_for_target: 'for' star_expressions, searched for what cannot be assigned to.
    pos_ = target_start;
    failed_ = false;
    ++second_pass_;
    ExprNode* e = star_expressions();
    --second_pass_;
    if (e && !error_) raise_invalid_target(TargetsType::For, e);
    return fail();
  }
  advance();  // 'in' (a cut: no other alternative after this)
  ExprNode* iter = star_expressions();
  if (!iter) return nullptr;
  Body body, orelse;
  if (!expect_colon_then_block(&body, kw, "'for' statement")) return nullptr;
  if (at(Tok::KwElse) && !else_block(&orelse)) return nullptr;
  auto fill = [&](auto* f) {
    f->target = target;
    f->iter = iter;
    f->body = std::move(body);
    f->orelse = std::move(orelse);
    return f;
  };
  if (is_async) return fill(make<AsyncFor>(start));
  return fill(make<For>(start));
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
bool Parser::with_items(Seq<WithItem>* items, bool parenthesized) {
  for (;;) {
    WithItem* item = arena_->make<WithItem>();
    item->context_expr = expression();
    if (!item->context_expr) return false;
    if (accept(Tok::KwAs)) {
      size_t target_start = pos_;
      item->optional_vars = star_target(TargetsType::Star);
      bool ok = item->optional_vars && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon));
      if (!ok) {
        if (error_ || hit_lex_error_) return false;
        // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
        pos_ = target_start;
        failed_ = false;
        ++second_pass_;
        ExprNode* e = expression();
        bool followed = e && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon));
        --second_pass_;
        if (followed) raise_invalid_target(TargetsType::Star, e);
        fail();
        return false;
      }
    }
    items->push_back(item);
    if (!at(Tok::Comma)) return true;
    advance();
    if (parenthesized && at(Tok::RPar)) return true;
  }
}

StmtNode* Parser::with_stmt(size_t start, bool is_async) {
  if (is_async) advance();
  const Token& kw = advance();  // 'with'
  size_t after_with = pos_;
  Seq<WithItem> items;
  bool done = false;
  if (at(Tok::LPar)) {
    // '(' ','.with_item+ ','? ')' ':' first; otherwise the parenthesis belongs to an item.
    Checkpoint cp(this);
    ++suppress_;
    advance();
    bool ok = with_items(&items, true) && accept(Tok::RPar) && at(Tok::Colon);
    --suppress_;
    if (ok) {
      done = true;
    } else {
      if (hit_lex_error_) return nullptr;
      cp.restore();
      items.clear();
    }
  }
  if (!done && !with_items(&items, false)) {
    check_with_missing_colon(after_with);
    return nullptr;
  }
  Body body;
  if (!expect_colon_then_block(&body, kw, "'with' statement")) return nullptr;
  auto fill = [&](auto* w) {
    w->items = std::move(items);
    w->body = std::move(body);
    return w;
  };
  if (is_async) return fill(make<AsyncWith>(start));
  return fill(make<With>(start));
}

// invalid_with_stmt: the items, then the end of the line instead of ':'.
void Parser::check_with_missing_colon(size_t after_with) {
  if (error_ || hit_lex_error_) return;
  size_t saved = pos_;
  pos_ = after_with;
  bool newline = speculate([&] {
    bool parens = accept(Tok::LPar);
    do {
      if (parens && at(Tok::RPar)) break;
      if (!(parens ? star_expressions() : expression())) return false;
      if (accept(Tok::KwAs) && !star_target(TargetsType::Star)) return false;
    } while (accept(Tok::Comma));
    if (parens && !accept(Tok::RPar)) return false;
    return at(Tok::Newline);
  });
  pos_ = saved;
  if (newline) raise_at_last("expected ':'");
}

StmtNode* Parser::try_stmt() {
  size_t start = pos_;
  const Token& kw = advance();
  if (!at(Tok::Colon)) return raise_at_token(tok(), "expected ':'");
  advance();
  Body body;
  if (!block(&body, kw, "'try' statement")) return nullptr;
  Seq<ExceptHandler> handlers;
  bool any_star = false, any_plain = false;
  while (at(Tok::KwExcept)) {
    bool star = false;
    const Token& except_tok = tok();
    ExceptHandler* h = except_block(&star, kw.lineno);
    if (!h) return nullptr;
    if ((star && any_plain) || (!star && any_star)) {
      if (star) {
        const Token* star_tok = &toks_[&except_tok - toks_.data() + 1];
        return raise_range(except_tok, *star_tok,
                           "cannot have both 'except' and 'except*' on the same 'try'");
      }
      return raise_at_token(except_tok,
                            "cannot have both 'except' and 'except*' on the same 'try'");
    }
    (star ? any_star : any_plain) = true;
    handlers.push_back(h);
  }
  Body orelse, finalbody;
  if (!handlers.empty() && at(Tok::KwElse) && !else_block(&orelse)) return nullptr;
  if (at(Tok::KwFinally)) {
    const Token& fkw = advance();
    if (!at(Tok::Colon)) return raise_at_token(tok(), "expected ':'");
    advance();
    if (!block(&finalbody, fkw, "'finally' statement")) return nullptr;
  } else if (handlers.empty()) {
    if (failed()) return nullptr;
    return raise_at_last("expected 'except' or 'finally' block");
  }
  auto fill = [&](auto* t) {
    t->body = std::move(body);
    t->handlers = std::move(handlers);
    t->orelse = std::move(orelse);
    t->finalbody = std::move(finalbody);
    return t;
  };
  if (any_star) return fill(make<TryStar>(start));
  return fill(make<Try>(start));
}

ExceptHandler* Parser::except_block(bool* star, int /*try_line*/) {
  size_t start = pos_;
  const Token& kw = advance();  // 'except'
  *star = false;
  if (at(Tok::Star)) {
    advance();
    *star = true;
    if (at(Tok::Newline) || at(Tok::Colon)) {
      raise_at_last("expected one or more exception types");
      return nullptr;
    }
  }
  ExprNode* type = nullptr;
  std::string name;
  if (!at(Tok::Colon)) {
    if (at(Tok::Newline)) {
      raise_at_last("expected ':'");
      return nullptr;
    }
    type = expression();
    if (!type) return nullptr;
    if (at(Tok::Comma)) {
      // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
      advance();
      if (!expression()) return nullptr;
      while (accept(Tok::Comma)) {
        if (!starts_expression(kind())) break;
        if (!expression()) return nullptr;
      }
      if (accept(Tok::KwAs) && !expect(Tok::Name)) return nullptr;
      if (at(Tok::Colon)) {
        raise_starting_from(type, "multiple exception types must be parenthesized");
      }
      fail();
      return nullptr;
    }
    if (accept(Tok::KwAs)) {
      const Token* n = expect(Tok::Name);
      if (!n) return nullptr;
      name = ident(*n);
    }
  }
  Body body;
  const char* what = *star ? "'except*' statement" : "'except' statement";
  if (!expect_colon_then_block(&body, kw, what)) return nullptr;
  ExceptHandler* h = make<ExceptHandler>(start);
  h->type = type;
  h->name = std::move(name);
  h->body = std::move(body);
  return h;
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Entry points

namespace {

// CPython's reading of a source file: "\r\n" and "\r" become "\n", a UTF-8 BOM is dropped and
// a final newline is added.
std::string normalize_source(std::string_view source) {
  if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  std::string out;
  out.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

int line_of(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::optional<SyntaxErrorInfo> check_encoding(std::string_view src, std::string_view filename) {
  size_t nul = src.find('\0');
  if (nul != std::string_view::npos) {
    SyntaxErrorInfo e;
    e.msg = "source code cannot contain null bytes";
    e.lineno = line_of(src, nul);
    e.text = std::string(source_line(src, e.lineno));
    return e;
  }
  size_t bad = find_invalid_utf8(src);
  if (bad != std::string_view::npos) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(src[bad]));
    SyntaxErrorInfo e;
    e.msg = std::string("Non-UTF-8 code starting with '") + buf + "' in file " +
            std::string(filename) + " on line " + std::to_string(line_of(src, bad)) +
            ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    return e;
  }
  return std::nullopt;
}

}  // namespace

ParseResult parse(std::string_view source, std::string_view filename) {
  ParseResult result;
  std::string text = normalize_source(source);
  if (auto err = check_encoding(text, filename)) {
    err->filename = std::string(filename);
    result.error = std::move(err);
    return result;
  }
  auto module = std::make_unique<ast::Module>();
  detail::Parser parser(text, tokenize(text), &module->arena);
  if (source.substr(0, 3) == "\xEF\xBB\xBF") parser.set_bom();
  if (!parser.parse_file(&module->body)) {
    result.error = parser.error();
    result.error->filename = std::string(filename);
    return result;
  }
  result.module = std::move(module);
  return result;
}

ParseResult parse_and_validate(std::string_view source, std::string_view filename) {
  ParseResult result = parse(source, filename);
  if (!result.ok()) return result;
  std::string text = normalize_source(source);
  if (auto err = validate(*result.module, text, filename)) {
    result.module.reset();
    result.error = std::move(err);
  }
  return result;
}

}  // namespace asyncplay::lang
