// libFuzzer entry point for the front end: lexer, parser, validate(), ast_dump, the compiler and
// the disassembler. Whatever the bytes, the result must be a Code object or a SyntaxError (and no
// Python exception left pending), without crashes, sanitizer reports, leaks or hangs.
//
// Built by the fuzz preset (clang 14, ASan + UBSan, libFuzzer from Debian's libclang-rt-14-dev)
// and run by scripts/fuzz.sh, which seeds it with tests/py and tests/lang/parse:
//   bash scripts/build.sh fuzz && bash scripts/fuzz.sh 300
//   build/fuzz/compile_fuzz CRASH-FILE          # replays one input
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/lang/ast_dump.h"
#include "core/lang/code.h"
#include "core/lang/compiler.h"
#include "core/lang/errors.h"
#include "core/lang/gil.h"
#include "core/lang/interp.h"
#include "core/lang/parser.h"

using namespace asyncplay::lang;

// Once, before the first input: what the compiler needs (it makes objects, the constants and the
// Code of every scope) is a current interpreter with its types, and the GIL held. The interpreter
// lives as long as the process, as the CLI's --dis one does.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  init_for_tools(*new Interp);
  gil().acquire();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  const std::string filename = "fuzz.py";
  ParseResult parsed = parse_and_validate(source, filename);
  if (!parsed.ok()) {
    if (!parsed.error) __builtin_trap();  // neither a tree nor an error
    (void)format_syntax_error(*parsed.error);
    return 0;
  }
  (void)ast_dump(*parsed.module, true);
  CompileError error;
  Ref code = compile_module(*parsed.module, filename, &error);
  if (!code && error.msg.empty()) __builtin_trap();  // neither a Code object nor an error
  if (error_occurred()) __builtin_trap();  // a Python exception left behind for the program
  if (code) (void)disassemble(*code.as<Code>());
  return 0;
}
