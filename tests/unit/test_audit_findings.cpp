// The pairing checks, finding rows, their SPEC §5 order, and the row filters.
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/finding_filter.hpp"
#include "audit/pairing_checks.hpp"
#include "error.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using namespace jiedui::audit::testing;
using jiedui::ledger::CadreStatus;
using jiedui::ledger::RecipientStatus;

namespace {

Finding row(Severity severity, std::string code, std::string city, std::string cadre = "", std::string recipient = "") {
  Finding f;
  f.severity = severity;
  f.code = std::move(code);
  f.city = std::move(city);
  f.cadre = std::move(cadre);
  f.recipient = std::move(recipient);
  return f;
}

std::vector<std::string> codes_and_recipients(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.code + " " + f.recipient);
  return out;
}

}  // namespace

TEST_SUITE("audit::pairing checks") {
  TEST_CASE("unpaired: a recipient active on T with no pairing active on T") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto ended = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(ended, cadre, "2025-01-01", "2026-05-31");
    const auto exited = f.add_recipient("620102201605100041", Category::orphan, Gender::female, born("2016-05-10"));
    f.ledger.recipients[exited].status = RecipientStatus::exited;
    f.ledger.recipients[exited].exit_date = day("2026-06-01");
    const auto exits_later =
        f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    f.ledger.recipients[exits_later].status = RecipientStatus::exited;
    f.ledger.recipients[exits_later].exit_date = day("2026-07-01");  // the first day out: active on 06-30
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"));
    const auto rows = with_code(result, "unpaired");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].recipient == "620102201605100023");
    CHECK(rows[0].severity == Severity::error);
    CHECK(rows[0].cadre.empty());
    CHECK(rows[0].from == std::nullopt);
    CHECK(rows[0].detail == "no active pairing on 2026-06-30");
    CHECK(rows[0].city == "平凉市");
    CHECK(rows[0].village == "西沟村");
    CHECK(rows[0].recipient_name == "对象1");
    CHECK(rows[1].recipient == "620102201605100066");
  }

  TEST_CASE("household-split: one row per paired member when the members' cadres differ") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto c1 = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto c2 = f.add_cadre("C-2", Gender::female, born("1981-01-01"));
    const auto a =
        f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"), "", "H-1");
    const auto b =
        f.add_recipient("620102201805100020", Category::orphan, Gender::female, born("2018-05-10"), "", "H-1");
    const auto unpaired =
        f.add_recipient("620102201905100026", Category::orphan, Gender::female, born("2019-05-10"), "", "H-1");
    const auto d =
        f.add_recipient("620102201605100041", Category::orphan, Gender::female, born("2016-05-10"), "", "H-2");
    const auto e =
        f.add_recipient("620102201805100047", Category::orphan, Gender::female, born("2018-05-10"), "", "H-2");
    f.pair(a, c1, "2025-01-01");
    f.pair(b, c2, "2025-01-01");
    f.pair(d, c1, "2025-01-01");
    f.pair(e, c1, "2025-01-01");
    (void)unpaired;
    const AuditResult result = run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"));
    const auto rows = with_code(result, "household-split");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].severity == Severity::warning);
    CHECK(rows[0].cadre == "C-1");
    CHECK(rows[0].recipient == "620102201605100023");
    CHECK(rows[1].cadre == "C-2");
    CHECK(rows[1].recipient == "620102201805100020");
    CHECK(rows[0].detail == "household H-1: 2 paired members with 2 different cadres");
    CHECK(rows[0].from == std::nullopt);
  }

  TEST_CASE("aged-out: an active orphan 18 or more on T, a 29 February birthday on 1 March") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto leapling = f.add_recipient("620102200802290025", Category::orphan, Gender::female, born("2008-02-29"));
    const auto unpaired =
        f.add_recipient("620102200701010028", Category::unsupported_child, Gender::female, born("2007-01-01"));
    const auto disabled = f.add_recipient("620102200001010026", Category::disabled, Gender::female, born("2000-01-01"));
    f.pair(leapling, cadre, "2020-01-01");
    f.pair(disabled, cadre, "2020-01-01");
    (void)unpaired;
    const AuditOptions on_28th = f.options("2026-01-01", "2026-12-31", "2026-02-28");
    CHECK(codes_and_recipients(with_code(run(f, on_28th), "aged-out")) ==
          std::vector<std::string>{"aged-out 620102200701010028"});
    const auto rows = with_code(run(f, f.options("2026-01-01", "2026-12-31", "2026-03-01")), "aged-out");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cadre == "");  // no pairing on T
    CHECK(rows[0].recipient == "620102200701010028");
    CHECK(rows[1].cadre == "C-1");
    CHECK(rows[1].severity == Severity::warning);
    CHECK(rows[1].detail == "orphan aged 18 years on 2026-03-01");
  }

  TEST_CASE("cadre-unavailable: a pairing active on T with a cadre who left, from/to the pairing's") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto left = f.add_cadre("C-LEFT", Gender::female, born("1980-01-01"), CadreStatus::left);
    const auto retired = f.add_cadre("C-RET", Gender::female, born("1960-01-01"), CadreStatus::retired);
    const auto a = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto b = f.add_recipient("620102201605100041", Category::orphan, Gender::female, born("2016-05-10"));
    const auto c = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(a, left, "2025-01-01", "2026-12-31");
    f.pair(b, retired, "2025-01-01");  // seed 001 §5(3): a retired cadre may keep pairings
    f.pair(c, left, "2025-01-01", "2026-03-31");  // ended before T
    f.pair(c, retired, "2026-04-01");
    const auto rows = with_code(run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30")), "cadre-unavailable");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].severity == Severity::error);
    CHECK(rows[0].cadre == "C-LEFT");
    CHECK(rows[0].from == day("2025-01-01"));
    CHECK(rows[0].to == day("2026-12-31"));
    CHECK(rows[0].detail == "cadre has left but is still paired on 2026-06-30");
  }

  TEST_CASE("visit-not-paired: a record with no pairing on its date") {
    Fixture f;
    f.add_gansu_orphan_rules();
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto girl = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(girl, cadre, "2026-04-01");
    const auto rows = with_code(
        run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30"), {visit(girl, cadre, "2026-03-15", Mode::home, 12)}),
        "visit-not-paired");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].cadre == "C-1");
    CHECK(rows[0].cadre_name == "干部1");
    CHECK(rows[0].detail == "line 12: record by cadre C-1, no pairing on 2026-03-15");
  }

  TEST_CASE("no-rule: one notice per recipient active on T with a pairing in P and no matching rule") {
    Fixture f;
    f.rules.source = "profile gansu";
    f.add_gansu_orphan_rules();
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto dibao = f.add_recipient("620102198005100028", Category::dibao, Gender::female, born("1980-05-10"), "1");
    const auto not_in_p = f.add_recipient("620102198005100044", Category::dibao, Gender::female, born("1980-05-10"));
    const auto orphan = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(dibao, cadre, "2025-01-01", "2026-02-28");
    f.pair(dibao, cadre, "2026-03-01");  // two pairings: still one row
    f.pair(not_in_p, cadre, "2024-01-01", "2025-12-31");
    f.pair(orphan, cadre, "2025-01-01");
    const auto rows = with_code(run(f, f.options("2026-01-01", "2026-12-31", "2026-06-30")), "no-rule");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].severity == Severity::notice);
    CHECK(rows[0].recipient == "620102198005100028");
    CHECK(rows[0].cadre.empty());
    CHECK(rows[0].detail == "no rule for category dibao, level 1 in profile gansu");
  }
}

