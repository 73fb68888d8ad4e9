// Strikes against helper pairings and the audit findings they bring
// (《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》四(二): 一次警告、两次扣当月
// 奖励资金、三次终止帮扶协议).
#include <doctest/doctest.h>

#include "audit/strikes.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit;
using namespace jiedui::audit::testing;

namespace {

// A recipient of level 2 with a cadre and a helper (from 2026-01-01).
struct Helpers : Fixture {
  std::uint32_t recipient = add_recipient("341502194507080220", Category::elderly_alone, Gender::female,
                                          born("1945-07-08"), "2");
  std::uint32_t cadre = add_cadre("WC-C01", Gender::male, born("1975-03-01"));
  std::uint32_t helper = add_cadre("WC-H01", Gender::female, born("1966-09-01"));
  std::uint32_t cadre_pairing = pair(recipient, cadre, "2026-01-01");
  std::uint32_t helper_pairing = pair(recipient, helper, "2026-01-01");
  ledger::Inspections inspections{true, {}};

  Helpers() { ledger.pairings[helper_pairing].role = ledger::Role::helper; }

  void inspect(std::string_view date, bool pass, std::optional<std::uint32_t> by = std::nullopt) {
    ledger::Inspection i;
    i.date = day(date);
    i.recipient = recipient;
    i.helper = by.value_or(helper);
    i.visited = i.activities = i.environment = true;
    i.satisfied = pass;
    inspections.rows.push_back(i);
  }
  AuditResult audit(std::string_view from, std::string_view to, std::string_view as_of) const {
    AuditOptions o = options(from, to, as_of);
    o.inspections = &inspections;
    return run(*this, o);
  }
};

}  // namespace

TEST_SUITE("audit::StrikeBook") {
  TEST_CASE("two failed inspections on one date are one strike") {
    Helpers h;
    h.inspect("2026-04-08", false);
    h.inspect("2026-04-08", false);
    h.inspect("2026-05-12", false);
    const StrikeBook book(h.ledger, h.inspections, day("2026-06-30"));
    const auto strikes = book.of(h.helper_pairing);
    REQUIRE(strikes.size() == 2);
    CHECK(strikes[0].date == day("2026-04-08"));
    CHECK(strikes[0].number == 1);
    CHECK(strikes[1].date == day("2026-05-12"));
    CHECK(strikes[1].number == 2);
  }

  TEST_CASE("a passed inspection, one after T, and one of the cadre are no strike") {
    Helpers h;
    h.inspect("2026-04-08", true);
    h.inspect("2026-07-01", false);  // after T
    h.inspect("2026-04-09", false, h.cadre);  // the cadre is not the helper
    const StrikeBook book(h.ledger, h.inspections, day("2026-06-30"));
    CHECK(book.all().empty());
  }

  TEST_CASE("strikes are numbered from the pairing's start, not from the period") {
    Helpers h;
    h.inspect("2026-02-10", false);
    h.inspect("2026-05-12", false);
    const auto found = with_code(h.audit("2026-04-01", "2026-06-30", "2026-06-30"), codes::helper_strike);
    REQUIRE(found.size() == 1);
    CHECK(found[0].done == 2);
    CHECK(found[0].cadre == "WC-H01");
    CHECK(found[0].from == day("2026-05-12"));
    CHECK(found[0].to == day("2026-05-12"));
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].detail == "subsidy withheld for 2026-05");
  }

  TEST_CASE("a failed inspection of a helper whose pairing ended is no strike of a later pairing") {
    Helpers h;
    h.ledger.pairings[h.helper_pairing].end = day("2026-03-31");
    h.inspect("2026-04-08", false);
    const StrikeBook book(h.ledger, h.inspections, day("2026-06-30"));
    CHECK(book.all().empty());
  }
}

TEST_SUITE("audit::add_strike_findings") {
  TEST_CASE("the consequence of strikes 1, 2 and 3: warning, the month withheld, the agreement terminated") {
    Helpers h;
    h.inspect("2026-04-08", false);
    h.inspect("2026-04-22", false);
    h.inspect("2026-05-12", false);
    const auto found = with_code(h.audit("2026-04-01", "2026-06-30", "2026-06-30"), codes::helper_strike);
    REQUIRE(found.size() == 3);
    CHECK(found[0].detail == "warning");
    CHECK(found[1].detail == "subsidy withheld for 2026-04");
    CHECK(found[2].detail == "agreement to be terminated");
  }

  TEST_CASE("helper-not-terminated needs the third strike strictly before T, on a pairing still active on T") {
    Helpers h;
    h.inspect("2026-04-08", false);
    h.inspect("2026-04-22", false);
    h.inspect("2026-05-12", false);
    CHECK(with_code(h.audit("2026-04-01", "2026-06-30", "2026-05-12"), codes::helper_not_terminated).empty());
    const auto found = with_code(h.audit("2026-04-01", "2026-06-30", "2026-05-13"), codes::helper_not_terminated);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].from == day("2026-05-12"));
    CHECK(!found[0].to);
    CHECK(!found[0].done);
    h.ledger.pairings[h.helper_pairing].end = day("2026-05-12");  // ended: fine
    CHECK(with_code(h.audit("2026-04-01", "2026-06-30", "2026-05-13"), codes::helper_not_terminated).empty());
  }

  TEST_CASE("no inspections.csv: no strike findings at all") {
    Helpers h;
    h.inspect("2026-04-08", false);
    CHECK(with_code(run(h, h.options("2026-04-01", "2026-06-30", "2026-06-30")), codes::helper_strike).empty());
  }
}
