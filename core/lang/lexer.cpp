// The tokenizer, a port of the token-level logic of CPython 3.11's Parser/tokenizer.c (tok_get):
// the same tokens, positions and error messages, without the incremental input machinery.
#include "core/lang/lexer.h"

#include <cstdio>
#include <cstring>

#include "core/lang/unicode.h"

namespace asyncplay::lang {

namespace {

constexpr int kEof = -1;
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL: nested brackets
constexpr int kMaxIndent = 100;  // CPython's MAXINDENT: indentation levels
constexpr int kTabSize = 8;

bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
bool is_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_identifier_char(int c) {
  return is_identifier_start(c) || is_digit(c);
}

struct KeywordEntry {
  const char* text;
  Tok kind;
};
constexpr KeywordEntry kKeywords[] = {
#define ASYNCPLAY_KEYWORD_ENTRY(name, text) {text, Tok::Kw##name},
    ASYNCPLAY_KEYWORDS(ASYNCPLAY_KEYWORD_ENTRY)
#undef ASYNCPLAY_KEYWORD_ENTRY
};

Tok keyword_or_name(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return Tok::Name;
  for (const KeywordEntry& k : kKeywords) {
    if (word == k.text) return k.kind;
  }
  return Tok::Name;
}

Tok one_char_token(int c) {
  switch (c) {
    case '(':
      return Tok::LPar;
    case ')':
      return Tok::RPar;
    case '[':
      return Tok::LSqb;
    case ']':
      return Tok::RSqb;
    case ':':
      return Tok::Colon;
    case ',':
      return Tok::Comma;
    case ';':
      return Tok::Semi;
    case '+':
      return Tok::Plus;
    case '-':
      return Tok::Minus;
    case '*':
      return Tok::Star;
    case '/':
      return Tok::Slash;
    case '|':
      return Tok::VBar;
    case '&':
      return Tok::Amper;
    case '<':
      return Tok::Less;
    case '>':
      return Tok::Greater;
    case '=':
      return Tok::Equal;
    case '.':
      return Tok::Dot;
    case '%':
      return Tok::Percent;
    case '{':
      return Tok::LBrace;
    case '}':
      return Tok::RBrace;
    case '~':
      return Tok::Tilde;
    case '^':
      return Tok::Circumflex;
    case '@':
      return Tok::At;
    default:
      return Tok::OtherOp;
  }
}

// PyToken_TwoChars; OtherOp when the pair is no token. "<>" is OtherOp's two-character form.
Tok two_char_token(int c1, int c2) {
  switch (c1) {
    case '!':
      return c2 == '=' ? Tok::NotEqual : Tok::OtherOp;
    case '%':
      return c2 == '=' ? Tok::PercentEqual : Tok::OtherOp;
    case '&':
      return c2 == '=' ? Tok::AmperEqual : Tok::OtherOp;
    case '*':
      return c2 == '*' ? Tok::DoubleStar : c2 == '=' ? Tok::StarEqual : Tok::OtherOp;
    case '+':
      return c2 == '=' ? Tok::PlusEqual : Tok::OtherOp;
    case '-':
      return c2 == '=' ? Tok::MinEqual : c2 == '>' ? Tok::RArrow : Tok::OtherOp;
    case '/':
      return c2 == '/' ? Tok::DoubleSlash : c2 == '=' ? Tok::SlashEqual : Tok::OtherOp;
    case ':':
      return c2 == '=' ? Tok::ColonEqual : Tok::OtherOp;
    case '<':
      return c2 == '<' ? Tok::LeftShift : c2 == '=' ? Tok::LessEqual : Tok::OtherOp;
    case '=':
      return c2 == '=' ? Tok::EqEqual : Tok::OtherOp;
    case '>':
      return c2 == '=' ? Tok::GreaterEqual : c2 == '>' ? Tok::RightShift : Tok::OtherOp;
    case '@':
      return c2 == '=' ? Tok::AtEqual : Tok::OtherOp;
    case '^':
      return c2 == '=' ? Tok::CircumflexEqual : Tok::OtherOp;
    case '|':
      return c2 == '=' ? Tok::VBarEqual : Tok::OtherOp;
    default:
      return Tok::OtherOp;
  }
}

Tok three_char_token(Tok two, int c3) {
  if (c3 != '=') return Tok::OtherOp;
  switch (two) {
    case Tok::DoubleStar:
      return Tok::DoubleStarEqual;
    case Tok::DoubleSlash:
      return Tok::DoubleSlashEqual;
    case Tok::LeftShift:
      return Tok::LeftShiftEqual;
    case Tok::RightShift:
      return Tok::RightShiftEqual;
    default:
      return Tok::OtherOp;
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  LexResult run() {
    LexResult out;
    out.tokens.reserve(src_.size() / 2 + 16);  // an upper bound for real code: no relocation
    for (;;) {
      Token t = next_token();
      t.level = level_;
      out.tokens.push_back(t);
      if (t.kind == Tok::EndMarker) break;
      if (t.kind == Tok::Error) {
        out.error = std::move(error_);
        break;
      }
    }
    for (int i = 0; i < level_; ++i) {
      out.open_brackets.push_back({paren_[i], paren_line_[i], paren_col_[i]});
    }
    return out;
  }

 private:
  // ---- the cursor (CPython's tok_nextc / tok_backup)

  int next() {
    if (pos_ >= src_.size()) {
      at_eof_ = true;
      return kEof;
    }
    if (pos_ == next_line_start_) {
      ++lineno_;
      line_start_ = pos_;
      const void* nl = std::memchr(src_.data() + pos_, '\n', src_.size() - pos_);
      next_line_start_ =
          nl ? static_cast<size_t>(static_cast<const char*>(nl) - src_.data()) + 1 : src_.size();
    }
    return static_cast<unsigned char>(src_[pos_++]);
  }
  void backup(int c) {
    if (c == kEof) return;
    --pos_;
  }
  bool lookahead(const char* rest) {
    size_t n = std::strlen(rest);
    return src_.substr(pos_, n) == rest &&
           (pos_ + n >= src_.size() ||
            !is_identifier_char(static_cast<unsigned char>(src_[pos_ + n])));
  }

  // ---- tokens

  Token make(Tok kind, size_t start, size_t end) const {
    Token t;
    t.kind = kind;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.lineno = lineno_;
    t.end_lineno = lineno_;
    t.col_offset = static_cast<int>(start - line_start_);
    t.end_col_offset = static_cast<int>(end - line_start_);
    return t;
  }
  // A token without a position (INDENT, DEDENT, ENDMARKER, errors): CPython gives these
  // col_offset -1 and, when reporting an error at one, uses the cursor's column instead.
  Token positionless(Tok kind) const {
    Token t = make(kind, pos_, pos_);
    t.col_offset = -1;
    t.end_col_offset = -1;
    return t;
  }

  // ---- errors

  // CPython's syntaxerror(): the error is at the cursor, counted in characters.
  Token error_at_cursor(std::string msg) { return error_range(std::move(msg), -1, -1); }

  // _syntaxerror_range(): explicit 1-based columns, or -1 for "at the cursor".
  Token error_range(std::string msg, int col, int end_col) {
    LexError e;
    e.info.msg = std::move(msg);
    e.info.lineno = lineno_;
    e.info.end_lineno = lineno_;
    std::string_view line = source_line(src_, lineno_);
    if (col == -1) col = count_chars(line, pos_ - line_start_);
    if (end_col == -1) end_col = col;
    e.info.offset = col;
    e.info.end_offset = end_col;
    size_t nl = line.find('\n');
    e.info.text = std::string(line.substr(0, nl));
    error_ = std::move(e);
    return positionless(Tok::Error);
  }

  // tokenizer_error() in pegen.c: errors the tokenizer leaves for the parser to word.
  Token deferred_error(SyntaxErrorKind kind, std::string msg, int col, int end_col) {
    LexError e;
    e.reported_eagerly = false;
    e.info.kind = kind;
    e.info.msg = std::move(msg);
    e.info.lineno = lineno_;
    e.info.end_lineno = lineno_;
    std::string_view line = source_line(src_, lineno_);
    e.info.offset = col > 0 ? count_chars(line, static_cast<size_t>(col)) : col;
    e.info.end_offset = end_col;
    e.info.text = std::string(line);
    error_ = std::move(e);
    return positionless(Tok::Error);
  }
  int cursor_col() const { return static_cast<int>(pos_ - line_start_); }
  Token tab_error() {
    return deferred_error(SyntaxErrorKind::TabError,
                          "inconsistent use of tabs and spaces in indentation", 1, 0);
  }
  Token eof_error() {
    pos_ = src_.size();
    if (level_ > 0) {
      Token t = unclosed_bracket_error();
      error_->eof = true;
      return t;
    }
    Token t = deferred_error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing",
                             cursor_col(), -1);
    error_->eof = true;
    return t;
  }
  Token unclosed_bracket_error() {
    int i = level_ - 1;
    LexError e;
    e.reported_eagerly = false;
    e.info.msg = std::string("'") + paren_[i] + "' was never closed";
    e.info.lineno = paren_line_[i];
    e.info.end_lineno = paren_line_[i];
    std::string_view line = source_line(src_, paren_line_[i]);
    e.info.offset = count_chars(line, static_cast<size_t>(paren_col_[i]) + 1);
    e.info.end_offset = 0;
    e.info.text = std::string(line);
    error_ = std::move(e);
    return positionless(Tok::Error);
  }

  // ---- the token loop

  Token next_token();
  bool indentation(Token* out);
  Token identifier_or_string(int c, size_t start);
  Token number(int c, size_t start);
  Token string(int quote, size_t start);
  bool verify_end_of_number(int c, const char* kind, Token* err);
  int decimal_tail(Token* err);
  Token verify_identifier(size_t start);
  Token brackets(int c, size_t start);

  std::string_view src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  size_t next_line_start_ = 0;
  int lineno_ = 0;
  bool at_eof_ = false;

  bool atbol_ = true;
  int pendin_ = 0;
  int indent_ = 0;
  int indstack_[kMaxIndent + 1] = {0};
  int altindstack_[kMaxIndent + 1] = {0};

  int level_ = 0;
  char paren_[kMaxLevel];
  int paren_line_[kMaxLevel];
  int paren_col_[kMaxLevel];

  std::optional<LexError> error_;
};

// Measures the indentation of a new logical line and queues INDENT/DEDENT tokens; false with
// *out set to an error token when the indentation is inconsistent.
bool Lexer::indentation(Token* out) {
  atbol_ = false;
  int col = 0, altcol = 0;
  int c;
  for (;;) {
    c = next();
    if (c == ' ') {
      ++col, ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  backup(c);
  bool blankline = c == '#' || c == '\n';
  if (blankline || level_ != 0) return true;
  if (col == indstack_[indent_]) {
    if (altcol != altindstack_[indent_]) return *out = tab_error(), false;
  } else if (col > indstack_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      *out =
          deferred_error(SyntaxErrorKind::IndentationError, "too many levels of indentation", 1, 0);
      return false;
    }
    if (altcol <= altindstack_[indent_]) return *out = tab_error(), false;
    ++pendin_;
    indstack_[++indent_] = col;
    altindstack_[indent_] = altcol;
  } else {
    while (indent_ > 0 && col < indstack_[indent_]) {
      --pendin_;
      --indent_;
    }
    if (col != indstack_[indent_]) {
      pos_ = next_line_start_;
      *out =
          deferred_error(SyntaxErrorKind::IndentationError,
                         "unindent does not match any outer indentation level", cursor_col(), -1);
      return false;
    }
    if (altcol != altindstack_[indent_]) return *out = tab_error(), false;
  }
  return true;
}

Token Lexer::next_token() {
  bool blankline = false;
nextline:
  blankline = false;
  if (atbol_) {
    Token err;
    if (!indentation(&err)) return err;
    // A blank or comment-only line yields no NEWLINE (indentation() left the cursor on it).
    int c = pos_ < src_.size() ? static_cast<unsigned char>(src_[pos_]) : kEof;
    blankline = c == '#' || c == '\n';
  }
  if (pendin_ != 0) {
    if (pendin_ < 0) {
      ++pendin_;
      return positionless(Tok::Dedent);
    }
    --pendin_;
    return positionless(Tok::Indent);
  }

again:
  int c;
  do {
    c = next();
  } while (c == ' ' || c == '\t' || c == '\f');
  size_t start = c == kEof ? pos_ : pos_ - 1;

  if (c == '#') {
    while (c != kEof && c != '\n') c = next();
  }
  if (c == kEof) return level_ > 0 ? eof_error() : positionless(Tok::EndMarker);

  if (is_identifier_start(c)) return identifier_or_string(c, start);

  if (c == '\n') {
    atbol_ = true;
    if (blankline || level_ > 0) goto nextline;
    return make(Tok::Newline, start, pos_ - 1);
  }

  if (c == '.') {
    int c2 = next();
    if (is_digit(c2)) {
      backup(c2);
      return number('.', start);
    }
    if (c2 == '.') {
      int c3 = next();
      if (c3 == '.') return make(Tok::Ellipsis, start, pos_);
      backup(c3);
    }
    backup(c2);
    return make(Tok::Dot, start, pos_);
  }

  if (is_digit(c)) return number(c, start);
  if (c == '\'' || c == '"') return string(c, start);

  if (c == '\\') {
    c = next();
    if (c != '\n') {
      if (c == kEof) return eof_error();
      return deferred_error(SyntaxErrorKind::SyntaxError,
                            "unexpected character after line continuation character", cursor_col(),
                            0);
    }
    c = next();
    if (c == kEof) return eof_error();
    backup(c);
    goto again;
  }

  {
    int c2 = next();
    Tok two = two_char_token(c, c2);
    if (two != Tok::OtherOp || (c == '<' && c2 == '>')) {
      int c3 = next();
      Tok three = three_char_token(two, c3);
      if (three != Tok::OtherOp) return make(three, start, pos_);
      backup(c3);
      return make(two, start, pos_);
    }
    backup(c2);
  }

  if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}') {
    return brackets(c, start);
  }
  if (c < 32 || c == 127) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
    return error_at_cursor(buf);
  }
  return make(one_char_token(c), start, pos_);
}

