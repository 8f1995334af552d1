// str: immutable UTF-8 text indexed by code point, with CPython's methods, repr, `%` formatting
// and str.format.
//
// A Str keeps its UTF-8 bytes, its length in code points and whether it is pure ASCII; ASCII
// strings index and slice by byte. Since UTF-8 preserves code point order and is
// self-synchronising, comparisons and substring searches work on the bytes for every string;
// only positions need converting. The empty string and the 128 one-character ASCII strings are
// immortal singletons; interned strings (names) live for the whole process.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <new>
#include <unordered_map>

#include "core/config.h"
#include "core/lang/errors.h"
#include "core/lang/numfmt.h"
#include "core/lang/types.h"
#include "core/lang/unicode.h"

namespace asyncplay::lang {

Type g_str_type;

namespace {

constexpr uint32_t kImmortal = 1u << 30;

void str_dealloc(Object* o) {
  Str* s = static_cast<Str*>(o);
  s->data.~basic_string();
  free_object(o);
}

Str* alloc_str(Type* t) {
  Object* o = alloc_object(t, t == &g_str_type ? sizeof(Str) : 0);
  if (!o) return nullptr;
  Str* s = static_cast<Str*>(o);
  new (&s->data) std::string();
  s->hash = -1;
  s->length = 0;
  s->ascii = true;
  return s;
}

Str* g_empty = nullptr;
Str* g_chars[128] = {};

Str* make_immortal(std::string_view text, int64_t length, bool ascii) {
  Str* s = alloc_str(&g_str_type);
  s->data.assign(text);
  s->length = length;
  s->ascii = ascii;
  s->refcnt = kImmortal;
  s->flags |= kObjectImmortal;
  return s;
}

Str* empty_singleton() {
  if (!g_empty) g_empty = make_immortal("", 0, true);
  return g_empty;
}

Str* ascii_char(unsigned char c) {
  if (!g_chars[c]) {
    char ch = static_cast<char>(c);
    g_chars[c] = make_immortal(std::string_view(&ch, 1), 1, true);
  }
  return g_chars[c];
}

inline bool is_cont(unsigned char b) {
  return (b & 0xc0) == 0x80;
}

// Code points in UTF-8 text, and whether it is all ASCII.
inline int64_t count_cps(std::string_view s, bool* ascii) {
  int64_t n = 0;
  bool a = true;
  for (unsigned char b : s) {
    if (b >= 0x80) {
      a = false;
      if (is_cont(b)) continue;
    }
    ++n;
  }
  *ascii = a;
  return n;
}

inline size_t lead_len(unsigned char b) {
  return b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

}  // namespace

// ---- construction -------------------------------------------------------------------------------

Value empty_str() {
  return Value(empty_singleton());
}

Ref new_str_from(std::string&& data, int64_t length, bool ascii) {
  if (data.empty()) return Ref::borrow(Value(empty_singleton()));
  if (data.size() == 1 && ascii)
    return Ref::borrow(Value(ascii_char(static_cast<unsigned char>(data[0]))));
  Str* s = alloc_str(&g_str_type);
  if (!s) return nullptr;
  s->data = std::move(data);
  s->length = length;
  s->ascii = ascii;
  return Ref::steal(Value(s));
}

Ref new_str_ascii(std::string_view ascii) {
  if (ascii.empty()) return Ref::borrow(Value(empty_singleton()));
  if (ascii.size() == 1)
    return Ref::borrow(Value(ascii_char(static_cast<unsigned char>(ascii[0]))));
  Str* s = alloc_str(&g_str_type);
  if (!s) return nullptr;
  s->data.assign(ascii);
  s->length = static_cast<int64_t>(ascii.size());
  return Ref::steal(Value(s));
}

Ref new_str(std::string_view utf8) {
  bool ascii = true;
  int64_t n = count_cps(utf8, &ascii);
  if (ascii) return new_str_ascii(utf8);
  Str* s = alloc_str(&g_str_type);
  if (!s) return nullptr;
  s->data.assign(utf8);
  s->length = n;
  s->ascii = false;
  return Ref::steal(Value(s));
}

namespace {

Ref new_str_owned(std::string&& data) {
  bool ascii = true;
  int64_t n = count_cps(data, &ascii);
  return new_str_from(std::move(data), n, ascii);
}

// A str of type `t` (a subclass) with the text of `src`.
Ref str_of_type(Type* t, Str* src) {
  Str* s = alloc_str(t);
  if (!s) return nullptr;
  s->data = src->data;
  s->length = src->length;
  s->ascii = src->ascii;
  return Ref::steal(Value(s));
}

std::mutex g_intern_mutex;
std::unordered_map<std::string_view, Str*>* g_interned = nullptr;

}  // namespace

Str* intern(std::string_view utf8) {
  std::lock_guard<std::mutex> lock(g_intern_mutex);
  if (!g_interned) g_interned = new std::unordered_map<std::string_view, Str*>();
  auto it = g_interned->find(utf8);
  if (it != g_interned->end()) return it->second;
  bool ascii = true;
  int64_t n = count_cps(utf8, &ascii);
  Str* s = make_immortal(utf8, n, ascii);
  g_interned->emplace(s->view(), s);
  return s;
}

bool is_str(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.obj()->type;
  return t == &g_str_type || t->is_subtype_of(&g_str_type);
}

Ref str_from_codepoint(char32_t c) {
  if (c < 0x80) return Ref::borrow(Value(ascii_char(static_cast<unsigned char>(c))));
  std::string s;
  append_utf8(&s, c);
  return new_str_from(std::move(s), 1, false);
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  const char* p = s->data.data();
  size_t n = s->data.size();
  if (n == 0) return s->hash = 0;  // as in CPython, whatever its hash seed
  uint64_t h = 0x243f6a8885a308d3ull ^ (n * 0x9e3779b97f4a7c15ull);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ w ^ (static_cast<uint64_t>(n) << 56)) * 0x94d049bb133111ebull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->data.size() != b->data.size()) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data.data(), b->data.data(), a->data.size()) == 0;
}

Ref str_concat(Str* a, Str* b) {
  if (b->data.empty() && a->type == &g_str_type) return Ref::borrow(Value(a));
  if (a->data.empty() && b->type == &g_str_type) return Ref::borrow(Value(b));
  std::string out;
  out.reserve(a->data.size() + b->data.size());
  out += a->data;
  out += b->data;
  return new_str_from(std::move(out), a->length + b->length, a->ascii && b->ascii);
}

Ref str_concat_n(const Value* items, size_t n) {
  size_t bytes = 0;
  int64_t len = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    Str* s = as_str(items[i]);
    bytes += s->data.size();
    len += s->length;
    ascii = ascii && s->ascii;
  }
  std::string out;
  out.reserve(bytes);
  for (size_t i = 0; i < n; ++i) out += as_str(items[i])->data;
  return new_str_from(std::move(out), len, ascii);
}

size_t str_byte_offset(Str* s, int64_t index) {
  if (s->ascii) return static_cast<size_t>(index);
  if (index >= s->length) return s->data.size();
  const char* p = s->data.data();
  size_t off = 0;
  for (int64_t i = 0; i < index; ++i) off += lead_len(static_cast<unsigned char>(p[off]));
  return off;
}

char32_t str_char_at(Str* s, int64_t index) {
  if (s->ascii) return static_cast<unsigned char>(s->data[static_cast<size_t>(index)]);
  size_t off = str_byte_offset(s, index);
  return decode_utf8(s->data, &off);
}

namespace {

// Code points of a str, decoded.
std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, &i));
  return out;
}

// ---- character classes and case mapping
// ---------------------------------------------------------- Exact for ASCII; for other scripts,
// the Latin, Greek, Cyrillic, Armenian, Georgian, Cherokee-free simple mappings that snippets meet
// (checked against CPython by tests/core/gen/types_cases.py).

