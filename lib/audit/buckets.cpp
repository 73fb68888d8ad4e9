#include "audit/buckets.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jiedui::audit {
namespace {

using Kind = rules::Per::Kind;

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::int64_t day_number(Day d) { return d.time_since_epoch().count(); }

// N-day blocks of at least one day; the rules reader refuses 0d, and a zero
// here must not divide by zero.
std::int64_t block_days(rules::Per per) { return std::max(per.days, 1); }

Day monday_of(Day d) { return d - date::days{date::weekday{d}.iso_encoding() - 1}; }

struct YearMonth {
  int year;
  unsigned month;
  unsigned day;
};
YearMonth split(Day d) {
  const date::year_month_day ymd{d};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}
Day first_of(int year, unsigned month) { return date::sys_days{date::year{year} / date::month{month} / 1}; }
Day last_of(int year, unsigned month) { return date::sys_days{date::year{year} / date::month{month} / date::last}; }

}  // namespace

Bucket bucket_of(rules::Per per, Day d, Day anchor) {
  const YearMonth ym = split(d);
  switch (per.kind) {
    case Kind::day: return {d, d};
    case Kind::week: return {monday_of(d), monday_of(d) + date::days{6}};
    case Kind::halfmonth:
      // SPEC §4: 1st–15th and 16th–end of month.
      if (ym.day <= 15) return {first_of(ym.year, ym.month), first_of(ym.year, ym.month) + date::days{14}};
      return {first_of(ym.year, ym.month) + date::days{15}, last_of(ym.year, ym.month)};
    case Kind::month: return {first_of(ym.year, ym.month), last_of(ym.year, ym.month)};
    case Kind::quarter: {
      const unsigned first_month = (ym.month - 1) / 3 * 3 + 1;
      return {first_of(ym.year, first_month), last_of(ym.year, first_month + 2)};
    }
    case Kind::year: return {first_of(ym.year, 1), last_of(ym.year, 12)};
    case Kind::days: {
      const std::int64_t n = block_days(per);
      const Day first = anchor + date::days{floor_div(day_number(d) - day_number(anchor), n) * n};
      return {first, first + date::days{n - 1}};
    }
  }
  return {d, d};
}

std::int64_t bucket_ordinal(rules::Per per, Day d, Day anchor) {
  switch (per.kind) {
    case Kind::day: return day_number(d);
    case Kind::week: return floor_div(day_number(monday_of(d)), 7);
    case Kind::days: return floor_div(day_number(d) - day_number(anchor), block_days(per));
    default: break;
  }
  // The engine asks once per rule of a record's pairing, for the same day:
  // the last day's calendar date is kept.
  thread_local Day last_day = Day::max();
  thread_local YearMonth ym{};
  if (d != last_day) {
    ym = split(d);
    last_day = d;
  }
  const std::int64_t months = std::int64_t{ym.year} * 12 + (ym.month - 1);
  switch (per.kind) {
    case Kind::halfmonth: return months * 2 + (ym.day > 15 ? 1 : 0);
    case Kind::month: return months;
    case Kind::quarter: return floor_div(months, 3);
    case Kind::year: return ym.year;
    default: break;
  }
  return day_number(d);
}

std::vector<Bucket> buckets_meeting(rules::Per per, Period window, Day anchor) {
  std::vector<Bucket> buckets;
  for (Day d = window.from; d <= window.to;) {
    buckets.push_back(bucket_of(per, d, anchor));
    d = buckets.back().last + date::days{1};
  }
  return buckets;
}

std::int64_t required_in_bucket(int min, int covered, int bucket_days, bool prorate) {
  if (!prorate) return min;
  const std::int64_t days = bucket_days;
  return (2 * std::int64_t{min} * covered + days) / (2 * days);
}

std::string bucket_label(rules::Per per, Bucket bucket) {
  const YearMonth first = split(bucket.first);
  switch (per.kind) {
    case Kind::day: return iso_date(bucket.first);
    case Kind::week: {
      // The ISO week-year is the year of the week's Thursday: 2026-12-28 ..
      // 2027-01-03 is 2026-W53.
      const Day thursday = bucket.first + date::days{3};
      const int year = split(thursday).year;
      const Day week1_monday = monday_of(first_of(year, 1) + date::days{3});
      return fmt::format("{:04}-W{:02}", year, (bucket.first - week1_monday).count() / 7 + 1);
    }
    case Kind::halfmonth:
      return fmt::format("{:04}-{:02} {}", first.year, first.month, first.day <= 15 ? "1st half" : "2nd half");
    case Kind::month: return fmt::format("{:04}-{:02}", first.year, first.month);
    case Kind::quarter: return fmt::format("{:04}Q{}", first.year, (first.month - 1) / 3 + 1);
    case Kind::year: return fmt::format("{:04}", first.year);
    case Kind::days: return iso_date(bucket.first) + ".." + iso_date(bucket.last);
  }
  return iso_date(bucket.first);
}

}  // namespace jiedui::audit
