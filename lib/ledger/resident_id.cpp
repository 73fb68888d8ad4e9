#include "ledger/resident_id.hpp"

#include <fmt/format.h>

namespace jiedui::ledger {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

char resident_id_check_char(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kChecks[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[static_cast<std::size_t>(i)] - '0') * kWeights[i];
  return kChecks[sum % 11];
}

bool looks_like_resident_id(std::string_view id) {
  if (id.size() != 18 || !all_digits(id.substr(0, 17))) return false;
  const char last = id[17];
  return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
}

std::string normalize_id(std::string_view id) {
  std::string out(id);
  for (char& c : out)
    if (c == 'x') c = 'X';
  return out;
}

namespace {

// Excel stores a typed or pasted ID as a number: shown as 6.20802E+17, saved
// with only its first 15 digits and zeros after them. The digits are gone;
// the user must retype them in a column formatted as text.
constexpr std::string_view kTextColumnHint =
    ": Excel turned the ID into a number; format the column as text (设置单元格格式→文本) and enter the IDs again";

bool scientific_notation(std::string_view id) {
  const std::size_t e = id.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 1 >= id.size()) return false;
  std::string_view mantissa = id.substr(0, e), exponent = id.substr(e + 1);
  if (exponent[0] == '+') exponent.remove_prefix(1);
  const std::size_t dot = mantissa.find('.');
  if (dot != std::string_view::npos && all_digits(mantissa.substr(dot + 1)) && dot + 1 < mantissa.size())
    mantissa = mantissa.substr(0, dot);
  return !mantissa.empty() && all_digits(mantissa) && !exponent.empty() && all_digits(exponent);
}

}  // namespace

ResidentId parse_resident_id(std::string_view id) {
  ResidentId out;
  if (scientific_notation(id)) {
    out.error = fmt::format("'{}' is a number in scientific notation, not an ID{}", id, kTextColumnHint);
    return out;
  }
  if (id.size() != 18) {
    out.error = fmt::format("'{}' has {} characters; a resident ID has 18", id, id.size());
    return out;
  }
  if (!looks_like_resident_id(id)) {
    out.error = fmt::format("'{}' is not 17 digits and a check character 0-9 or X", id);
    return out;
  }
  const date::year_month_day birth{date::year{number(id.substr(6, 4))}, date::month{static_cast<unsigned>(number(id.substr(10, 2)))},
                                   date::day{static_cast<unsigned>(number(id.substr(12, 2)))}};
  if (!birth.ok() || number(id.substr(6, 4)) < 1850) {
    // The digits are not quoted on their own: they are what masking hides of
    // the ID next to them (620802********0171), and --reveal shows them there.
    out.error = fmt::format("'{}' holds no valid birth date in its 7th to 14th digits", id);
    return out;
  }
  const char want = resident_id_check_char(id);
  const char got = id[17] == 'x' ? 'X' : id[17];
  if (want != got) {
    out.error = fmt::format("'{}' fails its checksum: check character should be {}", id, want);
    // Its last three digits zero: most likely Excel's 15 digits, not a typo.
    if (id.substr(15) == "000") out.error += kTextColumnHint;
    return out;
  }
  out.valid = true;
  out.birth = date::sys_days{birth};
  out.gender = (id[16] - '0') % 2 == 1 ? Gender::male : Gender::female;
  return out;
}

}  // namespace jiedui::ledger
