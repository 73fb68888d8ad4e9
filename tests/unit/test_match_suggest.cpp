// pair suggest's matching: hand-computed instances of the programme's
// constraints and costs, and random small instances against a brute-force
// enumerator (the most units paired, then the least total cost).
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <functional>
#include <random>

#include "match/suggest.hpp"
#include "match/units.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using namespace jiedui::audit::testing;
using match::Left;

namespace {

std::uint32_t cadre(Fixture& f, std::string id, Gender gender, ledger::Birth birth, std::string township,
                    std::string rank, ledger::CadreStatus status = ledger::CadreStatus::active) {
  const std::uint32_t c = f.add_cadre(std::move(id), gender, birth, status);
  ledger::Cadre& x = f.ledger.cadres[c];
  x.city = f.district.city;
  x.county = f.district.county;
  x.township = std::move(township);
  x.rank = std::move(rank);
  return c;
}

match::SuggestOptions options(int max_load = 1, int gap = 40) {
  match::SuggestOptions o;
  o.as_of = day("2026-06-01");
  o.max_load = max_load;
  o.gender_gap = gap;
  return o;
}

// The cadre proposed to recipient r, if any.
std::optional<std::uint32_t> cadre_of(const match::Suggestion& s, std::uint32_t r) {
  for (const auto& p : s.proposals)
    for (std::uint32_t m : p.members)
      if (m == r) return p.cadre;
  return std::nullopt;
}

}  // namespace

