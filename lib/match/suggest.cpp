#include "match/suggest.hpp"

#include <stdexcept>

#include "match/county_flow.hpp"
#include "match/units.hpp"

namespace jiedui::match {
namespace {

// Why a unit was left: no cadre of the right status in its city and county;
// some, but none the gender rule allows; else all that it allows are full.
Left why_left(const ledger::Ledger& ledger, const County& county, const Unit& unit, int gender_gap) {
  if (county.candidates.empty() || !unit.one_county) return Left::no_candidate;
  for (std::uint32_t c : county.candidates)
    if (gender_test(unit.traits, ledger.cadres[c], gender_gap) != GenderTest::fails) return Left::capacity;
  return Left::gender_rule;
}

}  // namespace

std::string_view left_code(Left why) {
  return why == Left::no_candidate ? "no-candidate" : why == Left::gender_rule ? "gender-rule" : "capacity";
}

Suggestion suggest(const ledger::Ledger& ledger, const SuggestOptions& options) {
  Placement placement = place(ledger, options);
  Suggestion s;
  std::vector<int> room(ledger.cadres.size());
  for (std::size_t c = 0; c < room.size(); ++c) room[c] = options.max_load - placement.held[c];
  for (const auto& [key, county] : placement.counties) {
    const auto chosen = solve_county(ledger, county, room, options.gender_gap);
    for (std::size_t i = 0; i < county.units.size(); ++i) {
      const Unit& unit = county.units[i];
      ++s.units;
      Proposal p;
      p.members = unit.members;
      if (!chosen[i]) {
        p.why = why_left(ledger, county, unit, options.gender_gap);
        s.unpaired.push_back(std::move(p));
        continue;
      }
      const Edge e = edge_of(unit.traits, ledger.cadres[*chosen[i]], options.gender_gap);
      if (!e.allowed || --room[*chosen[i]] < 0)  // the network's paths are edge_of's edges
        throw std::logic_error("pair suggest: the flow took an edge the rules do not allow");
      p.cadre = chosen[i];
      p.cost = e.cost;
      p.reasons = e.reasons;
      ++s.paired;
      s.total_cost += e.cost;
      if ((e.reasons & gender_exception) != 0) ++s.exceptions;
      s.proposals.push_back(std::move(p));
    }
  }
  for (Proposal& p : placement.members) {
    ++s.members;
    if ((p.reasons & gender_exception) != 0) ++s.exceptions;
    s.proposals.push_back(std::move(p));
  }
  return s;
}

}  // namespace jiedui::match
