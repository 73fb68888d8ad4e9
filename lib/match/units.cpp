#include "match/units.hpp"

#include <algorithm>
#include <unordered_map>

namespace jiedui::match {
namespace {

using ledger::Ledger;

// Units held on the day: the cadre-role pairings active then (what a
// suggestion adds to), a household's members counting once (a household is
// one unit).
std::vector<int> held_load(const Ledger& ledger, ledger::Day day) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> held;  // (cadre, household's first member or recipient)
  std::unordered_map<std::string_view, std::uint32_t> household_ids;
  for (const ledger::Pairing& p : ledger.pairings) {
    if (p.role != ledger::Role::cadre || !p.active_on(day)) continue;
    const std::string& household = ledger.recipients[p.recipient].household;
    std::uint32_t key = p.recipient;
    if (!household.empty()) key = household_ids.try_emplace(household, p.recipient).first->second;
    held.emplace_back(p.cadre, key);
  }
  std::sort(held.begin(), held.end());
  held.erase(std::unique(held.begin(), held.end()), held.end());
  std::vector<int> load(ledger.cadres.size(), 0);
  for (const auto& h : held) ++load[h.first];
  return load;
}

Unit make_unit(const Ledger& ledger, std::vector<std::uint32_t> members, int gender_gap) {
  Unit u;
  u.members = std::move(members);
  u.traits = traits_of(ledger, u.members, gender_gap);
  const ledger::District& first = ledger.district_of(ledger.recipients[u.members.front()]);
  for (std::uint32_t m : u.members) {
    const ledger::District& d = ledger.district_of(ledger.recipients[m]);
    if (d.city != first.city || d.county != first.county) u.one_county = false;
  }
  return u;
}

}  // namespace

bool is_candidate(const ledger::Cadre& cadre, const ledger::District& district, const SuggestOptions& options) {
  const bool status = cadre.status == ledger::CadreStatus::active ||
                      (options.include_retired && cadre.status == ledger::CadreStatus::retired);
  return status && !cadre.county.empty() && cadre.city == district.city && cadre.county == district.county;
}

Placement place(const Ledger& ledger, const SuggestOptions& options) {
  Placement placement;
  placement.held = held_load(ledger, options.as_of);
  const ledger::Day day = options.as_of;

  // Active recipients: the unpaired ones, and each household's members.
  std::vector<char> paired(ledger.recipients.size(), 0);
  std::vector<std::uint32_t> lone;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> households;
  std::vector<std::string_view> household_order;  // first seen, file order
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (!recipient.active_on(day)) continue;
    paired[r] = ledger.active_pairing(r, day).has_value();
    if (recipient.household.empty()) {
      if (!paired[r]) lone.push_back(r);
      continue;
    }
    auto [it, fresh] = households.try_emplace(recipient.household);
    if (fresh) household_order.push_back(recipient.household);
    it->second.push_back(r);
  }

  std::vector<Unit> units;
  for (std::uint32_t r : lone) units.push_back(make_unit(ledger, {r}, options.gender_gap));
  for (std::string_view key : household_order) {
    const std::vector<std::uint32_t>& members = households[key];
    std::vector<std::uint32_t> unpaired, housemate_cadres;
    for (std::uint32_t m : members) {
      if (!paired[m]) unpaired.push_back(m);
      else housemate_cadres.push_back(ledger.pairings[*ledger.active_pairing(m, day)].cadre);
    }
    if (unpaired.empty()) continue;
    if (housemate_cadres.empty()) {
      units.push_back(make_unit(ledger, unpaired, options.gender_gap));
      continue;
    }
    // 六.4: one cadre per household. The first housemate's cadre that may
    // take the member takes it; else it is a unit of its own.
    for (std::uint32_t m : unpaired) {
      const UnitTraits alone = traits_of(ledger, std::span(&m, 1), options.gender_gap);
      const ledger::District& district = ledger.district_of(ledger.recipients[m]);
      bool joined = false;
      for (std::uint32_t c : housemate_cadres) {
        const GenderTest gender = gender_test(alone, ledger.cadres[c], options.gender_gap);
        if (!is_candidate(ledger.cadres[c], district, options) || gender == GenderTest::fails) continue;
        Proposal p;
        p.members = {m};
        p.cadre = c;
        p.reasons = household_member | (gender == GenderTest::exception ? gender_exception : 0);
        placement.members.push_back(std::move(p));
        joined = true;
        break;
      }
      if (!joined) units.push_back(make_unit(ledger, {m}, options.gender_gap));
    }
  }
  std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.members.front() < b.members.front(); });

  for (Unit& u : units) {
    const ledger::District& d = ledger.district_of(ledger.recipients[u.members.front()]);
    placement.counties[{d.city, d.county}].units.push_back(std::move(u));
  }
  for (std::uint32_t c = 0; c < ledger.cadres.size(); ++c) {
    const ledger::Cadre& cadre = ledger.cadres[c];
    auto it = placement.counties.find({cadre.city, cadre.county});
    if (it == placement.counties.end()) continue;
    const ledger::District probe{cadre.city, cadre.county, "", ""};
    if (is_candidate(cadre, probe, options)) it->second.candidates.push_back(c);
  }
  return placement;
}

}  // namespace jiedui::match
