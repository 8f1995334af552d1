// core/lang/memory.cpp: see memory.h.
#include "core/lang/memory.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace asyncplay::lang {

namespace {

constexpr std::size_t kReserveBytes = 32u << 20;

std::atomic<void*> g_reserve{nullptr};
std::atomic<bool> g_exhausted{false};
std::atomic<bool> g_armed{false};

void give_back_reserve() {
  if (void* block = g_reserve.exchange(nullptr)) {
    std::free(block);
    g_exhausted.store(true);
    return;  // operator new retries, now with the reserve's memory available
  }
  // Nothing left to give: let operator new fail as it would have (the process ends).
  std::set_new_handler(nullptr);
}

}  // namespace

void arm_memory_reserve() {
  if (g_armed.exchange(true)) return;
  g_reserve.store(std::malloc(kReserveBytes));
  std::set_new_handler(give_back_reserve);
}

bool memory_exhausted() {
  if (g_exhausted.load(std::memory_order_relaxed) && g_exhausted.exchange(false)) return true;
  if (g_armed.load(std::memory_order_relaxed) && !g_reserve.load(std::memory_order_relaxed)) {
    // Used earlier: take it again if the memory is back.
    if (void* block = std::malloc(kReserveBytes)) {
      void* expected = nullptr;
      if (!g_reserve.compare_exchange_strong(expected, block)) std::free(block);
      std::set_new_handler(give_back_reserve);
    }
  }
  return false;
}

}  // namespace asyncplay::lang
