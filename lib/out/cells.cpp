#include "out/cells.hpp"

#include <utf8proc.h>

#include <charconv>
#include <stdexcept>

#include "out/text_mask.hpp"

namespace jiedui::out::detail {

bool is_numeric(Kind kind) {
  switch (kind) {
    case Kind::integer:
    case Kind::number:
    case Kind::percent:
    case Kind::money:
      return true;
    case Kind::text:
    case Kind::id:
    case Kind::phone:
    case Kind::date:
    case Kind::numbers:
      return false;
  }
  return false;
}

std::string header_text(const Column& column, const Options& options) {
  if (options.lang == Lang::zh) return column.zh.empty() ? std::string(zh_header(column.name)) : column.zh;
  return column.name;
}

std::string shown_text(std::string_view text, const Options& options) {
  if (options.reveal) return std::string(text);
  return mask_personal_numbers(text);
}

std::string shown_cell(std::string_view cell, Kind kind, const Options& options) {
  if (options.reveal || is_numeric(kind) || kind == Kind::numbers) return std::string(cell);
  // A phone column masks shorter numbers too (an 8-digit landline without
  // its area code), which free text could not tell from a count.
  if (kind == Kind::phone) return mask_personal_numbers(mask_phone(cell));
  return mask_personal_numbers(cell);
}

std::string spreadsheet_cell(std::string_view cell, Kind kind, const Options& options) {
  // A negative number must stay a number; only text can smuggle a formula.
  if (is_numeric(kind)) return std::string(cell);
  return guard_formula(shown_cell(cell, kind, options));
}

namespace {

std::size_t skip_digits(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  return pos;
}

}  // namespace

bool is_json_number(std::string_view text) {
  std::size_t pos = 0;
  if (pos < text.size() && text[pos] == '-') ++pos;
  if (pos >= text.size()) return false;
  if (text[pos] == '0') {
    ++pos;
  } else {
    const std::size_t end = skip_digits(text, pos);
    if (end == pos) return false;
    pos = end;
  }
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t end = skip_digits(text, pos + 1);
    if (end == pos + 1) return false;
    pos = end;
  }
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) ++pos;
    const std::size_t end = skip_digits(text, pos);
    if (end == pos) return false;
    pos = end;
  }
  return pos == text.size();
}

std::optional<double> parse_number(std::string_view text, bool divide_by_100) {
  if (!is_json_number(text)) return std::nullopt;
  std::string digits(text);
  const bool has_exponent = digits.find_first_of("eE") != std::string::npos;
  // Shifting the decimal exponent keeps the result correctly rounded
  // (12.3 / 100.0 can be one ulp off 0.123).
  if (divide_by_100 && !has_exponent) digits += "e-2";
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  if (divide_by_100 && has_exponent) value /= 100;
  return value;
}

bool xml_refuses(std::int32_t c) {
  // XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
  // (surrogates never get here: utf8proc rejects their encoding as invalid).
  return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0xFFFE || c == 0xFFFF;
}

bool html_refuses(std::int32_t c) {
  // The HTML parser's control-character and noncharacter errors: C0 controls
  // but ASCII whitespace (tab, LF, FF, CR), DEL and C1, U+FDD0–U+FDEF, and the
  // last two code points of every plane.
  const bool control = (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D) || (c >= 0x7F && c <= 0x9F);
  const bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  return control || noncharacter;
}

std::string valid_utf8(std::string_view text, bool (*refused)(std::int32_t)) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string result;
  const auto* begin = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  std::size_t clean_from = 0;  // start of the valid run not yet copied
  bool replaced = false;
  while (pos < size) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(begin + pos, size - pos, &codepoint);
    if (length > 0 && (refused == nullptr || !refused(codepoint))) {
      pos += length;
      continue;
    }
    result.append(text.substr(clean_from, static_cast<std::size_t>(pos) - clean_from));
    result.append(kReplacement);
    replaced = true;
    pos += length > 0 ? length : 1;  // a refused character whole, else one byte that is not UTF-8
    clean_from = static_cast<std::size_t>(pos);
  }
  if (!replaced) return std::string(text);
  result.append(text.substr(clean_from));
  return result;
}

void check_row(std::size_t columns, const std::vector<std::string>& cells) {
  if (cells.size() != columns) {
    throw std::logic_error("TableWriter::row: " + std::to_string(cells.size()) + " cells for " +
                           std::to_string(columns) + " columns");
  }
}

}  // namespace jiedui::out::detail
