// String literals: escape decoding, implicit concatenation and f-strings, ported from CPython
// 3.11's Parser/string_parser.c so that the trees (JoinedStr, FormattedValue, Constant), their
// positions and the error messages come out the same.
#include <cstdio>
#include <cstring>

#include "core/lang/parser_impl.h"
#include "core/lang/unicode.h"

namespace asyncplay::lang::detail {

namespace {

constexpr int kMaxFStringNesting = 200;  // CPython's MAXLEVEL for brackets in a field

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The "unicode_escape" decoder CPython applies to a non-raw str literal. Positions in its error
// messages count the bytes of CPython's intermediate buffer, where every non-ASCII character
// has become a 10-byte "\UXXXXXXXX" escape.
struct StrDecoder {
  std::string_view s;
  std::string out;
  std::string error;  // the message after "(unicode error) "

  bool run() {
    size_t i = 0;
    size_t vpos = 0;  // position in CPython's intermediate buffer
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c != '\\') {
        size_t before = i;
        if (c < 0x80) {
          out += static_cast<char>(c);
          ++i, ++vpos;
        } else {
          uint32_t cp = decode_utf8(s, &i);
          append_utf8(&out, cp);
          vpos += 10;
        }
        (void)before;
        continue;
      }
      size_t start = vpos;
      ++i, ++vpos;
      if (i >= s.size()) {  // a lone trailing backslash is kept ("\u005c")
        out += '\\';
        break;
      }
      unsigned char e = static_cast<unsigned char>(s[i]);
      if (e >= 0x80) {  // backslash before a non-ASCII character: both kept
        out += '\\';
        continue;
      }
      ++i, ++vpos;
      switch (e) {
        case '\n':
          break;
        case '\\':
          out += '\\';
          break;
        case '\'':
          out += '\'';
          break;
        case '"':
          out += '"';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 't':
          out += '\t';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 'v':
          out += '\v';
          break;
        case 'a':
          out += '\a';
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
          uint32_t v = e - '0';
          for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
            v = v * 8 + static_cast<uint32_t>(s[i++] - '0');
            ++vpos;
          }
          append_utf8(&out, v);
          break;
        }
        case 'x':
          if (!hex_escape(&i, &vpos, start, 2, "truncated \\xXX escape")) return false;
          break;
        case 'u':
          if (!hex_escape(&i, &vpos, start, 4, "truncated \\uXXXX escape")) return false;
          break;
        case 'U':
          if (!hex_escape(&i, &vpos, start, 8, "truncated \\UXXXXXXXX escape")) return false;
          break;
        case 'N':
          if (!named_escape(&i, &vpos, start)) return false;
          break;
        default:  // an invalid escape (a DeprecationWarning in CPython) stays as written
          out += '\\';
          out += static_cast<char>(e);
          break;
      }
    }
    return true;
  }

  bool fail(size_t start, size_t end, const char* reason) {
    char buf[160];
    if (end == start + 1) {
      std::snprintf(buf, sizeof buf,
                    "'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", start,
                    reason);
    } else {
      std::snprintf(buf, sizeof buf,
                    "'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
                    end - 1, reason);
    }
    error = buf;
    return false;
  }

  bool hex_escape(size_t* i, size_t* vpos, size_t start, int count, const char* message) {
    uint32_t v = 0;
    for (int k = 0; k < count; ++k) {
      int d = *i < s.size() ? hex_value(s[*i]) : -1;
      if (d < 0) return fail(start, *vpos, message);
      v = v * 16 + static_cast<uint32_t>(d);
      ++*i, ++*vpos;
    }
    if (v > 0x10FFFF) return fail(start, *vpos, "illegal Unicode character");
    append_utf8(&out, v);
    return true;
  }

  bool named_escape(size_t* i, size_t* vpos, size_t start) {
    const char* malformed = "malformed \\N character escape";
    if (*i >= s.size() || s[*i] != '{') return fail(start, *vpos, malformed);
    size_t name_start = ++*i;
    ++*vpos;
    while (*i < s.size() && s[*i] != '}') ++*i, ++*vpos;
    if (*i >= s.size()) return fail(start, *vpos, malformed);
    std::string_view name = s.substr(name_start, *i - name_start);
    if (name.empty()) return fail(start, *vpos, malformed);
    ++*i, ++*vpos;
    uint32_t cp;
    if (!lookup_unicode_name(name, &cp))
      return fail(start, *vpos, "unknown Unicode character name");
    append_utf8(&out, cp);
    return true;
  }
};

