#pragma once
// What `pair suggest` has to place, read off the ledger on the as-of day:
// the units (unpaired households and lone recipients), the household members
// who simply join a paired housemate's cadre, the load each cadre already
// holds, and each county's candidates.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "match/edge.hpp"
#include "match/suggest.hpp"

namespace jiedui::match {

struct Unit {
  std::vector<std::uint32_t> members;  // recipient indices, file order
  UnitTraits traits;
  bool one_county = true;  // false: members in different counties (no cadre can take it)
};

struct County {
  std::vector<Unit> units;  // by their first member's row
  std::vector<std::uint32_t> candidates;  // cadres of the right status in the county, file order
};

struct Placement {
  std::map<std::pair<std::string, std::string>, County> counties;  // (city, county), byte order
  std::vector<Proposal> members;  // household members proposed to a housemate's cadre
  std::vector<int> held;  // per cadre: units held on the as-of day
};

// A cadre the options allow at all (status active, or retired with
// include_retired) and whose city and county are the recipient's.
bool is_candidate(const ledger::Cadre& cadre, const ledger::District& district, const SuggestOptions& options);

Placement place(const ledger::Ledger& ledger, const SuggestOptions& options);

}  // namespace jiedui::match
