// plan_pairing_change around a recipient's exit: a pairing may not start on
// or after exit_date (the first day out) unless forced (recipient-exited),
// and a change that leaves a pairing active past the exit says so.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "test_temp_dir.hpp"
#include "write/pairing_write.hpp"

using namespace jiedui;
using Kind = write::PairingChange::Kind;

namespace {

const char* const kExitedId = "620802194503121024";  // exited 2026-06-30
const char* const kActiveId = "620802194807052136";

// Two recipients, two cadres; the exited recipient's pairing is `pairing`
// ("start,end", or "" for none), the active one is paired with GS-0002.
class Set : public testing::TempDir {
 public:
  explicit Set(const std::string& pairing) : TempDir("write-pairing") {
    write("recipients.csv",
          "id,name,category,city,county,township,village,status,exit_date\n"
          "620802194503121024,赵一,extremely_poor,平凉市,崆峒区,白水镇,白水村,exited,2026-06-30\n"
          "620802194807052136,钱二,extremely_poor,平凉市,崆峒区,白水镇,白水村,active,\n");
    write("cadres.csv", "id,name,gender,birth\nGS-0001,李娟,女,1982-04\nGS-0002,张伟,男,1975-10\n");
    std::string rows = "recipient,cadre,start,end,reason\n620802194807052136,GS-0002,2025-01-01,,\n";
    if (!pairing.empty()) rows += "620802194503121024,GS-0001," + pairing + ",\n";
    write("pairings.csv", rows);
    write("visits.csv", "date,recipient,cadre,mode\n");
  }

  write::PairingPlan plan(Kind kind, const std::string& recipient, const std::string& cadre, const std::string& date,
                          bool force = false) const {
    ledger::LoadOptions options;
    options.today = *ledger::parse_day("2026-11-20");
    ledger::CollectingSink sink;
    const ledger::Ledger set = ledger::load_ledger(dir(), options, sink);
    write::PairingChange change;
    change.kind = kind;
    change.recipient = recipient;
    change.cadre = cadre;
    change.date = *ledger::parse_day(date);
    change.reason = force ? "对象恢复在册" : kind == Kind::add ? "" : "干部调整";
    change.force = force;
    return write::plan_pairing_change(set, sink.diagnostics, change, options);
  }
};

std::vector<std::string> codes(const std::vector<write::Refusal>& list) {
  std::vector<std::string> out;
  for (const auto& r : list) out.push_back(r.code);
  return out;
}

}  // namespace

TEST_SUITE("write::plan_pairing_change recipient-exited") {
  TEST_CASE("a pairing that starts on exit_date is refused as recipient-exited, at the new row's start") {
    const Set set("");
    const auto plan = set.plan(Kind::add, kExitedId, "GS-0001", "2026-06-30");
    REQUIRE(codes(plan.refusals) == std::vector<std::string>{"recipient-exited"});
    const auto& r = plan.refusals[0];
    CHECK(r.line == 3);
    CHECK(r.column == 3);
    CHECK(r.forceable);
    CHECK(r.message ==
          "recipient 620802194503121024 exited on 2026-06-30 (exit_date, the first day out): no pairing can start on "
          "2026-06-30");
    CHECK_FALSE(plan.forced);
    CHECK(plan.warnings.empty());  // the refusal says it already
  }

  TEST_CASE("a pairing that starts the day before exit_date is written, with a warning that it stays open") {
    const Set set("");
    const auto plan = set.plan(Kind::add, kExitedId, "GS-0001", "2026-06-29");
    CHECK(plan.refusals.empty());
    REQUIRE(codes(plan.warnings) == std::vector<std::string>{"pairing-after-exit"});
    CHECK(plan.warnings[0].line == 3);
    CHECK(plan.warnings[0].message.ends_with("has no end: its last day should be 2026-06-29"));
  }

  TEST_CASE("--force --reason writes the refused pairing and keeps the reason in the row") {
    const Set set("");
    const auto plan = set.plan(Kind::add, kExitedId, "GS-0001", "2026-07-01", true);
    REQUIRE(codes(plan.refusals) == std::vector<std::string>{"recipient-exited"});
    CHECK(plan.forced);
    CHECK(plan.bytes.ends_with("620802194503121024,GS-0001,2026-07-01,,[forced: 对象恢复在册]\n"));
  }

  TEST_CASE("a move on or after exit_date is refused and points to pair end on the last day") {
    const Set set("2025-01-01,");
    const auto plan = set.plan(Kind::move, kExitedId, "GS-0002", "2026-11-01");
    REQUIRE(codes(plan.refusals) == std::vector<std::string>{"recipient-exited"});
    CHECK(plan.refusals[0].message.ends_with(
        "no pairing can start on 2026-11-01 (pair end --date 2026-06-29 ends the pairing on the last day before the "
        "exit)"));
  }

  TEST_CASE("a move before exit_date is written; the new open pairing is warned about, the ended one no longer") {
    const Set set("2025-01-01,");
    const auto plan = set.plan(Kind::move, kExitedId, "GS-0002", "2026-06-01");
    CHECK(plan.refusals.empty());
    REQUIRE(codes(plan.warnings) == std::vector<std::string>{"pairing-after-exit"});
    CHECK(plan.warnings[0].line == 4);  // the new row; line 3 now ends on 2026-05-31
  }

  TEST_CASE("pair end after exit_date is written with a warning; on the day before, silently") {
    const Set set("2025-01-01,");
    const auto late = set.plan(Kind::end, kExitedId, "", "2026-11-01");
    CHECK(late.refusals.empty());
    REQUIRE(codes(late.warnings) == std::vector<std::string>{"pairing-after-exit"});
    CHECK(late.warnings[0].message.ends_with("ends on 2026-11-01: its last day should be 2026-06-29"));
    const auto right = set.plan(Kind::end, kExitedId, "", "2026-06-29");
    CHECK(right.refusals.empty());
    CHECK(right.warnings.empty());
  }

  TEST_CASE("an active recipient is never recipient-exited") {
    const Set set("");
    const auto plan = set.plan(Kind::move, kActiveId, "GS-0001", "2026-11-01");
    CHECK(plan.refusals.empty());
    CHECK(plan.warnings.empty());
  }

  TEST_CASE("a warning the ledger already had is not the change's") {
    const Set set("2025-01-01,");  // open past the exit: check warns already
    const auto plan = set.plan(Kind::move, kActiveId, "GS-0001", "2026-11-01");
    CHECK(plan.refusals.empty());
    CHECK(plan.warnings.empty());
  }
}
