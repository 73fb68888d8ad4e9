#pragma once
// The generator's random numbers: SplitMix64, written out so a seed gives the
// same ledger on every compiler and library (std::uniform_int_distribution
// and friends differ between libstdc++ and libc++ versions).
#include <cstdint>

namespace jiedui::sample {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  // A stream of its own for item `index` of kind `stream`, so each recipient's
  // rows can be regenerated alone (visits.csv is written month by month).
  Rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
      : state_(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15ULL + index))) {}

  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    return mix(state_);
  }
  // Uniform in [0, n) by multiply-shift (Lemire); the bias, below 2^-32 for
  // the sizes used here, does not matter for sample data.
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * std::uint64_t{n}) >> 32);
  }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }
  // True with probability per_mille / 1000.
  bool chance(std::uint32_t per_mille) { return below(1000) < per_mille; }

  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

}  // namespace jiedui::sample
