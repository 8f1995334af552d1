// A small os module: what concurrency snippets ask of it (cpu_count for pool sizes, getpid,
// the platform constants). The snippet runs sandboxed: no files, no environment variables.
#include <thread>

#include <unistd.h>

#include "core/lang/errors.h"
#include "core/lang/modules.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

namespace {

Ref os_cpu_count(Value, Args args) {
  if (!check_nargs("cpu_count", args, 0, 0)) return nullptr;
  const unsigned n = std::thread::hardware_concurrency();
  return n ? new_int(n) : new_none();
}

Ref os_getpid(Value, Args args) {
  if (!check_nargs("getpid", args, 0, 0)) return nullptr;
  return new_int(static_cast<int64_t>(::getpid()));
}

// getenv(key, default=None): the environment is empty.
Ref os_getenv(Value, Args args) {
  if (!check_nargs("getenv", args, 1, 2)) return nullptr;
  if (!is_str(args[0])) return type_error("str expected, not " + type_name(args[0]));
  return Ref::borrow(args.npos > 1 ? args[1] : none());
}

Ref make_os_module() {
  Ref m = new_module("os");
  Dict* d = m.as<Module>()->dict;
  const std::pair<const char*, NativeFn> fns[] = {
      {"cpu_count", os_cpu_count}, {"getpid", os_getpid}, {"getenv", os_getenv}};
  for (const auto& [name, fn] : fns) {
    Ref f = new_builtin(name, fn, m.get());
    dict_set_str(d, name, f.get());
  }
  const std::pair<const char*, const char*> strs[] = {
      {"name", "posix"}, {"sep", "/"}, {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."}};
  for (const auto& [name, value] : strs) {
    Ref s = new_str(value);
    dict_set_str(d, name, s.get());
  }
  Ref env = new_dict();
  dict_set_str(d, "environ", env.get());
  return m;
}

}  // namespace

void register_os_module() {
  register_module("os", make_os_module);
}

}  // namespace asyncplay::lang
