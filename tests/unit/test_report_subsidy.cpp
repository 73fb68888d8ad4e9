// report subsidy: the helpers' monthly subsidy by level, prorated by days,
// withheld and terminated by strikes (《金安区望城街道特殊困难群体关爱帮扶长效机制
// 实施方案》四(二), 协议书五).
#include <doctest/doctest.h>

#include "ledger/config.hpp"
#include "report/subsidy_report.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit::testing;
using report::SubsidyRow;
using report::SubsidyStatus;

namespace {

struct Subsidy : Fixture {
  std::uint32_t helper = add_cadre("WC-H01", Gender::female, born("1966-09-01"));
  ledger::Inspections inspections{true, {}};

  std::uint32_t helped(std::string id, std::string level, std::string_view start) {
    const std::uint32_t r = add_recipient(std::move(id), Category::elderly_alone, Gender::female, born("1945-07-08"),
                                          std::move(level));
    const std::uint32_t p = pair(r, helper, start);
    ledger.pairings[p].role = ledger::Role::helper;
    return r;
  }
  void fail(std::uint32_t recipient, std::string_view date) {
    ledger::Inspection i;
    i.date = day(date);
    i.recipient = recipient;
    i.helper = helper;
    i.visited = i.activities = i.environment = true;
    i.satisfied = false;
    inspections.rows.push_back(i);
  }
  std::vector<SubsidyRow> rows(std::string_view from, std::string_view to, std::string_view as_of,
                               const ledger::SubsidyStandards& standards = {}) const {
    const audit::StrikeBook strikes(ledger, inspections, day(as_of));
    return report::subsidy_rows(ledger, strikes, {day(from), day(to)}, day(as_of), standards);
  }
};

}  // namespace

TEST_SUITE("report::subsidy_rows") {
  TEST_CASE("a helper pairing starting on the 10th of a 30-day month earns 300 x 21/30 = 210.00") {
    Subsidy s;
    s.helped("341502194507080220", "2", "2026-06-10");
    const auto rows = s.rows("2026-04-01", "2026-06-30", "2026-07-10");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].days == 21);
    CHECK(rows[0].standard_fen == 30000);
    CHECK(rows[0].amount_fen == 21000);
    CHECK(report::yuan_text(rows[0].amount_fen) == "210.00");
  }

  TEST_CASE("level 1 earns 200 a month, levels 2 and 3 earn 300") {
    Subsidy s;
    s.helped("341502194507080220", "1", "2026-01-01");
    s.helped("341502195002030468", "2", "2026-01-01");
    s.helped("341502194203150218", "3", "2026-01-01");
    const auto rows = s.rows("2026-05-01", "2026-05-31", "2026-06-30");
    REQUIRE(rows.size() == 3);
    // Sorted by recipient id within the helper.
    CHECK(rows[0].amount_fen == 30000);  // 3415021942… level 3
    CHECK(rows[1].amount_fen == 20000);  // 3415021945… level 1
    CHECK(rows[2].amount_fen == 30000);  // 3415021950… level 2
  }

  TEST_CASE("a level outside 1-3 gets no rows") {
    Subsidy s;
    s.helped("341502194507080220", "4", "2026-01-01");
    s.helped("341502195002030468", "", "2026-01-01");
    s.helped("341502194203150218", "high", "2026-01-01");
    CHECK(s.rows("2026-04-01", "2026-06-30", "2026-07-10").empty());
  }

  TEST_CASE("strike 2 withholds exactly its month; strike 1 withholds nothing") {
    Subsidy s;
    const std::uint32_t r = s.helped("341502194507080220", "2", "2026-01-01");
    s.fail(r, "2026-04-08");
    s.fail(r, "2026-05-31");
    const auto rows = s.rows("2026-04-01", "2026-06-30", "2026-07-10");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].status == SubsidyStatus::paid);  // April: strike 1
    CHECK(rows[0].amount_fen == 30000);
    CHECK(rows[0].strikes == 1);
    CHECK(rows[1].status == SubsidyStatus::withheld);  // May: strike 2
    CHECK(rows[1].amount_fen == 0);
    CHECK(rows[1].strikes == 2);
    CHECK(rows[2].status == SubsidyStatus::paid);  // June
    CHECK(rows[2].amount_fen == 30000);
  }

  TEST_CASE("terminated from the month after the third strike; the month of the third is withheld") {
    Subsidy s;
    const std::uint32_t r = s.helped("341502194507080220", "1", "2026-01-01");
    s.fail(r, "2026-04-08");
    s.fail(r, "2026-04-22");
    s.fail(r, "2026-05-01");
    const auto rows = s.rows("2026-04-01", "2026-07-31", "2026-07-10");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].status == SubsidyStatus::withheld);  // April: strike 2
    CHECK(rows[1].status == SubsidyStatus::withheld);  // May: strike 3 on the 1st
    CHECK(rows[2].status == SubsidyStatus::terminated);  // June
    CHECK(rows[3].status == SubsidyStatus::terminated);  // July, up to T
    CHECK(rows[3].days == 10);
    CHECK(rows[3].amount_fen == 0);
    CHECK(rows[3].strikes == 3);
  }

  TEST_CASE("months that begin after T have no row; the month of T counts days up to T") {
    Subsidy s;
    s.helped("341502194507080220", "1", "2026-01-01");
    const auto rows = s.rows("2026-04-01", "2026-06-30", "2026-05-15");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].days == 15);
    CHECK(rows[1].amount_fen == 9677);  // 200 x 15/31 = 96.774… → 96.77
  }

  TEST_CASE("[subsidy] in jiedui.toml sets the standard of each level") {
    const auto config = ledger::Config::parse("[subsidy]\nlevel1 = 250\nlevel3 = 320\n", "jiedui.toml");
    const ledger::SubsidyStandards standards = ledger::subsidy_standards(config);
    CHECK(standards.fen[0] == 25000);
    CHECK(standards.fen[1] == 30000);
    CHECK(standards.fen[2] == 32000);
    // Whole yuan a month, as the plan's 200 and 300: a string, a fraction or a
    // negative amount is refused where the file says it.
    CHECK_THROWS_AS(ledger::Config::parse("[subsidy]\nlevel2 = -3\n", "jiedui.toml"), InputError);
    CHECK_THROWS_AS(ledger::Config::parse("[subsidy]\nlevel2 = \"320\"\n", "jiedui.toml"), InputError);
    CHECK_THROWS_AS(ledger::Config::parse("[subsidy]\nlevel2 = 320.5\n", "jiedui.toml"), InputError);
  }
}
