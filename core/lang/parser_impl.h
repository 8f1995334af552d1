// Internals of the parser (core/lang/parser.h), shared by its source files:
//   parser.cpp          token access, errors, positions, statements, blocks, entry points
//   parser_expr.cpp     expressions, targets, call arguments, parameters
//   parser_strings.cpp  string literals, implicit concatenation and f-strings
//   parser_match.cpp    the match statement and its patterns
//
// One recursive-descent pass over the tokens of core/lang/lexer.h. CPython 3.11 parses with a
// PEG parser and, when that fails, parses again with extra "invalid_" rules that word specific
// error messages (Grammar/python.gram). Here the same checks run at the point where parsing
// fails, and the location of a generic "invalid syntax" is, as in CPython, the furthest token
// the parser looked at.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lang/ast.h"
#include "core/lang/lexer.h"
#include "core/lang/parser.h"
#include "core/lang/unicode.h"

namespace asyncplay::lang::detail {

using namespace ast;                   // this internal header only
using namespace asyncplay::lang::ast;  // the node types (core/lang/ast.h)

// What a list of targets is for (CPython's TARGETS_TYPE): decides which expressions are
// invalid targets and how the error is worded.
enum class TargetsType { Star, Del, For };

class Parser {
 public:
  // A parser for a whole file, or (fstring_shift set) for the "(expression)" of an f-string
  // replacement field, whose tokens are shifted to the field's place in the file.
  struct FStringShift {
    int line_base = 0;  // added to every line number
    int col_shift = 0;  // added to columns on the first line
  };
  Parser(std::string_view source, LexResult lex, Arena* arena,
         std::optional<FStringShift> fstring_shift = std::nullopt);

  // file: [statements] ENDMARKER. False with error() set on failure.
  bool parse_file(Body* body);
  // fstring: star_expressions (CPython's Py_fstring_input).
  ExprNode* parse_fstring_expression();

  const std::optional<SyntaxErrorInfo>& error() const { return error_; }
  void set_bom() { bom_ = true; }

 private:
  friend class Checkpoint;

  // ---- tokens (parser.cpp)
  const Token& tok() { return peek(0); }
  const Token& peek(size_t k);
  Tok kind() { return tok().kind; }
  Tok peek_kind(size_t k) { return peek(k).kind; }
  bool at(Tok k) { return kind() == k; }
  const Token& advance();
  bool accept(Tok k);
  const Token* expect(Tok k);  // the token, or nullptr after fail()
  const Token& last() const { return toks_[pos_ - 1]; }
  std::string_view text(const Token& t) const { return source_.substr(t.start, t.end - t.start); }
  std::string ident(const Token& t) const { return normalize_identifier(text(t)); }  // NFKC
  bool at_soft_keyword(std::string_view word);
  bool starts_expression(Tok k) const;
  bool at_comprehension() {
    return at(Tok::KwFor) || (at(Tok::KwAsync) && peek_kind(1) == Tok::KwFor);
  }

