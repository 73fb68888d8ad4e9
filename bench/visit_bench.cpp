// visit_bench DIR [REPEATS]: how fast the validating read of DIR/visits.csv
// runs with one thread (each record checked and its recipient, cadre and
// pairing looked up, as `audit` reads it), after the ledger is loaded once.
// Best of REPEATS by this process's CPU time, which varies much less than the
// wall clock on a shared machine. Built by CMake (target visit_bench), never run
// by ctest: a tool for telling apart two versions of lib/ledger's hot loop.
#include <fmt/format.h>

#include <ctime>
#include <cstdlib>
#include <string>

#include "ledger/ledger.hpp"

namespace {

struct CountingSink : jiedui::ledger::DiagnosticSink {
  std::size_t reports = 0;
  void report(jiedui::ledger::Diagnostic) override { ++reports; }
  void note(std::string) override {}
};

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: visit_bench DIR [REPEATS]\n");
    return 2;
  }
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
  jiedui::ledger::LoadOptions options;
  options.keep_text = false;
  CountingSink sink;
  const jiedui::ledger::Ledger ledger = jiedui::ledger::load_ledger(argv[1], options, sink);
  double best = 1e30;
  std::size_t visits = 0, paired = 0;
  for (int i = 0; i < repeats; ++i) {
    visits = paired = 0;
    const double start = cpu_now();
    jiedui::ledger::for_each_visit(ledger, options, sink, [&](const jiedui::ledger::Visit& v) {
      ++visits;
      paired += v.pairing != jiedui::ledger::Visit::no_pairing;
    });
    best = std::min(best, cpu_now() - start);
  }
  fmt::print("{} records ({} paired): best of {}: {:.3f} s CPU, {:.0f} ns per record\n", visits, paired, repeats,
             best, best * 1e9 / static_cast<double>(visits));
}