bool in(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

// Pairs where the upper case letter is at an even (or odd) code point and the lower one follows.
bool even_pair(char32_t c) {
  return in(c, 0x100, 0x12f) || in(c, 0x132, 0x137) || in(c, 0x14a, 0x177) || in(c, 0x182, 0x185) ||
         in(c, 0x1a0, 0x1a5) || in(c, 0x1de, 0x1ef) || in(c, 0x1f8, 0x21f) || in(c, 0x222, 0x233) ||
         in(c, 0x246, 0x24f) || in(c, 0x370, 0x373) || in(c, 0x3d8, 0x3ef) || in(c, 0x460, 0x481) ||
         in(c, 0x48a, 0x4bf) || in(c, 0x4d0, 0x52f) || in(c, 0x1e00, 0x1e95) ||
         in(c, 0x1ea0, 0x1eff) || in(c, 0x2c80, 0x2ce3) || in(c, 0xa640, 0xa66d) ||
         in(c, 0xa680, 0xa69b) || in(c, 0xa722, 0xa72f) || in(c, 0xa732, 0xa76f) ||
         in(c, 0xa77e, 0xa787) || in(c, 0xa790, 0xa793) || in(c, 0xa796, 0xa7a9);
}
bool odd_pair(char32_t c) {
  return in(c, 0x139, 0x148) || in(c, 0x179, 0x17e) || in(c, 0x1b3, 0x1b6) || in(c, 0x1cd, 0x1dc) ||
         in(c, 0x4c1, 0x4ce) || in(c, 0x2c67, 0x2c6c) || in(c, 0xa779, 0xa77c);
}

char32_t simple_lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c < 0x100) return in(c, 0xc0, 0xde) && c != 0xd7 ? c + 32 : c;
  if (even_pair(c)) return c & 1 ? c : c + 1;
  if (odd_pair(c)) return c & 1 ? c + 1 : c;
  switch (c) {
    case 0x130:
      return 'i';
    case 0x178:
      return 0xff;
    case 0x181:
      return 0x253;
    case 0x186:
      return 0x254;
    case 0x187:
      return 0x188;
    case 0x189:
      return 0x256;
    case 0x18a:
      return 0x257;
    case 0x18b:
      return 0x18c;
    case 0x18e:
      return 0x1dd;
    case 0x18f:
      return 0x259;
    case 0x190:
      return 0x25b;
    case 0x191:
      return 0x192;
    case 0x193:
      return 0x260;
    case 0x194:
      return 0x263;
    case 0x196:
      return 0x269;
    case 0x197:
      return 0x268;
    case 0x198:
      return 0x199;
    case 0x19c:
      return 0x26f;
    case 0x19d:
      return 0x272;
    case 0x19f:
      return 0x275;
    case 0x1a7:
      return 0x1a8;
    case 0x1a9:
      return 0x283;
    case 0x1ac:
      return 0x1ad;
    case 0x1ae:
      return 0x288;
    case 0x1af:
      return 0x1b0;
    case 0x1b1:
      return 0x28a;
    case 0x1b2:
      return 0x28b;
    case 0x1b7:
      return 0x292;
    case 0x1b8:
      return 0x1b9;
    case 0x1bc:
      return 0x1bd;
    case 0x1c4:
    case 0x1c5:
      return 0x1c6;
    case 0x1c7:
    case 0x1c8:
      return 0x1c9;
    case 0x1ca:
    case 0x1cb:
      return 0x1cc;
    case 0x1f1:
    case 0x1f2:
      return 0x1f3;
    case 0x1f4:
      return 0x1f5;
    case 0x1f6:
      return 0x195;
    case 0x1f7:
      return 0x1bf;
    case 0x220:
      return 0x19e;
    case 0x23a:
      return 0x2c65;
    case 0x23b:
      return 0x23c;
    case 0x23d:
      return 0x19a;
    case 0x23e:
      return 0x2c66;
    case 0x241:
      return 0x242;
    case 0x243:
      return 0x180;
    case 0x244:
      return 0x289;
    case 0x245:
      return 0x28c;
    case 0x376:
      return 0x377;
    case 0x37f:
      return 0x3f3;
    case 0x386:
      return 0x3ac;
    case 0x38c:
      return 0x3cc;
    case 0x38e:
      return 0x3cd;
    case 0x38f:
      return 0x3ce;
    case 0x3cf:
      return 0x3d7;
    case 0x3f4:
      return 0x3b8;
    case 0x3f7:
      return 0x3f8;
    case 0x3f9:
      return 0x3f2;
    case 0x3fa:
      return 0x3fb;
    case 0x4c0:
      return 0x4cf;
    case 0x1e9e:
      return 0xdf;
    case 0x2126:
      return 0x3c9;
    case 0x212a:
      return 'k';
    case 0x212b:
      return 0xe5;
    case 0x2132:
      return 0x214e;
    case 0x2183:
      return 0x2184;
    case 0x2c60:
      return 0x2c61;
    case 0x2c62:
      return 0x26b;
    case 0x2c63:
      return 0x1d7d;
    case 0x2c64:
      return 0x27d;
    case 0x2c6d:
      return 0x251;
    case 0x2c6e:
      return 0x271;
    case 0x2c6f:
      return 0x250;
    case 0x2c70:
      return 0x252;
    case 0x2c72:
      return 0x2c73;
    case 0x2c75:
      return 0x2c76;
    default:
      break;
  }
  if (in(c, 0x388, 0x38a)) return c + 37;
  if (in(c, 0x391, 0x3ab) && c != 0x3a2) return c + 32;
  if (in(c, 0x3fd, 0x3ff)) return c - 130;
  if (in(c, 0x400, 0x40f)) return c + 80;
  if (in(c, 0x410, 0x42f)) return c + 32;
  if (in(c, 0x531, 0x556)) return c + 48;
  if (in(c, 0x10a0, 0x10c5) || c == 0x10c7 || c == 0x10cd) return c + 0x1c60;
  if (in(c, 0x13a0, 0x13ef)) return c + 0x97d0;
  if (in(c, 0x13f0, 0x13f5)) return c + 8;
  if (in(c, 0x1c90, 0x1cba) || in(c, 0x1cbd, 0x1cbf)) return c - 0xbc0;
  if (in(c, 0x1f08, 0x1f0f) || in(c, 0x1f18, 0x1f1d) || in(c, 0x1f28, 0x1f2f) ||
      in(c, 0x1f38, 0x1f3f) || in(c, 0x1f48, 0x1f4d) || in(c, 0x1f68, 0x1f6f) ||
      in(c, 0x1f88, 0x1f8f) || in(c, 0x1f98, 0x1f9f) || in(c, 0x1fa8, 0x1faf)) {
    return c - 8;
  }
  if (c == 0x1f59 || c == 0x1f5b || c == 0x1f5d || c == 0x1f5f) return c - 8;
  if (in(c, 0x1fb8, 0x1fb9) || in(c, 0x1fd8, 0x1fd9) || in(c, 0x1fe8, 0x1fe9)) return c - 8;
  if (in(c, 0x1fba, 0x1fbb)) return c - 74;
  if (c == 0x1fbc || c == 0x1fcc || c == 0x1ffc) return c - 9;
  if (in(c, 0x1fc8, 0x1fcb)) return c - 86;
  if (in(c, 0x1fda, 0x1fdb)) return c - 100;
  if (in(c, 0x1fea, 0x1feb)) return c - 112;
  if (c == 0x1fec) return 0x1fe5;
  if (in(c, 0x1ff8, 0x1ff9)) return c - 128;
  if (in(c, 0x1ffa, 0x1ffb)) return c - 126;
  if (in(c, 0x2160, 0x216f)) return c + 16;
  if (in(c, 0x24b6, 0x24cf)) return c + 26;
  if (in(c, 0x2c00, 0x2c2f)) return c + 48;
  if (in(c, 0xff21, 0xff3a)) return c + 32;
  if (in(c, 0x10400, 0x10427)) return c + 40;
  return c;
}

char32_t simple_upper(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (c < 0x100) {
    if (in(c, 0xe0, 0xfe) && c != 0xf7) return c - 32;
    if (c == 0xff) return 0x178;
    if (c == 0xb5) return 0x39c;
    return c;
  }
  if (even_pair(c)) return c & 1 ? c - 1 : c;
  if (odd_pair(c)) return c & 1 ? c : c - 1;
  switch (c) {
    case 0x131:
      return 'I';
    case 0x17f:
      return 'S';
    case 0x180:
      return 0x243;
    case 0x188:
      return 0x187;
    case 0x18c:
      return 0x18b;
    case 0x192:
      return 0x191;
    case 0x195:
      return 0x1f6;
    case 0x199:
      return 0x198;
    case 0x19a:
      return 0x23d;
    case 0x19e:
      return 0x220;
    case 0x1a8:
      return 0x1a7;
    case 0x1ad:
      return 0x1ac;
    case 0x1b0:
      return 0x1af;
    case 0x1b9:
      return 0x1b8;
    case 0x1bd:
      return 0x1bc;
    case 0x1bf:
      return 0x1f7;
    case 0x1c5:
    case 0x1c6:
      return 0x1c4;
    case 0x1c8:
    case 0x1c9:
      return 0x1c7;
    case 0x1cb:
    case 0x1cc:
      return 0x1ca;
    case 0x1dd:
      return 0x18e;
    case 0x1f2:
    case 0x1f3:
      return 0x1f1;
    case 0x1f5:
      return 0x1f4;
    case 0x23c:
      return 0x23b;
    case 0x242:
      return 0x241;
    case 0x250:
      return 0x2c6f;
    case 0x251:
      return 0x2c6d;
    case 0x252:
      return 0x2c70;
    case 0x253:
      return 0x181;
    case 0x254:
      return 0x186;
    case 0x256:
      return 0x189;
    case 0x257:
      return 0x18a;
    case 0x259:
      return 0x18f;
    case 0x25b:
      return 0x190;
    case 0x260:
      return 0x193;
    case 0x263:
      return 0x194;
    case 0x268:
      return 0x197;
    case 0x269:
      return 0x196;
    case 0x26b:
      return 0x2c62;
    case 0x26f:
      return 0x19c;
    case 0x271:
      return 0x2c6e;
    case 0x272:
      return 0x19d;
    case 0x275:
      return 0x19f;
    case 0x27d:
      return 0x2c64;
    case 0x283:
      return 0x1a9;
    case 0x288:
      return 0x1ae;
    case 0x289:
      return 0x244;
    case 0x28a:
      return 0x1b1;
    case 0x28b:
      return 0x1b2;
    case 0x28c:
      return 0x245;
    case 0x292:
      return 0x1b7;
    case 0x377:
      return 0x376;
    case 0x3ac:
      return 0x386;
    case 0x3c2:
      return 0x3a3;
    case 0x3cc:
      return 0x38c;
    case 0x3cd:
      return 0x38e;
    case 0x3ce:
      return 0x38f;
    case 0x3d0:
      return 0x392;
    case 0x3d1:
      return 0x398;
    case 0x3d5:
      return 0x3a6;
    case 0x3d6:
      return 0x3a0;
    case 0x3d7:
      return 0x3cf;
    case 0x3f0:
      return 0x39a;
    case 0x3f1:
      return 0x3a1;
    case 0x3f2:
      return 0x3f9;
    case 0x3f3:
      return 0x37f;
    case 0x3f5:
      return 0x395;
    case 0x3f8:
      return 0x3f7;
    case 0x3fb:
      return 0x3fa;
    case 0x4cf:
      return 0x4c0;
    case 0x1d79:
      return 0xa77d;
    case 0x1d7d:
      return 0x2c63;
    case 0x1e9b:
      return 0x1e60;
    case 0x1fe5:
      return 0x1fec;
    case 0x214e:
      return 0x2132;
    case 0x2184:
      return 0x2183;
    case 0x2c61:
      return 0x2c60;
    case 0x2c65:
      return 0x23a;
    case 0x2c66:
      return 0x23e;
    case 0x2c73:
      return 0x2c72;
    case 0x2c76:
      return 0x2c75;
    default:
      break;
  }
  if (in(c, 0x37b, 0x37d)) return c + 130;
  if (in(c, 0x3ad, 0x3af)) return c - 37;
  if (in(c, 0x3b1, 0x3cb)) return c - 32;
  if (in(c, 0x430, 0x44f)) return c - 32;
  if (in(c, 0x450, 0x45f)) return c - 80;
  if (in(c, 0x561, 0x586)) return c - 48;
  if (in(c, 0x10d0, 0x10fa) || in(c, 0x10fd, 0x10ff)) return c + 0xbc0;
  if (in(c, 0x13f8, 0x13fd)) return c - 8;
  if (in(c, 0x1f00, 0x1f07) || in(c, 0x1f10, 0x1f15) || in(c, 0x1f20, 0x1f27) ||
      in(c, 0x1f30, 0x1f37) || in(c, 0x1f40, 0x1f45) || in(c, 0x1f60, 0x1f67)) {
    return c + 8;
  }
  if (c == 0x1f51 || c == 0x1f53 || c == 0x1f55 || c == 0x1f57) return c + 8;
  if (in(c, 0x1f70, 0x1f71)) return c + 74;
  if (in(c, 0x1f72, 0x1f75)) return c + 86;
  if (in(c, 0x1f76, 0x1f77)) return c + 100;
  if (in(c, 0x1f78, 0x1f79)) return c + 128;
  if (in(c, 0x1f7a, 0x1f7b)) return c + 112;
  if (in(c, 0x1f7c, 0x1f7d)) return c + 126;
  if (in(c, 0x1fb0, 0x1fb1) || in(c, 0x1fd0, 0x1fd1) || in(c, 0x1fe0, 0x1fe1)) return c + 8;
  if (in(c, 0x2170, 0x217f)) return c - 16;
  if (in(c, 0x24d0, 0x24e9)) return c - 26;
  if (in(c, 0x2c30, 0x2c5f)) return c - 48;
  if (in(c, 0x2d00, 0x2d25) || c == 0x2d27 || c == 0x2d2d) return c - 0x1c60;
  if (in(c, 0xab70, 0xabbf)) return c - 0x97d0;
  if (in(c, 0xff41, 0xff5a)) return c - 32;
  if (in(c, 0x10428, 0x1044f)) return c - 40;
  return c;
}

// Title case differs from upper case only for the digraphs.
char32_t simple_title(char32_t c) {
  switch (c) {
    case 0x1c4:
    case 0x1c5:
    case 0x1c6:
      return 0x1c5;
    case 0x1c7:
    case 0x1c8:
    case 0x1c9:
      return 0x1c8;
    case 0x1ca:
    case 0x1cb:
    case 0x1cc:
      return 0x1cb;
    case 0x1f1:
    case 0x1f2:
    case 0x1f3:
      return 0x1f2;
    default:
      return simple_upper(c);
  }
}