  // ---- errors (parser.cpp)
  bool failed() const { return failed_; }
  std::nullptr_t fail();  // a generic failure: "invalid syntax" at the furthest token, unless
                          // something more specific is found
  std::nullptr_t raise(SyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
                       std::string msg);
  std::nullptr_t raise_at(const Located* n, std::string msg);
  std::nullptr_t raise_range(const Located* a, const Located* b, std::string msg);
  std::nullptr_t raise_range(const Token& a, const Token& b, std::string msg);
  std::nullptr_t raise_at_token(const Token& t, std::string msg,
                                SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
  std::nullptr_t raise_at_last(std::string msg,  // RAISE_SYNTAX_ERROR: the furthest token
                               SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
  std::nullptr_t raise_starting_from(const Located* a, std::string msg);
  std::nullptr_t raise_lex_error();
  void finish_error();  // turns a pending generic failure into CPython's final error
  int char_offset(int lineno, int byte_col) const;

  // ---- positions (parser.cpp)
  template <class T>
  T* make(size_t start_index);  // a node from token start_index to the last consumed token
  template <class T>
  T* make_span(const Located* first, const Located* last);
  void set_start(Located* n, const Token& t);
  void set_end(Located* n, const Token& t);
  void set_end_to_last(Located* n);

  // ---- statements (parser.cpp)
  bool statements(Body* body, bool until_dedent);
  bool statement(Body* body);
  bool simple_stmts(Body* body);
  StmtNode* simple_stmt();
  StmtNode* expression_statement();
  StmtNode* assignment(ExprNode* first, size_t start);
  StmtNode* annotated_assignment(ExprNode* target, size_t start, bool parenthesized);
  StmtNode* augmented_assignment(ExprNode* target, size_t start);
  StmtNode* return_stmt();
  StmtNode* raise_stmt();
  StmtNode* del_stmt();
  StmtNode* assert_stmt();
  StmtNode* global_or_nonlocal();
  StmtNode* import_name();
  StmtNode* import_from();
  bool dotted_name(std::string* out);
  bool import_from_targets(Seq<Alias>* names);
  StmtNode* compound_stmt();
  StmtNode* decorated();
  StmtNode* function_def(Exprs decorators, size_t start);
  StmtNode* class_def(Exprs decorators, size_t start);
  StmtNode* if_stmt(bool elif);
  StmtNode* while_stmt();
  StmtNode* for_stmt(size_t start, bool is_async);
  StmtNode* with_stmt(size_t start, bool is_async);
  bool with_items(Seq<WithItem>* items, bool parenthesized);
  void check_with_missing_colon(size_t after_with);
  StmtNode* try_stmt();
  ExceptHandler* except_block(bool* star, int try_line);
  bool block(Body* body, const Token& keyword, const char* what);
  bool else_block(Body* body);
  bool expect_colon_then_block(Body* body, const Token& keyword, const char* what);
  StmtNode* match_stmt();

  // ---- expressions (parser_expr.cpp)
  ExprNode* star_expressions();
  ExprNode* star_expression();
  ExprNode* star_named_expressions_seq(Exprs* out, Tok close);
  ExprNode* star_named_expression();
  ExprNode* named_expression();
  ExprNode* expression();
  ExprNode* expression_inner();
  ExprNode* disjunction();
  ExprNode* conjunction();
  ExprNode* inversion();
  ExprNode* comparison();
  ExprNode* binary(int min_prec);
  ExprNode* factor();
  ExprNode* power();
  ExprNode* await_primary();
  ExprNode* primary(ExprNode* atom_node, size_t start);
  ExprNode* atom();
  ExprNode* number();
  Name* make_name(ExprContext ctx);
  ExprNode* paren_atom();
  ExprNode* list_atom();
  ExprNode* brace_atom();
  ExprNode* dict_value(const Token& colon);
  ExprNode* dict_rest(ExprNode* key, ExprNode* value, size_t start);
  std::nullptr_t comprehension_target_error(const Exprs& elts, const Token* comma);
  ExprNode* slices();
  ExprNode* slice();
  ExprNode* yield_expr();
  ExprNode* lambdef();
  bool for_if_clauses(Seq<Comprehension>* out);
  ExprNode* call(ExprNode* func, size_t start);
  bool call_arguments(Call* call, size_t open, bool class_bases = false);
  Arguments* parameters(bool lambda);
  Arg* parameter(bool lambda, bool star_annotation);
  std::nullptr_t parenthesized_parameters_error(bool lambda, bool only_plain_before);

  // Targets (parser_expr.cpp)
  ExprNode* star_targets(TargetsType type);
  ExprNode* star_target(TargetsType type);
  ExprNode* target_atom(TargetsType type);
  ExprNode* target_atom_uncached(TargetsType type);
  bool set_context(ExprNode* e, ExprContext ctx);
  ExprNode* invalid_target(ExprNode* e, TargetsType type);
  std::nullptr_t raise_invalid_target(TargetsType type, ExprNode* e);
  std::nullptr_t invalid_assignment(const Exprs& targets, ExprNode* last, size_t start);

  // Specific errors at a failure point (parser_expr.cpp)
  bool check_missing_comma(ExprNode* a, size_t a_start);
  bool check_named_expression_assign(ExprNode* a, size_t a_start);
  bool check_first_assignment_target(ExprNode* first, size_t start);
  bool check_legacy_print(ExprNode* a, size_t a_start);
  bool speculate_expression_end(size_t* end_index);
  bool starts_with_excluded_atom(size_t start);
  size_t matching_paren(size_t open) const;
  bool wrapped_in_parens(size_t start, size_t end) const;
  template <class F>
  bool speculate(F f);
  std::nullptr_t raise_too_deep();

  // ---- strings (parser_strings.cpp)
  ExprNode* strings();

  // ---- match (parser_match.cpp)
  bool looks_like_match_stmt();
  ExprNode* subject_expr();
  PatternNode* patterns();
  PatternNode* pattern();
  PatternNode* or_pattern();
  PatternNode* closed_pattern();
  PatternNode* mapping_pattern(size_t start);
  PatternNode* class_pattern(ExprNode* cls, size_t start);
  PatternNode* star_pattern();
  ExprNode* literal_expr(bool* ok);
  ExprNode* name_or_attr();
  ExprNode* signed_number();

 public:
  // Shared with the f-string sub-parser.
  Arena* arena() { return arena_; }

 private:
  friend struct StringParser;

  std::string_view source_;
  std::vector<Token> toks_;
  std::optional<LexError> lex_error_;
  std::vector<LexResult::Bracket> lex_open_brackets_;
  Arena* arena_;
  std::optional<FStringShift> fshift_;
  bool bom_ = false;  // the file began with a UTF-8 BOM: CPython counts it in line 1's offsets

  size_t pos_ = 0;
  size_t furthest_ = 0;        // the furthest token looked at (CPython's p->fill - 1)
  size_t furthest_first_ = 0;  // the same, not counting the error checks (the "second pass")
  int second_pass_ = 0;        // > 0 while checking for a specific error
  bool failed_ = false;
  bool hit_lex_error_ = false;
  int suppress_ = 0;  // > 0 while speculating: failures are expected and not reported
  // target_atom's results by start token (CPython memoizes the rule too): nested parentheses
  // would otherwise be re-parsed by every alternative, exponentially.
  struct TargetMemo {
    ExprNode* node;  // nullptr: the rule failed here
    size_t end;
  };
  std::unordered_map<size_t, TargetMemo> target_memo_;
  size_t match_missing_colon_ = 0;  // token index of the NEWLINE in "match x<NEWLINE>"
  int depth_ = 0;                   // nesting of expression(), against kMaxExpressionDepth
  // Deeper nesting fails like CPython's compiler: "maximum recursion depth exceeded during
  // compilation" (see kMaxNesting).
  static constexpr int kMaxExpressionDepth = kMaxNesting - 10;
  std::optional<SyntaxErrorInfo> error_;
};

// Saves the parser's position and error state; restore() backtracks to it.
// Tokenizer errors, once reached, are never undone.
class Checkpoint {
 public:
  explicit Checkpoint(Parser* p)
      : p_(p), pos_(p->pos_), failed_(p->failed_), had_error_(p->error_.has_value()) {}
  void restore() {
    p_->pos_ = pos_;
    p_->failed_ = failed_;
    if (!had_error_) p_->error_.reset();
  }

 private:
  Parser* p_;
  size_t pos_;
  bool failed_;
  bool had_error_;
};

template <class T>
inline T* Parser::make(size_t start_index) {
  T* n = arena_->make<T>();
  set_start(n, toks_[start_index]);
  set_end_to_last(n);
  return n;
}

template <class T>
inline T* Parser::make_span(const Located* first, const Located* last) {
  T* n = arena_->make<T>();
  n->lineno = first->lineno;
  n->col_offset = first->col_offset;
  n->end_lineno = last->end_lineno;
  n->end_col_offset = last->end_col_offset;
  return n;
}

// Runs `f` without reporting failures and puts the parser back where it was.
template <class F>
bool Parser::speculate(F f) {
  Checkpoint cp(this);
  ++suppress_;
  ++second_pass_;
  bool ok = f();
  --second_pass_;
  --suppress_;
  cp.restore();
  return ok && !hit_lex_error_;
}

// CPython's _PyPegen_get_expr_name: how error messages name an expression ("function call").
const char* expr_name(const ExprNode* e);

}  // namespace asyncplay::lang::detail