TEST_SUITE("audit::Finding") {
  TEST_CASE("findings sort by severity, district, cadre, recipient (empty first, byte order), then code and dates") {
    std::vector<Finding> findings = {
        row(Severity::notice, "no-rule", ""),
        row(Severity::warning, "aged-out", "平凉市", "C-1", "B"),
        row(Severity::error, "unpaired", "庆阳市", "", "A"),
        row(Severity::error, "unpaired", "平凉市", "", "B"),
        row(Severity::error, "gender-mismatch", "平凉市", "C-1", "A"),
        row(Severity::error, "contacts-missed", "平凉市", "C-1", "A"),
        row(Severity::error, "unpaired", "", "", "Z"),
        row(Severity::error, "unpaired", "平凉市", "", "A"),
    };
    findings[4].from = day("2026-01-01");
    Finding later = findings[4];
    later.from = day("2026-03-01");
    Finding undated = findings[4];
    undated.from = std::nullopt;
    findings.push_back(later);
    findings.push_back(undated);
    sort_findings(findings);
    std::vector<std::string> order;
    for (const Finding& f : findings) {
      order.push_back(std::string{jiedui::ledger::severity_name(f.severity)} + " " + f.city + " " + f.cadre + " " +
                      f.recipient + " " + f.code + (f.from ? " " + iso_date(*f.from) : ""));
    }
    // 平 (U+5E73) sorts before 庆 (U+5E86) in UTF-8 byte order.
    CHECK(order == std::vector<std::string>{
                       "error   Z unpaired",
                       "error 平凉市  A unpaired",
                       "error 平凉市  B unpaired",
                       "error 平凉市 C-1 A contacts-missed",
                       "error 平凉市 C-1 A gender-mismatch",
                       "error 平凉市 C-1 A gender-mismatch 2026-01-01",
                       "error 平凉市 C-1 A gender-mismatch 2026-03-01",
                       "error 庆阳市  A unpaired",
                       "warning 平凉市 C-1 B aged-out",
                       "notice    no-rule",
                   });
  }

  TEST_CASE("sort_findings gives stable_sort by finding_before on thousands of random rows with many ties, roles too") {
    // sort_findings ranks each column and swaps rows along cycles; this is
    // the plain definition it must agree with, ties (equal keys kept in
    // input order, told apart here by detail) and absent dates included.
    std::uint64_t state = 42;
    const auto pick = [&](std::size_t n) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::size_t>((state >> 33) % n);
    };
    const std::vector<std::string> places = {"", "平凉市", "庆阳市", "崆峒区", "a", "A", "ab"};
    const std::vector<std::string> ids = {"", "C-1", "C-2", "620102198005100028", "x"};
    const std::vector<std::string> codes = {"unpaired", "no-rule", "contacts-missed", "overdue"};
    const std::vector<std::optional<Day>> days = {std::nullopt, day("1969-12-31"), day("2026-01-01"),
                                                  day("2026-03-01")};
    std::vector<Finding> findings;
    for (int i = 0; i < 3000; ++i) {
      Finding f = row(static_cast<Severity>(pick(3)), codes[pick(codes.size())], places[pick(places.size())],
                      ids[pick(ids.size())], ids[pick(ids.size())]);
      f.county = places[pick(places.size())];
      f.township = places[pick(2)];
      f.village = places[pick(3)];
      f.from = days[pick(days.size())];
      f.to = days[pick(days.size())];
      f.measure = pick(2) ? "visits" : "contacts";
      f.per = pick(2) ? "year" : "";
      if (const std::size_t role = pick(3); role > 0) f.role = static_cast<jiedui::ledger::Role>(role - 1);
      f.detail = std::to_string(i);
      findings.push_back(f);
    }
    std::vector<Finding> expected = findings;
    std::stable_sort(expected.begin(), expected.end(), finding_before);
    sort_findings(findings);
    CHECK(findings == expected);
  }

  TEST_CASE("sort_findings orders values longer than 16 bytes sharing a prefix, NULs and high bytes, on 2 threads too") {
    // Columns are ranked on their first 16 bytes and length; only longer
    // values with the same 16 bytes are compared whole. 9,000 rows, so two
    // threads rank them.
    using namespace std::string_literals;
    const std::vector<std::string> values = {"",
                                             "6201021980051000",
                                             "62010219800510002",
                                             "620102198005100028",
                                             "620102198005100029",
                                             "62010219800510002X",
                                             "6201021980051000\0"s,
                                             "6201021980051000\0\0"s,
                                             "620102198005100\0"s,
                                             "\xff",
                                             "\x80" "abc",
                                             "平凉市崆峒区崆峒镇某某村委会",
                                             "平凉市崆峒区崆峒镇某某村委员会"};
    std::uint64_t state = 7;
    const auto pick = [&](std::size_t n) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::size_t>((state >> 33) % n);
    };
    std::vector<Finding> findings;
    for (int i = 0; i < 9000; ++i) {
      Finding f = row(static_cast<Severity>(pick(2)), "no-rule", values[pick(values.size())],
                      values[pick(values.size())], values[pick(values.size())]);
      f.village = values[pick(values.size())];
      f.detail = std::to_string(i);
      findings.push_back(f);
    }
    std::vector<Finding> expected = findings;
    std::stable_sort(expected.begin(), expected.end(), finding_before);
    std::vector<Finding> two = findings;
    sort_findings(findings);
    sort_findings(two, 2);
    CHECK(findings == expected);
    CHECK(two == expected);
  }

  TEST_CASE("measure and per break ties after the dates") {
    Finding a = row(Severity::error, "overdue", "平凉市", "C-1", "A");
    a.measure = "visits";
    Finding b = a;
    b.measure = "contacts";
    CHECK(finding_before(b, a));
    CHECK_FALSE(finding_before(a, b));
  }

  TEST_CASE("every code a finding can carry, for --only") {
    const auto all = finding_codes();
    CHECK(all.size() == 21);
    CHECK(std::find(all.begin(), all.end(), "help-behind") != all.end());
    CHECK(std::find(all.begin(), all.end(), "gap-exceeded") != all.end());
    CHECK(std::find(all.begin(), all.end(), "helper-strike") != all.end());
    CHECK(std::find(all.begin(), all.end(), "helper-not-terminated") != all.end());
    CHECK(compliance_code(jiedui::rules::Measure::contacts, Status::missed) == "contacts-missed");
  }
}

