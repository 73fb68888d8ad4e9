// The format registry: names, file extensions, and the writer for each format.
#include "out/table_writer.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "error.hpp"
#include "out/formats.hpp"
#include "out/zh_values.hpp"

namespace jiedui::out {

namespace {

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

constexpr std::array<std::pair<std::string_view, Format>, 8> kNames{{
    {"table", Format::table},
    {"csv", Format::csv},
    {"tsv", Format::tsv},
    {"json", Format::json},
    {"jsonl", Format::jsonl},
    {"md", Format::md},
    {"html", Format::html},
    {"xlsx", Format::xlsx},
}};

// .tab is xsv's and qsv's name for TSV; .ndjson the other name of JSON Lines;
// .txt is what people call a file of aligned text.
constexpr std::array<std::pair<std::string_view, Format>, 11> kExtensions{{
    {"csv", Format::csv},
    {"tsv", Format::tsv},
    {"tab", Format::tsv},
    {"json", Format::json},
    {"jsonl", Format::jsonl},
    {"ndjson", Format::jsonl},
    {"md", Format::md},
    {"html", Format::html},
    {"htm", Format::html},
    {"xlsx", Format::xlsx},
    {"txt", Format::table},
}};

}  // namespace

namespace {

// --columns: passes the chosen columns, in the chosen order, to the writer of the format.
class ColumnPicker : public TableWriter {
 public:
  ColumnPicker(std::vector<std::string> wanted, std::unique_ptr<TableWriter> inner)
      : wanted_(std::move(wanted)), inner_(std::move(inner)) {}

  void begin(const std::vector<Column>& columns) override {
    picked_.clear();
    std::vector<Column> shown;
    for (const std::string& name : wanted_) {
      std::size_t found = columns.size();
      for (std::size_t i = 0; i < columns.size() && found == columns.size(); ++i)
        if (columns[i].name == name || (columns[i].zh.empty() ? zh_header(columns[i].name) : columns[i].zh) == name)
          found = i;
      if (found == columns.size()) {
        std::string known;
        for (const Column& c : columns) known += (known.empty() ? "" : ",") + c.name;
        throw UsageError(fmt::format("--columns: this table has no column '{}' (it has {})", name, known));
      }
      picked_.push_back(found);
      shown.push_back(columns[found]);
    }
    inner_->begin(shown);
  }

  void row(const std::vector<std::string>& cells) override {
    cells_.resize(picked_.size());
    for (std::size_t i = 0; i < picked_.size(); ++i) cells_[i] = picked_[i] < cells.size() ? cells[picked_[i]] : "";
    inner_->row(cells_);
  }

  void end() override { inner_->end(); }

 private:
  std::vector<std::string> wanted_;
  std::unique_ptr<TableWriter> inner_;
  std::vector<std::size_t> picked_;
  std::vector<std::string> cells_;
};

std::unique_ptr<TableWriter> make_format_writer(const Options& options, ByteSink& sink);

}  // namespace

std::unique_ptr<TableWriter> make_table_writer(const Options& options, ByteSink& sink) {
  std::unique_ptr<TableWriter> writer = make_format_writer(options, sink);
  // Under --lang zh the cells of the closed vocabularies are translated first
  // (out/zh_values.cpp); the writers mask and guard what they are given.
  if (options.lang == Lang::zh) writer = translating_writer(std::move(writer));
  if (options.columns.empty()) return writer;
  return std::make_unique<ColumnPicker>(options.columns, std::move(writer));
}

namespace {

std::unique_ptr<TableWriter> make_format_writer(const Options& options, ByteSink& sink) {
  switch (options.format) {
    case Format::table:
      return detail::make_text_table_writer(options, sink);
    case Format::csv:
      return detail::make_csv_writer(options, sink);
    case Format::tsv:
      return detail::make_tsv_writer(options, sink);
    case Format::json:
      return detail::make_json_writer(options, sink);
    case Format::jsonl:
      return detail::make_jsonl_writer(options, sink);
    case Format::md:
      return detail::make_md_writer(options, sink);
    case Format::html:
      return detail::make_html_writer(options, sink);
    case Format::xlsx:
      return detail::make_xlsx_writer(options, sink);
  }
  return detail::make_text_table_writer(options, sink);
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  const std::string lower = lower_ascii(name);
  for (const auto& [known, format] : kNames) {
    if (lower == known) return format;
  }
  return std::nullopt;
}

std::optional<Format> format_from_path(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = file.rfind('.');
  // No dot, or only a leading one (".csv" is a hidden file without extension).
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  const std::string extension = lower_ascii(file.substr(dot + 1));
  for (const auto& [known, format] : kExtensions) {
    if (extension == known) return format;
  }
  return std::nullopt;
}

std::string_view format_name(Format format) {
  for (const auto& [name, known] : kNames) {
    if (known == format) return name;
  }
  return "table";
}

}  // namespace jiedui::out
