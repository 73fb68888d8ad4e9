// jiedui entitle: who is eligible for which benefit of the policy lists
// (《和政县结对关爱行动实施方案》附件6–8) and does not receive it, one row per
// finding; `entitle RECIPIENT` is one person's whole list, what a cadre takes
// on a visit. Exit 1 when a finding reaches --fail-on.
#include <fmt/format.h>

#include "audit/period.hpp"
#include "commands.hpp"
#include "entitle/entitlement.hpp"
#include "entitle/received.hpp"
#include "error.hpp"
#include "ledger/money.hpp"
#include "ledger/resident_id.hpp"
#include "ledger_run.hpp"
#include "out/text_mask.hpp"
#include "standards_choice.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  std::string as_of, month, standards, recipient;
  std::string fail_on = "error";
  bool all = false, print_standards = false;
};

std::vector<out::Column> finding_columns() {
  std::vector<out::Column> columns;
  for (std::string_view name : entitle::kEntitleColumns) {
    out::Kind kind = out::Kind::text;
    if (name == "cadre" || name == "recipient") kind = out::Kind::id;
    if (name == "standard" || name == "received") kind = out::Kind::money;
    columns.push_back({std::string(name), kind, name == "unit" ? "发放周期" : ""});
  }
  return columns;
}

int print_standards(const Options& o) {
  const entitle::Standards standards = standards_or_stop(o.standards, "entitle");
  OpenOutput output(o.output, out::Format::csv);
  auto writer = out::make_table_writer(output.table_options("jiedui standards " + standards.source), output.sink());
  std::vector<out::Column> columns;
  for (std::string_view name : entitle::standards_columns())
    columns.push_back({std::string(name), out::Kind::text, std::string(entitle::standards_zh_header(name))});
  writer->begin(columns);
  for (const auto& row : entitle::standards_rows(standards)) writer->row(row);
  writer->end();
  output.commit();
  return kOk;
}

std::string fen_text(const std::optional<std::int64_t>& fen) { return fen ? ledger::format_yuan(*fen) : ""; }

// --as-of (default today); --month M moves it back to M's last day.
ledger::Day entitle_day(const Options& o) {
  ledger::Day day = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
  if (!o.month.empty()) day = std::min(day, audit::month_period(o.month).to);
  return day;
}

int run(const Options& o, const Globals& g) {
  if (o.print_standards) return print_standards(o);
  const entitle::Standards standards = standards_or_stop(o.standards, "entitle");
  OpenOutput output(o.output, out::Format::table);
  const ledger::Day day = entitle_day(o);
  ledger::LoadOptions load = g.load_options();
  load.today = day;
  CountingSink sink(g.quiet);
  const ledger::Ledger ledger = ledger::load_ledger(g.dir(), load, sink);
  const entitle::ReceivedLedger received = entitle::load_received(ledger, standards, load, sink);
  sink.finish("entitle");

  entitle::EntitleOptions options;
  options.day = day;
  options.all = o.all || !o.recipient.empty();
  if (!o.recipient.empty()) {
    options.only_recipient = resolve_recipient(
        ledger, o.recipient,
        fmt::format("recipient {} is not in {}", out::mask_id(ledger::normalize_id(o.recipient)),
                    ledger.path_of("recipients.csv")));
    const ledger::Recipient& r = ledger.recipients[*options.only_recipient];
    if (!r.active_on(day) && !g.quiet)
      print_note(fmt::format("{} is not active on {}: no benefit is due", out::mask_id(r.id), audit::iso_date(day)));
  }
  const auto findings = entitle::find_entitlements(ledger, standards, received, options);

  const std::string title =
      o.output.lang == "zh" ? fmt::format("应享未享政策清单（{}，截至{}）", standards.source, audit::iso_date(day))
                            : fmt::format("jiedui entitle: {}, as of {}", standards.source, audit::iso_date(day));
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const entitle::EntitleFinding& f : findings) ++counts[static_cast<int>(f.severity)];
  const std::size_t problems[3] = {counts[0], counts[1], counts[2]};
  set_status_if_pipe_closes(fail_on_status(o.fail_on, problems));  // `entitle | head` keeps it
  out::Options table = output.table_options(title);
  table.about = {{o.output.lang == "zh" ? "截至" : "as of", audit::iso_date(day)},
                 {o.output.lang == "zh" ? "标准" : "standards", standards.source}};
  table.sheet = o.output.lang == "zh" ? "应享未享" : "entitle";
  auto writer = out::make_table_writer(table, output.sink());
  writer->begin(finding_columns());
  for (const entitle::EntitleFinding& f : findings) {
    const ledger::Recipient& r = ledger.recipients[f.recipient];
    const ledger::District& d = ledger.district_of(r);
    const entitle::Benefit& b = standards.benefits[f.benefit];
    const bool in_kind = b.unit == entitle::Unit::in_kind;
    writer->row({std::string(entitle::severity_name(f.severity)), std::string(entitle::status_code(f.status)), d.city,
                 d.county, d.township, d.village, f.cadre ? ledger.cadres[*f.cadre].id : "",
                 f.cadre ? ledger.cadres[*f.cadre].name : "", r.id, r.name, b.code, b.name,
                 std::string(entitle::unit_name(b.unit)), in_kind ? "" : fen_text(f.standard_fen),
                 in_kind ? "" : fen_text(f.received_fen), b.department, f.detail});
  }
  writer->end();
  output.commit();
  if (!g.quiet) {
    const bool zh = o.output.zh();
    const bool any = counts[0] + counts[1] + counts[2] > 0;
    std::string summary = findings_summary(findings.size() - counts[3], problems, zh);
    if (counts[3] > 0)
      summary += zh ? fmt::format("{}已落实{}条", any ? "，" : "：", counts[3])
                    : fmt::format("{}{} received", any ? ", " : ": ", counts[3]);
    print_line(zh ? fmt::format("{}（截至{}）", summary, audit::iso_date(day))
                  : fmt::format("{} on {}", summary, audit::iso_date(day)));
  }
  return fail_on_status(o.fail_on, problems);
}

}  // namespace

std::function<int()> setup_entitle(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Compare what each recipient should receive under the policy lists (《和政县结对关爱行动实施方案》附件6–8, "
      "a standards table) with what benefits.csv records: one row per benefit missing, short, not due, or "
      "undecided. With RECIPIENT, that person's whole list. Exit 1 when a finding reaches --fail-on.");
  app.add_option("RECIPIENT", o->recipient, "one recipient's id: every benefit of theirs with its status");
  app.add_option("--as-of", o->as_of, "the day compared (default: today)");
  app.add_option("--month", o->month, "compare on this month's last day (or --as-of, if earlier), e.g. 2026-11");
  app.add_option("--standards", o->standards, kStandardsHelp);
  app.add_flag("--print-standards", o->print_standards,
               "print the standards table (default format csv) and stop: edit it and give it back with --standards");
  app.add_flag("--all", o->all, "also list the benefits received in full (severity ok, benefit-received)");
  app.add_option("--fail-on", o->fail_on, "exit 1 when a finding of this severity or worse is found")
      ->check(CLI::IsMember({"error", "warning", "notice", "never"}));
  add_output_options(app, o->output);
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
