// float: IEEE doubles with Python's operators, exact comparisons against ints, and text through
// numfmt (shortest repr, format specs, correctly rounded round()).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <new>

#include "core/lang/errors.h"
#include "core/lang/numfmt.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_float_type;

namespace {

// Exact floats are allocated often in numeric loops: keep a few freed ones for reuse.
constexpr int kFreeListMax = 256;
Object* g_free_floats[kFreeListMax];
int g_num_free_floats = 0;

void float_dealloc(Object* o) {
  if (o->type == &g_float_type && g_num_free_floats < kFreeListMax) {
    g_free_floats[g_num_free_floats++] = o;
    return;
  }
  free_object(o);
}

inline double fval(Value v) {
  return static_cast<Float*>(v.obj())->value;
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

Ref new_float_of_type(Type* t, double v) {
  if (t == &g_float_type) return new_float(v);
  Object* o = alloc_object(t);
  if (!o) return nullptr;
  static_cast<Float*>(o)->value = v;
  return Ref::steal(Value(o));
}

// The other operand of a float operator as a double: 1 ok, 0 not a number (NotImplemented),
// -1 exception (an int too large for a float).
int coerce(Value other, double* out) {
  if (other.is_small_int()) {
    *out = static_cast<double>(other.small_int_value());
    return 1;
  }
  Type* t = type_of(other);
  if (t == &g_float_type || t->is_subtype_of(&g_float_type)) {
    *out = fval(other);
    return 1;
  }
  if (is_int(other)) return int_to_double(other, out) ? 1 : -1;
  return 0;
}

Ref num_result(const NumResult<double>& r) {
  if (!r) return raise_num_failure(r.error());
  return new_float(*r);
}

Ref float_arith(double a, double b, BinOp op) {
  switch (op) {
    case BinOp::Add:
      return new_float(a + b);
    case BinOp::Sub:
      return new_float(a - b);
    case BinOp::Mul:
      return new_float(a * b);
    case BinOp::TrueDiv:
      if (b == 0.0) return raise(g_ZeroDivisionError, "float division by zero");
      return new_float(a / b);
    case BinOp::FloorDiv:
      return num_result(float_floordiv(a, b));
    case BinOp::Mod:
      return num_result(float_mod(a, b));
    case BinOp::Pow:
      return float_pow(a, b);
    default:
      return notimpl();
  }
}

template <BinOp op>
Ref float_binary(Value self, Value other) {
  double b = 0;
  int c = coerce(other, &b);
  if (c <= 0) return c < 0 ? nullptr : notimpl();
  return float_arith(fval(self), b, op);
}

template <BinOp op>
Ref float_rbinary(Value self, Value other) {
  double a = 0;
  int c = coerce(other, &a);
  if (c <= 0) return c < 0 ? nullptr : notimpl();
  return float_arith(a, fval(self), op);
}

Ref float_neg(Value self) {
  return new_float(-fval(self));
}
Ref float_pos(Value self) {
  if (type_of(self) == &g_float_type) return Ref::borrow(self);
  return new_float(fval(self));
}

bool cmp_result(std::partial_ordering c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return c == std::partial_ordering::less;
    case CmpOp::Le:
      return c == std::partial_ordering::less || c == std::partial_ordering::equivalent;
    case CmpOp::Eq:
      return c == std::partial_ordering::equivalent;
    case CmpOp::Ne:
      return c != std::partial_ordering::equivalent;
    case CmpOp::Gt:
      return c == std::partial_ordering::greater;
    case CmpOp::Ge:
      return c == std::partial_ordering::greater || c == std::partial_ordering::equivalent;
  }
  return false;
}

std::partial_ordering reverse(std::partial_ordering c) {
  if (c == std::partial_ordering::less) return std::partial_ordering::greater;
  if (c == std::partial_ordering::greater) return std::partial_ordering::less;
  return c;
}

Ref float_compare(Value self, Value other, CmpOp op) {
  double a = fval(self);
  std::partial_ordering c = std::partial_ordering::unordered;
  if (other.is_small_int()) {
    c = reverse(compare(other.small_int_value(), a));
  } else if (is_instance(other, &g_float_type)) {
    c = a <=> fval(other);
  } else if (is_int(other)) {
    int64_t i;
    if (int_as_i64(other, &i)) {
      c = reverse(compare(i, a));
    } else {
      c = reverse(compare(int_to_bigint(other), a));
    }
  } else {
    return notimpl();
  }
  return new_bool(cmp_result(c, op));
}

bool float_hash(Value self, int64_t* out) {
  uintptr_t p = reinterpret_cast<uintptr_t>(self.obj());
  int64_t identity = static_cast<int64_t>((p >> 4) | (p << (8 * sizeof(p) - 4)));
  if (identity == -1) identity = -2;
  *out = hash_double(fval(self), identity);
  return true;
}

int float_truth(Value self) {
  return fval(self) != 0.0;
}

Ref float_repr_slot(Value self) {
  return new_str_ascii(float_repr_text(fval(self)));
}

// ---- float(x) ---------------------------------------------------------------------------------

Ref float_new(Type* type, Args args) {
  if (!check_no_kwargs("float", args)) return nullptr;
  if (!check_nargs("float", args, 0, 1)) return nullptr;
  double d = 0.0;
  if (args.npos == 1) {
    Value x = args[0];
    if (is_str(x)) {
      Ref f = float_from_string(as_str(x));
      if (!f) return nullptr;
      d = fval(f.get());
    } else if (type_of(x) == &g_float_type && type == &g_float_type) {
      return Ref::borrow(x);
    } else {
      bool found = false;
      Ref r = call_special(x, AP_NAME("__float__"), {}, &found);
      if (found) {
        if (!r) return nullptr;
        if (!is_instance(r.get(), &g_float_type)) {
          return type_error(type_name(x) + ".__float__ returned non-float (type " +
                            type_name(r.get()) + ")");
        }
        d = fval(r.get());
      } else if (is_int(x) || type_of(x)->lookup("__index__")) {
        Ref i = number_index(x);
        if (!i || !int_to_double(i.get(), &d)) return nullptr;
      } else {
        return type_error("float() argument must be a string or a real number, not '" +
                          type_name(x) + "'");
      }
    }
  }
  return new_float_of_type(type, d);
}

// ---- methods -----------------------------------------------------------------------------------

#define ASYNCPLAY_NOARGS(name) \
  if (!check_nargs(name, args, 0, 0)) return nullptr;

Ref float_m_is_integer(Value self, Args args) {
  ASYNCPLAY_NOARGS("float.is_integer");
  return new_bool(float_is_integer(fval(self)));
}

Ref float_m_as_integer_ratio(Value self, Args args) {
  ASYNCPLAY_NOARGS("float.as_integer_ratio");
  double x = fval(self);
  if (std::isinf(x)) return raise(g_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise(g_ValueError, "cannot convert NaN to integer ratio");
  int exponent = 0;
  double part = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && part != std::floor(part); ++i) {
    part *= 2.0;
    exponent--;
  }
  NumResult<BigInt> num = BigInt::from_double(part);
  if (!num) return raise_num_failure(num.error());
  BigInt n = *num, den(1);
  NumResult<BigInt> shifted =
      BigInt::shl(exponent > 0 ? n : den, exponent > 0 ? exponent : -exponent);
  if (!shifted) return raise_num_failure(shifted.error());
  (exponent > 0 ? n : den) = *shifted;
  Ref a = new_int(std::move(n)), b = new_int(std::move(den));
  if (!a || !b) return nullptr;
  return new_tuple({a.get(), b.get()});
}

Ref float_m_hex(Value self, Args args) {
  ASYNCPLAY_NOARGS("float.hex");
  return new_str_ascii(float_hex(fval(self)));
}

Ref float_m_fromhex(Value cls, Args args) {
  if (!check_nargs("fromhex", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return type_error("fromhex() argument must be str, not " + type_name(args[0]));
  }
  std::string s(as_str(args[0])->view());
  size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  std::string body = lower;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) body = body.substr(1);
  bool ok = !body.empty();
  double d = 0;
  if (body == "inf" || body == "infinity" || body == "nan") {
    d = body == "nan" ? NAN : INFINITY;
    if (lower[0] == '-') d = -d;
  } else {
    // Accept [0x]hex[.hex][p[+-]dec] only; strtod does the exact conversion.
    size_t i = 0;
    if (body.compare(0, 2, "0x") == 0) i = 2;
    size_t digits = 0;
    while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) ++i, ++digits;
    if (i < body.size() && body[i] == '.') {
      ++i;
      while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) ++i, ++digits;
    }
    if (digits == 0) ok = false;
    if (ok && i < body.size() && body[i] == 'p') {
      ++i;
      if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
      size_t ed = 0;
      while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) ++i, ++ed;
      if (ed == 0) ok = false;
    }
    if (i != body.size()) ok = false;
    if (ok) {
      std::string text = (lower[0] == '-' ? "-" : "") + std::string("0x") +
                         (body.compare(0, 2, "0x") == 0 ? body.substr(2) : body);
      errno = 0;
      d = std::strtod(text.c_str(), nullptr);
      if (std::isinf(d)) {
        return raise(g_OverflowError, "hexadecimal value too large to represent as a float");
      }
    }
  }
  if (!ok) return raise(g_ValueError, "invalid hexadecimal floating-point string");
  Ref f = new_float(d);
  if (cls == Value(&g_float_type)) return f;
  return call(cls, {f.get()});
}

