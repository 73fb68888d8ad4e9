// jiedui report districts|cadres|pairings|entitlements|roles: the tables leaders read (SPEC §6),
// seed 003's 月报告, 季调度 and 年总结 for a month, a quarter or a year. Every
// number is the audit's (run_audit); lib/report only arranges it. Exit 0, or
// 2 on bad usage or an unreadable ledger set.
#include <fmt/format.h>

#include "audit/finding_filter.hpp"
#include "commands.hpp"
#include "ledger_run.hpp"
#include "entitle/received.hpp"
#include "report/district_report.hpp"
#include "report/entitlement_report.hpp"
#include "report/report_tables.hpp"
#include "report/role_report.hpp"
#include "report/subsidy_report.hpp"
#include "standards_choice.hpp"

namespace jiedui::cmd {
namespace {

enum class Kind { districts, cadres, pairings, entitlements, roles, subsidy };

struct Options {
  OutputOptions output;
  AuditRequest request;
  std::string by = "county";
  std::string standards;  // entitlements only
  std::string district, cadre;  // cadres and pairings only: rows kept, as audit's filters
};

// --district and --cadre on a table's rows, read from its city … village and
// cadre columns (a cadre's district in report cadres, the recipient's in
// report pairings).
void filter_rows(report::Table& table, const audit::FindingFilter& filter) {
  if (filter.district.empty() && filter.cadre.empty()) return;
  auto column = [&](std::string_view name) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      if (table.columns[i].name == name) return i;
    return table.columns.size();
  };
  const std::size_t city = column("city"), county = column("county"), township = column("township"),
                    village = column("village"), cadre = column("cadre");
  auto cell = [&](const std::vector<std::string>& row, std::size_t i) { return i < row.size() ? row[i] : std::string(); };
  std::erase_if(table.rows, [&](const std::vector<std::string>& row) {
    audit::Finding keys;  // only the columns the filter reads
    keys.city = cell(row, city);
    keys.county = cell(row, county);
    keys.township = cell(row, township);
    keys.village = cell(row, village);
    keys.cadre = cell(row, cadre);
    return !filter.keeps(keys);
  });
}

std::string title_of(std::string_view what, const audit::AuditOptions& o, bool zh) {
  const std::string from = audit::iso_date(o.period.from), to = audit::iso_date(o.period.to);
  const std::string as_of = audit::iso_date(o.as_of);
  if (zh) {
    const std::string_view name = what == "districts"      ? "结对关爱工作统计"
                                  : what == "cadres"       ? "结对干部工作统计"
                                  : what == "entitlements" ? "保障政策落实情况统计"
                                  : what == "roles"        ? "四个一对一结对统计"
                                  : what == "subsidy"      ? "关爱帮扶联系人补助发放表"
                                                           : "结对关系考核明细";
    return fmt::format("{}（{}至{}，截至{}）", name, from, to, as_of);
  }
  return fmt::format("jiedui report {}: {} to {}, as of {}", what, from, to, as_of);
}

// The entitlements on the report day R = min(p1, T): no work record is
// read, only the ledger, benefits.csv and the standards table.
// The reports that read the ledger set (and their own files), never a work
// record: `make(ledger, when, load, sink)` reads what else it needs, calls
// sink.finish and returns the table, on the report's period and as-of day.
template <class Make>
int run_ledger_report(const Options& o, const Globals& g, std::string_view what, std::string_view sheet_zh, Make make) {
  OpenOutput output(o.output, out::Format::table);
  audit::AuditOptions when;
  when.as_of = o.request.as_of.empty() ? today() : parse_option_day(o.request.as_of, "--as-of");
  when.period = audit::choose_period(o.request.period, when.as_of);
  ledger::LoadOptions load = g.load_options();
  load.today = future_after(when.as_of);
  CountingSink sink(g.quiet);
  const ledger::Ledger ledger = ledger::load_ledger(g.dir(), load, sink);
  const report::Table table = make(ledger, when, load, sink);
  const bool zh = o.output.lang == "zh";
  out::Options table_options = output.table_options(title_of(what, when, zh));
  table_options.about = run_about(when, "", zh);
  table_options.sheet = zh ? std::string(sheet_zh) : std::string(what);
  auto writer = out::make_table_writer(table_options, output.sink());
  writer->begin(table.columns);
  for (const auto& row : table.rows) writer->row(row);
  writer->end();
  output.commit();
  return kOk;
}

int run_entitlements(const Options& o, const Globals& g, report::DistrictLevel level) {
  const entitle::Standards standards = standards_or_stop(o.standards, "report");
  return run_ledger_report(o, g, "entitlements", "政策落实",
                           [&](const ledger::Ledger& ledger, const audit::AuditOptions& when,
                               const ledger::LoadOptions& load, CountingSink& sink) {
                             const entitle::ReceivedLedger received =
                                 entitle::load_received(ledger, standards, load, sink);
                             sink.finish("report");
                             return report::entitlement_table(ledger, standards, received,
                                                              std::min(when.period.to, when.as_of), level);
                           });
}

// The persons of each role on the report day R = min(p1, T).
int run_roles(const Options& o, const Globals& g, report::DistrictLevel level) {
  return run_ledger_report(o, g, "roles", "四个一对一",
                           [&](const ledger::Ledger& ledger, const audit::AuditOptions& when,
                               const ledger::LoadOptions&, CountingSink& sink) {
                             sink.finish("report");
                             return report::role_table(
                                 report::make_role_report(ledger, std::min(when.period.to, when.as_of), level));
                           });
}

// The helpers' subsidy (jiedui-report(1)): the ledger, inspections.csv and
// jiedui.toml's [subsidy]; no frequency rule is read.
int run_subsidy(const Options& o, const Globals& g) {
  return run_ledger_report(
      o, g, "subsidy", "联系人补助",
      [&](const ledger::Ledger& ledger, const audit::AuditOptions& when, const ledger::LoadOptions& load,
          CountingSink& sink) {
        const ledger::Inspections inspections = ledger::load_inspections(ledger, load, sink);
        sink.finish("report");
        const ledger::SubsidyStandards standards =
            ledger::subsidy_standards(ledger::Config::load(ledger.path_of("jiedui.toml")));
        const audit::StrikeBook strikes(ledger, inspections, when.as_of);
        const std::vector<report::SubsidyRow> rows =
            report::subsidy_rows(ledger, strikes, when.period, when.as_of, standards);
        return o.by.empty() ? report::subsidy_table(ledger, rows)
                            : report::subsidy_district_table(ledger, rows, *report::parse_district_level(o.by));
      });
}

int run(Kind kind, const Options& o, const Globals& g) {
  if (kind == Kind::subsidy) return run_subsidy(o, g);
  // Checked before the ledger is read, so a typo costs nothing.
  const std::optional<report::DistrictLevel> level = report::parse_district_level(o.by);
  if (kind == Kind::entitlements) return run_entitlements(o, g, *level);
  if (kind == Kind::roles) return run_roles(o, g, *level);
  audit::FindingFilter filter = audit::make_finding_filter("", o.district, o.cadre);
  OpenOutput output(o.output, out::Format::table);
  auto run = run_audit(g, o.request, "report",
                       [&](const LoadedSet& set, audit::AuditOptions&) { resolve_filter(filter, set.ledger, g.quiet); });
  const ledger::Ledger& ledger = run->set.ledger;

  const std::string_view what = kind == Kind::districts ? "districts" : kind == Kind::cadres ? "cadres" : "pairings";
  // (entitlements returned above)
  out::Options table_options = output.table_options(title_of(what, run->options, o.output.lang == "zh"));
  describe_run(table_options, *run, what,
               kind == Kind::districts ? "区域统计" : kind == Kind::cadres ? "干部统计" : "结对明细");
  // A month under yearly rules reads 100 %: the page and the terminal say why.
  if (const std::string zero = zero_required_note(*run); !zero.empty()) {
    table_options.about.emplace_back(o.output.lang == "zh" ? "注意" : "note", zero);
    if (!g.quiet) print_note(zero);
  }
  report::Table table;
  switch (kind) {
    case Kind::districts: {
      const report::DistrictReport districts =
          report::make_district_report(ledger, run->options, run->result, *level);
      table = report::district_table(districts);
      table_options.chart = report::district_chart(districts, table_options.lang);
      break;
    }
    case Kind::cadres:
      table = report::cadre_table(ledger, run->options, run->result);
      break;
    case Kind::pairings:
      table = report::pairing_table(ledger, run->result);
      break;
    case Kind::entitlements:
    case Kind::roles:
    case Kind::subsidy:
      break;  // run_entitlements, run_roles, run_subsidy
  }
  filter_rows(table, filter);
  auto writer = out::make_table_writer(table_options, output.sink());
  writer->begin(table.columns);
  for (const auto& row : table.rows) writer->row(row);
  writer->end();
  output.commit();
  keep_until_exit(std::move(run));
  return kOk;
}

CLI::App* add_report(CLI::App& app, const Globals& globals, std::function<int()>& runner, Kind kind,
                     const char* name, const char* summary) {
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(name, summary);
  sub->fallthrough();
  add_audit_request_options(*sub, o->request,
                            "the day the report is made; later records count nowhere (default: today)");
  if (kind == Kind::entitlements) sub->add_option("--standards", o->standards, kStandardsHelp);
  if (kind == Kind::districts || kind == Kind::entitlements || kind == Kind::roles)
    sub->add_option("--by", o->by, "one row per city, county, township or village (default: county)")
        ->check(CLI::IsMember({"city", "county", "township", "village"}));
  if (kind == Kind::subsidy) {
    o->by.clear();  // no --by: one row per helper pairing and month
    sub->add_option("--by", o->by,
                    "one row per village, township, county or city (the quarter's transfer to each) instead of one "
                    "per helper pairing and month")
        ->check(CLI::IsMember({"city", "county", "township", "village"}));
  }
  if (kind == Kind::cadres || kind == Kind::pairings) {
    sub->add_option("--district", o->district,
                    kind == Kind::cadres ? "only cadres under this district path, e.g. 平凉市/崆峒区"
                                         : "only recipients under this district path, e.g. 平凉市/崆峒区");
    sub->add_option("--cadre", o->cadre, "only this cadre's rows (as written, or masked as printed)");
  }
  add_output_options(*sub, o->output);
  sub->final_callback([&runner, o, &globals, kind] { runner = [o, &globals, kind] { return run(kind, *o, globals); }; });
  return sub;
}

}  // namespace

