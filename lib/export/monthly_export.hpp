#pragma once
// `jiedui export` (SPEC §8): the file cron writes on the 15th for the
// provincial system (seed 003: 动态调整机制 … 每月15日进行系统录入). For the
// window from the 16th of the previous month to the 15th of the month it
// holds the pairings that started (新增) or ended (解除) and the work records
// dated in it, under the Chinese headers of seed 000's contact card and work
// record form. Rows are sorted so that the same ledger gives the same bytes.
// Records are sorted within a memory budget (sorted_runs.hpp): memory grows
// with pairings, not with work records.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/period.hpp"
#include "export/sorted_runs.hpp"
#include "ledger/ledger.hpp"
#include "out/table_writer.hpp"

namespace jiedui::exports {

using audit::Day;
using audit::Period;

// [16th of the month before, 15th of the month]: 2027-01 → 2026-12-16..2027-01-15.
Period export_window(date::year_month month);

enum class ExportContent : std::uint8_t { all, changes, records };

// The 41 columns, Chinese names, in file order (jiedui-export(1) lists them);
// with_role: and a 42nd, 结对角色.
const std::vector<out::Column>& export_columns(bool with_role = false);

// The role of the pairing a record by `cadre` on `day` counts for: of the
// recipient's pairings active that day whose person is the record's, the one
// of the first role in role order (a person who is the cadre and also the
// helper is shown as the cadre); nullopt when none (visit-not-paired).
std::optional<ledger::Role> record_role(const ledger::Ledger& ledger, std::uint32_t recipient, std::uint32_t cadre,
                                        Day day);

// The bytes of records an export holds before it sorts them in a temporary
// file (jiedui-export(1) "FILES"); JIEDUI_EXPORT_SORT_BYTES sets it (tests).
inline constexpr std::size_t kSortBudget = std::size_t{64} << 20;

class MonthlyExport {
 public:
  // Only what is dated in `window` and on or before `as_of` is exported.
  MonthlyExport(const ledger::Ledger& ledger, Period window, Day as_of, ExportContent content,
                std::size_t sort_budget = kSortBudget);

  // Records in any order; those outside the window or after as_of are skipped.
  void add(const ledger::Visit& visit);

  // The file's columns: the 41, and 结对角色 when a pairing change or a
  // record's pairing exported has a role other than cadre (so a set without
  // roles gives the bytes it always gave). Call after every add().
  const std::vector<out::Column>& columns();

  // Each row to `row`: pairing changes first, by date (start for 新增, end
  // for 解除), recipient id, pairings.csv line, 新增 before 解除; then
  // records by date, recipient id, visits.csv line. Call once.
  void finish(const std::function<void(const std::vector<std::string>&)>& row);
  // The same, gathered (tests).
  std::vector<std::vector<std::string>> finish();

  std::size_t changes() const { return changes_; }
  std::size_t records() const { return records_.size(); }
  std::size_t sorted_runs() const { return records_.runs(); }  // temporary runs written (tests)

 private:
  struct Change {
    Day date;
    std::uint32_t pairing;
    int kind;  // 0 新增, 1 解除
  };
  void collect_changes();

  const ledger::Ledger& ledger_;
  std::vector<Change> pending_;
  bool collected_ = false;
  bool with_role_ = false;
  Period window_;
  Day as_of_;
  ExportContent content_;
  SortedRuns records_;
  std::size_t changes_ = 0;
};

}  // namespace jiedui::exports