Ref float_m_conjugate(Value self, Args args) {
  ASYNCPLAY_NOARGS("float.conjugate");
  return float_pos(self);
}

Ref float_m_round(Value self, Args args) {
  if (!check_nargs("__round__", args, 0, 1)) return nullptr;
  double x = fval(self);
  if (args.npos == 0 || args[0] == none()) {
    NumResult<BigInt> r = float_round_to_int(x);
    if (!r) return raise_num_failure(r.error());
    return new_int(std::move(*r));
  }
  int64_t nd = 0;
  if (!index_as_i64_clamped(args[0], &nd)) return nullptr;
  NumResult<double> r = float_round(x, nd);
  if (!r) return raise_num_failure(r.error());
  return new_float(*r);
}

Ref float_m_trunc(Value self, Args args) {
  ASYNCPLAY_NOARGS("__trunc__");
  NumResult<BigInt> r = float_to_int(fval(self));
  if (!r) return raise_num_failure(r.error());
  return new_int(std::move(*r));
}

Ref float_m_floor(Value self, Args args) {
  ASYNCPLAY_NOARGS("__floor__");
  NumResult<BigInt> r = float_to_int(std::floor(fval(self)));
  if (!r) return raise_num_failure(r.error());
  return new_int(std::move(*r));
}

