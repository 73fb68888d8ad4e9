#pragma once
// `pair suggest --explain RECIPIENT`: the candidates of the recipient's unit,
// what each would cost, and why the proposal went where it went.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "match/suggest.hpp"

namespace jiedui::match {

enum class Outcome : std::uint8_t {
  chosen,  // the proposal
  tie,  // free and as cheap as the chosen one: the solver's row order decided
  costlier,  // free, but dearer than the chosen one
  taken,  // its room went to other units (a better whole, not a better edge)
  full,  // no room on the as-of day (max-load reached)
  gender_rule,  // the gender rule does not allow it
};
std::string_view outcome_code(Outcome outcome);

struct CandidateView {
  std::uint32_t cadre = 0;
  Edge edge;
  int held = 0;  // units held on the as-of day
  Outcome outcome = Outcome::full;
  std::vector<std::uint32_t> taken_by;  // first member of each unit proposed to it (taken)
};

struct Explanation {
  enum class State { unit, household_member, paired, inactive } state = State::unit;
  std::vector<std::uint32_t> members;  // the recipient's unit
  std::optional<Proposal> proposal;  // the unit's row (proposed or left)
  std::vector<CandidateView> candidates;  // allowed first, then by cost, then row
};

// `suggestion` is suggest(ledger, options)'s.
Explanation explain(const ledger::Ledger& ledger, const SuggestOptions& options, const Suggestion& suggestion,
                    std::uint32_t recipient);

}  // namespace jiedui::match
