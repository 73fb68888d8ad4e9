#pragma once
// Shared by the test_out_*.cpp files: a sink that keeps the bytes, and the
// small table every format is tried on.
#include <string>
#include <string_view>
#include <vector>

#include "out/sink.hpp"
#include "out/table_writer.hpp"

namespace jiedui::out::testing {

class StringSink : public ByteSink {
 public:
  void write(std::string_view bytes) override { bytes_.append(bytes); }
  void flush() override { ++flushes_; }
  const std::string& bytes() const { return bytes_; }
  int flushes() const { return flushes_; }

 private:
  std::string bytes_;
  int flushes_ = 0;
};

using Rows = std::vector<std::vector<std::string>>;

inline std::string render(const Options& options, const std::vector<Column>& columns, const Rows& rows) {
  StringSink sink;
  auto writer = make_table_writer(options, sink);
  writer->begin(columns);
  for (const auto& cells : rows) writer->row(cells);
  writer->end();
  return sink.bytes();
}

inline Options with_format(Format format) {
  Options options;
  options.format = format;
  return options;
}

// Chinese names, an 18-digit ID (one ending in X), a phone number, a negative
// number, a text cell starting with '=', empty cells, and a cell that needs
// CSV quoting.
inline const std::vector<Column>& sample_columns() {
  static const std::vector<Column> columns{
      {"name", Kind::text},       {"recipient", Kind::id},   {"phone", Kind::phone},
      {"done", Kind::integer},    {"funds", Kind::money},    {"coverage", Kind::percent},
      {"notes", Kind::text},
  };
  return columns;
}

inline const Rows& sample_rows() {
  static const Rows rows{
      {"张三", "620102199001011234", "13812345678", "3", "12.50", "93.5", "=SUM(A1)"},
      {"李四光", "62010219900101123X", "", "-2", "", "", "电话未接通, 改日\"再访\""},
  };
  return rows;
}

inline std::string render_sample(const Options& options) { return render(options, sample_columns(), sample_rows()); }

}  // namespace jiedui::out::testing
