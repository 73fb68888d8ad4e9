// jiedui: the registry of subcommands, and the one place that turns errors
// into messages and exit codes (0 ok, 1 findings or refused, 2 bad usage or
// unreadable input: SPEC §5, §9).
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <fmt/format.h>

#include "commands.hpp"
#include "config_defaults.hpp"
#include "error.hpp"
#include "out/sink.hpp"
#include "out/temp_registry.hpp"

namespace jiedui::cmd {

const std::vector<Command>& commands() {
  static const std::vector<Command> all = {
      {"audit", "audit compliance and pairings: one row per finding", setup_audit},
      {"cadre", "add or change cadres (status retired or left …), checked, locked, crash-safe", setup_cadre},
      {"card", "print-ready cards and forms (HTML, one A4 page each): contact cards, information forms, helper agreements, the monthly record book",
       setup_card},
      {"check", "validate a ledger set (jiedui-ledger(5)): every problem as FILE:LINE:COLUMN", setup_check},
      {"completion", "print a bash or zsh completion script that asks jiedui itself", setup_completion},
      {"due", "what each cadre and helper still owes in the current bucket, most urgent first", setup_due},
      {"entitle", "benefits due under the policy lists against benefits.csv: missing, short, not due", setup_entitle},
      {"explain", "how the audit counted one recipient: one row per pairing, rule and bucket", setup_explain},
      {"export", "the 15th-of-month file for the provincial system", setup_export},
      {"init", "create an empty ledger set with headers", setup_init},
      {"log", "add work records (add, import) or helper inspections (inspect): checked, locked, crash-safe", setup_log},
      {"pair", "add, end, move or list pairings, checked, locked, crash-safe", setup_pair},
      {"recipient", "add recipients, mark them exited, change their columns: checked, locked, crash-safe",
       setup_recipient},
      {"report", "reports: districts, cadres, pairings (the audit's numbers), entitlements, roles, helper subsidy",
       setup_report},
      {"rules", "print frequency rules (a built-in profile, or those in effect) as rules.csv", setup_rules},
      {"sample", "generate a realistic ledger set of any size (trying jiedui, benchmarks)", setup_sample},
  };
  return all;
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// "jiedui chek" → unknown command 'chek'; did you mean 'check'?
std::string unknown_command_message(std::string_view word) {
  std::string best;
  std::size_t best_distance = 3;
  for (const Command& c : commands()) {
    const std::size_t d = edit_distance(word, c.name);
    if (d < best_distance) {
      best_distance = d;
      best = c.name;
    }
  }
  std::string message = fmt::format("unknown command '{}'", word);
  if (!best.empty()) message += fmt::format("; did you mean '{}'?", best);
  return message;
}

// The options of the command run and of the commands above it (they fall
// through): what an unknown --option is compared with.
void collect_options(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* option : app.get_options())
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  for (const CLI::App* sub : app.get_subcommands()) collect_options(*sub, names);
}

// "jiedui audit --formt csv": "; did you mean '--format'?" for the first
// --word no option of the command has, when one is close to it.
std::string option_suggestion(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;
  collect_options(app, names);
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!arg.starts_with("--") || arg.size() <= 2) continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(names.begin(), names.end(), arg) != names.end()) continue;
    std::string best;
    std::size_t best_distance = 3;
    for (const std::string& name : names) {
      const std::size_t d = edit_distance(arg, name);
      if (d < best_distance) {
        best_distance = d;
        best = name;
      }
    }
    if (!best.empty()) return fmt::format("; did you mean '{}'?", best);
  }
  return {};
}

std::string_view first_positional(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-C" || arg == "--ledger" || arg == "--input-encoding" || arg == "--threads") {
      ++i;
      continue;
    }
    if (!arg.starts_with("-")) return arg;
  }
  return {};
}

// Whether the command being run was given --reveal (`report pairings
// --reveal`, `log add … --reveal`): then its messages show personal numbers
// too, as its tables do.
bool reveal_given(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands()) {
    const CLI::Option* reveal = sub->get_option_no_throw("--reveal");
    if ((reveal != nullptr && reveal->count() > 0) || reveal_given(*sub)) return true;
  }
  return false;
}