// _PyBytes_DecodeEscape for a non-raw bytes literal.
bool decode_bytes(std::string_view s, std::string* out, std::string* error) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i++];
    if (c != '\\') {
      *out += c;
      continue;
    }
    if (i >= s.size()) {
      *error = "Trailing \\ in string";
      return false;
    }
    char e = s[i++];
    switch (e) {
      case '\n':
        break;
      case '\\':
        *out += '\\';
        break;
      case '\'':
        *out += '\'';
        break;
      case '"':
        *out += '"';
        break;
      case 'b':
        *out += '\b';
        break;
      case 'f':
        *out += '\f';
        break;
      case 't':
        *out += '\t';
        break;
      case 'n':
        *out += '\n';
        break;
      case 'r':
        *out += '\r';
        break;
      case 'v':
        *out += '\v';
        break;
      case 'a':
        *out += '\a';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        int v = e - '0';
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
          v = v * 8 + (s[i++] - '0');
        }
        *out += static_cast<char>(v & 0xFF);
        break;
      }
      case 'x': {
        int hi = i < s.size() ? hex_value(s[i]) : -1;
        int lo = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
          *error = "invalid \\x escape at position " + std::to_string(i - 2);
          return false;
        }
        *out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        *out += '\\';
        *out += e;
        break;
    }
  }
  return true;
}

// The prefix and the body (between the quotes) of a STRING token.
struct StringToken {
  bool bytes = false, raw = false, fstring = false;
  std::string_view body;
};

StringToken split_string_token(std::string_view t) {
  StringToken st;
  size_t i = 0;
  for (; i < t.size() && t[i] != '\'' && t[i] != '"'; ++i) {
    char c = static_cast<char>(t[i] | 0x20);
    if (c == 'b') st.bytes = true;
    if (c == 'r') st.raw = true;
    if (c == 'f') st.fstring = true;
  }
  char quote = t[i];
  size_t q = (t.size() - i >= 6 && t[i + 1] == quote && t[i + 2] == quote) ? 3 : 1;
  st.body = t.substr(i + q, t.size() - i - 2 * q);
  return st;
}

}  // namespace

// CPython's FstringParser: the pieces of a concatenation being assembled.
struct StringParser {
  Parser* p;
  const Token& first;
  const Token& last;
  std::string last_str;
  bool has_last = false;
  Exprs values;
  bool fmode = false;

  StringParser(Parser* parser, const Token& f, const Token& l) : p(parser), first(f), last(l) {}

  void concat(std::string_view s) {
    if (s.empty()) return;
    last_str += s;
    has_last = true;
  }

  Constant* make_str(const Token& from, const Token& to) {
    Constant* c = p->arena_->make<Constant>();
    c->value_kind = ConstantKind::Str;
    c->text = std::move(last_str);
    last_str.clear();
    has_last = false;
    c->kind_u = p->text(from)[0] == 'u';
    p->set_start(c, from);
    p->set_end(c, to);
    return c;
  }

  ExprNode* finish(const Token& from, const Token& to) {
    if (!fmode) return make_str(from, to);
    JoinedStr* j = p->arena_->make<JoinedStr>();
    j->values = std::move(values);
    if (has_last) j->values.push_back(make_str(from, to));
    p->set_start(j, from);
    p->set_end(j, to);
    return j;
  }

  bool decode_literal(std::string_view s, bool raw, std::string* out) {
    if (raw) {
      *out = std::string(s);
      return true;
    }
    StrDecoder d{s, {}, {}};
    if (!d.run()) {
      p->raise_at_last("(unicode error) " + d.error);
      return false;
    }
    *out = std::move(d.out);
    return true;
  }

  // fstring_find_literal: returns -1 on error, 1 when a doubled brace ends the literal early,
  // 0 otherwise.
  int find_literal(const char** str, const char* end, bool raw, int recurse_lvl) {
    const char* s = *str;
    const char* literal_start = s;
    int result = 0;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (s < end && *s == ch) {
            *str = s + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            *str = s - 1;
            p->raise_at_last("f-string: single '}' is not allowed");
            return -1;
          }
        }
        --s;
        break;
      }
    }
    *str = s;
  done:
    if (literal_start != s) {
      std::string lit;
      if (!decode_literal(std::string_view(literal_start, static_cast<size_t>(s - literal_start)),
                          raw, &lit)) {
        return -1;
      }
      concat(lit);
    }
    return result;
  }

  ExprNode* compile_expr(const char* expr_start, const char* expr_end, const Token& t);
  bool find_expr(const char** str, const char* end, bool raw, int recurse_lvl, const Token& t);
  bool concat_fstring(const char** str, const char* end, bool raw, int recurse_lvl, const Token& t);
  ExprNode* parse_format_spec(const char** str, const char* end, bool raw, int recurse_lvl,
                              const Token& t);
};

