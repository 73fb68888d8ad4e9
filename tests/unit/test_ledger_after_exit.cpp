// pairing-after-exit, the check load_ledger makes once pairings.csv is read:
// exit_date is the recipient's first day out and a pairing's end its last
// day, so a pairing must end by the day before exit_date.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::ledger;

namespace {

// One recipient (status, exit_date as given) and one cadre; `pairings` are
// rows "start,end" of that pair. Returns every problem check reports, as
// "LINE:COLUMN severity[code]: message".
std::vector<std::string> problems(const std::string& status, const std::string& exit_date,
                                  const std::vector<std::string>& pairings) {
  jiedui::testing::TempDir t("after-exit");
  t.write("recipients.csv",
          "id,name,category,city,county,township,village,status,exit_date\n"
          "620802194503121024,赵一,extremely_poor,平凉市,崆峒区,白水镇,白水村," +
              status + "," + exit_date + "\n");
  t.write("cadres.csv", "id,name,gender,birth\nGS-0001,李娟,女,1982-04\n");
  std::string rows = "recipient,cadre,start,end\n";
  for (const auto& p : pairings) rows += "620802194503121024,GS-0001," + p + "\n";
  t.write("pairings.csv", rows);
  t.write("visits.csv", "date,recipient,cadre,mode\n");
  LoadOptions options;
  options.today = *parse_day("2026-11-20");
  CollectingSink sink;
  (void)load_ledger(t.dir(), options, sink);
  std::vector<std::string> out;
  for (const auto& d : sink.diagnostics)
    out.push_back(fmt::format("{}:{} {}[{}]: {}", d.line, d.column, severity_name(d.severity), code_name(d.code),
                              d.message));
  return out;
}

const std::string kExited = "recipient 620802194503121024 exited on 2026-06-30 (exit_date, the first day out)";

}  // namespace

TEST_SUITE("ledger::load pairing-after-exit") {
  TEST_CASE("a pairing that ends the day before exit_date is fine") {
    CHECK(problems("exited", "2026-06-30", {"2025-01-01,2026-06-29"}).empty());
  }

  TEST_CASE("a pairing that ends on exit_date is active on the first day out: a warning at its end") {
    CHECK(problems("exited", "2026-06-30", {"2025-01-01,2026-06-30"}) ==
          std::vector<std::string>{"2:4 warning[pairing-after-exit]: " + kExited +
                                   ", but this pairing ends on 2026-06-30: its last day should be 2026-06-29"});
  }

  TEST_CASE("an open pairing of an exited recipient is a warning naming the last day it should have") {
    CHECK(problems("退出", "2026-06-30", {"2025-01-01,"}) ==
          std::vector<std::string>{"2:4 warning[pairing-after-exit]: " + kExited +
                                   ", but this pairing has no end: its last day should be 2026-06-29"});
  }

  TEST_CASE("a pairing that starts on exit_date or later is a warning at its start") {
    CHECK(problems("exited", "2026-06-30", {"2025-01-01,2026-03-31", "2026-06-30,"}) ==
          std::vector<std::string>{"3:3 warning[pairing-after-exit]: " + kExited +
                                   ", but this pairing starts on 2026-06-30"});
  }

  TEST_CASE("a planned exit_date counts too: the open pairing must end before it") {
    const auto got = problems("exited", "2027-01-01", {"2025-01-01,"});
    REQUIRE(got.size() == 1);
    CHECK(got[0].ends_with("has no end: its last day should be 2026-12-31"));
  }

  TEST_CASE("a pairing whose end cannot be read is left out, not warned about as one with no end") {
    CHECK(problems("exited", "2026-06-30", {"2025-01-01,2026-02-30"}) ==
          std::vector<std::string>{"2:4 error[bad-date]: '2026-02-30' is not a date (YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日)"});
  }

  TEST_CASE("an active recipient with an exit_date, or an exited one without, gets no pairing-after-exit") {
    CHECK(problems("active", "2026-06-30", {"2025-01-01,"}).empty());
    CHECK(problems("exited", "", {"2025-01-01,"}) ==
          std::vector<std::string>{"2:9 error[missing-exit-date]: status is exited but exit_date is empty"});
  }
}
