// jiedui audit: every finding of SPEC §5 for a period, one row each, in SPEC
// order. Exit 1 when a finding reaches --fail-on (cron mails it), else 0.
#include <fmt/format.h>


#include "audit/audit.hpp"
#include "audit/finding_filter.hpp"
#include "audit/period.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "ledger_run.hpp"
#include "out/sink.hpp"
#include "out/text_mask.hpp"
#include "out/zh_text.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  AuditRequest request;
  std::string fail_on = "error";
  std::string only, district, cadre;
  std::string dump_counts;  // hidden: bench/run.sh compares these with its peers'
};

// For bench/run.sh: per pairing with a contacts or visits rule, the records
// the audit counted (unmasked ids), one CSV row each where any were.
void dump_counts(const std::string& path, const AuditRun& run) {
  out::AtomicFileSink file(path);  // as every output: no link followed blindly, no half file
  const ledger::Ledger& ledger = run.set.ledger;
  const audit::ComplianceResult& c = run.result.compliance;
  file.write("recipient,cadre,start,county,contacts,visits\n");
  for (std::uint32_t p = 0; p < ledger.pairings.size(); ++p) {
    std::int64_t contacts = 0, visits = 0;
    for (const audit::RuleResult& r : c.rules_of_pairing(p)) {
      if (r.rule->measure == rules::Measure::contacts) contacts = r.done;
      if (r.rule->measure == rules::Measure::visits) visits = r.done;
    }
    if (contacts + visits == 0) continue;
    const ledger::Pairing& pairing = ledger.pairings[p];
    const ledger::Recipient& recipient = ledger.recipients[pairing.recipient];
    file.write(fmt::format("{},{},{},{},{},{}\n", recipient.id, ledger.cadres[pairing.cadre].id, audit::iso_date(pairing.start),
               ledger.district_of(recipient).county, contacts, visits));
  }
  file.commit();
}

std::vector<out::Column> finding_columns() {
  std::vector<out::Column> columns;
  for (std::string_view name : audit::kFindingColumns) {
    out::Kind kind = out::Kind::text;
    if (name == "cadre" || name == "recipient") kind = out::Kind::id;
    if (name == "required" || name == "done") kind = out::Kind::integer;
    if (name == "from" || name == "to") kind = out::Kind::date;
    columns.push_back({std::string(name), kind});
  }
  return columns;
}

std::string optional_text(const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : ""; }
std::string optional_text(const std::optional<ledger::Day>& d) { return d ? audit::iso_date(*d) : ""; }

int run(const Options& o, const Globals& g) {
  audit::FindingFilter filter = audit::make_finding_filter(o.only, o.district, o.cadre);
  OpenOutput output(o.output, out::Format::table);
  auto run = run_audit(g, o.request, "audit",
                       [&](const LoadedSet& set, audit::AuditOptions&) { resolve_filter(filter, set.ledger, g.quiet); });
  if (!o.dump_counts.empty()) dump_counts(o.dump_counts, *run);
  audit::AuditResult& result = run->result;
  audit::apply_filter(filter, result.findings);
  const bool zh = o.output.zh();
  std::size_t counts[3] = {0, 0, 0};
  for (const audit::Finding& f : result.findings) ++counts[static_cast<int>(f.severity)];
  set_status_if_pipe_closes(fail_on_status(o.fail_on, counts));
  out::Options table = output.table_options(zh ? "结对关爱问题清单" : "jiedui audit");
  describe_run(table, *run, "audit", "审计");
  auto writer = out::make_table_writer(table, output.sink());
  writer->begin(finding_columns());
  std::vector<std::string> cells(audit::kFindingColumns.size());  // reused: assigning keeps each cell's buffer
  for (const audit::Finding& f : result.findings) {
    std::size_t i = 0;
    for (std::string_view cell : {std::string_view(ledger::severity_name(f.severity)), std::string_view(f.code),
                                  std::string_view(f.city), std::string_view(f.county), std::string_view(f.township),
                                  std::string_view(f.village), std::string_view(f.cadre), std::string_view(f.cadre_name),
                                  std::string_view(f.recipient), std::string_view(f.recipient_name),
                                  std::string_view(f.measure), std::string_view(f.per)})
      cells[i++] = cell;
    cells[i++] = optional_text(f.required);
    cells[i++] = optional_text(f.done);
    cells[i++] = optional_text(f.from);
    cells[i++] = optional_text(f.to);
    cells[i++] = zh ? out::zh_finding_detail(f) : f.detail;  // masked by the writer, as every text cell
    cells[i] = audit::role_text(f.role);
    writer->row(cells);
  }
  writer->end();
  output.commit();
  if (!g.quiet) print_line(findings_summary(result.findings.size(), counts, zh));
  keep_until_exit(std::move(run));
  return fail_on_status(o.fail_on, counts);
}

}  // namespace

void add_period_options(CLI::App& app, audit::PeriodChoice& p) {
  auto* year = app.add_option("--year", p.year, "the period: a calendar year (default: the as-of date's year)");
  auto* quarter = app.add_option("--quarter", p.quarter, "the period: a quarter, e.g. 2026Q2");
  auto* month = app.add_option("--month", p.month, "the period: a month, e.g. 2026-06");
  auto* from = app.add_option("--from", p.from, "the period's first day (with --to)");
  app.add_option("--to", p.to, "the period's last day (default: the as-of date)");
  auto* ytd = app.add_flag("--ytd", p.ytd,
                           "the period: the year to date, January 1 of the as-of year to the as-of date (what a "
                           "monthly look at yearly rules needs)");
  year->excludes(quarter)->excludes(month)->excludes(from)->excludes(ytd);
  quarter->excludes(month)->excludes(from)->excludes(ytd);
  month->excludes(from)->excludes(ytd);
  from->excludes(ytd);
}

std::function<int()> setup_audit(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Audit a ledger set (jiedui-audit(1)): per-pairing compliance with the frequency rules, the gender rule and every "
      "pairing check, one row per finding. Exit 1 when a finding reaches --fail-on.");
  add_audit_request_options(app, o->request,
                            "the day the audit is made; later records count nowhere (default: today)");
  app.add_option("--fail-on", o->fail_on, "exit 1 when a finding of this severity or worse is found")
      ->check(CLI::IsMember({"error", "warning", "notice", "never"}));
  app.add_option("--only", o->only, "only these codes, comma-separated (e.g. gender-mismatch,unpaired)");
  app.add_option("--district", o->district, "only recipients under this district path, e.g. 平凉市/崆峒区");
  app.add_option("--cadre", o->cadre,
                 "only rows of this cadre id (as written, or masked as printed where one cadre matches; an unknown "
                 "id is an error)");
  add_output_options(app, o->output);
  app.add_option("--dump-counts", o->dump_counts, "per-pairing record counts for bench/run.sh")->group("");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
