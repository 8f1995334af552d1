#include "core/error.h"

#include <cstdio>

namespace asyncplay {

std::string_view error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kCancelled:
      return "CancelledError";
    case ErrorKind::kTimeout:
      return "TimeoutError";
    case ErrorKind::kInvalidState:
      return "InvalidStateError";
    case ErrorKind::kRuntime:
      return "RuntimeError";
    case ErrorKind::kValue:
      return "ValueError";
    case ErrorKind::kBrokenBarrier:
      return "BrokenBarrierError";
    case ErrorKind::kEmpty:
      return "Empty";
    case ErrorKind::kFull:
      return "Full";
    case ErrorKind::kShutdown:
      return "RuntimeError";
    case ErrorKind::kUser:
      return "Exception";
  }
  return "Exception";
}

std::string Error::describe() const {
  std::string out(error_kind_name(kind_));
  if (!message_.empty()) out += ": " + message_;
  return out;
}

void fatal(std::string_view what) {
  std::fprintf(stderr, "asyncplay: fatal: %.*s\n", static_cast<int>(what.size()), what.data());
  std::fflush(stderr);
  std::abort();
}

}  // namespace asyncplay
