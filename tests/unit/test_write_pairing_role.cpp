// plan_pairing_change with roles (pair add|end|move --role): a recipient has
// at most one active pairing of each role, so a helper beside a cadre is
// written and a second helper is refused; a non-cadre pairing gives a file
// without a role column that column (in the header's language), a cadre
// pairing leaves such a file as it is.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "test_temp_dir.hpp"
#include "write/pairing_write.hpp"

using namespace jiedui;
using Kind = write::PairingChange::Kind;
using ledger::Role;

namespace {

const char* const kRecipient = "620802194807052136";

class Set : public testing::TempDir {
 public:
  // `pairings`: the whole pairings.csv.
  explicit Set(const std::string& pairings) : TempDir("write-pairing-role") {
    write("recipients.csv",
          "id,name,category,city,county,township,village,status\n"
          "620802194807052136,钱二,extremely_poor,六安市,金安区,望城街道,望城岗社区,active\n");
    write("cadres.csv",
          "id,name,gender,birth\nWC-0001,李娟,女,1982-04\nWC-0002,张伟,男,1975-10\nWC-0003,王芳,女,1980-01\n");
    write("pairings.csv", pairings);
    write("visits.csv", "date,recipient,cadre,mode\n");
  }

  write::PairingPlan plan(Kind kind, const std::string& cadre, const std::string& date, Role role,
                          const std::string& reason = "") const {
    ledger::LoadOptions options;
    options.today = *ledger::parse_day("2026-11-20");
    ledger::CollectingSink sink;
    const ledger::Ledger set = ledger::load_ledger(dir(), options, sink);
    write::PairingChange change;
    change.kind = kind;
    change.recipient = kRecipient;
    change.cadre = cadre;
    change.date = *ledger::parse_day(date);
    change.reason = reason;
    change.role = role;
    return write::plan_pairing_change(set, sink.diagnostics, change, options);
  }
};

std::vector<std::string> codes(const std::vector<write::Refusal>& list) {
  std::vector<std::string> out;
  for (const auto& r : list) out.push_back(r.code);
  return out;
}

const std::string kPlain = "recipient,cadre,start,end,reason\n620802194807052136,WC-0001,2025-01-01,,\n";

}  // namespace

