// The built-in value types (int, bool, float, str, tuple, list, dict, set, frozenset, range,
// slice, iterators) and the value builtins, checked against CPython 3.11 through the C++ API.
//
// Most expectations come from tests/core/gen/types_cases.inc, which CPython writes: each case
// is a Python expression that the small evaluator below computes by calling the interpreter's
// C++ API directly (getattr, call, binary_op, compare, getitem, contains, ...), without the
// compiler or the VM. The TEST_CASEs after it check C++-level contracts (normalised small ints,
// interning, in-place string appends, iteration errors, sort robustness, reference counts).
#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/lang/errors.h"
#include "core/lang/interp.h"
#include "core/lang/types.h"
#include "core/lang/unicode.h"

namespace {

using namespace asyncplay::lang;

struct Case {
  const char* group;
  const char* source;
  const char* expected;
};

const Case kCases[] = {
#include "tests/core/gen/types_cases.inc"
};

// One interpreter for the whole program, with a builtins dict holding the value builtins.
struct Env {
  Interp interp;
  Dict* builtins = nullptr;
  Env() {
    init_for_tools(interp);
    builtins = as_dict(new_dict().release());
    register_value_builtins(builtins);
  }
};

Env& env() {
  static Env e;
  return e;
}

// "ExceptionName: message" for the current exception (cleared), as a traceback's last line.
std::string take_error() {
  Ref exc = fetch_error();
  if (!exc) return "<null without exception>";
  std::string name = type_name(exc.get());
  Ref s = str(exc.get());
  std::string text = s ? as_str(s.get())->data : "";
  if (!s) clear_error();
  return text.empty() ? name : name + ": " + text;
}

std::string outcome(const Ref& r) {
  if (!r) return take_error();
  Ref s = repr(r.get());
  if (!s) return take_error();
  return as_str(s.get())->data;
}

// ---- a small evaluator for Python expressions --------------------------------------------------
//
// Grammar: Python's expression precedence from `not` down to primaries (attribute, call,
// subscript), with int/float/str literals, None/True/False, the names in the builtins dict, and
// list/tuple/dict/set displays. A set display of more than two constants is built the way
// CPython's compiler builds it (a frozenset constant merged into a new set).

class Evaluator {
 public:
  explicit Evaluator(std::string_view src) : src_(src) {}

  // Evaluates the whole source. For `display.method(...)`, *receiver gets the display.
  Ref run(Ref* receiver) {
    size_t start = pos_;
    Ref recv;
    AtomKind kind = kOther;
    {
      Ref a = atom(&kind);
      if (ok_ && a && (kind == kConst || kind == kDisplay) && peek(".")) {
        size_t save = pos_;
        expect(".");
        std::string name = identifier();
        if (peek("(")) {
          Ref m = getattr(a.get(), name);
          Ref r = m ? call_args(m.get()) : Ref();
          skip_space();
          if (ok_ && pos_ == src_.size()) {
            *receiver = a;
            return r;
          }
        }
        pos_ = save;
      }
      if (!a && error_occurred()) clear_error();
    }
    pos_ = start;
    ok_ = true;
    Ref r = expr();
    skip_space();
    if (ok_ && pos_ != src_.size()) fail("trailing text");
    return r;
  }

  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }

 private:
  enum AtomKind { kConst, kDisplay, kOther };

  std::string_view src_;
  size_t pos_ = 0;
  bool ok_ = true;
  std::string error_;
  bool last_const_ = false;  // the value just parsed is a compile-time constant

  void fail(const std::string& why) {
    if (ok_) error_ = why + " at " + std::to_string(pos_) + " in " + std::string(src_);
    ok_ = false;
  }

  void skip_space() {
    while (pos_ < src_.size() && src_[pos_] == ' ') ++pos_;
  }

  bool peek(std::string_view tok) {
    skip_space();
    if (src_.substr(pos_, tok.size()) != tok) return false;
    // Keep `*` from matching `**`, `<` from `<<`, `/` from `//`, `=` from `==`.
    if (tok.size() == 1 && pos_ + 1 < src_.size()) {
      char c = tok[0], n = src_[pos_ + 1];
      if ((c == '*' || c == '/' || c == '<' || c == '>') && n == c) return false;
      if ((c == '<' || c == '>' || c == '=' || c == '!') && n == '=') return false;
    }
    return true;
  }

  bool accept(std::string_view tok) {
    if (!peek(tok)) return false;
    pos_ += tok.size();
    return true;
  }

