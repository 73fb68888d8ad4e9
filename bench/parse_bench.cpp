// jiedui-parse-bench FILE [REPEATS]: how fast lib/csv reads a file, alone
// (no validation, no audit): records, fields and MB/s per pass, best of
// REPEATS. Built by CMake (target parse_bench), run by bench/run.sh, never by
// ctest. The file should be in the page cache (run it twice).
#include <fmt/format.h>

#include <chrono>
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
  double best = 1e30;
  std::uint64_t records = 0, fields = 0, bytes = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    jiedui::csv::Reader reader(path);
    jiedui::csv::Record record;
    records = fields = 0;
    while (reader.next(record)) {
      ++records;
      fields += record.fields.size();
    }
    bytes = reader.bytes_consumed();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  fmt::print("{}: {} bytes, {} records, {} fields: best {:.3f} s = {:.0f} MB/s\n", path, bytes, records, fields, best,
             static_cast<double>(bytes) / 1e6 / best);
  return 0;
}
