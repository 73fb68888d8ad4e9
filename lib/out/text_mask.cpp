#include "out/text_mask.hpp"

#include <fmt/format.h>


namespace jiedui::out {
namespace {

enum class Class { other, digit, letter, hyphen, space };

struct Char {
  Class kind;
  std::size_t size;  // bytes
};

// What a personal number is written with: ASCII and full-width digits
// (U+FF10–U+FF19), letters (ASCII, full-width X and x) for the check
// character, and the separators people type between groups: hyphens (ASCII,
// the dashes U+2010–U+2015, the full-width U+FF0D) and spaces (ASCII,
// no-break U+00A0, ideographic U+3000).
Char classify(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) -> unsigned {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U;
  };
  const unsigned c = at(0);
  if (c >= '0' && c <= '9') return {Class::digit, 1};
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return {Class::letter, 1};
  if (c == '-') return {Class::hyphen, 1};
  if (c == ' ') return {Class::space, 1};
  if (c == 0xC2 && at(1) == 0xA0) return {Class::space, 2};
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return {Class::space, 3};
  if (c == 0xE2 && at(1) == 0x80 && at(2) >= 0x90 && at(2) <= 0x95) return {Class::hyphen, 3};
  if (c == 0xEF && at(1) == 0xBC && at(2) >= 0x90 && at(2) <= 0x99) return {Class::digit, 3};
  if (c == 0xEF && at(1) == 0xBC && at(2) == 0x8D) return {Class::hyphen, 3};
  if (c == 0xEF && at(1) == 0xBC && at(2) == 0xB8) return {Class::letter, 3};
  if (c == 0xEF && at(1) == 0xBD && at(2) == 0x98) return {Class::letter, 3};
  return {Class::other, 1};
}

bool is_ascii_digit(std::string_view text, std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; }

std::size_t ascii_digits(std::string_view text, std::size_t i, std::size_t at_most) {
  std::size_t n = 0;
  while (n < at_most && is_ascii_digit(text, i + n)) ++n;
  return n;
}

// The end of a date written YYYY-MM-DD or YYYY-MM (month and day of one or
// two digits) that starts at i and is not followed by a digit; 0 if there is
// none. Dates are what messages and cells quote most, and two of them side by
// side must not read as one long number.
std::size_t date_end(std::string_view text, std::size_t i) {
  if (ascii_digits(text, i, 5) != 4 || i + 4 >= text.size() || text[i + 4] != '-') return 0;
  std::size_t end = i + 5;
  const std::size_t month = ascii_digits(text, end, 3);
  if (month == 0 || month > 2) return 0;
  end += month;
  if (end + 1 < text.size() && text[end] == '-' && is_ascii_digit(text, end + 1)) {
    const std::size_t day = ascii_digits(text, end + 1, 3);
    if (day > 2) return 0;
    end += 1 + day;
  }
  return classify(text, end).kind == Class::digit ? 0 : end;
}

// '0'–'9' for the digit at i, ASCII or full-width (whose last byte is 0x90–0x99).
char ascii_digit(std::string_view text, std::size_t i, Char c) {
  if (c.size == 1) return text[i];
  return static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
}

std::size_t digits_at(std::string_view text, std::size_t i) {
  std::size_t n = 0;
  for (Char c = classify(text, i); c.kind == Class::digit; c = classify(text, i)) {
    ++n;
    i += c.size;
  }
  return n;
}

struct Run {
  std::size_t end = 0;  // the byte after the run
  std::size_t digits = 0;
  std::size_t characters = 0;  // digits and the check letter
  std::string leading;  // its first three digits, as ASCII
  bool spaced = false;  // a space joins two of its groups
};

// Digits that a space joins make one number only in the shapes of one: 11
// digits from 1 (a mobile number: 138 7172 7374), 13 from 861 (the same
// after +86) or 15 and more (an ID: 620102 19900101 123X). A list of counts
// or years ("2024 2025 2026") is not one.
bool spaced_like_a_number(const Run& run) {
  return (run.digits == 11 && run.leading.starts_with("1")) || (run.digits == 13 && run.leading == "861") ||
         run.characters >= 15;
}

// The run of digit groups that starts at `begin` (a digit that starts no
// date); groups joined by spaces only if `spaces`.
Run read_run(std::string_view text, std::size_t begin, bool spaces) {
  Run run;
  std::size_t j = begin;
  for (;;) {
    std::size_t group = 0;
    for (Char c = classify(text, j); c.kind == Class::digit; c = classify(text, j)) {
      if (run.leading.size() < 3) run.leading += ascii_digit(text, j, c);
      ++run.digits;
      ++run.characters;
      ++group;
      j += c.size;
      // The 18th character of an ID may be a letter (X, or a wrong one), and
      // a disability certificate goes on with two digits after it.
      if (run.digits == 17) {
        const Char letter = classify(text, j);
        if (letter.kind == Class::letter && classify(text, j + letter.size).kind != Class::letter) {
          ++group;
          ++run.characters;
          j += letter.size;
        }
      }
    }
    const Char separator = classify(text, j);
    const bool joins = separator.kind == Class::hyphen || (spaces && separator.kind == Class::space);
    if (group < 2 || !joins) break;
    const std::size_t next = j + separator.size;
    if (digits_at(text, next) < 2 || date_end(text, next) > 0) break;
    run.spaced = run.spaced || separator.kind == Class::space;
    j = next;
  }
  run.end = j;
  return run;
}

Run read_number(std::string_view text, std::size_t begin) {
  Run run = read_run(text, begin, true);
  if (run.spaced && !spaced_like_a_number(run)) run = read_run(text, begin, false);
  return run;
}

// Digits right after a decimal point, or right before one that has digits
// after it: an amount, not an identifier.
bool is_amount(std::string_view text, std::size_t begin, std::size_t end) {
  const bool fraction = begin >= 2 && text[begin - 1] == '.' && is_ascii_digit(text, begin - 2);
  const bool integer_part = end + 1 < text.size() && text[end] == '.' && is_ascii_digit(text, end + 1);
  return fraction || integer_part;
}

// Digits glued to letters before them, directly or by one hyphen, are part
// of a code (a cadre's staff number GS622926-089072 or GS-622926-089072),
// not a personal number written out.
bool is_code(std::string_view text, std::size_t begin) {
  const auto letter = [&](std::size_t i) {
    const char c = text[i];
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  };
  if (begin >= 1 && letter(begin - 1)) return true;
  return begin >= 2 && text[begin - 1] == '-' && letter(begin - 2);
}

// The run [begin, end) with all but its first `keep_front` and last 4
// characters as '*'; separators stay.
void append_masked(std::string& out, std::string_view text, std::size_t begin, const Run& run) {
  const std::size_t keep_front = run.characters >= 15 ? 6 : 3;
  std::size_t k = 0;
  for (std::size_t j = begin; j < run.end;) {
    const Char c = classify(text, j);
    const bool counted = c.kind == Class::digit || c.kind == Class::letter;
    if (counted && k >= keep_front && k + 4 < run.characters)
      out += '*';
    else
      out.append(text.substr(j, c.size));
    if (counted) ++k;
    j += c.size;
  }
}

}  // namespace

std::string mask_personal_numbers(std::string_view text) {
  std::string out;
  std::size_t copied = 0;  // text[copied, i) is not in `out` yet
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < '0' || byte > '9') && byte != 0xEF) {  // neither a digit nor a full-width one's first byte
      ++i;
      continue;
    }
    const Char c = classify(text, i);
    if (c.kind != Class::digit) {
      i += c.size;
      continue;
    }
    if (const std::size_t end = date_end(text, i); end > 0) {
      i = end;
      continue;
    }
    const Run run = read_number(text, i);
    if (run.digits >= 11 && !is_amount(text, i, run.end) && !is_code(text, i)) {
      out.append(text.substr(copied, i - copied));
      append_masked(out, text, i, run);
      copied = run.end;
    }
    i = run.end;
  }
  if (copied == 0) return std::string(text);
  out.append(text.substr(copied));
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
