// jiedui.toml (jiedui(1) FILES): what a data officer writes by hand, and
// every value a command cannot use named at its file, line and column.
#include <doctest/doctest.h>

#include <string>

#include "error.hpp"
#include "ledger/config.hpp"

using jiedui::InputError;
using jiedui::ledger::Config;

TEST_SUITE("ledger::Config") {
  TEST_CASE("a [command] section wins over the top level; comments and quotes are read") {
    const Config c = Config::parse("profile = \"gansu\"  # default\n[audit]\nprofile = \"wangcheng\"\ngender_gap = 30\n",
                                   "jiedui.toml");
    CHECK(c.get("audit", "profile") == "wangcheng");
    CHECK(c.get("report", "profile") == "gansu");
    CHECK(c.get("audit", "gender_gap") == "30");
    CHECK_FALSE(c.get("report", "gender_gap"));
  }

  TEST_CASE("text after a closing quote is an error at its line and column, not silently dropped") {
    try {
      Config::parse("# defaults\nprofile = \"wangcheng\" shapingba\n", "jiedui.toml");
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.file() == "jiedui.toml");
      CHECK(e.line() == 2);
      CHECK(e.column() == 23);
      CHECK(std::string(e.what()) == "'shapingba' after the closing quote");
    }
    CHECK_NOTHROW(Config::parse("profile = \"wangcheng\"   # the county's\n", "jiedui.toml"));
  }

  TEST_CASE("bad_value names the line and column of the value the command read") {
    const Config c = Config::parse("profile = \"gansu\"\n[audit]\n  gender_gap = 40 years\n", "set/jiedui.toml");
    const InputError e = c.bad_value("audit", "gender_gap", "not a number");
    CHECK(e.file() == "set/jiedui.toml");
    CHECK(e.line() == 3);
    CHECK(e.column() == 16);
    const InputError top = c.bad_value("report", "profile", "unknown");
    CHECK(top.line() == 1);
    CHECK(top.column() == 11);
  }
}
