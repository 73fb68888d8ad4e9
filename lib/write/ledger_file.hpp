#pragma once
// A ledger file as it is on disk, so that new rows look like the old ones
// (SPEC §7): the header's own column order and language, a UTF-8 BOM or not,
// CRLF or LF, UTF-8 or GB18030; and whether the last row lacks its newline
// (then it is mended before anything is appended, never glued onto).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "csv/reader.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/schema.hpp"

namespace jiedui::write {

struct LedgerFile {
  std::string path;
  bool bom = false;
  std::string line_end = "\n";  // the header's
  csv::Encoding encoding = csv::Encoding::utf8;
  bool ends_with_newline = true;
  std::uint64_t size = 0;  // bytes
  std::uint32_t lines = 0;  // physical lines; a new row starts on line lines + 1
  std::vector<std::string> header;  // UTF-8, as written
  std::vector<int> field_of;  // spec column → header field, -1 when absent

  bool has(std::size_t column) const { return field_of[column] >= 0; }
  // True when the column's header is Chinese: its values are written in Chinese too (mode 电话).
  bool chinese(std::size_t column) const;
  // The row's line: new rows go after `lines` (and after a mended last line).
  std::uint32_t next_line() const { return lines + 1; }
  // What goes before appended rows: the missing newline of the last row.
  std::string mend() const { return ends_with_newline || size == 0 ? std::string() : line_end; }
};

// Reads the layout of `path` (whole, to count lines and tell the encoding;
// visits.csv is streamed, never held). Throws InputError when unreadable and
// WriteError when it has no usable header.
LedgerFile read_ledger_file(const std::string& path, const ledger::FileSpec& spec, csv::Encoding encoding);

// One row as text in the file's form: cells (UTF-8, one per spec column,
// "" = empty) placed in the header's order, quoted where RFC 4180 needs it,
// ended with the file's line end and encoded as the file is.
std::string encode_row(const LedgerFile& file, const std::vector<std::string>& cells);
// The same row as UTF-8 without the line end, for --dry-run and messages.
std::string display_row(const LedgerFile& file, const std::vector<std::string>& cells);
// A changed row: the columns the spec does not know (a county's own 备注)
// keep their values from `kept`, the old row's fields (RecordSpan::fields).
std::string encode_row(const LedgerFile& file, const std::vector<std::string>& cells,
                       const std::vector<std::string>& kept);
std::string display_row(const LedgerFile& file, const std::vector<std::string>& cells,
                        const std::vector<std::string>& kept);
// A UTF-8 CSV of the header and `rows` (display_row's), to validate new
// rows with the loader's own checks.
std::string utf8_table(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows);
// UTF-8 text in the file's encoding.
std::string to_file_encoding(const LedgerFile& file, std::string_view utf8);

// The records of a (small) file with their byte ranges: what `pair end`
// needs to replace one row and keep every other byte as it was.
struct RecordSpan {
  std::uint32_t line = 0;
  std::uint64_t begin = 0, end = 0;  // [begin, end) in the file, line end included
  std::vector<std::string> cells;  // one per spec column (UTF-8, untrimmed)
  std::vector<std::string> fields;  // every field of the header's, as read (UTF-8)
};
std::vector<RecordSpan> read_record_spans(const std::string& bytes, const LedgerFile& file);

// Follows a ledger file as a writer reads it (diagnostics and rows come in
// file order): which record is last, and the bad-csv that kept it unread.
class TailWatch : public ledger::DiagnosticSink {
 public:
  void report(ledger::Diagnostic d) override;
  void note(std::string) override {}
  void saw(std::uint32_t line) { advance(line); }  // a row read at this line
  const std::optional<ledger::Diagnostic>& unreadable() const { return unreadable_; }
  // Throws InputError naming the file and line when the last record cannot
  // be read: rows appended after an open quote would be swallowed by it or
  // read only by luck, so nothing is written until it is mended.
  void stop_if_unreadable() const;

 private:
  void advance(std::uint32_t line) {
    if (line <= last_) return;
    last_ = line;
    unreadable_.reset();
  }
  std::uint32_t last_ = 0;
  std::optional<ledger::Diagnostic> unreadable_;
};

}  // namespace jiedui::write
