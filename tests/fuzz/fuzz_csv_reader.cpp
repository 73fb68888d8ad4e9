// Fuzz target: the CSV reader (lib/csv). The first byte picks the encoding
// and a chunk size; the rest is the file. Oracles, besides the sanitizers:
// - the records do not depend on the chunk size (a quote, a CRLF or a
//   GB18030 character cut by a chunk boundary reads the same): the input is
//   read with 1 MiB chunks and with the small chunk, and both must agree;
// - records start on strictly increasing lines that exist in the input;
//   defects lie at or after their record's line, with a column ≥ 1;
// - a record without defects holds only valid UTF-8.
// With bit 0x40 the record limit is tiny (64 bytes), to reach the
// record-too-long path; that limit is met at different bytes for different
// chunk sizes, so only the invariants are checked then.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.hpp"
#include "csv/utf8.hpp"

namespace {

using jiedui::csv::Encoding;
using jiedui::csv::Reader;
using jiedui::csv::ReaderOptions;
using jiedui::csv::Record;

struct Row {
  std::uint32_t line;
  std::vector<std::string> fields;
  std::vector<std::string> defects;  // kind:line:column:message
  bool operator==(const Row&) const = default;
};

[[noreturn]] void fail(const char* what, std::uint32_t line) {
  std::fprintf(stderr, "fuzz_csv_reader: %s (record on line %u)\n", what, line);
  std::abort();
}

std::vector<Row> read_all(std::string_view text, ReaderOptions options) {
  std::uint32_t lines = 1;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  std::vector<Row> rows;
  Reader reader = Reader::from_string(std::string(text), options);
  Record record;
  std::uint32_t previous = 0;
  while (reader.next(record)) {
    if (record.line <= previous || record.line > lines) fail("record line out of order or past the end", record.line);
    previous = record.line;
    Row row{record.line, {}, {}};
    for (std::string_view field : record.fields) {
      if (record.defects.empty() && !jiedui::csv::is_valid_utf8(field)) fail("field is not UTF-8", record.line);
      row.fields.emplace_back(field);
    }
    for (const auto& d : record.defects) {
      if (d.line < record.line || d.line > lines || d.column < 1 || d.message.empty())
        fail("defect out of place", record.line);
      row.defects.push_back(std::to_string(static_cast<int>(d.kind)) + ":" + std::to_string(d.line) + ":" +
                            std::to_string(d.column) + ":" + d.message);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  static constexpr Encoding kEncodings[] = {Encoding::automatic, Encoding::utf8, Encoding::gb18030,
                                            Encoding::automatic};
  static constexpr std::size_t kChunks[] = {1, 2, 3, 7, 17, 64, 4096, 65536};
  ReaderOptions small;
  small.encoding = kEncodings[mode & 3];
  small.chunk_bytes = kChunks[(mode >> 2) & 7];
  if ((mode & 0x40) != 0) {
    small.chunk_bytes = std::min<std::size_t>(small.chunk_bytes, 64);
    small.max_record_bytes = 64;
    read_all(text, small);
    return 0;
  }
  ReaderOptions big = small;
  big.chunk_bytes = std::size_t{1} << 20;
  if (read_all(text, small) != read_all(text, big)) fail("records differ between chunk sizes", 0);
  return 0;
}
