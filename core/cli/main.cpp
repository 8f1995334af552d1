// The native command line: `asyncplay FILE.py` runs a program as `python3 FILE.py` would.
//
//   asyncplay [--dis] [--trace OUT.json [--trace-format native|chrome]] FILE.py [ARGS...]
//                                          run FILE.py ("-": read the program from stdin)
//   asyncplay --help
//
// stdout and stderr are the program's, the exit status is 0, 1 after an uncaught exception or a
// SyntaxError, or the code given to sys.exit().
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/lang/code.h"
#include "core/lang/compiler.h"
#include "core/lang/interp.h"
#include "core/lang/parser.h"

namespace {

constexpr const char* kUsage =
    "usage: asyncplay [options] FILE.py [ARGS...]\n"
    "\n"
    "Runs a Python 3.11 program with the asyncplay engine and exits like python3 would:\n"
    "0 on success, 1 after an uncaught exception or a SyntaxError, or sys.exit()'s code.\n"
    "\n"
    "  FILE.py     the program; '-' reads it from standard input\n"
    "  ARGS        become sys.argv[1:]\n"
    "\n"
    "options:\n"
    "  --dis       print the program's bytecode instead of running it\n"
    "  --trace OUT.json   write the run's timeline (docs/trace-format.md) to OUT.json\n"
    "  --trace-format native|chrome\n"
    "              the trace's format: asyncplay's own (default) or Chrome's trace events,\n"
    "              for Perfetto and chrome://tracing\n"
    "  --help      show this help and exit\n";

bool read_all(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

int disassemble_file(const std::string& filename, const std::string& source) {
  using namespace asyncplay::lang;
  Interp in;
  in.host.write = [](int stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream == 2 ? stderr : stdout);
  };
  init_for_tools(in);
  ParseResult parsed = parse_and_validate(source, filename);
  if (!parsed.ok()) {
    std::fputs(format_syntax_error(*parsed.error).c_str(), stderr);
    return 1;
  }
  CompileError err;
  Ref code = compile_module(*parsed.module, filename, &err);
  if (!code) {
    std::fprintf(stderr, "  File \"%s\", line %d\nSyntaxError: %s\n", filename.c_str(), err.lineno,
                 err.msg.c_str());
    return 1;
  }
  std::fputs(disassemble(*code.as<Code>()).c_str(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool dis = false;
  std::string trace_path;
  bool chrome_format = false;
  int i = 1;
  for (; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (!std::strcmp(argv[i], "--dis")) {
      dis = true;
      continue;
    }
    if (!std::strcmp(argv[i], "--trace")) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "asyncplay: --trace needs a file name\n\n%s", kUsage);
        return 2;
      }
      trace_path = argv[++i];
      continue;
    }
    if (!std::strcmp(argv[i], "--trace-format")) {
      const char* format = i + 1 < argc ? argv[++i] : "";
      if (std::strcmp(format, "native") != 0 && std::strcmp(format, "chrome") != 0) {
        std::fprintf(stderr, "asyncplay: --trace-format needs 'native' or 'chrome'\n\n%s", kUsage);
        return 2;
      }
      chrome_format = !std::strcmp(format, "chrome");
      continue;
    }
    if (argv[i][0] == '-' && argv[i][1] != '\0') {
      std::fprintf(stderr, "asyncplay: unknown option %s\n\n%s", argv[i], kUsage);
      return 2;
    }
    break;
  }
  if (i >= argc) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (chrome_format && trace_path.empty()) {
    std::fprintf(stderr, "asyncplay: --trace-format needs --trace OUT.json\n\n%s", kUsage);
    return 2;
  }
  const std::string path = argv[i];
  std::string source;
  if (!read_all(path, &source)) {
    std::fprintf(stderr, "asyncplay: can't open file '%s': [Errno 2] No such file or directory\n",
                 path.c_str());
    return 2;
  }
  const std::string filename = path == "-" ? "<stdin>" : path;
  if (dis) return disassemble_file(filename, source);

  asyncplay::lang::Interp in;
  for (int k = i; k < argc; ++k) in.argv.push_back(k == i && path == "-" ? "-" : argv[k]);
  in.host.write = [](int stream, std::string_view text) {
    if (stream == 2) std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stream == 2 ? stderr : stdout);
  };
  const bool stdin_is_program = path == "-";
  in.host.read_line = [stdin_is_program](std::string* line) {
    if (stdin_is_program) return false;
    std::fflush(stdout);
    return static_cast<bool>(std::getline(std::cin, *line)) ? (line->push_back('\n'), true) : false;
  };
  // Never destroyed: daemon threads still alive at exit may hold on to it.
  auto& recorder = *new asyncplay::trace::Recorder;
  if (!trace_path.empty()) {
    in.recorder = &recorder;
    recorder.start();
  }
  int status = asyncplay::lang::run_main(in, filename, source);
  std::fflush(stdout);
  if (!trace_path.empty()) {
    recorder.stop();
    std::ofstream out(trace_path, std::ios::binary);
    out << (chrome_format ? recorder.to_chrome_json() : recorder.to_json()) << "\n";
    if (!out) {
      std::fprintf(stderr, "asyncplay: can't write the trace to '%s'\n", trace_path.c_str());
      if (status == 0) status = 2;
    }
  }
  return status;
}
