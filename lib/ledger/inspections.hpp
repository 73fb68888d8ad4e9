#pragma once
// inspections.csv (督查表, 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》
// 附件3): one row per inspection of a helper's (关爱帮扶联系人) work, read
// and checked like the other ledgers. Small (a quarter's inspections of a
// street's recipients): held in memory.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::ledger {

struct Inspection {
  Day date{};
  std::uint32_t recipient = 0;  // index into Ledger::recipients
  std::uint32_t helper = 0;  // index into Ledger::cadres
  // The four questions of the form: 是否开展联系走访, 是否开展关爱帮扶活动,
  // 家庭环境 (门前院落整洁、物品摆放整齐、房间通风无异味), 满意度.
  bool visited = false, activities = false, environment = false, satisfied = false;
  std::string inspector, notes;  // as written (trimmed); shown, never computed on
  std::uint32_t line = 0;

  // A "no" to any question: 帮扶不到位 (the scheme's 四(二)).
  bool failed() const { return !(visited && activities && environment && satisfied); }
};

struct Inspections {
  bool present = false;  // the set has an inspections.csv (audit findings only then)
  std::vector<Inspection> rows;  // file order; rows with an error left out (they count for nothing)
};

// yes/no cells: yes/no, y/n, 1/0, 是/否, 满意/不满意, √/× (case-insensitive);
// nullopt for anything else.
std::optional<bool> parse_yes_no(std::string_view text);

// The helper pairing an inspection is of: the recipient's pairing of role
// helper active on `day` whose person is `helper` (with overlapping helper
// pairings, a check error, the earliest-starting one); nullopt when none.
std::optional<std::uint32_t> inspected_pairing(const Ledger& ledger, std::uint32_t recipient, std::uint32_t helper,
                                               Day day);

// DIR/inspections.csv if the set has one (else present = false, no rows).
// Every problem goes to `sink` as FILE:LINE:COLUMN: unknown-recipient,
// unknown-cadre, bad-date, future-date (after options.today), bad-value (an
// answer that is not yes or no), missing-value (an empty required cell):
// those rows are left out. inspection-not-paired (a warning) keeps the row.
Inspections load_inspections(const Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink);

// The same checks over rows from `reader` shown as `display_path` (a file to
// import, or the row `log inspect` is about to append): each readable row
// goes to `on_row`.
void for_each_inspection_in(const Ledger& ledger, csv::Reader reader, std::string display_path,
                            const LoadOptions& options, DiagnosticSink& sink,
                            const std::function<void(const Inspection&)>& on_row);

}  // namespace jiedui::ledger