Ref float_m_ceil(Value self, Args args) {
  ASYNCPLAY_NOARGS("__ceil__");
  NumResult<BigInt> r = float_to_int(std::ceil(fval(self)));
  if (!r) return raise_num_failure(r.error());
  return new_int(std::move(*r));
}

Ref float_m_float(Value self, Args args) {
  ASYNCPLAY_NOARGS("__float__");
  return float_pos(self);
}

Ref float_m_abs(Value self, Args args) {
  ASYNCPLAY_NOARGS("__abs__");
  return new_float(std::fabs(fval(self)));
}

Ref float_m_format(Value self, Args args) {
  if (!check_nargs("__format__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  NumResult<std::string> r = format_float(fval(self), spec, type_name(self));
  if (!r) return raise_num_failure(r.error());
  return new_str(*r);
}

Ref float_m_getnewargs(Value self, Args args) {
  ASYNCPLAY_NOARGS("__getnewargs__");
  Ref f = new_float(fval(self));
  return new_tuple({f.get()});
}

#undef ASYNCPLAY_NOARGS

Ref float_get_real(Value self) {
  return float_pos(self);
}
Ref float_get_imag(Value) {
  return new_float(0.0);
}

}  // namespace

// ---- public helpers
// --------------------------------------------------------------------------------

Ref new_float(double v) {
  Object* o;
  if (g_num_free_floats > 0) {
    o = g_free_floats[--g_num_free_floats];
    o->refcnt = 1;
  } else {
    o = alloc_object(&g_float_type, sizeof(Float));
    if (!o) return nullptr;
  }
  static_cast<Float*>(o)->value = v;
  return Ref::steal(Value(o));
}

double float_value(Value v) {
  return fval(v);
}

bool number_as_double(Value v, double* out) {
  if (v.is_small_int()) {
    *out = static_cast<double>(v.small_int_value());
    return true;
  }
  if (is_instance(v, &g_float_type)) {
    *out = fval(v);
    return true;
  }
  if (is_int(v)) return int_to_double(v, out);
  bool found = false;
  Ref r = call_special(v, AP_NAME("__float__"), {}, &found);
  if (found) {
    if (!r) return false;
    if (!is_instance(r.get(), &g_float_type)) {
      type_error(type_name(v) + ".__float__ returned non-float (type " + type_name(r.get()) + ")");
      return false;
    }
    *out = fval(r.get());
    return true;
  }
  if (type_of(v)->lookup("__index__")) {
    Ref i = number_index(v);
    return i && int_to_double(i.get(), out);
  }
  type_error("must be real number, not " + type_name(v));
  return false;
}

std::string float_repr_text(double v) {
  return float_repr(v);
}

Ref float_from_string(Str* s) {
  std::string_view text = s->view();
  // Strip Unicode whitespace.
  size_t b = 0, e = text.size();
  while (b < e) {
    size_t p = b;
    if (!unicode_is_space(utf8::next(text, &p))) break;
    b = p;
  }
  while (e > b) {
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(text[start]) & 0xc0) == 0x80) --start;
    size_t p = start;
    if (!unicode_is_space(utf8::next(text, &p))) break;
    e = start;
  }
  std::string_view t = text.substr(b, e - b);
  auto fail = [s]() -> Ref {
    return raise(g_ValueError, "could not convert string to float: " + py_str_repr(s->view()));
  };
  std::string clean;
  clean.reserve(t.size());
  size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) clean += t[i++];
  std::string lower;
  for (size_t k = i; k < t.size(); ++k) {
    char c = t[k];
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (lower == "inf" || lower == "infinity" || lower == "nan") {
    double d = lower == "nan" ? NAN : INFINITY;
    return new_float(!clean.empty() && clean[0] == '-' ? -d : d);
  }
  // digitpart ::= digit (["_"] digit)*
  auto digitpart = [&](size_t* k) {
    size_t n = 0;
    while (*k < t.size()) {
      char c = t[*k];
      if (c >= '0' && c <= '9') {
        clean += c;
        ++n;
        ++*k;
      } else if (c == '_' && n > 0 && *k + 1 < t.size() && t[*k + 1] >= '0' && t[*k + 1] <= '9') {
        ++*k;
      } else {
        break;
      }
    }
    return n;
  };
  size_t intdigits = digitpart(&i);
  size_t fracdigits = 0;
  if (i < t.size() && t[i] == '.') {
    clean += '.';
    ++i;
    fracdigits = digitpart(&i);
  }
  if (intdigits + fracdigits == 0) return fail();
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    clean += 'e';
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) clean += t[i++];
    if (digitpart(&i) == 0) return fail();
  }
  if (i != t.size()) return fail();
  return new_float(std::strtod(clean.c_str(), nullptr));
}

