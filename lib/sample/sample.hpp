#pragma once
// `jiedui sample`: a deterministic ledger set of any size, for trying the tool
// on a realistic volume and for the benchmarks (bench/). Every row derives
// from (seed, row kind, row index) through rng.hpp, so the same options give
// the same bytes on any machine. The set is clean but for a small planted
// share of every problem `check` and `audit` look for; SampleSummary counts
// them so tests and users know what to expect.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace jiedui::sample {

struct SampleOptions {
  std::uint32_t recipients = 3000;
  std::uint32_t cadres = 0;  // 0: one cadre per three recipients
  std::uint32_t records_per_recipient = 10;  // on average, over the year
  int year = 2026;
  std::uint64_t seed = 1;
  // --roles: a 关爱帮扶联系人 (role helper) beside every paired recipient's
  // cadre, as seed 002 gives one: extra cadres.csv rows, pairings.csv gains
  // the role column, and the helper's home visits, about one a week.
  bool roles = false;
  std::uint32_t helper_visits_per_year = 52;
};

struct SampleSummary {
  std::uint64_t recipients = 0, cadres = 0, pairings = 0, records = 0, bytes = 0;
  std::uint64_t helpers = 0;  // of cadres: the helper rows (--roles)
  std::uint32_t counties = 0;
  // What was planted, by check code or audit finding, in a fixed order.
  std::vector<std::pair<std::string, std::uint64_t>> planted;
};

// Writes recipients.csv, cadres.csv, pairings.csv and visits.csv into `dir`
// (created if missing). Throws UsageError on impossible options, OutputError
// when writing fails.
SampleSummary write_sample(const std::string& dir, const SampleOptions& options);

}  // namespace jiedui::sample
