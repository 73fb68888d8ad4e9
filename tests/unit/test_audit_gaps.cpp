// Interval alerts for rules with max_gap (SPEC §5 "Gaps"; seed 002).
#include <doctest/doctest.h>

#include "audit/gaps.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using Kind = jiedui::rules::Per::Kind;
using jiedui::rules::Measure;

namespace {

const Period kMarch{day("2026-03-01"), day("2026-03-31")};

std::vector<Gap> gaps_of(std::initializer_list<std::string_view> dates, std::string_view as_of, int max_gap = 5) {
  DaySet set{kMarch};
  for (std::string_view d : dates) set.insert(day(d));
  return find_gaps(set, kMarch, day(as_of), max_gap);
}

Gap gap(std::string_view from, std::string_view to, bool overdue = false) { return {day(from), day(to), overdue}; }

// A level-3 elderly person under wangcheng's row: any ≥ 1 / 3d, max_gap 5.
struct Level3 : Fixture {
  std::uint32_t elder =
      add_recipient("430112194505100015", Category::elderly_alone, Gender::male, born("1945-05-10"), "3");
  std::uint32_t cadre = add_cadre("WC-01", Gender::male, born("1970-01-01"));
  Level3() {
    add_rule(std::nullopt, Measure::any, 1, per(Kind::days, 3), 5, "3");
    pair(elder, cadre, "2026-01-01");
  }
};

}  // namespace

