#pragma once
// The byte-level pieces of the CSV scanner: a block-at-a-time scan of a
// whole well-formed line, finding the next separator, undoing "" escapes.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

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

// A field as offsets from the record's first byte; unescape: holds "" pairs.
struct FieldSpan {
  std::uint32_t begin, end;
  bool unescape;
};

// The fast path of the scanner, for a record whose line end is in [base, end)
// and whose quoting is regular (a quoted field starts and ends with a quote,
// and quotes inside it are doubled): the field spans, the bytes consumed up
// to and including the line end, and the line breaks in it. False, having
// decided nothing, for anything else: the careful byte-at-a-time scan then
// reads the record (text after a closing quote, a quote in an unquoted
// field, an unterminated quote, no line end in the buffer).
//
// It looks at 64 bytes at a time: bitmasks of quotes, commas and line feeds;
// the quote mask turned into an "inside quotes" mask by a prefix XOR; the
// separators outside quotes walked with count-trailing-zeros.
bool scan_line_fast(const char* base, const char* end, std::vector<FieldSpan>& spans, std::size_t& consumed,
                    std::uint32_t& newlines);

}  // namespace jiedui::csv
