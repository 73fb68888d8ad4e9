#include "csv/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "csv/utf8_simd.hpp"

namespace jiedui::csv {
namespace {

// Length of the valid character at p (1–4), or 0 if it is invalid or cut off.
std::size_t char_length(const unsigned char* p, std::size_t left) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 2) return 0;
    const unsigned char c1 = p[1];
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 2) return 0;
    const unsigned char c1 = p[1];
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// Lead bytes of multi-byte characters (11______), eight bytes a step.
std::size_t count_lead_bytes(const unsigned char* p, std::size_t n) {
  std::size_t count = 0, k = 0;
  for (; k + 8 <= n; k += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + k, 8);
    // Bit 7 of each byte: 11______. Moved to bit 0 and summed by a multiply
    // (no POPCNT in baseline x86-64).
    const std::uint64_t leads = (w & (w << 1) & 0x8080808080808080ULL) >> 7;
    count += static_cast<std::size_t>((leads * 0x0101010101010101ULL) >> 56);
  }
  for (; k < n; ++k) count += (p[k] & 0xC0) == 0xC0;
  return count;
}

}  // namespace

std::size_t valid_utf8_prefix(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  if (have_avx2_utf8()) {
    // Check a window at once and move on while it is valid; the window
    // doubles from 64 bytes to 64 KiB, so text that goes wrong early (a
    // file of garbage calls this once per bad byte) costs one small window,
    // not a pass over the rest of the file. A window ends before a character
    // it may cut; the byte-at-a-time code below finds where the text goes
    // wrong in the first window that fails, and does the end.
    std::size_t window = 64;
    while (n - i >= 64) {
      const std::size_t m = std::min(n, i + window);
      std::size_t end = m;
      while (end > i && m - end < 4 && (p[end - 1] & 0xC0) == 0x80) --end;
      if (end > i && p[end - 1] >= 0xC0) --end;
      if (end == i || !valid_utf8_avx2(p + i, end - i)) break;
      i = end;
      window = std::min<std::size_t>(window * 2, std::size_t{1} << 16);
    }
  }
  while (i < n) {
    // ASCII runs are most of a ledger (ids, dates, modes): 8 bytes a step.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = char_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return i;
}

std::size_t tally_utf8(std::string_view bytes, Utf8Tally& tally, bool at_end) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t valid = valid_utf8_prefix(bytes.substr(i));
    tally.multibyte += count_lead_bytes(p + i, valid);
    i += valid;
    if (i == n) break;
    if (!at_end && is_cut_character(bytes.substr(i))) return n - i;
    ++tally.invalid;
    i += invalid_sequence_length(bytes.substr(i));
  }
  return 0;
}

bool is_cut_character(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char c = p[0];
  const std::size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (need == 0 || bytes.size() >= need) return false;
  for (std::size_t i = 1; i < bytes.size(); ++i)
    if ((p[i] & 0xC0) != 0x80) return false;
  return true;
}

std::size_t invalid_sequence_length(std::string_view bytes) {
  if (bytes.empty()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  // Skip the lead byte and any continuation bytes that follow it, at most 3.
  std::size_t i = 1;
  while (i < bytes.size() && i < 4 && (p[i] & 0xC0) == 0x80 && p[0] >= 0xC0) ++i;
  return i;
}

}  // namespace jiedui::csv
