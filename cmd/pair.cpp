// jiedui pair add|end|move|list (and suggest, in pair_suggest.cpp): change pairings (seed 001 五(三) 动态调整) and
// list them. Every change is checked as `check` and `audit` would check it,
// under the ledger set's lock, and written crash-safely (SPEC §7).
#include <fmt/format.h>

#include "commands.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger_write.hpp"
#include "write/pairing_write.hpp"

namespace jiedui::cmd {
namespace {

using Kind = write::PairingChange::Kind;

struct ChangeOptions {
  WriteOptions write;
  std::string recipient, cadre, date;
};

struct ListOptions {
  OutputOptions output;
  std::string active_on, cadre;
  bool unpaired = false;
};

std::string_view verb(Kind kind) { return kind == Kind::add ? "add" : kind == Kind::end ? "end" : "move"; }

int run_change(Kind kind, const ChangeOptions& o, const Globals& g) {
  const std::string command = fmt::format("pair {}", verb(kind));
  if (kind != Kind::add && o.write.reason.empty())
    throw UsageError(fmt::format("{} needs --reason TEXT (why the pairing ends: retired, transferred …)", command));
  auto locked = lock_and_load(g, o.write, "pair");
  write::PairingChange change;
  change.kind = kind;
  change.recipient = o.recipient;
  change.cadre = o.cadre;
  change.date = o.date.empty() ? locked->load.today : parse_option_day(o.date, "--date");
  change.reason = o.write.reason;
  change.force = o.write.force;
  change.gender_gap = locked->set.gender_gap;
  const write::PairingPlan plan =
      write::plan_pairing_change(locked->set.ledger, locked->diagnostics, change, locked->load);
  if (const int refused = report_refusals(plan.refusals, o.write, g.quiet); refused != kOk) return refused;
  report_warnings(plan.warnings, g.quiet);
  if (o.write.dry_run) {
    std::string text;
    for (const auto& c : plan.changes) {
      if (!c.before.empty()) text += dry_run_line(plan.file.path, c.line, '-', c.before, o.write.reveal);
      text += dry_run_line(plan.file.path, c.line, '+', c.after, o.write.reveal);
    }
    print_stdout(text);
    if (!g.quiet) print_line(fmt::format("{}: dry run, nothing written", command));
    return kOk;
  }
  write::write_pairings(plan);
  if (!g.quiet) {
    const std::string rid = o.write.reveal ? ledger::normalize_id(o.recipient) : out::mask_id(ledger::normalize_id(o.recipient));
    std::size_t ended = 0, added = 0;
    for (const auto& c : plan.changes) ++(c.before.empty() ? added : ended);
    std::string what = ended > 0 ? "1 pairing ended" : "";
    if (added > 0) what += what.empty() ? "1 pairing added" : ", 1 added";
    print_line(fmt::format("{}: wrote {} ({}) for recipient {}{}", command, plan.file.path, what, rid,
                           plan.forced ? "; forced: " + o.write.reason : ""));
  }
  return kOk;
}

const std::vector<out::Column>& list_columns() {
  static const std::vector<out::Column> columns = {
      {"recipient", out::Kind::id}, {"recipient_name"}, {"village"}, {"cadre", out::Kind::id}, {"cadre_name"},
      {"start", out::Kind::date},   {"end", out::Kind::date},       {"reason"}};
  return columns;
}

int run_list(const ListOptions& o, const Globals& g) {
  ledger::LoadOptions load = g.load_options();
  load.today = today();
  CountingSink sink(g.quiet);
  const ledger::Ledger ledger = ledger::load_ledger(g.dir(), load, sink);
  sink.finish("pair list");
  std::optional<ledger::Day> on;
  if (!o.active_on.empty()) on = parse_option_day(o.active_on, "--active-on");
  if (o.unpaired && !on) on = load.today;
  std::optional<std::uint32_t> cadre;
  if (!o.cadre.empty()) {
    cadre = ledger.find_cadre(o.cadre);
    if (!cadre) throw UsageError(fmt::format("--cadre: cadre {} is not in cadres.csv", ledger::normalize_id(o.cadre)));
  }
  OpenOutput output(o.output, out::Format::table);
  auto writer = out::make_table_writer(output.table_options("jiedui pair list"), output.sink());
  writer->begin(list_columns());
  std::size_t rows = 0;
  const auto village = [&](const ledger::Recipient& r) { return ledger.district_of(r).village; };
  if (o.unpaired) {
    // 应结尽结: the active recipients with no pairing active on the day.
    for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
      const ledger::Recipient& recipient = ledger.recipients[r];
      if (!recipient.active_on(*on) || ledger.active_pairing(r, *on)) continue;
      writer->row({recipient.id, recipient.name, village(recipient), "", "", "", "", ""});
      ++rows;
    }
  } else {
    for (const ledger::Pairing& p : ledger.pairings) {
      if (on && !p.active_on(*on)) continue;
      if (cadre && p.cadre != *cadre) continue;
      const ledger::Recipient& recipient = ledger.recipients[p.recipient];
      const ledger::Cadre& c = ledger.cadres[p.cadre];
      writer->row({recipient.id, recipient.name, village(recipient), c.id, c.name, ledger::format_day(p.start),
                   p.end ? ledger::format_day(*p.end) : "", p.reason});
      ++rows;
    }
  }
  writer->end();
  output.commit();
  if (!g.quiet) print_line(fmt::format("pair list: {} row{}", rows, rows == 1 ? "" : "s"));
  return kOk;
}

void add_change(CLI::App& pair, Kind kind, const Globals& globals, std::function<int()>& chosen) {
  auto o = std::make_shared<ChangeOptions>();
  const char* summary = kind == Kind::add   ? "pair a recipient with a cadre from --date"
                        : kind == Kind::end ? "end a recipient's pairing on --date (its last day)"
                                            : "hand a recipient to a new cadre from --date (the old pairing ends the "
                                              "day before), in one write";
  CLI::App* sub = pair.add_subcommand(std::string(verb(kind)), summary);
  sub->fallthrough();
  sub->add_option("recipient", o->recipient, "the recipient's id")->required();
  if (kind != Kind::end) sub->add_option("cadre", o->cadre, kind == Kind::add ? "the cadre's id" : "the new cadre's id")->required();
  sub->add_option("--date", o->date, "YYYY-MM-DD (default: today)");
  add_write_options(*sub, o->write,
                    kind == Kind::add ? "with --force: why the exception is justified (kept in the reason column)"
                                      : "why the pairing ends (kept in the reason column; also justifies --force)");
  sub->final_callback([o, kind, &globals, &chosen] { chosen = [o, kind, &globals] { return run_change(kind, *o, globals); }; });
}

}  // namespace

std::function<int()> setup_pair(CLI::App& app, const Globals& globals) {
  app.description("Change, list or suggest pairings (pairings.csv). Changes are checked first and refused (exit 1, nothing "
                  "written) when they break a rule, unless --force --reason; see jiedui-pair(1).");
  app.require_subcommand(1);
  auto chosen = std::make_shared<std::function<int()>>();
  add_change(app, Kind::add, globals, *chosen);
  add_change(app, Kind::end, globals, *chosen);
  add_change(app, Kind::move, globals, *chosen);
  add_pair_suggest(app, globals, *chosen);
  auto list = std::make_shared<ListOptions>();
  CLI::App* sub = app.add_subcommand("list", "list pairings, or the unpaired recipients");
  sub->fallthrough();
  sub->add_option("--active-on", list->active_on, "only pairings active on this day (YYYY-MM-DD)");
  sub->add_option("--cadre", list->cadre, "only this cadre's pairings");
  sub->add_flag("--unpaired", list->unpaired, "list active recipients with no pairing on --active-on (default today)");
  add_output_options(*sub, list->output);
  sub->final_callback([list, &globals, chosen] { *chosen = [list, &globals] { return run_list(*list, globals); }; });
  return [chosen] { return *chosen ? (*chosen)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd
