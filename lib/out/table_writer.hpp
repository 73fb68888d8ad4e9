#pragma once
// Tables out, in every format of SPEC §9. Every subcommand that prints rows
// describes its columns once and hands rows of already-formatted text cells to
// a TableWriter; masking, formula guarding, alignment, JSON typing and header
// language are decided here from the column kinds, never by the subcommand.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "out/sink.hpp"

namespace jiedui::out {

enum class Format { table, csv, tsv, json, jsonl, md, html, xlsx };

// What a column holds. Numbers (integer, number, percent, money) are
// right-aligned in tables, bare numbers in JSON, numeric cells in xlsx and are
// never formula-guarded or masked. Every other kind goes through the masking
// rule unless reveal (an ID in a reason is masked like one in an id column);
// phone cells are masked also when short. In xlsx id and phone cells are text
// (Excel zeroes digits past the 15th of a number). numbers is text made of
// numbers only (explain's visits.csv line numbers, "193 331"): never masked,
// since a long list of them is no personal number.
enum class Kind { text, integer, number, percent, money, id, phone, date, numbers };

struct Column {
  std::string name;  // the stable English name of SPEC (e.g. "recipient")
  Kind kind = Kind::text;
  // The --lang zh header when zh_header(name) would be wrong for this table
  // (entitle's `unit` is 发放周期, a cadre's is 工作单位); empty = zh_header.
  std::string zh = {};
};

enum class Lang { en, zh };

// A horizontal bar chart that format html draws above the table (the other
// formats ignore it): for each label, one bar per series, values in per cent
// (0–100; nullopt = no bar, e.g. a denominator of 0).
struct BarChart {
  std::string title;
  std::vector<std::string> series;  // legend texts, one colour each
  std::vector<std::string> labels;
  std::vector<std::vector<std::optional<double>>> values;  // [label][series]
};

struct Options {
  Format format = Format::table;
  bool reveal = false;  // show ID and phone numbers unmasked
  Lang lang = Lang::en;  // zh: Chinese column headers (zh_header) and values (zh_value)
  bool color = false;  // table only: bold header when writing to a terminal
  std::string title;  // html <title> and heading, xlsx document title (masked unless reveal); may be empty
  std::optional<BarChart> chart;  // html only: drawn above the table
  // What the table is about, so a page or a workbook stands alone: (label,
  // value) pairs such as ("period", "2026-01-01 to 2026-12-31"), ("as of",
  // …), ("profile", "gansu"). html shows them under the heading; xlsx keeps
  // them in the document properties (subject, custom properties) and the
  // printed page's header. Other formats leave them to standard error.
  std::vector<std::pair<std::string, std::string>> about;
  // The xlsx worksheet's name ("audit", "审计"); "" = Sheet1. Characters
  // Excel refuses in a sheet name ([]:*?/\) become '-', and it is cut to 31.
  std::string sheet;
  // --columns: only these columns, in this order, by their stable English
  // names (or their --lang zh headers); empty = all. A name the table does not
  // have is a UsageError naming the ones it has (thrown by begin()).
  std::vector<std::string> columns;
};

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual void begin(const std::vector<Column>& columns) = 0;
  // cells.size() == columns.size(); "" is an empty cell.
  virtual void row(const std::vector<std::string>& cells) = 0;
  virtual void end() = 0;
};

// Format table buffers its rows to align them; csv, tsv, jsonl and md stream.
// BOM and GB18030 are the sink's business (see sink.hpp and open_output()).
std::unique_ptr<TableWriter> make_table_writer(const Options& options, ByteSink& sink);

std::optional<Format> parse_format(std::string_view name);  // "csv" → csv …
std::optional<Format> format_from_path(std::string_view path);  // by extension; .txt → table
std::string_view format_name(Format format);

// 620102199001011234 → 620102********1234 (18 or 15 characters: first 6, last 4);
// anything that does not look like a resident ID is returned unchanged.
std::string mask_id(std::string_view id);
// 13812345678 → 138****5678 (keep first 3 and last 4 of ≥ 8 digits); else unchanged.
std::string mask_phone(std::string_view phone);
// Prefixes ' to text that a spreadsheet would run: leading = + - @ TAB CR.
std::string guard_formula(std::string_view text);
// Its inverse, for reading back what jiedui wrote (log import of an export):
// a ' before = + - @ tab or CR is taken off; any other text is as it was.
std::string_view unguard_formula(std::string_view text);
// An RFC 4180 field, quoted only where needed: a comma, a quote, CR or LF, or
// a space or tab at either end (which some readers trim from unquoted fields).
std::string csv_field(std::string_view text);
// csv_field(text), appended to `out` (a writer's reused line buffer).
void append_csv_field(std::string& out, std::string_view text);
// `text` in quotes, its quotes doubled, appended to `out` (csv and tsv).
void append_quoted(std::string& out, std::string_view text);
// Terminal columns of UTF-8 text; East Asian wide and full-width count 2 (utf8proc).
std::size_t display_width(std::string_view utf8);
// The Chinese header for a stable column name; the name itself if none.
std::string_view zh_header(std::string_view name);

}  // namespace jiedui::out
