#pragma once
// How much older one person is than another, at the precision the births
// allow (SPEC §5 "Precise definitions"): the 40-year gender rule and aged-out.
#include <optional>

#include "ledger/model.hpp"

namespace jiedui::audit {

struct AgeGap {
  int amount = 0;  // completed years, or months when in_months
  bool in_months = false;

  // "以上" includes the bound: 40 years, or 480 months, passes a 40-year rule.
  bool at_least(int years) const { return amount >= (in_months ? years * 12 : years); }
};

// Completed years from `earlier` to `later`, comparing (month, day) tuples:
// a 29 February birthday completes a year on 1 March in common years.
int completed_years(ledger::Day earlier, ledger::Day later);

// From `earlier` to `later`: completed years when both are known to the day,
// else (ly − ey)·12 + (lm − em) months. nullopt when either is unknown.
std::optional<AgeGap> age_gap(const ledger::Birth& earlier, const ledger::Birth& later);

// A person's age on day d, at the birth's precision.
std::optional<AgeGap> age_on(const ledger::Birth& birth, ledger::Day d);

}  // namespace jiedui::audit
