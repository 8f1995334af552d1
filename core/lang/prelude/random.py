"""Pseudo-random numbers for asyncplay programs.

The engine is the 32-bit Mersenne Twister (MT19937) of Matsumoto and
Nishimura (1998), written here in plain Python.  Seeding, float
construction and every derived helper follow the behaviour that the
Python 3.11 documentation describes, so a program that seeds the
generator sees the same numbers it would see under CPython 3.11.

The shared generator behind the module-level functions is a hidden
instance of ``Random``; create your own ``Random`` objects when several
independent streams are needed.
"""

import math as _math
import time as _time
from bisect import bisect_right as _bisect_right
from itertools import accumulate as _accumulate

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

# Public constants that the standard module also exposes.
TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53                # bits of precision in a double
RECIP_BPF = 2 ** -BPF

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF

# MT19937 parameters (degree 624, middle word 397).
_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_HI_BIT = 0x80000000
_LO_BITS = 0x7FFFFFFF


# --------------------------------------------------------------------------
# SHA-512 (FIPS 180-4), needed because str seeds are hashed before use.
# The round constants are derived on first use from the prime roots that
# the standard defines them by, rather than being listed out.

_sha_tables = None


def _int_root(value, degree):
    # floor(value ** (1/degree)) for a non-negative int, by Newton steps
    # starting from a power of two that is known to be too large.
    guess = 1 << ((value.bit_length() + degree - 1) // degree + 1)
    while True:
        better = ((degree - 1) * guess + value // guess ** (degree - 1)) // degree
        if better >= guess:
            return guess
        guess = better


def _sha_setup():
    global _sha_tables
    if _sha_tables is None:
        primes = []
        candidate = 2
        while len(primes) < 80:
            if all(candidate % p for p in primes if p * p <= candidate):
                primes.append(candidate)
            candidate += 1
        rounds = [_int_root(p << 192, 3) & _M64 for p in primes]
        start = [_int_root(p << 128, 2) & _M64 for p in primes[:8]]
        _sha_tables = (rounds, start)
    return _sha_tables


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


def _sha512(data):
    """Digest a list of byte values; the result is a list of 64 byte values."""
    rounds, start = _sha_setup()
    bit_len = len(data) * 8
    msg = list(data)
    msg.append(0x80)
    while len(msg) % 128 != 112:
        msg.append(0)
    for shift in range(120, -1, -8):
        msg.append((bit_len >> shift) & 0xFF)
    h = list(start)
    for base in range(0, len(msg), 128):
        w = []
        for i in range(16):
            word = 0
            for b in msg[base + 8 * i: base + 8 * i + 8]:
                word = (word << 8) | b
            w.append(word)
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            choose = (e & f) ^ (~e & _M64 & g)
            t1 = (hh + big1 + choose + rounds[t] + w[t]) & _M64
            big0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            major = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + major) & _M64
            hh = g
            g = f
            f = e
            e = (d + t1) & _M64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M64
        h = [(old + new) & _M64 for old, new in zip(h, (a, b, c, d, e, f, g, hh))]
    out = []
    for word in h:
        for shift in range(56, -1, -8):
            out.append((word >> shift) & 0xFF)
    return out


def _utf8(text):
    """Encode a str as a list of UTF-8 byte values."""
    out = []
    for pos, ch in enumerate(text):
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out.append(0xC0 | (cp >> 6))
            out.append(0x80 | (cp & 0x3F))
        elif cp < 0x10000:
            if 0xD800 <= cp <= 0xDFFF:
                raise UnicodeEncodeError("utf-8", text, pos, pos + 1,
                                         "surrogates not allowed")
            out.append(0xE0 | (cp >> 12))
            out.append(0x80 | ((cp >> 6) & 0x3F))
            out.append(0x80 | (cp & 0x3F))
        else:
            out.append(0xF0 | (cp >> 18))
            out.append(0x80 | ((cp >> 12) & 0x3F))
            out.append(0x80 | ((cp >> 6) & 0x3F))
            out.append(0x80 | (cp & 0x3F))
    return out


# --------------------------------------------------------------------------
# Small argument helpers.

def _as_index(value):
    # Mirror operator.index() without relying on it accepting everything.
    if isinstance(value, int):
        return int(value)
    hook = getattr(type(value), "__index__", None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return hook(value)


def _range_bound(value, what):
    # Integers pass through.  Anything else must convert to an int with the
    # same value (integral floats, for instance), as Python 3.11 still allows.
    try:
        return _as_index(value)
    except TypeError:
        converted = int(value)
        if converted != value:
            raise ValueError("non-integer %s for randrange()" % what)
        return converted


def _reject_args(name, args, kwargs, wanted):
    # The core methods take positional arguments only, like built-ins do.
    if kwargs:
        raise TypeError("Random.%s() takes no keyword arguments" % name)
    if wanted == 0:
        raise TypeError("Random.%s() takes no arguments (%d given)"
                        % (name, len(args)))
    raise TypeError("Random.%s() takes exactly one argument (%d given)"
                    % (name, len(args)))


def _looks_like_sequence(obj):
    if isinstance(obj, (list, tuple, str, range)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    kind = type(obj)
    return (hasattr(kind, "__getitem__") and hasattr(kind, "__len__")
            and not hasattr(kind, "keys"))


def _words_of(number):
    """Split a non-negative int into 32-bit words, least significant first."""
    words = []
    while number:
        words.append(number & _M32)
        number >>= 32
    return words or [0]


class Random:
    """A Mersenne Twister generator with the standard helper methods.

    Subclasses that want a different source of randomness may override
    random() (and optionally getrandbits()); the integer helpers adapt to
    whichever primitive the subclass provides.
    """

    VERSION = 3     # layout of the tuple produced by getstate()

    def __init__(self, x=None):
        """Build a generator; x is handed to seed()."""
        self._mt = [0] * _N
        self._pos = _N
        self.gauss_next = None
        self.seed(x)

    def __init_subclass__(cls, **kwargs):
        # Decide how _randbelow draws for this subclass: the most derived
        # class that defines one of the primitives wins.
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                break
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- the Mersenne Twister core ----------------------------------------

    def _fill_linear(self, s):
        mt = self._mt
        mt[0] = s & _M32
        prev = mt[0]
        for i in range(1, _N):
            prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _M32
            mt[i] = prev
        self._pos = _N

    def _seed_words(self, key):
        # The reference "init_by_array" procedure.
        self._fill_linear(19650218)
        mt = self._mt
        count = len(key)
        i = 1
        j = 0
        for _ in range(max(_N, count)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                     + key[j] + j) & _M32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= count:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _M32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = _HI_BIT
        self._pos = _N

    def _regenerate(self):
        # Produce the next block of 624 untempered words in place.
        mt = self._mt
        for k in range(_N):
            y = (mt[k] & _HI_BIT) | (mt[(k + 1) % _N] & _LO_BITS)
            value = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= _MATRIX_A
            mt[k] = value
        self._pos = 0

    def _next32(self):
        if self._pos >= _N:
            self._regenerate()
        y = self._mt[self._pos]
        self._pos += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    # ---- seeding and state --------------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator.

        None seeds from the clock.  An int seeds from its absolute value.
        With version 2 (the default) a str is expanded with its SHA-512
        digest and used as a big int; version 1 keeps the older string
        scheme.  Floats seed from their hash.
        """
        if version == 1 and isinstance(a, str):
            if a:
                acc = ord(a[0]) << 7
            else:
                acc = 0
            for ch in a:
                acc = ((1000003 * acc) ^ ord(ch)) & _M64
            a = acc ^ len(a)
        elif version == 2 and isinstance(a, str):
            raw = _utf8(a)
            number = 0
            for byte in raw + _sha512(raw):
                number = (number << 8) | byte
            a = number
        elif a is not None and not isinstance(a, (int, float, str)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        if a is None:
            now = _time.time_ns()
            tick = _time.perf_counter_ns()
            number = (now << 64) ^ tick ^ (id(self) << 20)
            self._seed_words(_words_of(number & ((1 << 192) - 1)))
        elif isinstance(a, int):
            self._seed_words(_words_of(abs(int(a))))
        else:
            self._seed_words(_words_of(hash(a) & _M64))
        self.gauss_next = None

    def getstate(self):
        """Snapshot the generator as a tuple that setstate() accepts."""
        return (self.VERSION, tuple(self._mt) + (self._pos,), self.gauss_next)

    def setstate(self, state):
        """Restore a snapshot taken by getstate()."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
            self._load_words(words)
        elif version == 2:
            version, words, self.gauss_next = state
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
            self._load_words(words)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))

    def _load_words(self, words):
        if not isinstance(words, tuple):
            raise TypeError("state vector must be a tuple")
        if len(words) != _N + 1:
            raise ValueError("state vector is the wrong size")
        fresh = []
        for w in words[:_N]:
            if not isinstance(w, int):
                raise TypeError("an integer is required")
            if w < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if w > _M64:
                raise OverflowError("Python int too large to convert to C unsigned long")
            fresh.append(w & _M32)
        pos = _as_index(words[_N])
        if pos < 0 or pos > _N:
            raise ValueError("invalid state")
        self._mt = fresh
        self._pos = pos

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # ---- primitives -----------------------------------------------------------

    def random(self, *args, **kwargs):
        """Return a float in [0.0, 1.0) carrying 53 random bits."""
        if args or kwargs:
            _reject_args("random", args, kwargs, 0)
        upper = self._next32() >> 5
        lower = self._next32() >> 6
        return (upper * 67108864.0 + lower) * (1.0 / 9007199254740992.0)

    def getrandbits(self, *args, **kwargs):
        """Return a non-negative int made of k random bits."""
        if len(args) != 1 or kwargs:
            _reject_args("getrandbits", args, kwargs, 1)
        k = _as_index(args[0])
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            if k == 0:
                return 0
            return self._next32() >> (32 - k)
        result = 0
        shift = 0
        left = k
        while left > 0:
            word = self._next32()
            if left < 32:
                word >>= 32 - left
            result |= word << shift
            shift += 32
            left -= 32
        return result

    def randbytes(self, n):
        """Unavailable: asyncplay has no bytes type."""
        raise NotImplementedError(
            "random.randbytes() is not supported (asyncplay has no bytes type)")

    # ---- integers ---------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        # Draw just enough bits for n and retry whenever the draw is too big.
        width = n.bit_length()
        draw = self.getrandbits(width)
        while draw >= n:
            draw = self.getrandbits(width)
        return draw

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # Only random() is available: scale floats, rejecting the uneven tail.
        if n >= maxsize:
            return _math.floor(self.random() * n)
        if n == 0:
            return 0
        cutoff = (maxsize - maxsize % n) / maxsize
        r = self.random()
        while r >= cutoff:
            r = self.random()
        return _math.floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """Pick a value from range(start, stop, step) without building it."""
        lo = _range_bound(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        hi = _range_bound(stop, "stop")
        stride = _range_bound(step, "step")
        span = hi - lo
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (lo, hi, span))
        if stride > 0:
            count = (span + stride - 1) // stride
        elif stride < 0:
            count = (span + stride + 1) // stride
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return an int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences --------------------------------------------------------------

    def choice(self, seq):
        """Return one element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Permute the mutable sequence x in place (Fisher-Yates)."""
        pick = self._randbelow
        for hi in range(len(x) - 1, 0, -1):
            other = pick(hi + 1)
            x[hi], x[other] = x[other], x[hi]

    def sample(self, population, k, *, counts=None):
        """Return k distinct picks from population, in selection order.

        counts, when given, says how many copies of each element the
        population holds, e.g. sample(['x', 'y'], 3, counts=[2, 5]).
        """
        if not _looks_like_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            running = list(_accumulate(counts))
            if len(running) != size:
                raise ValueError("The number of counts does not match the population")
            total = running.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            slots = self.sample(range(total), k=k)
            return [population[_bisect_right(running, s)] for s in slots]
        pick = self._randbelow
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        # Small populations: draw from a shrinking copy.  Large ones: draw
        # indices and remember which were taken.  The threshold trades the
        # cost of copying against the cost of a set.
        limit = 21
        if k > 5:
            limit += 4 ** _math.ceil(_math.log(k * 3, 4))
        if size <= limit:
            pool = list(population)
            for i in range(k):
                j = pick(size - i)
                picked[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = pick(size)
                while j in taken:
                    j = pick(size)
                taken.add(j)
                picked[i] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return k picks from population with replacement.

        Relative weights or cumulative weights (not both) bias the picks;
        without either, every element is equally likely.
        """
        rand = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_math.floor(rand() * scale)]
                        for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword "
                                "argument: k=%r" % (weights,))
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = size - 1
        return [population[_bisect_right(cum_weights, rand() * total, 0, last)]
                for _ in range(k)]

    # ---- continuous distributions -----------------------------------------------

    def uniform(self, a, b):
        """Return a float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode
        (the midpoint when mode is omitted)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u = 1.0 - u
            split = 1.0 - split
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution via the Kinderman-Monahan ratio of uniforms."""
        while True:
            u = self.random()
            v = 1.0 - self.random()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_math.log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by the Box-Muller transform.

        Values come in pairs; the second of a pair is kept for the next
        call, so this method is not thread-safe.
        """
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal: the exponential of normalvariate(mu, sigma)."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) angle in [0, 2*pi), centred on mu
        with concentration kappa (Best & Fisher's method)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        r = half + _math.sqrt(1.0 + half * half)
        while True:
            z = _math.cos(_math.pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # Cheng's rejection method (1977).
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        # alpha < 1: the Ahrens-Dieter style method (GS).
        while True:
            u = self.random()
            b = (_math.e + alpha) / _math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] built from two gamma draws."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """A generator that cannot be seeded or snapshotted.

    asyncplay has no access to an operating-system entropy pool, so this
    class draws from a private twister seeded from the clock; seed() is
    ignored and the state methods raise NotImplementedError.
    """

    def _source(self):
        engine = getattr(self, "_engine", None)
        if engine is None:
            engine = Random()
            self._engine = engine
        return engine

    def random(self):
        """Return a float in [0.0, 1.0)."""
        return self._source().random()

    def getrandbits(self, k):
        """Return a non-negative int made of k random bits."""
        return self._source().getrandbits(k)

    def seed(self, *args, **kwds):
        """Ignored: this generator is not reproducible."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


# --------------------------------------------------------------------------
# Module-level convenience functions share one hidden generator.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