// fstring_compile_expr: parses "(" + expression + ")" with a sub-parser whose positions are
// shifted to the replacement field.
ExprNode* StringParser::compile_expr(const char* expr_start, const char* expr_end, const Token& t) {
  const char* s = expr_start;
  while (s != expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) ++s;
  if (s == expr_end) {
    if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
      return p->raise_at_last(std::string("f-string: expression required before '") + *expr_end +
                              "'");
    }
    return p->raise_at_last("f-string: empty expression not allowed");
  }
  // fstring_find_expr_location: where the field's '{' is inside the token.
  std::string_view parent = p->text(t);
  const char* brace = expr_start - 1;
  int lines = 0, cols = 0;
  bool newline_after_brace = true;
  for (const char* q = brace + 1; q < parent.data() + parent.size() && *q != '}' && *q != '\n';
       ++q) {
    if (*q != ' ' && *q != '\t' && *q != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    const char* q = brace;
    while (q > parent.data() && *q != '\n') --q;
    cols = static_cast<int>(brace - q);
    if (*q == '\n') --cols;
  }
  for (const char* q = parent.data(); q < brace; ++q) lines += *q == '\n';

  std::string sub = "(" + std::string(expr_start, static_cast<size_t>(expr_end - expr_start)) + ")";
  Parser::FStringShift shift{t.lineno + lines - 1, lines != 0 ? cols : t.col_offset + cols};
  Parser sub_parser(sub, tokenize(sub), p->arena_, shift);
  sub_parser.depth_ = p->depth_;
  ExprNode* e = sub_parser.parse_fstring_expression();
  if (!e) {
    p->failed_ = true;
    if (!p->error_) p->error_ = sub_parser.error();
    return nullptr;
  }
  return e;
}

// fstring_find_expr: one {expression[=][!conversion][:format_spec]} replacement field.
bool StringParser::find_expr(const char** str, const char* end, bool raw, int recurse_lvl,
                             const Token& t) {
  if (recurse_lvl >= 2) {
    p->raise_at_last("f-string: expressions nested too deeply");
    return false;
  }
  ++*str;  // '{'
  const char* expr_start = *str;
  char quote_char = 0;
  int string_type = 0;
  int depth = 0;
  char parens[kMaxFStringNesting];
  for (; *str < end; ++*str) {
    char ch = **str;
    if (ch == '\\') {
      p->raise_at_last("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
            *str += 2;
            string_type = 0;
            quote_char = 0;
          }
        } else {
          string_type = 0;
          quote_char = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
        string_type = 3;
        *str += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= kMaxFStringNesting) {
        p->raise_at_last("f-string: too many nested parenthesis");
        return false;
      }
      parens[depth++] = ch;
    } else if (ch == '#') {
      p->raise_at_last("f-string expression part cannot include '#'");
      return false;
    } else if (depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (*str + 1 < end) {
        char next = (*str)[1];
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          ++*str;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (depth == 0) {
        p->raise_at_last(std::string("f-string: unmatched '") + ch + "'");
        return false;
      }
      char opening = parens[--depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        p->raise_at_last(std::string("f-string: closing parenthesis '") + ch +
                         "' does not match opening parenthesis '" + opening + "'");
        return false;
      }
    }
  }
  const char* expr_end = *str;
  if (quote_char) {
    p->raise_at_last("f-string: unterminated string");
    return false;
  }
  if (depth) {
    p->raise_at_last(std::string("f-string: unmatched '") + parens[depth - 1] + "'");
    return false;
  }
  auto unexpected_end = [&] {
    p->raise_at_last("f-string: expecting '}'");
    return false;
  };
  if (*str >= end) return unexpected_end();

  ExprNode* expression = compile_expr(expr_start, expr_end, t);
  if (!expression) return false;

  bool has_expr_text = false;
  std::string expr_text;
  if (**str == '=') {
    ++*str;
    while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                          **str == '\f' || **str == '\v')) {
      ++*str;
    }
    if (*str >= end) return unexpected_end();
    expr_text = std::string(expr_start, static_cast<size_t>(*str - expr_start));
    has_expr_text = true;
  }
  int conversion = -1;
  if (**str == '!') {
    ++*str;
    if (*str >= end) return unexpected_end();
    conversion = static_cast<unsigned char>(**str);
    ++*str;
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      p->raise_at_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
  }
  ExprNode* format_spec = nullptr;
  if (*str < end && **str == ':') {
    ++*str;
    if (*str >= end) return unexpected_end();
    format_spec = parse_format_spec(str, end, raw, recurse_lvl + 1, t);
    if (!format_spec) return false;
  }
  if (*str >= end || **str != '}') return unexpected_end();
  ++*str;
  if (has_expr_text && !format_spec && conversion == -1) conversion = 'r';

  if (has_expr_text) concat(expr_text);
  if (has_last) values.push_back(make_str(first, last));
  FormattedValue* fv = p->arena_->make<FormattedValue>();
  fv->value = expression;
  fv->conversion = conversion;
  fv->format_spec = format_spec;
  p->set_start(fv, first);
  p->set_end(fv, last);
  values.push_back(fv);
  return true;
}

