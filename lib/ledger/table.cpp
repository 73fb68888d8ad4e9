#include "ledger/table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ledger/vocab.hpp"

namespace jiedui::ledger {
namespace {

csv::ReaderOptions reader_options(csv::Encoding encoding) {
  csv::ReaderOptions options;
  options.encoding = encoding;
  return options;
}

std::string aliases_of(const ColumnSpec& column) {
  std::string out(column.name);
  for (std::string_view alias : column.aliases) out += fmt::format(" / {}", alias);
  return out;
}

}  // namespace

TableReader::TableReader(const std::string& path, std::string display_path, const FileSpec& spec,
                         csv::Encoding encoding, DiagnosticSink& sink)
    : reader_(path, reader_options(encoding)), display_(std::move(display_path)), spec_(spec), sink_(sink) {
  if (reader_.fell_back_to_gb18030()) sink_.note(fmt::format("{} is not UTF-8; read as GB18030", display_));
  index_.assign(spec_.columns.size(), -1);
  read_header();
}

TableReader::TableReader(csv::Reader reader, std::string display_path, const FileSpec& spec, DiagnosticSink& sink)
    : reader_(std::move(reader)), display_(std::move(display_path)), spec_(spec), sink_(sink) {
  if (reader_.fell_back_to_gb18030()) sink_.note(fmt::format("{} is not UTF-8; read as GB18030", display_));
  index_.assign(spec_.columns.size(), -1);
  read_header();
}

TableReader::TableReader(csv::Reader reader, const TableReader& header, DiagnosticSink& sink)
    : reader_(std::move(reader)),
      display_(header.display_),
      spec_(header.spec_),
      sink_(sink),
      index_(header.index_),
      header_fields_(header.header_fields_),
      usable_(header.usable_) {}

void TableReader::read_header() {
  if (!reader_.next(record_)) {
    report_at(Severity::error, Code::missing_column, 1, 1, "empty file: expected a header row");
    return;
  }
  for (const auto& defect : record_.defects) {
    report_at(Severity::error, defect.kind == csv::Defect::Kind::bad_encoding ? Code::bad_encoding : Code::bad_csv,
              defect.line, defect.column, "header: " + defect.message);
  }
  if (!record_.defects.empty()) return;
  header_fields_ = record_.fields.size();
  // The names each column answers to, normalised once: a header of a
  // million cells (a row of commas) must not normalise every alias a
  // million times.
  std::vector<std::vector<std::string>> names(spec_.columns.size());
  for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
    names[c].emplace_back(spec_.columns[c].name);
    for (std::string_view alias : spec_.columns[c].aliases) names[c].push_back(normalize_header(alias));
  }
  bool ok = true;
  for (std::size_t f = 0; f < record_.fields.size(); ++f) {
    const std::string name = normalize_header(record_.fields[f]);
    for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
      const ColumnSpec& column = spec_.columns[c];
      if (std::find(names[c].begin(), names[c].end(), name) == names[c].end()) continue;
      if (index_[c] >= 0) {
        report_at(Severity::error, Code::duplicate_column, record_.line, static_cast<std::uint32_t>(f + 1),
                  fmt::format("'{}' is column {} again ({}); keep one", record_.fields[f], index_[c] + 1,
                              column.name));
        ok = false;
      } else {
        index_[c] = static_cast<int>(f);
      }
    }
  }
  for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
    if (spec_.columns[c].required && index_[c] < 0) {
      report_at(Severity::error, Code::missing_column, record_.line, 1,
                fmt::format("no column {} in the header", aliases_of(spec_.columns[c])));
      ok = false;
    }
  }
  usable_ = ok;
}

bool TableReader::next() { return next_before(UINT64_MAX); }

bool TableReader::next_before(std::uint64_t stop_at) {
  if (!usable_) return false;
  while (reader_.position() < stop_at && reader_.next(record_)) {
    if (!record_.defects.empty()) {
      for (const auto& defect : record_.defects) {
        const Code code = defect.kind == csv::Defect::Kind::bad_encoding ? Code::bad_encoding : Code::bad_csv;
        report_at(Severity::error, code, defect.line, defect.column, defect.message);
      }
      continue;
    }
    if (record_.fields.size() != header_fields_) {
      const std::size_t n = record_.fields.size();
      report_at(Severity::error, Code::bad_csv, record_.line,
                static_cast<std::uint32_t>(std::min(n, header_fields_) + 1),
                fmt::format("row has {} field{}; the header has {}", n, n == 1 ? "" : "s", header_fields_));
      continue;
    }
    return true;
  }
  return false;
}

void TableReader::report(Severity severity, Code code, std::size_t column, std::string message) {
  report_at(severity, code, record_.line, column_of(column), std::move(message));
}

void TableReader::report_at(Severity severity, Code code, std::uint32_t line, std::uint32_t column,
                            std::string message) {
  sink_.report({severity, code, display_, line, column, std::move(message)});
}

}  // namespace jiedui::ledger