int run(int argc, char** argv) {
  // `jiedui help audit` is `jiedui audit --help`; `jiedui help` is `jiedui --help`.
  std::vector<char*> help_args;
  static char help_flag[] = "--help";
  if (first_positional(argc, argv) == "help") {
    bool dropped = false;
    for (int i = 0; i < argc; ++i) {
      if (!dropped && i > 0 && std::string_view(argv[i]) == "help") {
        dropped = true;
        continue;
      }
      help_args.push_back(argv[i]);
    }
    help_args.push_back(help_flag);
    argc = static_cast<int>(help_args.size());
    argv = help_args.data();
  }
  CLI::App app{"jiedui (结对): checks, audits and reports over pairing-care ledgers.\n"
               "See jiedui(1), jiedui-COMMAND(1), and jiedui-ledger(5) for the files."};
  app.name("jiedui");
  Globals globals;
  app.add_option("-C,--ledger", globals.ledger_dir, "the ledger set's directory (default: $JIEDUI_LEDGER, else .)");
  app.add_option("--input-encoding", globals.input_encoding,
                 "encoding of the ledgers: auto (UTF-8, else GB18030), utf-8 or gb18030")
      ->check(CLI::IsMember({"auto", "utf-8", "gb18030"}));
  app.add_flag("-q,--quiet", globals.quiet, "no summary or notes on standard error");
  app.add_option("--threads", globals.threads_option,
                 "threads that read recipients.csv, pairings.csv and visits.csv (default: $JIEDUI_THREADS, else "
                 "every core); results are the same")
      ->check(CLI::Range(1u, 1024u));
  app.set_version_flag("--version", "jiedui 0.1.0");
  app.require_subcommand(1);
  std::function<int()> runner;
  for (const Command& c : commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.summary);
    sub->fallthrough();
    auto run_sub = c.setup(*sub, globals);
    sub->final_callback([&runner, run_sub] { runner = run_sub; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 exits 100+ on its own; our users' scripts expect 2 (SPEC §9).
    const std::string_view word = first_positional(argc, argv);
    bool known = word.empty();
    for (const Command& c : commands()) known = known || word == c.name;
    print_error(known ? std::string(e.what()) + option_suggestion(app, argc, argv) : unknown_command_message(word));
    print_stderr(kUsageHint);
    return kUsage;
  }
  apply_config_defaults(app, globals);
  set_reveal(reveal_given(app));
  return runner ? runner() : kUsage;
}

}  // namespace
}  // namespace jiedui::cmd

namespace {

// Started with a standard descriptor closed (`2>&-`), the next file jiedui
// opens would get its number: the lock file, or the temp file of a ledger
// being rewritten, would receive what is meant for standard error. /dev/null
// takes the place, opened the other way round, so that reading or writing
// it still fails as on a closed descriptor (EBADF): a closed standard output
// is still an error, a closed standard error still loses its messages only.
void occupy_closed_standard_descriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
    const int null = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
    if (null >= 0 && null != fd) {
      ::dup2(null, fd);
      ::close(null);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  occupy_closed_standard_descriptors();
  // A closed pipe must surface as EPIPE (out::BrokenPipe), not kill us.
  std::signal(SIGPIPE, SIG_IGN);
  // SIGTERM or Ctrl-C during `export -o` or a ledger write: its temp file goes too.
  jiedui::out::remove_temp_files_on_signals();
  // The parallel read of visits.csv allocates and frees megabyte buffers per
  // 4 MiB chunk; served by mmap, each would be page-faulted in afresh (a
  // fifth of a province's check). Keep them in the heap for reuse instead.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  using namespace jiedui;
  struct FlushNotes {
    ~FlushNotes() { cmd::flush_notes(); }
  } flush_at_exit;
  try {
    return cmd::run(argc, argv);
  } catch (const out::BrokenPipe&) {
    // `jiedui … | head`: the reader has what it wanted; the status stays the run's
    return cmd::status_if_pipe_closes();
  } catch (const InputError& e) {
    if (e.line() > 0)
      cmd::print_error(fmt::format("{}:{}:{}: {}", e.file(), e.line(), e.column(), e.what()));
    else
      cmd::print_error(fmt::format("{}: {}", e.file(), e.what()));
    return cmd::kUsage;
  } catch (const UsageError& e) {
    cmd::print_error(e.what());
    cmd::print_stderr(cmd::kUsageHint);  // as every usage error: where to look next
    return cmd::kUsage;
  } catch (const TotalError& e) {
    cmd::print_error(e.what());
    return cmd::kUsage;
  } catch (const OutputError& e) {
    cmd::print_error(e.what());
    return cmd::kUsage;
  } catch (const std::exception& e) {
    cmd::print_error(fmt::format("internal error: {}", e.what()));
    return cmd::kUsage;
  }
}
