#include "csv/utf8_simd.hpp"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define JIEDUI_X86 1
#endif

namespace jiedui::csv {

#if defined(JIEDUI_X86)
// Everything down to the pop below may use AVX2 (lambdas too; clang spells
// the pragma its own way);
// it only runs after have_avx2_utf8() said yes.
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2")
#endif
namespace {

// The error classes of the lookup algorithm (as named in simdjson/simdutf).
constexpr std::uint8_t kTooShort = 1 << 0;  // 11______ 0_______ | 11______ 11______
constexpr std::uint8_t kTooLong = 1 << 1;  // 0_______ 10______
constexpr std::uint8_t kOverlong3 = 1 << 2;  // 11100000 100_____
constexpr std::uint8_t kTooLarge = 1 << 3;  // 11110100 1001____ …
constexpr std::uint8_t kSurrogate = 1 << 4;  // 11101101 101_____
constexpr std::uint8_t kOverlong2 = 1 << 5;  // 1100000_ 10______
constexpr std::uint8_t kTooLarge1000 = 1 << 6;  // 11110101 1000____ …
constexpr std::uint8_t kOverlong4 = 1 << 6;  // 11110000 1000____
constexpr std::uint8_t kTwoConts = 1 << 7;  // 10______ 10______
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

__m256i table(const std::uint8_t (&t)[16]) {
  const __m128i row = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t));
  return _mm256_broadcastsi128_si256(row);
}

// The previous N bytes of the stream at each position (input shifted right
// by N, pulling in the end of the previous block).
template <int N>
__m256i previous(__m256i input, __m256i prev_input) {
  return _mm256_alignr_epi8(input, _mm256_permute2x128_si256(prev_input, input, 0x21), 16 - N);
}

}  // namespace


bool valid_utf8_avx2(const unsigned char* p, std::size_t n) {
  static constexpr std::uint8_t byte_1_high[16] = {
      kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
      kTwoConts, kTwoConts, kTwoConts, kTwoConts,
      kTooShort | kOverlong2, kTooShort, kTooShort | kOverlong3 | kSurrogate,
      kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};
  static constexpr std::uint8_t byte_1_low[16] = {
      kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
      kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000 | kSurrogate, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000};
  static constexpr std::uint8_t byte_2_high[16] = {
      kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
      kTooShort, kTooShort, kTooShort, kTooShort};
  const __m256i t1h = table(byte_1_high), t1l = table(byte_1_low), t2h = table(byte_2_high);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  // Bytes that, last in a block, start a character the block does not finish.
  const __m256i incomplete_max = _mm256_setr_epi8(
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      -1, -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));
  __m256i error = _mm256_setzero_si256(), prev_input = _mm256_setzero_si256(),
          prev_incomplete = _mm256_setzero_si256();
  auto block = [&](__m256i input) {
    if (_mm256_movemask_epi8(input) == 0) {  // all ASCII: only a character cut by the previous block is wrong
      error = _mm256_or_si256(error, prev_incomplete);
      prev_input = input;
      prev_incomplete = _mm256_setzero_si256();
      return;
    }
    const __m256i prev1 = previous<1>(input, prev_input);
    const __m256i sc = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(t1h, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                         _mm256_shuffle_epi8(t1l, _mm256_and_si256(prev1, nibble))),
        _mm256_shuffle_epi8(t2h, _mm256_and_si256(_mm256_srli_epi16(input, 4), nibble)));
    const __m256i prev2 = previous<2>(input, prev_input), prev3 = previous<3>(input, prev_input);
    const __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    const __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    const __m256i must23_80 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
    error = _mm256_or_si256(error, _mm256_xor_si256(must23_80, sc));
    prev_incomplete = _mm256_subs_epu8(input, incomplete_max);
    prev_input = input;
  };
  std::size_t i = 0;
  for (; i + 32 <= n; i += 32) block(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i)));
  if (i < n) {  // the tail, padded with NULs (ASCII): a cut character shows as an error
    alignas(32) unsigned char tail[32] = {};
    std::memcpy(tail, p + i, n - i);
    block(_mm256_load_si256(reinterpret_cast<const __m256i*>(tail)));
  }
  error = _mm256_or_si256(error, prev_incomplete);
  return _mm256_testz_si256(error, error) != 0;
}
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

bool have_avx2_utf8() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}

#else

bool have_avx2_utf8() { return false; }
bool valid_utf8_avx2(const unsigned char*, std::size_t) { return false; }

#endif

}  // namespace jiedui::csv
