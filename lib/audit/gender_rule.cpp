#include "audit/gender_rule.hpp"

namespace jiedui::audit {

using ledger::Gender;

GenderCheck check_gender(const ledger::Recipient& recipient, const ledger::Cadre& cadre, int gap_years) {
  GenderCheck check;
  const bool child =
      recipient.category == ledger::Category::orphan || recipient.category == ledger::Category::unsupported_child;
  if (gap_years <= 0 || !child || recipient.gender == Gender::male) return check;
  check.age_gap = age_gap(cadre.birth, recipient.birth);
  const std::optional<bool> old_enough =
      check.age_gap ? std::optional<bool>{check.age_gap->at_least(gap_years)} : std::nullopt;
  const bool girl = recipient.gender == Gender::female;

  if (cadre.gender == Gender::female) {
    check.verdict = GenderVerdict::passes;
  } else if (old_enough == true) {
    check.verdict = cadre.gender == Gender::male && girl ? GenderVerdict::exception : GenderVerdict::passes;
  } else if (old_enough == false && cadre.gender == Gender::male && girl) {
    check.verdict = GenderVerdict::mismatch;
  } else {
    check.verdict = GenderVerdict::unverifiable;
  }
  return check;
}

}  // namespace jiedui::audit
