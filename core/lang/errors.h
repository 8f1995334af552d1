// core/lang: how a Python exception travels — the one error interface of the interpreter.
//
// Raising sets the calling thread's current exception and returns a null Ref (or -1 / false from
// functions that return int / bool); every caller that gets one returns it on, until a handler in
// the VM catches it. Nothing in the interpreter throws C++ exceptions.
//
//   if (!ok) return raise(g_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
//   Ref v = getattr(obj, name);
//   if (!v) return nullptr;               // propagate
//
// The built-in exception classes are the g_XxxError Type objects below; their instances are
// BaseExc objects (args, traceback entries, __cause__, __context__, notes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/lang/object.h"

namespace asyncplay::lang {

struct Code;

#define ASYNCPLAY_EXCEPTIONS(X)              \
  X(BaseException, object)                   \
  X(BaseExceptionGroup, BaseException)       \
  X(GeneratorExit, BaseException)            \
  X(KeyboardInterrupt, BaseException)        \
  X(SystemExit, BaseException)               \
  X(Exception, BaseException)                \
  X(ArithmeticError, Exception)              \
  X(FloatingPointError, ArithmeticError)     \
  X(OverflowError, ArithmeticError)          \
  X(ZeroDivisionError, ArithmeticError)      \
  X(AssertionError, Exception)               \
  X(AttributeError, Exception)               \
  X(BufferError, Exception)                  \
  X(EOFError, Exception)                     \
  X(ExceptionGroup, BaseExceptionGroup)      \
  X(ImportError, Exception)                  \
  X(ModuleNotFoundError, ImportError)        \
  X(LookupError, Exception)                  \
  X(IndexError, LookupError)                 \
  X(KeyError, LookupError)                   \
  X(MemoryError, Exception)                  \
  X(NameError, Exception)                    \
  X(UnboundLocalError, NameError)            \
  X(OSError, Exception)                      \
  X(BlockingIOError, OSError)                \
  X(ChildProcessError, OSError)              \
  X(ConnectionError, OSError)                \
  X(BrokenPipeError, ConnectionError)        \
  X(ConnectionAbortedError, ConnectionError) \
  X(ConnectionRefusedError, ConnectionError) \
  X(ConnectionResetError, ConnectionError)   \
  X(FileExistsError, OSError)                \
  X(FileNotFoundError, OSError)              \
  X(InterruptedError, OSError)               \
  X(IsADirectoryError, OSError)              \
  X(NotADirectoryError, OSError)             \
  X(PermissionError, OSError)                \
  X(ProcessLookupError, OSError)             \
  X(TimeoutError, OSError)                   \
  X(ReferenceError, Exception)               \
  X(RuntimeError, Exception)                 \
  X(NotImplementedError, RuntimeError)       \
  X(RecursionError, RuntimeError)            \
  X(StopAsyncIteration, Exception)           \
  X(StopIteration, Exception)                \
  X(SyntaxError, Exception)                  \
  X(IndentationError, SyntaxError)           \
  X(TabError, IndentationError)              \
  X(SystemError, Exception)                  \
  X(TypeError, Exception)                    \
  X(ValueError, Exception)                   \
  X(UnicodeError, ValueError)                \
  X(UnicodeDecodeError, UnicodeError)        \
  X(UnicodeEncodeError, UnicodeError)        \
  X(UnicodeTranslateError, UnicodeError)     \
  X(Warning, Exception)                      \
  X(BytesWarning, Warning)                   \
  X(DeprecationWarning, Warning)             \
  X(EncodingWarning, Warning)                \
  X(FutureWarning, Warning)                  \
  X(ImportWarning, Warning)                  \
  X(PendingDeprecationWarning, Warning)      \
  X(ResourceWarning, Warning)                \
  X(RuntimeWarning, Warning)                 \
  X(SyntaxWarning, Warning)                  \
  X(UnicodeWarning, Warning)                 \
  X(UserWarning, Warning)

#define ASYNCPLAY_DECLARE_EXC(name, base) extern Type* g_##name;
ASYNCPLAY_EXCEPTIONS(ASYNCPLAY_DECLARE_EXC)
#undef ASYNCPLAY_DECLARE_EXC

// One line of a traceback: the code and the instruction that was running.
struct TracebackEntry {
  Code* code;  // owned
  int instr;
};

// An exception instance (also of user subclasses, which may add a __dict__).
struct BaseExc : Object {
  Value args;     // tuple, owned
  Value cause;    // owned or null
  Value context;  // owned or null
  Value notes;    // list or null (__notes__)
  bool suppress_context = false;
  Dict* dict = nullptr;
  std::vector<TracebackEntry> traceback;  // outermost first
  Value value;                            // StopIteration.value / SystemExit.code, owned or null
  Value group_message;                    // BaseExceptionGroup.message (str), owned or null
  Value group_excs;                       // BaseExceptionGroup.exceptions (tuple), owned or null
};

// ---- raising -------------------------------------------------------------------------------

// Sets the current exception to `exc` (an instance; a class is instantiated) and returns null.
Ref raise_value(Value exc);
// Implicit chaining: `handled` (the exception being handled, or null/None) becomes exc's
// __context__, unless that would make a cycle of contexts.
void chain_context(Value exc, Value handled);
// Instantiates `type` with one str argument and raises it.
Ref raise(Type* type, std::string_view message);
// Raises `type` with no arguments.
Ref raise_empty(Type* type);
// Shorthands for the common cases.
Ref type_error(std::string_view message);
Ref value_error(std::string_view message);
// "unsupported operand type(s) for +: 'int' and 'str'".
Ref unsupported_operands(std::string_view op, Value a, Value b);

// AttributeError("'T' object has no attribute 'x'") remembering obj and name (CPython's
// AttributeError.obj/.name), so that the traceback can suggest "Did you mean: 'y'?".
Ref raise_attribute_error(Value obj, Str* name, std::string_view message);
// NameError("name 'x' is not defined") remembering where it was looked up (the code's local
// names, globals, builtins) for the same suggestion.
Ref raise_name_error(Str* name, Value varnames, Dict* globals, Dict* builtins);

// dir(obj): the sorted attribute names of an object (instance dict, class MRO, module dict).
Ref object_dir(Value obj);

// ---- inspecting and clearing -----------------------------------------------------------------

bool error_occurred();
Value current_error();           // borrowed; null if none
bool error_matches(Type* type);  // the current exception is an instance of `type`
Ref fetch_error();               // takes the current exception (null if none)
void restore_error(Ref exc);     // sets it again
void clear_error();

// After an iterator's next slot returned null: 0 when it is exhausted (a pending StopIteration,
// which carries a generator's return value, is cleared), -1 when a real exception is set.
int exhausted_or_error();

// Convenience for ints: returns -1 (for int-returning functions) after raising.
inline int fail(Ref) {
  return -1;
}

// Instantiates an exception without raising it.
Ref new_exception(Type* type, std::string_view message);
bool is_exception_type(Value v);
bool is_exception_instance(Value v);

// ---- exception groups (exc_group.cpp) ---------------------------------------------------------

// ExceptionGroup's second base (Exception), the group methods and attributes; called by
// init_exception_types() once the classes exist.
void init_exception_group_types();
// A BaseExceptionGroup instance (ExceptionGroup and user subclasses included).
bool is_exception_group(Value v);
// The sub-exceptions of a group (a tuple), borrowed.
Tuple* group_exceptions(Value group);

// except*: splits the exception `exc` (the part not handled yet, or None) by the except* clause's
// type(s) `type`: returns the matching part (None if nothing matches; a naked exception that
// matches is wrapped in an ExceptionGroup("", [exc])) and stores the rest (or None) in *rest.
// Null with an exception for an invalid `type` (a non-exception class, or an exception group).
Ref exception_group_match(Value exc, Value type, Ref* rest);
// except*, after the clauses ran: `orig` is the exception the try raised, `excs` a list of what
// the handlers raised plus the unhandled rest (None entries are skipped). Returns what to raise
// (re-raised parts keep orig's nesting; new ones join them in an ExceptionGroup("", ...)) or None.
Ref prepare_reraise_star(Value orig, Value excs);

}  // namespace asyncplay::lang
