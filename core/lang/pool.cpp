// core/lang/pool.cpp: see pool.h.
#include "core/lang/pool.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define ASYNCPLAY_POOL_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASYNCPLAY_POOL_ENABLED 0
#endif
#endif
#ifndef ASYNCPLAY_POOL_ENABLED
#define ASYNCPLAY_POOL_ENABLED 1
#endif

namespace asyncplay::lang::pool {

namespace {

constexpr std::size_t kGrain = 16;  // block sizes are multiples of this, and their alignment
constexpr std::size_t kClasses = kMaxBlock / kGrain;
constexpr unsigned kSlabShift = 16;
constexpr std::size_t kSlabBytes = std::size_t{1} << kSlabShift;

static_assert(kClasses < 256, "a size class must fit the one-byte slab map entry");

// Which slab each 64 KiB-aligned address range is, as its size class + 1 (0: not a slab). Two
// levels so that a 64-bit address space needs only the leaves that slabs fall in; under
// WebAssembly (32-bit addresses) there is a single leaf.
constexpr unsigned kLeafShift = 16;
constexpr std::size_t kLeafSize = std::size_t{1} << kLeafShift;
constexpr unsigned kAddressBits = sizeof(void*) == 8 ? 48 : 32;
constexpr std::size_t kRoots = std::size_t{1} << (kAddressBits - kSlabShift - kLeafShift);

struct Leaf {
  std::uint8_t size_class[kLeafSize];
};

struct FreeBlock {
  FreeBlock* next;
};

struct SizeClass {
  FreeBlock* free = nullptr;  // blocks given back
  char* fresh = nullptr;      // the never-used rest of the newest slab
  char* fresh_end = nullptr;  // (a block that would cross it starts a new slab)
};

Leaf* g_roots[kRoots];
SizeClass g_classes[kClasses];
Stats g_stats;

// The slab-map byte for `p`, or nullptr when p lies outside every leaf made so far.
std::uint8_t* map_entry(const void* p, bool create) {
  const std::uintptr_t slab = reinterpret_cast<std::uintptr_t>(p) >> kSlabShift;
  const std::uintptr_t root = slab >> kLeafShift;
  if (root >= kRoots) return nullptr;
  Leaf*& leaf = g_roots[root];
  if (!leaf) {
    if (!create) return nullptr;
    leaf = static_cast<Leaf*>(std::calloc(1, sizeof(Leaf)));
    if (!leaf) return nullptr;
  }
  return &leaf->size_class[slab & (kLeafSize - 1)];
}

bool add_slab(std::size_t cls) {
  void* mem = std::aligned_alloc(kSlabBytes, kSlabBytes);
  if (!mem) return false;
  std::uint8_t* entry = map_entry(mem, true);
  if (!entry) {
    std::free(mem);
    return false;
  }
  *entry = static_cast<std::uint8_t>(cls + 1);
  SizeClass& c = g_classes[cls];
  c.fresh = static_cast<char*>(mem);
  c.fresh_end = c.fresh + kSlabBytes;
  g_stats.slab_bytes += kSlabBytes;
  return true;
}

}  // namespace

void* alloc_partly_zeroed(std::size_t size, std::size_t zeroed) {
  if (!ASYNCPLAY_POOL_ENABLED || size > kMaxBlock) return std::calloc(1, size);
  const std::size_t cls = size == 0 ? 0 : (size - 1) / kGrain;
  const std::size_t bytes = (cls + 1) * kGrain;
  SizeClass& c = g_classes[cls];
  void* block;
  if (c.free) {
    block = c.free;
    c.free = c.free->next;
  } else {
    if (c.fresh_end - c.fresh < static_cast<std::ptrdiff_t>(bytes) && !add_slab(cls))
      return nullptr;
    block = c.fresh;
    c.fresh += bytes;
  }
  g_stats.used_bytes += bytes;
  std::memset(block, 0, zeroed < bytes ? zeroed : bytes);
  return block;
}

void* alloc(std::size_t size) {
  return alloc_partly_zeroed(size, size == 0 ? 0 : ((size - 1) / kGrain + 1) * kGrain);
}

void release(void* block) {
  if (!block) return;
  const std::uint8_t* entry = ASYNCPLAY_POOL_ENABLED ? map_entry(block, false) : nullptr;
  if (!entry || *entry == 0) {
    std::free(block);
    return;
  }
  const std::size_t cls = *entry - 1u;
  auto* b = static_cast<FreeBlock*>(block);
  b->next = g_classes[cls].free;
  g_classes[cls].free = b;
  g_stats.used_bytes -= (cls + 1) * kGrain;
}

Stats stats() {
  return g_stats;
}

}  // namespace asyncplay::lang::pool
