// Arena, enum names and integer-literal helpers for core/lang/ast.h.
#include "core/lang/ast.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace asyncplay::lang::ast {

// ---------------------------------------------------------------------------------------------
// Arena

namespace {
constexpr size_t kBlockBytes = 64 * 1024;
}

Arena::~Arena() {
  for (size_t i = nodes_.size(); i-- > 0;) nodes_[i]->~Node();
}

void* Arena::allocate(size_t size, size_t align) {
  size_t pad = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
  if (next_ == nullptr || pad + size > left_) {
    size_t bytes = std::max(kBlockBytes, size + align);
    blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[bytes]));  // not zeroed
    next_ = blocks_.back().get();
    left_ = bytes;
    pad = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
  }
  std::byte* p = next_ + pad;
  next_ = p + size;
  left_ -= pad + size;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Names

const char* name_of(ExprContext v) {
  static const char* const kNames[] = {"Load", "Store", "Del"};
  return kNames[static_cast<int>(v)];
}

const char* name_of(Boolop v) {
  return v == Boolop::And ? "And" : "Or";
}

const char* name_of(Operator v) {
  static const char* const kNames[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                       "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                       "BitXor", "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(v)];
}

const char* name_of(Unaryop v) {
  static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(v)];
}

const char* name_of(Cmpop v) {
  static const char* const kNames[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                       "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return kNames[static_cast<int>(v)];
}

#define ASYNCPLAY_NAME_STRING(name) #name,
const char* name_of(ExprKind k) {
  static const char* const kNames[] = {ASYNCPLAY_EXPR_KINDS(ASYNCPLAY_NAME_STRING)};
  return kNames[static_cast<int>(k)];
}
const char* name_of(StmtKind k) {
  static const char* const kNames[] = {ASYNCPLAY_STMT_KINDS(ASYNCPLAY_NAME_STRING)};
  return kNames[static_cast<int>(k)];
}
const char* name_of(PatternKind k) {
  static const char* const kNames[] = {ASYNCPLAY_PATTERN_KINDS(ASYNCPLAY_NAME_STRING)};
  return kNames[static_cast<int>(k)];
}
#undef ASYNCPLAY_NAME_STRING

// ---------------------------------------------------------------------------------------------
// Integer literals

namespace {

// Splits "0x_1F" into base 16 and the digits "_1F" (underscores are skipped by the callers).
int literal_base(std::string_view& text) {
  if (text.size() >= 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    int base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) {
      text.remove_prefix(2);
      return base;
    }
  }
  return 10;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

bool int_literal_to_i64(std::string_view text, int64_t* out) {
  int base = literal_base(text);
  uint64_t value = 0;
  for (char c : text) {
    if (c == '_') continue;
    int d = digit_value(c);
    if (d < 0 || d >= base) return false;
    if (value > (static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(d)) / base) return false;
    value = value * base + static_cast<uint64_t>(d);
  }
  *out = static_cast<int64_t>(value);
  return true;
}

std::string int_literal_to_decimal(std::string_view text) {
  int base = literal_base(text);
  // Little-endian base-10^9 limbs: value = value * base + digit, for each digit.
  std::vector<uint32_t> limbs{0};
  for (char c : text) {
    int d = digit_value(c);
    if (c == '_' || d < 0) continue;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(limbs[i]));
    out += buf;
  }
  return out;
}

}  // namespace asyncplay::lang::ast