TEST_SUITE("audit::gaps") {
  TEST_CASE("a day set keeps distinct days in order, whatever the insertion order") {
    DaySet set{kMarch};
    for (std::string_view d : {"2026-03-20", "2026-03-02", "2026-03-20", "2026-02-28", "2026-04-01", "2026-03-31"}) {
      set.insert(day(d));
    }
    CHECK(set.days() == std::vector<Day>{day("2026-03-02"), day("2026-03-20"), day("2026-03-31")});
    CHECK(set.contains(day("2026-03-02")));
    CHECK_FALSE(set.contains(day("2026-02-28")));
  }

  TEST_CASE("records on the 2nd and the 7th are fine under G = 5, the 2nd and the 8th exceed it") {
    CHECK(gaps_of({"2026-03-02", "2026-03-07"}, "2026-03-07").empty());
    CHECK(gaps_of({"2026-03-02", "2026-03-08"}, "2026-03-08") == std::vector{gap("2026-03-02", "2026-03-08")});
  }

  TEST_CASE("W's start counts as a qualifying date") {
    CHECK(gaps_of({"2026-03-06"}, "2026-03-06").empty());
    CHECK(gaps_of({"2026-03-07"}, "2026-03-07") == std::vector{gap("2026-03-01", "2026-03-07")});
  }

  TEST_CASE("the last interval is overdue while T is inside W, gap-exceeded once T is past it") {
    CHECK(gaps_of({"2026-03-08"}, "2026-03-20") ==
          std::vector{gap("2026-03-01", "2026-03-08"), gap("2026-03-08", "2026-03-20", true)});
    CHECK(gaps_of({"2026-03-08"}, "2026-03-13") == std::vector{gap("2026-03-01", "2026-03-08")});
    CHECK(gaps_of({"2026-03-08"}, "2026-03-14") ==
          std::vector{gap("2026-03-01", "2026-03-08"), gap("2026-03-08", "2026-03-14", true)});
    CHECK(gaps_of({"2026-03-08", "2026-03-29"}, "2026-04-10") ==
          std::vector{gap("2026-03-01", "2026-03-08"), gap("2026-03-08", "2026-03-29")});
    CHECK(gaps_of({"2026-03-08"}, "2026-04-10") ==
          std::vector{gap("2026-03-01", "2026-03-08"), gap("2026-03-08", "2026-03-31", false)});
  }

  TEST_CASE("nothing before W starts, and records after T are not looked at") {
    CHECK(gaps_of({}, "2026-02-10").empty());
    CHECK(gaps_of({"2026-03-03", "2026-03-20"}, "2026-03-08") == std::vector<Gap>{});
    CHECK(gaps_of({"2026-03-03", "2026-03-20"}, "2026-03-09") == std::vector{gap("2026-03-03", "2026-03-09", true)});
  }

  TEST_CASE("gap-exceeded rows: warning, required = G, done = the interval, from/to its ends") {
    Level3 f;
    const AuditResult result = run(f, f.options("2026-03-01", "2026-03-31", "2026-04-10"),
                                   {visit(f.elder, f.cadre, "2026-03-02"), visit(f.elder, f.cadre, "2026-03-08"),
                                    visit(f.elder, f.cadre, "2026-03-12"), visit(f.elder, f.cadre, "2026-03-31")});
    const auto rows = with_code(result, "gap-exceeded");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].severity == Severity::warning);
    CHECK(rows[0].measure == "any");
    CHECK(rows[0].per == "3d");
    CHECK(rows[0].required == 5);
    CHECK(rows[0].done == 6);
    CHECK(rows[0].from == day("2026-03-02"));
    CHECK(rows[0].to == day("2026-03-08"));
    CHECK(rows[0].detail == "no contact or visit for 6 days (5 allowed)");
    CHECK(rows[1].done == 19);
    CHECK(rows[1].from == day("2026-03-12"));
    CHECK(with_code(result, "overdue").empty());
  }

  TEST_CASE("overdue row: error, the live interval up to T") {
    Level3 f;
    const AuditResult result =
        run(f, f.options("2026-03-01", "2026-03-31", "2026-03-20"), {visit(f.elder, f.cadre, "2026-03-04")});
    const auto rows = with_code(result, "overdue");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].severity == Severity::error);
    CHECK(rows[0].required == 5);
    CHECK(rows[0].done == 16);
    CHECK(rows[0].from == day("2026-03-04"));
    CHECK(rows[0].to == day("2026-03-20"));
    CHECK(rows[0].detail == "no contact or visit for 16 days as of 2026-03-20 (5 allowed)");
    CHECK(with_code(result, "gap-exceeded").empty());
  }

  TEST_CASE("only the pairing's own cadre closes a gap") {
    Level3 f;
    const auto other = f.add_cadre("WC-02", Gender::male, born("1972-01-01"));
    const AuditResult result = run(f, f.options("2026-03-01", "2026-03-31", "2026-03-10"),
                                   {visit(f.elder, f.cadre, "2026-03-02"), visit(f.elder, other, "2026-03-05")});
    const auto rows = with_code(result, "overdue");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].from == day("2026-03-02"));
    CHECK(rows[0].done == 8);
    CHECK(with_code(result, "visit-not-paired").size() == 1);
  }

  TEST_CASE("a gap rule's window starts at the pairing's start, and T on W's last day is inside W") {
    Fixture f;
    f.add_rule(std::nullopt, Measure::any, 1, per(Kind::week), 10, "2");
    const auto r =
        f.add_recipient("430112194505100015", Category::elderly_alone, Gender::male, born("1945-05-10"), "2");
    const auto cadre = f.add_cadre("WC-01", Gender::male, born("1970-01-01"));
    f.pair(r, cadre, "2026-03-15");
    const AuditResult result =
        run(f, f.options("2026-03-01", "2026-03-31", "2026-03-31"), {visit(r, cadre, "2026-03-20")});
    // 03-15 → 03-20 is 5 days; 03-20 → 03-31 is 11 > 10, live on W's last day.
    CHECK(with_code(result, "gap-exceeded").empty());
    const auto rows = with_code(result, "overdue");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].from == day("2026-03-20"));
    CHECK(rows[0].to == day("2026-03-31"));
    CHECK(rows[0].done == 11);
    CHECK(rows[0].required == 10);
  }
}
