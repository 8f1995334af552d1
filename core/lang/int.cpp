// int and bool: tagged small ints with BigInt behind them, and the two bool singletons.
//
// A small int is a tagged Value; anything else is an Int object. Every operation first tries
// int64 arithmetic with overflow checks (both operands small, or boxed but fitting), then falls
// back to BigInt. Results are always normalised: an exact int that fits is a tagged Value.
#include <cmath>
#include <new>

#include "core/lang/errors.h"
#include "core/lang/numfmt.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_int_type, g_bool_type;

namespace {
Bool s_true, s_false;
}  // namespace

Object* g_true = &s_true;
Object* g_false = &s_false;

namespace {

inline Int* as_int(Value v) {
  return static_cast<Int*>(v.obj());
}

// The int64 value of an int, when it has one.
inline bool get_i64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  const BigInt& b = as_int(v)->value;
  if (!b.fits_int64()) return false;
  *out = b.to_int64();
  return true;
}

Ref box_int(Type* t, BigInt v) {
  Object* o = alloc_object(t, t == &g_int_type ? sizeof(Int) : 0);
  if (!o) return nullptr;
  new (&static_cast<Int*>(o)->value) BigInt(std::move(v));
  return Ref::steal(Value(o));
}

void int_dealloc(Object* o) {
  static_cast<Int*>(o)->value.~BigInt();
  free_object(o);
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

}  // namespace

// ---- construction and conversion ---------------------------------------------------------------

Ref new_int(int64_t v) {
  if (Value::fits_small(v)) return Ref::steal(Value::small_int(v));
  return box_int(&g_int_type, BigInt(v));
}

Ref new_int(const BigInt& v) {
  if (auto i = v.try_int64(); i && Value::fits_small(*i)) return Ref::steal(Value::small_int(*i));
  return box_int(&g_int_type, v);
}

Ref new_int(BigInt&& v) {
  if (auto i = v.try_int64(); i && Value::fits_small(*i)) return Ref::steal(Value::small_int(*i));
  return box_int(&g_int_type, std::move(v));
}

Ref new_int_from_literal(std::string_view literal) {
  NumResult<BigInt> r = BigInt::parse(literal, 0, 0);
  if (!r) return raise_num_failure(r.error());
  return new_int(std::move(*r));
}

bool is_int(Value v) {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  Type* t = v.obj()->type;
  return t == &g_int_type || t == &g_bool_type || t->is_subtype_of(&g_int_type);
}

bool int_as_i64(Value v, int64_t* out) {
  return get_i64(v, out);
}

BigInt int_to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.small_int_value());
  return as_int(v)->value;
}

bool int_to_double(Value v, double* out) {
  if (v.is_small_int()) {
    *out = static_cast<double>(v.small_int_value());
    return true;
  }
  NumResult<double> r = as_int(v)->value.to_double();
  if (!r) {
    raise_num_failure(r.error());
    return false;
  }
  *out = *r;
  return true;
}

Ref raise_num_failure(const NumFailure& f) {
  switch (f.kind) {
    case NumError::kZeroDivision:
      return raise(g_ZeroDivisionError, f.message);
    case NumError::kOverflow:
      return raise(g_OverflowError, f.message);
    case NumError::kValue:
      return raise(g_ValueError, f.message);
    case NumError::kMemory:
      if (f.message.empty()) return raise_empty(g_MemoryError);
      return raise(g_MemoryError, f.message);
    case NumError::kNone:
      break;
  }
  return raise(g_SystemError, "numeric failure without an error");
}

Ref number_index(Value v) {
  if (is_int(v)) return Ref::borrow(v);
  bool found = false;
  Ref r = call_special(v, AP_NAME("__index__"), {}, &found);
  if (!found) {
    return type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  }
  if (!r) return nullptr;
  if (!is_int(r.get())) {
    return type_error("__index__ returned non-int (type " + type_name(r.get()) + ")");
  }
  return r;
}

bool index_as_i64(Value v, int64_t* out, Type* overflow) {
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  Ref i = number_index(v);
  if (!i) return false;
  if (!get_i64(i.get(), out)) {
    raise(overflow ? overflow : g_OverflowError,
          "cannot fit '" + type_name(i.get()) + "' into an index-sized integer");
    return false;
  }
  return true;
}

