// The 40-year gender rule of seed 001 五(四) (SPEC §5 gender-*).
#include <doctest/doctest.h>

#include "audit/age_gap.hpp"
#include "audit/gender_rule.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using jiedui::ledger::Birth;

namespace {

GenderVerdict verdict(Gender girl_gender, Birth girl_birth, Gender cadre_gender, Birth cadre_birth, int gap = 40,
                      Category category = Category::orphan) {
  jiedui::ledger::Recipient r;
  r.category = category;
  r.gender = girl_gender;
  r.birth = girl_birth;
  jiedui::ledger::Cadre c;
  c.gender = cadre_gender;
  c.birth = cadre_birth;
  return check_gender(r, c, gap).verdict;
}

// A female orphan born 2016-05-10 with a cadre born on `cadre_birth`.
GenderVerdict with_male_cadre_born(Birth cadre_birth) {
  return verdict(Gender::female, born("2016-05-10"), Gender::male, cadre_birth);
}

}  // namespace

TEST_SUITE("audit::gender") {
  TEST_CASE("a male cadre exactly 40 years older at day precision passes as an exception, a day short is a mismatch") {
    CHECK(with_male_cadre_born(born("1976-05-10")) == GenderVerdict::exception);
    CHECK(with_male_cadre_born(born("1976-05-11")) == GenderVerdict::mismatch);
    CHECK(with_male_cadre_born(born("1950-01-01")) == GenderVerdict::exception);
    CHECK(with_male_cadre_born(born("1990-01-01")) == GenderVerdict::mismatch);
  }

  TEST_CASE("at month precision 480 months pass and 479 do not") {
    const Birth girl = born("2020-05-01");
    CHECK(age_gap(born_month("1980-05"), girl)->amount == 480);
    CHECK(age_gap(born_month("1980-05"), girl)->in_months);
    CHECK(verdict(Gender::female, girl, Gender::male, born_month("1980-05")) == GenderVerdict::exception);
    CHECK(age_gap(born_month("1980-06"), girl)->amount == 479);
    CHECK(verdict(Gender::female, girl, Gender::male, born_month("1980-06")) == GenderVerdict::mismatch);
    // Either side known only to the month makes it months.
    CHECK(verdict(Gender::female, born_month("2020-05"), Gender::male, born("1980-05-31")) == GenderVerdict::exception);
  }

  TEST_CASE("a 29 February birthday completes a year on 1 March in common years") {
    CHECK(completed_years(day("2000-02-29"), day("2018-02-28")) == 17);
    CHECK(completed_years(day("2000-02-29"), day("2018-03-01")) == 18);
    CHECK(completed_years(day("2000-02-29"), day("2024-02-29")) == 24);
    // A cadre born 1980-02-29 is 40 on 2020-02-29, and 41 only from 2021-03-01.
    CHECK(verdict(Gender::female, born("2020-02-28"), Gender::male, born("1980-02-29")) == GenderVerdict::mismatch);
    CHECK(verdict(Gender::female, born("2020-02-29"), Gender::male, born("1980-02-29")) == GenderVerdict::exception);
    CHECK(verdict(Gender::female, born("2021-02-28"), Gender::male, born("1980-02-29"), 41) == GenderVerdict::mismatch);
    CHECK(verdict(Gender::female, born("2021-03-01"), Gender::male, born("1980-02-29"), 41) ==
          GenderVerdict::exception);
  }

  TEST_CASE("a female cadre passes, and needs no birth") {
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::female, Birth{}) == GenderVerdict::passes);
  }

  TEST_CASE("unverifiable only when the outcome depends on the missing value") {
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::male, Birth{}) == GenderVerdict::unverifiable);
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::unknown, born("1990-01-01")) ==
          GenderVerdict::unverifiable);
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::unknown, Birth{}) == GenderVerdict::unverifiable);
    // Known to be ≥ 40 years older: the gender does not matter.
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::unknown, born("1970-01-01")) == GenderVerdict::passes);
    // A girl whose gender is not known: she may be a girl.
    CHECK(verdict(Gender::unknown, born("2016-05-10"), Gender::male, born("1990-01-01")) ==
          GenderVerdict::unverifiable);
    CHECK(verdict(Gender::unknown, born("2016-05-10"), Gender::male, born("1970-01-01")) == GenderVerdict::passes);
  }

  TEST_CASE("the rule is for girls who are orphans or unsupported children, and off at gap 0") {
    CHECK(verdict(Gender::male, born("2016-05-10"), Gender::male, born("1990-01-01")) == GenderVerdict::not_applicable);
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::male, born("1990-01-01"), 40, Category::disabled) ==
          GenderVerdict::not_applicable);
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::male, born("1990-01-01"), 40,
                  Category::unsupported_child) == GenderVerdict::mismatch);
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::male, born("1990-01-01"), 0) ==
          GenderVerdict::not_applicable);
    // --gender-gap 25 moves the bound.
    CHECK(verdict(Gender::female, born("2016-05-10"), Gender::male, born("1990-01-01"), 25) ==
          GenderVerdict::exception);
  }
}

