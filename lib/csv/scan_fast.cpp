// scan_line_fast: see scan.hpp.
#include "csv/scan.hpp"

namespace jiedui::csv {
namespace {

struct Masks {
  std::uint64_t quote = 0, comma = 0, newline = 0;
};

Masks masks_of(const char* p) {
  Masks m;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), comma = _mm_set1_epi8(','), newline = _mm_set1_epi8('\n');
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const auto bits = [&](__m128i x) {
      return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, x))));
    };
    m.quote |= bits(quote) << (16 * k);
    m.comma |= bits(comma) << (16 * k);
    m.newline |= bits(newline) << (16 * k);
  }
#else
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (p[i] == '"') m.quote |= bit;
    if (p[i] == ',') m.comma |= bit;
    if (p[i] == '\n') m.newline |= bit;
  }
#endif
  return m;
}

// Bit i: an odd number of quotes at or before byte i (inside a quoted part).
std::uint64_t prefix_xor(std::uint64_t x) {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  x ^= x << 16;
  x ^= x << 32;
  return x;
}

// Population count without the POPCNT instruction (not in baseline x86-64).
std::uint32_t popcount(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<std::uint32_t>((x * 0x0101010101010101ULL) >> 56);
}

// A field that holds a quote: regular only if it is "…" with inner quotes doubled.
bool quoted_field(const char* b, const char* e, bool& unescape) {
  if (e - b < 2 || *b != '"' || e[-1] != '"') return false;
  const char* p = b + 1;
  const char* const last = e - 1;
  while (p < last) {
    const auto* q = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(last - p)));
    if (q == nullptr) break;
    if (q + 1 >= last || q[1] != '"') return false;
    unescape = true;
    p = q + 2;
  }
  return true;
}

}  // namespace

bool scan_line_fast(const char* base, const char* end, std::vector<FieldSpan>& spans, std::size_t& consumed,
                    std::uint32_t& newlines) {
  spans.clear();
  // A line with irregular quoting can look like one long quoted field; give
  // the careful scan anything this long rather than look further.
  if (end - base > 16384) end = base + 16384;
  std::uint64_t inside = 0;  // all ones when a block starts inside quotes
  std::uint32_t lines = 0;
  const char* field = base;  // start of the current field
  char padded[64];
  for (const char* block = base; block < end; block += 64) {
    // Whether the current field started in this block, and its bit there.
    bool field_in_block = field >= block;
    std::uint64_t field_bit = field_in_block ? std::uint64_t{1} << (field - block) : 0;
    const char* p = block;
    std::uint64_t valid = ~std::uint64_t{0};
    if (end - block < 64) {  // the last bytes: copied, so the loads stay in bounds
      const auto n = static_cast<std::size_t>(end - block);
      std::memcpy(padded, block, n);
      std::memset(padded + n, 0, 64 - n);
      p = padded;
      valid = (std::uint64_t{1} << n) - 1;
    }
    const Masks m = masks_of(p);
    const std::uint64_t quote = m.quote & valid, newline = m.newline & valid;
    const std::uint64_t in = prefix_xor(quote) ^ inside;
    inside = static_cast<std::uint64_t>(static_cast<std::int64_t>(in) >> 63);
    std::uint64_t seps = ((m.comma & valid) | newline) & ~in;
    while (seps != 0) {
      const int bit = __builtin_ctzll(seps);
      const std::uint64_t below = (std::uint64_t{1} << bit) - 1;
      const char* at = block + bit;
      const bool line_end = (newline >> bit) & 1;
      const char* e = at;
      if (line_end) {
        while (e > field && e[-1] == '\r') --e;
      }
      bool unescape = false;
      // Quotes in the field? Known from the mask when it lies in this block.
      const bool has_quote = field_in_block ? (quote & below & ~(field_bit - 1)) != 0
                                            : std::memchr(field, '"', static_cast<std::size_t>(e - field)) != nullptr;
      if (has_quote) {
        if (!quoted_field(field, e, unescape)) return false;
        spans.push_back({static_cast<std::uint32_t>(field + 1 - base), static_cast<std::uint32_t>(e - 1 - base),
                         unescape});
      } else {
        spans.push_back({static_cast<std::uint32_t>(field - base), static_cast<std::uint32_t>(e - base), false});
      }
      if (line_end) {
        newlines = lines + popcount(newline & (below | (std::uint64_t{1} << bit)));
        consumed = static_cast<std::size_t>(at + 1 - base);
        return true;
      }
      field = at + 1;
      field_in_block = bit < 63;
      field_bit = field_in_block ? std::uint64_t{1} << (bit + 1) : 0;
      seps &= seps - 1;
    }
    if (newline != 0) lines += popcount(newline);  // quoted line breaks
  }
  return false;
}

}  // namespace jiedui::csv