bool is_title_char(char32_t c) {
  return c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2;
}
bool is_lower_char(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c == 0xdf || c == 0xaa || c == 0xba || c == 0x138 || c == 0x149) return true;
  return simple_upper(c) != c && !is_title_char(c);
}
bool is_upper_char(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return simple_lower(c) != c && !is_title_char(c);
}
bool is_cased(char32_t c) {
  return is_lower_char(c) || is_upper_char(c) || is_title_char(c);
}

bool is_space_char(char32_t c) {
  return unicode_is_space(c);
}
bool is_decimal_char(char32_t c) {
  return unicode_decimal(c) >= 0;
}
bool is_digit_char(char32_t c) {
  return is_decimal_char(c) || c == 0xb2 || c == 0xb3 || c == 0xb9 || in(c, 0x2070, 0x2079) ||
         in(c, 0x2080, 0x2089) || in(c, 0x2460, 0x2468) || in(c, 0x2474, 0x247c) ||
         in(c, 0x2488, 0x2490) || in(c, 0x24f5, 0x24fd) || c == 0x24ea || c == 0x24ff ||
         in(c, 0x2776, 0x277e) || in(c, 0x2780, 0x2788) || in(c, 0x278a, 0x2792);
}
bool is_numeric_char(char32_t c) {
  return is_digit_char(c) || in(c, 0xbc, 0xbe) || in(c, 0x2150, 0x2182) || in(c, 0x2185, 0x2189) ||
         in(c, 0x2469, 0x2473) || in(c, 0x247d, 0x2487) || in(c, 0x2491, 0x249b) ||
         in(c, 0x24eb, 0x24f4) || c == 0x24fe || c == 0x277f || c == 0x2789 || c == 0x2793 ||
         c == 0x3007 || in(c, 0x3021, 0x3029) || c == 0x4e00 || c == 0x4e8c || c == 0x4e09 ||
         c == 0x56db || c == 0x4e94 || c == 0x516d || c == 0x4e03 || c == 0x516b || c == 0x4e5d ||
         c == 0x5341 || c == 0x767e || c == 0x5343 || c == 0x4e07 || c == 0x5104;
}
bool is_alpha_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (in(c, 0x2160, 0x2188) || in(c, 0x24b6, 0x24e9)) return false;  // cased, but Nl / So
  if (is_cased(c)) return true;
  if (is_numeric_char(c) || in(c, 0x300, 0x36f)) return false;
  return is_xid_start(c);
}
bool is_alnum_char(char32_t c) {
  return is_alpha_char(c) || is_numeric_char(c);
}

// Appends the full (possibly multi-character) upper/lower case of c.
void append_upper(std::string* out, char32_t c) {
  switch (c) {
    case 0xdf:
      *out += "SS";
      return;
    case 0x149:
      *out += "\xca\xbcN";
      return;
    case 0x1f0:
      *out += "J\xcc\x8c";
      return;
    case 0xfb00:
      *out += "FF";
      return;
    case 0xfb01:
      *out += "FI";
      return;
    case 0xfb02:
      *out += "FL";
      return;
    case 0xfb03:
      *out += "FFI";
      return;
    case 0xfb04:
      *out += "FFL";
      return;
    case 0xfb05:
    case 0xfb06:
      *out += "ST";
      return;
    default:
      append_utf8(out, simple_upper(c));
  }
}
void append_title(std::string* out, char32_t c) {
  switch (c) {
    case 0xdf:
      *out += "Ss";
      return;
    case 0xfb00:
      *out += "Ff";
      return;
    case 0xfb01:
      *out += "Fi";
      return;
    case 0xfb02:
      *out += "Fl";
      return;
    case 0xfb03:
      *out += "Ffi";
      return;
    case 0xfb04:
      *out += "Ffl";
      return;
    case 0xfb05:
    case 0xfb06:
      *out += "St";
      return;
    case 0x149:
      *out += "\xca\xbcN";
      return;
    case 0x1f0:
      *out += "J\xcc\x8c";
      return;
    default:
      append_utf8(out, simple_title(c));
  }
}

// Lower case of cps[i], with the final-sigma rule (CPython's handle_capital_sigma).
void append_lower(std::string* out, const std::u32string& cps, size_t i) {
  char32_t c = cps[i];
  if (c == 0x130) {
    *out += "i\xcc\x87";
    return;
  }
  if (c == 0x3a3) {
    size_t j = i;
    bool before = false, after = false;
    while (j > 0) {
      char32_t p = cps[--j];
      if (p == 0x27 || p == 0xad || p == 0x2019 || in(p, 0x300, 0x36f)) continue;  // case-ignorable
      before = is_cased(p);
      break;
    }
    for (j = i + 1; j < cps.size(); ++j) {
      char32_t n = cps[j];
      if (n == 0x27 || n == 0xad || n == 0x2019 || in(n, 0x300, 0x36f)) continue;
      after = is_cased(n);
      break;
    }
    append_utf8(out, before && !after ? 0x3c2 : 0x3c3);
    return;
  }
  append_utf8(out, simple_lower(c));
}

// ---- argument helpers --------------------------------------------------------------------------

Str* self_str(Value v) {
  return as_str(v);
}

// Raises "must be str, not int" unless v is a str.
bool require_str(Value v, const char* prefix = "must be str, not ") {
  if (is_str(v)) return true;
  type_error(std::string(prefix) + type_name(v));
  return false;
}

