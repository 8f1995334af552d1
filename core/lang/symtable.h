// core/lang: the symbol table — which scope each name of a program belongs to.
//
// Input: a parsed Module. Output: one Scope per module, class body, function, lambda and
// comprehension, each mapping its names to how the compiler must access them (CPython's rules):
//   local  — assigned in a function scope (or a parameter): a frame slot;
//   cell   — a local that an inner function uses: a cell in the frame;
//   free   — a variable of an enclosing function used here: a cell passed in the closure;
//   global — declared `global`, or used but never bound in any enclosing function;
//   name   — module and class bodies: looked up by name at run time (locals dict, globals,
//            builtins); class bodies reach enclosing functions' variables through their cells.
// Errors are SyntaxErrors with CPython's messages ("name 'x' is assigned to before global
// declaration", "no binding for nonlocal 'x' found", ...).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/lang/ast.h"

namespace asyncplay::lang {

enum class ScopeKind { kModule, kClass, kFunction, kLambda, kComprehension };
enum class NameAccess { kLocal, kCell, kFree, kGlobalExplicit, kGlobalImplicit, kName };

struct Scope {
  ScopeKind kind = ScopeKind::kModule;
  std::string name;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;  // in source order
  const ast::Node* node = nullptr;               // the def/class/lambda/comprehension

  // Flags about names, filled while walking.
  enum : unsigned {
    kAssigned = 1,
    kParam = 2,
    kUsed = 4,
    kGlobal = 8,
    kNonlocal = 16,
    kAnnotated = 32,
    kImported = 64,
    kCompIter = 128,
  };
  std::map<std::string, unsigned> flags;
  std::vector<std::string> order;  // names in first-seen order (params first)
  std::vector<std::string> params;
  std::map<std::string, const ast::Located*> declared_at;  // global/nonlocal statements

  // The class whose private names (__x) this scope's code mangles to _Class__x: the innermost
  // class scope around it, or this one; empty outside classes.
  std::string private_name;

  bool is_function() const {
    return kind == ScopeKind::kFunction || kind == ScopeKind::kLambda ||
           kind == ScopeKind::kComprehension;
  }
  bool is_generator = false;
  bool is_coroutine = false;      // async def
  bool uses_super = false;        // mentions super or __class__: needs the __class__ cell
  bool needs_class_cell = false;  // class scope: some method uses __class__
  bool has_varargs = false, has_varkw = false;

  // Resolved after the walk.
  std::map<std::string, NameAccess> access;
  std::vector<std::string> cellvars;  // sorted, as CPython orders them
  std::vector<std::string> freevars;  // sorted

  NameAccess lookup(const std::string& name) const;
};

struct SymtableError {
  std::string msg;
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// Private name mangling, as CPython does inside a class: `__x` (not ending in two underscores,
// without dots) becomes `_Class__x`, the class name's leading underscores stripped.
std::string mangle(const std::string& private_name, const std::string& name);

// Builds the scope tree of `module`; false (and *error filled) for a SyntaxError.
bool build_symtable(const ast::Module& module, std::unique_ptr<Scope>* out, SymtableError* error);

}  // namespace asyncplay::lang
