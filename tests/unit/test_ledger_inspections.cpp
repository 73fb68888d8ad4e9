// inspections.csv (督查表): read and checked like the other ledgers.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/inspections.hpp"
#include "ledger/ledger.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::ledger;

namespace {

constexpr const char* kRecipient = "341502194507080220";

// A set of one recipient, a cadre (WC-C01) and a helper (WC-H01, from
// 2026-01-01) plus inspections.csv = `inspections`; returns the problems
// ("LINE:COLUMN severity[code]") and the rows kept.
struct Read {
  std::vector<std::string> problems;
  Inspections inspections;
};

Read read(const std::string& inspections) {
  jiedui::testing::TempDir t("inspections");
  t.write("recipients.csv", fmt::format("id,name,category,level,city,county,township,village\n"
                                        "{},李秀英,elderly_alone,2,六安市,金安区,望城街道,长岗社区\n",
                                        kRecipient));
  t.write("cadres.csv", "id,name,gender,birth\nWC-C01,周建国,M,1975-03\nWC-H01,钱淑芬,F,1966-09\n");
  t.write("pairings.csv", fmt::format("recipient,cadre,start,role\n{0},WC-C01,2026-01-01,cadre\n"
                                      "{0},WC-H01,2026-01-01,helper\n",
                                      kRecipient));
  t.write("visits.csv", "date,recipient,cadre,mode\n");
  t.write("inspections.csv", inspections);
  LoadOptions options;
  options.today = *parse_day("2026-07-10");
  CollectingSink sink;
  const Ledger ledger = load_ledger(t.dir(), options, sink);
  Read out;
  out.inspections = load_inspections(ledger, options, sink);
  for (const auto& d : sink.diagnostics)
    out.problems.push_back(fmt::format("{}:{} {}[{}]", d.line, d.column, severity_name(d.severity), code_name(d.code)));
  return out;
}

std::string row(std::string_view helper, std::string_view answers, std::string_view date = "2026-04-08") {
  return fmt::format("{},{},{},{}\n", date, kRecipient, helper, answers);
}

const std::string kHeader = "date,recipient,helper,visited,activities,environment,satisfied\n";

}  // namespace

TEST_SUITE("ledger::inspections") {
  TEST_CASE("yes/no aliases: yes/no, y/n, 1/0, 是/否, 满意/不满意, √/×, any case") {
    for (const char* yes : {"yes", "YES", "y", "Y", "1", "是", "满意", "√", " yes "}) CHECK(parse_yes_no(yes) == true);
    for (const char* no : {"no", "No", "n", "N", "0", "否", "不满意", "×"}) CHECK(parse_yes_no(no) == false);
    for (const char* neither : {"", "ok", "2", "x", "不", "maybe"}) CHECK(!parse_yes_no(neither));
  }

  TEST_CASE("an inspection fails when any of the four answers is no") {
    const Read r = read(kHeader + row("WC-H01", "yes,yes,yes,yes") + row("WC-H01", "是,是,否,满意") +
                        row("WC-H01", "1,1,1,不满意"));
    CHECK(r.problems.empty());
    REQUIRE(r.inspections.rows.size() == 3);
    CHECK(!r.inspections.rows[0].failed());
    CHECK(r.inspections.rows[1].failed());
    CHECK(r.inspections.rows[2].failed());
  }

  TEST_CASE("inspection-not-paired: the cadre, not the helper, inspected; the row is kept but counts for no pairing") {
    const Read r = read(kHeader + row("WC-C01", "yes,yes,no,yes") + row("WC-H01", "yes,yes,yes,yes", "2025-12-31"));
    CHECK(r.problems == std::vector<std::string>{"2:3 warning[inspection-not-paired]",
                                                 "3:3 warning[inspection-not-paired]"});
    CHECK(r.inspections.rows.size() == 2);
  }

  TEST_CASE("unknown ids, bad and future dates, bad and empty answers are errors and leave the row out") {
    const Read r = read(kHeader + row("WC-H09", "yes,yes,yes,yes") + row("WC-H01", "yes,ok,yes,yes") +
                        row("WC-H01", "yes,,yes,yes") + row("WC-H01", "yes,yes,yes,yes", "2026-02-30") +
                        row("WC-H01", "yes,yes,yes,yes", "2026-07-11") +
                        "2026-04-08,341502194507080221,WC-H01,yes,yes,yes,yes\n");
    CHECK(r.problems == std::vector<std::string>{"2:3 error[unknown-cadre]", "3:5 error[bad-value]",
                                                 "4:5 error[missing-value]", "5:1 error[bad-date]",
                                                 "6:1 error[future-date]", "7:2 error[unknown-recipient]"});
    CHECK(r.inspections.rows.empty());
  }

  TEST_CASE("Chinese headers of the form, in GB18030, read as the English ones") {
    // 督查时间,关爱帮扶对象身份证号,联系人编号,督查人员,是否开展联系走访,是否开展关爱帮扶活动,家庭环境,满意度,备注
    // with answers 是,是,否,满意, encoded in GB18030.
    const std::string header =
        "\xb6\xbd\xb2\xe9\xca\xb1\xbc\xe4,\xb9\xd8\xb0\xae\xb0\xef\xb7\xf6\xb6\xd4\xcf\xf3\xc9\xed\xb7\xdd\xd6\xa4"
        "\xba\xc5,\xc1\xaa\xcf\xb5\xc8\xcb\xb1\xe0\xba\xc5,\xb6\xbd\xb2\xe9\xc8\xcb\xd4\xb1,\xca\xc7\xb7\xf1\xbf\xaa"
        "\xd5\xb9\xc1\xaa\xcf\xb5\xd7\xdf\xb7\xc3,\xca\xc7\xb7\xf1\xbf\xaa\xd5\xb9\xb9\xd8\xb0\xae\xb0\xef\xb7\xf6"
        "\xbb\xee\xb6\xaf,\xbc\xd2\xcd\xa5\xbb\xb7\xbe\xb3,\xc2\xfa\xd2\xe2\xb6\xc8,\xb1\xb8\xd7\xa2\n";
    const Read r = read(header + fmt::format("2026-04-08,{},WC-H01,,\xca\xc7,\xca\xc7,\xb7\xf1,\xc2\xfa\xd2\xe2,\n",
                                             kRecipient));
    CHECK(r.problems.empty());
    REQUIRE(r.inspections.rows.size() == 1);
    CHECK(r.inspections.rows[0].visited);
    CHECK(!r.inspections.rows[0].environment);
    CHECK(r.inspections.rows[0].satisfied);
  }

  TEST_CASE("no inspections.csv: not present, no rows, no problems") {
    jiedui::testing::TempDir t("no-inspections");
    t.write("recipients.csv", "id,name,category,city,county,township,village\n");
    t.write("cadres.csv", "id,name,gender,birth\n");
    t.write("pairings.csv", "recipient,cadre,start\n");
    LoadOptions options;
    CollectingSink sink;
    const Ledger ledger = load_ledger(t.dir(), options, sink);
    const Inspections found = load_inspections(ledger, options, sink);
    CHECK(!found.present);
    CHECK(sink.diagnostics.empty());
  }
}
