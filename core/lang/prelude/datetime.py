"""datetime for asyncplay: dates, times, durations and fixed-offset time zones.

date, time, datetime, timedelta, tzinfo and timezone print, compare, hash and fail as in
CPython 3.11. The host has no time zone database, so local time is UTC: now(), today() and
fromtimestamp() without tz read time.time() as a UTC clock, and astimezone() with no
argument gives timezone(timedelta(0), 'UTC') as CPython does on a machine set to UTC.

strftime knows the C89 directives, %e %f %G %V %u %F %T %D %R and the '-' flag (%-d);
strptime knows %Y %y %m %d %H %I %M %S %f %p %b %B %a %A %j %z %Z (UTC, GMT) and %%.
timetuple() gives a tuple that prints like time.struct_time.
"""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_US_DAY = 86400000000


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else _DIM[m]


def _ymd2ord(y, m, d):
    # Days since 0001-01-01, which is day 1 of the proleptic Gregorian calendar.
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + d
    for i in range(1, m):
        n += _DIM[i]
    return n + (m > 2 and _leap(y))


def _ord2ymd(n):
    n400, n = divmod(n - 1, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = 1
    while n >= _dim(y, m):
        n -= _dim(y, m)
        m += 1
    return y, m, n + 1


def _clock_repr(obj, args):
    """The repr of a time or datetime: `args` (the fields up to the minute), then the seconds
    and microseconds when not zero, tzinfo and fold when set."""
    if obj._second or obj._microsecond:
        args.append(obj._second)
    if obj._microsecond:
        args.append(obj._microsecond)
    s = f"{_tname(obj)}({', '.join(map(str, args))}"
    if obj._tzinfo is not None:
        s += f', tzinfo={obj._tzinfo!r}'
    if obj._fold:
        s += ', fold=1'
    return s + ')'


def _tname(x):
    t = type(x)
    return 'datetime.' + t.__name__ if t.__module__ == 'datetime' else t.__name__


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return v.__index__()
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _check_date(y, m, d):
    y, m, d = _index(y), _index(m), _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _dim(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                        f"not type '{type(tz).__name__}'")


def _check_offset(off):
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         f'timedelta(hours=24), not {off!r}.')


def _check_time(h, mi, s, us, tz, fold):
    h, mi, s, us = _index(h), _index(mi), _index(s), _index(us)
    for v, name, top in ((h, 'hour', 23), (mi, 'minute', 59), (s, 'second', 59),
                         (us, 'microsecond', 999999)):
        if not 0 <= v <= top:
            raise ValueError(f'{name} must be in 0..{top}')
    _check_tzinfo(tz)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__', '/': '__rtruediv__',
              '//': '__rfloordiv__', '%': '__rmod__', 'divmod()': '__rdivmod__'}
_SEQUENCES = (str, list, tuple)


def _binop(op, a, b, reflected=False):
    # The TypeError CPython's C types raise, named as CPython names them. A forward operation
    # still gives b's reflected method its chance when it may accept a.
    if op == '*' and isinstance(a if reflected else b, _SEQUENCES):
        raise TypeError("can't multiply sequence by non-int of type "
                        f"'{_tname(b if reflected else a)}'")
    if op == '+' and reflected and isinstance(a, _SEQUENCES):
        raise TypeError(f'can only concatenate {_tname(a)} (not "{_tname(b)}") to {_tname(a)}')
    mod = type(b).__module__
    if not reflected and (mod not in ('builtins', 'datetime') or mod == 'datetime' and
                          type(a) is not type(b) and hasattr(type(b), _REFLECTED[op])):
        return NotImplemented
    raise TypeError(f"unsupported operand type(s) for {op}: '{_tname(a)}' and '{_tname(b)}'")


def _cmperr(op, a, b):
    if type(b).__module__ in ('builtins', 'datetime'):
        raise TypeError(f"'{op}' not supported between instances of '{_tname(a)}' and "
                        f"'{_tname(b)}'")
    return NotImplemented


def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2):
        q += 1
    return q


def _tzcall(tz, meth, arg):
    # utcoffset()/dst() of tz for arg, checked like CPython does.
    if tz is None:
        return None
    off = getattr(tz, meth)(arg)
    if off is not None:
        if not isinstance(off, timedelta):
            raise TypeError(f'tzinfo.{meth}() must return None or timedelta, '
                            f"not '{type(off).__name__}'")
        _check_offset(off)
    return off


def _fmt_offset(off, sep):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign, off = '-', -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or off.microseconds:
        s += f'{sep}{ss:02d}'
        if off.microseconds:
            s += f'.{off.microseconds:06d}'
    return s


def _fmt_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{h:02d}'
    if timespec == 'minutes':
        return f'{h:02d}:{m:02d}'
    if timespec == 'seconds':
        return f'{h:02d}:{m:02d}:{s:02d}'
    if timespec == 'milliseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'T': '%H:%M:%S',
              'D': '%m/%d/%y', 'F': '%Y-%m-%d', 'R': '%H:%M'}


def _strftime(fmt, y, mo, d, h, mi, s, us, obj):
    # The C library's strftime in the C locale, as CPython calls it on Linux. obj supplies
    # utcoffset()/tzname() for %z and %Z; y, mo, d are 1900, 1, 1 for a time.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    wd = (_ymd2ord(y, mo, d) + 6) % 7
    yday = _ymd2ord(y, mo, d) - _ymd2ord(y, 1, 1) + 1
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        pad = True
        if c == '-' and i < n:
            pad, c = False, fmt[i]
            i += 1
        num = None
        if c == 'd': num = d
        elif c == 'm': num = mo
        elif c == 'Y':
            out.append(str(y))
        elif c == 'y': num = y % 100
        elif c == 'H': num = h
        elif c == 'I': num = h % 12 or 12
        elif c == 'M': num = mi
        elif c == 'S': num = s
        elif c == 'f': out.append(f'{us:06d}')
        elif c == 'j': out.append(f'{yday:03d}' if pad else str(yday))
        elif c == 'a': out.append(_DAYS[wd][:3])
        elif c == 'A': out.append(_DAYS[wd])
        elif c == 'b' or c == 'h': out.append(_MONTHS[mo - 1][:3])
        elif c == 'B': out.append(_MONTHS[mo - 1])
        elif c == 'p': out.append('AM' if h < 12 else 'PM')
        elif c == 'w': out.append(str((wd + 1) % 7))
        elif c == 'u': out.append(str(wd + 1))
        elif c == 'e': out.append(f'{d:2d}')
        elif c == 'U': num = (yday + 6 - (wd + 1) % 7) // 7
        elif c == 'W': num = (yday + 6 - wd) // 7
        elif c == 'G' or c == 'V':
            iy, iw, _ = _isocal(y, mo, d)
            if c == 'G': out.append(str(iy))
            else: num = iw
        elif c in _COMPOSITE: out.append(_strftime(_COMPOSITE[c], y, mo, d, h, mi, s, us, obj))
        elif c == 'z': out.append(_fmt_offset(obj.utcoffset(), '') if obj is not None else '')
        elif c == 'Z': out.append(obj is not None and obj.tzname() or '')
        elif c == '%': out.append('%')
        elif c == 'n': out.append('\n')
        elif c == 't': out.append('\t')
        else: out.append('%' + ('' if pad else '-') + c)
        if num is not None:
            out.append(f'{num:02d}' if pad else str(num))
    return ''.join(out)