Token Lexer::brackets(int c, size_t start) {
  if (c == '(' || c == '[' || c == '{') {
    if (level_ >= kMaxLevel) return error_at_cursor("too many nested parentheses");
    paren_[level_] = static_cast<char>(c);
    paren_line_[level_] = lineno_;
    paren_col_[level_] = static_cast<int>(start - line_start_);
    ++level_;
    return make(one_char_token(c), start, pos_);
  }
  if (level_ == 0) return error_at_cursor(std::string("unmatched '") + char(c) + "'");
  --level_;
  char opening = paren_[level_];
  if ((opening == '(' && c != ')') || (opening == '[' && c != ']') ||
      (opening == '{' && c != '}')) {
    std::string msg = std::string("closing parenthesis '") + char(c) +
                      "' does not match opening parenthesis '" + opening + "'";
    if (paren_line_[level_] != lineno_) {
      msg += " on line " + std::to_string(paren_line_[level_]);
    }
    return error_at_cursor(msg);
  }
  return make(one_char_token(c), start, pos_);
}

Token Lexer::identifier_or_string(int c, size_t start) {
  // String prefixes: b, r, u, f and the combinations br, rb, fr, rf, in any case.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    int lower = c | 0x20;
    if (!(saw_b || saw_u || saw_f) && lower == 'b') {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && lower == 'u') {
      saw_u = true;
    } else if (!(saw_r || saw_u) && lower == 'r') {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && lower == 'f') {
      saw_f = true;
    } else {
      break;
    }
    c = next();
    if (c == '"' || c == '\'') return string(c, start);
  }
  bool nonascii = false;
  while (is_identifier_char(c)) {
    if (c >= 128) nonascii = true;
    c = next();
  }
  backup(c);
  if (nonascii) {
    Token err = verify_identifier(start);
    if (err.kind == Tok::Error) return err;
  }
  Tok kind = keyword_or_name(src_.substr(start, pos_ - start));
  return make(kind, start, pos_);
}

