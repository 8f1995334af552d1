// core/lang/numfmt.h: Python's float text and the format-spec mini-language, digit for digit.
//
// Inputs are doubles, BigInts/int64s and UTF-8 strings; outputs are the exact strings CPython 3.11
// produces, or a NumFailure carrying CPython's exception type and message:
//   - float_repr: repr(float) == str(float), shortest round-trip digits (what David Gay's dtoa
//     mode 0 gives; computed here exactly with a small fixed-size bignum, Steele & White /
//     Burger & Dybvig), laid out with CPython's rules (exponent form when exp < -4 or >= 16).
//   - double_to_string: PyOS_double_to_string, the primitive behind repr, format() and '%'
//     formatting of floats: codes e E f F g G r, precision, and the DTSF flags.
//   - format_float / format_int / format_str: format(value, spec), i.e.
//     [[fill]align][sign][z][#][0][width][grouping][.precision][type]. Widths count code points.
//   - float_round, float_round_to_int: round(x, n) and round(x), correctly rounded (half to even
//     on the exact binary value, so round(2.675, 2) == 2.67).
//   - float_floordiv, float_mod, float_divmod, float_truediv: Python's float operators.
//
// Nothing throws; nothing depends on the C locale or on floating-point to_chars (absent from
// libc++ 13): digits come from exact integer arithmetic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/lang/bigint.h"

namespace asyncplay::lang {

// The decimal digits of a finite double, as _Py_dg_dtoa returns them:
// |x| == 0.<digits> * 10**decpt (exactly in mode 0's sense of "rounds back to x"), digits without
// leading or trailing zeros; x == 0 gives "0" with decpt 1; a mode-3 result that rounds to zero
// gives "" with decpt == -ndigits.
struct DecimalDigits {
  std::string digits;
  int decpt = 0;
  bool negative = false;  // the sign bit of x (so -0.0 is negative)
};
// mode 0: the shortest digits that round-trip (ndigits ignored);
// mode 2: max(ndigits, 1) significant digits, correctly rounded (half to even);
// mode 3: ndigits (>= 0) digits after the decimal point, correctly rounded.
DecimalDigits float_digits(double x, int mode, int ndigits);

// PyOS_double_to_string flags.
enum DtoaFlags : unsigned {
  kDtoaSign = 1,     // always add a sign
  kDtoaAddDot0 = 2,  // add ".0" to integers in non-exponent form ('r' and 'g')
  kDtoaAlt = 4,      // alternate form ('#')
  kDtoaNoNeg0 = 8,   // 'z': a value that rounds to zero loses its minus sign
};
// code: 'e' 'E' 'f' 'F' 'g' 'G', or 'r' (repr; precision must be 0). Python's '%.3f' % x is
// double_to_string(x, 'f', 3, 0); inf and nan come out as "inf"/"nan" ("INF"/"NAN" for upper
// case codes). Precondition: 0 <= precision <= 2**28 (format_float reports larger ones).
std::string double_to_string(double x, char code, int precision, unsigned flags = 0);

// repr(x) and str(x) (identical since Python 3.2): "0.1", "1e+16", "-0.0", "inf", "nan".
std::string float_repr(double x);
inline std::string float_str(double x) {
  return float_repr(x);
}

// format(x, spec). An empty spec gives str(x). type_name is the type named in error messages
// ("Unknown format code 'd' for object of type 'float'"), for subclasses.
NumResult<std::string> format_float(double x, std::string_view spec,
                                    std::string_view type_name = "float");
// format(x, spec) for an int; types b c d o x X n and none, or e E f F g G % via float(x).
// Decimal output obeys the int_max_str_digits limit (0 = unlimited), as str(x) does.
NumResult<std::string> format_int(const BigInt& x, std::string_view spec,
                                  std::string_view type_name = "int",
                                  size_t max_str_digits = kDefaultMaxStrDigits);
NumResult<std::string> format_int(int64_t x, std::string_view spec,
                                  std::string_view type_name = "int",
                                  size_t max_str_digits = kDefaultMaxStrDigits);
// format(s, spec) for a str: fill, align, width and precision (truncation), in code points.
NumResult<std::string> format_str(std::string_view s, std::string_view spec,
                                  std::string_view type_name = "str");

// Python's float arithmetic. ZeroDivisionError messages: "float division by zero",
// "float floor division by zero", "float modulo", "float divmod()".
NumResult<double> float_truediv(double a, double b);
NumResult<double> float_floordiv(double a, double b);
NumResult<double> float_mod(double a, double b);
NumResult<std::pair<double, double>> float_divmod(double a, double b);

// round(x, ndigits) for a float: correctly rounded, half to even, nan/inf unchanged, the sign of
// zero kept. OverflowError "rounded value too large to represent".
NumResult<double> float_round(double x, int64_t ndigits);
// round(x) for a float: the nearest int, halves to even. OverflowError "cannot convert float
// infinity to integer", ValueError "cannot convert float NaN to integer".
NumResult<BigInt> float_round_to_int(double x);
// int(x): truncation toward zero (the same errors).
inline NumResult<BigInt> float_to_int(double x) {
  return BigInt::from_double(x);
}
// float.is_integer().
bool float_is_integer(double x);
// float.hex(): "0x1.8000000000000p+0", "-0x0.0p+0", "inf".
std::string float_hex(double x);

}  // namespace asyncplay::lang
