#include "write/ledger_file.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "csv/input_file.hpp"
#include "csv/utf8.hpp"
#include "error.hpp"
#include "ledger/ledger.hpp"
#include "ledger/table.hpp"
#include "out/sink.hpp"
#include "out/table_writer.hpp"
#include "write/write_error.hpp"

namespace jiedui::write {
namespace {

class StringSink : public out::ByteSink {
 public:
  explicit StringSink(std::string& text) : text_(text) {}
  void write(std::string_view bytes) override { text_.append(bytes); }

 private:
  std::string& text_;
};

// Cells in spec order → the header's order; columns the spec does not know
// stay empty, or keep their value in `kept`.
std::string join_row(const LedgerFile& file, const std::vector<std::string>& cells,
                     const std::vector<std::string>* kept = nullptr) {
  std::vector<std::string_view> fields(file.header.size());
  if (kept != nullptr && kept->size() == fields.size())
    for (std::size_t f = 0; f < fields.size(); ++f) fields[f] = (*kept)[f];
  for (std::size_t c = 0; c < file.field_of.size() && c < cells.size(); ++c)
    if (file.field_of[c] >= 0) fields[static_cast<std::size_t>(file.field_of[c])] = cells[c];
  std::string out;
  for (std::size_t f = 0; f < fields.size(); ++f) {
    if (f > 0) out += ',';
    out += out::csv_field(fields[f]);
  }
  return out;
}

}  // namespace

bool LedgerFile::chinese(std::size_t column) const {
  if (!has(column)) return false;
  for (unsigned char c : header[static_cast<std::size_t>(field_of[column])])
    if (c >= 0x80) return true;
  return false;
}

// As the reader's limit on a record (csv::ReaderOptions::max_record_bytes).
constexpr std::size_t kMaxHeaderBytes = std::size_t{4} << 20;

LedgerFile read_ledger_file(const std::string& path, const ledger::FileSpec& spec, csv::Encoding encoding) {
  LedgerFile file;
  file.path = path;
  const int fd = csv::open_input(path).fd;  // a regular file, or InputError
  std::string head;  // the bytes up to the end of the header line
  bool head_done = false;
  csv::Utf8Tally tally;
  std::string carry;
  char buffer[1 << 16];
  char last = '\n';
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      const int e = errno;
      ::close(fd);
      throw InputError(path, std::strerror(e));
    }
    if (got == 0) break;
    const std::string_view chunk(buffer, static_cast<std::size_t>(got));
    file.size += chunk.size();
    last = chunk.back();
    for (const char* p = chunk.data(); (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(
                                            chunk.data() + chunk.size() - p)))) != nullptr;
         ++p)
      ++file.lines;
    if (!head_done) {
      const std::size_t nl = chunk.find('\n');
      head.append(chunk.substr(0, nl == std::string_view::npos ? chunk.size() : nl + 1));
      head_done = nl != std::string_view::npos;
      // A file with no line break would be held whole as its header row.
      if (!head_done && head.size() > kMaxHeaderBytes) {
        ::close(fd);
        throw WriteError(fmt::format("{}: the header row is longer than {} MiB (a file with no line break?); "
                                     "nothing written",
                                     path, kMaxHeaderBytes >> 20));
      }
    }
    if (encoding == csv::Encoding::automatic) {
      carry.append(chunk);
      const std::size_t left = csv::tally_utf8(carry, tally, false);
      carry.erase(0, carry.size() - left);
    }
  }
  ::close(fd);
  if (encoding == csv::Encoding::automatic) {
    csv::tally_utf8(carry, tally, true);
    encoding = tally.is_utf8() ? csv::Encoding::utf8 : csv::Encoding::gb18030;
  }
  file.encoding = encoding;
  file.ends_with_newline = file.size == 0 || last == '\n';
  if (!file.ends_with_newline) ++file.lines;  // the unterminated last line
  file.bom = head.starts_with("\xEF\xBB\xBF");
  file.line_end = head.ends_with("\r\n") ? "\r\n" : "\n";

  csv::ReaderOptions options;
  options.encoding = encoding;
  csv::Reader reader = csv::Reader::from_string(head, options);
  csv::Record record;
  if (!reader.next(record) || !record.defects.empty())
    throw WriteError(fmt::format("{}: no readable header row; nothing written (`jiedui check` says why)", path));
  for (std::string_view f : record.fields) file.header.emplace_back(f);
  ledger::CollectingSink sink;
  ledger::TableReader table(csv::Reader::from_string(head, options), path, spec, sink);
  if (!table.usable()) {
    const auto& d = sink.diagnostics.front();
    throw WriteError(fmt::format("{}:{}:{}: {}: {}; nothing written", d.file, d.line, d.column,
                                 ledger::code_name(d.code), d.message));
  }
  for (std::size_t c = 0; c < spec.columns.size(); ++c)
    file.field_of.push_back(table.has_column(c) ? static_cast<int>(table.column_of(c)) - 1 : -1);
  return file;
}

