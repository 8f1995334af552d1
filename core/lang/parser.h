// The parser: source text -> Module (core/lang/ast.h), or a SyntaxError worded like CPython 3.11's.
//
//   ParseResult r = parse(source, "snippet.py");
//   if (!r.ok()) print(format_syntax_error(*r.error));
//   else if (auto err = validate(*r.module, source, "snippet.py")) ...   // compile-time checks
//
// parse() accepts exactly what CPython 3.11's parser accepts (ast.parse), and builds the same
// tree with the same positions. On invalid input it reports the error CPython's parser reports:
// the same exception type, message, line and offset. It never throws and never crashes: deeply
// nested input is refused with CPython's "too many nested parentheses" or a RecursionError-like
// SyntaxError instead of exhausting the native stack.
//
// validate() performs the checks CPython makes after parsing, in its symbol table and compiler
// ('return' outside function, 'break' outside loop, 'await' outside async function, nonlocal at
// module level, duplicate parameters, ...), so a compiler may assume a validated tree is legal.
// compile() in CPython = parse() then validate().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/lang/ast.h"
#include "core/lang/lexer.h"

namespace asyncplay::lang {

// The deepest nesting of statements, expressions and patterns in a tree that validate()
// accepts; deeper trees fail with CPython's RecursionError ("maximum recursion depth exceeded
// during compilation"), so a compiler may recurse over a validated tree. CPython's limit is
// 3000; WebAssembly threads have small stacks, so there it is 1000.
inline constexpr int kMaxNesting = ASYNCPLAY_WASM ? 1000 : 3000;

struct ParseResult {
  std::unique_ptr<ast::Module> module;   // set on success
  std::optional<SyntaxErrorInfo> error;  // set on failure

  bool ok() const { return module != nullptr; }
};

// Parses a whole file (CPython's "exec" mode). `source` is UTF-8; "\r\n" and "\r" line ends are
// accepted. Positions in the tree refer to the source with line ends normalized to "\n".
ParseResult parse(std::string_view source, std::string_view filename = "<unknown>");

// CPython's compile-time checks on a parsed module; nullopt when the module may be compiled.
std::optional<SyntaxErrorInfo> validate(const ast::Module& module, std::string_view source,
                                        std::string_view filename = "<unknown>");

// parse() followed by validate(): what CPython's compile(source, filename, "exec") checks.
ParseResult parse_and_validate(std::string_view source, std::string_view filename = "<unknown>");

}  // namespace asyncplay::lang
