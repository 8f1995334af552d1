// core/lang: the object pool — zeroed, aligned blocks; a freed block is reused for the next
// allocation of its size class; large requests pass through to malloc; the books balance.
#include "core/lang/pool.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

using namespace asyncplay::lang;

namespace {

bool all_zero(const void* p, std::size_t n) {
  const auto* b = static_cast<const unsigned char*>(p);
  for (std::size_t i = 0; i < n; ++i) {
    if (b[i]) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("blocks of every size are zeroed, 16-byte aligned and distinct") {
  std::vector<void*> blocks;
  for (std::size_t size = 1; size <= pool::kMaxBlock + 64; size += 7) {
    void* p = pool::alloc(size);
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(p) % 16 == 0);
    CHECK(all_zero(p, size));
    std::memset(p, 0xab, size);  // dirty it: the next user must still get zeroes
    blocks.push_back(p);
  }
  for (void* p : blocks) pool::release(p);
  for (std::size_t size = 1; size <= pool::kMaxBlock + 64; size += 7) {
    void* p = pool::alloc(size);
    CHECK(all_zero(p, size));
    pool::release(p);
  }
  pool::release(nullptr);
}

TEST_CASE("a freed small block is the next one of its size class, and the books balance") {
  const pool::Stats before = pool::stats();
  void* a = pool::alloc(40);
  void* b = pool::alloc(48);  // the same 48-byte class
  pool::release(a);
  void* c = pool::alloc(33);
  if (pool::stats().slab_bytes != 0) {  // the pool is on (it is off under AddressSanitizer)
    CHECK(c == a);
    CHECK(pool::stats().used_bytes == before.used_bytes + 96);
  }
  pool::release(b);
  pool::release(c);
  CHECK(pool::stats().used_bytes == before.used_bytes);
}

TEST_CASE("many blocks across many slabs all come back") {
  const pool::Stats before = pool::stats();
  std::vector<void*> blocks;
  for (int i = 0; i < 200000; ++i) {
    void* p = pool::alloc(static_cast<std::size_t>(16 + (i % 50) * 16));
    REQUIRE(p != nullptr);
    *static_cast<int*>(p) = i;
    blocks.push_back(p);
  }
  int intact = 0;
  for (int i = 0; i < 200000; ++i)
    intact += *static_cast<int*>(blocks[static_cast<size_t>(i)]) == i;
  CHECK(intact == 200000);
  for (void* p : blocks) pool::release(p);
  CHECK(pool::stats().used_bytes == before.used_bytes);
}