Ref float_pow(double iv, double iw) {
  auto is_odd_integer = [](double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; };
  if (iw == 0) return new_float(1.0);
  if (std::isnan(iv)) return new_float(iv);
  if (std::isnan(iw)) return new_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return new_float(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return new_float(std::fabs(iw));
    return new_float(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return new_float(odd ? iv : std::fabs(iv));
    return new_float(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return raise(g_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return new_float(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython returns a complex number here; asyncplay has no complex type.
      return raise(g_ValueError, "negative number cannot be raised to a fractional power");
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return new_float(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) {
    Ref msg = new_str("Numerical result out of range");
    Ref exc = call(Value(g_OverflowError), {Value::small_int(34), msg.get()});
    if (!exc) return nullptr;
    return raise_value(exc.get());
  }
  return new_float(negate ? -ix : ix);
}

void init_float_type() {
  Type* t = &g_float_type;
  type_init(t, "float", &g_object_type, sizeof(Float), float_dealloc);
  t->repr = float_repr_slot;
  t->str = float_repr_slot;
  t->hash = float_hash;
  t->compare = float_compare;
  t->truth = float_truth;
  t->new_ = float_new;
#define ASYNCPLAY_FLOAT_OP(op)                                      \
  t->binary[static_cast<int>(BinOp::op)] = float_binary<BinOp::op>; \
  t->rbinary[static_cast<int>(BinOp::op)] = float_rbinary<BinOp::op>;
  ASYNCPLAY_FLOAT_OP(Add)
  ASYNCPLAY_FLOAT_OP(Sub)
  ASYNCPLAY_FLOAT_OP(Mul)
  ASYNCPLAY_FLOAT_OP(TrueDiv)
  ASYNCPLAY_FLOAT_OP(FloorDiv)
  ASYNCPLAY_FLOAT_OP(Mod)
  ASYNCPLAY_FLOAT_OP(Pow)
#undef ASYNCPLAY_FLOAT_OP
  t->unary[static_cast<int>(UnOp::Neg)] = float_neg;
  t->unary[static_cast<int>(UnOp::Pos)] = float_pos;
  add_method(t, "is_integer", float_m_is_integer);
  add_method(t, "as_integer_ratio", float_m_as_integer_ratio);
  add_method(t, "hex", float_m_hex);
  add_classmethod(t, "fromhex", float_m_fromhex);
  add_method(t, "conjugate", float_m_conjugate);
  add_method(t, "__round__", float_m_round);
  add_method(t, "__trunc__", float_m_trunc);
  add_method(t, "__int__", float_m_trunc);
  add_method(t, "__floor__", float_m_floor);
  add_method(t, "__ceil__", float_m_ceil);
  add_method(t, "__float__", float_m_float);
  add_method(t, "__abs__", float_m_abs);
  add_method(t, "__format__", float_m_format);
  add_method(t, "__getnewargs__", float_m_getnewargs);
  add_getset(t, "real", float_get_real);
  add_getset(t, "imag", float_get_imag);
  add_slot_wrappers(t);
}

}  // namespace asyncplay::lang
