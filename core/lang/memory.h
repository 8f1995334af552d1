// core/lang/memory.h: running out of memory becomes a MemoryError instead of the end of the
// process.
//
// The interpreter allocates through operator new (std::string, std::vector) as well as malloc,
// and the WebAssembly build has no C++ exceptions, so a failed `new` cannot be caught where it
// happens. Instead a reserve is set aside at start-up; when an allocation fails, the new-handler
// gives the reserve back (so that allocation succeeds) and notes the exhaustion, and the next
// eval-breaker check (check_interrupt() in vm.cpp) raises MemoryError in the running thread. Once
// the program has let go of enough memory, the reserve is taken again. A single allocation larger
// than the reserve, or a second failure before the reserve is back, still ends the process (the
// JS API then reports the crash and starts a new engine).
#pragma once

namespace asyncplay::lang {

// Sets aside the reserve and installs the new-handler (once per process; idempotent).
void arm_memory_reserve();

// True once after an allocation had to use the reserve: the caller raises MemoryError. Also
// re-takes the reserve when it was used and memory is available again.
bool memory_exhausted();

}  // namespace asyncplay::lang
