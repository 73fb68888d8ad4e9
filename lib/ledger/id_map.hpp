#pragma once
// Id → index maps of a ledger set: an open-addressing table. An 18-character
// resident ID is packed into its slot as one integer (17 digits × 11 + the
// check char < 2^63), so a lookup is one cache miss and one compare; other
// ids (cadre codes) are hashed and kept in a side vector. A province's
// 300,000 recipients take 8 MiB instead of ~40 MiB of hash nodes, and the
// millions of lookups that visits.csv makes stay fast.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jiedui::ledger {

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

  std::vector<Slot> slots_;
  std::vector<std::string> texts_;
  std::size_t size_ = 0, used_ = 0;  // used_ counts erased slots too
};

}  // namespace jiedui::ledger
