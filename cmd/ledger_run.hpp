#pragma once
// Loading a ledger set for a command that computes on it (audit, report, …):
// problems are counted, not printed one by one (that is `check`'s job), and a
// file the command cannot read at all stops it with exit 2.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "audit/finding_filter.hpp"
#include "audit/period.hpp"
#include "common.hpp"
#include "ledger/config.hpp"
#include "ledger/ledger.hpp"
#include "rules/resolve.hpp"

namespace jiedui::cmd {

class CountingSink : public ledger::DiagnosticSink {
 public:
  explicit CountingSink(bool quiet) : quiet_(quiet) {}
  void report(ledger::Diagnostic d) override;
  void note(std::string message) override;
  // After loading: throws UsageError-like exit when a file was unusable,
  // else warns once about the rows left out.
  void finish(std::string_view command) const;
  std::size_t errors() const { return errors_; }

 private:
  bool quiet_;
  std::size_t errors_ = 0;
  std::vector<ledger::Diagnostic> fatal_;
};

// The common reading options of audit-like commands.
struct RuleChoice {
  std::string profile;  // --profile; else jiedui.toml's; else gansu
  std::string rules_file;  // --rules
  int gender_gap = -1;  // --gender-gap; -1 = the profile's default
};
void add_rule_options(CLI::App& app, RuleChoice& choice);

// jiedui.toml's profile for `command` (default gansu); a name that is not a
// built-in profile is an InputError at its line and column.
std::string config_profile(const ledger::Config& config, const std::string& command);

struct LoadedSet {
  ledger::Ledger ledger;
  rules::EffectiveRules rules;
  ledger::Config config;
  int gender_gap = 0;  // resolved: --gender-gap, else 40 if the profile's rule is on, else 0
};
LoadedSet load_set(const Globals& g, const RuleChoice& choice, const std::string& command,
                   const ledger::LoadOptions& load, CountingSink& sink);

// What audit, due and explain ask of the engine.
struct AuditRequest {
  RuleChoice rules;
  audit::PeriodChoice period;
  std::string as_of;  // "" = today
  bool no_prorate = false;
};
// The period options, --as-of, the rule options and --no-prorate.
void add_audit_request_options(CLI::App& app, AuditRequest& request, std::string_view as_of_help);

struct AuditRun {
  LoadedSet set;
  ledger::LoadOptions load;
  audit::AuditOptions options;
  ledger::Inspections inspections;  // inspections.csv, if the set has one (options.inspections points here)
  audit::AuditResult result;  // points into set: AuditRun is never moved
};

// For a command's last statement: the run's memory (a province's ledger,
// engine and findings: ~500 MB in about a million blocks) is left for the
// system to reclaim at exit, at once, instead of freed block by block after
// the output is written. It stays reachable (a leak checker sees no leak).
void keep_until_exit(std::unique_ptr<AuditRun> run);

// Loads the set and streams visits.csv once through the audit engine: the one
// place the numbers of audit, due and explain come from. `prepare`, if set,
// sees the loaded set before the visits are read (explain picks its recipient).
std::unique_ptr<AuditRun> run_audit(
    const Globals& g, const AuditRequest& request, const std::string& command,
    const std::function<void(const LoadedSet&, audit::AuditOptions&)>& prepare = {});

// What a run is about, for a page or a workbook that stands alone
// (out::Options::about): the period, the as-of day and, when given, the
// profile; Chinese labels under --lang zh.
std::vector<std::pair<std::string, std::string>> run_about(const audit::AuditOptions& options,
                                                           const std::string& profile, bool zh);
// out::Options::about and ::sheet for an audit-like run.
void describe_run(out::Options& table, const AuditRun& run, std::string_view sheet_en, std::string_view sheet_zh);

// "3 pairing rules (per year) require 0 records in 2026-06-01 to 2026-06-30:
// …; --ytd …" when rules' minimums prorated to 0 over the period (they count
// as met whatever was done); "" when none did.
std::string zero_required_note(const AuditRun& run);

// --cadre and --district checked against the loaded set: a filter that can
// match nothing is a typo. An unknown cadre id is a UsageError (exit 2); a
// masked one (620802********0028) becomes the full id where exactly one
// cadre matches; a district path no recipient lies under gets a note naming
// the full paths that end in it (平凉市/崆峒区 for 崆峒区).
void resolve_filter(audit::FindingFilter& filter, const ledger::Ledger& ledger, bool quiet);

// A recipient id given on the command line (as written, or masked as jiedui
// prints it, when exactly one recipient matches): its index, else a
// UsageError: `unknown` for an id that is not there, or how many a masked id matches.
std::uint32_t resolve_recipient(const ledger::Ledger& ledger, std::string_view text, const std::string& unknown);

}  // namespace jiedui::cmd
