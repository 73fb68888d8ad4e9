#pragma once
// How much older one person is than another, at the precision the births
// allow (SPEC §5 "Precise definitions"): the 40-year gender rule and aged-out.
#include <optional>
#include <string>

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

// Completed months from `earlier` to `later`, what messages print: to the day
// a month completes on the same day of a later month (so months / 12 is
// completed_years); at month precision (ly − ey)·12 + (lm − em). Negative when
// `later` comes first. nullopt when either is unknown.
std::optional<int> months_between(const ledger::Birth& earlier, const ledger::Birth& later);

// An age or an age gap in words: 305 → "25 years 5 months", 480 → "40 years",
// 11 → "11 months", 0 → "0 months", 13 → "1 year 1 month" (months ≥ 0).
std::string years_months(int months);

}  // namespace jiedui::audit
