"""logging for asyncplay: loggers, handlers, formatters and filters.

Loggers form a dotted-name tree under the root logger; a record travels from the logger it was
made on up through its ancestors' handlers (unless propagate is off), and with no handler at all
the last-resort handler prints the bare message to sys.stderr for WARNING and above. Levels,
basicConfig, Formatter with the '%', '{' and '$' styles, Filter, Handler, StreamHandler,
NullHandler, LoggerAdapter, disable and the module-level helpers (info, warning, exception...)
behave and print as in CPython 3.11.

Differences, because asyncplay has no frame objects, files or local-time calendar:
- a record's pathname, filename and module are '(unknown file)', lineno 0 and funcName
  '(unknown function)' (what CPython records when it cannot find the caller); stacklevel is
  accepted and ignored, and stack_info=True adds nothing;
- local time is taken to be UTC: asctime and datefmt show the UTC time of the record (the
  formatter here knows %Y %m %d %H %M %S %y %b %B %a %A %j %p %I %w %Z %z and %%);
- FileHandler is missing (there is no open()), and so is basicConfig(filename=...);
- handleError prints the traceback and the message but no "Call stack:" section;
- warn() does not print CPython's DeprecationWarning (there is no warnings module);
- captureWarnings and the submodules logging.config and logging.handlers are missing.
"""

import sys
import _thread
from time import time as _time

__all__ = [
    'BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter', 'Handler',
    'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler',
    'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical', 'debug', 'disable',
    'error', 'exception', 'fatal', 'getLevelName', 'getLevelNamesMapping', 'getLogger',
    'getLoggerClass', 'info', 'lastResort', 'log', 'makeLogRecord', 'raiseExceptions',
    'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
    'setLogRecordFactory', 'PercentStyle', 'StrFormatStyle', 'StringTemplateStyle',
]

_startTime = _time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, the number of a level name, else 'Level %s' % level."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class _RLock:
    # A reentrant lock straight on _thread, so that importing logging does not import
    # threading (which costs more than the rest of this module).
    def __init__(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _thread.get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _thread.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


_lock = _RLock()
_main_ident = _thread.get_ident()


def _thread_name():
    # threading.current_thread().name, without importing threading in a program that has
    # only its main thread.
    threading = sys.modules.get('threading')
    if threading is None:
        if _thread.get_ident() == _main_ident:
            return 'MainThread'
        import threading
    return threading.current_thread().name


def _process_id():
    try:
        import os
        return os.getpid()
    except (ImportError, AttributeError):
        return None


# --- time formatting -------------------------------------------------------------------------
# There is no time.localtime or time.strftime here: local time is taken to be UTC, and the
# fields are worked out from the epoch seconds by days-from-civil arithmetic.

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _civil_from_days(days):
    # (year, month, day) of the day `days` after 1970-01-01, proleptic Gregorian calendar.
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (month <= 2)
    return year, month, day


def _utc_fields(seconds=None):
    """A struct_time-like 9-tuple (year, month, day, hour, minute, second, weekday, yearday,
    isdst=0) for epoch seconds, in UTC."""
    if seconds is None:
        seconds = _time()
    secs = int(seconds // 1)
    days, rem = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    yday = _DAYS_BEFORE_MONTH[month - 1] + day + (leap and month > 2)
    return (year, month, day, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0)


def _strftime(fmt, t):
    year, month, day, hour, minute, second, wday, yday = tuple(t)[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'b':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif d == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[wday])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'Z':
            out.append('UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _is_mapping(obj):
    # isinstance(obj, collections.abc.Mapping), without importing collections.abc (slow to
    # import): a class can only be a Mapping other than dict once that module is loaded.
    if isinstance(obj, dict):
        return True
    abc = sys.modules.get('collections.abc')
    return abc is not None and isinstance(obj, abc.Mapping)


# --- records ---------------------------------------------------------------------------------

class LogRecord:
    """One logging event: the message, its arguments and where and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        ct = _time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname
        if pathname and pathname != '(unknown file)':
            self.filename = pathname.rpartition('/')[2]
            self.module = self.filename.rpartition('.')[0] or self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = _thread.get_ident()
            self.threadName = _thread_name()
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = _process_id() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in by %."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from dict (as when a record arrives over a socket)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# --- formatters ------------------------------------------------------------------------------

_IDENT_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _percent_field_at(fmt, i):
    # Whether fmt[i:] starts with a %(name)[flags][width][.precision]conversion field.
    n = len(fmt)
    j = i + 2
    while j < n and fmt[j] in _IDENT_CHARS:
        j += 1
    if j == i + 2 or j >= n or fmt[j] != ')':
        return False
    j += 1
    while j < n and fmt[j] in '#0+ -':
        j += 1
    for part in (0, 1):
        if part and j < n and fmt[j] == '.':
            j += 1
        elif part:
            break
        if j < n and fmt[j] == '*':
            j += 1
        else:
            while j < n and fmt[j].isdigit():
                j += 1
    return j < n and fmt[j] in 'diouxefgcrsaDIOUXEFGCRSA%'


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        i = fmt.find('%(')
        while i >= 0:
            if _percent_field_at(fmt, i):
                return
            i = fmt.find('%(', i + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _brace_fields(fmt):
    # (name, conversion) of each replacement field of a str.format string; '{{' and '}}' are
    # literal braces.
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c in '{}' and i + 1 < n and fmt[i + 1] == c:
            i += 2
            continue
        if c == '}':
            raise ValueError("invalid format: Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        depth = 1
        j = i + 1
        while j < n and depth:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
            j += 1
        if depth:
            raise ValueError("invalid format: expected '}' before end of string")
        body = fmt[i + 1:j - 1]
        name, _, spec = body.partition(':')
        name, bang, conversion = name.partition('!')
        fields.append((name, conversion if bang else None))
        i = j
    return fields


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        fields = _brace_fields(self._fmt)
        for name, conversion in fields:
            if conversion is not None and conversion not in ('r', 's', 'a'):
                raise ValueError('invalid format: invalid conversion: %r' % conversion)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        from string import Template
        super().__init__(fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        i = fmt.find('$')
        while 0 <= i < len(fmt) - 1:
            nxt = fmt[i + 1]
            if nxt == '$':
                i = fmt.find('$', i + 2)
                continue
            if nxt == '{' or nxt in _IDENT_CHARS and not nxt.isdigit():
                return
            i = fmt.find('$', i + 1)
        raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter:
    """Turns a record into text: fmt picks record attributes (style '%', '{' or '$'),
    datefmt shapes asctime (UTC here, see the module docstring)."""

    converter = staticmethod(_utc_fields)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, ct)
        s = _strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The traceback of exc_info tuple ei, without its last newline."""
        import traceback
        s = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# --- filters ---------------------------------------------------------------------------------

class Filter:
    """Lets through the records of logger `name` and its descendants (all when name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """Holds a list of filters (objects with a filter method, or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False as soon as one filter rejects the record, else True."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# --- handlers --------------------------------------------------------------------------------

_handlers = {}
_handlerList = []


def _stream_label(stream):
    name = getattr(stream, 'name', '')
    if stream is sys.__stderr__:
        name = '<stderr>'
    elif stream is sys.__stdout__:
        name = '<stdout>'
    return str(name) if name else ''


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit(record)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record, under the handler's lock, if the filters let it through."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised while emitting (when raiseExceptions is set)."""
        if raiseExceptions and sys.stderr:
            exc = sys.exc_info()[1]
            try:
                import traceback
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(exc, file=sys.stderr)
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records, each followed by `terminator`, to a stream (sys.stderr as it
    is when the handler is made, by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to stream and returns the old one (None when it is the same)."""
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = _stream_label(self.stream)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # The last resort: writes to whatever sys.stderr is at the time.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Swallows every record (for libraries that leave configuration to the program)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# --- loggers ---------------------------------------------------------------------------------

class PlaceHolder:
    # Stands in the logger tree for a dotted-name prefix no one has asked for yet.
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Keeps the logger tree: one logger per name, each linked to its nearest ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
            elif rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and not rv:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        alogger.parent = rv or self.root

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: debug(), info(), ... make records at a level and hand them to this
    logger's handlers and, while propagate is true, to its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the traceback of the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # No frame objects here: what CPython answers when it cannot find the caller.
        return "(unknown file)", 0, "(unknown function)", None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        """Passes record to the handlers of this logger and its ancestors (up to the first
        with propagate off), or to lastResort when there are none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest logger, from this one up, that has one set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = level >= self.getEffectiveLevel()
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root', at WARNING by default."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add `extra` to every record it makes."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def getLogger(name=None):
    """The logger called name (made on first use); the root logger when name is empty."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


# --- module-level configuration and helpers --------------------------------------------------

def basicConfig(**kwargs):
    """Gives the root logger a StreamHandler with a Formatter, unless it has handlers already
    (or force=True). Keywords: level, format, datefmt, style, stream, handlers, force,
    encoding, errors."""
    with _lock:
        force = kwargs.pop('force', False)
        kwargs.pop('encoding', None)
        kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                if kwargs.pop("filename", None):
                    raise NotImplementedError("asyncplay has no files: basicConfig(filename=...)"
                                              " is not supported")
                kwargs.pop("filemode", None)
                handlers = [StreamHandler(kwargs.pop("stream", None))]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at `level` or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first."""
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
