// jiedui pair suggest: proposes cadres for the unpaired (应结尽结) as an exact
// min-cost maximum matching (lib/match), prints the proposal as a table,
// explains one recipient's choice, and with --apply writes it through the
// checked, locked writer of `pair add` (all or nothing).
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "commands.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "ledger_write.hpp"
#include "match/explain.hpp"
#include "match/suggest.hpp"
#include "out/text_mask.hpp"
#include "write/pairing_write.hpp"

namespace jiedui::cmd {
namespace {

struct SuggestOptions {
  OutputOptions output;
  RuleChoice rules;  // --profile, --gender-gap
  std::string as_of, explain, date;
  int max_load = 1;
  bool include_retired = false, apply = false;
  WriteOptions write;  // --dry-run, --wait, --reason (with --apply)
};

const std::vector<out::Column>& suggest_columns() {
  static const std::vector<out::Column> columns = {
      {"city"},      {"county"},     {"township"},         {"village"},          {"recipient", out::Kind::id},
      {"recipient_name"}, {"household"}, {"cadre", out::Kind::id}, {"cadre_name"}, {"cost", out::Kind::integer},
      {"reasons"}};
  return columns;
}

// Rows with a cadre first, then the unpaired; each part in district order,
// then by recipient id (plain byte order).
std::vector<std::vector<std::string>> suggestion_rows(const ledger::Ledger& ledger, const match::Suggestion& s) {
  using Row = std::vector<std::string>;
  std::vector<std::pair<bool, Row>> rows;
  const auto add = [&](const match::Proposal& p, bool left) {
    for (std::uint32_t m : p.members) {
      const ledger::Recipient& r = ledger.recipients[m];
      const ledger::District& d = ledger.district_of(r);
      Row row{d.city, d.county, d.township, d.village, r.id, r.name, r.household};
      if (p.cadre) {
        const ledger::Cadre& c = ledger.cadres[*p.cadre];
        row.insert(row.end(), {c.id, c.name, std::to_string(p.cost), match::reasons_text(p.reasons)});
      } else {
        row.insert(row.end(), {"", "", "", std::string(match::left_code(p.why))});
      }
      rows.emplace_back(left, std::move(row));
    }
  };
  for (const auto& p : s.proposals) add(p, false);
  for (const auto& p : s.unpaired) add(p, true);
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    const auto key = [](const auto& r) {
      return std::tie(r.first, r.second[0], r.second[1], r.second[2], r.second[3], r.second[4]);
    };
    return key(a) < key(b);
  });
  std::vector<Row> out;
  for (auto& r : rows) out.push_back(std::move(r.second));
  return out;
}

std::string summary(const match::Suggestion& s) {
  std::size_t why[3] = {0, 0, 0};
  for (const auto& p : s.unpaired) ++why[static_cast<int>(p.why)];
  std::string text = fmt::format("pair suggest: {} unit{}, {} paired, total cost {}, {} gender exception{}", s.units,
                                 s.units == 1 ? "" : "s", s.paired, s.total_cost, s.exceptions,
                                 s.exceptions == 1 ? "" : "s");
  if (s.members > 0) text += fmt::format("; {} household member{} to a housemate's cadre", s.members, s.members == 1 ? "" : "s");
  text += fmt::format("; {} unpaired", s.unpaired.size());
  if (!s.unpaired.empty())
    text += fmt::format(" (no-candidate {}, gender-rule {}, capacity {})", why[0], why[1], why[2]);
  return text;
}

std::string birth_text(const ledger::Birth& b) {
  if (!b.known) return "";
  const std::string day = ledger::format_day(b.day);
  return b.month_only ? day.substr(0, 7) : day;
}

