#pragma once
// Dates as ledgers write them (SPEC §1): YYYY-MM-DD, and for births also
// YYYY-MM, YYYY.MM, YYYY年MM月. Excel and WPS also turn dates into
// 2026/3/5 or 2026.3.5 or 2026年3月5日, so those are accepted too (month and
// day with one or two digits); anything else is bad-date.
#include <optional>
#include <string_view>

#include "ledger/model.hpp"

namespace jiedui::ledger {

// The forms parse_day reads, for messages about a date that is none of them.
inline constexpr std::string_view kDayForms = "YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日";

std::optional<Day> parse_day(std::string_view text);
// A birth to the day, or to the month (month_only, day = the 1st).
std::optional<Birth> parse_birth(std::string_view text);
std::string format_day(Day day);  // YYYY-MM-DD

}  // namespace jiedui::ledger