std::function<int()> setup_report(CLI::App& app, const Globals& globals) {
  app.description(
      "Reports over a period, on the audit's numbers: per district (coverage, records, funds, "
      "compliance), per cadre, or per pairing and rule.");
  app.require_subcommand(1);
  auto runner = std::make_shared<std::function<int()>>();
  add_report(app, globals, *runner, Kind::districts, "districts",
             "per district: recipients, coverage, cadres, records, funds, compliance; a total row last");
  add_report(app, globals, *runner, Kind::cadres, "cadres",
             "per cadre with a pairing in the period: pairings, required and done per measure, status");
  add_report(app, globals, *runner, Kind::pairings, "pairings",
             "per pairing and rule: required, done and status, as the audit counted them");
  add_report(app, globals, *runner, Kind::entitlements, "entitlements",
             "per district and benefit: eligible, received, missing, short, and the yuan a month missing");
  add_report(app, globals, *runner, Kind::roles, "roles",
             "per district and role (cadre, helper, teacher, medic, counselor, village): recipients paired and "
             "distinct persons; a total row last");
  add_report(app, globals, *runner, Kind::subsidy, "subsidy",
             "the helpers' monthly subsidy per helper pairing and month (or --by district): days, standard, "
             "amount, withheld or terminated after strikes");
  return [runner] { return *runner ? (*runner)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd
