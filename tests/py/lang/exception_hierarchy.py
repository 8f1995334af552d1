# The built-in exception hierarchy: base classes of common exceptions and catching by base.
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ModuleNotFoundError,
         UnboundLocalError, RecursionError, NotImplementedError, FileNotFoundError,
         StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
         UnicodeDecodeError, TimeoutError, ExceptionGroup, BaseExceptionGroup, AssertionError,
         IndentationError, TabError]
for cls in names:
    print(cls.__name__, "->", " -> ".join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(IOError is OSError, EnvironmentError is OSError)
