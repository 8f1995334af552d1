// UTF-8 coding and approximate character classes; see unicode.h.
#include "core/lang/unicode.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

namespace asyncplay::lang {

namespace {

struct Range {
  uint32_t lo, hi;
};

struct NfkcEntry {
  uint32_t cp;
  uint16_t offset;  // in kNfkcPool
  uint8_t size;
};
struct Composition {
  uint32_t first, second, composed;
};

#include "core/lang/unicode_tables.inc"

template <size_t N>
bool in_sorted_ranges(uint32_t cp, const Range (&ranges)[N]) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ranges[mid].hi < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < N && ranges[lo].lo <= cp;
}

}  // namespace

uint32_t decode_utf8(std::string_view text, size_t* i) {
  size_t n = text.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(*i);
  if (b0 < 0x80) return (*i)++, b0;
  int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || b0 > 0xF4 || *i + static_cast<size_t>(len) > n) {
    ++*i;
    return kInvalidCodePoint;
  }
  uint32_t cp = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char b = byte(*i + static_cast<size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return kInvalidCodePoint;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF) {
    ++*i;
    return kInvalidCodePoint;
  }
  *i += static_cast<size_t>(len);
  return cp;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t at = i;
    uint32_t cp = decode_utf8(text, &i);
    if (cp == kInvalidCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) return at;
  }
  return std::string_view::npos;
}

bool is_printable(uint32_t cp) {
  return !in_sorted_ranges(cp, kNonPrintable);
}
bool is_xid_start(uint32_t cp) {
  return in_sorted_ranges(cp, kXidStart);
}
bool is_xid_continue(uint32_t cp) {
  return in_sorted_ranges(cp, kXidContinue);
}

bool lookup_unicode_name(std::string_view name, uint32_t* cp) {
  std::string upper;
  for (char c : name) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  const std::string_view cjk = "CJK UNIFIED IDEOGRAPH-";
  if (upper.size() > cjk.size() && upper.compare(0, cjk.size(), cjk) == 0) {
    char* end = nullptr;
    unsigned long v = std::strtoul(upper.c_str() + cjk.size(), &end, 16);
    size_t digits = static_cast<size_t>(end - upper.c_str()) - cjk.size();
    bool cjk_range = (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
                     (v >= 0x20000 && v <= 0x2A6DF);
    if (*end == 0 && (digits == 4 || digits == 5) && cjk_range) {
      *cp = static_cast<uint32_t>(v);
      return true;
    }
    return false;
  }
  // kNamePool holds the names of kNameBlocks' code points in order (empty for those without).
  const char* name_at = kNamePool;
  for (const Range& block : kNameBlocks) {
    for (uint32_t c = block.lo; c <= block.hi; ++c) {
      const size_t len = std::strlen(name_at);
      if (len == upper.size() && upper.compare(0, len, name_at, len) == 0) {
        *cp = c;
        return true;
      }
      name_at += len + 1;
    }
  }
  return false;
}

std::string normalize_identifier(std::string_view id) {
  bool ascii = true;
  for (char c : id) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(id);
  // Compatibility mapping of each character, then canonical composition of neighbours.
  std::vector<uint32_t> cps;
  size_t i = 0;
  while (i < id.size()) {
    uint32_t cp = decode_utf8(id, &i);
    const NfkcEntry* end = std::end(kNfkc);
    const NfkcEntry* it = std::lower_bound(std::begin(kNfkc), end, cp,
                                           [](const NfkcEntry& e, uint32_t v) { return e.cp < v; });
    if (it == end || it->cp != cp) {
      cps.push_back(cp);
      continue;
    }
    std::string_view mapped(kNfkcPool + it->offset, it->size);
    size_t j = 0;
    while (j < mapped.size()) cps.push_back(decode_utf8(mapped, &j));
  }
  std::vector<uint32_t> out;
  for (uint32_t cp : cps) {
    if (!out.empty()) {
      Composition key{out.back(), cp, 0};
      auto less = [](const Composition& a, const Composition& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
      };
      const Composition* end = std::end(kCompositions);
      const Composition* it = std::lower_bound(std::begin(kCompositions), end, key, less);
      if (it != end && it->first == key.first && it->second == key.second) {
        out.back() = it->composed;
        continue;
      }
    }
    out.push_back(cp);
  }
  std::string result;
  for (uint32_t cp : out) append_utf8(&result, cp);
  return result;
}

}  // namespace asyncplay::lang
