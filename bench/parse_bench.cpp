// jiedui-parse-bench FILE [REPEATS]: how fast lib/csv reads a file, alone
// (no validation, no audit): records, fields and MB/s per pass, best of
// REPEATS, by the wall clock and by this process's CPU time (on a shared
// machine the second is the per-core figure). Built by CMake (target parse_bench), run by bench/run.sh, never by
// ctest. The file should be in the page cache (run it twice).
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <string>

#include "csv/reader.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: parse_bench FILE [REPEATS]\n");
    return 2;
  }
  const std::string path = argv[1];
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  double best = 1e30, best_cpu = 1e30;
  std::uint64_t records = 0, fields = 0, bytes = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_now();
    jiedui::csv::Reader reader(path);
    jiedui::csv::Record record;
    records = fields = 0;
    while (reader.next(record)) {
      ++records;
      fields += record.fields.size();
    }
    bytes = reader.bytes_consumed();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    best_cpu = std::min(best_cpu, cpu_now() - cpu_start);
  }
  fmt::print("{}: {} bytes, {} records, {} fields: best {:.3f} s wall = {:.0f} MB/s, {:.3f} s CPU = {:.0f} MB/s\n",
             path, bytes, records, fields, best, static_cast<double>(bytes) / 1e6 / best, best_cpu,
             static_cast<double>(bytes) / 1e6 / best_cpu);
  return 0;
}
