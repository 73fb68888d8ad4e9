#pragma once
// Pieces shared by the ledger loaders.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "ledger/table.hpp"

namespace jiedui::ledger {

// A required cell: reports missing-value when empty.
inline bool require(TableReader& t, std::size_t column, std::string_view why) {
  if (!t.cell(column).empty()) return true;
  t.report(Severity::error, Code::missing_value, column, std::string(why));
  return false;
}

// A date cell: bad-date when unreadable; future-date when after today
// (unless future_ok: a planned end date is fine).
inline std::optional<Day> read_day(TableReader& t, std::size_t column, bool required, const LoadOptions& options,
                                   bool future_ok = false) {
  const std::string_view text = t.cell(column);
  if (text.empty()) {
    (void)required;
    return std::nullopt;
  }
  const auto day = parse_day(text);
  if (!day) {
    t.report(Severity::error, Code::bad_date, column, fmt::format("'{}' is not a date (YYYY-MM-DD)", text));
    return std::nullopt;
  }
  if (!future_ok && options.today != Day{} && *day > options.today) {
    t.report(Severity::error, Code::future_date, column,
             fmt::format("{} is after today ({})", format_day(*day), format_day(options.today)));
  }
  return day;
}

// Holds a file's diagnostics and passes them on sorted by line and column,
// so checks made after reading (overlaps) still come out in file order.
class SortingSink : public DiagnosticSink {
 public:
  explicit SortingSink(DiagnosticSink& next) : next_(next) {}
  ~SortingSink() override {
    std::stable_sort(held_.begin(), held_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    for (auto& d : held_) next_.report(std::move(d));
  }
  void report(Diagnostic diagnostic) override { held_.push_back(std::move(diagnostic)); }
  void note(std::string message) override { next_.note(std::move(message)); }

 private:
  DiagnosticSink& next_;
  std::vector<Diagnostic> held_;
};

}  // namespace jiedui::ledger