std::string to_file_encoding(const LedgerFile& file, std::string_view utf8) {
  if (file.encoding != csv::Encoding::gb18030) return std::string(utf8);
  std::string out;
  StringSink strings(out);
  {
    out::Gb18030Sink gb(strings);
    gb.write(utf8);
    gb.flush();
  }
  return out;
}

std::string display_row(const LedgerFile& file, const std::vector<std::string>& cells) {
  return join_row(file, cells);
}

std::string encode_row(const LedgerFile& file, const std::vector<std::string>& cells) {
  return to_file_encoding(file, join_row(file, cells) + file.line_end);
}

std::string encode_row(const LedgerFile& file, const std::vector<std::string>& cells,
                       const std::vector<std::string>& kept) {
  return to_file_encoding(file, join_row(file, cells, &kept) + file.line_end);
}

std::string display_row(const LedgerFile& file, const std::vector<std::string>& cells,
                        const std::vector<std::string>& kept) {
  return join_row(file, cells, &kept);
}

std::string utf8_table(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (std::size_t f = 0; f < file.header.size(); ++f) {
    if (f > 0) out += ',';
    out += out::csv_field(file.header[f]);
  }
  out += '\n';
  for (const auto& row : rows) out += join_row(file, row) + '\n';
  return out;
}

std::vector<RecordSpan> read_record_spans(const std::string& bytes, const LedgerFile& file) {
  std::vector<std::uint64_t> line_starts = {0};
  for (std::size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') line_starts.push_back(i + 1);
  csv::ReaderOptions options;
  options.encoding = file.encoding;
  csv::Reader reader = csv::Reader::from_string(bytes, options);
  csv::Record record;
  std::vector<RecordSpan> spans;
  bool header = true;
  while (reader.next(record)) {
    if (header) {
      header = false;
      continue;
    }
    RecordSpan span;
    span.line = record.line;
    span.begin = line_starts[std::min<std::size_t>(record.line - 1, line_starts.size() - 1)];
    if (!spans.empty()) spans.back().end = span.begin;
    if (record.defects.empty() && record.fields.size() == file.header.size()) {
      for (int f : file.field_of)
        span.cells.push_back(f >= 0 ? std::string(record.fields[static_cast<std::size_t>(f)]) : std::string());
      for (std::string_view f : record.fields) span.fields.emplace_back(f);
    }
    spans.push_back(std::move(span));
  }
  if (!spans.empty()) spans.back().end = bytes.size();
  return spans;
}

void TailWatch::report(ledger::Diagnostic d) {
  advance(d.line);
  if (d.line == last_ && d.code == ledger::Code::bad_csv && !unreadable_) unreadable_ = std::move(d);
}

void TailWatch::stop_if_unreadable() const {
  if (const auto& d = unreadable_)
    throw InputError(d->file,
                     fmt::format("the last record cannot be read ({}: {}); rows appended after it would be lost "
                                 "in it: mend it first (`jiedui check`); nothing written",
                                 ledger::code_name(d->code), d->message),
                     d->line, d->column);
}

}  // namespace jiedui::write
