// core/lang: the virtual machine — frames on the heap and the dispatch loop.
//
// A Frame holds one activation of a Code object: its local slots, cells, value stack, handler
// block stack and instruction pointer. Frames live on the heap so that a generator or coroutine
// is simply a suspended frame: resuming re-enters the dispatch loop, which returns when the frame
// returns, yields, or lets an exception escape (style.md, point 4). Python-to-Python calls do not
// recurse on the native stack: the loop switches to the callee's frame and back.
#pragma once

#include <cstdint>

#include "core/lang/code.h"
#include "core/lang/errors.h"
#include "core/lang/objects.h"

namespace asyncplay::lang {

struct Block {
  enum Kind : uint8_t { kFinally, kExceptHandler } kind;
  uint32_t handler;  // instruction index
  uint32_t level;    // value stack depth to restore
};

struct Frame {
  Code* code;      // owned
  Function* func;  // owned, may be null (module code)
  Dict* globals;   // owned
  Dict* builtins;  // borrowed from the Interp
  Dict* locals;    // owned; module and class bodies only
  Frame* back = nullptr;
  Object* owner = nullptr;  // the generator/coroutine that owns this frame, if any
  uint32_t ip = 0;
  uint32_t sp = 0;  // number of values on the stack
  uint32_t nblocks = 0;
  bool entry = false;  // the dispatch loop returns when this frame returns
  bool running = false;
  Value handled_before;  // the thread's handled exception when this frame was resumed
  Block* blocks;         // code->maxblocks of them, after the value stack
  Value* stack;          // points into `slots` after the locals
  Value slots[1];        // locals, cells, free variables, then the value stack (owned)

  int line() const;  // the line of the instruction running (or last run)
};

// Creates a frame for calling `func` with `args` bound to its parameters (TypeError on a
// mismatch, worded like CPython's). Null on error.
Frame* new_frame(Function* func, Args args);
void free_frame(Frame* f);

// What running a frame until it stops produced.
enum class FrameStatus { kReturned, kYielded, kError };

// Runs `f` (a new frame, or a suspended generator frame) until it returns, yields or raises.
// `send` is pushed first when resuming a generator (null for a fresh frame); `throw_in` raises
// the current exception at the resumption point instead. *out receives the value returned or
// yielded (owned).
FrameStatus run_frame(Frame* f, Value send, bool throw_in, Value* out);

// Calls a Python function (the Function type's call slot).
Ref call_function(Function* func, Args args);
// Runs a class body with `ns` as its locals; returns the __classcell__ cell (or None).
Ref run_class_body(Function* body, Dict* ns);
// Runs module code with `globals` as globals and locals.
Ref run_module_code(Code* code, Dict* globals);

// Zero-argument super(): the running function's __class__ cell and first argument.
bool super_from_frame(Value* type, Value* obj);

// Raises KeyboardInterrupt if a stop was requested (checked at backward jumps and calls).
bool check_interrupt();

}  // namespace asyncplay::lang
