"""Descriptive statistics for sequences and iterables of real numbers.

This is asyncplay's own implementation of the standard ``statistics`` module,
covering int and float data (bools are treated as the ints 0 and 1).

Central tendency:  mean, fmean, geometric_mean, harmonic_mean, median,
                   median_low, median_high, median_grouped, mode, multimode
Spread:            pvariance, variance, pstdev, stdev
Cut points:        quantiles
Two variables:     covariance, correlation, linear_regression

Functions that promise a correctly rounded answer (mean, the variances and
standard deviations) do their arithmetic exactly and round once at the end.
"""

# How exact arithmetic is done here: the interpreter has neither ``fractions``
# nor ``decimal``, so an exact rational is carried as a pair of ints
# (numerator, denominator) with a positive denominator, kept in lowest terms.
# Only ints and floats are accepted as data; every finite float converts to
# such a pair without loss through float.as_integer_ratio().  Turning a pair
# back into a float uses int / int, which rounds correctly.

__all__ = [
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
from bisect import bisect_left, bisect_right
from collections import namedtuple


class StatisticsError(ValueError):
    """Raised when a statistic cannot be computed for the given data."""


# ---------------------------------------------------------------------------
# Exact rational helpers.  A rational is a tuple (num, den) with den > 0.

def _as_pair(value):
    """Return value as an exact (numerator, denominator) pair."""
    if isinstance(value, int):
        return (int(value), 1)
    if isinstance(value, float):
        return value.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(value).__name__)


def _reduced(num, den):
    if den < 0:
        num, den = -num, -den
    g = math.gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    return (num, den)


def _pair_add(a, b):
    an, ad = a
    bn, bd = b
    if ad == bd:
        return _reduced(an + bn, ad)
    return _reduced(an * bd + bn * ad, ad * bd)


def _pair_sub(a, b):
    return _pair_add(a, (-b[0], b[1]))


def _pair_mul(a, b):
    return _reduced(a[0] * b[0], a[1] * b[1])


def _pair_div(a, b):
    if b[0] == 0:
        raise ZeroDivisionError('division by zero')
    return _reduced(a[0] * b[1], a[1] * b[0])


class _Total:
    """Accumulates an exact sum of int/float values.

    Fields after feeding: kind (int or float), count, value (an exact pair)
    and odd (None, or the float sum of any inf/nan values seen, which then
    decides the result on its own).
    """

    def __init__(self):
        self.kind = int
        self.count = 0
        self.whole = 0          # running sum of the int values
        self.parts = {}         # denominator -> summed numerators
        self.odd = None

    def add(self, x):
        self.count += 1
        if isinstance(x, int):
            if self.kind is not float:
                self.kind = int
            self.whole += x
            return
        if isinstance(x, float):
            self.kind = float
            if math.isfinite(x):
                n, d = x.as_integer_ratio()
                if d == 1:
                    self.whole += n
                else:
                    self.parts[d] = self.parts.get(d, 0) + n
            elif self.odd is None:
                self.odd = x
            else:
                self.odd = self.odd + x
            return
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)

    def feed(self, values):
        for x in values:
            self.add(x)
        return self

    def value(self):
        total = (self.whole, 1)
        for d in sorted(self.parts):
            total = _pair_add(total, (self.parts[d], d))
        return total


def _as_result(pair, kind):
    """Convert an exact pair to the result type: an int when the data were
    all ints and the value is whole, a float otherwise."""
    num, den = pair
    if kind is int and den == 1:
        return num
    return num / den


def _fsum(values):
    """math.fsum over a list, with CPython's handling of inf, nan and overflow.

    The native fsum is used whenever its answer is finite; otherwise the sum
    is redone here, exactly, to get the special cases right.
    """
    result = math.fsum(values)
    if math.isfinite(result):
        # CPython 3.11 gives +0.0 for any zero total, even an all -0.0 one.
        return result if result else 0.0
    return _fsum_careful(values)


# Every finite float is a whole multiple of 2**-1074, so a sum of floats can
# be held exactly as one int counting units of that size.
_UNIT_SHIFT = 1074
_OVERFLOW_UNITS = ((1 << 1024) - (1 << 970)) << _UNIT_SHIFT