TEST_SUITE("match::suggest") {
  TEST_CASE("a household of three goes to one cadre, the higher-ranked at cost 0") {
    Fixture f;
    const auto a = f.add_recipient("620802201403120561", Category::extremely_poor, Gender::male, born("1950-01-01"), "", "H1");
    const auto b = f.add_recipient("620802201403120562", Category::extremely_poor, Gender::female, born("1952-01-01"), "", "H1");
    const auto c = f.add_recipient("620802201403120563", Category::extremely_poor, Gender::male, born("1980-01-01"), "", "H1");
    cadre(f, "GS-1", Gender::male, born("1985-01-01"), "崆峒镇", "一级科员");
    const auto leader = cadre(f, "GS-2", Gender::male, born("1975-01-01"), "崆峒镇", "乡科级副职");
    const auto s = match::suggest(f.ledger, options());
    CHECK(s.units == 1);
    CHECK(s.paired == 1);
    CHECK(s.total_cost == 0);
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].members == std::vector<std::uint32_t>{a, b, c});
    CHECK(s.proposals[0].cadre == leader);
    CHECK(match::reasons_text(s.proposals[0].reasons) == "same-township");
  }

  TEST_CASE("a household with only a low-ranked cadre pays household-rank") {
    Fixture f;
    f.add_recipient("620802201403120561", Category::disabled, Gender::male, born("1950-01-01"), "", "H1");
    f.add_recipient("620802201403120562", Category::disabled, Gender::male, born("1951-01-01"), "", "H1");
    cadre(f, "GS-1", Gender::male, born("1985-01-01"), "崆峒镇", "");
    const auto s = match::suggest(f.ledger, options());
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].cost == 1);
    CHECK(match::reasons_text(s.proposals[0].reasons) == "same-township;household-rank");
  }

  TEST_CASE("a female orphan whose only candidate is a man 39 years older stays unpaired: gender-rule") {
    Fixture f;
    f.add_recipient("620802201403120561", Category::orphan, Gender::female, born("2014-03-12"));
    cadre(f, "GS-1", Gender::male, born("1975-01-01"), "崆峒镇", "县处级正职");  // 39 years and 2 months
    auto s = match::suggest(f.ledger, options());
    CHECK(s.paired == 0);
    REQUIRE(s.unpaired.size() == 1);
    CHECK(s.unpaired[0].why == Left::gender_rule);
    // 40 full years older: an exception, cost 5.
    f.ledger.cadres[0].birth = born("1974-03-12");
    s = match::suggest(f.ledger, options());
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].cost == 5);
    CHECK(match::reasons_text(s.proposals[0].reasons) == "same-township;gender-exception");
    CHECK(s.exceptions == 1);
    // The rule off: no exception.
    s = match::suggest(f.ledger, options(1, 0));
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].cost == 0);
  }

  TEST_CASE("a woman of unknown birth, or a cadre of unknown gender, takes no girl") {
    Fixture f;
    f.add_recipient("620802201403120561", Category::unsupported_child, Gender::female, born("2014-03-12"));
    cadre(f, "GS-1", Gender::female, ledger::Birth{}, "崆峒镇", "县处级正职");
    cadre(f, "GS-2", Gender::unknown, born("1960-01-01"), "崆峒镇", "县处级正职");
    const auto s = match::suggest(f.ledger, options());
    REQUIRE(s.unpaired.size() == 1);
    CHECK(s.unpaired[0].why == Left::gender_rule);
  }

  TEST_CASE("a cadre already holding one unit under --max-load 1 gets none") {
    Fixture f;
    const auto held = f.add_recipient("620802201403120561", Category::disabled, Gender::male, born("1960-01-01"));
    f.add_recipient("620802201403120562", Category::disabled, Gender::male, born("1961-01-01"));
    const auto c = cadre(f, "GS-1", Gender::male, born("1980-01-01"), "崆峒镇", "县处级正职");
    f.pair(held, c, "2025-01-01");
    auto s = match::suggest(f.ledger, options(1));
    CHECK(s.units == 1);
    REQUIRE(s.unpaired.size() == 1);
    CHECK(s.unpaired[0].why == Left::capacity);
    s = match::suggest(f.ledger, options(2));
    CHECK(s.paired == 1);
  }

  TEST_CASE("a helper pairing is neither a cadre's load nor a recipient's cadre: both are still matched") {
    Fixture f;
    const auto helped = f.add_recipient("620802201403120561", Category::disabled, Gender::male, born("1960-01-01"));
    const auto c = cadre(f, "GS-1", Gender::male, born("1980-01-01"), "崆峒镇", "县处级正职");
    // GS-1 is the recipient's helper (关爱帮扶联系人), not its cadre.
    f.ledger.pairings[f.pair(helped, c, "2025-01-01")].role = ledger::Role::helper;
    const auto s = match::suggest(f.ledger, options(1));
    CHECK(s.units == 1);
    CHECK(s.paired == 1);
    CHECK(cadre_of(s, helped) == c);
  }

  TEST_CASE("the township preference beats the leader preference only by cost") {
    // An orphan boy in 崆峒镇: a leader in another township costs 2, a clerk
    // in his own township 0 + 1 (not a leader): the clerk wins, 1 < 2.
    Fixture f;
    const auto boy = f.add_recipient("620802201403120561", Category::orphan, Gender::male, born("2014-03-12"));
    cadre(f, "GS-1", Gender::male, born("1970-01-01"), "白水镇", "县处级正职");
    const auto clerk = cadre(f, "GS-2", Gender::male, born("1990-01-01"), "崆峒镇", "一级科员");
    auto s = match::suggest(f.ledger, options());
    CHECK(cadre_of(s, boy) == clerk);
    CHECK(s.total_cost == 1);
    CHECK(match::reasons_text(s.proposals[0].reasons) == "same-township;not-leader");
    // A second orphan in 白水镇 has only the leader at home: both pay least
    // when each stays in his township (1 + 0), not swapped (2 + 2 + 1).
    f.district.township = "白水镇";
    const auto other = f.add_recipient("620802201403120562", Category::orphan, Gender::male, born("2013-01-01"));
    s = match::suggest(f.ledger, options());
    CHECK(cadre_of(s, boy) == clerk);
    CHECK(cadre_of(s, other) == 0u);
    CHECK(s.total_cost == 1);
  }

  TEST_CASE("a member whose housemate is paired joins the housemate's cadre at cost 0, no load") {
    Fixture f;
    const auto a = f.add_recipient("620802201403120561", Category::disabled, Gender::male, born("1960-01-01"), "", "H1");
    const auto b = f.add_recipient("620802201403120562", Category::disabled, Gender::male, born("1961-01-01"), "", "H1");
    const auto c = cadre(f, "GS-1", Gender::male, born("1980-01-01"), "崆峒镇", "一级科员");
    f.pair(a, c, "2025-01-01");
    const auto s = match::suggest(f.ledger, options());
    CHECK(s.units == 0);
    CHECK(s.members == 1);
    REQUIRE(s.proposals.size() == 1);
    CHECK(s.proposals[0].members == std::vector<std::uint32_t>{b});
    CHECK(s.proposals[0].cadre == c);
    CHECK(match::reasons_text(s.proposals[0].reasons) == "household-member");
  }

  TEST_CASE("no cadre in the county, or only one who left: no-candidate; retired counts with include_retired") {
    Fixture f;
    f.add_recipient("620802201403120561", Category::disabled, Gender::male, born("1960-01-01"));
    cadre(f, "GS-1", Gender::male, born("1950-01-01"), "崆峒镇", "", ledger::CadreStatus::retired);
    cadre(f, "GS-2", Gender::male, born("1970-01-01"), "崆峒镇", "", ledger::CadreStatus::left);
    const auto x = f.add_cadre("GS-3", Gender::male, born("1970-01-01"));  // no county
    (void)x;
    auto s = match::suggest(f.ledger, options());
    REQUIRE(s.unpaired.size() == 1);
    CHECK(s.unpaired[0].why == Left::no_candidate);
    auto o = options();
    o.include_retired = true;
    s = match::suggest(f.ledger, o);
    CHECK(cadre_of(s, 0) == 0u);
  }
}

