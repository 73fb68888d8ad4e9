// The compliance engine: windows, prorated buckets, who counts, statuses
// (SPEC §5 steps 1–5).
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/compliance.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using jiedui::ledger::Visit;
using Kind = jiedui::rules::Per::Kind;
using jiedui::rules::Measure;

namespace {

// One orphan girl and her cadre, under gansu's orphan rows.
struct Orphan : Fixture {
  std::uint32_t girl = add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
  std::uint32_t cadre = add_cadre("GS-PL-0003", Gender::female, born("1980-01-01"));
  Orphan() { add_gansu_orphan_rules(); }
};

const RuleResult& rule_of(const AuditResult& result, std::uint32_t pairing, Measure measure) {
  const auto rules = result.compliance.rules_of_pairing(pairing);
  const auto it =
      std::find_if(rules.begin(), rules.end(), [&](const RuleResult& r) { return r.rule->measure == measure; });
  REQUIRE(it != rules.end());
  return *it;
}

}  // namespace

TEST_SUITE("audit::status") {
  TEST_CASE("a bucket is met, on_track, behind or missed as of T") {
    const Period year{day("2026-01-01"), day("2026-12-31")};
    CHECK(bucket_status(4, 4, year, day("2026-02-01")) == Status::met);
    CHECK(bucket_status(4, 3, year, day("2026-12-31")) == Status::missed);
    // 2026-07-01: 182 days elapsed, ⌊4 × 182/365⌋ = 1 due by now.
    CHECK(elapsed_days(year, day("2026-07-01")) == 182);
    CHECK(bucket_status(4, 1, year, day("2026-07-01")) == Status::on_track);
    CHECK(bucket_status(4, 0, year, day("2026-07-01")) == Status::behind);
    // 2026-07-02: 183 days, ⌊4 × 183/365⌋ = 2.
    CHECK(bucket_status(4, 1, year, day("2026-07-02")) == Status::behind);
  }

  TEST_CASE("a bucket that has not started by T is on_track, T counts as elapsed") {
    const Period june{day("2026-06-01"), day("2026-06-30")};
    CHECK(elapsed_days(june, day("2026-05-31")) == 0);
    CHECK(bucket_status(1, 0, june, day("2026-05-31")) == Status::on_track);
    CHECK(elapsed_days(june, day("2026-06-01")) == 1);
    CHECK(elapsed_days(june, day("2026-07-15")) == 30);
    CHECK(bucket_status(0, 0, june, day("2026-05-31")) == Status::met);
    // 30 required in 30 days: one is due on the first day already.
    CHECK(bucket_status(30, 0, june, day("2026-06-01")) == Status::behind);
  }

  TEST_CASE("the worst status wins: missed > behind > on_track > met") {
    CHECK(worst(Status::met, Status::on_track) == Status::on_track);
    CHECK(worst(Status::missed, Status::behind) == Status::missed);
    CHECK(worst(Status::behind, Status::on_track) == Status::behind);
    CHECK(status_name(Status::on_track) == "on_track");
  }
}

