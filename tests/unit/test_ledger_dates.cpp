// Dates as ledgers write them (SPEC §1): YYYY-MM-DD, the forms Excel and WPS
// produce (2026/3/5, 2026.3.5, 2026年3月5日), and births to the month.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "ledger/dates.hpp"

using jiedui::ledger::Birth;
using jiedui::ledger::Day;
using jiedui::ledger::format_day;
using jiedui::ledger::parse_birth;
using jiedui::ledger::parse_day;

namespace {

Day ymd(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

// "2026-03-05" for a day, "" when parse_day refuses the text.
std::string day_of(std::string_view text) {
  const auto day = parse_day(text);
  return day ? format_day(*day) : "";
}

// "2026-03-05" for a birth to the day, "2026-03" for one to the month, "" when refused.
std::string birth_of(std::string_view text) {
  const std::optional<Birth> b = parse_birth(text);
  if (!b) return "";
  REQUIRE(b->known);
  const std::string day = format_day(b->day);
  if (!b->month_only) return day;
  CHECK(day.substr(8) == "01");  // a birth to the month is held as its first day
  return day.substr(0, 7);
}

}  // namespace

TEST_SUITE("ledger::dates") {
  TEST_CASE("parse_day reads YYYY-MM-DD") {
    REQUIRE(parse_day("2026-03-05").has_value());
    CHECK(*parse_day("2026-03-05") == ymd(2026, 3, 5));
    CHECK(day_of("2026-12-31") == "2026-12-31");
    CHECK(day_of("1850-01-01") == "1850-01-01");
  }

  TEST_CASE("parse_day reads the slash, dot and Chinese forms with one- or two-digit month and day") {
    CHECK(day_of("2026/3/5") == "2026-03-05");
    CHECK(day_of("2026/03/05") == "2026-03-05");
    CHECK(day_of("2026/12/5") == "2026-12-05");
    CHECK(day_of("2026.3.5") == "2026-03-05");
    CHECK(day_of("2026.03.05") == "2026-03-05");
    CHECK(day_of("2026年3月5日") == "2026-03-05");
    CHECK(day_of("2026年03月05日") == "2026-03-05");
    CHECK(day_of("2026年12月31日") == "2026-12-31");
  }

  TEST_CASE("parse_day ignores surrounding spaces and tabs") {
    CHECK(day_of(" 2026-03-05\t") == "2026-03-05");
  }

  TEST_CASE("the ISO form needs two-digit month and day") {
    CHECK(day_of("2026-2-5") == "");
    CHECK(day_of("2026-02-5") == "");
    CHECK(day_of("2026-2-05") == "");
  }

  TEST_CASE("days that do not exist are refused, and 29 February exists only in leap years") {
    CHECK(day_of("2026-02-30") == "");
    CHECK(day_of("2026/2/30") == "");
    CHECK(day_of("2026年2月30日") == "");
    CHECK(day_of("2026-04-31") == "");
    CHECK(day_of("2026-13-01") == "");
    CHECK(day_of("2026-00-10") == "");
    CHECK(day_of("2026-01-00") == "");
    CHECK(day_of("2025-02-29") == "");
    CHECK(day_of("1900-02-29") == "");
    CHECK(day_of("2028-02-29") == "2028-02-29");
    CHECK(day_of("2000-02-29") == "2000-02-29");
    CHECK(day_of("1849-12-31") == "");  // before any living person's birth
  }

  TEST_CASE("parse_day refuses trailing text, mixed separators, a missing day and the empty string") {
    CHECK(day_of("") == "");
    CHECK(day_of("   ") == "");
    CHECK(day_of("2026-03-05x") == "");
    CHECK(day_of("2026-03-05 10:30") == "");
    CHECK(day_of("2026-03-05T00:00") == "");
    CHECK(day_of("2026/3.5") == "");
    CHECK(day_of("2026-03/05") == "");
    CHECK(day_of("2026年3月5") == "");
    CHECK(day_of("2026年3-5") == "");
    CHECK(day_of("26-03-05") == "");
    CHECK(day_of("20260305") == "");
    CHECK(day_of("2026-03") == "");  // a month is not a day
    CHECK(day_of("2026年3月") == "");
    CHECK(day_of("2026-003-05") == "");
    CHECK(day_of("2026-03-005") == "");
    CHECK(day_of("2026-0a-05") == "");  // ten characters shaped like YYYY-MM-DD, a letter or '/' inside
    CHECK(day_of("2026-03-0/") == "");
    CHECK(day_of("20:6-03-05") == "");
  }

  TEST_CASE("parse_birth reads a birth to the day in every parse_day form") {
    CHECK(birth_of("2014-03-12") == "2014-03-12");
    CHECK(birth_of("2014/3/12") == "2014-03-12");
    CHECK(birth_of("2014.3.12") == "2014-03-12");
    CHECK(birth_of("2014年3月12日") == "2014-03-12");
    const auto b = parse_birth("2014-03-12");
    REQUIRE(b.has_value());
    CHECK(b->known);
    CHECK_FALSE(b->month_only);
    CHECK(b->day == ymd(2014, 3, 12));
  }

  TEST_CASE("parse_birth reads a birth to the month: YYYY-MM, YYYY.MM, YYYY年MM月") {
    const auto b = parse_birth("1980-05");
    REQUIRE(b.has_value());
    CHECK(b->known);
    CHECK(b->month_only);
    CHECK(b->day == ymd(1980, 5, 1));
    CHECK(birth_of("1980.05") == "1980-05");
    CHECK(birth_of("1980.5") == "1980-05");
    CHECK(birth_of("1980年05月") == "1980-05");
    CHECK(birth_of("1980年5月") == "1980-05");
    CHECK(birth_of("1980-12") == "1980-12");
  }

  TEST_CASE("parse_birth refuses what is not a month or a day") {
    CHECK(birth_of("") == "");
    CHECK(birth_of("1980") == "");
    CHECK(birth_of("1980-5") == "");  // ISO form: two digits
    CHECK(birth_of("1980-13") == "");
    CHECK(birth_of("1980-00") == "");
    CHECK(birth_of("1980年5") == "");
    CHECK(birth_of("1980-05-") == "");
    CHECK(birth_of("1980-05 ") == "1980-05");  // trailing space is trimmed, not text
    CHECK(birth_of("1980-05x") == "");
    CHECK(birth_of("1980-02-30") == "");
    CHECK(birth_of("1849-05") == "");
  }

  TEST_CASE("format_day writes YYYY-MM-DD with zero padding") {
    CHECK(format_day(ymd(2026, 3, 5)) == "2026-03-05");
    CHECK(format_day(ymd(2026, 11, 20)) == "2026-11-20");
    CHECK(format_day(ymd(1850, 1, 1)) == "1850-01-01");
    CHECK(format_day(ymd(2028, 2, 29)) == "2028-02-29");
    CHECK(format_day(*parse_day("2026年3月5日")) == "2026-03-05");
  }
}
