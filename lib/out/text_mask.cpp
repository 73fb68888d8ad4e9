#include "out/text_mask.hpp"

#include <fmt/format.h>

namespace jiedui::out {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string mask_numbers_in_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i]) || (i > 0 && is_word(text[i - 1]))) {
      out += text[i++];
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j < text.size() && (text[j] == 'X' || text[j] == 'x') && j - i == 17) ++j;
    const bool bounded = j == text.size() || !is_word(text[j]);
    const std::size_t n = j - i;
    if (bounded && n >= 15 && n <= 20) {
      out.append(text.substr(i, 6)).append(n - 10, '*').append(text.substr(j - 4, 4));
    } else if (bounded && n == 11 && text[i] == '1') {
      out.append(text.substr(i, 3)).append(4, '*').append(text.substr(j - 4, 4));
    } else {
      out.append(text.substr(i, n));
    }
    i = j;
  }
  return out;
}

std::string visible_controls(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == '\t') {
      result += "\\t";
    } else if (byte == '\n') {
      result += "\\n";
    } else if (byte == '\r') {
      result += "\\r";
    } else if (byte < 0x20 || byte == 0x7F) {
      result += fmt::format("\\x{:02X}", byte);
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {
      result += fmt::format("\\u{:04X}", next);
      ++i;
    } else {
      result += text[i];
    }
  }
  return result;
}

}  // namespace jiedui::out
