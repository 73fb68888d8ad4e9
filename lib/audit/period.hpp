#pragma once
// The audit period P = [p0, p1] (SPEC §5) and the option texts that choose it:
// --year 2026, --quarter 2026Q2, --month 2026-06, --from D --to D.
#include <algorithm>
#include <string>
#include <string_view>

#include "ledger/model.hpp"

namespace jiedui::audit {

using ledger::Day;

// An inclusive range of days; also used for a pairing's window W and for
// B ∩ W. Day counts are inclusive (SPEC §5 "Precise definitions").
struct Period {
  Day from{}, to{};

  int days() const { return static_cast<int>((to - from).count()) + 1; }
  bool contains(Day d) const { return from <= d && d <= to; }
  bool empty() const { return to < from; }
  bool operator==(const Period&) const = default;
};

// A pairing's window in P (SPEC §5 step 1): W = [max(start, p0), min(end, p1)];
// empty when the pairing is not active anywhere in P.
inline Period pairing_window(const ledger::Pairing& pairing, Period p) {
  return {std::max(pairing.start, p.from), pairing.end ? std::min(*pairing.end, p.to) : p.to};
}

// Parsers of one option value each; `option` names it in the UsageError
// ("--month: '2026-13' is not a month (expected YYYY-MM, e.g. 2026-06)").
Day parse_day(std::string_view text, std::string_view option);  // YYYY-MM-DD
Period year_period(std::string_view text, std::string_view option = "--year");  // YYYY
Period quarter_period(std::string_view text, std::string_view option = "--quarter");  // YYYYQn (q, -Qn too)
Period month_period(std::string_view text, std::string_view option = "--month");  // YYYY-MM

// The period options as the user gave them; empty = not given.
struct PeriodChoice {
  std::string year{}, quarter{}, month{}, from{}, to{};
  bool ytd = false;  // --ytd: January 1 of the as-of year to the as-of day
};

// The longest period --from/--to may give: 10 years, leap days included.
// The engine holds every bucket of a rule's `per` meeting a pairing's part
// of the period (a day each for a daily rule: 568 MB for the 62 pairings of
// the Pingliang sample over --from 1850-01-01 --to 9999-12-31), so memory
// grows with the period's length; the bound keeps it within ten times a
// year's (jiedui-audit(1) "Period").
inline constexpr int kMaxPeriodDays = 3653;

// At most one of --year, --quarter, --month, --from/--to and --ytd (year to
// date: January 1 of as_of's year to as_of). Nothing given:
// the year of `as_of` (SPEC §5 "--year Y default this year"; T is today
// unless --as-of moves it, and a back-dated audit means that year).
// --from alone runs to `as_of`; --to needs --from; a period longer than
// kMaxPeriodDays is refused. Throws UsageError.
Period choose_period(const PeriodChoice& choice, Day as_of);

// 2026-06-30: how dates print in findings' detail text and bucket labels.
std::string iso_date(Day d);

}  // namespace jiedui::audit