// A start/end argument of find(), count(), startswith()...: None or an index (clamped).
bool slice_index_arg(Value v, int64_t* out) {
  if (!v || v == none()) return true;
  if (!is_int(v) && !type_of(v)->lookup("__index__")) {
    type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_i64_clamped(v, out);
}

// CPython's ADJUST_INDICES.
void adjust_indices(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len) {
    *end = len;
  } else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

// Parses (sub[, start[, end]]) for find/index/count/rfind/rindex: code point bounds.
bool sub_args(const char* fname, Value self, Args args, Value* sub, int64_t* start, int64_t* end) {
  if (!check_args_old(fname, args, 1, 3)) return false;
  *sub = args[0];
  *start = 0;
  *end = INT64_MAX;
  if (args.npos > 1 && !slice_index_arg(args[1], start)) return false;
  if (args.npos > 2 && !slice_index_arg(args[2], end)) return false;
  adjust_indices(start, end, self_str(self)->length);
  return true;
}

// Finds `sub` in s between code points [start, end): code point index or -1.
int64_t find_in(Str* s, Str* sub, int64_t start, int64_t end, bool reverse) {
  if (end - start < sub->length) return -1;
  size_t bstart = str_byte_offset(s, start);
  size_t bend = str_byte_offset(s, end);
  std::string_view hay(s->data.data() + bstart, bend - bstart);
  size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
  if (pos == std::string_view::npos) return -1;
  if (s->ascii) return start + static_cast<int64_t>(pos);
  int64_t n = start;
  for (size_t i = 0; i < pos; ++i) n += !is_cont(static_cast<unsigned char>(hay[i]));
  return n;
}

int64_t count_in(Str* s, Str* sub, int64_t start, int64_t end) {
  if (end - start < sub->length) return 0;
  if (sub->length == 0) return end - start + 1;
  size_t bstart = str_byte_offset(s, start), bend = str_byte_offset(s, end);
  std::string_view hay(s->data.data() + bstart, bend - bstart);
  int64_t n = 0;
  for (size_t pos = hay.find(sub->view()); pos != std::string_view::npos;
       pos = hay.find(sub->view(), pos + sub->data.size())) {
    ++n;
  }
  return n;
}

// A substring by code point range [start, end).
Ref substr(Str* s, int64_t start, int64_t end) {
  if (start <= 0 && end >= s->length && s->type == &g_str_type) return Ref::borrow(Value(s));
  if (end <= start) return Ref::borrow(Value(empty_singleton()));
  if (s->ascii) {
    return new_str_ascii(
        std::string_view(s->data.data() + start, static_cast<size_t>(end - start)));
  }
  size_t b = str_byte_offset(s, start), e = str_byte_offset(s, end);
  return new_str(std::string_view(s->data.data() + b, e - b));
}

Ref substr_bytes(Str* s, size_t b, size_t e) {
  if (b == 0 && e == s->data.size() && s->type == &g_str_type) return Ref::borrow(Value(s));
  std::string_view v(s->data.data() + b, e - b);
  if (s->ascii) return new_str_ascii(v);
  return new_str(v);
}

// ---- slots
// -------------------------------------------------------------------------------------------

Ref str_repr_slot(Value self) {
  return str_repr(self);
}

Ref str_str_slot(Value self) {
  if (type_of(self) == &g_str_type) return Ref::borrow(self);
  Str* s = self_str(self);
  return new_str_from(std::string(s->data), s->length, s->ascii);
}

bool str_hash_slot(Value self, int64_t* out) {
  *out = str_hash(self_str(self));
  return true;
}

Ref str_compare(Value self, Value other, CmpOp op) {
  if (!is_str(other)) return notimpl();
  Str* a = self_str(self);
  Str* b = as_str(other);
  if (op == CmpOp::Eq) return new_bool(str_equal(a, b));
  if (op == CmpOp::Ne) return new_bool(!str_equal(a, b));
  int c = a->data.compare(b->data);
  bool r = false;
  switch (op) {
    case CmpOp::Lt:
      r = c < 0;
      break;
    case CmpOp::Le:
      r = c <= 0;
      break;
    case CmpOp::Gt:
      r = c > 0;
      break;
    case CmpOp::Ge:
      r = c >= 0;
      break;
    default:
      break;
  }
  return new_bool(r);
}

int64_t str_len(Value self) {
  return self_str(self)->length;
}

int str_truth(Value self) {
  return !self_str(self)->data.empty();
}

Ref str_char(Str* s, int64_t i) {
  if (s->ascii) return Ref::borrow(Value(ascii_char(static_cast<unsigned char>(s->data[i]))));
  size_t off = str_byte_offset(s, i);
  size_t len = lead_len(static_cast<unsigned char>(s->data[off]));
  return new_str_from(s->data.substr(off, len), 1, false);
}

Ref str_getitem(Value self, Value key) {
  Str* s = self_str(self);
  int64_t i = 0;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (type_of(key) == &g_slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(as_slice(key), s->length, &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) return substr(s, start, start + n);
    if (n == 0) return Ref::borrow(Value(empty_singleton()));
    std::string out;
    if (s->ascii) {
      out.reserve(static_cast<size_t>(n));
      for (int64_t k = 0, j = start; k < n; ++k, j += step) out += s->data[j];
      return new_str_from(std::move(out), n, true);
    }
    std::u32string cps = decode(s->data);
    for (int64_t k = 0, j = start; k < n; ++k, j += step) append_utf8(&out, cps[j]);
    return new_str_owned(std::move(out));
  } else if (is_int(key) || type_of(key)->lookup("__index__")) {
    if (!index_as_i64(key, &i, g_IndexError)) return nullptr;
  } else {
    return type_error("string indices must be integers, not '" + type_name(key) + "'");
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return raise(g_IndexError, "string index out of range");
  return str_char(s, i);
}

int str_contains(Value self, Value item) {
  if (!is_str(item)) {
    type_error("'in <string>' requires string as left operand, not " + type_name(item));
    return -1;
  }
  Str* s = self_str(self);
  Str* sub = as_str(item);
  if (sub->data.size() == 1)
    return std::memchr(s->data.data(), sub->data[0], s->data.size()) != nullptr;
  return s->view().find(sub->view()) != std::string_view::npos;
}

Ref str_iter(Value self) {
  return new_str_iter(self_str(self));
}

Ref str_add(Value self, Value other) {
  if (!is_str(other) || !is_str(self)) return notimpl();
  return str_concat(self_str(self), as_str(other));
}

// s += t: appends in place when nothing else can see s (the VM's only reference).
Ref str_inplace_add(Value self, Value other) {
  Str* s = self_str(self);
  if (s->refcnt != 1 || s->type != &g_str_type || !is_str(other)) return notimpl();
  Str* t = as_str(other);
  s->data += t->data;
  s->length += t->length;
  s->ascii = s->ascii && t->ascii;
  s->hash = -1;
  return Ref::borrow(self);
}

Ref str_repeat(Str* s, Value count) {
  int64_t n = 0;
  if (count.is_small_int()) {
    n = count.small_int_value();
  } else if (is_int(count) || type_of(count)->lookup("__index__")) {
    if (!index_as_i64(count, &n)) return nullptr;
  } else {
    return notimpl();
  }
  if (n <= 0 || s->data.empty()) return Ref::borrow(Value(empty_singleton()));
  if (n == 1 && s->type == &g_str_type) return Ref::borrow(Value(s));
  if (static_cast<uint64_t>(n) > config::kMaxAllocBytes / s->data.size()) {
    return raise_empty(g_MemoryError);
  }
  std::string out;
  out.reserve(s->data.size() * static_cast<size_t>(n));
  if (s->data.size() == 1) {
    out.assign(static_cast<size_t>(n), s->data[0]);
  } else {
    for (int64_t i = 0; i < n; ++i) out += s->data;
  }
  return new_str_from(std::move(out), s->length * n, s->ascii);
}

Ref str_mul(Value self, Value other) {
  return str_repeat(self_str(self), other);
}
Ref str_rmul(Value self, Value other) {
  return str_repeat(self_str(self), other);
}

Ref str_mod(Value self, Value other) {
  if (!is_str(self)) return notimpl();
  return str_percent_format(self_str(self), other);
}

Ref str_new(Type* type, Args args) {
  Value obj, encoding, errors;
  Value slots[3];
  if (!parse_args("str", args, {"object", "encoding", "errors"}, 3, slots)) return nullptr;
  obj = slots[0];
  encoding = slots[1];
  errors = slots[2];
  Ref result;
  if (encoding || errors) {
    if (encoding && !is_str(encoding)) {
      return type_error("str() argument 'encoding' must be str, not " + type_name(encoding));
    }
    if (errors && !is_str(errors)) {
      return type_error("str() argument 'errors' must be str, not " + type_name(errors));
    }
    if (!obj || is_str(obj)) return type_error("decoding str is not supported");
    return type_error("decoding to str: need a bytes-like object, " + type_name(obj) + " found");
  }
  result = obj ? str(obj) : Ref::borrow(Value(empty_singleton()));
  if (!result || type == &g_str_type) return result;
  return str_of_type(type, as_str(result.get()));
}

// ---- methods: case and classification ----------------------------------------------------------

#define STR_NOARGS(name) \
  if (!check_nargs("str." name, args, 0, 0)) return nullptr;

template <bool (*Pred)(char32_t), bool kEmpty = false>
Ref classify(Value self) {
  Str* s = self_str(self);
  if (s->data.empty()) return new_bool(kEmpty);
  for (size_t i = 0; i < s->data.size();) {
    if (!Pred(decode_utf8(s->data, &i))) return new_bool(false);
  }
  return new_bool(true);
}

Ref str_isdigit(Value self, Args args) {
  STR_NOARGS("isdigit");
  return classify<is_digit_char>(self);
}
Ref str_isdecimal(Value self, Args args) {
  STR_NOARGS("isdecimal");
  return classify<is_decimal_char>(self);
}
Ref str_isnumeric(Value self, Args args) {
  STR_NOARGS("isnumeric");
  return classify<is_numeric_char>(self);
}
Ref str_isalpha(Value self, Args args) {
  STR_NOARGS("isalpha");
  return classify<is_alpha_char>(self);
}
Ref str_isalnum(Value self, Args args) {
  STR_NOARGS("isalnum");
  return classify<is_alnum_char>(self);
}
Ref str_isspace(Value self, Args args) {
  STR_NOARGS("isspace");
  return classify<is_space_char>(self);
}
bool is_printable_char(char32_t c) {
  return is_printable(c);
}
Ref str_isprintable(Value self, Args args) {
  STR_NOARGS("isprintable");
  Str* s = self_str(self);
  if (s->data.empty()) return new_bool(true);
  return classify<is_printable_char>(self);
}
Ref str_isascii(Value self, Args args) {
  STR_NOARGS("isascii");
  return new_bool(self_str(self)->ascii);
}

Ref str_isupper(Value self, Args args) {
  STR_NOARGS("isupper");
  Str* s = self_str(self);
  bool cased = false;
  for (size_t i = 0; i < s->data.size();) {
    char32_t c = decode_utf8(s->data, &i);
    if (is_lower_char(c) || is_title_char(c)) return new_bool(false);
    if (is_upper_char(c)) cased = true;
  }
  return new_bool(cased);
}

Ref str_islower(Value self, Args args) {
  STR_NOARGS("islower");
  Str* s = self_str(self);
  bool cased = false;
  for (size_t i = 0; i < s->data.size();) {
    char32_t c = decode_utf8(s->data, &i);
    if (is_upper_char(c) || is_title_char(c)) return new_bool(false);
    if (is_lower_char(c)) cased = true;
  }
  return new_bool(cased);
}

Ref str_istitle(Value self, Args args) {
  STR_NOARGS("istitle");
  Str* s = self_str(self);
  bool cased = false, previous_cased = false;
  for (size_t i = 0; i < s->data.size();) {
    char32_t c = decode_utf8(s->data, &i);
    if (is_upper_char(c) || is_title_char(c)) {
      if (previous_cased) return new_bool(false);
      previous_cased = true;
      cased = true;
    } else if (is_lower_char(c)) {
      if (!previous_cased) return new_bool(false);
      previous_cased = true;
      cased = true;
    } else {
      previous_cased = false;
    }
  }
  return new_bool(cased);
}

bool identifier(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t c = decode_utf8(s, &i);
  if (c != '_' && !is_xid_start(c)) return false;
  while (i < s.size()) {
    if (!is_xid_continue(decode_utf8(s, &i))) return false;
  }
  return true;
}

Ref str_isidentifier(Value self, Args args) {
  STR_NOARGS("isidentifier");
  return new_bool(identifier(self_str(self)->view()));
}

Ref str_upper(Value self, Args args) {
  STR_NOARGS("upper");
  Str* s = self_str(self);
  std::string out = s->data;
  if (s->ascii) {
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    return new_str_from(std::move(out), s->length, true);
  }
  out.clear();
  for (size_t i = 0; i < s->data.size();) append_upper(&out, decode_utf8(s->data, &i));
  return new_str_owned(std::move(out));
}

Ref lower_of(Str* s) {
  std::string out = s->data;
  if (s->ascii) {
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return new_str_from(std::move(out), s->length, true);
  }
  out.clear();
  std::u32string cps = decode(s->data);
  for (size_t i = 0; i < cps.size(); ++i) append_lower(&out, cps, i);
  return new_str_owned(std::move(out));
}

Ref str_lower(Value self, Args args) {
  STR_NOARGS("lower");
  return lower_of(self_str(self));
}

Ref str_casefold(Value self, Args args) {
  STR_NOARGS("casefold");
  Str* s = self_str(self);
  if (s->ascii) return lower_of(s);
  std::string out;
  std::u32string cps = decode(s->data);
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == 0xdf) {
      out += "ss";
    } else if (c == 0x3c2) {
      append_utf8(&out, 0x3c3);
    } else if (c == 0x17f) {
      out += 's';
    } else if (c == 0xb5) {
      append_utf8(&out, 0x3bc);
    } else if (c == 0x3a3) {
      append_utf8(&out, 0x3c3);
    } else {
      append_lower(&out, cps, i);
    }
  }
  return new_str_owned(std::move(out));
}

Ref str_swapcase(Value self, Args args) {
  STR_NOARGS("swapcase");
  Str* s = self_str(self);
  std::string out;
  std::u32string cps = decode(s->data);
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_upper_char(c)) {
      append_lower(&out, cps, i);
    } else if (is_lower_char(c)) {
      append_upper(&out, c);
    } else {
      append_utf8(&out, c);
    }
  }
  return new_str_owned(std::move(out));
}

Ref str_title(Value self, Args args) {
  STR_NOARGS("title");
  Str* s = self_str(self);
  std::string out;
  out.reserve(s->data.size());
  std::u32string cps = decode(s->data);
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (previous_cased) {
      append_lower(&out, cps, i);
    } else {
      append_title(&out, c);
    }
    previous_cased = is_cased(c);
  }
  return new_str_owned(std::move(out));
}

Ref str_capitalize(Value self, Args args) {
  STR_NOARGS("capitalize");
  Str* s = self_str(self);
  std::string out;
  std::u32string cps = decode(s->data);
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      append_title(&out, cps[0]);
    } else {
      append_lower(&out, cps, i);
    }
  }
  return new_str_owned(std::move(out));
}

// ---- methods: searching ------------------------------------------------------------------------

Ref do_find(const char* fname, Value self, Args args, bool reverse, bool raise_missing) {
  Value sub;
  int64_t start, end;
  if (!sub_args(fname, self, args, &sub, &start, &end)) return nullptr;
  if (!require_str(sub)) return nullptr;
  int64_t r = find_in(self_str(self), as_str(sub), start, end, reverse);
  if (r < 0 && raise_missing) return value_error("substring not found");
  return new_int(r);
}

Ref str_find(Value self, Args args) {
  return do_find("find", self, args, false, false);
}
Ref str_rfind(Value self, Args args) {
  return do_find("rfind", self, args, true, false);
}
Ref str_index(Value self, Args args) {
  return do_find("index", self, args, false, true);
}
Ref str_rindex(Value self, Args args) {
  return do_find("rindex", self, args, true, true);
}

Ref str_count(Value self, Args args) {
  Value sub;
  int64_t start, end;
  if (!sub_args("count", self, args, &sub, &start, &end)) return nullptr;
  if (!require_str(sub)) return nullptr;
  return new_int(count_in(self_str(self), as_str(sub), start, end));
}

bool tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool suffix) {
  adjust_indices(&start, &end, s->length);
  end -= sub->length;
  if (end < start) return false;
  if (sub->length == 0) return true;
  int64_t at = suffix ? end : start;
  size_t b = str_byte_offset(s, at);
  return s->data.compare(b, sub->data.size(), sub->data) == 0;
}

