// The audit with roles on pairings (jiedui-audit(1) ROLES): which pairings a
// record counts for, each role's pairing checks, and the role of each row.
#include <doctest/doctest.h>

#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using jiedui::ledger::Role;

namespace {

// A pairing of `role` (the fixture pairs cadres).
std::uint32_t pair_as(Fixture& f, Role role, std::uint32_t recipient, std::uint32_t person, std::string_view start) {
  const std::uint32_t p = f.pair(recipient, person, start);
  f.ledger.pairings[p].role = role;
  return p;
}

void add_role_rule(Fixture& f, Role role, std::optional<Category> category, rules::Measure measure, int min,
                   rules::Per every) {
  f.add_rule(category, measure, min, every);
  f.rules.rules.back().role = role;
}

// The (done, status) of the one rule of pairing p.
const RuleResult& only_rule(const AuditResult& result, std::uint32_t p) {
  const auto rules = result.compliance.rules_of_pairing(p);
  REQUIRE(rules.size() == 1);
  return rules.front();
}

}  // namespace

TEST_SUITE("audit::roles") {
  TEST_CASE("a helper's record satisfies the helper's weekly rule and is not visit-not-paired") {
    Fixture f;
    f.add_gansu_orphan_rules();
    add_role_rule(f, Role::helper, std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    const auto girl = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto helper = f.add_cadre("H-1", Gender::female, born("1975-01-01"));
    const auto cadre_pairing = f.pair(girl, cadre, "2026-01-01");
    const auto helper_pairing = pair_as(f, Role::helper, girl, helper, "2026-01-01");
    // The week of Monday 2026-06-01; T is its Sunday.
    const AuditResult result = run(f, f.options("2026-06-01", "2026-06-07", "2026-06-07"),
                                   {visit(girl, helper, "2026-06-03", Mode::home)});
    CHECK(with_code(result, "visit-not-paired").empty());
    const RuleResult& weekly = only_rule(result, helper_pairing);
    CHECK(weekly.done == 1);
    CHECK(weekly.status == Status::met);
    CHECK(result.compliance.pairing_status[helper_pairing] == Status::met);
    // The cadre's own rules did not count the helper's visit.
    for (const RuleResult& r : result.compliance.rules_of_pairing(cadre_pairing)) CHECK(r.done == 0);
  }

  TEST_CASE("a record counts for the cadre pairing and not the helper pairing when the person is only the cadre") {
    Fixture f;
    add_role_rule(f, Role::cadre, std::nullopt, rules::Measure::any, 1, per(rules::Per::Kind::week));
    add_role_rule(f, Role::helper, std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    const auto r = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto helper = f.add_cadre("H-1", Gender::female, born("1975-01-01"));
    const auto cadre_pairing = f.pair(r, cadre, "2026-01-01");
    const auto helper_pairing = pair_as(f, Role::helper, r, helper, "2026-01-01");
    const AuditResult result = run(f, f.options("2026-06-01", "2026-06-07", "2026-06-07"),
                                   {visit(r, cadre, "2026-06-03", Mode::home)});
    CHECK(only_rule(result, cadre_pairing).done == 1);
    CHECK(only_rule(result, helper_pairing).done == 0);
    const auto missed = with_code(result, "visits-missed");
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].cadre == "H-1");
    CHECK(missed[0].role == Role::helper);
  }

  TEST_CASE("one person who is both the cadre and the helper: a record counts for both pairings") {
    Fixture f;
    add_role_rule(f, Role::cadre, std::nullopt, rules::Measure::any, 1, per(rules::Per::Kind::week));
    add_role_rule(f, Role::helper, std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    const auto r = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto both = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto helper_pairing = pair_as(f, Role::helper, r, both, "2025-06-01");
    const auto cadre_pairing = f.pair(r, both, "2026-01-01");
    // As looked up by the caller, and as the reader of visits.csv hands it
    // over (the first pairing, and a flag for the others).
    ledger::Visit read = visit(r, both, "2026-06-03", Mode::home);
    read.pairing = helper_pairing;
    read.more_pairings = true;
    for (const ledger::Visit& v : {visit(r, both, "2026-06-03", Mode::home), read}) {
      const AuditResult result = run(f, f.options("2026-06-01", "2026-06-07", "2026-06-07"), {v});
      CHECK(only_rule(result, cadre_pairing).done == 1);
      CHECK(only_rule(result, helper_pairing).done == 1);
      CHECK(with_code(result, "visit-not-paired").empty());
    }
  }

  TEST_CASE("a record by nobody paired with the recipient is visit-not-paired with an empty role") {
    Fixture f;
    add_role_rule(f, Role::helper, std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    const auto r = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto helper = f.add_cadre("H-1", Gender::female, born("1975-01-01"));
    const auto stranger = f.add_cadre("S-1", Gender::female, born("1975-01-01"));
    pair_as(f, Role::helper, r, helper, "2026-01-01");
    const AuditResult result = run(f, f.options("2026-06-01", "2026-06-07", "2026-06-07"),
                                   {visit(r, stranger, "2026-06-03", Mode::home, 7)});
    const auto rows = with_code(result, "visit-not-paired");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].role == std::nullopt);
    CHECK(rows[0].detail == "line 7: record by cadre S-1, who is none of the recipient's paired people on 2026-06-03");
  }

  TEST_CASE("a male helper under 40 years older than a female orphan is gender-mismatch, role helper") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto girl = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto helper = f.add_cadre("H-1", Gender::male, born("1980-01-01"));
    f.pair(girl, cadre, "2026-01-01");
    pair_as(f, Role::helper, girl, helper, "2026-01-01");
    AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-06-30");
    options.gender_gap = 40;
    const auto rows = with_code(run(f, options), "gender-mismatch");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].cadre == "H-1");
    CHECK(rows[0].role == Role::helper);
    CHECK(rows[0].detail == "female orphan with a male helper 36 years 4 months older (40 years needed)");
  }

  TEST_CASE("helper unpaired only with a role column and only where a helper rule applies") {
    Fixture f;
    f.add_gansu_orphan_rules();
    add_role_rule(f, Role::helper, Category::orphan, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    const auto orphan = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto disabled = f.add_recipient("620102198005100028", Category::disabled, Gender::female, born("1980-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    f.pair(orphan, cadre, "2026-01-01");
    f.pair(disabled, cadre, "2026-01-01");
    const AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-06-30");

    // A set that never recorded roles: no helper is expected.
    CHECK(with_code(run(f, options), "unpaired").empty());

    f.ledger.has_roles = true;
    auto rows = with_code(run(f, options), "unpaired");
    REQUIRE(rows.size() == 1);  // the disabled recipient has no helper rule
    CHECK(rows[0].recipient == "620102201605100023");
    CHECK(rows[0].role == Role::helper);
    CHECK(rows[0].cadre.empty());
    CHECK(rows[0].detail == "no active helper pairing on 2026-06-30");

    // Once paired with a helper, nothing.
    pair_as(f, Role::helper, orphan, f.add_cadre("H-1", Gender::female, born("1975-01-01")), "2026-06-01");
    CHECK(with_code(run(f, options), "unpaired").empty());
  }

  TEST_CASE("unpaired rows of both roles: cadre before helper, the role the last sort key") {
    Fixture f;
    add_role_rule(f, Role::helper, std::nullopt, rules::Measure::visits, 1, per(rules::Per::Kind::week));
    f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.ledger.has_roles = true;
    const auto rows = with_code(run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30")), "unpaired");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].role == Role::cadre);
    CHECK(rows[0].detail == "no active pairing on 2026-06-30");
    CHECK(rows[1].role == Role::helper);
  }

  TEST_CASE("a teacher pairing is not audited for frequency and gives no no-rule") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto girl = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto teacher = f.add_cadre("T-1", Gender::female, born("1990-01-01"));
    f.pair(girl, cadre, "2026-01-01");
    const auto teaching = pair_as(f, Role::teacher, girl, teacher, "2026-01-01");
    f.ledger.has_roles = true;
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-12-31"),
                                   {visit(girl, teacher, "2026-03-03", Mode::home)});
    CHECK(result.compliance.rules_of_pairing(teaching).empty());
    CHECK(result.compliance.pairing_status[teaching] == std::nullopt);
    for (const Finding& row : result.findings) {
      CAPTURE(row.code);
      CHECK(row.cadre != "T-1");  // the teacher's record counts for the teacher's pairing: not visit-not-paired
    }
    CHECK(with_code(result, "no-rule").empty());
  }

  TEST_CASE("no-rule, aged-out and household-split are the cadre's; cadre-unavailable is any role's") {
    Fixture f;
    f.add_rule(Category::disabled, rules::Measure::any, 1, per(rules::Per::Kind::year));
    const auto adult = f.add_recipient("620102200001010027", Category::orphan, Gender::female, born("2000-01-01"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1970-01-01"));
    const auto gone = f.add_cadre("H-1", Gender::female, born("1970-01-01"), ledger::CadreStatus::left);
    f.pair(adult, cadre, "2026-01-01");
    pair_as(f, Role::helper, adult, gone, "2026-01-01");
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"));
    const auto no_rule = with_code(result, "no-rule");
    REQUIRE(no_rule.size() == 1);
    CHECK(no_rule[0].role == Role::cadre);
    const auto aged = with_code(result, "aged-out");
    REQUIRE(aged.size() == 1);
    CHECK(aged[0].cadre == "C-1");
    CHECK(aged[0].role == Role::cadre);
    const auto unavailable = with_code(result, "cadre-unavailable");
    REQUIRE(unavailable.size() == 1);
    CHECK(unavailable[0].cadre == "H-1");
    CHECK(unavailable[0].role == Role::helper);
    CHECK(unavailable[0].detail == "helper has left but is still paired on 2026-06-30");
  }

  TEST_CASE("household-split looks at cadre pairings only: different helpers do not split a household") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto a = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"), "", "H1");
    const auto b = f.add_recipient("620102201605100041", Category::orphan, Gender::female, born("2016-05-10"), "", "H1");
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    f.pair(a, cadre, "2026-01-01");
    f.pair(b, cadre, "2026-01-01");
    pair_as(f, Role::helper, a, f.add_cadre("H-1", Gender::female, born("1975-01-01")), "2026-01-01");
    pair_as(f, Role::helper, b, f.add_cadre("H-2", Gender::female, born("1975-01-01")), "2026-01-01");
    CHECK(with_code(run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30")), "household-split").empty());
  }
}
