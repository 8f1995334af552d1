// The math module: CPython's functions over floats and ints, with its error messages.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/lang/errors.h"
#include "core/lang/modules.h"
#include "core/lang/types.h"

namespace asyncplay::lang {
namespace {

bool arg_double(Value v, double* out) {
  return number_as_double(v, out);
}

// Wraps a double -> double function with CPython's domain/range errors.
Ref float_result(double r, double x, bool domain_ok = true) {
  if (std::isnan(r) && !std::isnan(x)) return value_error("math domain error");
  if (!domain_ok) return value_error("math domain error");
  if (std::isinf(r) && std::isfinite(x)) return raise(g_OverflowError, "math range error");
  return new_float(r);
}

template <double (*F)(double)>
Ref unary(Value, Args args) {
  if (!check_nargs("math function", args, 1, 1)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  return float_result(F(x), x);
}

double d_exp(double x) {
  return std::exp(x);
}
double d_sin(double x) {
  return std::sin(x);
}
double d_cos(double x) {
  return std::cos(x);
}
double d_tan(double x) {
  return std::tan(x);
}
double d_asin(double x) {
  return std::asin(x);
}
double d_acos(double x) {
  return std::acos(x);
}
double d_atan(double x) {
  return std::atan(x);
}
double d_sinh(double x) {
  return std::sinh(x);
}
double d_cosh(double x) {
  return std::cosh(x);
}
double d_tanh(double x) {
  return std::tanh(x);
}
double d_fabs(double x) {
  return std::fabs(x);
}
double d_log2(double x) {
  return std::log2(x);
}
double d_log10(double x) {
  return std::log10(x);
}
double d_expm1(double x) {
  return std::expm1(x);
}
double d_log1p(double x) {
  return std::log1p(x);
}
double d_degrees(double x) {
  return x * 180.0 / M_PI;
}
double d_radians(double x) {
  return x * M_PI / 180.0;
}

// log of an int too large for a double: log(m * 2**e) = log(m) + e*log(2).
bool int_log(Value v, double* out) {
  double d;
  if (int_to_double(v, &d)) {
    *out = std::log(d);
    return true;
  }
  clear_error();
  BigInt b = int_to_bigint(v);
  const uint64_t bits = b.bit_length();
  auto shifted = BigInt::shr(b, static_cast<int64_t>(bits - 60));
  double m = static_cast<double>(shifted.value().to_int64());
  *out = std::log(m) + static_cast<double>(bits - 60) * std::log(2.0);
  return true;
}

Ref math_log(Value, Args args) {
  if (!check_nargs("log", args, 1, 2)) return nullptr;
  auto log_of = [](Value v, double* out) -> bool {
    if (is_int(v)) {
      if (int_to_bigint(v).sign() <= 0) {
        value_error("math domain error");
        return false;
      }
      return int_log(v, out);
    }
    double x;
    if (!number_as_double(v, &x)) return false;
    if (x <= 0) {
      value_error("math domain error");
      return false;
    }
    *out = std::log(x);
    return true;
  };
  double num;
  if (!log_of(args[0], &num)) return nullptr;
  if (args.npos == 2) {
    double den;
    if (!log_of(args[1], &den)) return nullptr;
    if (den == 0) return raise(g_ZeroDivisionError, "float division by zero");
    return new_float(num / den);
  }
  return new_float(num);
}

Ref math_log2_10(Value v, double (*f)(double)) {
  if (is_int(v)) {
    if (int_to_bigint(v).sign() <= 0) return value_error("math domain error");
    double d;
    if (int_to_double(v, &d)) return new_float(f(d));
    clear_error();
    double l;
    int_log(v, &l);
    return new_float(f == d_log2 ? l / std::log(2.0) : l / std::log(10.0));
  }
  double x;
  if (!number_as_double(v, &x)) return nullptr;
  if (x <= 0) return value_error("math domain error");
  return new_float(f(x));
}
Ref math_log2(Value, Args args) {
  if (!check_nargs("log2", args, 1, 1)) return nullptr;
  return math_log2_10(args[0], d_log2);
}
Ref math_log10(Value, Args args) {
  if (!check_nargs("log10", args, 1, 1)) return nullptr;
  return math_log2_10(args[0], d_log10);
}

Ref math_sqrt(Value, Args args) {
  if (!check_nargs("sqrt", args, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  if (x < 0) return value_error("math domain error");
  return new_float(std::sqrt(x));
}

// floor/ceil/trunc return ints (via __floor__ etc. for other types).
Ref to_int_via(Value v, double (*f)(double), const char* dunder) {
  if (is_int(v)) return number_index(v);
  if (type_of(v) != &g_float_type) {
    bool found = false;
    Ref r = call_special(v, intern(dunder), {}, &found);
    if (found) return r;
  }
  double x;
  if (!number_as_double(v, &x)) return nullptr;
  double r = f(x);
  if (std::isinf(r)) return raise(g_OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(r)) return value_error("cannot convert float NaN to integer");
  auto b = BigInt::from_double(r);
  if (!b.ok()) return raise_num_failure(b.error());
  return new_int(std::move(b).value());
}
double d_floor(double x) {
  return std::floor(x);
}
double d_ceil(double x) {
  return std::ceil(x);
}
double d_trunc(double x) {
  return std::trunc(x);
}
Ref math_floor(Value, Args args) {
  if (!check_nargs("floor", args, 1, 1)) return nullptr;
  return to_int_via(args[0], d_floor, "__floor__");
}
Ref math_ceil(Value, Args args) {
  if (!check_nargs("ceil", args, 1, 1)) return nullptr;
  return to_int_via(args[0], d_ceil, "__ceil__");
}
Ref math_trunc(Value, Args args) {
  if (!check_nargs("trunc", args, 1, 1)) return nullptr;
  return to_int_via(args[0], d_trunc, "__trunc__");
}

bool int_arg(Value v, BigInt* out) {
  Ref i = number_index(v);
  if (!i) return false;
  *out = int_to_bigint(i.get());
  return true;
}

Ref math_factorial(Value, Args args) {
  if (!check_nargs("factorial", args, 1, 1)) return nullptr;
  if (type_of(args[0]) == &g_float_type) {
    return type_error("'float' object cannot be interpreted as an integer");
  }
  BigInt n;
  if (!int_arg(args[0], &n)) return nullptr;
  if (n.is_negative()) return value_error("factorial() not defined for negative values");
  if (!n.fits_int64() || n.to_int64() > 100000) {
    return raise(g_OverflowError, "factorial() argument should not exceed 100000");
  }
  const int64_t k = n.to_int64();
  BigInt r(1);
  for (int64_t i = 2; i <= k; ++i) r *= BigInt(i);
  return new_int(std::move(r));
}

Ref math_gcd(Value, Args args) {
  if (!check_no_kwargs("gcd", args)) return nullptr;
  BigInt g(0);
  for (size_t i = 0; i < args.npos; ++i) {
    BigInt x;
    if (!int_arg(args[i], &x)) return nullptr;
    g = BigInt::gcd(g, x);
  }
  return new_int(std::move(g));
}

Ref math_lcm(Value, Args args) {
  if (!check_no_kwargs("lcm", args)) return nullptr;
  BigInt l(1);
  for (size_t i = 0; i < args.npos; ++i) {
    BigInt x;
    if (!int_arg(args[i], &x)) return nullptr;
    if (x.is_zero()) return new_int(0);
    BigInt g = BigInt::gcd(l, x);
    l = (BigInt::floordiv(l, g).value() * x).abs();
  }
  return new_int(std::move(l));
}

Ref math_isqrt(Value, Args args) {
  if (!check_nargs("isqrt", args, 1, 1)) return nullptr;
  BigInt n;
  if (!int_arg(args[0], &n)) return nullptr;
  if (n.is_negative()) return value_error("isqrt() argument must be nonnegative");
  if (n.is_zero()) return new_int(0);
  // Newton's method from a power of two above the root.
  BigInt x = BigInt::shl(BigInt(1), static_cast<int64_t>((n.bit_length() + 1) / 2)).value();
  for (;;) {
    BigInt y = BigInt::shr(x + BigInt::floordiv(n, x).value(), 1).value();
    if (y >= x) return new_int(std::move(x));
    x = std::move(y);
  }
}

Ref math_pow(Value, Args args) {
  if (!check_nargs("pow", args, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  if (x == 0 && y < 0) return value_error("math domain error");
  if (x < 0 && std::isfinite(y) && y != std::floor(y)) return value_error("math domain error");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    return raise(g_OverflowError, "math range error");
  return new_float(r);
}

Ref math_atan2(Value, Args args) {
  if (!check_nargs("atan2", args, 2, 2)) return nullptr;
  double y, x;
  if (!number_as_double(args[0], &y) || !number_as_double(args[1], &x)) return nullptr;
  return new_float(std::atan2(y, x));
}

Ref math_fmod(Value, Args args) {
  if (!check_nargs("fmod", args, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  if (y == 0 && !std::isnan(x)) return value_error("math domain error");
  if (std::isinf(x) && !std::isnan(y)) return value_error("math domain error");
  return new_float(std::fmod(x, y));
}

Ref math_copysign(Value, Args args) {
  if (!check_nargs("copysign", args, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  return new_float(std::copysign(x, y));
}

Ref math_hypot(Value, Args args) {
  if (!check_no_kwargs("hypot", args)) return nullptr;
  double acc = 0;
  for (size_t i = 0; i < args.npos; ++i) {
    double x;
    if (!number_as_double(args[i], &x)) return nullptr;
    acc = std::hypot(acc, x);
  }
  return new_float(acc);
}

Ref math_dist(Value, Args args) {
  if (!check_nargs("dist", args, 2, 2)) return nullptr;
  Ref ha, hb;
  const Value *a, *b;
  int64_t na, nb;
  if (!sequence_items(args[0], &ha, &a, &na) || !sequence_items(args[1], &hb, &b, &nb))
    return nullptr;
  if (na != nb) return value_error("both points must have the same number of dimensions");
  double acc = 0;
  for (int64_t i = 0; i < na; ++i) {
    double x, y;
    if (!number_as_double(a[i], &x) || !number_as_double(b[i], &y)) return nullptr;
    acc = std::hypot(acc, x - y);
  }
  return new_float(acc);
}

bool pred(Value v, bool (*f)(double), Ref* out) {
  double x;
  if (!number_as_double(v, &x)) return false;
  *out = new_bool(f(x));
  return true;
}
bool p_isnan(double x) {
  return std::isnan(x);
}
bool p_isinf(double x) {
  return std::isinf(x);
}
bool p_isfinite(double x) {
  return std::isfinite(x);
}
Ref math_isnan(Value, Args args) {
  Ref r;
  if (!check_nargs("isnan", args, 1, 1) || !pred(args[0], p_isnan, &r)) return nullptr;
  return r;
}
Ref math_isinf(Value, Args args) {
  Ref r;
  if (!check_nargs("isinf", args, 1, 1) || !pred(args[0], p_isinf, &r)) return nullptr;
  return r;
}
Ref math_isfinite(Value, Args args) {
  Ref r;
  if (!check_nargs("isfinite", args, 1, 1) || !pred(args[0], p_isfinite, &r)) return nullptr;
  return r;
}

Ref math_isclose(Value, Args args) {
  if (args.npos != 2) return type_error("isclose() takes exactly 2 positional arguments");
  double a, b, rel = 1e-9, abs_tol = 0;
  if (!number_as_double(args[0], &a) || !number_as_double(args[1], &b)) return nullptr;
  if (Value v = kwarg(args, "rel_tol"); v && !number_as_double(v, &rel)) return nullptr;
  if (Value v = kwarg(args, "abs_tol"); v && !number_as_double(v, &abs_tol)) return nullptr;
  if (rel < 0 || abs_tol < 0) return value_error("tolerances must be non-negative");
  if (a == b) return new_bool(true);
  if (std::isinf(a) || std::isinf(b)) return new_bool(false);
  double diff = std::fabs(b - a);
  return new_bool(diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol);
}

Ref math_modf(Value, Args args) {
  if (!check_nargs("modf", args, 1, 1)) return nullptr;
  double x, ip;
  if (!number_as_double(args[0], &x)) return nullptr;
  double fp = std::modf(x, &ip);
  Ref a = new_float(fp), b = new_float(ip);
  return new_tuple({a.get(), b.get()});
}

Ref math_frexp(Value, Args args) {
  if (!check_nargs("frexp", args, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  int e = 0;
  double m = std::frexp(x, &e);
  Ref a = new_float(m), b = new_int(e);
  return new_tuple({a.get(), b.get()});
}

Ref math_ldexp(Value, Args args) {
  if (!check_nargs("ldexp", args, 2, 2)) return nullptr;
  double x;
  int64_t e;
  if (!number_as_double(args[0], &x) || !index_as_i64(args[1], &e)) return nullptr;
  double r = std::ldexp(x, static_cast<int>(std::clamp<int64_t>(e, -100000, 100000)));
  if (std::isinf(r) && std::isfinite(x)) return raise(g_OverflowError, "math range error");
  return new_float(r);
}

Ref math_fsum(Value, Args args) {
  if (!check_nargs("fsum", args, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  // Shewchuk's algorithm, as CPython: exact partial sums.
  std::vector<double> partials;
  for (;;) {
    Ref v = iter_next(it.get());
    if (!v) {
      if (error_occurred()) return nullptr;
      break;
    }
    double x;
    if (!number_as_double(v.get(), &x)) return nullptr;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return new_float(hi);
}

Ref math_prod(Value, Args args) {
  if (args.npos != 1)
    return type_error("prod() takes exactly 1 positional argument (" + std::to_string(args.npos) +
                      " given)");
  Value start = kwarg(args, "start");
  Ref acc = start ? Ref::borrow(start) : new_int(1);
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref v = iter_next(it.get());
    if (!v) {
      if (error_occurred()) return nullptr;
      return acc;
    }
    acc = binary_op(acc.get(), v.get(), BinOp::Mul);
    if (!acc) return nullptr;
  }
}

Ref comb_perm(Args args, bool comb) {
  const char* name = comb ? "comb" : "perm";
  if (!check_nargs(name, args, comb ? 2 : 1, 2)) return nullptr;
  BigInt n, k;
  if (!int_arg(args[0], &n)) return nullptr;
  if (args.npos == 1 || args[1] == none()) {
    k = n;
  } else if (!int_arg(args[1], &k)) {
    return nullptr;
  }
  if (n.is_negative()) return value_error("n must be a non-negative integer");
  if (k.is_negative()) return value_error("k must be a non-negative integer");
  if (k > n) return new_int(0);
  if (!k.fits_int64() || k.to_int64() > 1000000) return raise(g_OverflowError, "too many factors");
  int64_t kk = k.to_int64();
  if (comb && !(BigInt(2) * k <= n)) kk = (n - k).to_int64();
  BigInt r(1);
  for (int64_t i = 0; i < kk; ++i) {
    r *= (n - BigInt(i));
    if (comb) r = BigInt::floordiv(r, BigInt(i + 1)).value();
  }
  return new_int(std::move(r));
}
Ref math_comb(Value, Args args) {
  return comb_perm(args, true);
}
Ref math_perm(Value, Args args) {
  return comb_perm(args, false);
}

void def(Dict* d, Value m, const char* name, NativeFn fn) {
  Ref f = new_builtin(name, fn, m);
  dict_set_str(d, name, f.get());
}

Ref make_math() {
  Ref m = new_module("math");
  Dict* d = m.as<Module>()->dict;
  Value mv = m.get();
  dict_set_str(d, "pi", Ref(new_float(M_PI)).get());
  dict_set_str(d, "e", Ref(new_float(M_E)).get());
  dict_set_str(d, "tau", Ref(new_float(2 * M_PI)).get());
  dict_set_str(d, "inf", Ref(new_float(std::numeric_limits<double>::infinity())).get());
  dict_set_str(d, "nan", Ref(new_float(std::numeric_limits<double>::quiet_NaN())).get());
  def(d, mv, "sqrt", math_sqrt);
  def(d, mv, "exp", unary<d_exp>);
  def(d, mv, "expm1", unary<d_expm1>);
  def(d, mv, "log", math_log);
  def(d, mv, "log2", math_log2);
  def(d, mv, "log10", math_log10);
  def(d, mv, "log1p", unary<d_log1p>);
  def(d, mv, "sin", unary<d_sin>);
  def(d, mv, "cos", unary<d_cos>);
  def(d, mv, "tan", unary<d_tan>);
  def(d, mv, "asin", unary<d_asin>);
  def(d, mv, "acos", unary<d_acos>);
  def(d, mv, "atan", unary<d_atan>);
  def(d, mv, "sinh", unary<d_sinh>);
  def(d, mv, "cosh", unary<d_cosh>);
  def(d, mv, "tanh", unary<d_tanh>);
  def(d, mv, "fabs", unary<d_fabs>);
  def(d, mv, "degrees", unary<d_degrees>);
  def(d, mv, "radians", unary<d_radians>);
  def(d, mv, "atan2", math_atan2);
  def(d, mv, "floor", math_floor);
  def(d, mv, "ceil", math_ceil);
  def(d, mv, "trunc", math_trunc);
  def(d, mv, "factorial", math_factorial);
  def(d, mv, "gcd", math_gcd);
  def(d, mv, "lcm", math_lcm);
  def(d, mv, "isqrt", math_isqrt);
  def(d, mv, "pow", math_pow);
  def(d, mv, "fmod", math_fmod);
  def(d, mv, "copysign", math_copysign);
  def(d, mv, "hypot", math_hypot);
  def(d, mv, "dist", math_dist);
  def(d, mv, "isnan", math_isnan);
  def(d, mv, "isinf", math_isinf);
  def(d, mv, "isfinite", math_isfinite);
  def(d, mv, "isclose", math_isclose);
  def(d, mv, "modf", math_modf);
  def(d, mv, "frexp", math_frexp);
  def(d, mv, "ldexp", math_ldexp);
  def(d, mv, "fsum", math_fsum);
  def(d, mv, "prod", math_prod);
  def(d, mv, "comb", math_comb);
  def(d, mv, "perm", math_perm);
  return m;
}

}  // namespace

void register_math_module() {
  register_module("math", make_math);
}

}  // namespace asyncplay::lang