TEST_SUITE("audit::FindingFilter") {
  TEST_CASE("--only keeps the listed codes") {
    const FindingFilter filter = make_finding_filter("unpaired, contacts-missed", "", "");
    CHECK(filter.keeps(row(Severity::error, "unpaired", "平凉市")));
    CHECK(filter.keeps(row(Severity::error, "contacts-missed", "平凉市")));
    CHECK_FALSE(filter.keeps(row(Severity::error, "aged-out", "平凉市")));
  }

  TEST_CASE("--only with an unknown code is a usage error") {
    CHECK_THROWS_AS(make_finding_filter("unpaird", "", ""), jiedui::UsageError);
    try {
      make_finding_filter("unpaird", "", "");
    } catch (const jiedui::UsageError& e) {
      CHECK(std::string{e.what()}.rfind("--only: unknown finding code 'unpaird' (known: gender-mismatch, ", 0) == 0);
    }
  }

  TEST_CASE("--district matches leading components of the recipient's path") {
    Finding f = row(Severity::error, "unpaired", "平凉市");
    f.county = "崆峒区";
    f.township = "崆峒镇";
    CHECK(make_finding_filter("", "平凉市", "").keeps(f));
    CHECK(make_finding_filter("", "平凉市/崆峒区", "").keeps(f));
    CHECK(make_finding_filter("", "平凉市/崆峒区/", "").keeps(f));
    CHECK_FALSE(make_finding_filter("", "平凉市/泾川县", "").keeps(f));
    CHECK_FALSE(make_finding_filter("", "平凉", "").keeps(f));  // whole components, not a text prefix
    CHECK_FALSE(make_finding_filter("", "平凉市/崆峒区/崆峒镇/西沟村", "").keeps(f));
    CHECK_THROWS_AS(make_finding_filter("", "a/b/c/d/e", ""), jiedui::UsageError);
  }

  TEST_CASE("--cadre keeps that cadre's rows, x upper-cased") {
    const FindingFilter filter = make_finding_filter("", "", "62010219800510002x");
    CHECK(filter.keeps(row(Severity::error, "overdue", "平凉市", "62010219800510002X")));
    CHECK_FALSE(filter.keeps(row(Severity::error, "unpaired", "平凉市")));
    std::vector<Finding> findings = {row(Severity::error, "unpaired", "平凉市"),
                                     row(Severity::error, "overdue", "平凉市", "62010219800510002X")};
    apply_filter(filter, findings);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "overdue");
  }
}
