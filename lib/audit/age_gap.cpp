#include "audit/age_gap.hpp"

#include <tuple>

namespace jiedui::audit {

int completed_years(ledger::Day earlier, ledger::Day later) {
  const date::year_month_day e{earlier};
  const date::year_month_day l{later};
  const int years = static_cast<int>(l.year()) - static_cast<int>(e.year());
  const bool before_birthday = std::tuple{static_cast<unsigned>(l.month()), static_cast<unsigned>(l.day())} <
                               std::tuple{static_cast<unsigned>(e.month()), static_cast<unsigned>(e.day())};
  return years - (before_birthday ? 1 : 0);
}

std::optional<AgeGap> age_gap(const ledger::Birth& earlier, const ledger::Birth& later) {
  if (!earlier.known || !later.known) return std::nullopt;
  if (!earlier.month_only && !later.month_only) return AgeGap{completed_years(earlier.day, later.day), false};
  const date::year_month_day e{earlier.day};
  const date::year_month_day l{later.day};
  const int months =
      (static_cast<int>(l.year()) - static_cast<int>(e.year())) * 12 +
      (static_cast<int>(static_cast<unsigned>(l.month())) - static_cast<int>(static_cast<unsigned>(e.month())));
  return AgeGap{months, true};
}

std::optional<AgeGap> age_on(const ledger::Birth& birth, ledger::Day d) {
  return age_gap(birth, ledger::Birth{true, false, d});
}

}  // namespace jiedui::audit
