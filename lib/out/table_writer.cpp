// The format registry: names, file extensions, and the writer for each format.
#include "out/table_writer.hpp"

#include <array>
#include <utility>

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

std::unique_ptr<TableWriter> make_table_writer(const Options& options, ByteSink& sink) {
  std::unique_ptr<TableWriter> writer = make_format_writer(options, sink);
  // Under --lang zh the cells of the closed vocabularies are translated first
  // (out/zh_values.cpp); the writers mask and guard what they are given.
  if (options.lang == Lang::zh) return translating_writer(std::move(writer));
  return writer;
}

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
