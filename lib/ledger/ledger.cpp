#include "ledger/ledger.hpp"

#include <algorithm>

#include "ledger/resident_id.hpp"

namespace jiedui::ledger {
namespace {

// Ids are kept normalised (x upper-cased): an id as written is looked up as
// it is, and again normalised only if that fails and it has an x.
std::optional<std::uint32_t> find(const IdMap& ids, std::string_view id) {
  if (const auto found = ids.find(id)) return found;
  if (id.find('x') == std::string_view::npos) return std::nullopt;
  return ids.find(normalize_id(id));
}

}  // namespace

std::optional<std::uint32_t> Ledger::find_recipient(std::string_view id) const { return find(recipient_ids, id); }
std::optional<std::uint32_t> Ledger::find_cadre(std::string_view id) const { return find(cadre_ids, id); }

bool Ledger::is_unusable_recipient(std::string_view id) const {
  if (unusable_recipient_ids.empty()) return false;
  return unusable_recipient_ids.count(normalize_id(id)) > 0;
}

std::string Ledger::path_of(std::string_view file_name) const {
  if (dir.empty() || dir == ".") return std::string(file_name);
  if (dir.back() == '/') return dir + std::string(file_name);
  return dir + "/" + std::string(file_name);
}

std::uint32_t Ledger::intern_district(const District& district) {
  std::string& key = district_key_;
  key.assign(district.city).append(1, '\x1f').append(district.county).append(1, '\x1f');
  key.append(district.township).append(1, '\x1f').append(district.village);
  if (const auto it = district_ids_.find(key); it != district_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(districts.size());
  district_ids_.emplace(key, id);
  districts.push_back(district);
  return id;
}

void Ledger::index_pairings() {
  // A counting sort by recipient (file order within each), then each
  // recipient's few pairings by start date.
  first_of_recipient_.assign(recipients.size() + 1, 0);
  for (const Pairing& p : pairings) ++first_of_recipient_[p.recipient + 1];
  for (std::size_t r = 0; r < recipients.size(); ++r) first_of_recipient_[r + 1] += first_of_recipient_[r];
  by_recipient_.assign(pairings.size(), 0);
  std::vector<std::uint32_t> next(first_of_recipient_.begin(), first_of_recipient_.end() - 1);
  for (std::uint32_t i = 0; i < pairings.size(); ++i) by_recipient_[next[pairings[i].recipient]++] = i;
  for (std::size_t r = 0; r < recipients.size(); ++r) {
    std::stable_sort(by_recipient_.begin() + first_of_recipient_[r], by_recipient_.begin() + first_of_recipient_[r + 1],
                     [&](std::uint32_t a, std::uint32_t b) { return pairings[a].start < pairings[b].start; });
  }
}

std::optional<std::uint32_t> Ledger::active_pairing(std::uint32_t recipient, Day d, Role role) const {
  for (std::uint32_t p : pairings_of(recipient)) {
    if (pairings[p].start > d) break;
    if (pairings[p].role == role && pairings[p].active_on(d)) return p;
  }
  return std::nullopt;
}

}  // namespace jiedui::ledger
