#include "audit/age_gap.hpp"

#include <fmt/format.h>

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

namespace {

int completed_months(const ledger::Birth& earlier, const ledger::Birth& later) {
  const date::year_month_day e{earlier.day};
  const date::year_month_day l{later.day};
  int months = (static_cast<int>(l.year()) - static_cast<int>(e.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(l.month())) - static_cast<int>(static_cast<unsigned>(e.month())));
  if (!earlier.month_only && !later.month_only && l.day() < e.day()) --months;
  return months;
}

}  // namespace

std::optional<int> months_between(const ledger::Birth& earlier, const ledger::Birth& later) {
  if (!earlier.known || !later.known) return std::nullopt;
  if (later.day < earlier.day) return -completed_months(later, earlier);
  return completed_months(earlier, later);
}

std::string years_months(int months) {
  const int years = months / 12, rest = months % 12;
  const auto unit = [](int n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  if (years == 0) return unit(rest, "month");
  if (rest == 0) return unit(years, "year");
  return unit(years, "year") + " " + unit(rest, "month");
}

}  // namespace jiedui::audit
