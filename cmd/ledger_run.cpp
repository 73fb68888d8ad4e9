#include "ledger_run.hpp"

#include <fmt/format.h>

#include <future>
#include <optional>

#include "commands.hpp"
#include "config_defaults.hpp"
#include "csv/source.hpp"
#include "error.hpp"
#include "ledger/id_lookup.hpp"
#include "progress.hpp"

namespace jiedui::cmd {

void CountingSink::report(ledger::Diagnostic d) {
  if (d.severity == ledger::Severity::error) ++errors_;
  if (d.code == ledger::Code::missing_column || d.code == ledger::Code::duplicate_column) fatal_.push_back(d);
}

void CountingSink::note(std::string message) {
  if (!quiet_) print_note(message);
}

void CountingSink::finish(std::string_view command) const {
  if (!fatal_.empty()) {
    for (const auto& d : fatal_)
      print_error(fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.line, d.column, ledger::severity_name(d.severity),
                              ledger::code_name(d.code), d.message));
    throw UsageError(fmt::format("{} cannot read this ledger set (see above; `jiedui check` lists every problem)",
                                 command));
  }
  if (errors_ > 0 && !quiet_)
    print_warning(fmt::format("the ledger set has {} error{}; rows that could not be read are left out "
                              "(`jiedui check` lists them)",
                              errors_, errors_ == 1 ? "" : "s"));
}

void add_rule_options(CLI::App& app, RuleChoice& c) {
  app.add_option("--profile", c.profile,
                 "rule profile: gansu, pingliang, wangcheng, shapingba (default: jiedui.toml's, else gansu)");
  app.add_option("--rules", c.rules_file, "a rules file; wins over the set's rules.csv and the profile's rows");
  app.add_option("--gender-gap", c.gender_gap,
                 "years a male cadre must be older than a female orphan (default 40 where the profile has the "
                 "gender rule; 0 turns the rule off)")
      ->check(CLI::Range(0, 200));
}

std::string config_profile(const ledger::Config& config, const std::string& command) {
  const std::string profile = config.get(command, "profile").value_or("gansu");
  if (rules::builtin_profile_csv(profile).empty()) {
    std::string known;
    for (const std::string& name : rules::profile_names()) known += (known.empty() ? "" : ", ") + name;
    throw config.bad_value(command, "profile",
                           fmt::format("profile = '{}' is not a built-in profile ({})", profile, known));
  }
  return profile;
}

LoadedSet load_set(const Globals& g, const RuleChoice& choice, const std::string& command,
                   const ledger::LoadOptions& load, CountingSink& sink) {
  LoadedSet set;
  set.ledger = ledger::load_ledger(g.dir(), load, sink);
  set.config = load_config(set.ledger.dir);
  const std::string profile = choice.profile.empty() ? config_profile(set.config, command) : choice.profile;
  set.rules = rules::resolve_rules(profile, choice.rules_file, set.ledger.path_of("rules.csv"), sink);
  // jiedui.toml's gender_gap for a command without --gender-gap (pair add):
  // the file was validated when it was read.
  int gap = choice.gender_gap;
  if (gap < 0)
    if (const auto years = set.config.integer(command, "gender_gap")) gap = static_cast<int>(*years);
  set.gender_gap = gap >= 0 ? gap : (set.rules.gender_rule ? 40 : 0);
  return set;
}

void add_audit_request_options(CLI::App& app, AuditRequest& request, std::string_view as_of_help) {
  add_period_options(app, request.period);
  app.add_option("--as-of", request.as_of, std::string(as_of_help));
  add_rule_options(app, request.rules);
  app.add_flag("--no-prorate", request.no_prorate, "require the full minimum in every bucket the window meets");
}

void keep_until_exit(std::unique_ptr<AuditRun> run) {
  static auto* const kept = new std::vector<std::unique_ptr<AuditRun>>;
  kept->push_back(std::move(run));
}

std::unique_ptr<AuditRun> run_audit(const Globals& g, const AuditRequest& request, const std::string& command,
                                    const std::function<void(const LoadedSet&, audit::AuditOptions&)>& prepare) {
  auto run = std::make_unique<AuditRun>();
  run->load = g.load_options();
  run->load.keep_text = false;  // the engine counts records; it reads no notes
  run->options.as_of = request.as_of.empty() ? today() : parse_option_day(request.as_of, "--as-of");
  run->load.today = future_after(run->options.as_of);
  run->options.period = audit::choose_period(request.period, run->options.as_of);
  run->options.prorate = !request.no_prorate;
  run->options.threads = run->load.threads;
  CountingSink sink(g.quiet);
  if (run->load.threads > 1 && run->load.encoding == csv::Encoding::automatic) {
    // visits.csv's encoding check (SPEC §1: the whole file) on the idle
    // core while this thread loads the recipients, cadres and pairings.
    ledger::Ledger where;
    where.dir = g.dir();
    csv::tally_ahead(where.path_of("visits.csv"));
  }
  run->set = load_set(g, request.rules, command, run->load, sink);
  run->options.rules = &run->set.rules.rules;
  run->options.gender_gap = run->set.gender_gap;
  run->inspections = ledger::load_inspections(run->set.ledger, run->load, sink);
  if (run->inspections.present) run->options.inspections = &run->inspections;
  if (prepare) prepare(run->set, run->options);
  // With threads, the engine is built (its buckets for every pairing) while
  // the workers already parse the first chunks of visits.csv; the first
  // record replayed waits for it.
  std::optional<audit::Audit> engine;
  std::future<void> built;
  if (run->options.threads > 1)
    built = std::async(std::launch::async, [&] { engine.emplace(run->set.ledger, run->options); });
  else
    engine.emplace(run->set.ledger, run->options);
  Progress progress(run->set.ledger.path_of("visits.csv"), g.quiet);
  std::size_t after_as_of = 0;  // the engine ignores them (SPEC: records after T count nowhere)
  ledger::for_each_visit(
      run->set.ledger, run->load, sink,
      [&](const ledger::Visit& v) {
        if (built.valid()) built.get();
        if (v.date > run->options.as_of) ++after_as_of;
        engine->add(v);
      },
      progress.callback());
  if (built.valid()) built.get();
  sink.finish(command);
  note_after_as_of(after_as_of, run->options.as_of, g.quiet);
  run->result = engine->finish();
  return run;
}

