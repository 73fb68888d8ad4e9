// jiedui export: the 15th-of-month file for the provincial system (SPEC §8).
// Meant for cron: `0 6 15 * * jiedui -C /data/ledger export -o /exports/$(date +\%Y-\%m).csv`.
// The same ledger gives the same bytes; -o is written atomically; an empty
// window is not an error (exit 0, a header row only).
#include <fmt/format.h>

#include <cstdlib>

#include "commands.hpp"
#include "error.hpp"
#include "export/monthly_export.hpp"
#include "ledger_run.hpp"
#include "out/output.hpp"
#include "progress.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  std::string month;  // "" = the as-of date's month
  std::string as_of;
  std::string output;
  std::string format;  // "" = tsv for -o *.tsv, else csv
  bool bom = true;  // on: the file is opened in Excel
  bool bom_given = false;  // --bom or --no-bom on the command line
  std::string encoding = "utf-8";
  bool records_only = false, changes_only = false;
};

out::Format export_format(const Options& o) {
  if (!o.format.empty()) return o.format == "tsv" ? out::Format::tsv : out::Format::csv;
  if (!o.output.empty() && o.output != "-") {
    // -o report.xlsx would otherwise get CSV bytes under an xlsx name.
    const std::optional<out::Format> by_name = out::format_from_path(o.output);
    if (by_name && *by_name != out::Format::csv && *by_name != out::Format::tsv)
      throw UsageError(fmt::format("export writes csv or tsv, not {} ('{}'): give a .csv or .tsv name, or --format",
                                   out::format_name(*by_name), o.output));
    if (by_name) return *by_name;
  }
  return out::Format::csv;
}

// The bytes of records held before they are sorted in a temporary file:
// JIEDUI_EXPORT_SORT_BYTES lets the tests take that path on a small ledger.
std::size_t sort_budget() {
  const char* text = std::getenv("JIEDUI_EXPORT_SORT_BYTES");
  if (text == nullptr || *text == '\0') return exports::kSortBudget;
  char* end = nullptr;
  const unsigned long long n = std::strtoull(text, &end, 10);
  if (*end != '\0' || n == 0)
    throw UsageError(fmt::format("$JIEDUI_EXPORT_SORT_BYTES = '{}' is not a positive number", text));
  return static_cast<std::size_t>(n);
}

int run(const Options& o, const Globals& g) {
  ledger::LoadOptions load = g.load_options();
  const ledger::Day as_of = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
  load.today = future_after(as_of);  // later records are left out of the file, not errors
  const audit::Period month =
      o.month.empty() ? audit::month_period(audit::iso_date(as_of).substr(0, 7)) : audit::month_period(o.month);
  const date::year_month_day first{month.from};
  const audit::Period window = exports::export_window(first.year() / first.month());
  const exports::ExportContent content = o.records_only   ? exports::ExportContent::records
                                         : o.changes_only ? exports::ExportContent::changes
                                                          : exports::ExportContent::all;

  const out::Format format = export_format(o);
  // The BOM is for Excel's UTF-8 detection; a GB18030 file goes without one
  // unless --bom asks (Excel reads GB18030 as the Chinese ANSI code page).
  const bool gb18030 = o.encoding == "gb18030";
  const bool bom = gb18030 && !o.bom_given ? false : o.bom;
  out::Output output(out::OutputTarget{o.output == "-" ? "" : o.output, bom, gb18030});
  CountingSink sink(g.quiet);
  const ledger::Ledger ledger = ledger::load_ledger(g.dir(), load, sink);
  exports::MonthlyExport file(ledger, window, as_of, content, sort_budget());
  if (content != exports::ExportContent::changes) {
    Progress progress(ledger.path_of("visits.csv"), g.quiet);
    ledger::for_each_visit(
        ledger, load, sink, [&](const ledger::Visit& v) { file.add(v); }, progress.callback());
  }
  sink.finish("export");

  out::Options table;
  table.format = format;
  table.reveal = true;  // this file goes to the provincial system, not to readers (SPEC §9)
  auto writer = out::make_table_writer(table, output.sink());
  writer->begin(file.columns());
  file.finish([&](const std::vector<std::string>& row) { writer->row(row); });
  writer->end();
  output.commit();
  if (!g.quiet)
    print_line(fmt::format("export: {} to {}: {} pairing change{}, {} work record{}", audit::iso_date(window.from),
               audit::iso_date(window.to), file.changes(), file.changes() == 1 ? "" : "s", file.records(),
               file.records() == 1 ? "" : "s"));
  // A file made before the 15th is a preview: the month's file must be made again after it.
  if (!g.quiet && as_of < window.to)
    print_note(fmt::format("the window {} to {} is not closed yet (as of {}): this file lacks what is still to come; "
                           "make it again on or after {}",
                           audit::iso_date(window.from), audit::iso_date(window.to), audit::iso_date(as_of),
                           audit::iso_date(window.to)));
  return kOk;
}

}  // namespace

std::function<int()> setup_export(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Write the 15th-of-month file for the provincial system (jiedui-export(1)): pairings that started or ended and the "
      "work records dated from the 16th of the previous month to the 15th of --month, under the Chinese headers "
      "of the Gansu contact card and work-record forms, IDs unmasked. Same ledger, same bytes.");
  app.add_option("--month", o->month, "the month whose 15th closes the window, e.g. 2026-06 (default: the as-of month)");
  app.add_option("--as-of", o->as_of, "the day the file is made; later dates are left out (default: today)");
  app.add_option("-o,--output", o->output, "write to FILE (atomically: a temp file renamed into place)");
  app.add_option("--format", o->format, "csv or tsv (default: tsv for -o *.tsv, else csv)")
      ->check(CLI::IsMember({"csv", "tsv"}));
  auto* records = app.add_flag("--records", o->records_only, "only the work records");
  auto* changes = app.add_flag("--changes", o->changes_only, "only the pairing changes (新增, 解除)");
  records->excludes(changes);
  app.add_flag("--bom,!--no-bom", o->bom,
               "start with a byte order mark, for Excel (default: on for UTF-8, off for GB18030)")
      ->each([o](const std::string&) { o->bom_given = true; });
  app.add_option("--encoding", o->encoding, "output encoding: utf-8 or gb18030")
      ->check(CLI::IsMember({"utf-8", "utf8", "gb18030"}));
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
