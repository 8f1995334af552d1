// The lexer: source text -> tokens, as CPython 3.11's tokenizer (Parser/tokenizer.c) makes them.
//
// tokenize() turns the whole source into a vector of tokens ending in ENDMARKER: NAME (keywords
// get their own kinds), NUMBER, STRING (undecoded: the parser decodes literals and f-strings),
// operators, NEWLINE, INDENT and DEDENT. Comments, blank lines, backslash continuations and
// newlines inside brackets produce no tokens. Positions are 1-based lines and 0-based UTF-8 byte
// columns, as in Python's ast.
//
// A tokenizer error (unterminated string, invalid literal, bad dedent, ...) ends the vector with
// an ERRORTOKEN carrying the SyntaxErrorInfo CPython would raise when its parser reaches that
// point. How that error competes with a parser error found earlier is the parser's business
// (see LexError::reported_eagerly).
//
// This header also defines SyntaxErrorInfo, shared by every stage that reports syntax errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asyncplay::lang {

// ---------------------------------------------------------------------------------------------
// Syntax errors

// The exception a failed compile raises. RecursionError is CPython's "maximum recursion depth
// exceeded during compilation" for absurdly deep expressions (no position).
enum class SyntaxErrorKind : uint8_t { SyntaxError, IndentationError, TabError, RecursionError };

// "SyntaxError", "IndentationError", "TabError" or "RecursionError".
const char* name_of(SyntaxErrorKind kind);

// The attributes of CPython's SyntaxError. offset and end_offset are 1-based and count
// characters (code points), as SyntaxError.offset does; 0 or -1 where CPython has those values.
struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string msg;
  std::string filename;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;  // the offending source line (with its "\n"), as SyntaxError.text
};

// What CPython 3.11 prints to stderr for an uncaught SyntaxError raised while compiling a file:
//   File "snippet.py", line 2
//     if x = 1:
//        ^^^^^
//   SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
std::string format_syntax_error(const SyntaxErrorInfo& error);

// ---------------------------------------------------------------------------------------------
// Tokens

// clang-format off
#define ASYNCPLAY_KEYWORDS(X) \
  X(False, "False") \
  X(None, "None") \
  X(True, "True") \
  X(And, "and") \
  X(As, "as") \
  X(Assert, "assert") \
  X(Async, "async") \
  X(Await, "await") \
  X(Break, "break") \
  X(Class, "class") \
  X(Continue, "continue") \
  X(Def, "def") \
  X(Del, "del") \
  X(Elif, "elif") \
  X(Else, "else") \
  X(Except, "except") \
  X(Finally, "finally") \
  X(For, "for") \
  X(From, "from") \
  X(Global, "global") \
  X(If, "if") \
  X(Import, "import") \
  X(In, "in") \
  X(Is, "is") \
  X(Lambda, "lambda") \
  X(Nonlocal, "nonlocal") \
  X(Not, "not") \
  X(Or, "or") \
  X(Pass, "pass") \
  X(Raise, "raise") \
  X(Return, "return") \
  X(Try, "try") \
  X(While, "while") \
  X(With, "with") \
  X(Yield, "yield")
// clang-format on

// clang-format off
#define ASYNCPLAY_OPERATORS(X) \
  X(LPar, "(") \
  X(RPar, ")") \
  X(LSqb, "[") \
  X(RSqb, "]") \
  X(Colon, ":") \
  X(Comma, ",") \
  X(Semi, ";") \
  X(Plus, "+") \
  X(Minus, "-") \
  X(Star, "*") \
  X(Slash, "/") \
  X(VBar, "|") \
  X(Amper, "&") \
  X(Less, "<") \
  X(Greater, ">") \
  X(Equal, "=") \
  X(Dot, ".") \
  X(Percent, "%") \
  X(LBrace, "{") \
  X(RBrace, "}") \
  X(EqEqual, "==") \
  X(NotEqual, "!=") \
  X(LessEqual, "<=") \
  X(GreaterEqual, ">=") \
  X(Tilde, "~") \
  X(Circumflex, "^") \
  X(LeftShift, "<<") \
  X(RightShift, ">>") \
  X(DoubleStar, "**") \
  X(PlusEqual, "+=") \
  X(MinEqual, "-=") \
  X(StarEqual, "*=") \
  X(SlashEqual, "/=") \
  X(PercentEqual, "%=") \
  X(AmperEqual, "&=") \
  X(VBarEqual, "|=") \
  X(CircumflexEqual, "^=") \
  X(LeftShiftEqual, "<<=") \
  X(RightShiftEqual, ">>=") \
  X(DoubleStarEqual, "**=") \
  X(DoubleSlash, "//") \
  X(DoubleSlashEqual, "//=") \
  X(At, "@") \
  X(AtEqual, "@=") \
  X(RArrow, "->") \
  X(Ellipsis, "...") \
  X(ColonEqual, ":=")
// clang-format on

enum class Tok : uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  OtherOp,  // a character that is no Python operator ($, ?, !, `): always a syntax error
  Error,    // the tokenizer's error; LexResult::error says what
#define ASYNCPLAY_ENUMERATOR(name, text) name,
  ASYNCPLAY_OPERATORS(ASYNCPLAY_ENUMERATOR)
#define ASYNCPLAY_KW_ENUMERATOR(name, text) Kw##name,
      ASYNCPLAY_KEYWORDS(ASYNCPLAY_KW_ENUMERATOR)
#undef ASYNCPLAY_ENUMERATOR
#undef ASYNCPLAY_KW_ENUMERATOR
};

// The token's spelling for operators and keywords ("(", "lambda"), its kind name otherwise.
const char* name_of(Tok kind);
inline bool is_keyword(Tok kind) {
  return kind >= Tok::KwFalse;
}

struct Token {
  Tok kind = Tok::EndMarker;
  int level = 0;       // bracket depth after this token (CPython's token->level)
  uint32_t start = 0;  // byte offsets of the token's text in the source
  uint32_t end = 0;
  int lineno = 0;
  int col_offset = 0;  // -1 for tokens without a position (CPython's ERRORTOKEN)
  int end_lineno = 0;
  int end_col_offset = 0;
};

// A tokenizer error, ready to report.
struct LexError {
  SyntaxErrorInfo info;
  // CPython's tokenizer raises these itself (unterminated string, invalid literal, invalid
  // character, unmatched bracket, ...): after a parser error the rest of the file is still
  // tokenized, and such an error replaces the parser's. The others (bad dedent, tabs, EOF,
  // backslash continuation) are only reported when the parser reaches them.
  bool reported_eagerly = true;
  bool eof = false;  // end of file inside brackets or after a backslash
};

struct LexResult {
  std::vector<Token> tokens;  // ends with EndMarker, or with Error when `error` is set
  std::optional<LexError> error;
  // Open brackets when the error happened (innermost last): kind char, line, 0-based column.
  struct Bracket {
    char kind;
    int lineno;
    int col;
  };
  std::vector<Bracket> open_brackets;
};

// Tokenizes `source`, which must use "\n" line ends and end with one (the parser normalizes
// line ends and appends the final "\n", as CPython does).
LexResult tokenize(std::string_view source);

// The text of line `lineno` (1-based) of `source`, with its "\n" if it has one.
std::string_view source_line(std::string_view source, int lineno);

// Number of code points in the first `bytes` bytes of `text` (invalid UTF-8 counts as one
// character per byte): turns byte columns into SyntaxError offsets.
int count_chars(std::string_view text, size_t bytes);

}  // namespace asyncplay::lang
