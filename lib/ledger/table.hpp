#pragma once
// One ledger file read row by row through its header: columns found by name
// or alias in any order, bad rows reported (bad-csv, bad-encoding) and
// skipped, so callers see only rows whose cells line up with the header.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/vocab.hpp"
#include "ledger/schema.hpp"

namespace jiedui::ledger {

class TableReader {
 public:
  // Throws InputError when the file cannot be opened.
  TableReader(const std::string& path, std::string display_path, const FileSpec& spec, csv::Encoding encoding,
              DiagnosticSink& sink);
  // Reads from an already opened reader (text in memory, a built-in profile).
  TableReader(csv::Reader reader, std::string display_path, const FileSpec& spec, DiagnosticSink& sink);
  // A chunk of a file whose header `header` has read (a parallel read):
  // `reader` starts after the header, its columns are header's.
  TableReader(csv::Reader reader, const TableReader& header, DiagnosticSink& sink);

  // False when the header lacks a required column (each reported): the rows
  // cannot be read.
  bool usable() const { return usable_; }
  bool next();  // the next row that lines up with the header
  // Same, but false once the reader has reached byte `stop_at` (a chunk's end).
  bool next_before(std::uint64_t stop_at);

  // The trimmed cell of spec column i; "" when empty or the column is absent.
  std::string_view cell(std::size_t i) const { return trim(raw_cell(i)); }
  std::string_view raw_cell(std::size_t i) const {  // untrimmed (notes)
    return index_[i] >= 0 ? record_.fields[static_cast<std::size_t>(index_[i])] : std::string_view{};
  }
  bool has_column(std::size_t i) const { return index_[i] >= 0; }
  int field_index(std::size_t i) const { return index_[i]; }  // -1 when absent
  std::size_t header_fields() const { return header_fields_; }  // fields of the header line
  std::uint32_t line() const { return record_.line; }
  std::uint32_t column_of(std::size_t i) const { return index_[i] >= 0 ? static_cast<std::uint32_t>(index_[i] + 1) : 1; }

  void report(Severity severity, Code code, std::size_t column, std::string message);
  void report_at(Severity severity, Code code, std::uint32_t line, std::uint32_t column, std::string message);

  const std::string& display_path() const { return display_; }
  std::uint64_t bytes_consumed() const { return reader_.bytes_consumed(); }
  std::uint64_t size_hint() const { return reader_.size_hint(); }
  const csv::Reader& reader() const { return reader_; }

 private:
  void read_header();

  csv::Reader reader_;
  std::string display_;
  const FileSpec& spec_;
  DiagnosticSink& sink_;
  csv::Record record_;
  std::vector<int> index_;  // spec column → field index, -1 when absent
  std::size_t header_fields_ = 0;
  bool usable_ = false;
};

}  // namespace jiedui::ledger
