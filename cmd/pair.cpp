// jiedui pair add|end|move|list (and suggest, in pair_suggest.cpp): change pairings (seed 001 五(三) 动态调整) and
// list them. Every change is checked as `check` and `audit` would check it,
// under the ledger set's lock, and written crash-safely (SPEC §7).
#include <fmt/format.h>

#include "commands.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "ledger_write.hpp"
#include "write/pairing_write.hpp"

namespace jiedui::cmd {
namespace {

using Kind = write::PairingChange::Kind;

struct ChangeOptions {
  WriteOptions write;
  std::string recipient, cadre, date, role;
};

struct ListOptions {
  OutputOptions output;
  std::string active_on, cadre, role;
  bool unpaired = false;
};

// --role: a code or any Chinese name of the role column (jiedui-ledger(5)).
ledger::Role role_option(const std::string& text) {
  if (text.empty()) return ledger::Role::cadre;
  if (const auto role = ledger::parse_role(text)) return *role;
  throw UsageError(fmt::format("--role: '{}' is not a role (cadre, helper, teacher, medic, counselor, village, or "
                               "their Chinese names: 结对干部, 关爱帮扶联系人, 教师, 医护人员, 心理咨询师, 驻村干部)",
                               text));
}

std::string_view verb(Kind kind) { return kind == Kind::add ? "add" : kind == Kind::end ? "end" : "move"; }

int run_change(Kind kind, const ChangeOptions& o, const Globals& g) {
  const std::string command = fmt::format("pair {}", verb(kind));
  if (kind != Kind::add && o.write.reason.empty())
    throw UsageError(fmt::format("{} needs --reason TEXT (why the pairing ends: retired, transferred …)", command));
  const ledger::Role role = role_option(o.role);
  auto locked = lock_and_load(g, o.write, "pair");
  write::PairingChange change;
  change.role = role;
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
    if (plan.header_change)
      text += dry_run_line(plan.file.path, 1, '-', plan.header_change->before, false) +
              dry_run_line(plan.file.path, 1, '+', plan.header_change->after, false);
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
    const std::string of_role =
        role == ledger::Role::cadre ? "" : fmt::format(" of role {}", ledger::role_code(role));
    std::string what = ended > 0 ? fmt::format("1 pairing{} ended", of_role) : "";
    if (added > 0) what += what.empty() ? fmt::format("1 pairing{} added", of_role) : ", 1 added";
    if (plan.header_change) what += fmt::format("; new column {}", plan.file.header.back());
    print_line(fmt::format("{}: wrote {} ({}) for recipient {}{}", command, plan.file.path, what, rid,
                           plan.forced ? "; forced: " + o.write.reason : ""));
  }
  return kOk;
}

// With `role`: a last column role (a set that records roles, or --role).
std::vector<out::Column> list_columns(bool role) {
  std::vector<out::Column> columns = {
      {"recipient", out::Kind::id}, {"recipient_name"}, {"village"}, {"cadre", out::Kind::id}, {"cadre_name"},
      {"start", out::Kind::date},   {"end", out::Kind::date},       {"reason"}};
  if (role) columns.push_back({"role"});
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
  // Without --role: every role's pairings; --unpaired asks about cadres.
  const bool by_role = !o.role.empty();
  const ledger::Role role = role_option(o.role);
  const bool show_role = by_role || ledger.has_roles;
  const auto cells = [&](std::vector<std::string> row, ledger::Role of) {
    if (show_role) row.emplace_back(ledger::role_code(of));
    return row;
  };
  OpenOutput output(o.output, out::Format::table);
  auto writer = out::make_table_writer(output.table_options("jiedui pair list"), output.sink());
  writer->begin(list_columns(show_role));
  std::size_t rows = 0;
  const auto village = [&](const ledger::Recipient& r) { return ledger.district_of(r).village; };
  if (o.unpaired) {
    // 应结尽结: the active recipients with no pairing of the role active on the day.
    const ledger::Role of = role;
    for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
      const ledger::Recipient& recipient = ledger.recipients[r];
      if (!recipient.active_on(*on) || ledger.active_pairing(r, *on, of)) continue;
      writer->row(cells({recipient.id, recipient.name, village(recipient), "", "", "", "", ""}, of));
      ++rows;
    }
  } else {
    for (const ledger::Pairing& p : ledger.pairings) {
      if (on && !p.active_on(*on)) continue;
      if (cadre && p.cadre != *cadre) continue;
      if (by_role && p.role != role) continue;
      const ledger::Recipient& recipient = ledger.recipients[p.recipient];
      const ledger::Cadre& c = ledger.cadres[p.cadre];
      writer->row(cells({recipient.id, recipient.name, village(recipient), c.id, c.name, ledger::format_day(p.start),
                         p.end ? ledger::format_day(*p.end) : "", p.reason},
                        p.role));
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
  sub->add_option("--role", o->role,
                  kind == Kind::add ? "the pairing's role: cadre (default), helper, teacher, medic, counselor, village "
                                      "(or a Chinese name)"
                                    : "act on the recipient's pairing of this role (default cadre)");
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
  sub->add_option("--cadre", list->cadre, "only this person's pairings");
  sub->add_option("--role", list->role, "only pairings of this role; with --unpaired: the role looked for (default cadre)");
  sub->add_flag("--unpaired", list->unpaired,
                "list active recipients with no pairing (of --role) on --active-on (default today)");
  add_output_options(*sub, list->output);
  sub->final_callback([list, &globals, chosen] { *chosen = [list, &globals] { return run_list(*list, globals); }; });
  return [chosen] { return *chosen ? (*chosen)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd
