#pragma once
// The byte-level pieces of the CSV scanner: finding the next separator and
// undoing "" escapes. Kept apart so a faster scan can replace them.
#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jiedui::csv {

// First ',' or '\n' in [p, end), or end.
inline const char* find_comma_or_newline(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i newline = _mm_set1_epi8('\n');
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, newline)));
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && *p != ',' && *p != '\n') ++p;
  return p;
}

// Rewrites a quoted field's content in place, "" → ", and returns its new size.
inline std::size_t unescape_quotes(char* text, std::size_t size) {
  std::size_t out = 0;
  for (std::size_t in = 0; in < size; ++in) {
    text[out++] = text[in];
    if (text[in] == '"' && in + 1 < size && text[in + 1] == '"') ++in;
  }
  return out;
}

}  // namespace jiedui::csv
