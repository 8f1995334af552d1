// libFuzzer entry point for the lexer, parser, validate() and ast_dump: whatever the bytes, the
// result must be a tree or a SyntaxErrorInfo, without crashes, sanitizer reports or hangs.
//
// Build and run (clang 14 with Debian's libclang-rt-14-dev, which provides libFuzzer):
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I. \
//       tests/fuzz/parse_fuzz.cpp core/lang/{ast,lexer,unicode,parser,parser_expr,parser_strings,\
//       parser_match,ast_dump,syntax_check}.cpp -o build/parse_fuzz
//   mkdir -p build/fuzz-corpus && cp tests/lang/parse/*.py tests/py/**/*.py build/fuzz-corpus/
//   build/parse_fuzz -max_total_time=120 -max_len=4096 -timeout=5 build/fuzz-corpus
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/lang/ast_dump.h"
#include "core/lang/lexer.h"
#include "core/lang/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  asyncplay::lang::ParseResult r = asyncplay::lang::parse_and_validate(source, "fuzz.py");
  if (r.ok()) {
    (void)asyncplay::lang::ast_dump(*r.module, true);
  } else if (!r.error) {
    __builtin_trap();  // neither a tree nor an error
  } else {
    (void)asyncplay::lang::format_syntax_error(*r.error);
  }
  return 0;
}