// --- random small instances against a brute-force enumerator
namespace {

struct Best {
  std::size_t paired = 0;
  std::int64_t cost = 0;
};

// Every assignment of each unit to nothing or to a cadre with room whose edge
// is allowed; the most units paired, then the least cost.
Best brute_force(const ledger::Ledger& ledger, const match::County& county, std::vector<int> room, int gap) {
  Best best;
  std::size_t paired = 0;
  std::int64_t cost = 0;
  std::function<void(std::size_t)> go = [&](std::size_t i) {
    if (i == county.units.size()) {
      if (paired > best.paired || (paired == best.paired && cost < best.cost)) best = {paired, cost};
      return;
    }
    go(i + 1);
    const match::Unit& u = county.units[i];
    if (!u.one_county) return;
    for (std::uint32_t c : county.candidates) {
      const match::Edge e = match::edge_of(u.traits, ledger.cadres[c], gap);
      if (!e.allowed || room[c] <= 0) continue;
      --room[c];
      ++paired;
      cost += e.cost;
      go(i + 1);
      ++room[c];
      --paired;
      cost -= e.cost;
    }
  };
  go(0);
  return best;
}

}  // namespace

TEST_SUITE("match::suggest") {
  TEST_CASE("random small instances: as many paired and as cheap as a brute-force enumeration") {
    const std::vector<std::string> townships = {"崆峒镇", "白水镇", ""};
    const std::vector<std::string> ranks = {"县处级正职", "一调", "乡科级副职", "一级主任科员", "二级科员", "", "处长"};
    const std::vector<Category> categories = {Category::orphan, Category::unsupported_child, Category::disabled};
    for (unsigned seed = 1; seed <= 400; ++seed) {
      CAPTURE(seed);
      std::mt19937 rng(seed);
      const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
      Fixture f;
      const int recipients = 1 + pick(6), cadres = 1 + pick(5);
      for (int i = 0; i < recipients; ++i) {
        f.district.township = townships[static_cast<std::size_t>(pick(2))];
        f.district.county = pick(4) == 0 ? "泾川县" : "崆峒区";
        const std::string household = pick(3) == 0 ? "H" + std::to_string(pick(2)) : "";
        const ledger::Birth birth = pick(2) ? born(fmt::format("{}-{:02}-{:02}", 2008 + pick(3), 1 + pick(12), 1 + pick(28)))
                                            : born_month(fmt::format("{}-{:02}", 2008 + pick(3), 1 + pick(12)));
        f.add_recipient(fmt::format("R{}", i), categories[static_cast<std::size_t>(pick(3))],
                        pick(2) ? Gender::female : Gender::male, birth, "", household);
      }
      f.district.county = "崆峒区";
      for (int i = 0; i < cadres; ++i) {
        const int g = pick(5);
        const Gender gender = g < 2 ? Gender::female : g < 4 ? Gender::male : Gender::unknown;
        ledger::Birth birth = pick(2) ? born(fmt::format("{}-{:02}-{:02}", 1966 + pick(6), 1 + pick(12), 1 + pick(28)))
                                      : born_month(fmt::format("{}-{:02}", 1966 + pick(6), 1 + pick(12)));
        if (pick(6) == 0) birth = ledger::Birth{};
        const auto status = pick(6) == 0 ? ledger::CadreStatus::retired : ledger::CadreStatus::active;
        cadre(f, fmt::format("C{}", i), gender, birth, townships[static_cast<std::size_t>(pick(3))],
              ranks[static_cast<std::size_t>(pick(static_cast<int>(ranks.size())))], status);
      }
      if (pick(3) == 0) f.pair(0, static_cast<std::uint32_t>(pick(cadres)), "2025-01-01");
      match::SuggestOptions o = options(1 + pick(2), pick(4) == 0 ? 0 : 40);
      o.include_retired = pick(2) == 0;

      const match::Suggestion s = match::suggest(f.ledger, o);
      const match::Placement placement = match::place(f.ledger, o);
      Best want;
      std::vector<int> room(f.ledger.cadres.size());
      for (std::size_t c = 0; c < room.size(); ++c) room[c] = o.max_load - placement.held[c];
      for (const auto& [key, county] : placement.counties) {
        const Best b = brute_force(f.ledger, county, room, o.gender_gap);
        want.paired += b.paired;
        want.cost += b.cost;
      }
      CHECK(s.paired == want.paired);
      CHECK(s.total_cost == want.cost);
      // Same input, same output.
      const match::Suggestion again = match::suggest(f.ledger, o);
      REQUIRE(again.proposals.size() == s.proposals.size());
      for (std::size_t i = 0; i < s.proposals.size(); ++i) CHECK(again.proposals[i].cadre == s.proposals[i].cadre);
    }
  }
}
