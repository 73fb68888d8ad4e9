// jiedui.toml (jiedui-config(5)): real TOML, and everything in it that
// jiedui cannot use named at its file, line and column.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"
#include "ledger/config.hpp"

using jiedui::InputError;
using jiedui::ledger::Config;

namespace {

const std::vector<std::string_view> kCommands = {"audit", "report", "card", "check", "pair"};

Config parse(const std::string& text) { return Config::parse(text, "set/jiedui.toml", kCommands); }

// The error the text gives: where, and what it says.
struct Where {
  std::uint32_t line = 0, column = 0;
  std::string message;
};
Where error_of(const std::string& text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    CHECK(e.file() == "set/jiedui.toml");
    return {e.line(), e.column(), e.what()};
  }
  FAIL("no error for: " << text);
  return {};
}

}  // namespace

TEST_SUITE("ledger::Config") {
  TEST_CASE("a [command] table wins over the top level; comments and quotes are read") {
    const Config c = parse("profile = \"gansu\"  # default\n[audit]\nprofile = \"wangcheng\"\ngender_gap = 30\n");
    CHECK(c.get("audit", "profile") == "wangcheng");
    CHECK(c.get("report", "profile") == "gansu");
    CHECK(c.get("audit", "gender_gap") == "30");
    CHECK(c.integer("audit", "gender_gap") == 30);
    CHECK_FALSE(c.get("report", "gender_gap"));
  }

  TEST_CASE("every option key a data officer would default is read, with its type") {
    const Config c = parse(
        "lang = \"zh\"\nthreads = 2\nbom = true\nencoding = \"gb18030\"\ninput_encoding = \"auto\"\n"
        "reveal = false\n[audit]\nfail_on = \"error\"\n[report]\nformat = \"xlsx\"\n[card]\ntemplate = "
        "\"shapingba\"\n");
    CHECK(c.get("audit", "lang") == "zh");
    CHECK(c.get("audit", "fail_on") == "error");
    CHECK_FALSE(c.get("check", "fail_on"));
    CHECK(c.get("report", "format") == "xlsx");
    CHECK(c.integer("report", "threads") == 2);
    CHECK(c.get("report", "bom") == "true");
    CHECK(c.get("card", "template") == "shapingba");
    CHECK(c.get("check", "reveal") == "false");
  }

  TEST_CASE("[phones] keys are district paths without their quotes") {
    const Config c = parse("[phones]\n\"平凉市/静宁县/城关镇\" = \"0933-2510000\"\n");
    CHECK(c.values().at("phones.平凉市/静宁县/城关镇") == "0933-2510000");
    const Where bare = error_of("[phones]\n\"平凉市\" = 2512345\n");
    CHECK(bare.line == 2);
    CHECK(bare.message == "the phone of '平凉市' is a whole number; it takes the number as a string, in double quotes");
  }

  TEST_CASE("[subsidy] levels are positive whole yuan, read as text and as numbers") {
    const Config c = parse("[subsidy]\nlevel1 = 300\nlevel2 = 200\nlevel3 = 100\n");
    CHECK(c.get("subsidy", "level1") == "300");
    CHECK(c.integer("subsidy", "level3") == 100);
    CHECK_FALSE(c.get("subsidy", "level4"));
    const Where zero = error_of("[subsidy]\nlevel2 = 0\n");
    CHECK(zero.line == 2);
    CHECK(zero.column == 10);
    CHECK(zero.message == "level2 = 0 is not a number of yuan from 1 to 100000000");
    CHECK(error_of("[subsidy]\nlevel1 = \"300\"\n").message ==
          "level1 is a string; it takes a whole number of yuan from 1 to 100000000");
    CHECK(error_of("[subsidy]\nlevel4 = 50\n").message ==
          "unknown key 'level4' in [subsidy]; the keys are level1, level2, level3 (yuan a month)");
  }

  TEST_CASE("an unknown key is an error at the key, listing the keys") {
    const Where w = error_of("# defaults\nprofle = \"wangcheng\"\n");
    CHECK(w.line == 2);
    CHECK(w.column == 1);
    CHECK(w.message.starts_with("unknown key 'profle'; the keys are profile, gender_gap, lang,"));
  }

  TEST_CASE("a key in capitals is not the key") {
    CHECK(error_of("Profile = \"gansu\"\n").message.starts_with("unknown key 'Profile'"));
    const Where table = error_of("[Audit]\nfail_on = \"error\"\n");
    CHECK(table.line == 1);
    CHECK(table.column == 2);
    CHECK(table.message.starts_with("unknown table [Audit]; the tables are phones, subsidy, audit,"));
  }

  TEST_CASE("a key of the wrong type is an error at the value") {
    const Where w = error_of("[audit]\n  gender_gap = \"40\"\n");
    CHECK(w.line == 2);
    CHECK(w.column == 16);
    CHECK(w.message == "gender_gap is a string; it takes a whole number of years from 0 to 200");
    CHECK(error_of("threads = 2.5\n").message ==
          "threads is a decimal number; it takes a whole number of threads from 1 to 1024");
    CHECK(error_of("profile = 3\n").message == "profile is a whole number; it takes a string in double quotes");
    CHECK(error_of("bom = \"yes\"\n").message == "bom is a string; it takes true or false");
  }

  TEST_CASE("a value outside its range or list is an error at the value") {
    const Where gap = error_of("profile = \"gansu\"\ngender_gap = -5\n");
    CHECK(gap.line == 2);
    CHECK(gap.column == 14);
    CHECK(gap.message == "gender_gap = -5 is not a number of years from 0 to 200");
    CHECK(error_of("lang = \"fr\"\n").message == "lang = \"fr\" is not one of: en, zh");
    CHECK(error_of("lang = \"ZH\"\n").message == "lang = \"ZH\" is not one of: en, zh");
    CHECK(error_of("[audit]\nfail_on = \"Error\"\n").message ==
          "fail_on = \"Error\" is not one of: error, warning, notice, never");
    CHECK(error_of("threads = 0\n").message == "threads = 0 is not a number of threads from 1 to 1024");
  }

  TEST_CASE("reveal = true is refused: masking is turned off run by run, on the command line") {
    const Where w = error_of("reveal = true\n");
    CHECK(w.line == 1);
    CHECK(w.column == 10);
    CHECK(w.message.starts_with("reveal = true is not allowed"));
  }

  TEST_CASE("text that is not TOML is an error at its line and column") {
    const Where w = error_of("# defaults\nprofile = \"wangcheng\" shapingba\n");
    CHECK(w.line == 2);
    CHECK(w.column == 23);
    CHECK_NOTHROW(parse("profile = \"wangcheng\"   # the county's\n"));
    CHECK(error_of("profile = \"gansu\"\nprofile = \"pingliang\"\n").line == 2);  // a key twice
    CHECK(error_of("[report.districts]\nformat = \"csv\"\n").message.starts_with("[report.districts]"));
  }

  TEST_CASE("bad_value names the line and column of the value the command read") {
    const Config c = parse("profile = \"gansu\"\n[audit]\n  gender_gap = 40\n");
    const InputError e = c.bad_value("audit", "gender_gap", "not for audit");
    CHECK(e.file() == "set/jiedui.toml");
    CHECK(e.line() == 3);
    CHECK(e.column() == 16);
    const InputError top = c.bad_value("report", "profile", "unknown");
    CHECK(top.line() == 1);
    CHECK(top.column() == 11);
  }
}