TEST_SUITE("audit::Compliance") {
  TEST_CASE("a full-year pairing: contacts met, visits missed, one row for the missed rule") {
    Orphan f;
    const auto p = f.pair(f.girl, f.cadre, "2025-09-01");
    const std::vector<Visit> visits = {
        visit(f.girl, f.cadre, "2026-01-10", Mode::phone, 2), visit(f.girl, f.cadre, "2026-03-10", Mode::wechat, 3),
        visit(f.girl, f.cadre, "2026-06-10", Mode::sms, 4),   visit(f.girl, f.cadre, "2026-09-10", Mode::letter, 5),
        visit(f.girl, f.cadre, "2026-10-10", Mode::home, 6),
    };
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"), visits);
    const RuleResult& contacts = rule_of(result, p, Measure::contacts);
    CHECK(contacts.window == Period{day("2026-01-01"), day("2026-12-31")});
    CHECK(contacts.required == 4);
    CHECK(contacts.done == 4);
    CHECK(contacts.status == Status::met);
    CHECK(contacts.last_record == day("2026-09-10"));
    const RuleResult& visits_rule = rule_of(result, p, Measure::visits);
    CHECK(visits_rule.required == 2);
    CHECK(visits_rule.done == 1);
    CHECK(visits_rule.status == Status::missed);
    CHECK(result.compliance.pairing_status[p] == Status::missed);
    CHECK(result.compliance.cadre_status[f.cadre] == Status::missed);

    const auto rows = with_code(result, "visits-missed");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].severity == Severity::error);
    CHECK(rows[0].cadre == "GS-PL-0003");
    CHECK(rows[0].recipient == "620102201605100023");
    CHECK(rows[0].measure == "visits");
    CHECK(rows[0].per == "year");
    CHECK(rows[0].required == 2);
    CHECK(rows[0].done == 1);
    CHECK(rows[0].from == day("2026-01-01"));
    CHECK(rows[0].to == day("2026-12-31"));
    CHECK(rows[0].detail == "2 visits a year required, 1 of 2 done; 1 of 1 year missed");
    CHECK(with_code(result, "contacts-missed").empty());
    CHECK(result.findings.size() == 1);
  }

  TEST_CASE("a pairing starting mid-year is prorated: 4 × 182/365 → 2 contacts, 2 × 182/365 → 1 visit") {
    Orphan f;
    const auto p = f.pair(f.girl, f.cadre, "2026-07-03");
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"));
    const RuleResult& contacts = rule_of(result, p, Measure::contacts);
    CHECK(contacts.window == Period{day("2026-07-03"), day("2026-12-31")});
    REQUIRE(contacts.buckets.size() == 1);
    CHECK(contacts.buckets[0].covered() == 182);
    CHECK(contacts.required == 2);
    CHECK(rule_of(result, p, Measure::visits).required == 1);
    const auto rows = with_code(result, "contacts-missed");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].detail == "4 contacts a year required (prorated), 0 of 2 done; 1 of 1 year missed");
  }

  TEST_CASE("--no-prorate requires min from a pairing that meets only part of the year") {
    Orphan f;
    const auto p = f.pair(f.girl, f.cadre, "2026-07-03");
    AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-12-31");
    options.prorate = false;
    const AuditResult result = run(f, options);
    CHECK(rule_of(result, p, Measure::contacts).required == 4);
    CHECK(rule_of(result, p, Measure::visits).required == 2);
  }

  TEST_CASE("a pairing moved mid-year: two prorated windows, and the old cadre's later record counts for nobody") {
    Orphan f;
    const auto new_cadre = f.add_cadre("GS-PL-0007", Gender::female, born("1975-01-01"));
    const auto before = f.pair(f.girl, f.cadre, "2025-03-01", "2026-06-30");
    const auto after = f.pair(f.girl, new_cadre, "2026-07-01");
    const std::vector<Visit> visits = {
        visit(f.girl, f.cadre, "2026-03-01", Mode::home, 2),
        visit(f.girl, f.cadre, "2026-08-01", Mode::home, 3),  // after the move
        visit(f.girl, new_cadre, "2026-09-01", Mode::phone, 4),
    };
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"), visits);
    const RuleResult& old_contacts = rule_of(result, before, Measure::contacts);
    CHECK(old_contacts.window == Period{day("2026-01-01"), day("2026-06-30")});
    CHECK(old_contacts.required == 2);  // 4 × 181/365 = 1.98
    CHECK(rule_of(result, before, Measure::visits).required == 1);  // 2 × 181/365 = 0.99
    CHECK(rule_of(result, before, Measure::visits).done == 1);  // only the March visit
    const RuleResult& new_contacts = rule_of(result, after, Measure::contacts);
    CHECK(new_contacts.window == Period{day("2026-07-01"), day("2026-12-31")});
    CHECK(new_contacts.required == 2);  // 4 × 184/365 = 2.02
    CHECK(new_contacts.done == 1);
    CHECK(rule_of(result, after, Measure::visits).done == 0);  // the old cadre's August visit is not hers

    const auto stray = with_code(result, "visit-not-paired");
    REQUIRE(stray.size() == 1);
    CHECK(stray[0].severity == Severity::warning);
    CHECK(stray[0].cadre == "GS-PL-0003");
    CHECK(stray[0].from == day("2026-08-01"));
    CHECK(stray[0].to == day("2026-08-01"));
    CHECK(stray[0].detail == "line 3: record by cadre GS-PL-0003, paired cadre GS-PL-0007");
  }

  TEST_CASE("records after T and outside P count nowhere and are not visit-not-paired") {
    Orphan f;
    const auto stranger = f.add_cadre("GS-PL-0009", Gender::male, born("1990-01-01"));
    const auto p = f.pair(f.girl, f.cadre, "2025-01-01");
    const std::vector<Visit> visits = {
        visit(f.girl, f.cadre, "2025-12-31", Mode::phone, 2),  // before P
        visit(f.girl, f.cadre, "2026-07-01", Mode::phone, 3),  // after T
        visit(f.girl, stranger, "2026-07-01", Mode::phone, 4),  // after T
        visit(f.girl, f.cadre, "2026-06-30", Mode::phone, 5),  // T itself counts
    };
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"), visits);
    CHECK(rule_of(result, p, Measure::contacts).done == 1);
    CHECK(with_code(result, "visit-not-paired").empty());
  }

  TEST_CASE("statuses as of mid-year: on_track, behind, and the cadre's worst") {
    Fixture f;
    f.add_rule(Category::orphan, Measure::contacts, 4, per(Kind::year));
    const auto a = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto b = f.add_recipient("620102201705100021", Category::orphan, Gender::female, born("2017-05-10"));
    const auto cadre = f.add_cadre("GS-PL-0003", Gender::female, born("1980-01-01"));
    const auto pa = f.pair(a, cadre, "2025-01-01");
    const auto pb = f.pair(b, cadre, "2025-01-01");
    // T = 2026-07-02: 183 of 365 days elapsed, ⌊4 × 183/365⌋ = 2 due by now.
    const AuditResult result =
        run(f, f.options("2026-01-01", "2026-12-31", "2026-07-02"),
            {visit(a, cadre, "2026-02-01"), visit(a, cadre, "2026-05-01"), visit(b, cadre, "2026-02-01")});
    CHECK(rule_of(result, pa, Measure::contacts).status == Status::on_track);
    CHECK(rule_of(result, pb, Measure::contacts).status == Status::behind);
    CHECK(result.compliance.cadre_status[cadre] == Status::behind);
    const auto rows = with_code(result, "contacts-behind");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].severity == Severity::warning);
    CHECK(rows[0].recipient == "620102201705100021");
    CHECK(rows[0].required == 4);  // the whole window, not only what is due by T
    CHECK(rows[0].done == 1);
    CHECK(rows[0].detail == "4 contacts a year required, 1 of 4 done; behind in 2026");
  }

  TEST_CASE("weekly buckets: a missed week makes the rule missed, with sums over every week") {
    Fixture f;
    f.add_rule(Category::left_behind_child, Measure::any, 1, per(Kind::week));
    const auto child =
        f.add_recipient("500106201505100012", Category::left_behind_child, Gender::male, born("2015-05-10"));
    const auto cadre = f.add_cadre("SPB-001", Gender::male, born("1985-01-01"));
    const auto p = f.pair(child, cadre, "2026-01-01");
    // June 2026: weeks of 1–7 (Mon–Sun), 8–14, 15–21, 22–28 and 29–30 (2 of 7 days → 0 required).
    const AuditResult result = run(f, f.options("2026-06-01", "2026-06-30", "2026-06-30"),
                                   {visit(child, cadre, "2026-06-03", Mode::home), visit(child, cadre, "2026-06-10"),
                                    visit(child, cadre, "2026-06-24", Mode::home)});
    const RuleResult& any = rule_of(result, p, Measure::any);
    REQUIRE(any.buckets.size() == 5);
    CHECK(any.buckets[4].share == Period{day("2026-06-29"), day("2026-06-30")});
    CHECK(any.buckets[4].required == 0);
    CHECK(any.buckets[4].status == Status::met);
    CHECK(any.buckets[2].status == Status::missed);
    CHECK(any.required == 4);
    CHECK(any.done == 3);
    CHECK(any.status == Status::missed);
    CHECK(bucket_containing(any, day("2026-06-16")) == &any.buckets[2]);
    CHECK(bucket_containing(any, day("2026-06-30")) == &any.buckets[4]);
    CHECK(bucket_containing(any, day("2026-07-01")) == nullptr);  // the week goes on, W does not
    const auto rows = with_code(result, "any-missed");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].detail == "1 contact or visit a week required (prorated), 3 of 4 done; 1 of 5 weeks missed");
  }

  TEST_CASE("help sums policies, difficulties and deeds") {
    Fixture f;
    f.add_rule(std::nullopt, Measure::help, 1, per(Kind::year));
    const auto r = f.add_recipient("620102194505100018", Category::disabled, Gender::male, born("1945-05-10"));
    const auto cadre = f.add_cadre("PL-01", Gender::male, born("1970-01-01"));
    const auto p = f.pair(r, cadre, "2025-01-01");
    Visit helped = visit(r, cadre, "2026-03-01", Mode::home);
    helped.policies = 1;
    helped.difficulties = 2;
    helped.deeds = 1;
    helped.escalated = 5;  // not help
    const AuditResult result =
        run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"), {helped, visit(r, cadre, "2026-04-01")});
    CHECK(rule_of(result, p, Measure::help).done == 4);
    CHECK(rule_of(result, p, Measure::help).status == Status::met);
  }

  TEST_CASE("N-day blocks from the pairing's start") {
    Fixture f;
    f.add_rule(std::nullopt, Measure::any, 1, per(Kind::days, 3), std::nullopt, "3");
    const auto r =
        f.add_recipient("430112194505100015", Category::elderly_alone, Gender::male, born("1945-05-10"), "3");
    const auto cadre = f.add_cadre("WC-01", Gender::male, born("1970-01-01"));
    const auto p = f.pair(r, cadre, "2026-02-27");
    // Blocks: 02-27..03-01 (1 day in P), 03-02..03-04, 03-05..03-07, 03-08..03-10.
    const AuditResult result = run(f, f.options("2026-03-01", "2026-03-10", "2026-03-10"),
                                   {visit(r, cadre, "2026-03-03"), visit(r, cadre, "2026-03-09")});
    const RuleResult& any = rule_of(result, p, Measure::any);
    REQUIRE(any.buckets.size() == 4);
    CHECK(any.buckets[0].bucket == Bucket{day("2026-02-27"), day("2026-03-01")});
    CHECK(any.buckets[0].required == 0);  // 1 × 1/3
    CHECK(any.buckets[1].done == 1);
    CHECK(any.buckets[2].status == Status::missed);
    CHECK(any.buckets[3].done == 1);
    CHECK(any.required == 3);
    CHECK(any.done == 2);
  }

  TEST_CASE("visits in any order give the same numbers") {
    Orphan f;
    const auto p = f.pair(f.girl, f.cadre, "2025-01-01");
    std::vector<Visit> visits = {visit(f.girl, f.cadre, "2026-11-01"), visit(f.girl, f.cadre, "2026-01-05"),
                                 visit(f.girl, f.cadre, "2026-06-01", Mode::home),
                                 visit(f.girl, f.cadre, "2026-03-01")};
    const AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-12-31");
    const AuditResult shuffled = run(f, options, visits);
    std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.date < b.date; });
    const AuditResult sorted = run(f, options, visits);
    CHECK(rule_of(shuffled, p, Measure::contacts).done == rule_of(sorted, p, Measure::contacts).done);
    CHECK(rule_of(shuffled, p, Measure::contacts).last_record == day("2026-11-01"));
    CHECK(shuffled.findings == sorted.findings);
  }

  TEST_CASE("record lines are kept per bucket only for the explained recipient") {
    Orphan f;
    const auto other = f.add_recipient("620102201705100021", Category::orphan, Gender::female, born("2017-05-10"));
    const auto p = f.pair(f.girl, f.cadre, "2025-01-01");
    const auto q = f.pair(other, f.cadre, "2025-01-01");
    AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-12-31");
    options.explain_recipient = f.girl;
    const AuditResult result =
        run(f, options,
            {visit(f.girl, f.cadre, "2026-02-01", Mode::phone, 7), visit(f.girl, f.cadre, "2026-03-01", Mode::home, 9),
             visit(other, f.cadre, "2026-02-01", Mode::phone, 8)});
    const RuleResult& contacts = rule_of(result, p, Measure::contacts);
    REQUIRE(contacts.lines.size() == 1);
    CHECK(contacts.lines[0] == std::vector<std::uint32_t>{7});
    CHECK(rule_of(result, p, Measure::visits).lines[0] == std::vector<std::uint32_t>{9});
    CHECK(rule_of(result, q, Measure::contacts).lines.empty());
  }

  TEST_CASE("a pairing without any rule is left out of every compliance figure") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto r = f.add_recipient("500106201505100012", Category::dibao, Gender::male, born("2015-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::male, born("1970-01-01"));
    const auto p = f.pair(r, cadre, "2025-01-01");
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"));
    CHECK(result.compliance.rules_of_pairing(p).empty());
    CHECK(result.compliance.pairing_status[p] == std::nullopt);
    CHECK(result.compliance.cadre_status[cadre] == std::nullopt);
  }
}
