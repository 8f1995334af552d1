// parse_dump FILE...: prints, for each file, what scripts/ast_oracle.py prints for it with
// python3, computed with asyncplay's parser:
//   ast:   <ast.dump(tree)>
//   pos:   <ast.dump(tree, include_attributes=True)>
// or, when the file does not compile,
//   error: <type> <lineno> <offset> <end_lineno> <end_offset> <msg>
// Options: --no-validate (parse only, like ast.parse), --time (print the parse time instead: the
// best of five runs, so that the first run's page faults do not count).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/lang/ast_dump.h"
#include "core/lang/parser.h"

using namespace asyncplay::lang;

int main(int argc, char** argv) {
  bool validate_too = true, timing = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-validate") == 0) {
      validate_too = false;
      continue;
    }
    if (std::strcmp(argv[i], "--time") == 0) {
      timing = true;
      continue;
    }
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "parse_dump: cannot read %s\n", argv[i]);
      return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    std::string source = buf.str();
    if (timing) {
      double best = 1e9;
      for (int run = 0; run < 5; ++run) {
        auto t0 = std::chrono::steady_clock::now();
        ParseResult timed =
            validate_too ? parse_and_validate(source, argv[i]) : parse(source, argv[i]);
        auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
      }
      std::printf("%s: %.3f ms\n", argv[i], best);
      continue;
    }
    ParseResult r = validate_too ? parse_and_validate(source, argv[i]) : parse(source, argv[i]);
    if (r.ok()) {
      std::printf("ast: %s\npos: %s\n", ast_dump(*r.module).c_str(),
                  ast_dump(*r.module, true).c_str());
    } else {
      const SyntaxErrorInfo& e = *r.error;
      std::printf("error: %s %d %d %d %d %s\n", name_of(e.kind), e.lineno, e.offset, e.end_lineno,
                  e.end_offset, e.msg.c_str());
    }
  }
  return 0;
}
