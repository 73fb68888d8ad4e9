#include "csv/record_start.hpp"

namespace jiedui::csv {
namespace {

enum class Check { record, not_a_record, ran_out };

// One record from text[pos]: its fields counted, pos moved past its '\n'.
Check check_record(std::string_view text, std::size_t& pos, std::size_t fields, bool text_ends_file) {
  std::size_t count = 1;
  for (;;) {
    if (pos < text.size() && text[pos] == '"') {
      ++pos;
      for (;;) {  // inside quotes, up to the closing one
        const std::size_t quote = text.find('"', pos);
        if (quote == std::string_view::npos || quote + 1 == text.size()) return Check::ran_out;
        pos = quote + 1;
        if (text[pos] != '"') break;  // "" is a quote inside
        ++pos;
      }
      if (pos < text.size() && text[pos] == '\r') ++pos;
      if (pos < text.size() && text[pos] != ',' && text[pos] != '\n') return Check::not_a_record;
    } else {
      const std::size_t stop = text.find_first_of(",\n\"", pos);
      if (stop != std::string_view::npos && text[stop] == '"') return Check::not_a_record;
      pos = stop == std::string_view::npos ? text.size() : stop;
    }
    if (pos == text.size()) return text_ends_file && count == fields ? Check::record : Check::ran_out;
    if (text[pos++] == '\n') return count == fields ? Check::record : Check::not_a_record;
    ++count;
  }
}

}  // namespace

std::size_t probable_record_start(std::string_view text, std::size_t fields, int records, bool text_ends_file) {
  // A few dozen tries: on garbage each may scan to the end of `text`.
  int tries = 64;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos && tries-- > 0; nl = text.find('\n', nl + 1)) {
    std::size_t pos = nl + 1;
    int good = 0;
    Check check = Check::record;
    while (good < records && pos < text.size() && check == Check::record) {
      check = check_record(text, pos, fields, text_ends_file);
      if (check == Check::record) ++good;
    }
    if (check != Check::not_a_record && good > 0) return nl + 1;
  }
  return std::string_view::npos;
}

}  // namespace jiedui::csv
