#pragma once
// A block-at-a-time UTF-8 check (Keiser & Lemire, "Validating UTF-8 in less
// than one instruction per byte", 2021): AVX2 when the CPU has it, chosen at
// run time, so the binary still runs on any x86-64. utf8.cpp uses it to skip
// over valid text and falls back to its byte-at-a-time code to find where
// and why a text is invalid.
#include <cstddef>

namespace jiedui::csv {

// True when the CPU can run the AVX2 check (asked once).
bool have_avx2_utf8();
// True when [p, p + n) is whole, valid UTF-8 (no character cut at the end).
// Only call when have_avx2_utf8().
bool valid_utf8_avx2(const unsigned char* p, std::size_t n);

}  // namespace jiedui::csv
