#include "common.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>

#include <fmt/format.h>

#include "error.hpp"
#include "ledger/dates.hpp"
#include "out/zh_text.hpp"
#include "out/zh_values.hpp"
#include "out/sink.hpp"
#include "out/text_mask.hpp"

namespace jiedui::cmd {

std::string Globals::dir() const {
  if (!ledger_dir.empty()) return ledger_dir;
  if (const char* env = std::getenv("JIEDUI_LEDGER"); env != nullptr && *env != '\0') return env;
  return ".";
}

csv::Encoding Globals::encoding() const {
  if (input_encoding == "utf-8") return csv::Encoding::utf8;
  if (input_encoding == "gb18030") return csv::Encoding::gb18030;
  return csv::Encoding::automatic;
}

ledger::LoadOptions Globals::load_options() const {
  ledger::LoadOptions load;
  load.encoding = encoding();
  auto env_number = [](const char* name) -> unsigned long {
    const char* text = std::getenv(name);
    if (text == nullptr || *text == '\0') return 0;
    char* end = nullptr;
    const unsigned long n = std::strtoul(text, &end, 10);
    if (*end != '\0') throw UsageError(fmt::format("${} = '{}' is not a number", name, text));
    return n;
  };
  unsigned threads = threads_option;
  if (threads == 0) threads = static_cast<unsigned>(std::min(env_number("JIEDUI_THREADS"), 1024UL));
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  load.threads = threads;
  if (const unsigned long chunk = env_number("JIEDUI_CHUNK_BYTES"); chunk > 0) load.chunk_bytes = chunk;
  return load;
}

void add_output_options(CLI::App& app, OutputOptions& o, std::string_view default_format) {
  app.add_option("--format", o.format,
                 fmt::format("table, csv, tsv, json, jsonl, md, html or xlsx (default: from -o's extension, else {})",
                             default_format))
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "jsonl", "md", "html", "xlsx"}));
  app.add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output");
  app.add_flag("--reveal", o.reveal, "show ID and phone numbers unmasked");
  app.add_flag("--bom", o.bom, "start the output with a byte order mark (for Excel)");
  app.add_option("--encoding", o.encoding, "output encoding: utf-8 or gb18030")
      ->check(CLI::IsMember({"utf-8", "utf8", "gb18030"}));
  app.add_option("--lang", o.lang, "en (stable English columns and values, for scripts) or zh (Chinese headers, values and messages)")
      ->check(CLI::IsMember({"en", "zh"}));
  app.add_option("--columns", o.columns,
                 "only these columns, in this order, comma-separated by their names (e.g. severity,code,recipient); "
                 "for a table wider than the terminal");
}

namespace {

out::Format resolve_format(const OutputOptions& o, out::Format fallback) {
  if (!o.format.empty()) return *out::parse_format(o.format);
  if (!o.output.empty() && o.output != "-") {
    if (const auto f = out::format_from_path(o.output)) return *f;
    throw UsageError(fmt::format("cannot tell the format of '{}' from its extension: give --format", o.output));
  }
  return fallback;
}

out::OutputTarget target_of(const OutputOptions& o, out::Format format) {
  out::OutputTarget t;
  t.path = o.output == "-" ? "" : o.output;
  const bool binary = format == out::Format::xlsx;
  if (binary && (o.bom || o.encoding == "gb18030"))
    throw UsageError("--bom and --encoding gb18030 do not apply to xlsx, a binary format");
  if (binary && t.path.empty() && ::isatty(1))
    throw UsageError("xlsx is binary: write it with -o FILE.xlsx, or redirect standard output");
  t.bom = o.bom;
  t.gb18030 = o.encoding == "gb18030";
  return t;
}

}  // namespace

OpenOutput::OpenOutput(const OutputOptions& options, out::Format default_format)
    : format_(resolve_format(options, default_format)), options_(options), output_(target_of(options, format_)) {}

out::Options OpenOutput::table_options(std::string title) const {
  out::Options o;
  o.format = format_;
  o.reveal = options_.reveal;
  o.lang = options_.lang == "zh" ? out::Lang::zh : out::Lang::en;
  const char* no_color = std::getenv("NO_COLOR");
  o.color = output_.is_terminal() && (no_color == nullptr || *no_color == '\0');
  o.title = std::move(title);
  for (std::size_t start = 0; start < options_.columns.size();) {
    const std::size_t comma = std::min(options_.columns.find(',', start), options_.columns.size());
    std::string name = options_.columns.substr(start, comma - start);
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (!name.empty()) o.columns.push_back(std::move(name));
    start = comma + 1;
  }
  return o;
}

ledger::Day parse_option_day(const std::string& text, std::string_view option) {
  if (const auto d = ledger::parse_day(text)) return *d;
  throw UsageError(fmt::format("{} '{}' is not a date ({})", option, text, ledger::kDayForms));
}