// fstring_parse: a format spec, itself an f-string one level down.
ExprNode* StringParser::parse_format_spec(const char** str, const char* end, bool raw,
                                          int recurse_lvl, const Token& t) {
  StringParser spec(p, first, last);
  if (!spec.concat_fstring(str, end, raw, recurse_lvl, t)) return nullptr;
  return spec.finish(t, t);
}

// _PyPegen_FstringParser_ConcatFstring
bool StringParser::concat_fstring(const char** str, const char* end, bool raw, int recurse_lvl,
                                  const Token& t) {
  fmode = true;
  for (;;) {
    int result = find_literal(str, end, raw, recurse_lvl);
    if (result < 0) return false;
    if (result == 1) continue;
    if (*str >= end || **str == '}') break;
    if (!find_expr(str, end, raw, recurse_lvl, t)) return false;
  }
  if (recurse_lvl == 0 && *str < end - 1) {
    p->raise_at_last("f-string: unexpected end of string");
    return false;
  }
  if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
    p->raise_at_last("f-string: expecting '}'");
    return false;
  }
  return true;
}

// strings: STRING+, concatenated (_PyPegen_concatenate_strings).
ExprNode* Parser::strings() {
  size_t first_index = pos_;
  while (at(Tok::String)) advance();
  const Token& first = toks_[first_index];
  const Token& last = toks_[pos_ - 1];
  StringParser state(this, first, last);
  bool bytesmode = false;
  std::string bytes;
  for (size_t i = first_index; i < pos_; ++i) {
    const Token& t = toks_[i];
    StringToken st = split_string_token(text(t));
    if (i != first_index && st.bytes != bytesmode) {
      return raise_at_last("cannot mix bytes and nonbytes literals");
    }
    bytesmode = st.bytes;
    if (st.fstring) {
      const char* s = st.body.data();
      if (!state.concat_fstring(&s, s + st.body.size(), st.raw, 0, t)) return nullptr;
    } else if (st.bytes) {
      std::string_view token_text = text(t);
      for (char c : token_text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          return raise_range(t, t, "bytes can only contain ASCII literal characters");
        }
      }
      if (st.raw || st.body.find('\\') == std::string_view::npos) {
        bytes += st.body;
      } else {
        std::string err;
        if (!decode_bytes(st.body, &bytes, &err)) return raise_at_last("(value error) " + err);
      }
    } else {
      std::string lit;
      if (!state.decode_literal(st.body, st.raw, &lit)) return nullptr;
      state.concat(lit);
    }
  }
  if (bytesmode) {
    Constant* c = arena_->make<Constant>();
    c->value_kind = ConstantKind::Bytes;
    c->text = std::move(bytes);
    set_start(c, first);
    set_end(c, last);
    return c;
  }
  return state.finish(first, last);
}

ExprNode* Parser::parse_fstring_expression() {
  ExprNode* e = star_expressions();
  if (!e) {
    fail();
    finish_error();
  }
  return e;
}

}  // namespace asyncplay::lang::detail
