// core/lang: Code, the compiler's output for one function, class body or module.
//
// A Code object holds the instructions (see opcodes.h), the constants and names they refer to,
// the layout of the frame's local slots (parameters first, then other locals, then cells for
// variables captured by inner functions, then free variables captured from outer ones) and a
// position table with one entry per instruction, from which tracebacks are built.
#pragma once

#include <string>
#include <vector>

#include "core/lang/object.h"
#include "core/lang/opcodes.h"

namespace asyncplay::lang {

// Where an instruction came from: CPython's (lineno, end_lineno, col, end_col).
struct Position {
  int line = 0;
  int end_line = 0;
  int col = -1;  // UTF-8 byte offsets; -1 when unknown
  int end_col = -1;
  // The part CPython 3.11 marks with ^ inside the ~ range (a binary operator, an index).
  int anchor_col = -1;
  int anchor_end_col = -1;
};

enum CodeFlags : uint32_t {
  kCodeOptimized = 1,    // locals live in slots (functions), not in a dict
  kCodeNewLocals = 2,    // a fresh locals namespace (functions, class bodies)
  kCodeVarargs = 4,      // has *args
  kCodeVarkeywords = 8,  // has **kwargs
  kCodeNested = 16,      // defined inside another function
  kCodeGenerator = 32,   // calling it makes a generator
  kCodeCoroutine = 128,  // async def
  kCodeAsyncGenerator = 512,
};

struct Code : Object {
  std::string name;      // co_name
  std::string qualname;  // co_qualname
  std::string filename;
  int first_line = 0;
  uint32_t flags = 0;

  int argcount = 0;  // positional parameters, positional-only included
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  std::vector<std::string> varnames;  // parameters, then other locals
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // variables captured from outer functions
  std::vector<int> cell2arg;          // for each cellvar: the parameter it starts from, or -1

  std::vector<Instr> code;
  std::vector<Position> positions;  // one per instruction
  std::vector<Value> consts;        // owned references
  std::vector<Str*> names;          // owned references: attribute, global and imported names
  int stacksize = 0;
  int maxblocks = 0;  // the deepest the frame's handler-block stack can get

  // LOAD_GLOBAL's cache, one entry per name (made on first use): the value found while the
  // globals and builtins had these versions. Dict versions are unique across all dicts and
  // change with every change (dict.cpp), so equal versions mean the same dicts, unchanged, and
  // the borrowed value still alive. Read and written under the GIL.
  struct GlobalCache {
    uint64_t globals_version = 0;
    uint64_t builtins_version = 0;
    Value value;  // borrowed; null: no entry
  };
  std::vector<GlobalCache> global_cache;

  int nlocals() const { return static_cast<int>(varnames.size()); }
  int ncells() const { return static_cast<int>(cellvars.size()); }
  int nfree() const { return static_cast<int>(freevars.size()); }
  // Number of frame slots: locals, cells, free variables.
  int nslots() const { return nlocals() + ncells() + nfree(); }
};

extern Type g_code_type;

// `asyncplay --dis`: one line per instruction, nested code objects after their parent.
std::string disassemble(const Code& code);

}  // namespace asyncplay::lang
