// lib/report: the district statistics of SPEC §6 and the engine's
// per-recipient record sums they are built from.
#include <doctest/doctest.h>

#include "report/district_report.hpp"
#include "report/report_tables.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using jiedui::report::DistrictLevel;

namespace {

ledger::Visit with_numbers(ledger::Visit v, std::uint32_t policies, std::int64_t funds_fen, std::uint32_t escalated = 0) {
  v.policies = policies;
  v.funds_fen = funds_fen;
  v.escalated = escalated;
  return v;
}

// Two counties; one cadre paired in both; an exited recipient alone in a
// third township; a record by the wrong cadre.
struct TwoCounties {
  Fixture f;
  std::uint32_t a1, a2, b1, gone, c1, c2;
  TwoCounties() {
    f.add_gansu_orphan_rules();
    f.add_rule(Category::extremely_poor, rules::Measure::visits, 1, per(rules::Per::Kind::year));
    c1 = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    c2 = f.add_cadre("C-2", Gender::female, born("1981-01-01"));
    f.district = {"平凉市", "崆峒区", "峡门回族乡", "吴坡村"};
    a1 = f.add_recipient("620802201202290177", Category::orphan, Gender::male, born("2012-02-29"));
    a2 = f.add_recipient("620802195001010012", Category::extremely_poor, Gender::male, born("1950-01-01"));
    f.district = {"平凉市", "静宁县", "城关镇", "南关村"};
    b1 = f.add_recipient("620826201501010021", Category::orphan, Gender::female, born("2015-01-01"));
    f.district = {"平凉市", "静宁县", "红寺镇", "甘湾村"};
    gone = f.add_recipient("620826195501010011", Category::extremely_poor, Gender::male, born("1955-01-01"));
    f.ledger.recipients[gone].status = ledger::RecipientStatus::exited;
    f.ledger.recipients[gone].exit_date = day("2026-03-01");
    f.pair(a1, c1, "2025-01-01");
    f.pair(a2, c2, "2025-01-01");
    f.pair(b1, c1, "2025-01-01");
    f.pair(gone, c2, "2025-01-01", "2026-02-28");
  }
};

}  // namespace

