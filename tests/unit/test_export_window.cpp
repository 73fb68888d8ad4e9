// exports::export_window and the export's row order (SPEC §8).
#include <doctest/doctest.h>

#include "export/monthly_export.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit::testing;

namespace {
date::year_month ym(int y, unsigned m) { return date::year{y} / date::month{m}; }
}  // namespace

TEST_SUITE("exports::export window") {
  TEST_CASE("the window runs from the 16th of the previous month to the 15th") {
    CHECK(exports::export_window(ym(2026, 6)) == audit::Period{day("2026-05-16"), day("2026-06-15")});
    CHECK(exports::export_window(ym(2027, 1)) == audit::Period{day("2026-12-16"), day("2027-01-15")});
    CHECK(exports::export_window(ym(2028, 3)) == audit::Period{day("2028-02-16"), day("2028-03-15")});
    CHECK(exports::export_window(ym(2028, 3)).days() == 29);  // leap February: 16th–29th, then 1st–15th
    CHECK(exports::export_window(ym(2027, 3)).days() == 28);
  }

  TEST_CASE("pairing changes come first, then records by date, recipient id and line") {
    Fixture f;
    const auto c = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto late = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    const auto early = f.add_recipient("620102201605100023", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(late, c, "2026-06-01", "2026-06-10");  // both ends in the window: 新增 then 解除
    f.pair(early, c, "2026-05-15");  // the day before the window: not a change
    exports::MonthlyExport file(f.ledger, exports::export_window(ym(2026, 6)), day("2026-06-30"),
                                exports::ExportContent::all);
    file.add(visit(late, c, "2026-06-15", Mode::home, 9));
    file.add(visit(early, c, "2026-06-15", Mode::phone, 12));
    file.add(visit(early, c, "2026-05-16", Mode::phone, 3));
    file.add(visit(early, c, "2026-06-16", Mode::phone, 4));  // after the 15th
    file.add(visit(early, c, "2026-05-15", Mode::phone, 5));  // before the 16th
    const auto rows = file.finish();
    REQUIRE(rows.size() == 5);
    CHECK(rows[0][0] == "新增");
    CHECK(rows[0][28] == "2026-06-01");
    CHECK(rows[1][0] == "解除");
    CHECK(rows[1][29] == "2026-06-10");
    CHECK(rows[2][31] == "2026-05-16");
    CHECK(rows[3][10] == "620102201605100023");  // same day: the smaller id first
    CHECK(rows[4][10] == "620102201605100066");
    CHECK(rows[4][32] == "家庭");
    CHECK(file.changes() == 2);
    CHECK(file.records() == 3);
    CHECK(exports::export_columns().size() == rows[0].size());
  }

  TEST_CASE("a set whose exported pairings are all cadres has no 结对角色 column, though it records roles") {
    Fixture f;
    const auto c = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto h = f.add_cadre("H-1", Gender::female, born("1985-01-01"));
    const auto r = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(r, c, "2026-06-01");
    const auto helper = f.pair(r, h, "2026-01-01");  // starts before the window: not a change
    f.ledger.pairings[helper].role = ledger::Role::helper;
    f.ledger.has_roles = true;
    exports::MonthlyExport file(f.ledger, exports::export_window(ym(2026, 6)), day("2026-06-30"),
                                exports::ExportContent::all);
    file.add(visit(r, c, "2026-06-02", Mode::home, 9));
    CHECK(file.columns().size() == 41);
    const auto rows = file.finish();
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].size() == 41);
  }

  TEST_CASE("a helper's record makes the 结对角色 column; each row names the role of the pairing it belongs to") {
    Fixture f;
    const auto c = f.add_cadre("C-1", Gender::female, born("1980-01-01"));
    const auto h = f.add_cadre("H-1", Gender::female, born("1985-01-01"));
    const auto stranger = f.add_cadre("X-1", Gender::female, born("1985-01-01"));
    const auto r = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    f.pair(r, c, "2026-01-01");
    const auto helper = f.pair(r, h, "2026-01-01");
    f.ledger.pairings[helper].role = ledger::Role::helper;
    f.ledger.has_roles = true;
    exports::MonthlyExport file(f.ledger, exports::export_window(ym(2026, 6)), day("2026-06-30"),
                                exports::ExportContent::all);
    file.add(visit(r, c, "2026-06-02", Mode::home, 7));
    file.add(visit(r, h, "2026-06-03", Mode::home, 8));
    file.add(visit(r, stranger, "2026-06-04", Mode::home, 9));  // visit-not-paired: no role
    const auto& columns = file.columns();
    REQUIRE(columns.size() == 42);
    CHECK(columns.back().name == "结对角色");
    const auto rows = file.finish();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].back() == "结对干部");
    CHECK(rows[1].back() == "关爱帮扶联系人");
    CHECK(rows[2].back() == "");
  }

  TEST_CASE("a teacher pairing that starts in the window makes the column; its 新增 row says 教师") {
    Fixture f;
    const auto t = f.add_cadre("T-1", Gender::female, born("1985-01-01"));
    const auto r = f.add_recipient("620102201605100066", Category::orphan, Gender::female, born("2016-05-10"));
    const auto p = f.pair(r, t, "2026-06-01");
    f.ledger.pairings[p].role = ledger::Role::teacher;
    f.ledger.has_roles = true;
    exports::MonthlyExport file(f.ledger, exports::export_window(ym(2026, 6)), day("2026-06-30"),
                                exports::ExportContent::changes);
    CHECK(file.columns().size() == 42);
    const auto rows = file.finish();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][0] == "新增");
    CHECK(rows[0].back() == "教师");
  }
}