int run_explain(const ledger::Ledger& ledger, const match::SuggestOptions& mo, const match::Suggestion& s,
                const SuggestOptions& o, bool quiet) {
  const auto r = ledger.find_recipient(o.explain);
  const auto shown = [&](const std::string& id) { return o.output.reveal ? id : out::mask_id(id); };
  if (!r) throw UsageError(fmt::format("--explain: recipient {} is not in recipients.csv", shown(ledger::normalize_id(o.explain))));
  const match::Explanation x = match::explain(ledger, mo, s, *r);
  const std::string rid = shown(ledger.recipients[*r].id);
  using State = match::Explanation::State;
  if (x.state == State::inactive || x.state == State::paired) {
    if (!quiet)
      print_line(fmt::format("pair suggest: recipient {} {} on {}: nothing to suggest", rid,
                 x.state == State::inactive ? "is not active" : "already has a pairing", ledger::format_day(mo.as_of)));
    return kOk;
  }
  OpenOutput output(o.output, out::Format::table);
  auto writer = out::make_table_writer(output.table_options("jiedui pair suggest --explain"), output.sink());
  writer->begin({{"cadre", out::Kind::id}, {"cadre_name"}, {"township"}, {"rank"}, {"gender"}, {"birth"},
                 {"status"}, {"held", out::Kind::integer}, {"cost", out::Kind::integer}, {"reasons"}, {"outcome"},
                 {"taken_by"}});
  for (const auto& v : x.candidates) {
    const ledger::Cadre& c = ledger.cadres[v.cadre];
    std::string taken;
    for (std::uint32_t m : v.taken_by) taken += (taken.empty() ? "" : ";") + shown(ledger.recipients[m].id);
    writer->row({c.id, c.name, c.township, c.rank, std::string(ledger::gender_chinese(c.gender)), birth_text(c.birth),
                 std::string(ledger::cadre_status_code(c.status)), std::to_string(v.held),
                 v.edge.allowed ? std::to_string(v.edge.cost) : "", match::reasons_text(v.edge.reasons),
                 std::string(match::outcome_code(v.outcome)), taken});
  }
  writer->end();
  output.commit();
  if (quiet) return kOk;
  const match::Proposal& p = *x.proposal;
  std::string unit = x.members.size() == 1 ? "a unit of one"
                                           : fmt::format("a household of {} (household {})", x.members.size(),
                                                         ledger.recipients[*r].household);
  if (x.state == State::household_member) unit = "a household member whose housemate is paired";
  std::string verdict;
  if (p.cadre)
    verdict = fmt::format("proposed to cadre {} at cost {} ({}); no other choice pairs more units at less total cost",
                          shown(ledger.cadres[*p.cadre].id), p.cost, match::reasons_text(p.reasons));
  else
    verdict = fmt::format("left unpaired: {}", match::left_code(p.why));
  print_line(fmt::format("pair suggest: recipient {}, {}: {}; {} candidate{}", rid, unit, verdict, x.candidates.size(),
             x.candidates.size() == 1 ? "" : "s"));
  return kOk;
}

int run_apply(const ledger::Ledger& ledger, const match::Suggestion& s, const SuggestOptions& o, LockedSet& locked,
              ledger::Day as_of, bool quiet) {
  std::vector<write::PairingAddition> additions;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // (recipient, cadre), recipients.csv order
  for (const auto& p : s.proposals)
    for (std::uint32_t m : p.members) pairs.emplace_back(m, *p.cadre);
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [r, c] : pairs) additions.push_back({ledger.recipients[r].id, ledger.cadres[c].id});
  if (additions.empty()) {
    if (!quiet) print_line(fmt::format("pair suggest: nothing to apply"));
    return kOk;
  }
  const ledger::Day start = o.date.empty() ? as_of : parse_option_day(o.date, "--date");
  const write::PairingPlan plan = write::plan_pairing_additions(ledger, locked.diagnostics, additions, start,
                                                                o.write.reason, locked.set.gender_gap, locked.load);
  if (const int refused = report_refusals(plan.refusals, o.write, quiet, false); refused != kOk) return refused;
  if (o.write.dry_run) {
    std::string text;
    for (const auto& c : plan.changes) text += dry_run_line(plan.file.path, c.line, '+', c.after, o.output.reveal);
    print_stdout(text);
    if (!quiet) print_line(fmt::format("pair suggest: dry run, nothing written"));
    return kOk;
  }
  write::write_pairings(plan);
  if (!quiet)
    print_line(fmt::format("pair suggest: wrote {} ({} pairing{} added, starting {})", plan.file.path, additions.size(),
               additions.size() == 1 ? "" : "s", ledger::format_day(start)));
  return kOk;
}

