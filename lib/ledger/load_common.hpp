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

// "after today (2026-11-20)", or "after the as-of day (…)" when the day was given.
inline std::string after_today(const LoadOptions& options) {
  return fmt::format("after {} ({})", options.today_given ? "the as-of day" : "today", format_day(options.today));
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
    t.report(Severity::error, Code::bad_date, column, fmt::format("'{}' is not a date ({})", text, kDayForms));
    return std::nullopt;
  }
  if (!future_ok && options.today != Day{} && *day > options.today) {
    t.report(Severity::error, Code::future_date, column,
             fmt::format("{} is {}", format_day(*day), after_today(options)));
  }
  return day;
}

// Holds a file's diagnostics and passes them on sorted by line and column,
// so checks made after reading (overlaps) still come out in file order.
// Memory stays bounded on a file of garbage (a million bad rows): past
// kHoldLimit held diagnostics it streams instead, sorting only within a line
// (rows arrive in line order), and whatever comes for an earlier line after
// that (overlaps) follows, sorted, at the end.
class SortingSink : public DiagnosticSink {
 public:
  static constexpr std::size_t kHoldLimit = 10000;

  explicit SortingSink(DiagnosticSink& next) : next_(next) {}
  ~SortingSink() override {
    flush(held_, held_.size());
    flush(late_, late_.size());
  }
  void report(Diagnostic diagnostic) override {
    if (streaming_ && diagnostic.line < line_) {
      late_.push_back(std::move(diagnostic));
      return;
    }
    if (streaming_ && diagnostic.line > line_) flush(held_, held_.size());
    line_ = std::max(line_, diagnostic.line);
    held_.push_back(std::move(diagnostic));
    if (!streaming_ && held_.size() > kHoldLimit) {
      streaming_ = true;
      // All but the current line's, which may still grow.
      flush(held_, static_cast<std::size_t>(std::count_if(held_.begin(), held_.end(),
                                                          [&](const Diagnostic& d) { return d.line < line_; })));
    }
  }
  void note(std::string message) override { next_.note(std::move(message)); }

 private:
  static void sort(std::vector<Diagnostic>& list) {
    std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
  }
  // Sorts the list, passes on its first `count`, keeps the rest.
  void flush(std::vector<Diagnostic>& list, std::size_t count) {
    sort(list);
    for (std::size_t i = 0; i < count; ++i) next_.report(std::move(list[i]));
    list.erase(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(count));
  }

  DiagnosticSink& next_;
  std::vector<Diagnostic> held_, late_;
  std::uint32_t line_ = 0;  // the highest line so far
  bool streaming_ = false;
};

}  // namespace jiedui::ledger
