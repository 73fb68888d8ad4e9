#pragma once
// What the writing subcommands (pair, log) share: the options of SPEC §7
// (--force --reason, --dry-run, --wait), the set loaded under its lock, and
// refusals printed as check prints problems.
#include <memory>
#include <string>
#include <vector>

#include "ledger_run.hpp"
#include "write/ledger_lock.hpp"
#include "write/refusal.hpp"

namespace jiedui::cmd {

struct WriteOptions {
  bool force = false;
  std::string reason;
  bool dry_run = false;
  double wait = 10;  // seconds
  bool reveal = false;
  std::string as_of;  // "" = today: what "future" means
};
// `reason_help` says what --reason is for in this subcommand; "": the
// subcommand has neither --reason nor --force (recipient, cadre).
void add_write_options(CLI::App& app, WriteOptions& options, std::string_view reason_help);

// The set as it is once the lock is held: another writer cannot change it
// until this object is gone.
struct LockedSet {
  std::unique_ptr<write::LedgerLock> lock;
  LoadedSet set;
  ledger::LoadOptions load;
  std::vector<ledger::Diagnostic> diagnostics;  // the set's own problems, before the change
};
// `rules` resolves the gender gap (pair suggest takes --profile and --gender-gap).
std::unique_ptr<LockedSet> lock_and_load(const Globals& g, const WriteOptions& o, const std::string& command,
                                         const RuleChoice& rules = {});

// Prints each refusal as `jiedui: error: FILE:LINE:COL: CODE: message` (a
// warning when forced). Returns kOk when the write may go ahead, else
// kFindings after saying that nothing was written.
// `can_force` false: the command has no --force (pair suggest --apply), so
// the closing line does not offer it.
int report_refusals(const std::vector<write::Refusal>& refusals, const WriteOptions& o, bool quiet,
                    bool can_force = true);

// Prints each warning the write newly causes (it goes ahead) as
// `jiedui: warning: FILE:LINE:COL: CODE: message`.
void report_warnings(const std::vector<write::Refusal>& warnings, bool quiet);

// "pairings.csv:63: +row" lines of --dry-run, masked unless --reveal, control
// characters (a line break inside a quoted note) as visible escapes.
std::string dry_run_line(const std::string& file, std::uint32_t line, char sign, const std::string& row, bool reveal);

}  // namespace jiedui::cmd
