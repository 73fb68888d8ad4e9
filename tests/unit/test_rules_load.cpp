// Frequency rules (SPEC §4): rules.csv rows, the most-specific-key lookup,
// level normalisation, and the four built-in profiles.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"
#include "ledger/ledger.hpp"
#include "ledger/vocab.hpp"
#include "rules/rule.hpp"

using jiedui::ledger::Category;
using jiedui::ledger::CollectingSink;
using jiedui::ledger::Role;
using namespace jiedui::rules;

namespace {

const std::string kHeader = "category,level,measure,min,per,max_gap\n";

struct Parsed {
  RuleSet set;
  std::vector<std::string> diagnostics;  // "2:6 bad-value: …"
};

Parsed parse(const std::string& rows) {
  CollectingSink sink;
  Parsed out{parse_rules_text(kHeader + rows, "rules.csv", sink), {}};
  for (const auto& d : sink.diagnostics)
    out.diagnostics.push_back(fmt::format("{}:{} {}: {}", d.line, d.column, jiedui::ledger::code_name(d.code), d.message));
  return out;
}

Parsed parse_with_roles(const std::string& rows) {
  CollectingSink sink;
  Parsed out{parse_rules_text("category,level,measure,min,per,max_gap,role\n" + rows, "rules.csv", sink), {}};
  for (const auto& d : sink.diagnostics)
    out.diagnostics.push_back(fmt::format("{}:{} {}: {}", d.line, d.column, jiedui::ledger::code_name(d.code), d.message));
  return out;
}

// A rule as the row it came from, normalised: "orphan,1,contacts,4,year,".
std::string row_of(const Rule& r) {
  return fmt::format("{},{},{},{},{},{}", r.category ? jiedui::ledger::category_code(*r.category) : "*",
                     r.level ? *r.level : "*", measure_name(r.measure), r.min, per_name(r.per),
                     r.max_gap ? std::to_string(*r.max_gap) : "");
}

std::vector<std::string> rows_of(const std::vector<const Rule*>& rules) {
  std::vector<std::string> out;
  for (const Rule* r : rules) out.push_back(row_of(*r));
  return out;
}

std::vector<std::string> rows_of(const RuleSet& set) {
  std::vector<std::string> out;
  for (const Rule& r : set.rules) out.push_back(row_of(r));
  return out;
}

using Rows = std::vector<std::string>;

}  // namespace

