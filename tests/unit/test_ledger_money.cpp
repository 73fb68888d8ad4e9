// Counts and money of the work-record form (SPEC §1 visits.csv): whole
// numbers ≥ 0, and yuan with at most 2 decimals kept as integer fen.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include <limits>

#include "audit/record_totals.hpp"
#include "error.hpp"
#include "ledger/money.hpp"

using jiedui::ledger::format_yuan;
using jiedui::ledger::parse_count;
using jiedui::ledger::parse_fen;

TEST_SUITE("ledger::money") {
  TEST_CASE("parse_fen reads yuan with 0, 1 or 2 decimals as integer fen") {
    CHECK(parse_fen("12.5") == std::optional<std::int64_t>{1250});
    CHECK(parse_fen("12.50") == std::optional<std::int64_t>{1250});
    CHECK(parse_fen("12") == std::optional<std::int64_t>{1200});
    CHECK(parse_fen("0") == std::optional<std::int64_t>{0});
    CHECK(parse_fen("0.0") == std::optional<std::int64_t>{0});
    CHECK(parse_fen("0.05") == std::optional<std::int64_t>{5});
    CHECK(parse_fen("0.5") == std::optional<std::int64_t>{50});
    CHECK(parse_fen("200") == std::optional<std::int64_t>{20000});
    CHECK(parse_fen("007.10") == std::optional<std::int64_t>{710});
    // 12 digits of yuan is the most it takes, and it fits easily in 64 bits.
    CHECK(parse_fen("999999999999.99") == std::optional<std::int64_t>{99999999999999});
  }

  TEST_CASE("parse_fen refuses a third decimal, a sign, thousands separators and a bare point") {
    for (std::string_view text : {"12.345", "0.001", "-1", "-0.5", "+1", "1,200", "1 200", "12.", ".5", ".", "",
                                  "12.5.0", "1e3", "12.a", "abc", "１２", "1000000000000", "12,5"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_fen(text).has_value());
    }
  }

  TEST_CASE("parse_count reads whole numbers from 0 to 999999999") {
    CHECK(parse_count("0") == std::optional<std::uint32_t>{0});
    CHECK(parse_count("3") == std::optional<std::uint32_t>{3});
    CHECK(parse_count("012") == std::optional<std::uint32_t>{12});
    CHECK(parse_count("999999999") == std::optional<std::uint32_t>{999999999});
  }

  TEST_CASE("parse_count refuses signs, decimals, text, the empty string and ten digits") {
    for (std::string_view text : {"", "-1", "+1", "1.0", "1.5", "one", "一", "1,000", " 1", "1000000000"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_count(text).has_value());
    }
  }

  TEST_CASE("format_yuan writes fen as yuan with exactly two decimals") {
    CHECK(format_yuan(1250) == "12.50");
    CHECK(format_yuan(0) == "0.00");
    CHECK(format_yuan(5) == "0.05");
    CHECK(format_yuan(50) == "0.50");
    CHECK(format_yuan(100) == "1.00");
    CHECK(format_yuan(120000) == "1200.00");
    CHECK(format_yuan(-5) == "-0.05");
    CHECK(format_yuan(-1250) == "-12.50");
    CHECK(format_yuan(99999999999999) == "999999999999.99");
  }

  TEST_CASE("format_yuan and parse_fen round-trip") {
    for (std::int64_t fen : {0, 1, 9, 10, 99, 100, 1250, 123456789}) {
      CAPTURE(fen);
      CHECK(parse_fen(format_yuan(fen)) == std::optional<std::int64_t>{fen});
    }
  }

  TEST_CASE("add_checked adds, and throws TotalError instead of wrapping past int64") {
    std::int64_t total = 5;
    jiedui::ledger::add_checked(total, 7, "funds");
    CHECK(total == 12);
    total = std::numeric_limits<std::int64_t>::max() - 1;
    jiedui::ledger::add_checked(total, 1, "funds");
    CHECK(total == std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(jiedui::ledger::add_checked(total, 1, "funds"), jiedui::TotalError);
    CHECK_THROWS_WITH(jiedui::ledger::add_checked(total, 1, "funds"),
                      doctest::Contains("the funds total is larger than a 64-bit sum can hold"));
  }

  TEST_CASE("100,000 records of 999,999,999,999.99 yuan throw, never print -84467440737096516.16") {
    jiedui::audit::RecordTotals totals;
    jiedui::ledger::Visit v;
    v.funds_fen = *parse_fen("999999999999.99");
    CHECK_THROWS_AS(
        [&] {
          for (int i = 0; i < 100000; ++i) totals.add(v);
        }(),
        jiedui::TotalError);
    CHECK(totals.funds_fen > 0);  // what was summed before the throw is still a true partial sum
    jiedui::audit::RecordTotals big;
    big.funds_fen = std::numeric_limits<std::int64_t>::max();
    jiedui::audit::RecordTotals one;
    one.funds_fen = 1;
    CHECK_THROWS_AS(big += one, jiedui::TotalError);
  }

  TEST_CASE("no single record may give more than 99,999,999.99 yuan") {
    CHECK(jiedui::ledger::kMaxFundsFen == *parse_fen("99999999.99"));
    CHECK(*parse_fen("100000000") > jiedui::ledger::kMaxFundsFen);
  }
}
