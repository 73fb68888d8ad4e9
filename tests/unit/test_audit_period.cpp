// The audit period options: --year, --quarter, --month, --from/--to.
#include <doctest/doctest.h>

#include <string>

#include "error.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using jiedui::UsageError;
using jiedui::audit::testing::day;

namespace {

std::string usage_message(auto&& call) {
  try {
    call();
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_SUITE("audit::Period") {
  TEST_CASE("a year, a quarter and a month are whole calendar ranges") {
    CHECK(year_period("2026") == Period{day("2026-01-01"), day("2026-12-31")});
    CHECK(quarter_period("2026Q2") == Period{day("2026-04-01"), day("2026-06-30")});
    CHECK(quarter_period("2026q4") == Period{day("2026-10-01"), day("2026-12-31")});
    CHECK(quarter_period("2026-Q1") == Period{day("2026-01-01"), day("2026-03-31")});
    CHECK(month_period("2028-02") == Period{day("2028-02-01"), day("2028-02-29")});
    CHECK(month_period("2026-02").days() == 28);
    CHECK(year_period("2028").days() == 366);
  }

  TEST_CASE("bad period values are usage errors that say what was expected") {
    CHECK(usage_message([] { month_period("2026-13"); }) ==
          "--month: '2026-13' is not a month (expected YYYY-MM, e.g. 2026-06)");
    CHECK(usage_message([] { quarter_period("2026Q5"); }) ==
          "--quarter: '2026Q5' is not a quarter (expected YYYYQn with n from 1 to 4, e.g. 2026Q2)");
    CHECK(usage_message([] { year_period("26"); }) == "--year: '26' is not a year (expected YYYY, e.g. 2026)");
    CHECK(usage_message([] { parse_day("2026-02-29", "--as-of"); }) ==
          "--as-of: '2026-02-29' is not a date (expected YYYY-MM-DD, e.g. 2026-06-30)");
    CHECK(usage_message([] { parse_day("2026-6-1", "--from"); }) ==
          "--from: '2026-6-1' is not a date (expected YYYY-MM-DD, e.g. 2026-06-30)");
    CHECK(parse_day("2028-02-29", "--as-of") == day("2028-02-29"));
  }

  TEST_CASE("no period option means the year of the as-of date") {
    CHECK(choose_period({}, day("2025-06-30")) == Period{day("2025-01-01"), day("2025-12-31")});
  }

  TEST_CASE("--from and --to give an inclusive range, --from alone runs to the as-of date") {
    CHECK(choose_period({.from = "2026-03-01", .to = "2026-03-31"}, day("2026-06-30")) ==
          Period{day("2026-03-01"), day("2026-03-31")});
    CHECK(choose_period({.from = "2026-03-01"}, day("2026-06-30")) == Period{day("2026-03-01"), day("2026-06-30")});
    CHECK(choose_period({.month = "2026-06"}, day("2026-01-01")) == Period{day("2026-06-01"), day("2026-06-30")});
  }

  TEST_CASE("--ytd is January 1 of the as-of year to the as-of day, and excludes the other period options") {
    CHECK(choose_period({.ytd = true}, day("2026-10-15")) == Period{day("2026-01-01"), day("2026-10-15")});
    CHECK(choose_period({.ytd = true}, day("2027-01-01")) == Period{day("2027-01-01"), day("2027-01-01")});
    CHECK(usage_message([] { choose_period({.month = "2026-06", .ytd = true}, day("2026-06-30")); }) ==
          "give only one of --year, --quarter, --month, --from/--to or --ytd");
  }

  TEST_CASE("conflicting or incomplete period options are usage errors") {
    CHECK(usage_message([] { choose_period({.year = "2026", .month = "2026-06"}, day("2026-06-30")); }) ==
          "give only one of --year, --quarter, --month, --from/--to or --ytd");
    CHECK(usage_message([] { choose_period({.to = "2026-06-30"}, day("2026-06-30")); }) == "--to needs --from");
    CHECK(usage_message([] { choose_period({.from = "2026-07-01", .to = "2026-06-30"}, day("2026-06-30")); }) ==
          "--to 2026-06-30 is before --from 2026-07-01");
    CHECK(usage_message([] { choose_period({.from = "2026-07-01"}, day("2026-06-30")); }) ==
          "--from 2026-07-01 is after the as-of date 2026-06-30");
  }

  TEST_CASE("a --from/--to period of ten years is taken, a longer one is a usage error") {
    // Ten calendar years with three leap days are 3653 days.
    CHECK(choose_period({.from = "2020-01-01", .to = "2029-12-31"}, day("2026-06-30")).days() == 3653);
    CHECK(usage_message([] { choose_period({.from = "2020-01-01", .to = "2030-01-01"}, day("2026-06-30")); }) ==
          "--from 2020-01-01 --to 2030-01-01 is 3654 days; a period is at most 10 years (3653 days): take it in parts");
    CHECK(usage_message([] { choose_period({.from = "1850-01-01"}, day("2026-06-30")); }) ==
          "--from 1850-01-01 to the as-of date 2026-06-30 is 64464 days; a period is at most 10 years (3653 days): "
          "take it in parts");
  }

  TEST_CASE("dates print as YYYY-MM-DD") { CHECK(iso_date(day("2028-02-29")) == "2028-02-29"); }
}
