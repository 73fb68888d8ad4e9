// The AVX2 UTF-8 check and valid_utf8_prefix against a plain decoder written
// from RFC 3629, on random mixes of valid characters of every length and bad
// bytes, at every alignment.
#include <doctest/doctest.h>

#include <string>

#include "csv/utf8.hpp"
#include "csv/utf8_simd.hpp"
#include "sample/rng.hpp"

namespace {

// RFC 3629 §4 syntax: the length of the longest valid prefix.
std::size_t reference_prefix(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  auto in = [&](std::size_t k, int lo, int hi) { return k < n && p[k] >= lo && p[k] <= hi; };
  while (i < n) {
    const unsigned c = p[i];
    std::size_t len = 0;
    if (c < 0x80) len = 1;
    else if (c >= 0xC2 && c <= 0xDF && in(i + 1, 0x80, 0xBF)) len = 2;
    else if (c == 0xE0 && in(i + 1, 0xA0, 0xBF) && in(i + 2, 0x80, 0xBF)) len = 3;
    else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF)) len = 3;
    else if (c == 0xED && in(i + 1, 0x80, 0x9F) && in(i + 2, 0x80, 0xBF)) len = 3;
    else if (c == 0xF0 && in(i + 1, 0x90, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) len = 4;
    else if (c >= 0xF1 && c <= 0xF3 && in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) len = 4;
    else if (c == 0xF4 && in(i + 1, 0x80, 0x8F) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF)) len = 4;
    if (len == 0) return i;
    i += len;
  }
  return i;
}

std::string random_text(jiedui::sample::Rng& rng, std::size_t size, unsigned bad_per_mille) {
  static const char* pieces[] = {"a", ",", "\n", "\"", "é", "结对", "𠀀", "\xEF\xBB\xBF", "\xED\x9F\xBF", "\xF4\x8F\xBF\xBF",
                                 "\xE0\xA0\x80", "\xF0\x90\x80\x80"};
  static const char* bad[] = {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80",
                              "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xE7\xBB", "\xF0\x9F\x98", "\xC3"};
  std::string s;
  while (s.size() < size) {
    if (rng.below(1000) < bad_per_mille) s += bad[rng.below(12)];
    else s += pieces[rng.below(12)];
  }
  return s;
}

}  // namespace

TEST_SUITE("csv::utf8 block check") {
  TEST_CASE("valid_utf8_prefix agrees with an RFC 3629 decoder on random text with and without bad bytes") {
    jiedui::sample::Rng rng(42);
    for (int round = 0; round < 4000; ++round) {
      const std::string s = random_text(rng, rng.below(400), round % 3 == 0 ? 0 : 5);
      CAPTURE(s);
      CHECK(jiedui::csv::valid_utf8_prefix(s) == reference_prefix(s));
      for (std::size_t cut = 1; cut < 4 && cut <= s.size(); ++cut) {
        const std::string t = s.substr(0, s.size() - cut);
        CHECK(jiedui::csv::valid_utf8_prefix(t) == reference_prefix(t));
      }
    }
  }

  TEST_CASE("the AVX2 check accepts exactly the texts the decoder accepts whole") {
    if (!jiedui::csv::have_avx2_utf8()) return;  // nothing to compare on this CPU
    jiedui::sample::Rng rng(7);
    for (int round = 0; round < 4000; ++round) {
      const std::string s = random_text(rng, rng.below(300), round % 2 == 0 ? 0 : 3);
      for (std::size_t offset = 0; offset < 3 && offset <= s.size(); ++offset) {
        const std::string t = s.substr(offset);
        CAPTURE(t);
        const bool valid = reference_prefix(t) == t.size();
        CHECK(jiedui::csv::valid_utf8_avx2(reinterpret_cast<const unsigned char*>(t.data()), t.size()) == valid);
      }
    }
  }
}