def _fsum_careful(values):
    units = 0
    specials = None     # float sum of every inf and nan seen
    infinities = None   # float sum of the infinities alone
    for v in values:
        v = float(v)
        if math.isfinite(v):
            num, den = v.as_integer_ratio()
            units += num * ((1 << _UNIT_SHIFT) // den)
            if abs(units) >= _OVERFLOW_UNITS:
                raise OverflowError('intermediate overflow in fsum')
            continue
        specials = v if specials is None else specials + v
        if v == v:
            infinities = v if infinities is None else infinities + v
    if specials is not None:
        if specials != specials and infinities is not None \
                and infinities != infinities:
            raise ValueError('-inf + inf in fsum')
        return specials
    return units / (1 << _UNIT_SHIFT)


def _sqrt_pair(pair):
    """Correctly rounded float square root of a non-negative exact pair."""
    num, den = pair
    if num == 0:
        return 0.0
    # Scale by 4**s so that the integer root carries at least 60 bits, then
    # use its lowest bit as a sticky bit so that the single rounding to a
    # float below gives the correctly rounded root.
    s = (120 - num.bit_length() + den.bit_length()) // 2
    if s < 0:
        s = 0
    scaled_num = num << (2 * s)
    q = scaled_num // den
    root = math.isqrt(q)
    if root * root * den != scaled_num:
        root |= 1
    return root / (1 << s)


# ---------------------------------------------------------------------------
# Averages and measures of central location

def mean(data):
    """Arithmetic mean of the data, computed exactly and rounded once.

    All-int data give an int when the mean is whole and a float otherwise;
    data containing a float give a float.

    >>> mean([1, 2, 3, 4])
    2.5
    """
    acc = _Total().feed(data)
    if acc.count < 1:
        raise StatisticsError('mean requires at least one data point')
    if acc.odd is not None:
        return acc.odd
    return _as_result(_pair_div(acc.value(), (acc.count, 1)), acc.kind)


def fmean(data, weights=None):
    """Fast mean: convert to floats and return a float, optionally weighted.

    >>> fmean([1, 2, 3, 4])
    2.5
    >>> fmean([1, 2, 3], weights=[3, 2, 1])
    1.6666666666666667
    """
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    weight_total = _fsum(weights)
    if not weight_total:
        raise StatisticsError('sum of weights must be non-zero')
    products = [x * w for x, w in zip(data, weights)]
    return _fsum(products) / weight_total


def geometric_mean(data):
    """Geometric mean of positive data, as a float (via logarithms).

    >>> round(geometric_mean([2, 8]), 12)
    4.0
    """
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: the count (or total weight) over the sum of reciprocals.

    A zero data point with a non-zero weight makes the result 0; negative
    data or weights are rejected.

    >>> harmonic_mean([40, 60])
    48.0
    """
    data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if isinstance(only, (int, float)):
            if only < 0:
                raise StatisticsError(negative)
            return only
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = sum(weights)
    acc = _Total()
    for x, w in zip(data, weights):
        if x < 0 or w < 0:
            raise StatisticsError(negative)
        if w:
            if x == 0:
                return 0
            acc.add(w / x)
        else:
            acc.add(0)
    if acc.odd is not None:
        # Only a nan data point gets here; the answer is nan.
        return weight_total / acc.odd
    total = acc.value()
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(weight_total, float):
        return weight_total / (total[0] / total[1])
    return _as_result(_pair_div((weight_total, 1), total), acc.kind)


def median(data):
    """Middle value of the data; the mean of the two middle values when the
    number of data points is even.

    >>> median([1, 3, 5, 7])
    4.0
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The median when it is a data point, else the smaller of the two
    middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The median when it is a data point, else the larger of the two
    middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped into classes of width ``interval`` centred on
    the data values, found by interpolating inside the median's class.

    >>> median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
    3.7
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    middle = data[n // 2]
    below = bisect_left(data, middle)
    same = bisect_right(data, middle, below) - below
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower_edge = centre - width / 2
    return lower_edge + width * (n / 2 - below) / same


def _tally(data):
    """Counts of each distinct value, in order of first appearance."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common value (the first one seen, if several tie).

    >>> mode(['red', 'blue', 'blue', 'red', 'green', 'red'])
    'red'
    """
    counts = _tally(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if best_count == 0:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """All values sharing the highest count, in order of first appearance.

    >>> multimode('aabbbbccddddeeffffgg')
    ['b', 'd', 'f']
    """
    counts = _tally(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


# ---------------------------------------------------------------------------
# Cut points

def quantiles(data, *, n=4, method='exclusive'):
    """Return the n - 1 cut points that split the data into n groups of
    equal probability, interpolating linearly between data points.

    method='exclusive' treats the data as a sample from a larger population
    (cut points may fall outside the data range); method='inclusive' treats
    the data as the whole population, its minimum and maximum being the 0th
    and 100th percentiles.

    >>> quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9], n=4)
    [2.5, 5.0, 7.5]
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            k, frac = divmod(i * span, n)
            cuts.append((data[k] * (n - frac) + data[k + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            k = i * span // n
            if k < 1:
                k = 1
            elif k > size - 1:
                k = size - 1
            frac = i * span - k * n
            cuts.append((data[k - 1] * (n - frac) + data[k] * frac) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Measures of spread

def _squared_deviations(data, centre):
    """Exact sum of squared deviations from ``centre``.

    Returns (kind, count, result) where result is an exact pair, or a float
    (inf or nan) when the data held non-finite values.  With no centre the
    exact mean of the data is used; a given centre is subtracted with
    ordinary arithmetic, the squares then being summed exactly.
    """
    if centre is None:
        kind = int
        count = 0
        odd = None
        sum1 = (0, 1)
        sum2 = (0, 1)
        whole1 = whole2 = 0
        parts1 = {}
        parts2 = {}
        for x in data:
            count += 1
            if isinstance(x, int):
                x = int(x)
                whole1 += x
                whole2 += x * x
            elif isinstance(x, float):
                kind = float
                if math.isfinite(x):
                    a, b = x.as_integer_ratio()
                    if b == 1:
                        whole1 += a
                        whole2 += a * a
                    else:
                        parts1[b] = parts1.get(b, 0) + a
                        bb = b * b
                        parts2[bb] = parts2.get(bb, 0) + a * a
                elif odd is None:
                    odd = x
                else:
                    odd = odd + x
            else:
                raise TypeError("can't convert type '%s' to "
                                "numerator/denominator" % type(x).__name__)
        if odd is not None:
            return kind, count, odd
        sum1 = (whole1, 1)
        for b in sorted(parts1):
            sum1 = _pair_add(sum1, (parts1[b], b))
        sum2 = (whole2, 1)
        for b in sorted(parts2):
            sum2 = _pair_add(sum2, (parts2[b], b))
        if count == 0:
            return kind, 0, (0, 1)
        # sum((x - m)**2) == sum(x*x) - sum(x)**2 / count, exactly.
        correction = _pair_div(_pair_mul(sum1, sum1), (count, 1))
        return kind, count, _pair_sub(sum2, correction)
    acc = _Total()
    for x in data:
        dev = x - centre
        acc.add(dev * dev)
    if acc.odd is not None:
        return acc.kind, acc.count, acc.odd
    return acc.kind, acc.count, acc.value()


def _spread(data, centre, sample, name):
    """Shared body of the four spread functions: (kind, exact pair or float)."""
    if iter(data) is data:
        data = list(data)
    kind, count, ss = _squared_deviations(data, centre)
    if sample:
        if count < 2:
            raise StatisticsError('%s requires at least two data points' % name)
        dof = count - 1
    else:
        if count < 1:
            raise StatisticsError('%s requires at least one data point' % name)
        dof = count
    if isinstance(ss, float):
        return kind, ss
    return kind, _pair_div(ss, (dof, 1))


def pvariance(data, mu=None):
    """Population variance: mean squared deviation from mu (default: the
    mean of the data), computed exactly and rounded once.

    >>> pvariance([1, 2, 3, 4])
    1.25
    """
    kind, var = _spread(data, mu, False, 'pvariance')
    if isinstance(var, float):
        return var
    return _as_result(var, kind)


def variance(data, xbar=None):
    """Sample variance: squared deviations from xbar (default: the mean of
    the data) summed and divided by n - 1, computed exactly.

    >>> variance([1, 2, 3, 4])
    1.6666666666666667
    """
    kind, var = _spread(data, xbar, True, 'variance')
    if isinstance(var, float):
        return var
    return _as_result(var, kind)


def _root(var):
    if isinstance(var, float):
        # Mirrors CPython, which cannot take this path for non-finite data.
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_pair(var)


def pstdev(data, mu=None):
    """Population standard deviation: the correctly rounded square root of
    pvariance().

    >>> pstdev([1, 2, 3, 4])
    1.118033988749895
    """
    kind, var = _spread(data, mu, False, 'pstdev')
    return _root(var)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded square root of
    variance().

    >>> stdev([1, 2, 3, 4])
    1.2909944487358056
    """
    kind, var = _spread(data, xbar, True, 'stdev')
    return _root(var)


# ---------------------------------------------------------------------------
# Relations between two inputs (float arithmetic with fsum)

def _check_pair(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return n


def _centred(values, n):
    values = list(values)
    centre = _fsum(values) / n
    return [v - centre for v in values], centre


def covariance(x, y, /):
    """Sample covariance of two equally long inputs.

    >>> covariance([1, 2, 3], [1, 2, 4])
    1.5
    """
    n = _check_pair(x, y, 'covariance')
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    return _fsum([a * b for a, b in zip(dx, dy)]) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs, between
    -1 and +1.

    >>> correlation([1, 2, 3], [2, 4, 6])
    1.0
    """
    n = _check_pair(x, y, 'correlation')
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    sxy = _fsum([a * b for a, b in zip(dx, dy)])
    sxx = _fsum([a * a for a in dx])
    syy = _fsum([b * b for b in dy])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least-squares fit of y = slope * x + intercept.

    With proportional=True the line is forced through the origin and the
    intercept is 0.0.  Returns LinearRegression(slope, intercept).

    >>> linear_regression([1, 2, 3], [2, 4, 6])
    LinearRegression(slope=2.0, intercept=0.0)
    """
    n = _check_pair(x, y, 'linear regression')
    if proportional:
        xs = list(x)
        sxy = _fsum([a * b for a, b in zip(xs, y)])
        sxx = _fsum([a * a for a in xs])
    else:
        dx, xbar = _centred(x, n)
        dy, ybar = _centred(y, n)
        sxy = _fsum([a * b for a, b in zip(dx, dy)])
        sxx = _fsum([a * a for a in dx])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