// Checks a non-ASCII identifier character by character, as _PyUnicode_ScanIdentifier does.
Token Lexer::verify_identifier(size_t start) {
  size_t i = start;
  bool first = true;
  while (i < pos_) {
    size_t char_start = i;
    uint32_t cp = decode_utf8(src_, &i);
    bool ok =
        cp != kInvalidCodePoint && (first ? (cp == '_' || is_xid_start(cp)) : is_xid_continue(cp));
    first = false;
    if (ok) continue;
    if (cp == kInvalidCodePoint) {
      pos_ = char_start;
      return error_at_cursor("invalid utf-8");  // unreachable: the parser validates UTF-8
    }
    pos_ = i;
    char buf[64];
    if (is_printable(cp)) {
      std::string ch = encode_utf8(cp);
      std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(),
                    static_cast<unsigned>(cp));
    } else {
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                    static_cast<unsigned>(cp));
    }
    return error_at_cursor(buf);
  }
  return Token{};
}

// verify_end_of_number(): a number directly followed by a letter is an error, except before
// the keywords that may follow a number in valid code (1if x else y).
bool Lexer::verify_end_of_number(int c, const char* kind, Token* err) {
  bool keyword = false;
  switch (c) {
    case 'a':
      keyword = lookahead("nd");
      break;
    case 'e':
      keyword = lookahead("lse");
      break;
    case 'f':
      keyword = lookahead("or");
      break;
    case 'i': {
      int c2 = pos_ < src_.size() ? src_[pos_] : 0;
      keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
      break;
    }
    case 'o':
      keyword = lookahead("r");
      break;
    case 'n':
      keyword = lookahead("ot");
      break;
    default:
      break;
  }
  if (keyword) return true;  // CPython warns (SyntaxWarning) and accepts
  if (is_identifier_char(c)) {
    backup(c);
    *err = error_at_cursor(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

// tok_decimal_tail(): digits with single underscores between them. Returns the character after
// the digits, or 0 with *err set.
int Lexer::decimal_tail(Token* err) {
  int c;
  for (;;) {
    do {
      c = next();
    } while (is_digit(c));
    if (c != '_') break;
    c = next();
    if (!is_digit(c)) {
      backup(c);
      *err = error_at_cursor("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

Token Lexer::number(int c, size_t start) {
  Token err;
  auto radix = [&](const char* kind, auto is_radix_digit, bool check_octal) -> bool {
    c = next();
    do {
      if (c == '_') c = next();
      if (!is_radix_digit(c)) {
        if (check_octal && is_digit(c)) {
          err = error_at_cursor(std::string("invalid digit '") + char(c) + "' in " + kind +
                                " literal");
          return false;
        }
        backup(c);
        err = error_at_cursor(std::string("invalid ") + kind + " literal");
        return false;
      }
      do {
        c = next();
      } while (is_radix_digit(c));
    } while (c == '_');
    if (check_octal && is_digit(c)) {
      err = error_at_cursor(std::string("invalid digit '") + char(c) + "' in " + kind + " literal");
      return false;
    }
    return verify_end_of_number(c, kind, &err);
  };

  if (c == '.') {
    c = next();
    goto fraction;
  }
  if (c == '0') {
    c = next();
    int lower = c | 0x20;
    if (lower == 'x') {
      if (!radix("hexadecimal", is_xdigit, false)) return err;
    } else if (lower == 'o') {
      if (!radix(
              "octal", [](int d) { return d >= '0' && d <= '7'; }, true))
        return err;
    } else if (lower == 'b') {
      if (!radix(
              "binary", [](int d) { return d == '0' || d == '1'; }, true))
        return err;
    } else {
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = next();
          if (!is_digit(c)) {
            backup(c);
            return error_at_cursor("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = next();
      }
      size_t zeros_end = pos_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(&err);
        if (c == 0) return err;
      }
      if (c == '.') {
        c = next();
        goto fraction;
      }
      if (c == 'e' || c == 'E') goto exponent;
      if (c == 'j' || c == 'J') goto imaginary;
      if (nonzero) {
        backup(c);
        return error_range(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal integers",
            static_cast<int>(start + 1 - line_start_), static_cast<int>(zeros_end - line_start_));
      }
      if (!verify_end_of_number(c, "decimal", &err)) return err;
    }
  } else {
    c = decimal_tail(&err);
    if (c == 0) return err;
    if (c == '.') {
      c = next();
    fraction:
      if (is_digit(c)) {
        backup(c);
        c = decimal_tail(&err);
        if (c == 0) return err;
      }
    }
    if (c == 'e' || c == 'E') {
    exponent:
      int e = c;
      c = next();
      if (c == '+' || c == '-') {
        c = next();
        if (!is_digit(c)) {
          backup(c);
          return error_at_cursor("invalid decimal literal");
        }
      } else if (!is_digit(c)) {
        backup(c);
        if (!verify_end_of_number(e, "decimal", &err)) return err;
        pos_--;  // give back the 'e': "1else" is 1 followed by else
        return make(Tok::Number, start, pos_);
      }
      backup(c);
      c = decimal_tail(&err);
      if (c == 0) return err;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
      c = next();
      if (!verify_end_of_number(c, "imaginary", &err)) return err;
    } else if (!verify_end_of_number(c, "decimal", &err)) {
      return err;
    }
  }
  backup(c);
  return make(Tok::Number, start, pos_);
}

Token Lexer::string(int quote, size_t start) {
  int first_lineno = lineno_;
  size_t first_line_start = line_start_;
  int quote_size = 1, end_quote_size = 0;
  int c = next();
  if (c == quote) {
    c = next();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // the empty string
    }
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = next();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      int detected = lineno_;
      pos_ = start + 1;
      lineno_ = first_lineno;
      line_start_ = first_line_start;
      std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal"
                                        : "unterminated string literal";
      return error_at_cursor(msg + " (detected at line " + std::to_string(detected) + ")");
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') next();
    }
  }
  Token t = make(Tok::String, start, pos_);
  t.lineno = first_lineno;
  t.col_offset = static_cast<int>(start - first_line_start);
  return t;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

const char* name_of(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::SyntaxError:
      return "SyntaxError";
    case SyntaxErrorKind::IndentationError:
      return "IndentationError";
    case SyntaxErrorKind::TabError:
      return "TabError";
    case SyntaxErrorKind::RecursionError:
      return "RecursionError";
  }
  return "SyntaxError";
}

const char* name_of(Tok kind) {
  switch (kind) {
    case Tok::EndMarker:
      return "ENDMARKER";
    case Tok::Name:
      return "NAME";
    case Tok::Number:
      return "NUMBER";
    case Tok::String:
      return "STRING";
    case Tok::Newline:
      return "NEWLINE";
    case Tok::Indent:
      return "INDENT";
    case Tok::Dedent:
      return "DEDENT";
    case Tok::OtherOp:
      return "OP";
    case Tok::Error:
      return "ERRORTOKEN";
#define ASYNCPLAY_CASE(name, text) \
  case Tok::name:                  \
    return text;
      ASYNCPLAY_OPERATORS(ASYNCPLAY_CASE)
#undef ASYNCPLAY_CASE
#define ASYNCPLAY_CASE(name, text) \
  case Tok::Kw##name:              \
    return text;
      ASYNCPLAY_KEYWORDS(ASYNCPLAY_CASE)
#undef ASYNCPLAY_CASE
  }
  return "?";
}

LexResult tokenize(std::string_view source) {
  if (!source.empty() && source.back() != '\n') {
    std::string terminated(source);
    terminated += '\n';
    LexResult r = Lexer(terminated).run();
    return r;  // offsets are valid for `source` too (the extra "\n" is past its end)
  }
  return Lexer(source).run();
}

std::string_view source_line(std::string_view source, int lineno) {
  size_t start = 0;
  for (int i = 1; i < lineno; ++i) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  if (start > source.size()) return {};
  size_t nl = source.find('\n', start);
  return source.substr(start,
                       nl == std::string_view::npos ? std::string_view::npos : nl - start + 1);
}

int count_chars(std::string_view text, size_t bytes) {
  if (bytes > text.size()) bytes = text.size();
  int n = 0;
  for (size_t i = 0; i < bytes; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string format_syntax_error(const SyntaxErrorInfo& e) {
  std::string out;
  if (e.lineno > 0) {
    out += "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
  }
  std::string_view text = e.text;
  if (!text.empty() && e.lineno > 0) {
    while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    size_t spaces = 0;
    while (spaces < text.size() &&
           (text[spaces] == ' ' || text[spaces] == '\n' || text[spaces] == '\f')) {
      ++spaces;
    }
    std::string_view ltext = text.substr(spaces);
    out += "    " + std::string(ltext) + "\n";
    if (e.offset > 0) {
      int offset = e.offset;
      int end_offset = e.end_offset == 0 ? offset : e.end_offset;
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      int colno = offset - 1 - static_cast<int>(spaces);
      int end_colno = end_offset - 1 - static_cast<int>(spaces);
      if (colno >= 0) {
        std::string caret = "    ";
        // Walk colno characters of ltext, keeping tabs for alignment.
        size_t i = 0;
        for (int n = 0; n < colno && i < ltext.size(); ++n) {
          char ch = ltext[i];
          caret += (ch == '\t' || ch == '\f' || ch == '\v') ? ch : ' ';
          ++i;
          while (i < ltext.size() && (static_cast<unsigned char>(ltext[i]) & 0xC0) == 0x80) ++i;
        }
        caret.append(static_cast<size_t>(std::max(end_colno - colno, 1)), '^');
        out += caret + "\n";
      }
    }
  }
  out += std::string(name_of(e.kind)) + ": " + e.msg;
  if (e.lineno <= 0 && !e.filename.empty()) out += " (" + e.filename + ")";
  out += "\n";
  return out;
}

}  // namespace asyncplay::lang
