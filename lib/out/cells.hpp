#pragma once
// What the format writers share: which kinds are numbers, the header text, and
// how a cell is prepared for a reader (masked) or for a spreadsheet (masked
// and formula-guarded). Internal to lib/out.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "out/table_writer.hpp"

namespace jiedui::out::detail {

// integer, number, percent, money: right-aligned, bare in JSON, never guarded.
bool is_numeric(Kind kind);

// The column's name, or its Chinese header under Lang::zh.
std::string header_text(const Column& column, const Options& options);

// Free text as a reader sees it (a title, a chart label): personal numbers
// masked (mask_personal_numbers) unless options.reveal.
std::string shown_text(std::string_view text, const Options& options);

// A cell as a reader sees it: every text-like kind through the masking rule
// (an ID or phone number in a name, a reason or a note is masked like one in
// its own column), phone cells masked also when short; numbers and lists of
// numbers as given. Nothing is masked with options.reveal.
std::string shown_cell(std::string_view cell, Kind kind, const Options& options);

// shown_cell, then guard_formula for every non-numeric kind: for the formats
// a spreadsheet opens (csv, tsv, xlsx).
std::string spreadsheet_cell(std::string_view cell, Kind kind, const Options& options);

// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view text);

// The value of a JSON-grammar number; nullopt for anything else ("", "1,000",
// "inf"). divide_by_100 parses "93.5" as 0.935 exactly as "0.935" would be.
std::optional<double> parse_number(std::string_view text, bool divide_by_100 = false);

// Valid UTF-8 unchanged; each byte that is not part of a character becomes
// U+FFFD (JSON, HTML and xlsx must be valid UTF-8), and so does each
// character `refused` returns true for.
std::string valid_utf8(std::string_view text, bool (*refused)(std::int32_t) = nullptr);

// Characters an XML 1.0 document cannot hold at all, escaped or not: C0
// controls other than tab, LF and CR, U+FFFE and U+FFFF. One of them in a
// cell makes Excel refuse the whole xlsx.
bool xml_refuses(std::int32_t codepoint);

// Characters an HTML page must not hold (parse errors): C0 controls other than
// ASCII whitespace, DEL, C1 controls and the noncharacters (U+FDD0–U+FDEF,
// U+FFFE, U+FFFF and their likes in every plane).
bool html_refuses(std::int32_t codepoint);

// Throws std::logic_error when a row does not have one cell per column: a
// subcommand bug, not a user error.
void check_row(std::size_t columns, const std::vector<std::string>& cells);

}  // namespace jiedui::out::detail