TEST_SUITE("report::district report") {
  TEST_CASE("the engine sums every record in P and up to T by recipient, visit-not-paired ones included") {
    TwoCounties t;
    const AuditOptions o = t.f.options("2026-01-01", "2026-12-31", "2026-06-30");
    const AuditResult result = run(t.f, o,
                                   {with_numbers(visit(t.a1, t.c1, "2026-02-01", Mode::home), 2, 12345),
                                    with_numbers(visit(t.a1, t.c2, "2026-02-02"), 1, 5, 1),  // not a1's cadre
                                    visit(t.a1, t.c1, "2025-12-31"),  // before P
                                    visit(t.a1, t.c1, "2026-07-01"),  // after T
                                    visit(t.b1, t.c1, "2026-03-01", Mode::wechat)});
    REQUIRE(result.records_by_recipient.size() == 4);
    const RecordTotals& a1 = result.records_by_recipient[t.a1];
    CHECK(a1.visits == 1);
    CHECK(a1.contacts == 1);
    CHECK(a1.policies == 3);
    CHECK(a1.funds_fen == 12350);
    CHECK(a1.escalated == 1);
    CHECK(result.records_by_recipient[t.b1].records() == 1);
    CHECK(result.records_by_recipient[t.a2].records() == 0);
  }

  TEST_CASE("rows by county with a total: sums of the rows but cadres counted once") {
    TwoCounties t;
    const AuditOptions o = t.f.options("2026-01-01", "2026-12-31", "2026-06-30");
    const AuditResult result = run(t.f, o,
                                   {with_numbers(visit(t.a1, t.c1, "2026-02-01", Mode::home), 2, 12345),
                                    with_numbers(visit(t.b1, t.c1, "2026-03-01", Mode::wechat), 0, 1)});
    const report::DistrictReport r = report::make_district_report(t.f.ledger, o, result, DistrictLevel::county);
    CHECK(r.report_day == day("2026-06-30"));
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].path == std::vector<std::string>{"平凉市", "崆峒区"});
    CHECK(r.rows[0].recipients == 2);
    CHECK(r.rows[0].paired == 2);
    CHECK(r.rows[0].cadres == 2);
    CHECK(r.rows[1].path == std::vector<std::string>{"平凉市", "静宁县"});
    CHECK(r.rows[1].recipients == 1);  // the exited one is not counted …
    CHECK(r.rows[1].pairings == 2);  // … but its pairing was active in P and has rules
    CHECK(r.rows[1].cadres == 1);
    CHECK(r.total.recipients == 3);
    CHECK(r.total.cadres == 2);  // C-1 is paired in both counties
    CHECK(r.total.records.funds_fen == 12346);
    CHECK(r.total.pairings == 4);
    CHECK(r.categories == std::vector<Category>{Category::orphan, Category::extremely_poor});
  }

  TEST_CASE("with roles, paired and cadres count cadre pairings; pairings count every pairing with rules") {
    Fixture f;
    f.add_gansu_orphan_rules();
    f.add_rule(std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    f.rules.rules.back().role = ledger::Role::helper;
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto helper = f.add_cadre("H-1", Gender::female, born("1975-01-01"));
    const auto teacher = f.add_cadre("T-1", Gender::female, born("1990-01-01"));
    const auto paired = f.add_recipient("620802201202290177", Category::orphan, Gender::male, born("2012-02-29"));
    const auto helped = f.add_recipient("620826201501010021", Category::orphan, Gender::female, born("2015-01-01"));
    f.pair(paired, cadre, "2025-01-01");
    f.ledger.pairings[f.pair(paired, helper, "2025-01-01")].role = ledger::Role::helper;
    f.ledger.pairings[f.pair(paired, teacher, "2025-01-01")].role = ledger::Role::teacher;
    f.ledger.pairings[f.pair(helped, helper, "2025-01-01")].role = ledger::Role::helper;  // a helper, no cadre
    const AuditOptions o = f.options("2026-01-01", "2026-12-31", "2026-06-30");
    const report::DistrictReport r =
        report::make_district_report(f.ledger, o, run(f, o), DistrictLevel::city);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].recipients == 2);
    CHECK(r.rows[0].paired == 1);  // the helped one has no cadre
    CHECK(r.rows[0].cadres == 1);  // the helper and the teacher are not cadres
    CHECK(r.rows[0].pairings == 3);  // the cadre's and two helpers'; the teacher's has no rule
    CHECK(r.total.cadres == 1);
  }

  TEST_CASE("a district whose recipients all exited still has a row") {
    TwoCounties t;
    const AuditOptions o = t.f.options("2026-06-01", "2026-06-30", "2026-06-30");
    const AuditResult result = run(t.f, o);
    const report::DistrictReport r = report::make_district_report(t.f.ledger, o, result, DistrictLevel::township);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[1].path == std::vector<std::string>{"平凉市", "静宁县", "城关镇"});
    CHECK(r.rows[2].path == std::vector<std::string>{"平凉市", "静宁县", "红寺镇"});
    CHECK(r.rows[2].recipients == 0);
    CHECK(r.rows[2].pairings == 0);  // its pairing ended before P
    const report::Table table = report::district_table(r);
    CHECK(table.rows[2][3] == "0");  // recipients
    const std::size_t coverage = 3 + 1 + 2 + 1;  // path, recipients, two categories, paired
    CHECK(table.columns[coverage].name == "coverage");
    CHECK(table.rows[2][coverage] == "");  // 0 / 0 is left empty
    CHECK(table.rows.back()[0] == "total");
    CHECK(table.rows.back()[1] == "");
  }

  TEST_CASE("the report day is the period's end when T is later") {
    TwoCounties t;
    const AuditOptions o = t.f.options("2026-01-01", "2026-02-28", "2026-11-20");
    const AuditResult result = run(t.f, o);
    const report::DistrictReport r = report::make_district_report(t.f.ledger, o, result, DistrictLevel::city);
    CHECK(r.report_day == day("2026-02-28"));
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].recipients == 4);  // the exited one was still in on 02-28
    CHECK(r.rows[0].paired == 4);
  }

  TEST_CASE("percentages round half up to one decimal and money prints to the fen") {
    CHECK(report::percent_text(2, 3) == "66.7");
    CHECK(report::percent_text(1, 3) == "33.3");
    CHECK(report::percent_text(1, 8) == "12.5");
    CHECK(report::percent_text(1, 16) == "6.3");  // 6.25 → 6.3, not banker's 6.2
    CHECK(report::percent_text(29, 30) == "96.7");
    CHECK(report::percent_text(5, 5) == "100.0");
    CHECK(report::percent_text(0, 7) == "0.0");
    CHECK(report::percent_text(0, 0) == "");
    CHECK(report::yuan_text(0) == "0.00");
    CHECK(report::yuan_text(5) == "0.05");
    CHECK(report::yuan_text(855920) == "8559.20");
  }
}

TEST_SUITE("report::district chart") {
  TEST_CASE("the chart has one bar pair per district with the table's rounded figures") {
    TwoCounties t;
    const AuditOptions o = t.f.options("2026-01-01", "2026-12-31", "2026-06-30");
    const AuditResult result = run(t.f, o);
    const report::DistrictReport r = report::make_district_report(t.f.ledger, o, result, DistrictLevel::county);
    const out::BarChart chart = report::district_chart(r, out::Lang::zh);
    CHECK(chart.series == std::vector<std::string>{"覆盖率", "达标率"});
    CHECK(chart.labels == std::vector<std::string>{"崆峒区", "静宁县"});
    REQUIRE(chart.values.size() == 2);
    CHECK(chart.values[0][0] == doctest::Approx(100.0));
    REQUIRE(chart.values[1][1].has_value());
  }

  TEST_CASE("chart labels that two districts share get the path below the city") {
    TwoCounties t;
    t.f.district = {"平凉市", "崆峒区", "崆峒镇", "南关村"};
    t.f.add_recipient("620802201601010023", Category::orphan, Gender::female, born("2016-01-01"));
    t.f.district = {"平凉市", "静宁县", "城关镇", "南关村"};  // the same village name, another county
    t.f.add_recipient("620826201601010025", Category::orphan, Gender::female, born("2016-01-01"));
    const AuditOptions o = t.f.options("2026-01-01", "2026-12-31", "2026-06-30");
    const AuditResult result = run(t.f, o);
    const report::DistrictReport r = report::make_district_report(t.f.ledger, o, result, DistrictLevel::village);
    const out::BarChart chart = report::district_chart(r, out::Lang::en);
    CHECK(chart.labels == std::vector<std::string>{"吴坡村", "崆峒区 崆峒镇 南关村", "静宁县 城关镇 南关村", "甘湾村"});
    CHECK(chart.series == std::vector<std::string>{"coverage", "compliance"});
  }
}