  void expect(std::string_view tok) {
    if (!accept(tok)) fail("expected '" + std::string(tok) + "'");
  }

  bool peek_word(std::string_view w) {
    skip_space();
    if (src_.substr(pos_, w.size()) != w) return false;
    size_t e = pos_ + w.size();
    return e >= src_.size() ||
           !(std::isalnum(static_cast<unsigned char>(src_[e])) || src_[e] == '_');
  }

  std::string identifier() {
    skip_space();
    size_t s = pos_;
    while (pos_ < src_.size() &&
           (std::isalnum(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) {
      ++pos_;
    }
    if (s == pos_) fail("expected a name");
    return std::string(src_.substr(s, pos_ - s));
  }

  // Evaluation helpers: propagate a null (exception) without evaluating further.
  Ref expr() { return not_test(); }

  Ref not_test() {
    if (peek_word("not")) {
      pos_ += 3;
      Ref v = not_test();
      last_const_ = false;
      if (!v) return v;
      return unary_op(v.get(), UnOp::Not);
    }
    return comparison();
  }

  Ref comparison() {
    Ref left = bitor_expr();
    if (!ok_) return nullptr;
    struct {
      const char* tok;
      CmpOp op;
    } const kOps[] = {{"<=", CmpOp::Le}, {">=", CmpOp::Ge}, {"==", CmpOp::Eq},
                      {"!=", CmpOp::Ne}, {"<", CmpOp::Lt},  {">", CmpOp::Gt}};
    for (const auto& o : kOps) {
      if (accept(o.tok)) {
        Ref right = bitor_expr();
        last_const_ = false;
        if (!left || !right) return nullptr;
        return compare(left.get(), right.get(), o.op);
      }
    }
    bool negate = false;
    if (peek_word("not")) {
      pos_ += 3;
      negate = true;
      if (!peek_word("in")) fail("expected 'in'");
    }
    if (peek_word("in")) {
      pos_ += 2;
      Ref right = bitor_expr();
      last_const_ = false;
      if (!left || !right) return nullptr;
      int r = contains(right.get(), left.get());
      if (r < 0) return nullptr;
      return new_bool(negate ? !r : r);
    }
    if (peek_word("is")) {
      pos_ += 2;
      bool is_not = peek_word("not");
      if (is_not) pos_ += 3;
      Ref right = bitor_expr();
      last_const_ = false;
      if (!left || !right) return nullptr;
      bool same = left.get() == right.get();
      return new_bool(is_not ? !same : same);
    }
    return left;
  }

  template <Ref (Evaluator::*Next)()>
  Ref binary_level(std::initializer_list<std::pair<const char*, BinOp>> ops) {
    Ref left = (this->*Next)();
    for (;;) {
      if (!ok_) return nullptr;
      bool matched = false;
      for (const auto& [tok, op] : ops) {
        if (accept(tok)) {
          bool lc = last_const_;
          Ref right = (this->*Next)();
          last_const_ = lc && last_const_;
          if (!left || !right) {
            left = nullptr;
          } else {
            left = binary_op(left.get(), right.get(), op);
          }
          matched = true;
          break;
        }
      }
      if (!matched) return left;
    }
  }

  Ref bitor_expr() { return binary_level<&Evaluator::bitxor_expr>({{"|", BinOp::Or}}); }
  Ref bitxor_expr() { return binary_level<&Evaluator::bitand_expr>({{"^", BinOp::Xor}}); }
  Ref bitand_expr() { return binary_level<&Evaluator::shift_expr>({{"&", BinOp::And}}); }
  Ref shift_expr() {
    return binary_level<&Evaluator::arith_expr>({{"<<", BinOp::LShift}, {">>", BinOp::RShift}});
  }
  Ref arith_expr() {
    return binary_level<&Evaluator::term>({{"+", BinOp::Add}, {"-", BinOp::Sub}});
  }
  Ref term() {
    return binary_level<&Evaluator::factor>(
        {{"//", BinOp::FloorDiv}, {"*", BinOp::Mul}, {"/", BinOp::TrueDiv}, {"%", BinOp::Mod}});
  }

  Ref factor() {
    struct {
      const char* tok;
      UnOp op;
    } const kOps[] = {{"-", UnOp::Neg}, {"+", UnOp::Pos}, {"~", UnOp::Invert}};
    for (const auto& o : kOps) {
      if (accept(o.tok)) {
        Ref v = factor();
        if (!v) return v;
        return unary_op(v.get(), o.op);
      }
    }
    return power();
  }

  Ref power() {
    AtomKind kind;
    Ref base = primary(&kind);
    if (ok_ && accept("**")) {
      bool lc = last_const_;
      Ref exp = factor();
      last_const_ = lc && last_const_;
      if (!base || !exp) return nullptr;
      return binary_op(base.get(), exp.get(), BinOp::Pow);
    }
    return base;
  }

  Ref primary(AtomKind* kind) {
    Ref v = atom(kind);
    for (;;) {
      if (!ok_) return nullptr;
      if (accept(".")) {
        std::string name = identifier();
        last_const_ = false;
        if (v) v = getattr(v.get(), name);
      } else if (peek("(")) {
        last_const_ = false;
        Ref r = v ? call_args(v.get()) : (skip_call(), Ref());
        v = std::move(r);
      } else if (accept("[")) {
        Ref key = subscript();
        expect("]");
        last_const_ = false;
        if (v && key) {
          v = getitem(v.get(), key.get());
        } else {
          v = nullptr;
        }
      } else {
        return v;
      }
      *kind = kOther;
    }
  }

  void skip_call() {
    // An error happened before the call: parse its arguments anyway to stay in sync.
    Ref exc = fetch_error();
    Ref ignored = call_args(none());
    if (!ignored) clear_error();
    restore_error(std::move(exc));
  }

  Ref subscript() {
    Ref parts[3];
    bool is_slice = false;
    if (!peek(":")) parts[0] = expr();
    if (accept(":")) {
      is_slice = true;
      if (!peek(":") && !peek("]")) parts[1] = expr();
      if (accept(":") && !peek("]")) parts[2] = expr();
    }
    if (!is_slice && peek(",")) {  // a[b, c]: the key is a tuple
      std::vector<Ref> keys;
      keys.push_back(std::move(parts[0]));
      bool good = bool(keys[0]);
      while (ok_ && accept(",") && !peek("]")) {
        keys.push_back(expr());
        good = good && keys.back();
      }
      if (!good) return nullptr;
      std::vector<Value> raw;
      for (const Ref& k : keys) raw.push_back(k.get());
      return new_tuple_from(raw.data(), static_cast<int64_t>(raw.size()));
    }
    if (!is_slice) return parts[0];
    return new_slice(parts[0] ? parts[0].get() : none(), parts[1] ? parts[1].get() : none(),
                     parts[2] ? parts[2].get() : none());
  }

  // `(args)` after a callable: positional and keyword arguments.
  Ref call_args(Value callable) {
    expect("(");
    std::vector<Ref> pos, kwvals;
    std::vector<Value> kwnames;
    bool error = false;
    while (ok_ && !accept(")")) {
      size_t save = pos_;
      skip_space();
      std::string name;
      if (pos_ < src_.size() &&
          (std::isalpha(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) {
        name = identifier();
        if (!(peek("=") && !peek("=="))) {
          name.clear();
          pos_ = save;
        } else {
          expect("=");
        }
      }
      Ref v = expr();
      if (!v) error = true;
      if (!name.empty()) {
        kwnames.push_back(Value(intern(name)));
        kwvals.push_back(std::move(v));
      } else {
        pos.push_back(std::move(v));
      }
      if (!accept(",")) {
        expect(")");
        break;
      }
    }
    if (!ok_ || error) return nullptr;
    std::vector<Value> items;
    for (const Ref& r : pos) items.push_back(r.get());
    for (const Ref& r : kwvals) items.push_back(r.get());
    Ref names = kwnames.empty()
                    ? Ref()
                    : new_tuple_from(kwnames.data(), static_cast<int64_t>(kwnames.size()));
    Args args{items.data(), pos.size(), names ? as_tuple(names.get()) : nullptr};
    return call(callable, args);
  }

  // Comma-separated expressions up to `close`; *trailing_comma says whether one ended the list.
  bool items(const char* close, std::vector<Ref>* out, bool* consts, bool* trailing_comma) {
    *consts = true;
    *trailing_comma = false;
    bool error = false;
    while (ok_ && !accept(close)) {
      Ref v = expr();
      *consts = *consts && last_const_;
      if (!v) error = true;
      out->push_back(std::move(v));
      *trailing_comma = false;
      if (!accept(",")) {
        expect(close);
        break;
      }
      *trailing_comma = true;
    }
    return ok_ && !error;
  }

  Ref atom(AtomKind* kind) {
    *kind = kOther;
    last_const_ = false;
    skip_space();
    if (pos_ >= src_.size()) {
      fail("unexpected end");
      return nullptr;
    }
    char c = src_[pos_];
    if (c == '(') {
      const size_t open = pos_++;
      std::vector<Ref> vals;
      bool consts, trailing;
      bool good = items(")", &vals, &consts, &trailing);
      if (vals.size() == 1 && !trailing) {
        // `(5)` is still the constant 5 (Python's ast agrees); `(2**100)` or `(-1)` are not.
        last_const_ = consts;
        std::string_view inner = src_.substr(open + 1, pos_ - open - 2);
        *kind = is_literal_token(inner) ? kConst : kOther;
        return good ? vals[0] : nullptr;
      }
      *kind = kDisplay;
      last_const_ = consts;
      if (!good) return nullptr;
      std::vector<Value> raw;
      for (const Ref& r : vals) raw.push_back(r.get());
      return new_tuple_from(raw.data(), static_cast<int64_t>(raw.size()));
    }
    if (c == '[') {
      ++pos_;
      std::vector<Ref> vals;
      bool consts, trailing;
      bool good = items("]", &vals, &consts, &trailing);
      *kind = kDisplay;
      if (!good) return nullptr;
      Ref l = new_list();
      for (const Ref& r : vals) list_append(as_list(l.get()), r.get());
      return l;
    }
    if (c == '{') return brace_display(kind);
    if (c == '\'' || c == '"') {
      *kind = kConst;
      last_const_ = true;
      return string_literal();
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && pos_ + 1 < src_.size() &&
         std::isdigit(static_cast<unsigned char>(src_[pos_ + 1])))) {
      *kind = kConst;
      last_const_ = true;
      return number();
    }
    std::string name = identifier();
    if (!ok_) return nullptr;
    if (name == "None" || name == "True" || name == "False") {
      *kind = kConst;
      last_const_ = true;
      return Ref::borrow(name == "None" ? none() : bool_value(name == "True"));
    }
    Value v = dict_get_str(env().builtins, intern(name));
    if (!v) {
      fail("unknown name " + name);
      return nullptr;
    }
    return Ref::borrow(v);
  }

  // A number, a str or None/True/False on its own (surrounding spaces allowed).
  static bool is_literal_token(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (t.empty()) return false;
    if (t == "None" || t == "True" || t == "False") return true;
    if (t.front() == '\'' || t.front() == '"') return t.size() >= 2 && t.back() == t.front();
    if (!std::isdigit(static_cast<unsigned char>(t.front())) && t.front() != '.') return false;
    for (char ch : t) {
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '.' && ch != '_') return false;
    }
    return true;
  }

  Ref brace_display(AtomKind* kind) {
    expect("{");
    *kind = kDisplay;
    if (accept("}")) return new_dict();
    Ref first = expr();
    bool first_const = last_const_;
    if (accept(":")) {
      Ref d = new_dict();
      Ref value = expr();
      bool error = !first || !value;
      if (!error && dict_set(as_dict(d.get()), first.get(), value.get()) < 0) error = true;
      while (ok_ && accept(",")) {
        if (peek("}")) break;
        Ref k = expr();
        expect(":");
        Ref v = expr();
        if (!error && (!k || !v || dict_set(as_dict(d.get()), k.get(), v.get()) < 0)) error = true;
      }
      expect("}");
      last_const_ = false;
      return error ? nullptr : d;
    }
    std::vector<Ref> vals;
    vals.push_back(std::move(first));
    bool consts = first_const, trailing = false, good = true;
    if (accept(",")) {
      bool more_consts;
      good = items("}", &vals, &more_consts, &trailing);
      consts = consts && more_consts;
    } else {
      expect("}");
    }
    last_const_ = false;
    for (const Ref& r : vals) good = good && r;
    if (!ok_ || !good) return nullptr;
    std::vector<Value> raw;
    for (const Ref& r : vals) raw.push_back(r.get());
    Ref s = new_set();
    if (consts && raw.size() > 2) {
      Ref f = new_frozenset_constant(raw.data(), static_cast<int64_t>(raw.size()));
      if (!f || !set_update(s.get(), f.get())) return nullptr;
      return s;
    }
    for (Value v : raw) {
      if (set_add(s.get(), v) < 0) return nullptr;
    }
    return s;
  }

  Ref number() {
    size_t s = pos_;
    bool is_float = false;
    if (src_.substr(pos_, 2) == "0x" || src_.substr(pos_, 2) == "0b" ||
        src_.substr(pos_, 2) == "0o") {
      pos_ += 2;
      while (pos_ < src_.size() &&
             (std::isalnum(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_'))
        ++pos_;
      return new_int_from_literal(src_.substr(s, pos_ - s));
    }
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '_') {
        ++pos_;
      } else if (c == '.' && pos_ + 1 <= src_.size() &&
                 !(pos_ + 1 < src_.size() &&
                   std::isalpha(static_cast<unsigned char>(src_[pos_ + 1])))) {
        is_float = true;
        ++pos_;
      } else if (c == 'e' || c == 'E') {
        is_float = true;
        ++pos_;
        if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) ++pos_;
      } else {
        break;
      }
    }
    std::string text(src_.substr(s, pos_ - s));
    if (!is_float) return new_int_from_literal(text);
    std::string clean;
    for (char ch : text) {
      if (ch != '_') clean += ch;
    }
    return new_float(std::strtod(clean.c_str(), nullptr));
  }

  Ref string_literal() {
    char quote = src_[pos_++];
    std::string out;
    while (pos_ < src_.size() && src_[pos_] != quote) {
      char c = src_[pos_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = src_[pos_++];
      auto hex = [&](int n) {
        uint32_t v = static_cast<uint32_t>(
            std::stoul(std::string(src_.substr(pos_, static_cast<size_t>(n))), nullptr, 16));
        pos_ += static_cast<size_t>(n);
        append_utf8(&out, v);
      };
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '0':
          out += '\0';
          break;
        case 'x':
          hex(2);
          break;
        case 'u':
          hex(4);
          break;
        case 'U':
          hex(8);
          break;
        default:
          out += e;
          break;
      }
    }
    expect(std::string_view(&quote, 1));
    return new_str(out);
  }
};

std::string run_case(const Case& c, std::string* parse_error) {
  Evaluator ev(c.source);
  Ref receiver;
  Ref r = ev.run(&receiver);
  if (!ev.ok()) {
    *parse_error = ev.error();
    if (error_occurred()) clear_error();
    return "";
  }
  std::string got = outcome(r);
  if (receiver) got += " | " + outcome(receiver);
  return got;
}

// The "setseq" cases: ((1, x) adds x, (0, x) discards x) on one set.
std::string run_setseq(const Case& c) {
  Evaluator ev(c.source);
  Ref dummy;
  Ref ops = ev.run(&dummy);
  REQUIRE(ops);
  Ref s = new_set();
  Tuple* t = as_tuple(ops.get());
  for (int64_t i = 0; i < t->size; ++i) {
    const Value* op = as_tuple(t->items[i])->items;  // (1, x): add x; (0, x): discard x
    if (op[0] == Value::small_int(1)) {
      REQUIRE(set_add(s.get(), op[1]) == 0);
    } else {
      REQUIRE(set_discard(s.get(), op[1]) >= 0);
    }
  }
  return outcome(s);
}

void run_group(const char* group) {
  env();
  int n = 0;
  for (const Case& c : kCases) {
    if (std::string_view(c.group) != group) continue;
    ++n;
    std::string parse_error;
    std::string got =
        std::string_view(group) == "setseq" ? run_setseq(c) : run_case(c, &parse_error);
    const std::string source = c.source, want = c.expected;
    INFO(source);
    CHECK_MESSAGE(parse_error.empty(), parse_error);
    CHECK(got == want);
    CHECK_FALSE(error_occurred());
  }
  CHECK(n > 0);
}

// ---- generated cases
// ------------------------------------------------------------------------------

TEST_CASE("int and bool agree with CPython") {
  run_group("int");
}
TEST_CASE("float agrees with CPython") {
  run_group("float");
}
TEST_CASE("str agrees with CPython") {
  run_group("str");
}
TEST_CASE("list agrees with CPython") {
  run_group("list");
}
TEST_CASE("tuple agrees with CPython") {
  run_group("tuple");
}
TEST_CASE("dict agrees with CPython") {
  run_group("dict");
}
TEST_CASE("set and frozenset agree with CPython") {
  run_group("set");
}
TEST_CASE("set iteration order after add/discard sequences") {
  run_group("setseq");
}
TEST_CASE("range and slice agree with CPython") {
  run_group("range_slice");
}
TEST_CASE("value builtins agree with CPython") {
  run_group("builtins");
}

// ---- C++-level contracts
// -------------------------------------------------------------------------

TEST_CASE("ints that fit are tagged, others are boxed and normalised back") {
  env();
  Ref small = new_int(Value::kSmallMax);
  CHECK(small.get().is_small_int());
  Ref big = new_int(Value::kSmallMax + 1);
  CHECK(big.get().is_object());
  CHECK(is_int(big.get()));
  int64_t out = 0;
  CHECK(int_as_i64(big.get(), &out));
  CHECK(out == Value::kSmallMax + 1);
  Ref one = new_int(1);
  Ref back = binary_op(big.get(), one.get(), BinOp::Sub);
  CHECK(back.get().is_small_int());
  CHECK(back.get().small_int_value() == Value::kSmallMax);
  CHECK(is_int(bool_value(true)));
  CHECK(int_as_i64(bool_value(true), &out));
  CHECK(out == 1);
  Ref huge = new_int(BigInt(1) * BigInt(INT64_MAX) * BigInt(4));
  CHECK_FALSE(int_as_i64(huge.get(), &out));
}

TEST_CASE("strs: length in code points, ascii flag, interning, cached hash") {
  env();
  Ref s = new_str("h\xc3\xa9llo");
  CHECK(as_str(s.get())->length == 5);
  CHECK_FALSE(as_str(s.get())->ascii);
  CHECK(intern("name") == intern(std::string("na") + "me"));
  Ref plain = new_str("name");
  CHECK(plain.get() != Value(intern("name")));
  int64_t h1 = str_hash(as_str(plain.get()));
  CHECK(h1 == str_hash(intern("name")));
  CHECK(as_str(plain.get())->hash == h1);
  // Lookups by interned name find keys stored as ordinary strs.
  Ref d = new_dict();
  Ref one = new_int(1);
  REQUIRE(dict_set(as_dict(d.get()), plain.get(), one.get()) == 0);
  CHECK(dict_get_str(as_dict(d.get()), intern("name")) == one.get());
  CHECK(empty_str() == Ref(new_str("")).get());
}

TEST_CASE("s += t appends in place only when nothing else holds s") {
  env();
  Ref a = new_str("abc");
  Ref b = new_str("def");
  Value before = a.get();
  Ref r = inplace_op(a.get(), b.get(), BinOp::Add);
  CHECK(r.get() == before);  // refcount was 2 (a and r)... the slot saw 1 owner: a
  CHECK(as_str(r.get())->data == "abcdef");
  Ref shared = Ref::borrow(r.get());  // now two owners: must copy
  Ref r2 = inplace_op(r.get(), b.get(), BinOp::Add);
  CHECK(r2.get() != r.get());
  CHECK(as_str(r.get())->data == "abcdef");
  CHECK(as_str(r2.get())->data == "abcdefdef");
}

TEST_CASE("dict keeps insertion order across deletes, re-inserts and growth") {
  env();
  Ref d = new_dict();
  Dict* dict = as_dict(d.get());
  for (int i = 0; i < 100; ++i) {
    Ref k = new_int(i * 7919 % 101), v = new_int(i);
    REQUIRE(dict_set(dict, k.get(), v.get()) == 0);
  }
  for (int i = 0; i < 100; i += 3) {
    Ref k = new_int(i * 7919 % 101);
    REQUIRE(dict_del(dict, k.get()) == 0);
  }
  Ref k5 = new_int(5 * 7919 % 101 + 1000);
  REQUIRE(dict_set(dict, k5.get(), none()) == 0);
  int64_t pos = 0;
  Value key, value;
  std::vector<int64_t> keys;
  while (dict_next(dict, &pos, &key, &value)) keys.push_back(key.small_int_value());
  std::vector<int64_t> want;
  for (int i = 0; i < 100; ++i) {
    if (i % 3) want.push_back(i * 7919 % 101);
  }
  want.push_back(5 * 7919 % 101 + 1000);
  CHECK(keys == want);
  CHECK(dict_size(dict) == static_cast<int64_t>(want.size()));
  Ref missing = new_int(-1);
  CHECK(dict_del(dict, missing.get()) == -1);
  CHECK(take_error() == "KeyError: -1");
}

TEST_CASE("dict iteration detects size changes and key swaps") {
  env();
  Ref d = new_dict();
  Dict* dict = as_dict(d.get());
  for (int i = 0; i < 3; ++i) {
    Ref k = new_int(i);
    REQUIRE(dict_set(dict, k.get(), k.get()) == 0);
  }
  Ref it = get_iter(d.get());
  Ref first = iter_next(it.get());
  CHECK(outcome(first) == "0");
  Ref k9 = new_int(9);
  REQUIRE(dict_set(dict, k9.get(), none()) == 0);
  CHECK(outcome(iter_next(it.get())) == "RuntimeError: dictionary changed size during iteration");
  CHECK(outcome(iter_next(it.get())) == "RuntimeError: dictionary changed size during iteration");

  Ref it2 = get_iter(d.get());  // {0, 1, 2, 9}
  CHECK(outcome(iter_next(it2.get())) == "0");
  Ref k0 = new_int(0);
  REQUIRE(dict_del(dict, k0.get()) == 0);
  Ref k10 = new_int(10);
  REQUIRE(dict_set(dict, k10.get(), none()) == 0);  // same size, a key already seen is gone
  CHECK(outcome(iter_next(it2.get())) == "1");
  CHECK(outcome(iter_next(it2.get())) == "2");
  CHECK(outcome(iter_next(it2.get())) == "9");
  CHECK(outcome(iter_next(it2.get())) == "RuntimeError: dictionary keys changed during iteration");
}

TEST_CASE("set iteration detects size changes") {
  env();
  Ref s = new_set();
  Ref one = new_int(1), two = new_int(2);
  REQUIRE(set_add(s.get(), one.get()) == 0);
  Ref it = get_iter(s.get());
  REQUIRE(set_add(s.get(), two.get()) == 0);
  CHECK(outcome(iter_next(it.get())) == "RuntimeError: Set changed size during iteration");
}

// A key function that raises on one value, and a comparison that mutates the list.
Ref key_raising_on_3(Value, Args args) {
  if (args[0] == Value::small_int(3)) return raise(g_ValueError, "bad key");
  return Ref::borrow(args[0]);
}

TEST_CASE("sort is stable, propagates errors and keeps every item") {
  env();
  // Stability with a key: sort (value, tag) pairs by value only.
  Ref l = new_list();
  for (int i = 0; i < 200; ++i) {
    Ref v = new_int(i % 7), tag = new_int(i);
    Ref t = new_tuple({v.get(), tag.get()});
    list_append(as_list(l.get()), t.get());
  }
  Ref first = new_builtin(
      "first", [](Value, Args args) -> Ref { return Ref::borrow(as_tuple(args[0])->items[0]); });
  REQUIRE(list_sort(as_list(l.get()), first.get(), false) == 0);
  List* sorted = as_list(l.get());
  for (size_t i = 1; i < sorted->items.size(); ++i) {
    Tuple* a = as_tuple(sorted->items[i - 1]);
    Tuple* b = as_tuple(sorted->items[i]);
    bool ordered = a->items[0].small_int_value() < b->items[0].small_int_value() ||
                   (a->items[0] == b->items[0] &&
                    a->items[1].small_int_value() < b->items[1].small_int_value());
    CHECK(ordered);
  }
  // reverse=True keeps equal items in their original order too.
  REQUIRE(list_sort(as_list(l.get()), first.get(), true) == 0);
  CHECK(as_tuple(sorted->items[0])->items[0] == Value::small_int(6));
  CHECK(as_tuple(sorted->items[0])->items[1] == Value::small_int(6));

  // A raising key leaves the list intact.
  Ref nums = new_list();
  for (int i : {5, 3, 1, 4}) {
    Ref v = new_int(i);
    list_append(as_list(nums.get()), v.get());
  }
  Ref bad = new_builtin("bad", key_raising_on_3);
  CHECK(list_sort(as_list(nums.get()), bad.get(), false) == -1);
  CHECK(take_error() == "ValueError: bad key");
  CHECK(outcome(nums) == "[5, 3, 1, 4]");

  // A failing comparison leaves a permutation of the items.
  Ref mixed = new_list();
  Ref s = new_str("x");
  for (int i = 0; i < 50; ++i) {
    Ref v = new_int((i * 37) % 50);
    list_append(as_list(mixed.get()), i == 25 ? s.get() : v.get());
  }
  CHECK(list_sort(as_list(mixed.get()), Value(), false) == -1);
  CHECK(take_error().rfind("TypeError: '<' not supported between instances of", 0) == 0);
  CHECK(as_list(mixed.get())->items.size() == 50);
}

TEST_CASE("slice_indices normalises like PySlice_AdjustIndices") {
  env();
  struct {
    Value start, stop, step;
    int64_t length, want_start, want_stop, want_step, want_n;
  } const cases[] = {
      {none(), none(), none(), 10, 0, 10, 1, 10},
      {Value::small_int(-3), none(), none(), 10, 7, 10, 1, 3},
      {none(), none(), Value::small_int(-1), 5, 4, -1, -1, 5},
      {Value::small_int(-100), Value::small_int(100), none(), 5, 0, 5, 1, 5},
      {Value::small_int(8), Value::small_int(2), Value::small_int(-2), 10, 8, 2, -2, 3},
      {Value::small_int(3), Value::small_int(1), none(), 10, 3, 1, 1, 0},
  };
  for (const auto& c : cases) {
    Ref s = new_slice(c.start, c.stop, c.step);
    int64_t start, stop, step;
    int64_t n = slice_indices(as_slice(s.get()), c.length, &start, &stop, &step);
    CHECK(n == c.want_n);
    CHECK(start == c.want_start);
    CHECK(stop == c.want_stop);
    CHECK(step == c.want_step);
  }
  Ref zero = new_slice(none(), none(), Value::small_int(0));
  int64_t a, b, c;
  CHECK(slice_indices(as_slice(zero.get()), 3, &a, &b, &c) == -1);
  CHECK(take_error() == "ValueError: slice step cannot be zero");
}

TEST_CASE("containers release what they hold") {
  env();
  Ref probe = new_str("a probe object, not interned");
  const uint32_t base = probe.get().obj()->refcnt;
  {
    Ref l = new_list();
    for (int i = 0; i < 10; ++i) list_append(as_list(l.get()), probe.get());
    Ref t = list_to_tuple(as_list(l.get()));
    Ref d = new_dict();
    Ref k = new_int(1);
    REQUIRE(dict_set(as_dict(d.get()), probe.get(), probe.get()) == 0);
    REQUIRE(dict_set(as_dict(d.get()), k.get(), probe.get()) == 0);
    Ref s = new_set();
    REQUIRE(set_add(s.get(), probe.get()) == 0);
    Ref it = get_iter(l.get());
    Ref sl = getitem(l.get(), Ref(new_slice(none(), none(), Value::small_int(2))).get());
    Ref sorted = list_from_iterable(t.get());
    REQUIRE(list_sort(as_list(sorted.get()), Value(), true) == 0);
    Ref rep = repr(d.get());
    CHECK(probe.get().obj()->refcnt > base);
  }
  CHECK(probe.get().obj()->refcnt == base);
}

TEST_CASE("repr of self-containing containers") {
  env();
  Ref l = new_list();
  list_append(as_list(l.get()), l.get());
  CHECK(outcome(l) == "[[...]]");
  Ref d = new_dict();
  Ref k = new_int(1);
  REQUIRE(dict_set(as_dict(d.get()), k.get(), d.get()) == 0);
  CHECK(outcome(d) == "{1: {...}}");
  // Break the cycles so the objects can be freed.
  Ref popped = call_method(l.get(), "pop", {});
  REQUIRE(dict_del(as_dict(d.get()), k.get()) == 0);
}

TEST_CASE("format_value goes through __format__ with numfmt for numbers") {
  env();
  Ref x = new_float(3.14159);
  Ref spec = new_str(".2f");
  CHECK(outcome(format_value(x.get(), spec.get())) == "'3.14'");
  Ref n = new_int(255);
  Ref hex_spec = new_str("#06x");
  CHECK(outcome(format_value(n.get(), hex_spec.get())) == "'0x00ff'");
  CHECK(outcome(format_value(n.get(), Value())) == "'255'");
  Ref l = new_list();
  CHECK(outcome(format_value(l.get(), hex_spec.get())) ==
        "TypeError: unsupported format string passed to list.__format__");
}

TEST_CASE("set displays of constants follow the compiler's frozenset constant") {
  env();
  Value items[] = {Value::small_int(100), Value::small_int(5), Value::small_int(37),
                   Value::small_int(1000000)};
  Ref f = new_frozenset_constant(items, 4);
  CHECK(outcome(f) == "frozenset({1000000, 5, 100, 37})");
  Ref s = new_set_from(items, 4);  // SET_ADD order: what set() + add() gives
  CHECK(outcome(s) == "{1000000, 37, 100, 5}");
}

}  // namespace
