// jiedui log add|import|inspect: new work records (工作记录) in visits.csv,
// and inspections (督查表) in inspections.csv, checked as `check` and
// `audit` would check them, under the ledger set's lock, appended
// crash-safely (jiedui-log(1)). `log import` is all-or-nothing and idempotent, for
// the nightly import of the provincial mini-program's export.
#include <fmt/format.h>

#include <filesystem>

#include "commands.hpp"
#include "csv/source.hpp"
#include "error.hpp"
#include "ledger/schema.hpp"
#include "ledger_write.hpp"
#include "write/inspection_write.hpp"
#include "write/visit_write.hpp"
#include "write/write_error.hpp"

namespace jiedui::cmd {
namespace {

// visits_spec() column order.
enum V : std::size_t { v_date, v_recipient, v_cadre, v_mode, v_items, v_policies, v_difficulties, v_deeds, v_funds,
                       v_escalated, v_must, v_notes, v_count };

struct AddOptions {
  WriteOptions write;
  bool again = false;  // --again: a second identical contact, on purpose
  std::vector<std::string> cells = std::vector<std::string>(v_count);
};

struct ImportOptions {
  WriteOptions write;
  std::string file;
  std::string inspections;  // --inspections FILE: rows for inspections.csv instead
};

// inspections_spec() column order.
enum I : std::size_t { i_date, i_recipient, i_helper, i_inspector, i_visited, i_activities, i_environment,
                       i_satisfied, i_notes, i_count };

struct InspectOptions {
  WriteOptions write;
  std::vector<std::string> cells = std::vector<std::string>(i_count);
};

// `-`, /dev/stdin and a process substitution's /dev/fd/N may be pipes; any
// other FILE must be a regular file (a FIFO is refused at once). log import
// checks a whole file before it writes any of it, so it holds it whole: no
// more than this (a province's nightly import is a few MB), and a stream that
// never ends (/dev/zero named as /dev/stdin, a pipe left open) is refused once
// this much is read, exit 2 (jiedui-log(1) "LIMITS").
constexpr std::size_t kMaxImportBytes = std::size_t{256} << 20;

std::string read_input(const std::string& path) {
  return csv::read_bounded(path, kMaxImportBytes,
                           "the most log import takes at once (it checks the whole file before writing any of it); "
                           "split it into smaller files, each with the header row; nothing written");
}

void print_dry_run(const write::LedgerFile& file, const write::VisitPlan& plan, bool reveal) {
  std::string text;
  std::uint32_t line = file.next_line();
  for (const auto& row : plan.rows) text += dry_run_line(file.path, line++, '+', write::display_row(file, row), reveal);
  print_stdout(text);
}

int finish(const write::LedgerFile& file, const write::VisitPlan& plan, const WriteOptions& o, const Globals& g,
           const std::string& command, bool import) {
  if (!g.quiet)
    for (const auto& note : plan.notes) print_note(note);
  if (const int refused = report_refusals(plan.refusals, o, g.quiet); refused != kOk) return refused;
  if (o.dry_run) {
    print_dry_run(file, plan, o.reveal);
  } else if (!plan.rows.empty()) {
    write::append_rows(file, plan.rows);
  }
  if (!g.quiet) {
    const std::string forced = plan.forced > 0 ? fmt::format(" ({} forced)", plan.forced) : "";
    if (import)
      print_line(fmt::format("{}: {} {}{}, skipped {} duplicate{}{}{}", command,
                             o.dry_run ? "would import" : "imported", plan.rows.size(), forced, plan.duplicates,
                             plan.duplicates == 1 ? "" : "s",
                             plan.pairing_changes == 0
                                 ? std::string()
                                 : fmt::format(" and {} pairing change{} already in pairings.csv",
                                               plan.pairing_changes, plan.pairing_changes == 1 ? "" : "s"),
                             o.dry_run ? "; dry run, nothing written" : ""));
    else
      print_line(fmt::format("{}: {} {} line {}{}", command, o.dry_run ? "would write" : "wrote", file.path,
                             file.next_line(), o.dry_run ? "; dry run, nothing written" : forced));
  }
  return kOk;
}

// The one row a command line gives (log add, log inspect) as the request of a
// checked write: its line is the one it will take in `file`. A forced row
// needs a notes column to keep its reason in.
template <class Request>
Request one_row_request(const write::LedgerFile& file, const std::vector<std::string>& cells, bool has_notes,
                        const LockedSet& locked, const WriteOptions& w) {
  if (w.force && !has_notes)
    throw write::WriteError(fmt::format("{}: the header has no notes column to keep the --reason of --force in; "
                                        "nothing written", file.path));
  Request request;
  request.text = write::utf8_table(file, {cells});
  request.encoding = csv::Encoding::utf8;
  request.display = file.path;
  request.line_shift = static_cast<std::int64_t>(file.next_line()) - 2;  // the row is line 2 of the table
  request.today = locked.load.today;
  request.force = w.force;
  request.reason = w.reason;
  return request;
}

int run_add(const AddOptions& o, const Globals& g) {
  // A date that is none (2026-13-01) is bad usage, exit 2, as in `pair add`;
  // a real day the checks refuse (a future one) is still a refusal, exit 1.
  (void)parse_option_day(o.cells[v_date], "--date");
  auto locked = lock_and_load(g, o.write, "log");
  const ledger::Ledger& ledger = locked->set.ledger;
  const write::LedgerFile file =
      write::read_ledger_file(ledger.path_of("visits.csv"), ledger::visits_spec(), locked->load.encoding);
  for (std::size_t c = 0; c < v_count; ++c) {
    if (o.cells[c].empty() || file.has(c)) continue;
    throw write::WriteError(fmt::format("{}: the header has no {} column for --{}; add one, then retry; nothing written",
                                        file.path, ledger::visits_spec().columns[c].name,
                                        ledger::visits_spec().columns[c].name));
  }
  write::VisitRequest request =
      one_row_request<write::VisitRequest>(file, o.cells, file.has(v_notes), *locked, o.write);
  const write::VisitPlan plan = write::plan_visits(ledger, file, std::move(request), {});
  // As log import skips a record already there, so does a second `log add`
  // of the same contact (a retried cron line, a double Enter).
  const write::RowKey* wanted = plan.rows.empty() || o.again ? nullptr : &plan.keys.front();
  const write::VisitsOnDisk on_disk = write::read_visits_on_disk(ledger, locked->load, false, wanted);
  if (on_disk.same_line > 0 && plan.refusals.empty()) {
    if (!g.quiet)
      print_line(fmt::format("log add: {}:{} holds an identical record; nothing written (--again records a second "
                         "identical contact)", file.path, on_disk.same_line));
    return kOk;
  }
  return finish(file, plan, o.write, g, "log add", false);
}

int run_import_inspections(const ImportOptions& o, const Globals& g);

int run_import(const ImportOptions& o, const Globals& g) {
  if (!o.inspections.empty()) {
    if (!o.file.empty()) throw UsageError("log import takes FILE or --inspections FILE, not both");
    return run_import_inspections(o, g);
  }
  if (o.file.empty()) throw UsageError("log import needs FILE (work records) or --inspections FILE");
  std::string text = read_input(o.file);  // before the lock: a slow pipe must not hold other writers up
  auto locked = lock_and_load(g, o.write, "log");
  const ledger::Ledger& ledger = locked->set.ledger;
  const write::LedgerFile file =
      write::read_ledger_file(ledger.path_of("visits.csv"), ledger::visits_spec(), locked->load.encoding);
  if (o.write.force && !file.has(v_notes))
    throw write::WriteError(fmt::format("{}: the header has no notes column to keep the --reason of --force in; "
                                        "nothing written", file.path));
  write::VisitRequest request;
  request.text = std::move(text);
  request.encoding = g.encoding();
  request.display = o.file == "-" ? "stdin" : o.file;
  request.today = locked->load.today;
  request.skip_duplicates = true;
  request.read_export = true;
  request.force = o.write.force;
  request.reason = o.write.reason;
  const auto existing = write::read_visits_on_disk(ledger, locked->load, true, nullptr).keys;
  const write::VisitPlan plan = write::plan_visits(ledger, file, std::move(request), existing);
  for (std::size_t c = 0; c < v_count; ++c) {
    if (file.has(c)) continue;
    for (const auto& row : plan.rows)
      if (!row[c].empty())
        throw write::WriteError(fmt::format("{}: the header has no {} column for the imported {}; add one, then "
                                            "retry; nothing written",
                                            file.path, ledger::visits_spec().columns[c].name,
                                            ledger::visits_spec().columns[c].name));
  }
  return finish(file, plan, o.write, g, "log import", true);
}

// inspections.csv as it is, or a new one (the English header) when the set has none yet.
write::LedgerFile inspections_file(const ledger::Ledger& ledger, csv::Encoding encoding) {
  const std::string path = ledger.path_of("inspections.csv");
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return write::new_inspections_file(path);
  return write::read_ledger_file(path, ledger::inspections_spec(), encoding);
}

int finish_inspections(const write::LedgerFile& file, const write::InspectionPlan& plan, const WriteOptions& o,
                       const Globals& g, const std::string& command, bool import) {
  if (!g.quiet)
    for (const auto& note : plan.notes) print_note(note);
  if (const int refused = report_refusals(plan.refusals, o, g.quiet); refused != kOk) return refused;
  // Under the lock no other writer can make it meanwhile.
  std::error_code ec;
  const bool create = !std::filesystem::exists(file.path, ec);
  if (o.dry_run) {
    std::string text;
    std::uint32_t line = file.next_line();
    for (const auto& row : plan.rows)
      text += dry_run_line(file.path, line++, '+', write::display_row(file, row), o.reveal);
    print_stdout(text);
  } else if (!plan.rows.empty()) {
    if (create) write::create_with_rows(file, plan.rows);
    else write::append_rows(file, plan.rows);
  }
  if (!g.quiet) {
    const std::string forced = plan.forced > 0 ? fmt::format(" ({} forced)", plan.forced) : "";
    const std::string_view done = o.dry_run ? "would " : "";
    if (import)
      print_line(fmt::format("{}: {} {} inspection{}{} into {}, skipped {} duplicate{}{}", command,
                             o.dry_run ? "would import" : "imported", plan.rows.size(),
                             plan.rows.size() == 1 ? "" : "s", forced, file.path, plan.duplicates,
                             plan.duplicates == 1 ? "" : "s", o.dry_run ? "; dry run, nothing written" : ""));
    else
      print_line(fmt::format("{}: {}{} {} line {}{}", command, done,
                             create && !plan.rows.empty() ? (o.dry_run ? "create" : "created") : (o.dry_run ? "write" : "wrote"),
                             file.path, file.next_line(), o.dry_run ? "; dry run, nothing written" : forced));
  }
  return kOk;
}

void require_columns(const write::LedgerFile& file, const std::vector<std::vector<std::string>>& rows,
                     std::string_view what) {
  for (std::size_t c = 0; c < i_count; ++c) {
    if (file.has(c)) continue;
    for (const auto& row : rows)
      if (!row[c].empty())
        throw write::WriteError(fmt::format("{}: the header has no {} column for {}; add one, then retry; nothing "
                                            "written",
                                            file.path, ledger::inspections_spec().columns[c].name, what));
  }
}

int run_inspect(const InspectOptions& o, const Globals& g) {
  auto locked = lock_and_load(g, o.write, "log");
  const ledger::Ledger& ledger = locked->set.ledger;
  const write::LedgerFile file = inspections_file(ledger, locked->load.encoding);
  write::InspectionRequest request =
      one_row_request<write::InspectionRequest>(file, o.cells, file.has(i_notes), *locked, o.write);
  (void)write::read_inspections_on_disk(ledger, file);  // its last record must be readable
  const write::InspectionPlan plan = write::plan_inspections(ledger, file, std::move(request), {});
  std::vector<std::vector<std::string>> given = {o.cells};
  require_columns(file, given, "the option given");
  return finish_inspections(file, plan, o.write, g, "log inspect", false);
}

int run_import_inspections(const ImportOptions& o, const Globals& g) {
  std::string text = read_input(o.inspections);  // before the lock, as log import
  auto locked = lock_and_load(g, o.write, "log");
  const ledger::Ledger& ledger = locked->set.ledger;
  const write::LedgerFile file = inspections_file(ledger, locked->load.encoding);
  if (o.write.force && !file.has(i_notes))
    throw write::WriteError(fmt::format("{}: the header has no notes column to keep the --reason of --force in; "
                                        "nothing written", file.path));
  write::InspectionRequest request;
  request.text = std::move(text);
  request.encoding = g.encoding();
  request.display = o.inspections == "-" ? "stdin" : o.inspections;
  request.today = locked->load.today;
  request.skip_duplicates = true;
  request.force = o.write.force;
  request.reason = o.write.reason;
  const auto existing = write::read_inspections_on_disk(ledger, file);
  const write::InspectionPlan plan = write::plan_inspections(ledger, file, std::move(request), existing);
  require_columns(file, plan.rows, "the imported rows");
  return finish_inspections(file, plan, o.write, g, "log import", true);
}

}  // namespace

std::function<int()> setup_log(CLI::App& app, const Globals& globals) {
  app.description("Add work records to visits.csv, one (log add) or a file of them (log import), and "
                  "inspections of helpers to inspections.csv (log inspect, log import --inspections). Rows are "
                  "checked first and refused (exit 1, nothing written) when they break a rule, unless --force "
                  "--reason; see jiedui-log(1).");
  app.require_subcommand(1);
  auto chosen = std::make_shared<std::function<int()>>();

  auto add = std::make_shared<AddOptions>();
  CLI::App* a = app.add_subcommand("add", "add one work record");
  a->fallthrough();
  auto& c = add->cells;
  a->add_option("--date", c[v_date], "the day of the contact, YYYY-MM-DD")->required();
  a->add_option("--recipient", c[v_recipient], "the recipient's id")->required();
  a->add_option("--cadre", c[v_cadre], "the cadre who made the contact")->required();
  a->add_option("--mode", c[v_mode], "phone, sms, wechat, letter (contacts); home, institution, other (visits); or 电话 …")
      ->required();
  a->add_option("--items", c[v_items], "the ticked boxes of the form, ;-separated");
  a->add_option("--policies", c[v_policies], "policies coordinated (协调落实政策)");
  a->add_option("--difficulties", c[v_difficulties], "difficulties solved (解决实际困难)");
  a->add_option("--deeds", c[v_deeds], "practical deeds (帮办实事)");
  a->add_option("--funds", c[v_funds], "funds given, yuan (资助资金), e.g. 12.50");
  a->add_option("--escalated", c[v_escalated], "difficulties reported upwards (向上级反映困难)");
  a->add_option("--must", c[v_must], "a must-visit event: hospital, dropout, disaster, bereavement");
  a->add_option("--notes", c[v_notes], "the work record's text (工作记录)");
  add_write_options(*a, add->write, "with --force: why the exception is justified (kept in notes as [forced: …])");
  a->add_flag("--again", add->again,
              "record it even when an identical record is already there (a second identical contact, on purpose)");
  a->final_callback([add, &globals, chosen] { *chosen = [add, &globals] { return run_add(*add, globals); }; });

  auto import = std::make_shared<ImportOptions>();
  CLI::App* i = app.add_subcommand("import", "import a CSV of work records: all or nothing, duplicates skipped");
  i->fallthrough();
  i->add_option("file", import->file, "a CSV with a header (English or Chinese names, any order, UTF-8 or GB18030); - = standard input");
  i->add_option("--inspections", import->inspections,
                "import this CSV of inspections (督查表) into inspections.csv instead of work records; - = standard "
                "input");
  add_write_options(*i, import->write, "with --force: why the exceptions are justified (kept in notes as [forced: …])");
  i->final_callback([import, &globals, chosen] { *chosen = [import, &globals] { return run_import(*import, globals); }; });

  auto inspect = std::make_shared<InspectOptions>();
  CLI::App* n = app.add_subcommand("inspect", "add one inspection of a helper's work (督查表) to inspections.csv");
  n->fallthrough();
  auto& ic = inspect->cells;
  n->add_option("--date", ic[i_date], "the day of the inspection (督查时间), YYYY-MM-DD")->required();
  n->add_option("--recipient", ic[i_recipient], "the recipient's id")->required();
  n->add_option("--helper", ic[i_helper], "the helper's (关爱帮扶联系人) id in cadres.csv")->required();
  n->add_option("--inspector", ic[i_inspector], "who inspected (督查人员)");
  const char* answers = "yes or no (y/n, 1/0, 是/否, 满意/不满意, √/×)";
  n->add_option("--visited", ic[i_visited], fmt::format("是否开展联系走访: {}", answers))->required();
  n->add_option("--activities", ic[i_activities], fmt::format("是否开展关爱帮扶活动: {}", answers))->required();
  n->add_option("--environment", ic[i_environment], fmt::format("家庭环境 (门前院落整洁、物品摆放整齐、房间通风无异味): {}", answers))
      ->required();
  n->add_option("--satisfied", ic[i_satisfied], fmt::format("满意度: {}", answers))->required();
  n->add_option("--notes", ic[i_notes], "remarks (备注)");
  add_write_options(*n, inspect->write,
                    "with --force: why the exception is justified (kept in notes as [forced: …])");
  n->final_callback([inspect, &globals, chosen] { *chosen = [inspect, &globals] { return run_inspect(*inspect, globals); }; });
  return [chosen] { return *chosen ? (*chosen)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd
