// The cell-level rules of SPEC §9 that every format shares: masking personal
// numbers, the formula guard, and display width.
#include <utf8proc.h>

#include <algorithm>

#include "out/table_writer.hpp"

namespace jiedui::out {

namespace {

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Stars over everything but the first `keep_front` and last `keep_back` characters.
std::string star_middle(std::string_view text, std::size_t keep_front, std::size_t keep_back) {
  std::string masked(text);
  std::fill(masked.begin() + static_cast<std::ptrdiff_t>(keep_front),
            masked.end() - static_cast<std::ptrdiff_t>(keep_back), '*');
  return masked;
}

}  // namespace

std::string mask_id(std::string_view id) {
  // GB 11643: 17 digits + a check character (X for 10); the older 15-digit
  // IDs are all digits. The kept 6 + 4 show the region and tell people apart
  // on a printed list without giving away the birth date.
  const bool resident_id18 = id.size() == 18 && all_digits(id.substr(0, 17)) &&
                             (all_digits(id.substr(17)) || id[17] == 'X' || id[17] == 'x');
  const bool resident_id15 = id.size() == 15 && all_digits(id);
  if (!resident_id18 && !resident_id15) return std::string(id);
  return star_middle(id, 6, 4);
}

std::string mask_phone(std::string_view phone) {
  // Only plain digit strings: anything else (extensions, "+86 …", "无") is
  // left as written rather than half-masked.
  if (phone.size() < 8 || !all_digits(phone)) return std::string(phone);
  return star_middle(phone, 3, 4);
}

void append_csv_field(std::string& out, std::string_view text) {
  const auto trimmed = [](char c) { return c == ' ' || c == '\t'; };
  const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                            (!text.empty() && (trimmed(text.front()) || trimmed(text.back())));
  if (needs_quotes)
    append_quoted(out, text);
  else
    out.append(text);
}

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view text) {
  std::string field;
  append_csv_field(field, text);
  return field;
}

std::string guard_formula(std::string_view text) {
  // OWASP's list (CWE-1236): a spreadsheet evaluates a cell starting with
  // = + - @, and tab/CR can hide one of those after them.
  if (text.empty()) return std::string();
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return "'" + std::string(text);
    default:
      return std::string(text);
  }
}

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  const auto* pos = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  auto left = static_cast<utf8proc_ssize_t>(utf8.size());
  while (left > 0) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(pos, left, &codepoint);
    if (length <= 0) {  // a byte that is not UTF-8: terminals show one replacement glyph
      ++width;
      ++pos;
      --left;
      continue;
    }
    // Wide and full-width (Chinese) are 2; combining marks, zero-width and
    // control characters are 0.
    const int char_width = utf8proc_charwidth(codepoint);
    if (char_width > 0) width += static_cast<std::size_t>(char_width);
    pos += length;
    left -= length;
  }
  return width;
}

std::string_view unguard_formula(std::string_view text) {
  if (text.size() < 2 || text.front() != '\'') return text;
  const std::string_view rest = text.substr(1);
  return guard_formula(rest).size() == text.size() ? rest : text;
}

}  // namespace jiedui::out
