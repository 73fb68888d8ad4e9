// report::make_role_report (report roles): per district, for each role, the
// active recipients with an active pairing of that role on R and the
// distinct persons of those pairings; the total counts a person once.
#include <doctest/doctest.h>

#include "report/role_report.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit::testing;
using ledger::Role;

namespace {

constexpr int idx(Role role) { return static_cast<int>(role); }

void set_role(Fixture& f, std::uint32_t pairing, Role role) {
  f.ledger.pairings[pairing].role = role;
  f.ledger.has_roles = true;
}

}  // namespace

TEST_SUITE("report::make_role_report") {
  TEST_CASE("a teacher serving orphans in two villages counts once in the total, once in each village") {
    Fixture f;
    const auto teacher = f.add_cadre("T-1", Gender::female, born("1985-01-01"));
    const auto cadre = f.add_cadre("C-1", Gender::female, born("1975-01-01"));
    f.district = {"平凉市", "崆峒区", "崆峒镇", "西沟村"};
    const auto a = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    f.district = {"平凉市", "崆峒区", "崆峒镇", "东沟村"};
    const auto b = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    const auto c = f.add_recipient("620102201605100040", Category::orphan, Gender::female, born("2016-05-10"));
    set_role(f, f.pair(a, teacher, "2026-01-01"), Role::teacher);
    set_role(f, f.pair(b, teacher, "2026-01-01"), Role::teacher);
    set_role(f, f.pair(c, teacher, "2026-07-01", "2026-08-31"), Role::teacher);  // ended before R
    f.pair(a, cadre, "2026-01-01");
    f.pair(b, cadre, "2026-01-01");
    const auto report = report::make_role_report(f.ledger, day("2026-09-30"), report::DistrictLevel::village);
    REQUIRE(report.rows.size() == 2);
    CHECK(report.rows[0].path.back() == "东沟村");
    CHECK(report.rows[0].recipients[idx(Role::teacher)] == 1);
    CHECK(report.rows[0].persons[idx(Role::teacher)] == 1);
    CHECK(report.rows[1].recipients[idx(Role::teacher)] == 1);
    CHECK(report.total.recipients[idx(Role::teacher)] == 2);
    CHECK(report.total.persons[idx(Role::teacher)] == 1);
    CHECK(report.total.recipients[idx(Role::cadre)] == 2);
    CHECK(report.total.persons[idx(Role::cadre)] == 1);
    CHECK(report.total.recipients[idx(Role::medic)] == 0);
  }

  TEST_CASE("an exited recipient's district still has its row, with zeros") {
    Fixture f;
    const auto v = f.add_cadre("V-1", Gender::male, born("1985-01-01"));
    const auto r = f.add_recipient("620102194005100066", Category::extremely_poor, Gender::female, born("1940-05-10"));
    f.ledger.recipients[r].status = ledger::RecipientStatus::exited;
    set_role(f, f.pair(r, v, "2026-01-01"), Role::village);
    const auto report = report::make_role_report(f.ledger, day("2026-09-30"), report::DistrictLevel::county);
    REQUIRE(report.rows.size() == 1);
    CHECK(report.rows[0].path == std::vector<std::string>{"平凉市", "崆峒区"});
    CHECK(report.rows[0].recipients[idx(Role::village)] == 0);
    CHECK(report.total.persons[idx(Role::village)] == 0);
  }

  TEST_CASE("the table has the district columns, then recipients and persons per role in role order") {
    Fixture f;
    f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    const auto table =
        report::role_table(report::make_role_report(f.ledger, day("2026-09-30"), report::DistrictLevel::city));
    REQUIRE(table.columns.size() == 13);
    CHECK(table.columns[1].name == "cadre_recipients");
    CHECK(table.columns[4].name == "helper_persons");
    CHECK(table.columns[4].zh == "关爱帮扶联系人_人数");
    CHECK(table.columns[12].name == "village_persons");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1][0] == "total");
  }
}
