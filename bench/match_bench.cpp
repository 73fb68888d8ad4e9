// match_bench DIR [MAX_LOAD]: `pair suggest`'s exact matching against a greedy
// baseline on the same ledger set: each unit, in row order, takes the
// cheapest cadre with room (its own township first), the way a spreadsheet
// pass goes. Prints units, paired, total cost and gender exceptions of each,
// and the CPU seconds of each. Built by CMake (target match_bench), never run
// by ctest: bench/match.sh runs it for BENCHMARKS.md.
#include <fmt/format.h>

#include <ctime>
#include <cstdlib>

#include "ledger/ledger.hpp"
#include "match/suggest.hpp"
#include "match/units.hpp"

namespace {

struct NullSink : jiedui::ledger::DiagnosticSink {
  void report(jiedui::ledger::Diagnostic) override {}
  void note(std::string) override {}
};

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Tally {
  std::size_t units = 0, paired = 0, exceptions = 0;
  std::int64_t cost = 0;
};

Tally greedy(const jiedui::ledger::Ledger& ledger, const jiedui::match::SuggestOptions& options) {
  using namespace jiedui::match;
  const Placement placement = place(ledger, options);
  std::vector<int> room(ledger.cadres.size());
  for (std::size_t c = 0; c < room.size(); ++c) room[c] = options.max_load - placement.held[c];
  Tally t;
  for (const auto& [key, county] : placement.counties) {
    for (const Unit& u : county.units) {
      ++t.units;
      if (!u.one_county) continue;
      std::optional<std::uint32_t> best;
      Edge best_edge;
      for (std::uint32_t c : county.candidates) {
        if (room[c] <= 0) continue;
        const Edge e = edge_of(u.traits, ledger.cadres[c], options.gender_gap);
        if (e.allowed && (!best || e.cost < best_edge.cost)) {
          best = c;
          best_edge = e;
        }
      }
      if (!best) continue;
      --room[*best];
      ++t.paired;
      t.cost += best_edge.cost;
      if ((best_edge.reasons & gender_exception) != 0) ++t.exceptions;
    }
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: match_bench DIR [MAX_LOAD]\n");
    return 2;
  }
  jiedui::ledger::LoadOptions load;
  load.keep_text = false;
  NullSink sink;
  const jiedui::ledger::Ledger ledger = jiedui::ledger::load_ledger(argv[1], load, sink);
  jiedui::match::SuggestOptions options;
  options.as_of = jiedui::ledger::Day{date::year{2026} / 12 / 1};
  options.max_load = argc > 2 ? std::atoi(argv[2]) : 1;
  double t0 = cpu_now();
  const jiedui::match::Suggestion exact = jiedui::match::suggest(ledger, options);
  const double exact_s = cpu_now() - t0;
  t0 = cpu_now();
  const Tally g = greedy(ledger, options);
  const double greedy_s = cpu_now() - t0;
  fmt::print("method,units,paired,unpaired,total_cost,gender_exceptions,cpu_s\n");
  fmt::print("exact,{},{},{},{},{},{:.2f}\n", exact.units, exact.paired, exact.units - exact.paired, exact.total_cost,
             exact.exceptions, exact_s);
  fmt::print("greedy,{},{},{},{},{},{:.2f}\n", g.units, g.paired, g.units - g.paired, g.cost, g.exceptions, greedy_s);
  return 0;
}
