// core/lang: importing — the built-in modules, sys.modules, and the import statement's steps.
//
// Modules are built in (sys, math, time, random, functools, itertools, collections, ...): each
// registers a maker function by name; the first import runs it and caches the module in
// sys.modules. An unknown name raises ModuleNotFoundError("No module named 'x'").
#pragma once

#include <string_view>

#include "core/lang/objects.h"

namespace asyncplay::lang {

using ModuleMaker = Ref (*)();
void register_module(const char* name, ModuleMaker make);
// A module written in Python (a frozen prelude): compiled and run on first import.
void register_source_module(const char* name, const char* source);

// `import name` / `from name import ...` (fromlist is a tuple of str or None).
Ref import_module(Str* name, Value fromlist, int level, Dict* globals);
// `from module import name`: the attribute, or ImportError("cannot import name ...").
Ref import_from(Value module, Str* name);
// `from module import *` into `locals`.
int import_star(Value module, Dict* locals);

// sys.stdout / sys.stderr as created at start-up (print writes to them without a method call).
bool is_builtin_stream(Value v);
int builtin_stream_fd(Value v);

}  // namespace asyncplay::lang
