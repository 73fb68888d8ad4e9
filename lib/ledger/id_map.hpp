#pragma once
// Id → index maps of a ledger set: an open-addressing table. An 18-character
// resident ID is packed into its slot as one integer (17 digits × 11 + the
// check char < 2^63), so a lookup is one cache miss and one compare; other
// ids (cadre codes) are hashed and kept in a side vector. A province's
// 300,000 recipients take 8 MiB instead of ~40 MiB of hash nodes, and the
// millions of lookups that visits.csv makes stay fast.
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jiedui::ledger {

// Memory for big tables looked up at random: regions of 2 MiB and more are
// aligned to 2 MiB and asked to be backed by huge pages (Linux
// MADV_HUGEPAGE), so that a lookup does not also miss the TLB (a province's
// 8 MiB recipient table spans 2,048 small pages). Elsewhere, plain memory.
void* allocate_huge_pages(std::size_t bytes);
void free_huge_pages(void* p, std::size_t bytes);

template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(allocate_huge_pages(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) { free_huge_pages(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

class IdMap {
 public:
  // `id` as normalised (x upper-cased).
  std::optional<std::uint32_t> find(std::string_view id) const;
  std::size_t count(std::string_view id) const { return find(id) ? 1 : 0; }
  // The value for `id`, inserting `value` when absent; second: inserted.
  std::pair<std::uint32_t*, bool> try_emplace(std::string_view id, std::uint32_t value);
  std::uint32_t& operator[](std::string_view id) { return *try_emplace(id, 0).first; }
  bool erase(std::string_view id);
  // Starts loading the slot `id` hashes to, so that a find() soon after
  // does not wait for memory (visits.csv looks up two ids per record).
  void prefetch(std::string_view id) const;
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // 17 digits and a check char 0-9 or X, packed; nullopt for other ids.
  static std::optional<std::uint64_t> pack(std::string_view id);

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX, kErased = UINT32_MAX - 1, kPacked = 0;
  struct Slot {
    std::uint64_t key = 0;  // the packed id, or the hash of a string id
    std::uint32_t value = 0;
    std::uint32_t text = kEmpty;  // kPacked, or 1 + index into texts_
  };
  std::uint64_t key_of(std::string_view id, std::uint32_t& kind) const;
  std::size_t locate(std::uint64_t key, std::uint32_t text_kind, std::string_view id) const;
  void grow();

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<std::string> texts_;
  std::size_t size_ = 0, used_ = 0;  // used_ counts erased slots too
};

// A copy of one id, kept where a hot loop checks an id against it without
// following a pointer: an id of at most 16 bytes as its bytes, a resident
// ID packed (IdMap::pack). A longer id, or none, matches nothing (the
// caller then looks the id up as usual).
class IdKey {
 public:
  IdKey() = default;
  explicit IdKey(std::string_view id) {
    if (id.size() <= bytes_.size()) {
      std::memcpy(bytes_.data(), id.data(), id.size());
      size_ = static_cast<std::uint8_t>(id.size());
    } else if (const auto packed = IdMap::pack(id)) {
      std::memcpy(bytes_.data(), &*packed, sizeof *packed);
      size_ = kPacked;
    }
  }
  // Exactly `id` (as normalised: x upper-cased).
  bool matches(std::string_view id) const {
    if (size_ <= bytes_.size()) return id.size() == size_ && std::memcmp(id.data(), bytes_.data(), size_) == 0;
    if (size_ != kPacked) return false;
    const auto packed = IdMap::pack(id);
    return packed && std::memcmp(&*packed, bytes_.data(), sizeof *packed) == 0;
  }

 private:
  static constexpr std::uint8_t kNone = 0xFF, kPacked = 0xFE;
  std::array<char, 16> bytes_{};
  std::uint8_t size_ = kNone;
};

}  // namespace jiedui::ledger
