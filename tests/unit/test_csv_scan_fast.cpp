// The block-at-a-time scan (scan_line_fast) against the byte-at-a-time one:
// random texts of quotes, commas, CR, LF and letters, regular and not, read
// both ways at several buffer sizes, must give the same records, fields,
// lines and defects.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "csv/reader.hpp"
#include "sample/rng.hpp"

using namespace jiedui::csv;

namespace {

std::vector<std::string> read_all(const std::string& text, bool fast, std::size_t chunk) {
  ReaderOptions options;
  options.fast_scan = fast;
  options.chunk_bytes = chunk;
  Reader reader = Reader::from_string(text, options);
  Record record;
  std::vector<std::string> out;
  while (reader.next(record)) {
    std::string row = fmt::format("line {}:", record.line);
    for (std::string_view f : record.fields) row += fmt::format(" [{}]", f);
    for (const Defect& d : record.defects) row += fmt::format(" defect {}:{} {}", d.line, d.column, d.message);
    out.push_back(row);
  }
  return out;
}

std::string random_csv(jiedui::sample::Rng& rng, std::size_t size, bool regular) {
  std::string s;
  while (s.size() < size) {
    const unsigned pick = rng.below(100);
    if (regular) {  // well-formed fields, so the block scan takes most lines
      if (pick < 50) s += std::string(rng.below(70), 'a' + static_cast<char>(rng.below(26)));
      else if (pick < 70) s += "\"" + std::string(rng.below(90), 'q') + (rng.below(2) ? "\"\"" : ",\n") + "\"";
      else if (pick < 85) s += ',';
      else if (pick < 95) s += '\n';
      else s += "\r\n";
    } else {
      static const char* bits[] = {"a", "\"", ",", "\n", "\r", "\"\"", "结", "\r\n", "x\"y", "\"z\"w"};
      s += bits[pick % 10];
    }
  }
  return s;
}

}  // namespace

TEST_SUITE("csv::scan_line_fast") {
  TEST_CASE("the block scan reads every text exactly as the byte-at-a-time scan") {
    jiedui::sample::Rng rng(2026);
    for (int round = 0; round < 3000; ++round) {
      const bool regular = round % 2 == 0;
      const std::string text = random_csv(rng, rng.below(regular ? 2000 : 300), regular);
      CAPTURE(text);
      const std::vector<std::string> careful = read_all(text, false, 1 << 20);
      for (const std::size_t chunk : {std::size_t{1} << 20, std::size_t{64}, std::size_t{7}}) {
        CAPTURE(chunk);
        CHECK(read_all(text, true, chunk) == careful);
      }
    }
  }
}
