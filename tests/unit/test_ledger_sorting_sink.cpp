// SortingSink: a file's diagnostics in line order, with bounded memory.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ledger/ledger.hpp"
#include "ledger/load_common.hpp"

using jiedui::ledger::CollectingSink;
using jiedui::ledger::Diagnostic;
using jiedui::ledger::SortingSink;

namespace {

Diagnostic at(std::uint32_t line, std::uint32_t column) {
  return {jiedui::ledger::Severity::error, jiedui::ledger::Code::bad_value, "f.csv", line, column, "m"};
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> positions(const CollectingSink& sink) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const auto& d : sink.diagnostics) out.emplace_back(d.line, d.column);
  return out;
}

}  // namespace

TEST_SUITE("ledger::SortingSink") {
  TEST_CASE("a late diagnostic for an earlier line comes out in file order") {
    CollectingSink out;
    {
      SortingSink sorted(out);
      sorted.report(at(2, 3));
      sorted.report(at(2, 1));
      sorted.report(at(4, 1));
      sorted.report(at(3, 2));  // an overlap found after reading
    }
    CHECK(positions(out) == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{2, 1}, {2, 3}, {3, 2}, {4, 1}});
  }

  TEST_CASE("past the hold limit it streams: every diagnostic still comes out, sorted within each line") {
    CollectingSink out;
    const std::uint32_t rows = 3 * SortingSink::kHoldLimit;
    std::size_t passed_on_while_reading = 0;
    {
      SortingSink sorted(out);
      for (std::uint32_t line = 2; line < rows + 2; ++line) {
        sorted.report(at(line, 2));
        sorted.report(at(line, 1));
      }
      passed_on_while_reading = out.diagnostics.size();
      sorted.report(at(5, 9));  // late: after the rows' diagnostics
    }
    CHECK(passed_on_while_reading >= 2 * rows - 2);  // held: only the current line's
    REQUIRE(out.diagnostics.size() == 2 * rows + 1);
    for (std::uint32_t i = 0; i < rows; ++i) {
      CHECK(out.diagnostics[2 * i].line == i + 2);
      CHECK(out.diagnostics[2 * i].column == 1);
      CHECK(out.diagnostics[2 * i + 1].column == 2);
    }
    CHECK(out.diagnostics.back().line == 5);
    CHECK(out.diagnostics.back().column == 9);
  }
}
