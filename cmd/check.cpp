// jiedui check: every problem of SPEC §2 in a ledger set, as
// FILE:LINE:COLUMN: SEVERITY[CODE]: message (or a table with --format).
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>

#include "commands.hpp"
#include "entitle/choose.hpp"
#include "entitle/received.hpp"
#include "ledger/inspections.hpp"
#include "ledger/ledger.hpp"
#include "out/sink.hpp"
#include "out/text_mask.hpp"
#include "out/zh_text.hpp"
#include "out/zh_values.hpp"
#include "progress.hpp"
#include "rules/rule.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  std::string rules_file;
  std::string standards;
  std::string as_of;
  std::string fail_on = "error";
  std::size_t max_errors = 100;
};

const std::vector<out::Column> kColumns = {{"file"},     {"line", out::Kind::integer}, {"column", out::Kind::integer},
                                           {"severity"}, {"code"},                     {"message"}};

// Prints diagnostics as they come (up to --max-errors), counts all of them.
class PrintingSink : public ledger::DiagnosticSink {
 public:
  PrintingSink(const Options& options, OpenOutput& output, bool quiet, bool text)
      : options_(options), output_(output), quiet_(quiet), text_(text) {
    if (!text_) {
      out::Options table = output_.table_options(options_.output.zh() ? "台账检查" : "jiedui check");
      table.sheet = table.lang == out::Lang::zh ? "检查" : "check";
      writer_ = out::make_table_writer(table, output_.sink());
      writer_->begin(kColumns);
    }
  }
  void report(ledger::Diagnostic d) override {
    ++counts_[static_cast<int>(d.severity)];
    // --max-errors spares a screen; a file (-o) receives every problem.
    const bool to_file = !options_.output.output.empty() && options_.output.output != "-";
    if (!to_file && options_.max_errors != 0 && shown_ >= options_.max_errors) return;
    ++shown_;
    if (closed_) return;
    try {
      if (text_) {
        const std::string_view severity = ledger::severity_name(d.severity), code = ledger::code_name(d.code);
        // Under --lang zh the words, not the shape: editors still jump to FILE:LINE:COL.
        const std::string line =
            options_.output.zh()
                ? fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.line, d.column, out::zh_severity(severity),
                              out::zh_code(code), out::zh_message(d.message))
                : fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.line, d.column, severity, code, d.message);
        output_.sink().write(out::visible_controls(shown_text(line)) + '\n');
      } else {  // the writer masks the cells
        writer_->row({d.file, std::to_string(d.line), std::to_string(d.column),
                      std::string(ledger::severity_name(d.severity)), std::string(ledger::code_name(d.code)),
                      d.message});
      }
    } catch (const out::BrokenPipe&) {
      closed_ = true;  // `check | head`: the reading goes on, so the exit status is still the set's
    }
  }
  void note(std::string message) override {
    if (!quiet_) print_note(said(message, options_.output.zh()));
  }
  // Ends the table and commits the output, unless its reader left.
  void finish() {
    if (closed_) return;
    try {
      if (writer_) writer_->end();
      output_.commit();
    } catch (const out::BrokenPipe&) {
      closed_ = true;
    }
  }
  std::size_t count(ledger::Severity s) const { return counts_[static_cast<int>(s)]; }
  std::size_t total() const { return counts_[0] + counts_[1] + counts_[2]; }
  std::size_t shown() const { return shown_; }

 private:
  const Options& options_;
  OpenOutput& output_;
  bool quiet_;
  bool text_;
  std::unique_ptr<out::TableWriter> writer_;
  std::size_t counts_[3] = {0, 0, 0};
  std::size_t shown_ = 0;
  bool closed_ = false;
};

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

int run(const Options& o, const Globals& g) {
  // Text lines unless a table format is asked for (by --format or -o's extension).
  const bool text = o.output.format.empty() &&
                    (o.output.output.empty() || o.output.output == "-" || !out::format_from_path(o.output.output) ||
                     o.output.output.ends_with(".txt"));
  OutputOptions target = o.output;
  if (text) target.format = "table";  // only so an unknown extension (x.log) is not an error: lines are written
  OpenOutput output(target, out::Format::table);
  PrintingSink sink(o, output, g.quiet, text);
  ledger::LoadOptions load = g.load_options();
  load.keep_text = false;  // records are counted, not shown
  load.today = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
  load.today_given = !o.as_of.empty();
  const std::string dir = g.dir();
  ledger::Ledger ledger = ledger::load_ledger(dir, load, sink);
  std::size_t records = 0;
  // Diagnostics printed to the same terminal would land in the middle of the bar.
  Progress progress(ledger.path_of("visits.csv"), g.quiet || (text && ::isatty(1) == 1));
  ledger::for_each_visit(
      ledger, load, sink, [&](const ledger::Visit&) { ++records; }, progress.callback());
  if (!o.rules_file.empty()) {
    rules::load_rules(o.rules_file, o.rules_file, sink);
  } else if (std::filesystem::exists(ledger.path_of("rules.csv"))) {
    rules::load_rules(ledger.path_of("rules.csv"), ledger.path_of("rules.csv"), sink);
  }
  // benefits.csv names benefits of a standards table: the built-in one
  // unless --standards gives another (checked too, when it is a file).
  const entitle::Standards standards = entitle::choose_standards(o.standards, sink);
  entitle::load_received(ledger, standards, load, sink);
  ledger::load_inspections(ledger, load, sink);
  sink.finish();
  if (!g.quiet) {
    if (sink.total() > sink.shown())
      print_note(said(fmt::format("{} more not shown (--max-errors 0 shows all)", sink.total() - sink.shown()),
                      o.output.zh()));
    const std::size_t errors = sink.count(ledger::Severity::error), warnings = sink.count(ledger::Severity::warning);
    print_line(said(fmt::format("check: {}, {} in {} recipients, {} cadres, {} pairings, {} work records",
                                plural(errors, "error"), plural(warnings, "warning"), ledger.recipients.size(),
                                ledger.cadres.size(), ledger.pairings.size(), records),
                    o.output.zh()));
  }
  const auto fail = parse_fail_on(o.fail_on);
  if (!fail) return kOk;
  for (int s = 0; s <= static_cast<int>(*fail); ++s)
    if (sink.count(static_cast<ledger::Severity>(s)) > 0) return kFindings;
  return kOk;
}

}  // namespace

std::function<int()> setup_check(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Validate a ledger set: every problem in recipients.csv, cadres.csv, pairings.csv, visits.csv, "
      "rules.csv, benefits.csv and inspections.csv, printed FILE:LINE:COLUMN: SEVERITY[CODE]: message. Exit 0 clean, 1 problems, "
      "2 unreadable.");
  add_output_options(app, o->output, "text lines");
  app.add_option("--rules", o->rules_file, "also check this rules file (default: the set's rules.csv, if any)");
  app.add_option("--standards", o->standards,
                 "the standards table benefits.csv is checked against: hezheng-2023 (default) or a file, checked too");
  app.add_option("--as-of", o->as_of, "the date after which records are future-date (default: today)");
  app.add_option("--fail-on", o->fail_on, "exit 1 when a problem of this severity or worse is found")
      ->check(CLI::IsMember({"error", "warning", "notice", "never"}));
  app.add_option("--max-errors", o->max_errors,
                 "print at most N problems on standard output, then say how many more (0 = all); -o FILE receives "
                 "every problem");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