TEST_SUITE("write::plan_pairing_change --role") {
  TEST_CASE("a helper added beside an active cadre is written, and the file gains a role column") {
    const Set set(kPlain);
    const auto plan = set.plan(Kind::add, "WC-0002", "2026-11-01", Role::helper);
    CHECK(plan.refusals.empty());
    CHECK(plan.bytes ==
          "recipient,cadre,start,end,reason,role\n"
          "620802194807052136,WC-0001,2025-01-01,,,\n"
          "620802194807052136,WC-0002,2026-11-01,,,helper\n");
    REQUIRE(plan.header_change);
    CHECK(plan.header_change->before == "recipient,cadre,start,end,reason");
    CHECK(plan.header_change->after == "recipient,cadre,start,end,reason,role");
  }

  TEST_CASE("a cadre pairing added to a file without the role column keeps the file's layout") {
    const Set set("recipient,cadre,start,end,reason\n620802194807052136,WC-0001,2025-01-01,2026-10-31,调走\n");
    const auto plan = set.plan(Kind::add, "WC-0002", "2026-11-01", Role::cadre);
    CHECK(plan.refusals.empty());
    CHECK_FALSE(plan.header_change);
    CHECK(plan.bytes ==
          "recipient,cadre,start,end,reason\n620802194807052136,WC-0001,2025-01-01,2026-10-31,调走\n"
          "620802194807052136,WC-0002,2026-11-01,,\n");
  }

  TEST_CASE("a Chinese header gains 结对角色 and the role is written by its Chinese name; CRLF, blank lines and "
            "quoted line breaks are kept") {
    const Set set(
        "关爱对象身份证号,结对干部编号,结对日期,解除日期,变更原因\r\n"
        "620802194807052136,WC-0001,2025-01-01,2025-06-30,\"调走\r\n（借调）\"\r\n"
        "\r\n"
        "620802194807052136,WC-0003,2025-07-01,,\r\n");
    const auto plan = set.plan(Kind::add, "WC-0002", "2026-11-01", Role::helper);
    CHECK(plan.refusals.empty());
    CHECK(plan.bytes ==
          "关爱对象身份证号,结对干部编号,结对日期,解除日期,变更原因,结对角色\r\n"
          "620802194807052136,WC-0001,2025-01-01,2025-06-30,\"调走\r\n（借调）\",\r\n"
          "\r\n"
          "620802194807052136,WC-0003,2025-07-01,,,\r\n"
          "620802194807052136,WC-0002,2026-11-01,,,关爱帮扶联系人\r\n");
  }

  TEST_CASE("a second active helper is refused as pairing-overlap; the cadre column is not the reason") {
    const Set set("recipient,cadre,start,end,reason,role\n"
                  "620802194807052136,WC-0001,2025-01-01,,,\n"
                  "620802194807052136,WC-0002,2026-01-01,,,helper\n");
    CHECK(codes(set.plan(Kind::add, "WC-0003", "2026-11-01", Role::helper).refusals) ==
          std::vector<std::string>{"pairing-overlap"});
    CHECK(codes(set.plan(Kind::add, "WC-0003", "2026-11-01", Role::cadre).refusals) ==
          std::vector<std::string>{"pairing-overlap"});
    CHECK(set.plan(Kind::add, "WC-0003", "2026-11-01", Role::teacher).refusals.empty());
  }

  TEST_CASE("pair move --role helper ends the helper pairing, not the cadre's, and the new row keeps the role") {
    const Set set("recipient,cadre,start,end,reason,role\n"
                  "620802194807052136,WC-0001,2025-01-01,,,cadre\n"
                  "620802194807052136,WC-0002,2026-01-01,,,helper\n");
    const auto plan = set.plan(Kind::move, "WC-0003", "2026-11-01", Role::helper, "调整");
    CHECK(plan.refusals.empty());
    CHECK(plan.bytes ==
          "recipient,cadre,start,end,reason,role\n"
          "620802194807052136,WC-0001,2025-01-01,,,cadre\n"
          "620802194807052136,WC-0002,2026-01-01,2026-10-31,调整,helper\n"
          "620802194807052136,WC-0003,2026-11-01,,,helper\n");
  }

  TEST_CASE("pair end --role helper ends the helper without an unpaired refusal; no teacher pairing: no-pairing") {
    const Set set("recipient,cadre,start,end,reason,role\n"
                  "620802194807052136,WC-0001,2025-01-01,,,\n"
                  "620802194807052136,WC-0002,2026-01-01,,,helper\n");
    const auto ended = set.plan(Kind::end, "", "2026-11-01", Role::helper, "三次督查不合格，终止帮扶协议");
    CHECK(ended.refusals.empty());
    CHECK(ended.bytes ==
          "recipient,cadre,start,end,reason,role\n"
          "620802194807052136,WC-0001,2025-01-01,,,\n"
          "620802194807052136,WC-0002,2026-01-01,2026-11-01,三次督查不合格，终止帮扶协议,helper\n");
    CHECK(codes(set.plan(Kind::end, "", "2026-11-01", Role::teacher, "x").refusals) ==
          std::vector<std::string>{"no-pairing"});
    // Ending the cadre still must not leave the recipient without one.
    CHECK(codes(set.plan(Kind::end, "", "2026-11-01", Role::cadre, "x").refusals) ==
          std::vector<std::string>{"unpaired"});
  }
}

TEST_CASE("pair suggest --apply writes cadre in the role column of a file that has one") {
  const Set set("recipient,cadre,start,end,reason,role\n620802194807052136,WC-0002,2026-01-01,,,helper\n");
  ledger::LoadOptions options;
  options.today = *ledger::parse_day("2026-11-20");
  ledger::CollectingSink sink;
  const ledger::Ledger ledger = ledger::load_ledger(set.dir(), options, sink);
  const auto plan = write::plan_pairing_additions(ledger, sink.diagnostics, {{kRecipient, "WC-0001"}},
                                                  *ledger::parse_day("2026-11-01"), "", 40, options);
  CHECK(plan.refusals.empty());
  CHECK(plan.bytes ==
        "recipient,cadre,start,end,reason,role\n620802194807052136,WC-0002,2026-01-01,,,helper\n"
        "620802194807052136,WC-0001,2026-11-01,,,cadre\n");
}