ledger::Day today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return date::sys_days{date::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

ledger::Day future_after(ledger::Day as_of) { return std::max(today(), as_of); }

void note_after_as_of(std::size_t records, ledger::Day as_of, bool quiet) {
  if (records == 0 || quiet) return;
  print_note(fmt::format("{} work record{} dated after the as-of day {} {} outside this run and not counted",
                         records, records == 1 ? "" : "s", ledger::format_day(as_of), records == 1 ? "is" : "are"));
}

std::optional<ledger::Severity> parse_fail_on(const std::string& text) {
  if (text == "error") return ledger::Severity::error;
  if (text == "warning") return ledger::Severity::warning;
  if (text == "notice") return ledger::Severity::notice;
  return std::nullopt;
}

int fail_on_status(const std::string& fail_on, const std::size_t (&counts)[3]) {
  const auto fail = parse_fail_on(fail_on);
  if (!fail) return kOk;
  for (int s = 0; s <= static_cast<int>(*fail); ++s)
    if (counts[s] > 0) return kFindings;
  return kOk;
}

std::string findings_summary(std::size_t findings, const std::size_t (&counts)[3], bool zh) {
  if (zh) {
    std::string summary = fmt::format("共{}条", findings);
    std::string_view sep = "：";
    for (int s = 0; s < 3; ++s)
      if (counts[s] > 0) {
        summary += fmt::format("{}{}{}条", sep, out::zh_severity(ledger::severity_name(static_cast<ledger::Severity>(s))),
                               counts[s]);
        sep = "，";
      }
    return summary;
  }
  std::string summary = fmt::format("{} finding{}", findings, findings == 1 ? "" : "s");
  const char* names[3] = {"error", "warning", "notice"};
  std::string sep = ": ";
  for (int s = 0; s < 3; ++s)
    if (counts[s] > 0) {
      summary += fmt::format("{}{} {}{}", sep, counts[s], names[s], counts[s] == 1 ? "" : "s");
      sep = ", ";
    }
  return summary;
}

std::string said(std::string_view english, bool zh) {
  return zh ? out::zh_message(english) : std::string(english);
}

namespace {
bool reveal_personal_numbers = false;
int pipe_closed_status = kOk;
}  // namespace

void set_status_if_pipe_closes(int status) { pipe_closed_status = status; }
int status_if_pipe_closes() { return pipe_closed_status; }

void set_reveal(bool reveal) { reveal_personal_numbers = reveal; }

std::string shown_text(std::string_view text) {
  return reveal_personal_numbers ? std::string(text) : out::mask_personal_numbers(text);
}

// write(2), not stdio: standard error is unbuffered anyway, and a failed
// write must neither throw (fmt::print does: from main's catch that was
// std::terminate, SIGABRT) nor be retried.
void print_stderr(std::string_view text) noexcept {
  while (!text.empty()) {
    const ssize_t n = ::write(2, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // closed, full, or a reader gone: the message is lost, the run's status stays
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

void print_stdout(std::string_view text) {
  out::FdSink out(1);
  out.write(text);
  out.flush();
}

// Messages quote cells and file names: personal numbers in them are masked
// (shown_text), their control characters are shown as escapes, never sent to
// the terminal (out::visible_controls).
namespace {

// Files read as GB18030, held so that a set saved by Excel in GB18030 (every
// file of it) gets one note, not one per file; the note goes out before the
// next line on standard error, or at exit.
constexpr std::string_view kGb18030Note = " is not UTF-8; read as GB18030";
std::vector<std::string> gb18030_files;

void put_line(std::string_view line) { print_stderr(out::visible_controls(shown_text(line)) + "\n"); }

}  // namespace

void flush_notes() noexcept {
  if (gb18030_files.empty()) return;
  std::vector<std::string> files;
  files.swap(gb18030_files);
  if (files.size() == 1) {
    put_line(fmt::format("jiedui: note: {}{}", files[0], kGb18030Note));
    return;
  }
  // Files of one directory are named by their names, the directory once.
  const auto dir_of = [](const std::string& f) { return f.substr(0, f.find_last_of('/') + 1); };
  const std::string dir = dir_of(files[0]);
  bool one_dir = true;
  for (const std::string& f : files) one_dir = one_dir && dir_of(f) == dir;
  std::string list;
  for (std::size_t i = 0; i < files.size(); ++i) {
    list += i == 0 ? "" : i + 1 == files.size() ? " and " : ", ";
    list += one_dir ? files[i].substr(dir.size()) : files[i];
  }
  if (one_dir && !dir.empty()) list += fmt::format(" in {}", dir.substr(0, dir.size() - 1));
  put_line(fmt::format("jiedui: note: {} are not UTF-8; read as GB18030", list));
}

void print_line(std::string_view line) {
  flush_notes();
  put_line(line);
}
void print_error(std::string_view message) { print_line(fmt::format("jiedui: error: {}", message)); }
void print_note(std::string_view message) {
  if (message.ends_with(kGb18030Note)) {
    gb18030_files.emplace_back(message.substr(0, message.size() - kGb18030Note.size()));
    return;
  }
  print_line(fmt::format("jiedui: note: {}", message));
}
void print_warning(std::string_view message) { print_line(fmt::format("jiedui: warning: {}", message)); }

}  // namespace jiedui::cmd