def _isocal(y, m, d):
    def week1_monday(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        return first - wd + (7 if wd > 3 else 0)
    o = _ymd2ord(y, m, d)
    start = week1_monday(y)
    if o < start:
        y -= 1
        start = week1_monday(y)
    elif o >= week1_monday(y + 1):
        y += 1
        start = week1_monday(y)
    return y, (o - start) // 7 + 1, (o + 6) % 7 + 1


def _isoweek2ord(y, w, d):
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7 + (w - 1) * 7 + d - 1


class timedelta:
    """A duration, kept as days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # The exact sum num/den in microseconds, rounded half to even once at the end.
        num, den = 0, 1
        for v, name, scale in ((days, 'days', _US_DAY), (seconds, 'seconds', 1000000),
                               (microseconds, 'microseconds', 1),
                               (milliseconds, 'milliseconds', 1000), (minutes, 'minutes', 60000000),
                               (hours, 'hours', 3600000000), (weeks, 'weeks', 7 * _US_DAY)):
            if isinstance(v, int):
                num += v * scale * den
            elif isinstance(v, float):
                a, b = v.as_integer_ratio()
                num, den = num * b + a * scale * den, den * b
            else:
                raise TypeError(f'unsupported type for timedelta {name} component: '
                                f'{type(v).__name__}')
        return cls._from_us(_round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, self._microseconds = divmod(us, 1000000)
        self._days, self._seconds = divmod(s, 86400)
        if not -999999999 <= self._days <= 999999999:
            raise OverflowError(f'days={self._days}; must have magnitude <= 999999999')
        self._hash = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        parts = [f'{k}={v}' for k, v in (('days', self._days), ('seconds', self._seconds),
                                          ('microseconds', self._microseconds)) if v]
        return f"{_tname(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        if self._days:
            s = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, {s}"
        return s

    def __format__(self, spec):
        if spec:
            raise TypeError(f'unsupported format string passed to {_tname(self)}.__format__')
        return str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _binop('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return _binop('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return _binop('-', other, self, True)

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return _binop('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _binop('*', other, self, True)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._us(), other) if other > 0
                                      else _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_round_half_even(self._us() * b, a))
        return _binop('/', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return _binop('//', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return _binop('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return _binop('divmod()', self, other)

    def __eq__(self, other):
        return self._us() == other._us() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return _cmperr('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return _cmperr('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return _cmperr('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return _cmperr('>=', self, other)

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash((self._days, self._seconds, self._microseconds))
        return self._hash

    def __round__(self, ndigits=None):
        raise TypeError(f"type {_tname(self)} doesn't define __round__ method")

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(999999999, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Abstract base for time zone information: subclasses define utcoffset, dst, tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += off - dst
        dst = dt.dst()
        return dt + dst if dst else dt


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            f'not {type(offset).__name__}')
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        _check_offset(offset)
        if name is None and not offset and cls is timezone and 'utc' in cls.__dict__:
            return cls.utc
        self = object.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_tname(self)}({self._offset!r})'
        return f'{_tname(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def _check(self, dt, meth):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{meth}(dt) argument must be a datetime instance or None, '
                            f'not {type(dt).__name__}')

    def utcoffset(self, dt):
        self._check(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check(dt, 'tzname')
        if self._name is not None:
            return self._name
        return 'UTC' + _fmt_offset(self._offset, ':') if self._offset else 'UTC'

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))


timezone.utc = UTC = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _parse_date(s):
    # 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-d]' or 'YYYYWww[d]' -> (y, m, d), or None.
    if s[4:5] == 'W' or s[4:6] == '-W':
        w = s[6:] if s[4] == '-' else s[5:]
        if s[4] == '-' and len(w) == 4 and w[2] == '-':
            w = w[:2] + w[3]
        elif len(w) != 2 and (s[4] == '-' or len(w) != 3):
            return None
        if not (s[:4] + w).isdigit():
            return None
        y, w, d = int(s[:4]), int(w[:2]), int(w[2:] or 1)
        if not (1 <= w <= _isocal(y, 12, 28)[1] and 1 <= d <= 7):
            return None
        return _ord2ymd(_isoweek2ord(y, w, d))
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        parts = s[:4], s[5:7], s[8:]
    elif len(s) == 8:
        parts = s[:4], s[4:6], s[6:]
    else:
        return None
    if not all(p.isdigit() and p.isascii() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _parse_time(s):
    # 'HH[:MM[:SS[.fff[fff]]]]' or compact 'HHMMSS', with an optional 'Z' or +-HH:MM offset.
    tz = None
    for j, c in enumerate(s):
        if c in 'Z+-':
            tail, s = s[j:], s[:j]
            if tail == 'Z':
                tz = timezone.utc
            else:
                off = _parse_time(tail[1:])
                if off is None or off[4] is not None:
                    return None
                td = timedelta(hours=off[0], minutes=off[1], seconds=off[2], microseconds=off[3])
                tz = timezone.utc if not td else timezone(-td if c == '-' else td)
            break
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not (f.isdigit() and f.isascii()) or not s:
                return None
            frac = int(f[:6].ljust(6, '0'))
    if ':' in s:
        parts = s.split(':')
    else:
        parts = [s[k:k + 2] for k in range(0, len(s), 2)]
    if not (1 <= len(parts) <= 3 and all(len(p) == 2 and p.isdigit() and p.isascii()
                                         for p in parts)):
        return None
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hash')

    def __new__(cls, year=None, month=None, day=None):
        for v, name, pos in ((year, 'year', 1), (month, 'month', 2), (day, 'day', 3)):
            if v is None:
                raise TypeError(f"function missing required argument '{name}' (pos {pos})")
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hash = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        d = datetime.fromtimestamp(t)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= _index(n) <= 3652059:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_date(s)
        if ymd is None:
            raise ValueError(f'Invalid isoformat string: {s!r}')
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'year {year} is out of range')
        if not 1 <= week <= _isocal(year, 12, 28)[1]:
            raise ValueError(f'Invalid week: {week}')
        if not 1 <= day <= 7:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        return cls(*_ord2ymd(_isoweek2ord(year, week, day)))

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def __repr__(self):
        return f'{_tname(self)}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        return self.strftime('%c')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f'__format__() argument 1 must be str, not {type(spec).__name__}')
        return self.strftime(spec) if spec else str(self)

    def _other(self, other, op):
        # other's ordinal when it is a plain date; a datetime or a stranger fails as in CPython.
        if isinstance(other, datetime):
            raise TypeError(f"can't compare {_tname(other)} to {_tname(self)}")
        return other.toordinal() if isinstance(other, date) else _cmperr(op, self, other)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self.toordinal() == other.toordinal()
        return NotImplemented

    def __lt__(self, other):
        n = self._other(other, '<')
        return self.toordinal() < n if n is not NotImplemented else n

    def __le__(self, other):
        n = self._other(other, '<=')
        return self.toordinal() <= n if n is not NotImplemented else n

    def __gt__(self, other):
        n = self._other(other, '>')
        return self.toordinal() > n if n is not NotImplemented else n

    def __ge__(self, other):
        n = self._other(other, '>=')
        return self.toordinal() >= n if n is not NotImplemented else n

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash((self._year, self._month, self._day))
        return self._hash

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= 3652059:
                raise OverflowError('date value out of range')
            return type(self)(*_ord2ymd(n))
        return _binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _binop('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop('-', self, other)

    def __rsub__(self, other):
        return _binop('-', other, self, True)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by date.isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


class _struct_time(tuple):
    # What date.timetuple() gives: the interpreter's time module has no struct_time.
    __slots__ = ()
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
               'tm_isdst')

    def __new__(cls, y, mo, d, h, mi, s, dst):
        o = _ymd2ord(y, mo, d)
        return tuple.__new__(cls, (y, mo, d, h, mi, s, (o + 6) % 7, o - _ymd2ord(y, 1, 1) + 1, dst))

    def __repr__(self):
        return f"time.struct_time({', '.join(f'{n}={v}' for n, v in zip(self._fields, self))})"


for _i, _n in enumerate(_struct_time._fields):
    setattr(_struct_time, _n, property(lambda self, i=_i: self[i]))
del _i, _n


class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, tzinfo, fold)
        self._tzinfo, self._fold, self._hash = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = _parse_time(s[1:] if s[:1] == 'T' else s)
        if t is None:
            raise ValueError(f'Invalid isoformat string: {s!r}')
        return cls(*t)

    def utcoffset(self):
        return _tzcall(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _tzcall(self._tzinfo, 'dst', None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        return _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _fmt_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def __repr__(self):
        return _clock_repr(self, [self._hour, self._minute])

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmpkey(self, other, op):
        if not isinstance(other, time):
            return _cmperr(op, self, other) if op != '==' else NotImplemented
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return self._us(), other._us()
        if a is None or b is None:
            if op == '==':
                return 0, 1
            raise TypeError("can't compare offset-naive and offset-aware times")
        return self._us() - a._us(), other._us() - b._us()

    def __eq__(self, other):
        k = self._cmpkey(other, '==')
        return k if k is NotImplemented else k[0] == k[1]

    def __lt__(self, other):
        k = self._cmpkey(other, '<')
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other, '<=')
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other, '>')
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other, '>=')
        return k if k is NotImplemented else k[0] >= k[1]

    def __hash__(self):
        if self._hash == -1:
            off = self.utcoffset()
            self._hash = hash(self._us() - (off._us() if off else 0))
        return self._hash

    def __bool__(self):
        return True

    def __add__(self, other):
        return _binop('+', self, other)

    def __radd__(self, other):
        return _binop('+', other, self, True)

    def __sub__(self, other):
        return _binop('-', self, other)

    def __rsub__(self, other):
        return _binop('-', other, self, True)

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
_time_class = time


class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo). Local time is UTC here."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        self = date.__new__(cls, year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, tzinfo, fold)
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = _time_class.hour
    minute = _time_class.minute
    second = _time_class.second
    microsecond = _time_class.microsecond
    tzinfo = _time_class.tzinfo
    fold = _time_class.fold

    @classmethod
    def _from_us(cls, us, tz):
        # From microseconds since 0001-01-01 00:00 (naive fields).
        days, us = divmod(us, _US_DAY)
        if not 0 <= days < 3652059:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        return cls(*_ord2ymd(days + 1), h, m, s, us, tz)

    def _local_us(self):
        return (self.toordinal() - 1) * _US_DAY + \
            ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        _check_tzinfo(tz)
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -2.0**63 <= t < 2.0**63:
            raise OverflowError('timestamp out of range for platform time_t')
        if isinstance(t, float):
            a, b = t.as_integer_ratio()
            us = _round_half_even(a * 1000000, b)
        else:
            us = t * 1000000
        us += _EPOCH_US
        if tz is None and 0 <= us < _US_DAY:
            raise ValueError('year 0 is out of range')  # CPython probes the day before
        if not 0 <= us < 3652059 * _US_DAY:
            y = _ord2ymd(us // _US_DAY + 1)[0]
            if not -2**31 <= y - 1900 < 2**31:
                raise OSError(75, 'Value too large for defined data type')
            raise ValueError(f'year {y} is out of range')
        if tz is None:
            return cls._from_us(us, None)
        return tz.fromutc(cls._from_us(us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if s[4:6] == '-W':
            n = 10 if s[8:9] == '-' else 8
        elif s[4:5] == 'W':
            n = 8 if s[7:8].isdigit() else 7
        else:
            n = 10 if s[4:5] == '-' else 8
        ymd = _parse_date(s[:n])
        t = (0, 0, 0, 0, None) if len(s) == n else _parse_time(s[n + 1:]) if s[n + 1:] else None
        if ymd is None or t is None:
            raise ValueError(f'Invalid isoformat string: {s!r}')
        return cls(*ymd, *t)

    @classmethod
    def strptime(cls, s, fmt):
        return _strptime(cls, s, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return _tzcall(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _tzcall(self._tzinfo, 'dst', self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset()
        return (self._local_us() - _EPOCH_US - (off._us() if off else 0)) / 10**6

    def timetuple(self):
        dst = self.dst()
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, -1 if dst is None else int(bool(dst)))

    def utctimetuple(self):
        off = self.utcoffset()
        d = self - off if off else self
        return _struct_time(d._year, d._month, d._day, d._hour, d._minute, d._second, 0)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            tz = timezone(timedelta(0), 'UTC')
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, sep='T', timespec='auto'):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' + \
            _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _fmt_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        return _clock_repr(self, [self._year, self._month, self._day, self._hour, self._minute])

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self)

    def _cmpkey(self, other, op):
        if not isinstance(other, datetime):
            if op == '==' or not isinstance(other, date):
                return NotImplemented if op == '==' else _cmperr(op, self, other)
            raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
        a, b = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or a == b:
            return self._local_us(), other._local_us()
        if a is None or b is None:
            if op == '==':
                return 0, 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._local_us() - a._us(), other._local_us() - b._us()

    __eq__ = _time_class.__eq__
    __lt__ = _time_class.__lt__
    __le__ = _time_class.__le__
    __gt__ = _time_class.__gt__
    __ge__ = _time_class.__ge__

    def __hash__(self):
        if self._hash == -1:
            off = self.utcoffset()
            self._hash = hash(self._local_us() - (off._us() if off else 0))
        return self._hash

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() + other._us(), self._tzinfo)
        return _binop('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            d = self._local_us() - other._local_us()
            if a is not None and self._tzinfo is not other._tzinfo:
                d -= a._us() - b._us()
            return timedelta._from_us(d)
        return _binop('-', self, other)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


_EPOCH_US = (_ymd2ord(1970, 1, 1) - 1) * _US_DAY
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_time_class = time


# strptime's numeric directives: (least value, most digits, greatest value).
_NUMERIC = {'Y': (0, 4, 9999), 'y': (0, 2, 99), 'm': (1, 2, 12), 'd': (1, 2, 31),
            'H': (0, 2, 23), 'I': (1, 2, 12), 'M': (0, 2, 59), 'S': (0, 2, 61),
            'f': (0, 6, 999999), 'j': (1, 3, 366)}


def _strptime(cls, s, fmt):
    # Walks fmt and s together, as CPython's regular expressions would match them; a space in
    # fmt matches one or more in s.
    if not isinstance(s, str) or not isinstance(fmt, str):
        bad = s if not isinstance(s, str) else fmt
        raise TypeError(f'strptime() argument {1 if bad is s else 2} must be str, '
                        f'not {type(bad).__name__}')
    fail = ValueError(f'time data {s!r} does not match format {fmt!r}')
    f = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = tz = yday = None
    i = j = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            if j == len(s) or not s[j].isspace():
                raise fail
            while j < len(s) and s[j].isspace():
                j += 1
            continue
        if c != '%':
            if s[j:j + 1].lower() != c.lower():
                raise fail
            j += 1
            continue
        if i == len(fmt):
            raise ValueError(f"stray % in format '{fmt}'")
        c = fmt[i]
        i += 1
        if c in _NUMERIC:
            # As CPython's patterns: the longest prefix within the width whose value is in range
            # (%Y and %y take exactly their width).
            least, width, top = _NUMERIC[c]
            if c == 'd' and s[j:j + 1] == ' ':
                j += 1
                width = 1
            k = j
            while k < len(s) and k - j < width and s[k].isdigit() and s[k].isascii():
                k += 1
            exact = width if c in 'Yy' else 1
            while k > j and not (least <= int(s[j:k]) <= top and k - j >= exact):
                k -= 1
            if k == j:
                raise fail
            v = int(s[j:k])
            if c == 'f':
                v = int(s[j:k].ljust(6, '0'))
            elif c == 'y':
                c, v = 'Y', v + (2000 if v < 69 else 1900)
            elif c == 'I':
                c, v = 'H', v % 12
            elif c == 'j':
                yday = v
            j = k
            f[c] = v
        elif c in 'bBaAp':
            names = (('AM', 'PM') if c == 'p' else _MONTHS if c in 'bB' else _DAYS)
            for idx, name in enumerate(names):
                if c in 'ba':
                    name = name[:3]
                if s[j:j + len(name)].lower() == name.lower():
                    j += len(name)
                    break
            else:
                raise fail
            if c == 'p':
                pm = idx
            elif c in 'bB':
                f['m'] = idx + 1
        elif c == 'z':
            if s[j:j + 1] == 'Z':
                tz, j = timezone.utc, j + 1
            else:
                k = j + 1
                while k < len(s) and (s[k].isdigit() or s[k] in ':.'):
                    k += 1
                t = _parse_time(s[j + 1:k]) if s[j:j + 1] in ('+', '-') else None
                if t is None or t[4] is not None or len(s[j + 1:k].replace(':', '')) < 4:
                    raise fail
                td = timedelta(hours=t[0], minutes=t[1], seconds=t[2], microseconds=t[3])
                tz = timezone(-td if s[j] == '-' else td)
                j = k
        elif c == 'Z':
            for name in ('UTC', 'GMT'):
                if s[j:j + 3].upper() == name:
                    j += 3
                    break
            else:
                raise fail
        elif c == '%':
            if s[j:j + 1] != '%':
                raise fail
            j += 1
        else:
            raise ValueError(f"'{c}' is a bad directive in format '{fmt}'")
    if j < len(s):
        raise ValueError(f'unconverted data remains: {s[j:]}')
    if pm is not None and '%I' in fmt:
        f['H'] = f['H'] % 12 + 12 * pm
    if yday is not None and '%m' not in fmt and '%d' not in fmt:
        f['Y'], f['m'], f['d'] = _ord2ymd(_ymd2ord(f['Y'], 1, 1) + yday - 1)
    return cls(f['Y'], f['m'], f['d'], f['H'], f['M'], f['S'], f['f'], tz)