Ref starts_or_ends(const char* fname, Value self, Args args, bool suffix) {
  if (!check_args_old(fname, args, 1, 3)) return nullptr;
  int64_t start = 0, end = INT64_MAX;
  if (args.npos > 1 && !slice_index_arg(args[1], &start)) return nullptr;
  if (args.npos > 2 && !slice_index_arg(args[2], &end)) return nullptr;
  Value arg = args[0];
  Str* s = self_str(self);
  if (type_of(arg) == &g_tuple_type || is_instance(arg, &g_tuple_type)) {
    Tuple* t = as_tuple(arg);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i])) {
        return type_error(std::string("tuple for ") + fname + " must only contain str, not " +
                          type_name(t->items[i]));
      }
      if (tail_match(s, as_str(t->items[i]), start, end, suffix)) return new_bool(true);
    }
    return new_bool(false);
  }
  if (!is_str(arg)) {
    return type_error(std::string(fname) + " first arg must be str or a tuple of str, not " +
                      type_name(arg));
  }
  return new_bool(tail_match(s, as_str(arg), start, end, suffix));
}

Ref str_startswith(Value self, Args args) {
  return starts_or_ends("startswith", self, args, false);
}
Ref str_endswith(Value self, Args args) {
  return starts_or_ends("endswith", self, args, true);
}

// ---- methods: splitting and joining ----------------------------------------------------------

inline bool ascii_space(unsigned char c) {
  return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
}

// Splits on runs of whitespace. Returns byte ranges.
void whitespace_split(Str* s, int64_t maxsplit, bool reverse,
                      std::vector<std::pair<size_t, size_t>>* out) {
  std::string_view d = s->view();
  if (s->ascii) {
    if (!reverse) {
      size_t i = 0, n = d.size();
      while (true) {
        while (i < n && ascii_space(d[i])) ++i;
        if (i == n) break;
        if (maxsplit-- == 0) {
          out->push_back({i, n});
          break;
        }
        size_t j = i;
        while (j < n && !ascii_space(d[j])) ++j;
        out->push_back({i, j});
        i = j;
      }
    } else {
      size_t i = d.size();
      while (true) {
        while (i > 0 && ascii_space(d[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit-- == 0) {
          out->push_back({0, i});
          break;
        }
        size_t j = i;
        while (j > 0 && !ascii_space(d[j - 1])) --j;
        out->push_back({j, i});
        i = j;
      }
      std::reverse(out->begin(), out->end());
    }
    return;
  }
  // Non-ASCII: decode to (code point, byte offset) pairs.
  std::vector<std::pair<char32_t, size_t>> cps;
  for (size_t i = 0; i < d.size();) {
    size_t at = i;
    cps.push_back({decode_utf8(d, &i), at});
  }
  auto off = [&](size_t k) { return k < cps.size() ? cps[k].second : d.size(); };
  auto sp = [&](size_t k) { return unicode_is_space(cps[k].first); };
  size_t n = cps.size();
  if (!reverse) {
    size_t i = 0;
    while (true) {
      while (i < n && sp(i)) ++i;
      if (i == n) break;
      if (maxsplit-- == 0) {
        out->push_back({off(i), off(n)});
        break;
      }
      size_t j = i;
      while (j < n && !sp(j)) ++j;
      out->push_back({off(i), off(j)});
      i = j;
    }
  } else {
    size_t i = n;
    while (true) {
      while (i > 0 && sp(i - 1)) --i;
      if (i == 0) break;
      if (maxsplit-- == 0) {
        out->push_back({off(0), off(i)});
        break;
      }
      size_t j = i;
      while (j > 0 && !sp(j - 1)) --j;
      out->push_back({off(j), off(i)});
      i = j;
    }
    std::reverse(out->begin(), out->end());
  }
}

Ref do_split(const char* fname, Value self, Args args, bool reverse) {
  Value a[2];
  if (!parse_args(fname, args, {"sep", "maxsplit"}, 2, a)) return nullptr;
  int64_t maxsplit = -1;
  if (a[1] && !index_as_i64(a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Str* s = self_str(self);
  std::vector<std::pair<size_t, size_t>> parts;
  if (!a[0] || a[0] == none()) {
    whitespace_split(s, maxsplit, reverse, &parts);
  } else {
    if (!is_str(a[0])) return type_error("must be str or None, not " + type_name(a[0]));
    std::string_view sep = as_str(a[0])->view();
    if (sep.empty()) return value_error("empty separator");
    std::string_view d = s->view();
    if (!reverse) {
      size_t i = 0;
      while (maxsplit-- > 0) {
        size_t j = d.find(sep, i);
        if (j == std::string_view::npos) break;
        parts.push_back({i, j});
        i = j + sep.size();
      }
      parts.push_back({i, d.size()});
    } else {
      size_t e = d.size();
      while (maxsplit-- > 0 && e >= sep.size()) {
        size_t j = d.rfind(sep, e - sep.size());
        if (j == std::string_view::npos) break;
        parts.push_back({j + sep.size(), e});
        e = j;
      }
      parts.push_back({0, e});
      std::reverse(parts.begin(), parts.end());
    }
  }
  Ref list = new_list(static_cast<int64_t>(parts.size()));
  if (!list) return nullptr;
  List* l = as_list(list.get());
  for (auto [b, e] : parts) {
    Ref piece = substr_bytes(s, b, e);
    if (!piece) return nullptr;
    l->items.push_back(piece.release());
  }
  return list;
}

Ref str_split(Value self, Args args) {
  return do_split("split", self, args, false);
}
Ref str_rsplit(Value self, Args args) {
  return do_split("rsplit", self, args, true);
}

Ref str_join(Value self, Args args) {
  if (!check_nargs("str.join", args, 1, 1)) return nullptr;
  Value iterable = args[0];
  if (!type_of(iterable)->iter && !type_of(iterable)->getitem) {
    return type_error("can only join an iterable");
  }
  Ref holder;
  const Value* items;
  int64_t n;
  if (!sequence_items(iterable, &holder, &items, &n)) return nullptr;
  Str* sep = self_str(self);
  if (n == 1 && type_of(items[0]) == &g_str_type) return Ref::borrow(items[0]);
  size_t bytes = n > 0 ? sep->data.size() * static_cast<size_t>(n - 1) : 0;
  int64_t len = n > 0 ? sep->length * (n - 1) : 0;
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                        type_name(items[i]) + " found");
    }
    Str* it = as_str(items[i]);
    bytes += it->data.size();
    len += it->length;
    ascii = ascii && it->ascii;
  }
  std::string out;
  out.reserve(bytes);
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += sep->data;
    out += as_str(items[i])->data;
  }
  return new_str_from(std::move(out), len, ascii);
}

Ref str_splitlines(Value self, Args args) {
  Value a[1];
  if (args.nkw() > 1) {
    return type_error("splitlines() takes at most 1 keyword argument (" +
                      std::to_string(args.nkw()) + " given)");
  }
  if (!parse_args("splitlines", args, {"keepends"}, 1, a)) return nullptr;
  bool keepends = false;
  if (a[0]) {
    int64_t k = 0;
    if (!index_as_i64(a[0], &k)) return nullptr;
    keepends = k != 0;
  }
  Str* s = self_str(self);
  std::string_view d = s->view();
  Ref list = new_list();
  if (!list) return nullptr;
  size_t i = 0, start = 0;
  while (i < d.size()) {
    size_t at = i;
    char32_t c = decode_utf8(d, &i);
    bool brk = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
               c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    if (!brk) continue;
    size_t eol = i;
    if (c == '\r' && i < d.size() && d[i] == '\n') eol = ++i;
    Ref piece = substr_bytes(s, start, keepends ? eol : at);
    if (!piece) return nullptr;
    list_append(as_list(list.get()), piece.get());
    start = i;
  }
  if (start < d.size()) {
    Ref piece = substr_bytes(s, start, d.size());
    if (!piece) return nullptr;
    list_append(as_list(list.get()), piece.get());
  }
  return list;
}

Ref do_partition(const char* fname, Value self, Args args, bool reverse) {
  if (!check_nargs(fname, args, 1, 1)) return nullptr;
  if (!require_str(args[0])) return nullptr;
  Str* s = self_str(self);
  Str* sep = as_str(args[0]);
  if (sep->data.empty()) return value_error("empty separator");
  size_t pos = reverse ? s->view().rfind(sep->view()) : s->view().find(sep->view());
  Value e = empty_str();
  if (pos == std::string_view::npos) {
    Ref whole = substr_bytes(s, 0, s->data.size());
    return reverse ? new_tuple({e, e, whole.get()}) : new_tuple({whole.get(), e, e});
  }
  Ref head = substr_bytes(s, 0, pos);
  Ref tail = substr_bytes(s, pos + sep->data.size(), s->data.size());
  Ref mid = type_of(args[0]) == &g_str_type ? Ref::borrow(args[0])
                                            : substr_bytes(sep, 0, sep->data.size());
  if (!head || !tail || !mid) return nullptr;
  return new_tuple({head.get(), mid.get(), tail.get()});
}

Ref str_partition(Value self, Args args) {
  return do_partition("str.partition", self, args, false);
}
Ref str_rpartition(Value self, Args args) {
  return do_partition("str.rpartition", self, args, true);
}

// ---- methods: stripping, padding, replacing --------------------------------------------------

Ref do_strip(const char* fname, Value self, Args args, bool left, bool right) {
  if (!check_nargs(fname, args, 0, 1)) return nullptr;
  Str* s = self_str(self);
  std::string_view d = s->view();
  size_t b = 0, e = d.size();
  if (args.npos == 0 || args[0] == none()) {
    if (s->ascii) {
      if (left)
        while (b < e && ascii_space(d[b])) ++b;
      if (right)
        while (e > b && ascii_space(d[e - 1])) --e;
    } else {
      if (left) {
        while (b < e) {
          size_t p = b;
          if (!unicode_is_space(decode_utf8(d, &p))) break;
          b = p;
        }
      }
      if (right) {
        while (e > b) {
          size_t st = e - 1;
          while (st > b && is_cont(static_cast<unsigned char>(d[st]))) --st;
          size_t p = st;
          if (!unicode_is_space(decode_utf8(d, &p))) break;
          e = st;
        }
      }
    }
  } else {
    if (!is_str(args[0])) return type_error(std::string(fname) + " arg must be None or str");
    Str* chars = as_str(args[0]);
    if (chars->ascii && s->ascii) {
      std::string_view cs = chars->view();
      if (left)
        while (b < e && cs.find(d[b]) != std::string_view::npos) ++b;
      if (right)
        while (e > b && cs.find(d[e - 1]) != std::string_view::npos) --e;
    } else {
      std::u32string cs = decode(chars->data);
      auto has = [&](char32_t c) { return cs.find(c) != std::u32string::npos; };
      if (left) {
        while (b < e) {
          size_t p = b;
          if (!has(decode_utf8(d, &p))) break;
          b = p;
        }
      }
      if (right) {
        while (e > b) {
          size_t st = e - 1;
          while (st > b && is_cont(static_cast<unsigned char>(d[st]))) --st;
          size_t p = st;
          if (!has(decode_utf8(d, &p))) break;
          e = st;
        }
      }
    }
  }
  return substr_bytes(s, b, e);
}

Ref str_strip(Value self, Args args) {
  return do_strip("strip", self, args, true, true);
}
Ref str_lstrip(Value self, Args args) {
  return do_strip("lstrip", self, args, true, false);
}
Ref str_rstrip(Value self, Args args) {
  return do_strip("rstrip", self, args, false, true);
}

// Width and fill arguments of center/ljust/rjust.
bool pad_args(const char* fname, Args args, int64_t* width, Str** fill) {
  if (!check_nargs(fname, args, 1, 2)) return false;
  if (!index_as_i64(args[0], width)) return false;
  *fill = nullptr;
  if (args.npos > 1) {
    if (!is_str(args[1])) {
      type_error("The fill character must be a unicode character, not " + type_name(args[1]));
      return false;
    }
    if (as_str(args[1])->length != 1) {
      type_error("The fill character must be exactly one character long");
      return false;
    }
    *fill = as_str(args[1]);
  }
  return true;
}

Ref pad(Str* s, int64_t left, int64_t right, Str* fill) {
  if (left <= 0 && right <= 0 && s->type == &g_str_type) return Ref::borrow(Value(s));
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  std::string_view f = fill ? fill->view() : std::string_view(" ");
  std::string out;
  out.reserve(s->data.size() + (left + right) * f.size());
  for (int64_t i = 0; i < left; ++i) out += f;
  out += s->data;
  for (int64_t i = 0; i < right; ++i) out += f;
  return new_str_from(std::move(out), s->length + left + right, s->ascii && (!fill || fill->ascii));
}