TEST_SUITE("audit::gender findings") {
  TEST_CASE("gender-mismatch, gender-exception and gender-unverifiable rows, with W as from/to") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto a = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto b = f.add_recipient("620102201605100041", Category::orphan, Gender::female, born("2016-05-10"));
    const auto c = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    const auto young = f.add_cadre("GS-01", Gender::male, born("1991-05-10"));
    const auto old = f.add_cadre("GS-02", Gender::male, born("1976-05-10"));
    const auto unknown = f.add_cadre("GS-03", Gender::male, Birth{});
    f.pair(a, young, "2026-03-01");
    f.pair(b, old, "2025-01-01", "2026-05-31");
    f.pair(c, unknown, "2025-01-01");
    f.pair(c, f.add_cadre("GS-04", Gender::male, born("1990-01-01")), "2023-01-01", "2024-12-31");  // not in P
    AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-06-30");
    options.gender_gap = 40;
    const AuditResult result = run(f, options);

    const auto mismatch = with_code(result, "gender-mismatch");
    REQUIRE(mismatch.size() == 1);
    CHECK(mismatch[0].severity == Severity::error);
    CHECK(mismatch[0].cadre == "GS-01");
    CHECK(mismatch[0].from == day("2026-03-01"));
    CHECK(mismatch[0].to == day("2026-12-31"));
    CHECK(mismatch[0].required == std::nullopt);
    CHECK(mismatch[0].detail == "female orphan with a male cadre 25 years older (40 years needed)");

    const auto exception = with_code(result, "gender-exception");
    REQUIRE(exception.size() == 1);
    CHECK(exception[0].severity == Severity::notice);
    CHECK(exception[0].from == day("2026-01-01"));
    CHECK(exception[0].to == day("2026-05-31"));
    CHECK(exception[0].detail == "female orphan with a male cadre 40 years older (40 years needed)");

    const auto unverifiable = with_code(result, "gender-unverifiable");
    REQUIRE(unverifiable.size() == 1);
    CHECK(unverifiable[0].severity == Severity::error);
    CHECK(unverifiable[0].cadre == "GS-03");
    CHECK(unverifiable[0].detail ==
          "female orphan with a male cadre; age gap unknown without the cadre's birth (40 years needed)");
  }

  TEST_CASE("month precision: the detail says 39 years 11 months, not 479 months") {
    Fixture f;
    const auto girl = f.add_recipient("620102202005010025", Category::orphan, Gender::female, born("2020-05-01"));
    f.pair(girl, f.add_cadre("GS-01", Gender::male, born_month("1980-06")), "2025-01-01");
    AuditOptions options = f.options("2026-01-01", "2026-12-31", "2026-06-30");
    options.gender_gap = 40;
    const auto rows = with_code(run(f, options), "gender-mismatch");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].detail == "female orphan with a male cadre 39 years 11 months older (40 years needed)");
  }

  TEST_CASE("gender rule off: no gender rows") {
    Fixture f;
    const auto girl = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(girl, f.add_cadre("GS-01", Gender::male, born("1991-05-10")), "2025-01-01");
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"));
    CHECK(with_code(result, "gender-mismatch").empty());
  }
}
