#include "audit/period.hpp"

#include <fmt/format.h>

#include <optional>

#include "error.hpp"
#include "ledger/dates.hpp"

namespace jiedui::audit {
namespace {

// The value of text[pos, pos+count) when it is all ASCII digits.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Day first_of(int year, unsigned month) { return date::sys_days{date::year{year} / date::month{month} / date::day{1}}; }
Day last_of(int year, unsigned month) { return date::sys_days{date::year{year} / date::month{month} / date::last}; }

[[noreturn]] void bad(std::string_view option, std::string_view text, std::string_view what,
                      std::string_view expected) {
  throw UsageError(fmt::format("{}: '{}' is not {} (expected {})", option, text, what, expected));
}

// Years 1..9999: four digits, as every date in the ledgers is written.
std::optional<int> four_digit_year(std::string_view text) {
  const auto year = digits(text, 0, 4);
  if (!year || *year == 0) return std::nullopt;
  return year;
}

}  // namespace

Day parse_day(std::string_view text, std::string_view option) {
  constexpr std::string_view expected = "YYYY-MM-DD, e.g. 2026-06-30";
  const auto year = four_digit_year(text);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !year || !month || !day) {
    bad(option, text, "a date", expected);
  }
  const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                                 date::day{static_cast<unsigned>(*day)}};
  if (!ymd.ok()) bad(option, text, "a date", expected);
  return date::sys_days{ymd};
}

Period year_period(std::string_view text, std::string_view option) {
  const auto year = four_digit_year(text);
  if (text.size() != 4 || !year) bad(option, text, "a year", "YYYY, e.g. 2026");
  return {first_of(*year, 1), last_of(*year, 12)};
}

Period quarter_period(std::string_view text, std::string_view option) {
  // 2026Q2, 2026q2 and 2026-Q2 are all written in the wild.
  const std::size_t q = (text.size() == 7 && text[4] == '-') ? 5 : 4;
  const auto year = four_digit_year(text);
  const auto quarter = digits(text, q + 1, 1);
  if (text.size() != q + 2 || !year || (text[q] != 'Q' && text[q] != 'q') || !quarter || *quarter < 1 || *quarter > 4) {
    bad(option, text, "a quarter", "YYYYQn with n from 1 to 4, e.g. 2026Q2");
  }
  const unsigned first_month = static_cast<unsigned>(*quarter - 1) * 3 + 1;
  return {first_of(*year, first_month), last_of(*year, first_month + 2)};
}

Period month_period(std::string_view text, std::string_view option) {
  const auto year = four_digit_year(text);
  const auto month = digits(text, 5, 2);
  if (text.size() != 7 || text[4] != '-' || !year || !month || *month < 1 || *month > 12) {
    bad(option, text, "a month", "YYYY-MM, e.g. 2026-06");
  }
  return {first_of(*year, static_cast<unsigned>(*month)), last_of(*year, static_cast<unsigned>(*month))};
}

Period choose_period(const PeriodChoice& choice, Day as_of) {
  const int given = !choice.year.empty() + !choice.quarter.empty() + !choice.month.empty() +
                    (!choice.from.empty() || !choice.to.empty()) + choice.ytd;
  if (given > 1) throw UsageError("give only one of --year, --quarter, --month, --from/--to or --ytd");
  if (choice.ytd) {
    const int year = static_cast<int>(date::year_month_day{as_of}.year());
    return {first_of(year, 1), as_of};
  }
  if (!choice.year.empty()) return year_period(choice.year);
  if (!choice.quarter.empty()) return quarter_period(choice.quarter);
  if (!choice.month.empty()) return month_period(choice.month);
  if (!choice.to.empty() && choice.from.empty()) throw UsageError("--to needs --from");
  if (!choice.from.empty()) {
    const Day from = parse_day(choice.from, "--from");
    const Day to = choice.to.empty() ? as_of : parse_day(choice.to, "--to");
    if (to < from) {
      throw UsageError(choice.to.empty()
                           ? fmt::format("--from {} is after the as-of date {}", choice.from, iso_date(as_of))
                           : fmt::format("--to {} is before --from {}", choice.to, choice.from));
    }
    const Period period{from, to};
    if (period.days() > kMaxPeriodDays) {
      throw UsageError(fmt::format("--from {} {} {} is {} days; a period is at most 10 years ({} days): take it in "
                                   "parts",
                                   choice.from, choice.to.empty() ? "to the as-of date" : "--to", iso_date(to),
                                   period.days(), kMaxPeriodDays));
    }
    return period;
  }
  const int year = static_cast<int>(date::year_month_day{as_of}.year());
  return {first_of(year, 1), last_of(year, 12)};
}

std::string iso_date(Day d) { return ledger::format_day(d); }

}  // namespace jiedui::audit
