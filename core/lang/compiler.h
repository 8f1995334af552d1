// core/lang: the compiler — a parsed Module to a Code object of bytecode (see opcodes.h).
//
// Input: the AST (ast.h) of a whole program and the file name to record in it. Output: the
// module's Code, whose constants hold the Code of every function, class body and comprehension
// nested in it; or a SyntaxError (scoping mistakes such as "'return' outside function" or
// "no binding for nonlocal 'x' found") with CPython's message and position.
//
// The translation follows CPython 3.9's compiler, whose block-stack design suits a VM without
// exception tables: try/except/finally and `with` push handler blocks (SETUP_FINALLY), and
// `break`, `continue` and `return` unwind them explicitly, running `finally` bodies inline.
#pragma once

#include <string>

#include "core/lang/ast.h"
#include "core/lang/value.h"

namespace asyncplay::lang {

struct CompileError {
  std::string msg;
  int lineno = 0;
  int col_offset = 0;  // 0-based
  int end_lineno = 0;
  int end_col_offset = 0;
};

// The module's Code object, or null with *error filled.
Ref compile_module(const ast::Module& module, const std::string& filename, CompileError* error);

}  // namespace asyncplay::lang
