#include "ledger/id_map.hpp"

#include <sys/mman.h>

#include <bit>
#include <cstring>
#include <functional>
#include <new>

namespace jiedui::ledger {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Whether 8 bytes are all ASCII digits (any byte value is safe).
bool eight_digits(std::uint64_t v) {
  return ((v & 0xF0F0F0F0F0F0F0F0ULL) | (((v + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) >> 4)) ==
         0x3333333333333333ULL;
}

// The number 8 ASCII digits spell, first byte most significant (SWAR:
// pairs, then fours, then the eight, in three multiplies).
std::uint64_t eight_digits_value(std::uint64_t v) {
  v = ((v & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
  v = ((v & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
  return ((v & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
}

}  // namespace

std::optional<std::uint64_t> IdMap::pack(std::string_view id) {
  // Two 8-byte words at a time: every record of visits.csv packs its
  // recipient's id twice (to prefetch, to look up), so this loop was 6% of
  // an audit.
  static_assert(std::endian::native == std::endian::little, "eight_digits_value reads little-endian words");
  if (id.size() != 18) return std::nullopt;
  const std::uint64_t high = load8(id.data()), low = load8(id.data() + 8);
  const unsigned last_digit = static_cast<unsigned char>(id[16]) - '0';
  if (!eight_digits(high) || !eight_digits(low) || last_digit > 9) return std::nullopt;
  const std::uint64_t value = (eight_digits_value(high) * 100000000 + eight_digits_value(low)) * 10 + last_digit;
  const char c = id[17];
  if (c == 'X') return value * 11 + 10;
  if (c < '0' || c > '9') return std::nullopt;
  return value * 11 + static_cast<std::uint64_t>(c - '0');
}

std::uint64_t IdMap::key_of(std::string_view id, std::uint32_t& kind) const {
  const auto packed = pack(id);
  kind = packed ? kPacked : 1;
  return packed ? *packed : std::hash<std::string_view>{}(id);
}

void IdMap::prefetch(std::string_view id) const {
  if (slots_.empty()) return;
  std::uint32_t kind;
  __builtin_prefetch(&slots_[mix(key_of(id, kind)) & (slots_.size() - 1)]);
}

// The slot holding `id`, or the empty slot where it would go.
std::size_t IdMap::locate(std::uint64_t key, std::uint32_t text_kind, std::string_view id) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = mix(key) & mask;
  std::size_t erased = SIZE_MAX;
  for (;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.text == kEmpty) return erased != SIZE_MAX ? erased : i;
    if (s.text == kErased) {
      if (erased == SIZE_MAX) erased = i;
      continue;
    }
    if (s.key != key) continue;
    if (text_kind == kPacked ? s.text == kPacked : (s.text != kPacked && texts_[s.text - 1] == id)) return i;
  }
}

std::optional<std::uint32_t> IdMap::find(std::string_view id) const {
  if (size_ == 0) return std::nullopt;
  const auto packed = pack(id);
  const std::uint64_t key = packed ? *packed : std::hash<std::string_view>{}(id);
  const std::uint32_t kind = packed ? kPacked : 1;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.text == kEmpty) return std::nullopt;
    if (s.text == kErased || s.key != key) continue;
    if (kind == kPacked ? s.text == kPacked : (s.text != kPacked && texts_[s.text - 1] == id)) return s.value;
  }
}

std::pair<std::uint32_t*, bool> IdMap::try_emplace(std::string_view id, std::uint32_t value) {
  if ((used_ + 1) * 4 > slots_.size() * 3) grow();  // at most 3/4 full: 8 MiB for 300,000 ids
  const auto packed = pack(id);
  const std::uint64_t key = packed ? *packed : std::hash<std::string_view>{}(id);
  const std::uint32_t kind = packed ? kPacked : 1;
  const std::size_t i = locate(key, kind, id);
  Slot& s = slots_[i];
  if (s.text != kEmpty && s.text != kErased) return {&s.value, false};
  if (s.text == kEmpty) ++used_;
  s.key = key;
  s.value = value;
  if (packed) {
    s.text = kPacked;
  } else {
    texts_.emplace_back(id);
    s.text = static_cast<std::uint32_t>(texts_.size());
  }
  ++size_;
  return {&s.value, true};
}

bool IdMap::erase(std::string_view id) {
  if (size_ == 0) return false;
  const auto packed = pack(id);
  const std::uint64_t key = packed ? *packed : std::hash<std::string_view>{}(id);
  const std::size_t i = locate(key, packed ? kPacked : 1, id);
  Slot& s = slots_[i];
  if (s.text == kEmpty || s.text == kErased) return false;
  s.text = kErased;  // its text, if any, stays in texts_ (erasing is rare: unusable rows)
  --size_;
  return true;
}

void IdMap::grow() {
  auto old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(16, old.size() * 2), Slot{});
  used_ = 0;
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.text == kEmpty || s.text == kErased) continue;
    std::size_t i = mix(s.key) & mask;
    while (slots_[i].text != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
    ++used_;
  }
}

void* allocate_huge_pages(std::size_t bytes) {
  if (bytes < kHugePage) return ::operator new(bytes);
  const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = ::operator new(rounded, std::align_val_t{kHugePage});
#ifdef MADV_HUGEPAGE
  ::madvise(p, rounded, MADV_HUGEPAGE);  // a hint: without huge pages it is plain memory
#endif
  return p;
}

void free_huge_pages(void* p, std::size_t bytes) {
  if (bytes < kHugePage) return ::operator delete(p);
  ::operator delete(p, std::align_val_t{kHugePage});
}

}  // namespace jiedui::ledger
