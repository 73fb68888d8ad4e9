#include "ledger/dates.hpp"

#include <fmt/format.h>

#include <string>

namespace jiedui::ledger {
namespace {

struct Parts {
  int year = 0;
  unsigned month = 0, day = 0;
  bool has_day = false;
};

// Reads 1+ digits at `pos`, at most `max` of them.
bool read_number(std::string_view s, std::size_t& pos, std::size_t max, int& out) {
  std::size_t start = pos;
  int n = 0;
  while (pos < s.size() && pos - start < max && s[pos] >= '0' && s[pos] <= '9') n = n * 10 + (s[pos++] - '0');
  if (pos == start) return false;
  out = n;
  return true;
}

bool skip(std::string_view s, std::size_t& pos, std::string_view token) {
  if (s.substr(pos, token.size()) != token) return false;
  pos += token.size();
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The parts of a date read, if they make a real day (month and day in range,
// no earlier than 1850).
std::optional<Parts> valid_parts(Parts p, int year, int month, int day) {
  p.year = year;
  p.month = static_cast<unsigned>(month);
  p.day = p.has_day ? static_cast<unsigned>(day) : 1;
  const date::year_month_day ymd{date::year{p.year}, date::month{p.month}, date::day{p.day}};
  if (!ymd.ok() || p.year < 1850) return std::nullopt;
  return p;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
int digit(char c) { return c - '0'; }

// Plain YYYY-MM-DD, the form of nearly every cell (three million per
// province in visits.csv): read directly, then checked as every date is.
bool iso_day(std::string_view s, int& year, int& month, int& day) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(s[i])) return false;
  year = digit(s[0]) * 1000 + digit(s[1]) * 100 + digit(s[2]) * 10 + digit(s[3]);
  month = digit(s[5]) * 10 + digit(s[6]);
  day = digit(s[8]) * 10 + digit(s[9]);
  return true;
}

std::optional<Parts> parse_parts(std::string_view text) {
  const std::string_view s = trim(text);
  std::size_t pos = 0;
  Parts p;
  int year = 0, month = 0, day = 0;
  if (iso_day(s, year, month, day)) {
    p.has_day = true;
    return valid_parts(p, year, month, day);
  }
  if (!read_number(s, pos, 4, year) || pos != 4) return std::nullopt;
  const bool chinese = skip(s, pos, "年");
  char sep = 0;
  if (!chinese) {
    if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/' && s[pos] != '.')) return std::nullopt;
    sep = s[pos++];
  }
  const std::size_t month_start = pos;
  if (!read_number(s, pos, 2, month)) return std::nullopt;
  const bool iso_width = pos - month_start == 2;
  if (chinese) {
    if (!skip(s, pos, "月")) return std::nullopt;
    if (pos < s.size()) {
      if (!read_number(s, pos, 2, day) || !skip(s, pos, "日")) return std::nullopt;
      p.has_day = true;
    }
  } else if (pos < s.size()) {
    if (s[pos] != sep) return std::nullopt;
    ++pos;
    const std::size_t day_start = pos;
    if (!read_number(s, pos, 2, day)) return std::nullopt;
    if (sep == '-' && (!iso_width || pos - day_start != 2)) return std::nullopt;  // ISO form: 2 digits
    p.has_day = true;
  } else if (sep == '-' && !iso_width) {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  return valid_parts(p, year, month, day);
}

}  // namespace

std::optional<Day> parse_day(std::string_view text) {
  const auto p = parse_parts(text);
  if (!p || !p->has_day) return std::nullopt;
  return date::sys_days{date::year_month_day{date::year{p->year}, date::month{p->month}, date::day{p->day}}};
}

std::optional<Birth> parse_birth(std::string_view text) {
  const auto p = parse_parts(text);
  if (!p) return std::nullopt;
  Birth b;
  b.known = true;
  b.month_only = !p->has_day;
  b.day = date::sys_days{date::year_month_day{date::year{p->year}, date::month{p->month}, date::day{p->day}}};
  return b;
}

std::string format_day(Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace jiedui::ledger
