#include "ledger_write.hpp"

#include <fmt/format.h>

#include "error.hpp"
#include "out/text_mask.hpp"

namespace jiedui::cmd {
namespace {

// Counts like audit's sink (a missing column still stops the write) and keeps
// every diagnostic, so the write is blamed only for problems it adds.
class KeepingSink : public CountingSink {
 public:
  KeepingSink(bool quiet, std::vector<ledger::Diagnostic>& out) : CountingSink(quiet), out_(out) {}
  void report(ledger::Diagnostic d) override {
    CountingSink::report(d);
    out_.push_back(std::move(d));
  }

 private:
  std::vector<ledger::Diagnostic>& out_;
};

}  // namespace

void add_write_options(CLI::App& app, WriteOptions& o, std::string_view reason_help) {
  if (!reason_help.empty()) {
    app.add_flag("--force", o.force,
                 "write despite a rule the row breaks (second pairing, gender rule, record by a cadre not paired, future date …); needs --reason");
    app.add_option("--reason", o.reason, std::string(reason_help));
  }
  app.add_flag("-n,--dry-run", o.dry_run, "show what would be written, write nothing");
  app.add_option("--wait", o.wait, "seconds to wait for another writer's lock (default 10; 0 = fail at once)")
      ->check(CLI::Range(0.0, 86400.0));
  app.add_option("--as-of", o.as_of, "the day after which dates are future-date (default: today)");
  app.add_flag("--reveal", o.reveal, "show ID numbers in full in messages and --dry-run");
}

std::unique_ptr<LockedSet> lock_and_load(const Globals& g, const WriteOptions& o, const std::string& command,
                                         const RuleChoice& rules) {
  if (o.force && o.reason.empty()) throw UsageError("--force needs --reason TEXT: the reason is kept in the row");
  auto locked = std::make_unique<LockedSet>();
  // A dry run writes nothing, so it takes no lock and works on a read-only
  // set: every write replaces a file by rename, so what it reads is whole.
  if (!o.dry_run) {
    locked->lock = std::make_unique<write::LedgerLock>(g.dir(), o.wait);
    write::remove_stale_temp_files(g.dir());
  }
  locked->load = g.load_options();
  locked->load.today = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
  KeepingSink sink(true, locked->diagnostics);
  locked->set = load_set(g, rules, command, locked->load, sink);
  sink.finish(command);
  return locked;
}

namespace {

// FILE:LINE:COL: CODE: message (print_* mask it unless --reveal).
std::string refusal_text(const write::Refusal& r) {
  const std::string where = r.file.empty() ? std::string() : fmt::format("{}:{}:{}: ", r.file, r.line, r.column);
  return fmt::format("{}{}: {}", where, r.code, r.message);
}

}  // namespace

int report_refusals(const std::vector<write::Refusal>& refusals, const WriteOptions& o, bool quiet, bool can_force) {
  if (refusals.empty()) return kOk;
  const bool forced = o.force && write::all_forceable(refusals);
  for (const auto& r : refusals) {
    const std::string text = refusal_text(r);
    if (forced) {
      if (!quiet) print_warning(text + " (forced: " + o.reason + ")");
    } else {
      print_error(text + (o.force && !r.forceable ? " (cannot be forced)" : ""));
    }
  }
  if (forced) return kOk;
  const bool could_force = can_force && write::all_forceable(refusals);
  print_error(fmt::format("refused: nothing written{}",
                          could_force ? " (--force --reason TEXT records a justified exception)" : ""));
  return kFindings;
}

void report_warnings(const std::vector<write::Refusal>& warnings, bool quiet) {
  if (quiet) return;
  for (const auto& w : warnings) print_warning(refusal_text(w));
}

std::string dry_run_line(const std::string& file, std::uint32_t line, char sign, const std::string& row,
                         bool reveal) {
  // One line a row, whatever its cells hold: a note's line break or ESC is
  // shown as an escape, as in check's lines.
  return fmt::format("{}:{}: {}{}\n", file, line, sign,
                     out::visible_controls(reveal ? row : out::mask_personal_numbers(row)));
}

}  // namespace jiedui::cmd