namespace {

// What a lookup that found no single row says; the caller adds the context.
[[noreturn]] void no_single(std::string_view what, std::string_view text, const ledger::IdLookup& found,
                            std::string_view file) {
  if (found.matches > 1)
    throw UsageError(fmt::format("{} {} matches {} cadres in {}: give the full id (--reveal shows it)", what,
                                 text, found.matches, file));
  throw UsageError(fmt::format("{} {}: no such id in {}", what, text, file));
}

}  // namespace

std::vector<std::pair<std::string, std::string>> run_about(const audit::AuditOptions& options,
                                                           const std::string& profile, bool zh) {
  const std::string from = audit::iso_date(options.period.from), to = audit::iso_date(options.period.to);
  std::vector<std::pair<std::string, std::string>> about;
  about.emplace_back(zh ? "统计期间" : "period", zh ? from + "至" + to : from + " to " + to);
  about.emplace_back(zh ? "截至" : "as of", audit::iso_date(options.as_of));
  if (!profile.empty()) about.emplace_back(zh ? "考核规则" : "profile", profile);
  return about;
}

void describe_run(out::Options& table, const AuditRun& run, std::string_view sheet_en, std::string_view sheet_zh) {
  const bool zh = table.lang == out::Lang::zh;
  table.about = run_about(run.options, run.set.rules.profile, zh);
  table.sheet = std::string(zh ? sheet_zh : sheet_en);
}

std::string zero_required_note(const AuditRun& run) {
  const audit::ZeroRequired zero = audit::zero_required(run.result.compliance);
  if (zero.rules == 0) return {};
  std::string pers;
  for (const rules::Per& per : zero.pers) pers += (pers.empty() ? "per " : ", per ") + rules::per_name(per);
  // A whole-year period can still prorate to 0 for pairings that began late
  // in it: --ytd helps only when the period is shorter than the year.
  const date::year_month_day from{run.options.period.from}, to{run.options.period.to};
  const bool whole_year = from.month() == date::January && from.day() == date::day{1} &&
                          to.month() == date::December && to.day() == date::day{31};
  return fmt::format("{} pairing rule{} ({}) require{} 0 records from {} to {}: the minimum, prorated to the "
                     "part of the period the pairing covers, rounds down to 0, so they count as met whatever was "
                     "done{}",
                     zero.rules, zero.rules == 1 ? "" : "s", pers, zero.rules == 1 ? "s" : "",
                     audit::iso_date(run.options.period.from), audit::iso_date(run.options.period.to),
                     whole_year ? "" : "; --ytd measures the year to date");
}

void resolve_filter(audit::FindingFilter& filter, const ledger::Ledger& ledger, bool quiet) {
  if (!filter.cadre.empty()) {
    const ledger::IdLookup found = ledger::lookup_cadre(ledger, filter.cadre);
    if (!found.index) no_single("--cadre", filter.cadre, found, ledger.path_of("cadres.csv"));
    filter.cadre = ledger.cadres[*found.index].id;
  }
  if (quiet || filter.district.empty() || audit::district_has_recipients(ledger, filter.district)) return;
  std::string path;
  for (const std::string& level : filter.district) path += (path.empty() ? "" : "/") + level;
  const std::vector<std::string> full = audit::district_suggestions(ledger, filter.district);
  std::string list;
  for (const std::string& f : full) list += (list.empty() ? "" : ", ") + f;
  print_note(full.empty()
                 ? fmt::format("--district {}: no recipient lies under this path (a path starts at the city)", path)
                 : fmt::format("--district {}: no recipient lies under this path (a path starts at the city); did "
                               "you mean {}?",
                               path, list));
}

std::uint32_t resolve_recipient(const ledger::Ledger& ledger, std::string_view text, const std::string& unknown) {
  const ledger::IdLookup found = ledger::lookup_recipient(ledger, text);
  if (found.index) return *found.index;
  if (found.matches > 1)
    throw UsageError(fmt::format("recipient {} matches {} recipients in {}: give the full id (--reveal shows it)",
                                 text, found.matches, ledger.path_of("recipients.csv")));
  throw UsageError(unknown);
}

}  // namespace jiedui::cmd
