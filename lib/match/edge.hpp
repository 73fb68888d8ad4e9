#pragma once
// The cost of giving a unit (a lone recipient or an unpaired household) to a
// cadre, and whether the gender rule allows it at all: one definition that
// the solver's network, --explain and the tests share.
//   0 same township, else 2                     属地管理, 就近 (五(三), 六.3)
//   + 5 when a man passes only by the age gap   女性孤儿原则上由女性干部结对 (五(四))
//   + 1 child unit, rank below 县处级副职        领导干部与孤儿结对 (六.1)
//   + 1 household of 2+, rank below 乡科级副职   职务较高的领导干部 (六.4)
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"

namespace jiedui::match {

// Where a rank stands for the cost: a rank not on the list is below neither
// landmark; an empty rank is below both.
enum class RankClass : std::uint8_t { leader, middle, low };
RankClass rank_class(std::string_view rank);

// Bits of Edge::reasons, in the order they print.
enum Reason : std::uint8_t {
  same_township = 1,
  other_township = 2,
  gender_exception = 4,
  not_leader = 8,
  household_rank = 16,
  household_member = 32,
};
std::string reasons_text(std::uint8_t reasons);  // "other-township;not-leader"

inline constexpr int kOtherTownshipCost = 2, kExceptionCost = 5, kNotLeaderCost = 1, kHouseholdRankCost = 1;

// What of a unit the cost and the gender test look at.
struct UnitTraits {
  bool child = false;  // holds an orphan or unsupported child
  bool household = false;  // two or more members
  std::string township;  // every member's, when they share a non-empty one; else ""
  std::vector<ledger::Birth> girls;  // births of the girls (female, or of unknown gender, children)
  bool any_girl = false;
};
UnitTraits traits_of(const ledger::Ledger& ledger, std::span<const std::uint32_t> members, int gender_gap);

enum class GenderTest : std::uint8_t { passes, exception, fails };
// `gender_gap` 0: the rule is off. With a girl in the unit: a woman whose
// birth is known passes; a man whose birth is known and who is at least the
// gap older than each girl (all births known) is an exception; anyone else fails.
GenderTest gender_test(const UnitTraits& unit, const ledger::Cadre& cadre, int gender_gap);

struct Edge {
  bool allowed = false;  // false: the gender rule forbids it
  int cost = 0;
  std::uint8_t reasons = 0;
};
// The cost of the edge, without the candidate test (status, city, county).
Edge edge_of(const UnitTraits& unit, const ledger::Cadre& cadre, int gender_gap);

// The rank part of the cost, for a unit and a rank class.
int rank_cost(const UnitTraits& unit, RankClass rank);

}  // namespace jiedui::match
