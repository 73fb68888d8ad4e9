#include "match/edge.hpp"

#include "audit/age_gap.hpp"
#include "ledger/rank.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::match {

RankClass rank_class(std::string_view rank) {
  const auto index = ledger::parse_rank(rank);
  if (!index) return ledger::trim(rank).empty() ? RankClass::low : RankClass::leader;
  if (*index <= ledger::kRankCountyDeputy) return RankClass::leader;
  if (*index <= ledger::kRankTownshipDeputy) return RankClass::middle;
  return RankClass::low;
}

std::string reasons_text(std::uint8_t reasons) {
  static constexpr std::pair<std::uint8_t, std::string_view> kNames[] = {
      {same_township, "same-township"},   {other_township, "other-township"}, {gender_exception, "gender-exception"},
      {not_leader, "not-leader"},         {household_rank, "household-rank"}, {household_member, "household-member"}};
  std::string text;
  for (const auto& [bit, name] : kNames) {
    if ((reasons & bit) == 0) continue;
    if (!text.empty()) text += ';';
    text += name;
  }
  return text;
}

UnitTraits traits_of(const ledger::Ledger& ledger, std::span<const std::uint32_t> members, int gender_gap) {
  UnitTraits t;
  t.household = members.size() >= 2;
  bool first = true, same = true;
  for (std::uint32_t m : members) {
    const ledger::Recipient& r = ledger.recipients[m];
    const bool child = r.category == ledger::Category::orphan || r.category == ledger::Category::unsupported_child;
    t.child = t.child || child;
    if (child && gender_gap > 0 && r.gender != ledger::Gender::male) {
      t.any_girl = true;
      t.girls.push_back(r.birth);
    }
    const std::string& township = ledger.district_of(r).township;
    if (first) t.township = township;
    else if (township != t.township) same = false;
    first = false;
  }
  if (!same) t.township.clear();
  return t;
}

GenderTest gender_test(const UnitTraits& unit, const ledger::Cadre& cadre, int gender_gap) {
  if (gender_gap <= 0 || !unit.any_girl) return GenderTest::passes;
  if (!cadre.birth.known) return GenderTest::fails;  // a woman too, in matching
  if (cadre.gender == ledger::Gender::female) return GenderTest::passes;
  if (cadre.gender != ledger::Gender::male) return GenderTest::fails;
  for (const ledger::Birth& girl : unit.girls) {
    const auto gap = audit::age_gap(cadre.birth, girl);
    if (!gap || !gap->at_least(gender_gap)) return GenderTest::fails;
  }
  return GenderTest::exception;
}

int rank_cost(const UnitTraits& unit, RankClass rank) {
  int cost = 0;
  if (unit.child && rank != RankClass::leader) cost += kNotLeaderCost;
  if (unit.household && rank == RankClass::low) cost += kHouseholdRankCost;
  return cost;
}

Edge edge_of(const UnitTraits& unit, const ledger::Cadre& cadre, int gender_gap) {
  Edge e;
  const GenderTest gender = gender_test(unit, cadre, gender_gap);
  if (gender == GenderTest::fails) return e;
  e.allowed = true;
  if (!unit.township.empty() && cadre.township == unit.township) {
    e.reasons |= same_township;
  } else {
    e.cost += kOtherTownshipCost;
    e.reasons |= other_township;
  }
  if (gender == GenderTest::exception) {
    e.cost += kExceptionCost;
    e.reasons |= gender_exception;
  }
  const RankClass rank = rank_class(cadre.rank);
  if (unit.child && rank != RankClass::leader) {
    e.cost += kNotLeaderCost;
    e.reasons |= not_leader;
  }
  if (unit.household && rank == RankClass::low) {
    e.cost += kHouseholdRankCost;
    e.reasons |= household_rank;
  }
  return e;
}

}  // namespace jiedui::match
