// jiedui sample -o DIR: a generated ledger set of any size (lib/sample), for
// trying jiedui on a realistic volume and for the benchmarks in bench/.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "commands.hpp"
#include "error.hpp"
#include "sample/sample.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  std::string dir;
  sample::SampleOptions sample;
  bool force = false;
};

int run(const Options& o, const Globals& g) {
  namespace fs = std::filesystem;
  if (!o.force) {  // never overwrite a ledger someone keeps
    for (const char* name : {"recipients.csv", "cadres.csv", "pairings.csv", "visits.csv"}) {
      std::error_code ec;
      const fs::path path = fs::path(o.dir) / name;
      if (fs::exists(fs::symlink_status(path, ec)))  // a dangling link too: never created through
        throw UsageError(fmt::format("{} exists; nothing written (--force replaces it)", path.string()));
    }
  }
  const auto started = std::chrono::steady_clock::now();
  const sample::SampleSummary s = sample::write_sample(o.dir, o.sample);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!g.quiet) {
    const std::string helpers = s.helpers == 0 ? "" : fmt::format(" ({} of them helpers)", s.helpers);
    print_line(fmt::format("sample: {} recipients in {} count{}, {} cadres{}, {} pairings, {} work records ({:.1f} MB) in {}",
               s.recipients, s.counties, s.counties == 1 ? "y" : "ies", s.cadres, helpers, s.pairings, s.records,
               static_cast<double>(s.bytes) / 1e6, o.dir));
    std::string planted;
    for (const auto& [what, n] : s.planted) planted += fmt::format("{}{} {}", planted.empty() ? "" : ", ", n, what);
    print_line(fmt::format("sample: planted check problems: {}", planted));
    // Timing would make the golden tests' stderr differ run to run.
    if (std::getenv("JIEDUI_SAMPLE_TIMING") != nullptr)
      print_line(fmt::format("sample: {:.2f} s, {:.0f} MB/s", seconds, static_cast<double>(s.bytes) / 1e6 / seconds));
  }
  return kOk;
}

}  // namespace

std::function<int()> setup_sample(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Generate a realistic ledger set in DIR: real Gansu districts and area codes, valid resident IDs, Chinese "
      "names, a year of work records in every mode, and a small planted share of every problem check and audit "
      "report. The same options give the same bytes on every machine.");
  app.add_option("-o,--output", o->dir, "the directory to write (created if missing)")->required();
  app.add_option("--recipients", o->sample.recipients, "recipients to generate (a county ~3000, a province ~300000)")
      ->required()
      ->check(CLI::Range(1u, 100'000'000u));
  app.add_option("--cadres", o->sample.cadres, "cadres (default: one per three recipients)")
      ->check(CLI::Range(1u, 100'000'000u));
  app.add_option("--records-per-recipient", o->sample.records_per_recipient,
                 "work records per recipient over the year, on average (default 10)")
      ->check(CLI::Range(0u, 200u));
  app.add_option("--year", o->sample.year, "the year of the work records (default 2026)")->check(CLI::Range(1990, 2100));
  app.add_option("--seed", o->sample.seed, "the random seed (default 1)");
  app.add_flag("--roles", o->sample.roles,
               "also a 关爱帮扶联系人 (role helper) for every paired recipient: extra cadres.csv rows, a role column "
               "in pairings.csv, and the helper's home visits (about one a week)");
  app.add_option("--helper-visits", o->sample.helper_visits_per_year,
                 "with --roles: the helper's visits a year (default 52, one a week)")
      ->check(CLI::Range(0u, 200u));
  app.add_flag("--force", o->force, "replace existing ledger files in DIR");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
