// core/lang/pool.h: the allocator for objects and frames.
//
// Nearly every object the interpreter makes is small and short-lived, and glibc's malloc (and
// Emscripten's, which also takes a lock on every call in the threaded build) spends much of a
// busy asyncio program sorting its bins. Like CPython's pymalloc, blocks of up to kMaxBlock bytes
// come from 64 KiB slabs, each slab cut into blocks of one size class (multiples of 16 bytes),
// and a freed block goes onto its class's free list for the next allocation of that size. Slabs
// are never handed back to the system: a program that once held many objects keeps the memory
// for its next ones. Larger requests go to calloc/free.
//
// Thread safety: none of its own. Every caller holds the GIL, the same rule that makes reference
// counts safe (the TSan build checks both). Under AddressSanitizer the pool is off, so that
// use-after-free and overflows are still caught on the real allocations.
#pragma once

#include <cstddef>

namespace asyncplay::lang::pool {

inline constexpr std::size_t kMaxBlock = 1024;

// `size` zeroed bytes, 16-byte aligned, or nullptr when memory is exhausted.
void* alloc(std::size_t size);

// The same, but only the first `zeroed` bytes are zeroed; the rest hold garbage (for frames,
// whose value stack and block stack are written before they are read).
void* alloc_partly_zeroed(std::size_t size, std::size_t zeroed);

// Gives back a block from alloc() (nullptr is ignored).
void release(void* block);

// What the pool holds, for tests and benchmarks: bytes in slabs, and bytes now handed out.
struct Stats {
  std::size_t slab_bytes = 0;
  std::size_t used_bytes = 0;
};
Stats stats();

}  // namespace asyncplay::lang::pool
