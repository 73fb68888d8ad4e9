// Roles on pairings.csv (jiedui-ledger(5) `role`): the column and its
// values, the overlap check per role, and which pairings the reader of
// visits.csv finds for a record.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "ledger/vocab.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::ledger;

namespace {

Day day(std::string_view iso) { return *parse_day(iso); }

// Two orphans, a cadre, two helpers and a teacher; pairings.csv as given.
class RolesLedger : public jiedui::testing::TempDir {
 public:
  explicit RolesLedger(const std::string& pairings) : TempDir("roles") {
    write("recipients.csv",
          "id,name,category,city,county,township,village\n"
          "620802201403120561,王小花,orphan,平凉市,崆峒区,白水镇,白水村\n"
          "62080220140312057X,王小明,orphan,平凉市,崆峒区,白水镇,白水村\n");
    write("cadres.csv",
          "id,name,gender,birth\nC-1,李娟,女,1982-04\nH-1,张丽,女,1979-03\nH-2,赵敏,女,1985-03\nT-1,刘老师,女,1990-09\n");
    write("pairings.csv", pairings);
    write("visits.csv", "date,recipient,cadre,mode\n");
  }
};

struct Loaded {
  Ledger ledger;
  CollectingSink sink;
  std::vector<std::string> diagnostics() const {
    std::vector<std::string> out;
    for (const auto& d : sink.diagnostics)
      out.push_back(fmt::format("{}:{} {}: {}", d.line, d.column, code_name(d.code), d.message));
    return out;
  }
};

Loaded load(const RolesLedger& t) {
  Loaded out;
  out.ledger = load_ledger(t.dir(), LoadOptions{}, out.sink);
  return out;
}

// The (pairing line, more_pairings) the reader gives each record, or "none".
std::vector<std::string> record_pairings(const Loaded& x, const RolesLedger& t, const std::string& visits) {
  t.write("visits.csv", "date,recipient,cadre,mode\n" + visits);
  std::vector<std::string> out;
  CollectingSink sink;
  for_each_visit(x.ledger, LoadOptions{}, sink, [&](const Visit& v) {
    out.push_back(v.pairing == Visit::no_pairing ? "none"
                                                 : fmt::format("{}{}", x.ledger.pairings[v.pairing].line,
                                                               v.more_pairings ? "+" : ""));
  });
  CHECK(sink.diagnostics.empty());
  return out;
}

}  // namespace

TEST_SUITE("ledger::roles") {
  TEST_CASE("a role cell takes the codes and Chinese names; empty is cadre; the column makes has_roles") {
    const RolesLedger t(
        "recipient,cadre,start,role\n"
        "620802201403120561,C-1,2025-01-01,\n"
        "620802201403120561,H-1,2025-01-01,关爱帮扶联系人\n"
        "620802201403120561,T-1,2025-01-01,teacher\n"
        "62080220140312057X,C-1,2025-01-01,结对干部\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics().empty());
    CHECK(x.ledger.has_roles);
    REQUIRE(x.ledger.pairings.size() == 4);
    CHECK(x.ledger.pairings[0].role == Role::cadre);
    CHECK(x.ledger.pairings[1].role == Role::helper);
    CHECK(x.ledger.pairings[2].role == Role::teacher);
    CHECK(x.ledger.pairings[3].role == Role::cadre);
    CHECK(x.ledger.active_pairing(0, day("2026-01-01")) == std::optional<std::uint32_t>{0});
    CHECK(x.ledger.active_pairing(0, day("2026-01-01"), Role::helper) == std::optional<std::uint32_t>{1});
    CHECK_FALSE(x.ledger.active_pairing(1, day("2026-01-01"), Role::helper).has_value());

    const Loaded without = load(RolesLedger("recipient,cadre,start\n620802201403120561,C-1,2025-01-01\n"));
    CHECK_FALSE(without.ledger.has_roles);
  }

  TEST_CASE("an unknown role is bad-value and the pairing is left out") {
    const Loaded x = load(RolesLedger(
        "recipient,cadre,start,role\n"
        "620802201403120561,C-1,2025-01-01,cadre\n"
        "620802201403120561,H-1,2025-01-01,nanny\n"));
    REQUIRE(x.sink.diagnostics.size() == 1);
    CHECK(x.sink.diagnostics[0].code == Code::bad_value);
    CHECK(x.sink.diagnostics[0].line == 3);
    CHECK(x.sink.diagnostics[0].column == 4);
    REQUIRE(x.ledger.pairings.size() == 1);
    CHECK(x.ledger.pairings[0].cadre == 0);
  }

  TEST_CASE("a cadre and a helper at once are fine; a second helper overlapping is pairing-overlap") {
    const Loaded fine = load(RolesLedger(
        "recipient,cadre,start,role\n"
        "620802201403120561,C-1,2025-01-01,cadre\n"
        "620802201403120561,H-1,2025-01-01,helper\n"));
    CHECK(fine.diagnostics().empty());

    const Loaded two = load(RolesLedger(
        "recipient,cadre,start,role\n"
        "620802201403120561,C-1,2025-01-01,cadre\n"
        "620802201403120561,H-1,2025-01-01,helper\n"
        "620802201403120561,H-2,2025-06-01,helper\n"));
    REQUIRE(two.sink.diagnostics.size() == 1);
    CHECK(two.sink.diagnostics[0].code == Code::pairing_overlap);
    CHECK(two.sink.diagnostics[0].line == 4);
    CHECK(two.sink.diagnostics[0].message.find("of role helper") != std::string::npos);
  }

  TEST_CASE("the reader finds the first pairing a record counts for, of any role, and flags a second") {
    const RolesLedger t(
        "recipient,cadre,start,role\n"
        "620802201403120561,C-1,2025-01-01,cadre\n"
        "620802201403120561,H-1,2025-01-01,helper\n"
        "62080220140312057X,C-1,2025-03-01,cadre\n"
        "62080220140312057X,C-1,2025-01-01,helper\n");
    const Loaded x = load(t);
    REQUIRE(x.diagnostics().empty());
    CHECK(record_pairings(x, t,
                          "2026-01-05,620802201403120561,C-1,home\n"  // the cadre's
                          "2026-01-05,620802201403120561,H-1,home\n"  // the helper's
                          "2026-01-05,620802201403120561,T-1,home\n"  // nobody's
                          "2026-01-05,62080220140312057X,C-1,home\n"  // one person in both roles
                          "2025-02-01,62080220140312057X,C-1,home\n") ==  // before the cadre pairing
          std::vector<std::string>{"2", "3", "none", "5+", "5"});
  }
}