TEST_SUITE("rules::load") {
  TEST_CASE("rules_for takes the rows of the most specific matching key: (c,l) > (c,*) > (*,l) > (*,*)") {
    const Parsed p = parse(
        "*,*,any,4,year,\n"
        "*,1,any,3,quarter,\n"
        "orphan,*,contacts,2,month,\n"
        "orphan,1,contacts,1,week,\n"
        "orphan,1,visits,1,month,\n");
    REQUIRE(p.diagnostics.empty());
    CHECK(rows_of(p.set.rules_for(Category::orphan, "1")) == Rows{"orphan,1,contacts,1,week,", "orphan,1,visits,1,month,"});
    CHECK(rows_of(p.set.rules_for(Category::orphan, "2")) == Rows{"orphan,*,contacts,2,month,"});
    CHECK(rows_of(p.set.rules_for(Category::disabled, "1")) == Rows{"*,1,any,3,quarter,"});
    CHECK(rows_of(p.set.rules_for(Category::disabled, "2")) == Rows{"*,*,any,4,year,"});
  }

  TEST_CASE("an empty level matches only (c,*) and (*,*)") {
    const Parsed p = parse(
        "*,*,any,4,year,\n"
        "*,1,any,3,quarter,\n"
        "orphan,*,contacts,2,month,\n"
        "orphan,1,contacts,1,week,\n");
    REQUIRE(p.diagnostics.empty());
    CHECK(rows_of(p.set.rules_for(Category::orphan, "")) == Rows{"orphan,*,contacts,2,month,"});
    CHECK(rows_of(p.set.rules_for(Category::disabled, "")) == Rows{"*,*,any,4,year,"});

    const Parsed levels_only = parse(
        "orphan,1,contacts,1,week,\n"
        "*,1,any,3,quarter,\n");
    REQUIRE(levels_only.diagnostics.empty());
    CHECK(levels_only.set.rules_for(Category::orphan, "").empty());
    CHECK(levels_only.set.rules_for(Category::disabled, "").empty());
    CHECK(rows_of(levels_only.set.rules_for(Category::disabled, "1")) == Rows{"*,1,any,3,quarter,"});
  }

  TEST_CASE("a recipient no row matches gets no rule") {
    const Parsed p = parse("orphan,*,contacts,4,year,\n");
    CHECK(p.set.rules_for(Category::disabled, "").empty());
    CHECK(p.set.rules_for(Category::disabled, "1").empty());
    CHECK(RuleSet{}.rules_for(Category::orphan, "").empty());
  }

  TEST_CASE("an empty category or level cell means *") {
    const Parsed p = parse(",,any,1,year,\n");
    REQUIRE(p.diagnostics.empty());
    CHECK(rows_of(p.set) == Rows{"*,*,any,1,year,"});
    CHECK(rows_of(p.set.rules_for(Category::homeless, "high")) == Rows{"*,*,any,1,year,"});
  }

  TEST_CASE("levels in rules are normalised: 一级 matches a recipient level 1, 1级 or 一级") {
    const Parsed p = parse(
        "*,一级,any,1,halfmonth,20\n"
        "*,2级,any,1,week,10\n"
        "*,三级,any,1,3d,5\n"
        "elderly_alone,high,any,1,day,\n");
    REQUIRE(p.diagnostics.empty());
    CHECK(rows_of(p.set) ==
          Rows{"*,1,any,1,halfmonth,20", "*,2,any,1,week,10", "*,3,any,1,3d,5", "elderly_alone,high,any,1,day,"});
    using jiedui::ledger::normalize_level;
    for (std::string_view level : {"1", "1级", "一级", " 一级 "}) {
      CAPTURE(level);
      CHECK(rows_of(p.set.rules_for(Category::orphan, normalize_level(level))) == Rows{"*,1,any,1,halfmonth,20"});
    }
    CHECK(rows_of(p.set.rules_for(Category::orphan, normalize_level("二级"))) == Rows{"*,2,any,1,week,10"});
    CHECK(rows_of(p.set.rules_for(Category::orphan, normalize_level("3"))) == Rows{"*,3,any,1,3d,5"});
    // Other levels compare exactly.
    CHECK(rows_of(p.set.rules_for(Category::elderly_alone, "high")) == Rows{"elderly_alone,high,any,1,day,"});
    CHECK(p.set.rules_for(Category::elderly_alone, "High").empty());
    CHECK(jiedui::rules::normalize_level("三级") == "3");
  }

  TEST_CASE("every per is read: day, week, halfmonth, month, quarter, year and N-day blocks") {
    const Parsed p = parse(
        "*,*,any,1,day,\n"
        "*,*,any,1,week,\n"
        "*,*,any,1,halfmonth,\n"
        "*,*,any,1,month,\n"
        "*,*,any,1,quarter,\n"
        "*,*,any,1,year,\n"
        "*,*,any,1,3d,\n"
        "*,*,any,1,10D,\n"
        "*,*,any,1,Week,\n");
    REQUIRE(p.diagnostics.empty());
    REQUIRE(p.set.rules.size() == 9);
    using K = Per::Kind;
    CHECK(p.set.rules[0].per == Per{K::day, 0});
    CHECK(p.set.rules[1].per == Per{K::week, 0});
    CHECK(p.set.rules[2].per == Per{K::halfmonth, 0});
    CHECK(p.set.rules[3].per == Per{K::month, 0});
    CHECK(p.set.rules[4].per == Per{K::quarter, 0});
    CHECK(p.set.rules[5].per == Per{K::year, 0});
    CHECK(p.set.rules[6].per == Per{K::days, 3});
    CHECK(p.set.rules[7].per == Per{K::days, 10});
    CHECK(p.set.rules[8].per == Per{K::week, 0});
    CHECK(per_name(p.set.rules[6].per) == "3d");
    CHECK(per_name(p.set.rules[7].per) == "10d");
    CHECK(per_name(Per{K::halfmonth, 0}) == "halfmonth");
  }

  TEST_CASE("a per that is not one of them is bad-value and the row is left out") {
    const Parsed p = parse(
        "*,*,any,1,fortnight,\n"
        "*,*,any,1,0d,\n"
        "*,*,any,1,d,\n"
        "*,*,any,1,-3d,\n"
        "*,*,any,1,3days,\n"
        "*,*,any,1,,\n");
    CHECK(p.set.rules.empty());
    CHECK(p.diagnostics == Rows{
                               "2:5 bad-value: per 'fortnight' is not day, week, halfmonth, month, quarter, year or Nd",
                               "3:5 bad-value: per '0d' is not day, week, halfmonth, month, quarter, year or Nd",
                               "4:5 bad-value: per 'd' is not day, week, halfmonth, month, quarter, year or Nd",
                               "5:5 bad-value: per '-3d' is not day, week, halfmonth, month, quarter, year or Nd",
                               "6:5 bad-value: per '3days' is not day, week, halfmonth, month, quarter, year or Nd",
                               "7:5 bad-value: per '' is not day, week, halfmonth, month, quarter, year or Nd",
                           });
  }

  TEST_CASE("measures are contacts, visits, any and help, or their Chinese names") {
    const Parsed p = parse(
        "*,*,contacts,1,year,\n"
        "*,*,visits,1,year,\n"
        "*,*,any,1,year,\n"
        "*,*,help,1,year,\n"
        "*,*,联系交流,1,year,\n"
        "*,*,走访探视,1,year,\n"
        "*,*,Contacts,1,year,\n"
        "*,*,calls,1,year,\n");
    CHECK(rows_of(p.set) == Rows{"*,*,contacts,1,year,", "*,*,visits,1,year,", "*,*,any,1,year,", "*,*,help,1,year,",
                                 "*,*,contacts,1,year,", "*,*,visits,1,year,", "*,*,contacts,1,year,"});
    CHECK(p.diagnostics == Rows{"9:3 bad-value: 'calls' is not a measure (contacts, visits, any, help)"});
  }

  TEST_CASE("max_gap on a help row is bad-value, and the row is left out") {
    const Parsed p = parse(
        "orphan,*,help,1,year,5\n"
        "orphan,*,help,1,year,\n"
        "orphan,*,any,1,week,10\n");
    CHECK(p.diagnostics == Rows{"2:6 bad-value: max_gap is not allowed on a help rule"});
    CHECK(rows_of(p.set) == Rows{"orphan,*,help,1,year,", "orphan,*,any,1,week,10"});
  }

  TEST_CASE("min and max_gap must be whole numbers of at least 1, and the category one of SPEC §3") {
    const Parsed p = parse(
        "orphan,*,any,0,year,\n"
        "orphan,*,any,1.5,year,\n"
        "orphan,*,any,1,week,0\n"
        "orphan,*,any,1,week,x\n"
        "orphans,*,any,1,week,\n"
        "孤儿,*,any,1,week,\n");
    CHECK(p.diagnostics == Rows{
                               "2:4 bad-value: min '0' is not a whole number ≥ 1",
                               "3:4 bad-value: min '1.5' is not a whole number ≥ 1",
                               "4:6 bad-value: max_gap '0' is not a number of days ≥ 1",
                               "5:6 bad-value: max_gap 'x' is not a number of days ≥ 1",
                               "6:1 bad-value: 'orphans' is not a category (see jiedui-ledger(5)) or *",
                           });
    CHECK(rows_of(p.set) == Rows{"orphan,*,any,1,week,"});
    CHECK(p.set.rules[0].line == 7);
  }

  TEST_CASE("a rules file without a required column is missing-column and gives no rules") {
    CollectingSink sink;
    const RuleSet set = parse_rules_text("category,level,measure,min,max_gap\norphan,*,contacts,4,\n", "rules.csv", sink);
    CHECK(set.rules.empty());
    REQUIRE(sink.diagnostics.size() == 1);
    CHECK(sink.diagnostics[0].code == jiedui::ledger::Code::missing_column);
    CHECK(sink.diagnostics[0].message == "no column per / 周期 in the header");
  }

  TEST_CASE("the built-in profiles are gansu, pingliang, shapingba and wangcheng") {
    CHECK(profile_names() == std::vector<std::string>{"gansu", "pingliang", "shapingba", "wangcheng"});
  }

  TEST_CASE("each built-in profile has its number of rows and its gender rule") {
    struct Want {
      std::string_view name;
      std::size_t rows;
      bool gender_rule;
    };
    for (const Want& want : {Want{"gansu", 8, true}, Want{"pingliang", 13, true}, Want{"wangcheng", 4, false},
                             Want{"shapingba", 12, false}}) {
      CAPTURE(want.name);
      const Profile profile = builtin_profile(want.name);
      CHECK(profile.name == want.name);
      CHECK(profile.rules.rules.size() == want.rows);
      CHECK(profile.gender_rule == want.gender_rule);
      CHECK(profile.rules.source == fmt::format("profile {}", want.name));
      CHECK_FALSE(builtin_profile_csv(want.name).empty());
    }
  }

  TEST_CASE("gansu has four categories with contacts 4 and visits 2 a year, and pingliang adds help 1 a year") {
    const Profile gansu = builtin_profile("gansu");
    for (Category c : {Category::orphan, Category::unsupported_child, Category::disabled, Category::extremely_poor}) {
      CAPTURE(jiedui::ledger::category_code(c));
      const auto want = Rows{fmt::format("{},*,contacts,4,year,", jiedui::ledger::category_code(c)),
                             fmt::format("{},*,visits,2,year,", jiedui::ledger::category_code(c))};
      CHECK(rows_of(gansu.rules.rules_for(c, "")) == want);
      CHECK(rows_of(gansu.rules.rules_for(c, "1")) == want);
    }
    CHECK(gansu.rules.rules_for(Category::elderly_alone, "").empty());
    CHECK(rows_of(builtin_profile("pingliang").rules.rules_for(Category::orphan, "")) ==
          Rows{"orphan,*,contacts,4,year,", "orphan,*,visits,2,year,", "orphan,*,help,1,year,"});
  }

  TEST_CASE("wangcheng goes by level with max_gap, so a recipient without a level has no rule") {
    const Profile p = builtin_profile("wangcheng");
    CHECK(rows_of(p.rules) == Rows{"*,3,any,1,3d,5", "*,2,any,1,week,10", "*,1,any,1,halfmonth,20", "*,*,visits,1,week,"});
    CHECK(rows_of(p.rules.rules_for(Category::elderly_alone, "3")) == Rows{"*,3,any,1,3d,5"});
    CHECK(p.rules.rules_for(Category::elderly_alone, "").empty());
  }

  TEST_CASE("shapingba: elderly_alone by the literal levels high and daily, any other level uses (elderly_alone, *)") {
    const Profile p = builtin_profile("shapingba");
    CHECK(rows_of(p.rules.rules_for(Category::elderly_alone, "high")) ==
          Rows{"elderly_alone,high,contacts,3,week,", "elderly_alone,high,visits,1,week,"});
    CHECK(rows_of(p.rules.rules_for(Category::elderly_alone, "daily")) == Rows{"elderly_alone,daily,any,1,day,"});
    const Rows other{"elderly_alone,*,contacts,1,week,", "elderly_alone,*,visits,1,month,"};
    CHECK(rows_of(p.rules.rules_for(Category::elderly_alone, "")) == other);
    CHECK(rows_of(p.rules.rules_for(Category::elderly_alone, "1")) == other);
    CHECK(rows_of(p.rules.rules_for(Category::left_behind_child, "")) == Rows{"left_behind_child,*,any,1,week,"});
    CHECK(rows_of(p.rules.rules_for(Category::dibao, "")) == Rows{"dibao,*,any,1,month,"});
    CHECK(p.rules.rules_for(Category::disabled, "").empty());
  }

  TEST_CASE("a role column gives each row its role; an empty cell or no column is cadre") {
    CollectingSink sink;
    const RuleSet set = parse_rules_text(
        "category,level,measure,min,per,max_gap,role\n"
        "orphan,*,contacts,4,year,,\n"
        "orphan,*,visits,1,week,,helper\n"
        "*,*,visits,1,month,,关爱帮扶联系人\n"
        "extremely_poor,*,visits,1,week,,驻村干部\n",
        "rules.csv", sink);
    CHECK(sink.diagnostics.empty());
    REQUIRE(set.rules.size() == 4);
    CHECK(set.rules[0].role == Role::cadre);
    CHECK(set.rules[1].role == Role::helper);
    CHECK(set.rules[2].role == Role::helper);
    CHECK(set.rules[3].role == Role::village);
    CHECK(parse("orphan,*,contacts,4,year,\n").set.rules.at(0).role == Role::cadre);
  }

  TEST_CASE("an unknown role in rules.csv is bad-value at its cell, and the row is left out") {
    CollectingSink sink;
    const RuleSet set = parse_rules_text("category,level,measure,min,per,max_gap,role\norphan,*,visits,1,week,,nanny\n",
                                         "rules.csv", sink);
    CHECK(set.rules.empty());
    REQUIRE(sink.diagnostics.size() == 1);
    CHECK(sink.diagnostics[0].code == jiedui::ledger::Code::bad_value);
    CHECK(sink.diagnostics[0].line == 2);
    CHECK(sink.diagnostics[0].column == 7);
  }

  TEST_CASE("per-role rule choice: a pairing uses its own role's rows, most specific among them") {
    const Parsed p = parse_with_roles(
        "orphan,*,contacts,4,year,,cadre\n"
        "*,*,visits,1,week,,helper\n"
        "orphan,*,visits,2,month,,helper\n"
        "extremely_poor,*,visits,1,week,,village\n");
    REQUIRE(p.diagnostics.empty());
    // The helper's (orphan, *) wins over its (*, *); the cadre's rows are not the helper's.
    CHECK(rows_of(p.set.rules_for(Category::orphan, "", Role::helper)) == Rows{"orphan,*,visits,2,month,"});
    CHECK(rows_of(p.set.rules_for(Category::disabled, "", Role::helper)) == Rows{"*,*,visits,1,week,"});
    CHECK(rows_of(p.set.rules_for(Category::orphan, "")) == Rows{"orphan,*,contacts,4,year,"});
    // A cadre with no row of its own has no rule, though a helper row matches.
    CHECK(p.set.rules_for(Category::disabled, "", Role::cadre).empty());
    CHECK(rows_of(p.set.rules_for(Category::extremely_poor, "", Role::village)) == Rows{"extremely_poor,*,visits,1,week,"});
    CHECK(p.set.rules_for(Category::orphan, "", Role::teacher).empty());
    CHECK(p.set.has_role(Role::helper));
    CHECK_FALSE(p.set.has_role(Role::medic));
  }

  TEST_CASE("wangcheng's helper visits weekly and pingliang's village worker visits the extremely poor weekly") {
    CHECK(rows_of(builtin_profile("wangcheng").rules.rules_for(Category::elderly_alone, "", Role::helper)) ==
          Rows{"*,*,visits,1,week,"});
    CHECK(rows_of(builtin_profile("pingliang").rules.rules_for(Category::extremely_poor, "", Role::village)) ==
          Rows{"extremely_poor,*,visits,1,week,"});
    CHECK(builtin_profile("pingliang").rules.rules_for(Category::orphan, "", Role::village).empty());
    for (const std::string_view name : {"gansu", "shapingba"}) {
      CAPTURE(name);
      for (const Rule& r : builtin_profile(name).rules.rules) CHECK(r.role == Role::cadre);
    }
  }

  TEST_CASE("an unknown profile throws UsageError listing the known ones") {
    CHECK_THROWS_AS(builtin_profile("hunan"), jiedui::UsageError);
    CHECK_THROWS_WITH(builtin_profile("hunan"), "unknown profile 'hunan' (known: gansu, pingliang, shapingba, wangcheng)");
    CHECK_THROWS_WITH(builtin_profile("Gansu"), "unknown profile 'Gansu' (known: gansu, pingliang, shapingba, wangcheng)");
    CHECK_THROWS_WITH(builtin_profile(""), "unknown profile '' (known: gansu, pingliang, shapingba, wangcheng)");
    CHECK(builtin_profile_csv("hunan").empty());
  }
}
