#pragma once
// What every subcommand shares: the ledger set's location, input and output
// options, and how results become exit codes (SPEC §5, §9).
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "csv/reader.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/ledger.hpp"
#include "ledger/model.hpp"
#include "out/output.hpp"
#include "out/table_writer.hpp"

namespace jiedui::cmd {

enum Exit : int { kOk = 0, kFindings = 1, kUsage = 2 };

// The last line of every usage error, the same everywhere.
inline constexpr const char* kUsageHint = "Run 'jiedui --help' or 'jiedui COMMAND --help' for usage.\n";

// Options of the top-level app, visible to every subcommand.
struct Globals {
  std::string ledger_dir;  // -C; else $JIEDUI_LEDGER; else "."
  std::string input_encoding = "auto";
  bool quiet = false;
  unsigned threads_option = 0;  // --threads; 0 = $JIEDUI_THREADS, else every core

  std::string dir() const;
  csv::Encoding encoding() const;
  // The ledger-reading options every command shares: encoding, threads (and
  // $JIEDUI_CHUNK_BYTES, a test knob that makes small files parallel too).
  ledger::LoadOptions load_options() const;
};

// --format, -o, --reveal, --bom, --encoding, --lang: added to each
// subcommand that prints a table.
struct OutputOptions {
  std::string format;  // "" = from -o's extension, else the subcommand's default
  std::string output;  // -o FILE; "" or "-" = stdout
  bool reveal = false;
  bool bom = false;
  std::string encoding = "utf-8";
  std::string lang = "en";
  bool zh() const { return lang == "zh"; }  // --lang zh: every word a person reads in Chinese
  std::string columns;  // --columns a,b,c: only these, in this order
};
void add_output_options(CLI::App& app, OutputOptions& options, std::string_view default_format = "table");

// An open output: the sink chain and the table writer options resolved.
class OpenOutput {
 public:
  OpenOutput(const OutputOptions& options, out::Format default_format);
  out::Format format() const { return format_; }
  out::Options table_options(std::string title = {}) const;
  out::ByteSink& sink() { return output_.sink(); }
  void commit() { output_.commit(); }

 private:
  out::Format format_;
  const OutputOptions& options_;
  out::Output output_;
};

// A subcommand of the registry: setup adds its options to `app` and returns
// the function that runs it after parsing.
struct Command {
  const char* name;
  const char* summary;
  std::function<std::function<int()>(CLI::App& app, const Globals& globals)> setup;
};
const std::vector<Command>& commands();

// Parses --as-of style dates for options; throws UsageError naming the option.
ledger::Day parse_option_day(const std::string& text, std::string_view option);
ledger::Day today();
// The day after which a ledger date is a future-date error when a command
// runs as of `as_of`: today, or as_of if later. A past --as-of leaves the
// records after it out of the run; they are not errors of the ledger set.
ledger::Day future_after(ledger::Day as_of);
// "12 work records dated after the as-of day 2026-06-30 are outside this run"
// as a note, when there are any.
void note_after_as_of(std::size_t records, ledger::Day as_of, bool quiet);

// --fail-on error|warning|notice|never → the least severe severity that fails, or nullopt.
std::optional<ledger::Severity> parse_fail_on(const std::string& text);
// A table command's exit status: kFindings when a row of --fail-on's severity
// or worse was found (counts[s]: rows of ledger::Severity s; error, warning,
// notice), else kOk.
int fail_on_status(const std::string& fail_on, const std::size_t (&counts)[3]);
// The status a run ends with when its reader leaves (`jiedui audit … | head`):
// a command that knows its findings before it writes them sets it, so a closed
// pipe keeps the run's own status (cron still sees exit 1). Default kOk.
void set_status_if_pipe_closes(int status);
int status_if_pipe_closes();
// "17 findings: 6 errors, 7 warnings, 4 notices" (counts as above); under
// --lang zh "共17条：错误6条，警告7条，提示4条".
std::string findings_summary(std::size_t findings, const std::size_t (&counts)[3], bool zh = false);
// A summary or note for standard error in the language of --lang: the
// English as it is, or its Chinese (out::zh_message).
std::string said(std::string_view english, bool zh);

// --reveal of the command being run (main sets it once the command line is
// parsed). Until then, and without it, every text the user sees has its
// personal numbers masked (SPEC §9; the rule is out::mask_personal_numbers).
void set_reveal(bool reveal);
// Text for standard error or a text line on standard output: masked unless
// --reveal. Tables mask their cells themselves (out::Options::reveal).
std::string shown_text(std::string_view text);

// stderr lines, as SPEC §9: "jiedui: error: …", "jiedui: note: …", and
// print_line for a summary ("pair list: 3 rows"); each goes through shown_text.
void print_line(std::string_view line);
void print_error(std::string_view message);
void print_note(std::string_view message);
void print_warning(std::string_view message);
// Notes held back to be said once (files read as GB18030): printed now. Every
// other line on standard error prints them first; main calls it at exit.
void flush_notes() noexcept;
// Any other text for standard error (summaries). Never throws: standard error
// closed (2>&-), full (2>/dev/full) or a pipe whose reader left loses the
// text, and the exit status stays the run's own.
void print_stderr(std::string_view text) noexcept;
// Text for standard output outside a table (dry-run lines, completion
// scripts): written at once, a reader gone (| head) ends quietly
// (out::BrokenPipe), any other failure (a full disk) is an OutputError, exit 2.
void print_stdout(std::string_view text);

}  // namespace jiedui::cmd