Ref str_center(Value self, Args args) {
  int64_t width;
  Str* fill;
  if (!pad_args("center", args, &width, &fill)) return nullptr;
  Str* s = self_str(self);
  int64_t marg = width - s->length;
  if (marg <= 0) return pad(s, 0, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

Ref str_ljust(Value self, Args args) {
  int64_t width;
  Str* fill;
  if (!pad_args("ljust", args, &width, &fill)) return nullptr;
  Str* s = self_str(self);
  return pad(s, 0, width - s->length, fill);
}

Ref str_rjust(Value self, Args args) {
  int64_t width;
  Str* fill;
  if (!pad_args("rjust", args, &width, &fill)) return nullptr;
  Str* s = self_str(self);
  return pad(s, width - s->length, 0, fill);
}

Ref str_zfill(Value self, Args args) {
  if (!check_nargs("str.zfill", args, 1, 1)) return nullptr;
  int64_t width;
  if (!index_as_i64(args[0], &width)) return nullptr;
  Str* s = self_str(self);
  if (s->length >= width) return pad(s, 0, 0, nullptr);
  int64_t fill = width - s->length;
  std::string out(static_cast<size_t>(fill), '0');
  out += s->data;
  if (!s->data.empty() && (s->data[0] == '+' || s->data[0] == '-')) {
    out[0] = s->data[0];
    out[static_cast<size_t>(fill)] = '0';
  }
  return new_str_from(std::move(out), width, s->ascii);
}

Ref str_expandtabs(Value self, Args args) {
  Value a[1];
  if (!parse_args("expandtabs", args, {"tabsize"}, 1, a)) return nullptr;
  int64_t tabsize = 8;
  if (a[0] && !index_as_i64(a[0], &tabsize)) return nullptr;
  Str* s = self_str(self);
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < s->data.size();) {
    size_t at = i;
    char32_t c = decode_utf8(s->data, &i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out.append(s->data, at, i - at);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return new_str_owned(std::move(out));
}

Ref str_replace(Value self, Args args) {
  if (!check_nargs("replace", args, 2, 3)) return nullptr;
  if (!require_str(args[0], "replace() argument 1 must be str, not ")) return nullptr;
  if (!require_str(args[1], "replace() argument 2 must be str, not ")) return nullptr;
  int64_t count = -1;
  if (args.npos > 2 && !index_as_i64(args[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  Str* s = self_str(self);
  Str* old = as_str(args[0]);
  Str* rep = as_str(args[1]);
  std::string out;
  int64_t n = 0;
  if (old->data.empty()) {
    size_t i = 0;
    while (n < count) {
      out += rep->data;
      ++n;
      if (i >= s->data.size()) break;
      size_t len = lead_len(static_cast<unsigned char>(s->data[i]));
      out.append(s->data, i, len);
      i += len;
    }
    out.append(s->data, i, std::string::npos);
  } else {
    size_t i = 0;
    while (n < count) {
      size_t j = s->data.find(old->data, i);
      if (j == std::string::npos) break;
      out.append(s->data, i, j - i);
      out += rep->data;
      i = j + old->data.size();
      ++n;
    }
    if (n == 0) return pad(s, 0, 0, nullptr);
    out.append(s->data, i, std::string::npos);
  }
  int64_t len = s->length + n * (rep->length - old->length);
  return new_str_from(std::move(out), len, s->ascii && rep->ascii);
}

Ref str_removeprefix(Value self, Args args) {
  if (!check_nargs("str.removeprefix", args, 1, 1)) return nullptr;
  if (!require_str(args[0], "removeprefix() argument must be str, not ")) return nullptr;
  Str* s = self_str(self);
  Str* p = as_str(args[0]);
  if (!p->data.empty() && s->view().substr(0, p->data.size()) == p->view()) {
    return substr_bytes(s, p->data.size(), s->data.size());
  }
  return substr_bytes(s, 0, s->data.size());
}

Ref str_removesuffix(Value self, Args args) {
  if (!check_nargs("str.removesuffix", args, 1, 1)) return nullptr;
  if (!require_str(args[0], "removesuffix() argument must be str, not ")) return nullptr;
  Str* s = self_str(self);
  Str* p = as_str(args[0]);
  size_t n = s->data.size(), m = p->data.size();
  if (m > 0 && m <= n && s->view().substr(n - m) == p->view()) return substr_bytes(s, 0, n - m);
  return substr_bytes(s, 0, n);
}

// ---- translate / maketrans
// ------------------------------------------------------------------------

Ref str_maketrans(Value, Args args) {
  if (!check_nargs("maketrans", args, 1, 3)) return nullptr;
  Ref d = new_dict();
  if (!d) return nullptr;
  Dict* dict = as_dict(d.get());
  if (args.npos == 1) {
    if (!is_instance(args[0], &g_dict_type)) {
      return type_error("if you give only one argument to maketrans it must be a dict");
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(args[0]), &pos, &k, &v)) {
      if (is_str(k)) {
        if (as_str(k)->length != 1) {
          return value_error("string keys in translate table must be of length 1");
        }
        Ref key = new_int(str_char_at(as_str(k), 0));
        if (dict_set(dict, key.get(), v) < 0) return nullptr;
      } else if (is_int(k)) {
        if (dict_set(dict, k, v) < 0) return nullptr;
      } else {
        return type_error("keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!require_str(args[0], "maketrans() argument 1 must be str, not ")) return nullptr;
  if (!require_str(args[1], "maketrans() argument 2 must be str, not ")) return nullptr;
  std::u32string x = decode(as_str(args[0])->data), y = decode(as_str(args[1])->data);
  if (x.size() != y.size()) {
    return value_error("the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < x.size(); ++i) {
    Ref k = new_int(x[i]), v = new_int(y[i]);
    if (dict_set(dict, k.get(), v.get()) < 0) return nullptr;
  }
  if (args.npos == 3) {
    if (!require_str(args[2], "maketrans() argument 3 must be str, not ")) return nullptr;
    for (char32_t c : decode(as_str(args[2])->data)) {
      Ref k = new_int(c);
      if (dict_set(dict, k.get(), none()) < 0) return nullptr;
    }
  }
  return d;
}

Ref str_translate(Value self, Args args) {
  if (!check_nargs("str.translate", args, 1, 1)) return nullptr;
  Value table = args[0];
  Str* s = self_str(self);
  std::string out;
  for (size_t i = 0; i < s->data.size();) {
    size_t at = i;
    char32_t c = decode_utf8(s->data, &i);
    Ref key = new_int(c);
    Ref v = getitem(table, key.get());
    if (!v) {
      if (!error_matches(g_LookupError)) return nullptr;
      clear_error();
      out.append(s->data, at, i - at);
      continue;
    }
    if (v.get() == none()) continue;
    if (is_int(v.get())) {
      int64_t cp = 0;
      if (!int_as_i64(v.get(), &cp) || cp < 0 || cp > 0x10ffff) {
        return value_error("character mapping must be in range(0x110000)");
      }
      append_utf8(&out, static_cast<uint32_t>(cp));
    } else if (is_str(v.get())) {
      out += as_str(v.get())->data;
    } else {
      return type_error("character mapping must return integer, None or str");
    }
  }
  return new_str_owned(std::move(out));
}

// ---- misc methods
// ---------------------------------------------------------------------------------

Ref str_m_format(Value self, Args args);
Ref str_m_format_map(Value self, Args args);

Ref str_m_dunder_format(Value self, Args args) {
  if (!check_nargs("__format__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  Str* s = self_str(self);
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str_str_slot(self);
  NumResult<std::string> r = format_str(s->view(), spec, type_name(self));
  if (!r) return raise_num_failure(r.error());
  return new_str_owned(std::move(*r));
}

Ref str_getnewargs(Value self, Args args) {
  STR_NOARGS("__getnewargs__");
  Ref s = str_str_slot(self);
  return new_tuple({s.get()});
}

Ref str_encode(Value, Args) {
  return raise(g_NotImplementedError,
               "str.encode() is not supported (asyncplay has no bytes type)");
}

#undef STR_NOARGS

}  // namespace

// ---- repr and ascii
// ---------------------------------------------------------------------------------

Ref str_repr(Value v) {
  Str* s = as_str(v);
  if (s->ascii) {
    bool plain = true, single = false, dbl = false;
    for (unsigned char c : s->data) {
      if (c < 0x20 || c == 0x7f || c == '\\') plain = false;
      if (c == '\'') single = true;
      if (c == '"') dbl = true;
    }
    if (plain && !single) {
      std::string out;
      out.reserve(s->data.size() + 2);
      out += '\'';
      out += s->data;
      out += '\'';
      return new_str_from(std::move(out), s->length + 2, true);
    }
    if (plain && !dbl) {
      std::string out;
      out.reserve(s->data.size() + 2);
      out += '"';
      out += s->data;
      out += '"';
      return new_str_from(std::move(out), s->length + 2, true);
    }
  }
  return new_str_owned(py_str_repr(s->view()));
}

Ref ascii_of(Value v) {
  Ref r = repr(v);
  if (!r) return nullptr;
  Str* s = as_str(r.get());
  if (s->ascii) return r;
  std::string out;
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < s->data.size();) {
    char32_t c = decode_utf8(s->data, &i);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
    out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
    for (int k = digits - 1; k >= 0; --k) out += kHex[(c >> (4 * k)) & 0xf];
  }
  const int64_t n = static_cast<int64_t>(out.size());
  return new_str_from(std::move(out), n, true);
}

Ref ascii_repr(Value v) {
  return ascii_of(v);
}

// ---- format(value, spec)
// ------------------------------------------------------------------------------

Ref format_value(Value v, Value spec) {
  std::string_view sp = spec ? as_str(spec)->view() : std::string_view();
  Type* t = type_of(v);
  if (t == &g_str_type) {
    if (sp.empty()) return Ref::borrow(v);
    NumResult<std::string> r = format_str(as_str(v)->view(), sp);
    if (!r) return raise_num_failure(r.error());
    return new_str_owned(std::move(*r));
  }
  if (t == &g_int_type) {
    if (sp.empty()) return str(v);
    int64_t x;
    NumResult<std::string> r =
        int_as_i64(v, &x) ? format_int(x, sp) : format_int(int_to_bigint(v), sp);
    if (!r) return raise_num_failure(r.error());
    return new_str_owned(std::move(*r));
  }
  if (t == &g_float_type) {
    if (sp.empty()) return str(v);
    NumResult<std::string> r = format_float(float_value(v), sp);
    if (!r) return raise_num_failure(r.error());
    return new_str_owned(std::move(*r));
  }
  Value spec_value = spec ? spec : empty_str();
  bool found = false;
  Ref r = call_special(v, AP_NAME("__format__"), {spec_value}, &found);
  if (!found) return type_error("Type " + type_name(v) + " doesn't define __format__");
  if (r && !is_str(r.get())) {
    return type_error("__format__ must return a str, not " + type_name(r.get()));
  }
  return r;
}

// ---- printf-style formatting
// ---------------------------------------------------------------------------

namespace {

enum : unsigned { kLJust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct PercentArg {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  char32_t ch = 0;
  bool sign = false;
};

struct PercentState {
  Value args;  // the right operand (or the value looked up by %(key))
  Ref owned;   // keeps a looked-up value alive
  int64_t arglen;
  int64_t argidx;
  Value dict;
};

Value next_arg(PercentState* st) {
  if (st->argidx < st->arglen) {
    int64_t i = st->argidx++;
    if (st->arglen < 0) return st->args;
    return as_tuple(st->args)->items[i];
  }
  type_error("not enough arguments for format string");
  return Value();
}

// Digits of an int in base 10/8/16 with CPython's _PyUnicode_FormatLong rules.
std::string format_long(Value v, bool alt, int64_t prec, char32_t type) {
  BigInt x = int_to_bigint(v);
  bool neg = x.is_negative();
  std::string digits = x.abs().to_string(type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10);
  if (prec > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(prec) - digits.size(), '0');
  }
  std::string out = neg ? "-" : "";
  if (alt && type == 'o') out += "0o";
  if (alt && (type == 'x' || type == 'X')) out += "0x";
  out += digits;
  if (type == 'X') {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// Appends `text` padded as CPython's unicode_format_arg_output does.
void output_arg(std::string* out, PercentArg& arg, Str* text) {
  char fill = arg.sign && (arg.flags & kZero) ? '0' : ' ';
  int64_t len = text->length;
  if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
      !(arg.flags & (kSign | kBlank))) {
    *out += text->data;
    return;
  }
  std::u32string cps = decode(text->data);
  if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) {
    len = arg.prec;
  }
  size_t pindex = 0;
  char32_t signchar = 0;
  if (arg.sign) {
    char32_t c = cps.empty() ? 0 : cps[0];
    if (c == '-' || c == '+') {
      signchar = c;
      --len;
      ++pindex;
    } else if (arg.flags & kSign) {
      signchar = '+';
    } else if (arg.flags & kBlank) {
      signchar = ' ';
    } else {
      arg.sign = false;
    }
  }
  if (arg.width < len) arg.width = len;
  if (arg.sign) {
    if (fill != ' ') append_utf8(out, signchar);
    if (arg.width > len) --arg.width;
  }
  const bool prefix = (arg.flags & kAlt) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
  if (prefix) {
    if (fill != ' ') {
      *out += '0';
      *out += static_cast<char>(arg.ch);
      pindex += 2;
    }
    arg.width = std::max<int64_t>(arg.width - 2, 0);
    len -= 2;
  }
  if (arg.width > len && !(arg.flags & kLJust)) {
    out->append(static_cast<size_t>(arg.width - len), fill);
    arg.width = len;
  }
  if (fill == ' ') {
    if (arg.sign) append_utf8(out, signchar);
    if (prefix) {
      *out += '0';
      *out += static_cast<char>(arg.ch);
      pindex += 2;
    }
  }
  for (int64_t k = 0; k < len; ++k) append_utf8(out, cps[pindex + static_cast<size_t>(k)]);
  if (arg.width > len) out->append(static_cast<size_t>(arg.width - len), ' ');
}

// Formats one argument for conversion arg.ch: the text to output, or null on error.
Ref format_one(Value v, PercentArg& arg, int64_t pos) {
  switch (arg.ch) {
    case 's':
      return str(v);
    case 'r':
      return repr(v);
    case 'a':
      return ascii_of(v);
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      Ref iobj;
      const bool intlike = arg.ch == 'o' || arg.ch == 'x' || arg.ch == 'X';
      if (is_int(v)) {
        iobj = Ref::borrow(v);
      } else if (intlike) {
        if (!type_of(v)->lookup("__index__")) {
          return type_error(std::string("%") + static_cast<char>(arg.ch) +
                            " format: an integer is required, not " + type_name(v));
        }
        iobj = number_index(v);
      } else {
        Type* t = type_of(v);
        if (!is_instance(v, &g_float_type) && !t->lookup("__int__") && !t->lookup("__index__") &&
            !t->lookup("__float__")) {
          return type_error(std::string("%") + static_cast<char>(arg.ch) +
                            " format: a real number is required, not " + type_name(v));
        }
        iobj = int_from_value(v);
      }
      if (!iobj) return nullptr;
      arg.sign = true;
      char32_t type = arg.ch == 'i' || arg.ch == 'u' ? 'd' : arg.ch;
      return new_str_owned(format_long(iobj.get(), arg.flags & kAlt, arg.prec, type));
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double x = 0;
      if (!number_as_double(v, &x)) return nullptr;
      arg.sign = true;
      int prec = arg.prec < 0 ? 6 : static_cast<int>(std::min<int64_t>(arg.prec, 1 << 20));
      return new_str_owned(double_to_string(x, static_cast<char>(arg.ch), prec,
                                            (arg.flags & kAlt) ? unsigned{kDtoaAlt} : 0u));
    }
    case 'c': {
      if (is_str(v)) {
        if (as_str(v)->length != 1) return type_error("%c requires int or char");
        return Ref::borrow(v);
      }
      if (!is_int(v)) return type_error("%c requires int or char");
      int64_t c = 0;
      if (!int_as_i64(v, &c) || c < 0 || c > 0x10ffff) {
        return raise(g_OverflowError, "%c arg not in range(0x110000)");
      }
      return str_from_codepoint(static_cast<char32_t>(c));
    }
    default: {
      char buf[96];
      char shown = arg.ch >= 31 && arg.ch <= 126 ? static_cast<char>(arg.ch) : '?';
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                    shown, static_cast<unsigned>(arg.ch), static_cast<long long>(pos));
      return value_error(buf);
    }
  }
}

}  // namespace

Ref str_percent_format(Str* fmt, Value args) {
  PercentState st;
  st.args = args;
  Type* at = type_of(args);
  if (at == &g_tuple_type || at->is_subtype_of(&g_tuple_type)) {
    st.arglen = as_tuple(args)->size;
    st.argidx = 0;
  } else {
    st.arglen = -1;
    st.argidx = -2;
  }
  if (at->getitem && !(at == &g_tuple_type || at->is_subtype_of(&g_tuple_type)) && !is_str(args)) {
    st.dict = args;
  }
  std::u32string f = decode(fmt->data);
  const int64_t n = static_cast<int64_t>(f.size());
  std::string out;
  out.reserve(fmt->data.size() + 16);
  int64_t pos = 0;
  while (pos < n) {
    if (f[pos] != '%') {
      // Copy the literal run.
      int64_t start = pos;
      while (pos < n && f[pos] != '%') ++pos;
      for (int64_t k = start; k < pos; ++k) append_utf8(&out, f[k]);
      continue;
    }
    ++pos;  // past '%'
    if (pos >= n) return value_error("incomplete format");
    if (f[pos] == '%') {
      out += '%';
      ++pos;
      continue;
    }
    PercentArg arg;
    if (f[pos] == '(') {
      if (!st.dict) return type_error("format requires a mapping");
      int64_t keystart = ++pos;
      int depth = 1;
      while (pos < n && depth > 0) {
        if (f[pos] == ')')
          --depth;
        else if (f[pos] == '(')
          ++depth;
        ++pos;
      }
      if (depth > 0) return value_error("incomplete format key");
      std::string key;
      for (int64_t k = keystart; k < pos - 1; ++k) append_utf8(&key, f[k]);
      Ref keyobj = new_str_owned(std::move(key));
      st.owned = getitem(st.dict, keyobj.get());
      if (!st.owned) return nullptr;
      st.args = st.owned.get();
      st.arglen = -1;
      st.argidx = -2;
    }
    // Flags.
    while (pos < n) {
      char32_t c = f[pos];
      if (c == '-')
        arg.flags |= kLJust;
      else if (c == '+')
        arg.flags |= kSign;
      else if (c == ' ')
        arg.flags |= kBlank;
      else if (c == '#')
        arg.flags |= kAlt;
      else if (c == '0')
        arg.flags |= kZero;
      else
        break;
      ++pos;
    }
    // Width.
    if (pos < n && f[pos] == '*') {
      Value w = next_arg(&st);
      if (!w) return nullptr;
      if (!is_int(w)) return type_error("* wants int");
      if (!index_as_i64(w, &arg.width)) return nullptr;
      if (arg.width < 0) {
        arg.flags |= kLJust;
        arg.width = -arg.width;
      }
      ++pos;
    } else if (pos < n && f[pos] >= '0' && f[pos] <= '9') {
      arg.width = 0;
      while (pos < n && f[pos] >= '0' && f[pos] <= '9') {
        if (arg.width > (INT64_MAX - 9) / 10) return value_error("width too big");
        arg.width = arg.width * 10 + (f[pos++] - '0');
      }
    }
    // Precision.
    if (pos < n && f[pos] == '.') {
      arg.prec = 0;
      ++pos;
      if (pos < n && f[pos] == '*') {
        Value p = next_arg(&st);
        if (!p) return nullptr;
        if (!is_int(p)) return type_error("* wants int");
        if (!index_as_i64(p, &arg.prec)) return nullptr;
        if (arg.prec < 0) arg.prec = 0;
        ++pos;
      } else {
        while (pos < n && f[pos] >= '0' && f[pos] <= '9') {
          if (arg.prec > (INT32_MAX - 9) / 10) return value_error("precision too big");
          arg.prec = arg.prec * 10 + (f[pos++] - '0');
        }
      }
    }
    if (pos < n && (f[pos] == 'h' || f[pos] == 'l' || f[pos] == 'L')) ++pos;
    if (pos >= n) return value_error("incomplete format");
    arg.ch = f[pos++];
    Value v = next_arg(&st);
    if (!v) return nullptr;
    Ref text = format_one(v, arg, pos - 1);
    if (!text) return nullptr;
    output_arg(&out, arg, as_str(text.get()));
  }
  if (st.argidx < st.arglen && !st.dict) {
    return type_error("not all arguments converted during string formatting");
  }
  return new_str_owned(std::move(out));
}

// ---- str.format
// -----------------------------------------------------------------------------------

namespace {

enum class AutoState { kInit, kAuto, kManual };

struct FormatContext {
  const Value* args;  // positional arguments
  int64_t nargs;
  Value kwargs;  // a mapping, or null
  bool is_map;   // format_map: positional fields are an error
  AutoState state = AutoState::kInit;
  int64_t next_auto = 0;
};

// get_integer: the decimal value of a field name part, or -1 when it is not all digits.
int64_t field_integer(std::u32string_view s, bool* error) {
  *error = false;
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (char32_t c : s) {
    int d = unicode_decimal(c);
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) {
      value_error("Too many decimal digits in format string");
      *error = true;
      return -1;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

Ref str_of(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append_utf8(&out, c);
  return new_str_owned(std::move(out));
}

Ref get_field_object(std::u32string_view field, FormatContext* ctx) {
  size_t i = 0;
  while (i < field.size() && field[i] != '[' && field[i] != '.') ++i;
  std::u32string_view first = field.substr(0, i);
  bool err = false;
  int64_t index = field_integer(first, &err);
  if (err) return nullptr;
  const bool empty = first.empty();
  const bool numeric = empty || index != -1;
  if (ctx->state == AutoState::kInit && numeric) {
    ctx->state = empty ? AutoState::kAuto : AutoState::kManual;
  }
  if (numeric) {
    if (ctx->state == AutoState::kManual && empty) {
      return value_error(
          "cannot switch from manual field specification to automatic field numbering");
    }
    if (ctx->state == AutoState::kAuto && !empty) {
      return value_error(
          "cannot switch from automatic field numbering to manual field specification");
    }
  }
  if (empty) index = ctx->next_auto++;
  Ref obj;
  if (index == -1) {
    Ref key = str_of(first);
    if (!ctx->kwargs) return raise_key_error(key.get());
    obj = getitem(ctx->kwargs, key.get());
    if (!obj) return nullptr;
  } else {
    if (ctx->is_map) return value_error("Format string contains positional fields");
    if (index >= ctx->nargs) {
      return raise(g_IndexError, "Replacement index " + std::to_string(index) +
                                     " out of range for positional args tuple");
    }
    obj = Ref::borrow(ctx->args[index]);
  }
  // The rest: .attr and [key] parts.
  while (i < field.size()) {
    char32_t c = field[i++];
    std::u32string_view name;
    bool is_attr = false;
    if (c == '.') {
      is_attr = true;
      size_t start = i;
      while (i < field.size() && field[i] != '[' && field[i] != '.') ++i;
      name = field.substr(start, i - start);
    } else if (c == '[') {
      size_t start = i;
      while (i < field.size() && field[i] != ']') ++i;
      if (i >= field.size()) return value_error("Missing ']' in format string");
      name = field.substr(start, i - start);
      ++i;
    } else {
      return value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.empty()) return value_error("Empty attribute in format string");
    Ref next;
    if (is_attr) {
      Ref n = str_of(name);
      next = getattr(obj.get(), intern(as_str(n.get())->view()));
    } else {
      int64_t idx = field_integer(name, &err);
      if (err) return nullptr;
      Ref key = idx == -1 ? str_of(name) : new_int(idx);
      next = getitem(obj.get(), key.get());
    }
    if (!next) return nullptr;
    obj = std::move(next);
  }
  return obj;
}

bool build_format(std::u32string_view input, FormatContext* ctx, int depth, std::string* out);

bool render_field(std::u32string_view field_name, char32_t conversion, std::u32string_view spec,
                  bool spec_expand, FormatContext* ctx, int depth, std::string* out) {
  Ref obj = get_field_object(field_name, ctx);
  if (!obj) return false;
  if (conversion) {
    Ref conv;
    switch (conversion) {
      case 'r':
        conv = repr(obj.get());
        break;
      case 's':
        conv = str(obj.get());
        break;
      case 'a':
        conv = ascii_of(obj.get());
        break;
      default: {
        char buf[64];
        if (conversion > 32 && conversion < 127) {
          std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c",
                        static_cast<char>(conversion));
        } else {
          std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x",
                        static_cast<unsigned>(conversion));
        }
        value_error(buf);
        return false;
      }
    }
    if (!conv) return false;
    obj = std::move(conv);
  }
  Ref spec_str;
  if (spec_expand) {
    std::string expanded;
    if (!build_format(spec, ctx, depth - 1, &expanded)) return false;
    spec_str = new_str_owned(std::move(expanded));
  } else {
    spec_str = str_of(spec);
  }
  if (!spec_str) return false;
  Ref r = format_value(obj.get(), spec_str.get());
  if (!r) return false;
  *out += as_str(r.get())->data;
  return true;
}

bool build_format(std::u32string_view s, FormatContext* ctx, int depth, std::string* out) {
  if (depth <= 0) {
    value_error("Max string recursion exceeded");
    return false;
  }
  size_t pos = 0;
  const size_t end = s.size();
  while (pos < end) {
    // Literal text up to the next brace.
    size_t start = pos;
    char32_t c = 0;
    bool markup = false;
    while (pos < end) {
      c = s[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= end;
    size_t len = pos - start;
    if (markup && c == '}' && (at_end || s[pos] != '}')) {
      value_error("Single '}' encountered in format string");
      return false;
    }
    if (markup && at_end && c == '{') {
      value_error("Single '{' encountered in format string");
      return false;
    }
    if (markup && !at_end) {
      if (s[pos] == c) {
        ++pos;  // escaped brace: keep one
        markup = false;
      } else {
        --len;
      }
    }
    for (size_t k = start; k < start + len; ++k) append_utf8(out, s[k]);
    if (!markup) continue;
    // parse_field
    size_t fstart = pos;
    c = 0;
    while (pos < end) {
      c = s[pos++];
      if (c == '{') {
        value_error("unexpected '{' in field name");
        return false;
      }
      if (c == '[') {
        while (pos < end && s[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    std::u32string_view field_name = s.substr(fstart, pos - 1 - fstart);
    if (pos >= end && c != '}' && c != ':' && c != '!') {
      value_error("expected '}' before end of string");
      return false;
    }
    char32_t conversion = 0;
    std::u32string_view spec;
    bool spec_expand = false;
    if (c == '!' || c == ':') {
      bool done = false;
      if (c == '!') {
        if (pos >= end) {
          value_error("end of string while looking for conversion specifier");
          return false;
        }
        conversion = s[pos++];
        if (pos < end) {
          char32_t n = s[pos++];
          if (n == '}')
            done = true;
          else if (n != ':') {
            value_error("expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        size_t sstart = pos;
        int count = 1;
        bool closed = false;
        while (pos < end) {
          char32_t ch = s[pos++];
          if (ch == '{') {
            spec_expand = true;
            ++count;
          } else if (ch == '}') {
            if (--count == 0) {
              spec = s.substr(sstart, pos - 1 - sstart);
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          value_error("unmatched '{' in format spec");
          return false;
        }
      }
    }
    if (!render_field(field_name, conversion, spec, spec_expand, ctx, depth, out)) return false;
  }
  return true;
}

Ref str_m_format(Value self, Args args) {
  Ref kwargs;
  if (args.nkw()) {
    kwargs = new_dict();
    for (size_t i = 0; i < args.nkw(); ++i) {
      if (dict_set(as_dict(kwargs.get()), args.kwnames->items[i], args.kw_value(i)) < 0) {
        return nullptr;
      }
    }
  }
  FormatContext ctx{args.items, static_cast<int64_t>(args.npos), kwargs.get(), false};
  Str* s = self_str(self);
  // Fast path: no braces at all.
  if (s->view().find_first_of("{}") == std::string_view::npos) return str_str_slot(self);
  std::u32string text = decode(s->data);
  std::string out;
  if (!build_format(text, &ctx, 2, &out)) return nullptr;
  return new_str_owned(std::move(out));
}

Ref str_m_format_map(Value self, Args args) {
  if (!check_nargs("str.format_map", args, 1, 1)) return nullptr;
  FormatContext ctx{nullptr, 0, args[0], true};
  std::u32string text = decode(self_str(self)->data);
  std::string out;
  if (!build_format(text, &ctx, 2, &out)) return nullptr;
  return new_str_owned(std::move(out));
}

}  // namespace

void init_str_type() {
  Type* t = &g_str_type;
  type_init(t, "str", &g_object_type, sizeof(Str), str_dealloc);
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->compare = str_compare;
  t->len = str_len;
  t->truth = str_truth;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->new_ = str_new;
  t->binary[static_cast<int>(BinOp::Add)] = str_add;
  t->binary[static_cast<int>(BinOp::Mul)] = str_mul;
  t->rbinary[static_cast<int>(BinOp::Mul)] = str_rmul;
  t->binary[static_cast<int>(BinOp::Mod)] = str_mod;
  t->inplace[static_cast<int>(BinOp::Add)] = str_inplace_add;
  struct {
    const char* name;
    NativeFn fn;
  } const methods[] = {
      {"split", str_split},
      {"rsplit", str_rsplit},
      {"join", str_join},
      {"strip", str_strip},
      {"lstrip", str_lstrip},
      {"rstrip", str_rstrip},
      {"replace", str_replace},
      {"find", str_find},
      {"rfind", str_rfind},
      {"index", str_index},
      {"rindex", str_rindex},
      {"count", str_count},
      {"startswith", str_startswith},
      {"endswith", str_endswith},
      {"upper", str_upper},
      {"lower", str_lower},
      {"title", str_title},
      {"capitalize", str_capitalize},
      {"swapcase", str_swapcase},
      {"casefold", str_casefold},
      {"isdigit", str_isdigit},
      {"isalpha", str_isalpha},
      {"isalnum", str_isalnum},
      {"isspace", str_isspace},
      {"isupper", str_isupper},
      {"islower", str_islower},
      {"istitle", str_istitle},
      {"isidentifier", str_isidentifier},
      {"isnumeric", str_isnumeric},
      {"isdecimal", str_isdecimal},
      {"isprintable", str_isprintable},
      {"isascii", str_isascii},
      {"zfill", str_zfill},
      {"center", str_center},
      {"ljust", str_ljust},
      {"rjust", str_rjust},
      {"partition", str_partition},
      {"rpartition", str_rpartition},
      {"splitlines", str_splitlines},
      {"expandtabs", str_expandtabs},
      {"format", str_m_format},
      {"format_map", str_m_format_map},
      {"removeprefix", str_removeprefix},
      {"removesuffix", str_removesuffix},
      {"translate", str_translate},
      {"encode", str_encode},
      {"__format__", str_m_dunder_format},
      {"__getnewargs__", str_getnewargs},
  };
  for (const auto& m : methods) add_method(t, m.name, m.fn);
  add_staticmethod(t, "maketrans", str_maketrans);
  add_slot_wrappers(t);
  empty_singleton();
  for (int c = 0; c < 128; ++c) ascii_char(static_cast<unsigned char>(c));
}

}  // namespace asyncplay::lang
