#pragma once
// `pair suggest`: cadres for the active recipients who have no pairing on the
// as-of day, chosen as an exact min-cost maximum matching under the
// programme's constraints (one cadre per household, own city and county, the
// gender rule, a cadre's load) and the costs of edge.hpp. Counties are solved
// one by one (no edge crosses a county), each as a min-cost flow.
#include <cstdint>
#include <optional>
#include <vector>

#include "ledger/ledger.hpp"
#include "match/edge.hpp"

namespace jiedui::match {

struct SuggestOptions {
  ledger::Day as_of{};
  int max_load = 1;  // units a cadre may hold, counting those held on as_of
  bool include_retired = false;  // retired cadres are candidates too
  int gender_gap = 40;  // 0: the rule is off
};

enum class Left : std::uint8_t { no_candidate, gender_rule, capacity };
std::string_view left_code(Left why);

// A proposal for a unit: its members (recipient indices, file order), the
// cadre, the edge's cost and reasons. Unpaired units have no cadre and a
// `why`. A household member whose housemate is paired is a proposal of its
// own (one member, cost 0, reason household-member).
struct Proposal {
  std::vector<std::uint32_t> members;
  std::optional<std::uint32_t> cadre;
  int cost = 0;
  std::uint8_t reasons = 0;
  Left why = Left::no_candidate;
};

struct Suggestion {
  std::vector<Proposal> proposals;  // units paired, then household members, in solving order
  std::vector<Proposal> unpaired;  // units left, in solving order
  std::size_t units = 0;  // units to pair (household members not counted)
  std::size_t paired = 0;  // of those, paired
  std::size_t members = 0;  // household members proposed to a housemate's cadre
  std::int64_t total_cost = 0;
  std::size_t exceptions = 0;  // proposals that pass the gender rule only by the age gap
};

Suggestion suggest(const ledger::Ledger& ledger, const SuggestOptions& options);

}  // namespace jiedui::match
