#pragma once
// Changes to pairings.csv (`pair add`, `pair end`, `pair move`): the new file
// is built whole in memory (pairings grow with people, not with time), loaded
// with `check`'s own loader and run through the audit's pairing checks; what
// would newly be an error is a refusal, and so is a pairing that starts on or
// after its recipient's exit_date (recipient-exited). Untouched rows keep
// every byte.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"
#include "write/ledger_file.hpp"
#include "write/refusal.hpp"

namespace jiedui::write {

struct PairingChange {
  enum class Kind { add, end, move } kind = Kind::add;
  std::string recipient;
  std::string cadre;  // add, move: the (new) cadre
  ledger::Day date{};  // add: start; end: the last day; move: the new cadre's first day (the old pairing ends the day before)
  std::string reason;
  bool force = false;
  int gender_gap = 40;  // 0: the gender rule is off
  // add: the new pairing's role; end, move: the role of the pairing acted on
  // (the recipient's active pairing of that role). A non-cadre role written
  // to a pairings.csv without a role column gives the file that column.
  ledger::Role role = ledger::Role::cadre;
};

struct RowChange {
  std::uint32_t line = 0;
  std::string before;  // "" for an appended row
  std::string after;  // as UTF-8, without the line end
};

struct PairingPlan {
  LedgerFile file;
  std::string bytes;  // the whole new pairings.csv
  std::vector<RowChange> changes;
  // The header line when the change adds the role column (every old record
  // then also gains an empty cell at its end).
  std::optional<RowChange> header_change;
  std::vector<Refusal> refusals;
  // Warnings `check` would newly give on the rows written (pairing-after-exit
  // for a pairing that stays open past an exit_date): printed, never refused.
  std::vector<Refusal> warnings;
  bool forced = false;
};

// `ledger` and `diagnostics` are the set as loaded (under the lock); the
// diagnostics let only the problems the change would add count against it.
PairingPlan plan_pairing_change(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                                const PairingChange& change, const ledger::LoadOptions& options);

// Many new cadre pairings in one write (`pair suggest --apply`), all starting on
// `date`: each row checked as `pair add` checks one (check's loader on the
// whole candidate file, then the audit's gender and cadre-unavailable
// checks), and the write is all or nothing. `reason`, if any, goes in each row.
struct PairingAddition {
  std::string recipient, cadre;
};
PairingPlan plan_pairing_additions(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                                   const std::vector<PairingAddition>& additions, ledger::Day date,
                                   const std::string& reason, int gender_gap, const ledger::LoadOptions& options);

// Writes plan.bytes over pairings.csv: temp file, fsync, rename, fsync the directory.
void write_pairings(const PairingPlan& plan);

}  // namespace jiedui::write
