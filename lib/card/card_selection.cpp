#include "card/card_selection.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "error.hpp"
#include "out/table_writer.hpp"

namespace jiedui::card {

bool under(const ledger::District& d, const std::vector<std::string>& prefix) {
  const std::string* path[] = {&d.city, &d.county, &d.township, &d.village};
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (i >= 4 || *path[i] != prefix[i]) return false;
  return true;
}

std::vector<SelectedRecipient> select_recipients(const ledger::Ledger& ledger, const CardSelection& selection,
                                                 ledger::Day as_of, bool reveal) {
  std::optional<std::uint32_t> cadre;
  if (!selection.cadre.empty()) {
    cadre = ledger.find_cadre(selection.cadre);
    if (!cadre)
      throw UsageError(fmt::format("cadre {} is not in cadres.csv",
                                   reveal ? selection.cadre : out::mask_id(selection.cadre)));
  }
  std::vector<std::uint32_t> chosen;
  if (!selection.recipients.empty()) {
    for (const std::string& id : selection.recipients) {
      const std::optional<std::uint32_t> r = ledger.find_recipient(id);
      if (!r) throw UsageError(fmt::format("recipient {} is not in recipients.csv", reveal ? id : out::mask_id(id)));
      chosen.push_back(*r);
    }
  } else {
    for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r)
      if (ledger.recipients[r].active_on(as_of)) chosen.push_back(r);
    std::stable_sort(chosen.begin(), chosen.end(), [&](std::uint32_t a, std::uint32_t b) {
      const ledger::District& da = ledger.district_of(ledger.recipients[a]);
      const ledger::District& db = ledger.district_of(ledger.recipients[b]);
      return std::tie(da.city, da.county, da.township, da.village) < std::tie(db.city, db.county, db.township, db.village);
    });
  }
  std::vector<SelectedRecipient> selected;
  for (std::uint32_t r : chosen) {
    if (!under(ledger.district_of(ledger.recipients[r]), selection.district)) continue;
    const std::optional<std::uint32_t> pairing = ledger.active_pairing(r, as_of);
    const std::optional<std::uint32_t> helper = ledger.active_pairing(r, as_of, ledger::Role::helper);
    const auto with_cadre = [&](const std::optional<std::uint32_t>& p) {
      return p && ledger.pairings[*p].cadre == *cadre;
    };
    if (cadre && !with_cadre(pairing) && !(selection.helper_too && with_cadre(helper))) continue;
    selected.push_back({r, pairing, helper});
  }
  return selected;
}

VillagePhones::VillagePhones(const ledger::Config& config) {
  constexpr std::string_view kSection = "phones.";
  for (const auto& [key, value] : config.values())
    if (key.starts_with(kSection) && !value.empty())
      phones_.emplace_back(key.substr(kSection.size()), value);
  std::sort(phones_.begin(), phones_.end());
}

std::string_view VillagePhones::phone_of(const ledger::District& d) const {
  if (phones_.empty()) return {};
  const std::string levels[] = {d.city, d.city + "/" + d.county, d.city + "/" + d.county + "/" + d.township,
                                d.city + "/" + d.county + "/" + d.township + "/" + d.village};
  for (int i = 3; i >= 0; --i) {
    const auto it = std::lower_bound(phones_.begin(), phones_.end(), std::pair{levels[i], std::string()});
    if (it != phones_.end() && it->first == levels[i]) return it->second;
  }
  return {};
}

}  // namespace jiedui::card