int run_suggest(const SuggestOptions& o, const Globals& g) {
  if (!o.apply && (!o.date.empty() || o.write.dry_run || !o.write.reason.empty()))
    throw UsageError("pair suggest: --date, --dry-run and --reason go with --apply");
  if (o.apply && !o.explain.empty()) throw UsageError("pair suggest: --explain and --apply do not go together");
  // With --apply the set is read under the lock, so what is proposed is what is written.
  std::unique_ptr<LockedSet> locked;
  LoadedSet loaded;
  ledger::Day as_of{};
  if (o.apply) {
    WriteOptions w = o.write;
    w.as_of = o.as_of;
    w.reveal = o.output.reveal;
    locked = lock_and_load(g, w, "pair", o.rules);
    as_of = locked->load.today;
  } else {
    ledger::LoadOptions load = g.load_options();
    load.today = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
    as_of = load.today;
    CountingSink sink(g.quiet);
    loaded = load_set(g, o.rules, "pair", load, sink);
    sink.finish("pair suggest");
  }
  const LoadedSet& set = locked ? locked->set : loaded;
  match::SuggestOptions mo;
  mo.as_of = as_of;
  mo.max_load = o.max_load;
  mo.include_retired = o.include_retired;
  mo.gender_gap = set.gender_gap;
  const match::Suggestion s = match::suggest(set.ledger, mo);
  if (!o.explain.empty()) return run_explain(set.ledger, mo, s, o, g.quiet);
  if (!(o.apply && o.write.dry_run)) {
    OpenOutput output(o.output, out::Format::table);
    auto writer = out::make_table_writer(output.table_options("jiedui pair suggest"), output.sink());
    writer->begin(suggest_columns());
    for (const auto& row : suggestion_rows(set.ledger, s)) writer->row(row);
    writer->end();
    output.commit();
  }
  if (!g.quiet) print_line(fmt::format("{}", summary(s)));
  if (o.apply) return run_apply(set.ledger, s, o, *locked, as_of, g.quiet);
  return kOk;
}

}  // namespace

void add_pair_suggest(CLI::App& pair, const Globals& globals, std::function<int()>& chosen) {
  auto o = std::make_shared<SuggestOptions>();
  CLI::App* sub = pair.add_subcommand(
      "suggest", "propose cadres for the unpaired recipients: most paired, then least cost (see jiedui-pair(1))");
  sub->fallthrough();
  sub->add_option("--as-of", o->as_of, "the day whose pairings and loads count (default: today)");
  sub->add_option("--max-load", o->max_load, "units a cadre may hold, counting those held on --as-of (default 1)")
      ->check(CLI::Range(1, 1000));
  sub->add_flag("--include-retired", o->include_retired, "retired cadres are candidates too");
  sub->add_option("--profile", o->rules.profile, "rule profile: its gender rule is on or off (default: gansu)");
  sub->add_option("--gender-gap", o->rules.gender_gap,
                  "years a male cadre must be older than a girl (default 40 where the profile has the gender rule; "
                  "0 turns the rule off)")
      ->check(CLI::Range(0, 200));
  sub->add_option("--explain", o->explain, "show RECIPIENT's candidates, their costs, and why the chosen one won");
  sub->add_flag("--apply", o->apply, "write the proposals to pairings.csv (checked, all or nothing)");
  sub->add_option("--date", o->date, "with --apply: the day the new pairings start (default: --as-of)");
  sub->add_flag("-n,--dry-run", o->write.dry_run, "with --apply: show the rows it would write, write nothing");
  sub->add_option("--wait", o->write.wait, "with --apply: seconds to wait for another writer's lock (default 10)")
      ->check(CLI::Range(0.0, 86400.0));
  sub->add_option("--reason", o->write.reason, "with --apply: a note kept in each new row's reason column");
  add_output_options(*sub, o->output);
  sub->final_callback([o, &globals, &chosen] { chosen = [o, &globals] { return run_suggest(*o, globals); }; });
}

}  // namespace jiedui::cmd