bool index_as_i64_clamped(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  Ref i = number_index(v);
  if (!i) return false;
  if (!get_i64(i.get(), out)) *out = as_int(i.get())->value.is_negative() ? INT64_MIN : INT64_MAX;
  return true;
}

Ref int_from_string(std::string_view text, int base) {
  NumResult<BigInt> r = BigInt::parse(text, base);
  if (!r) return raise_num_failure(r.error());
  return new_int(std::move(*r));
}

Ref int_from_value(Value v) {
  Type* t = type_of(v);
  if (t == &g_int_type) return Ref::borrow(v);
  if (is_int(v)) return new_int(as_int(v)->value);
  if (t == &g_float_type) {
    NumResult<BigInt> r = BigInt::from_double(float_value(v));
    if (!r) return raise_num_failure(r.error());
    return new_int(std::move(*r));
  }
  if (is_str(v)) return int_from_string(as_str(v)->view(), 10);
  bool found = false;
  Ref r = call_special(v, AP_NAME("__int__"), {}, &found);
  if (found) {
    if (!r) return nullptr;
    if (!is_int(r.get())) {
      return type_error("__int__ returned non-int (type " + type_name(r.get()) + ")");
    }
    return int_from_value(r.get());
  }
  if (t->lookup("__index__")) {
    Ref i = number_index(v);
    if (!i) return nullptr;
    return int_from_value(i.get());
  }
  r = call_special(v, AP_NAME("__trunc__"), {}, &found);
  if (found) {
    if (!r) return nullptr;
    if (is_int(r.get())) return int_from_value(r.get());
    if (!type_of(r.get())->lookup("__index__")) {
      return type_error("__trunc__ returned non-Integral (type " + type_name(r.get()) + ")");
    }
    Ref i = number_index(r.get());
    if (!i) return nullptr;
    return int_from_value(i.get());
  }
  if (is_instance(v, &g_float_type)) return int_from_value(Ref(new_float(float_value(v))).get());
  return type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                    type_name(v) + "'");
}

namespace {

// ---- arithmetic
// -----------------------------------------------------------------------------------

Ref int_arith(Value a, Value b, BinOp op) {
  int64_t x, y, r;
  const bool small = get_i64(a, &x) && get_i64(b, &y);
  if (small) {
    switch (op) {
      case BinOp::Add:
        if (!add_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::Sub:
        if (!sub_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::Mul:
        if (!mul_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::FloorDiv:
        if (y == 0) return raise(g_ZeroDivisionError, "integer division or modulo by zero");
        if (!floordiv_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::Mod:
        if (y == 0) return raise(g_ZeroDivisionError, "integer modulo by zero");
        return new_int(mod_int64(x, y));
      case BinOp::TrueDiv: {
        if (y == 0) return raise(g_ZeroDivisionError, "division by zero");
        constexpr int64_t kExact = int64_t{1} << 53;
        if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact) {
          return new_float(static_cast<double>(x) / static_cast<double>(y));
        }
        break;
      }
      case BinOp::Pow:
        if (y < 0) {
          double fx = 0, fy = 0;
          if (!int_to_double(a, &fx) || !int_to_double(b, &fy)) return nullptr;
          return float_pow(fx, fy);
        }
        if (!pow_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::LShift:
        if (y < 0) return raise(g_ValueError, "negative shift count");
        if (!shl_overflow(x, y, &r)) return new_int(r);
        break;
      case BinOp::RShift:
        if (y < 0) return raise(g_ValueError, "negative shift count");
        return new_int(shr_int64(x, y));
      case BinOp::And:
        return new_int(x & y);
      case BinOp::Or:
        return new_int(x | y);
      case BinOp::Xor:
        return new_int(x ^ y);
      default:
        return notimpl();
    }
  }
  BigInt ba = int_to_bigint(a), bb = int_to_bigint(b);
  auto done = [](NumResult<BigInt>&& res) -> Ref {
    if (!res) return raise_num_failure(res.error());
    return new_int(std::move(*res));
  };
  switch (op) {
    case BinOp::Add:
      return new_int(ba + bb);
    case BinOp::Sub:
      return new_int(ba - bb);
    case BinOp::Mul:
      return new_int(ba * bb);
    case BinOp::FloorDiv:
      return done(BigInt::floordiv(ba, bb));
    case BinOp::Mod:
      return done(BigInt::mod(ba, bb));
    case BinOp::TrueDiv: {
      NumResult<double> res = BigInt::truediv(ba, bb);
      if (!res) return raise_num_failure(res.error());
      return new_float(*res);
    }
    case BinOp::Pow: {
      if (bb.is_negative()) {
        double fx = 0, fy = 0;
        if (!int_to_double(a, &fx) || !int_to_double(b, &fy)) return nullptr;
        return float_pow(fx, fy);
      }
      return done(BigInt::pow(ba, bb));
    }
    case BinOp::LShift:
      return done(BigInt::shl(ba, bb));
    case BinOp::RShift:
      return done(BigInt::shr(ba, bb));
    case BinOp::And:
      return new_int(ba & bb);
    case BinOp::Or:
      return new_int(ba | bb);
    case BinOp::Xor:
      return new_int(ba ^ bb);
    default:
      return notimpl();
  }
}

template <BinOp op>
Ref int_binary(Value self, Value other) {
  if (!is_int(other)) return notimpl();
  return int_arith(self, other, op);
}

template <BinOp op>
Ref int_rbinary(Value self, Value other) {
  if (!is_int(other)) return notimpl();
  return int_arith(other, self, op);
}

// bool & bool, bool | bool, bool ^ bool stay bool.
template <BinOp op>
Ref bool_binary(Value self, Value other) {
  if (type_of(other) == &g_bool_type && type_of(self) == &g_bool_type) {
    bool a = self == bool_value(true), b = other == bool_value(true);
    return new_bool(op == BinOp::And ? (a && b) : op == BinOp::Or ? (a || b) : (a != b));
  }
  return int_binary<op>(self, other);
}

template <BinOp op>
Ref bool_rbinary(Value self, Value other) {
  if (type_of(other) == &g_bool_type && type_of(self) == &g_bool_type) {
    return bool_binary<op>(other, self);
  }
  return int_rbinary<op>(self, other);
}

Ref int_neg(Value self) {
  int64_t x;
  if (get_i64(self, &x) && x != INT64_MIN) return new_int(-x);
  return new_int(-int_to_bigint(self));
}

Ref int_pos(Value self) {
  if (self.is_small_int() || type_of(self) == &g_int_type) return Ref::borrow(self);
  return new_int(as_int(self)->value);
}

Ref int_invert(Value self) {
  int64_t x;
  if (get_i64(self, &x)) return new_int(~x);
  return new_int(~int_to_bigint(self));
}

Ref int_abs(Value self) {
  int64_t x;
  if (get_i64(self, &x) && x != INT64_MIN) return new_int(x < 0 ? -x : x);
  return new_int(int_to_bigint(self).abs());
}

// ---- comparison, hash, repr ------------------------------------------------------------------

Ref int_compare(Value self, Value other, CmpOp op) {
  if (!is_int(other)) return notimpl();
  int64_t x, y;
  std::strong_ordering c = std::strong_ordering::equal;
  if (get_i64(self, &x) && get_i64(other, &y)) {
    c = x <=> y;
  } else {
    c = int_to_bigint(self) <=> int_to_bigint(other);
  }
  bool r = false;
  switch (op) {
    case CmpOp::Lt:
      r = c < 0;
      break;
    case CmpOp::Le:
      r = c <= 0;
      break;
    case CmpOp::Eq:
      r = c == 0;
      break;
    case CmpOp::Ne:
      r = c != 0;
      break;
    case CmpOp::Gt:
      r = c > 0;
      break;
    case CmpOp::Ge:
      r = c >= 0;
      break;
  }
  return new_bool(r);
}

bool int_hash(Value self, int64_t* out) {
  int64_t x;
  if (get_i64(self, &x)) {
    *out = hash_int64(x);
  } else {
    *out = as_int(self)->value.hash();
  }
  return true;
}

int int_truth(Value self) {
  if (self.is_small_int()) return self.small_int_value() != 0;
  return !as_int(self)->value.is_zero();
}

Ref int_repr(Value self) {
  int64_t x;
  if (get_i64(self, &x)) {
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    do {
      *--p = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m);
    if (x < 0) *--p = '-';
    return new_str_ascii(std::string_view(p, static_cast<size_t>(end - p)));
  }
  NumResult<std::string> s = as_int(self)->value.to_decimal();
  if (!s) return raise_num_failure(s.error());
  const int64_t n = static_cast<int64_t>(s->size());
  return new_str_from(std::move(*s), n, true);
}

Ref bool_repr(Value self) {
  return Ref::borrow(Value(intern(self == bool_value(true) ? "True" : "False")));
}

// ---- constructors ------------------------------------------------------------------------------

Ref int_new(Type* type, Args args) {
  Value x, base;
  if (args.npos > 2) {
    return type_error("int() takes at most 2 arguments (" + std::to_string(args.npos) + " given)");
  }
  if (args.npos >= 1) x = args[0];
  if (args.npos >= 2) base = args[1];
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = as_str(args.kwnames->items[i])->view();
    if (k != "base")
      return type_error("'" + std::string(k) + "' is an invalid keyword argument for int()");
    if (base) {
      return type_error("argument for int() given by name ('base') and position (2)");
    }
    base = args.kw_value(i);
  }
  Ref result;
  if (!x) {
    if (base) return type_error("int() missing string argument");
    result = new_int(0);
  } else if (!base) {
    result = int_from_value(x);
  } else {
    int64_t b = 0;
    if (!index_as_i64(base, &b)) return nullptr;
    if (b != 0 && (b < 2 || b > 36)) {
      return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    if (!is_str(x)) return type_error("int() can't convert non-string with explicit base");
    result = int_from_string(as_str(x)->view(), static_cast<int>(b));
  }
  if (!result || type == &g_int_type) return result;
  return box_int(type, int_to_bigint(result.get()));
}

Ref bool_new(Type*, Args args) {
  if (!check_nargs("bool", args, 0, 1)) return nullptr;
  if (args.npos == 0) return new_bool(false);
  int t = truth(args[0]);
  if (t < 0) return nullptr;
  return new_bool(t);
}

// ---- methods
// -------------------------------------------------------------------------------------

Ref int_m_bit_length(Value self, Args args) {
  if (!check_nargs("int.bit_length", args, 0, 0)) return nullptr;
  int64_t x;
  if (get_i64(self, &x)) return new_int(bit_length_int64(x));
  return new_int(static_cast<int64_t>(as_int(self)->value.bit_length()));
}

Ref int_m_bit_count(Value self, Args args) {
  if (!check_nargs("int.bit_count", args, 0, 0)) return nullptr;
  int64_t n = 0;
  const BigInt x = int_to_bigint(self);
  for (uint64_t limb : x.limbs()) n += __builtin_popcountll(limb);
  return new_int(n);
}

Ref int_m_conjugate(Value self, Args args) {
  if (!check_nargs("int.conjugate", args, 0, 0)) return nullptr;
  return int_pos(self);
}

Ref int_m_as_integer_ratio(Value self, Args args) {
  if (!check_nargs("int.as_integer_ratio", args, 0, 0)) return nullptr;
  Ref n = int_pos(self);
  if (!n) return nullptr;
  return new_tuple({n.get(), Value::small_int(1)});
}

Ref int_m_round(Value self, Args args) {
  if (!check_nargs("__round__", args, 0, 1)) return nullptr;
  if (args.npos == 0 || args[0] == none()) return int_pos(self);
  Ref nd = number_index(args[0]);
  if (!nd) return nullptr;
  BigInt n = int_to_bigint(nd.get());
  if (!n.is_negative()) return int_pos(self);
  // Round to a multiple of 10**-n, halves to even (CPython's _PyLong_DivmodNear).
  NumResult<BigInt> p = BigInt::pow(BigInt(10), -n);
  if (!p) return raise_num_failure(p.error());
  BigInt x = int_to_bigint(self);
  auto qr = BigInt::divmod(x, *p);
  if (!qr) return raise_num_failure(qr.error());
  BigInt q = qr->first, r = qr->second;  // 0 <= r < p
  BigInt twice = r + r;
  auto c = twice <=> *p;
  if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
  return new_int(q * *p);
}

Ref int_m_self(Value self, Args args) {
  if (!check_nargs("__int__", args, 0, 0)) return nullptr;
  return int_pos(self);
}

Ref int_m_float(Value self, Args args) {
  if (!check_nargs("__float__", args, 0, 0)) return nullptr;
  double d = 0;
  if (!int_to_double(self, &d)) return nullptr;
  return new_float(d);
}

Ref int_m_abs(Value self, Args args) {
  if (!check_nargs("__abs__", args, 0, 0)) return nullptr;
  return int_abs(self);
}

Ref int_m_format(Value self, Args args) {
  if (!check_nargs("__format__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  std::string tn = type_name(self);
  int64_t x;
  NumResult<std::string> r =
      get_i64(self, &x) ? format_int(x, spec, tn) : format_int(as_int(self)->value, spec, tn);
  if (!r) return raise_num_failure(r.error());
  return new_str(*r);
}

Ref int_m_getnewargs(Value self, Args args) {
  if (!check_nargs("__getnewargs__", args, 0, 0)) return nullptr;
  Ref n = int_pos(self);
  if (!n) return nullptr;
  return new_tuple({n.get()});
}

Ref int_get_self(Value self) {
  return int_pos(self);
}
Ref int_get_zero(Value) {
  return new_int(0);
}
Ref int_get_one(Value) {
  return new_int(1);
}

}  // namespace

void init_int_type() {
  Type* t = &g_int_type;
  type_init(t, "int", &g_object_type, sizeof(Int), int_dealloc);
  t->repr = int_repr;
  t->str = int_repr;
  t->hash = int_hash;
  t->compare = int_compare;
  t->truth = int_truth;
  t->new_ = int_new;
  // Instances of int itself carry no __dict__: the generic attribute lookup suffices.
#define ASYNCPLAY_INT_OP(op)                                      \
  t->binary[static_cast<int>(BinOp::op)] = int_binary<BinOp::op>; \
  t->rbinary[static_cast<int>(BinOp::op)] = int_rbinary<BinOp::op>;
  ASYNCPLAY_INT_OP(Add)
  ASYNCPLAY_INT_OP(Sub)
  ASYNCPLAY_INT_OP(Mul)
  ASYNCPLAY_INT_OP(TrueDiv)
  ASYNCPLAY_INT_OP(FloorDiv)
  ASYNCPLAY_INT_OP(Mod)
  ASYNCPLAY_INT_OP(Pow)
  ASYNCPLAY_INT_OP(LShift)
  ASYNCPLAY_INT_OP(RShift)
  ASYNCPLAY_INT_OP(And)
  ASYNCPLAY_INT_OP(Or)
  ASYNCPLAY_INT_OP(Xor)
#undef ASYNCPLAY_INT_OP
  t->unary[static_cast<int>(UnOp::Neg)] = int_neg;
  t->unary[static_cast<int>(UnOp::Pos)] = int_pos;
  t->unary[static_cast<int>(UnOp::Invert)] = int_invert;
  add_method(t, "bit_length", int_m_bit_length);
  add_method(t, "bit_count", int_m_bit_count);
  add_method(t, "conjugate", int_m_conjugate);
  add_method(t, "as_integer_ratio", int_m_as_integer_ratio);
  add_method(t, "__round__", int_m_round);
  add_method(t, "__trunc__", int_m_self);
  add_method(t, "__floor__", int_m_self);
  add_method(t, "__ceil__", int_m_self);
  add_method(t, "__int__", int_m_self);
  add_method(t, "__index__", int_m_self);
  add_method(t, "__float__", int_m_float);
  add_method(t, "__abs__", int_m_abs);
  add_method(t, "__format__", int_m_format);
  add_method(t, "__getnewargs__", int_m_getnewargs);
  add_getset(t, "real", int_get_self);
  add_getset(t, "imag", int_get_zero);
  add_getset(t, "numerator", int_get_self);
  add_getset(t, "denominator", int_get_one);
  add_slot_wrappers(t);

  Type* b = &g_bool_type;
  type_init(b, "bool", &g_int_type, sizeof(Bool), int_dealloc, 0);
  b->repr = bool_repr;
  b->str = bool_repr;
  b->new_ = bool_new;
#define ASYNCPLAY_BOOL_OP(op)                                      \
  b->binary[static_cast<int>(BinOp::op)] = bool_binary<BinOp::op>; \
  b->rbinary[static_cast<int>(BinOp::op)] = bool_rbinary<BinOp::op>;
  ASYNCPLAY_BOOL_OP(And)
  ASYNCPLAY_BOOL_OP(Or)
  ASYNCPLAY_BOOL_OP(Xor)
#undef ASYNCPLAY_BOOL_OP
  add_slot_wrappers(b);

  for (Bool* o : {&s_true, &s_false}) {
    o->refcnt = 1u << 30;  // immortal
    o->type = b;
  }
  s_true.value = BigInt(1);
  s_false.value = BigInt(0);
}

}  // namespace asyncplay::lang
