#include "ledger/id_map.hpp"

#include <functional>

namespace jiedui::ledger {
namespace {

std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace

std::optional<std::uint64_t> IdMap::pack(std::string_view id) {
  if (id.size() != 18) return std::nullopt;
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const unsigned d = static_cast<unsigned char>(id[i]) - '0';
    if (d > 9) return std::nullopt;
    value = value * 10 + d;
  }
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
  std::vector<Slot> old = std::move(slots_);
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

}  // namespace jiedui::ledger
