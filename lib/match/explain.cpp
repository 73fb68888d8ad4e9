#include "match/explain.hpp"

#include <algorithm>
#include <tuple>

#include "match/units.hpp"

namespace jiedui::match {
namespace {

const Proposal* find_unit(const std::vector<Proposal>& rows, std::uint32_t recipient) {
  for (const Proposal& p : rows)
    if (std::find(p.members.begin(), p.members.end(), recipient) != p.members.end()) return &p;
  return nullptr;
}

}  // namespace

std::string_view outcome_code(Outcome o) {
  switch (o) {
    case Outcome::chosen: return "chosen";
    case Outcome::tie: return "tie";
    case Outcome::costlier: return "costlier";
    case Outcome::taken: return "taken";
    case Outcome::full: return "full";
    case Outcome::gender_rule: return "gender-rule";
  }
  return "";
}

Explanation explain(const ledger::Ledger& ledger, const SuggestOptions& options, const Suggestion& suggestion,
                    std::uint32_t recipient) {
  Explanation x;
  if (!ledger.recipients[recipient].active_on(options.as_of)) {
    x.state = Explanation::State::inactive;
    return x;
  }
  const Proposal* row = find_unit(suggestion.proposals, recipient);
  if (row == nullptr) row = find_unit(suggestion.unpaired, recipient);
  if (row == nullptr) {
    x.state = Explanation::State::paired;
    return x;
  }
  x.proposal = *row;
  x.members = row->members;
  if ((row->reasons & household_member) != 0) x.state = Explanation::State::household_member;

  // Loads: what each cadre held, and the units this suggestion gives it.
  const std::vector<int> held = place(ledger, options).held;
  std::vector<std::vector<std::uint32_t>> given(ledger.cadres.size());
  for (const Proposal& p : suggestion.proposals)
    if (p.cadre && (p.reasons & household_member) == 0 && &p != row) given[*p.cadre].push_back(p.members.front());

  const UnitTraits traits = traits_of(ledger, x.members, options.gender_gap);
  const ledger::District& district = ledger.district_of(ledger.recipients[x.members.front()]);
  for (std::uint32_t c = 0; c < ledger.cadres.size(); ++c) {
    if (!is_candidate(ledger.cadres[c], district, options)) continue;
    CandidateView v;
    v.cadre = c;
    v.edge = edge_of(traits, ledger.cadres[c], options.gender_gap);
    v.held = held[c];
    if (row->cadre == c) v.outcome = Outcome::chosen;
    else if (!v.edge.allowed) v.outcome = Outcome::gender_rule;
    else if (held[c] >= options.max_load) v.outcome = Outcome::full;
    else if (held[c] + static_cast<int>(given[c].size()) >= options.max_load) {
      v.outcome = Outcome::taken;
      v.taken_by = given[c];
    } else if (row->cadre && v.edge.cost == row->cost) {
      v.outcome = Outcome::tie;
    } else {
      v.outcome = Outcome::costlier;
    }
    x.candidates.push_back(std::move(v));
  }
  std::stable_sort(x.candidates.begin(), x.candidates.end(), [](const CandidateView& a, const CandidateView& b) {
    return std::tuple{a.outcome != Outcome::chosen, !a.edge.allowed, a.edge.cost} <
           std::tuple{b.outcome != Outcome::chosen, !b.edge.allowed, b.edge.cost};
  });
  return x;
}

}  // namespace jiedui::match
