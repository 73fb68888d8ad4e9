#include "entitle/eligibility.hpp"

#include <fmt/format.h>

#include <optional>

#include "audit/age_gap.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::entitle {
namespace {

using ledger::Recipient;

enum class Match { yes, no, unknown };

struct RowMatch {
  Match match = Match::yes;
  std::string to_fill;  // the first empty cell that would decide it
};

bool has(unsigned bits, unsigned bit) { return (bits & (1u << bit)) != 0; }

// The recipient's possible ages on `day`: exact when the birth is known to
// the day; a range of two when only the month is (born on its first or last
// day); nullopt when unknown.
std::optional<std::pair<int, int>> ages(const ledger::Birth& birth, ledger::Day day) {
  if (!birth.known) return std::nullopt;
  if (!birth.month_only) {
    const int a = audit::completed_years(birth.day, day);
    return std::pair{a, a};
  }
  const date::year_month_day first{birth.day};
  const ledger::Day last{first.year() / first.month() / date::last};
  return std::pair{audit::completed_years(last, day), audit::completed_years(birth.day, day)};
}

Match age_match(const StandardRow& row, const Recipient& r, ledger::Day day) {
  const auto in = [&](int age) { return (!row.age_min || age >= *row.age_min) && (!row.age_max || age <= *row.age_max); };
  const auto range = ages(r.birth, day);
  if (!range) return Match::unknown;
  const bool lo = in(range->first), hi = in(range->second);
  if (lo && hi) return Match::yes;
  // Between the two ends the age takes one value or the other.
  return lo || hi ? Match::unknown : Match::no;
}

Match disability_match(const StandardRow& row, const Recipient& r, std::string& to_fill) {
  const auto type = disability_type_index(r.disability_type);
  if (!type) return Match::no;  // an empty type is no disability
  const std::optional<int> grade = ledger::parse_disability_grade(r.disability_grade);
  const std::uint8_t listed = row.disability[*type];
  if (listed != 0) {
    if (!grade && !r.disability_grade.empty()) return Match::no;  // unreadable: matches no row
    if (!grade) {
      to_fill = "disability_grade is empty";
      return Match::unknown;
    }
    return has(listed, static_cast<unsigned>(*grade)) ? Match::yes : Match::no;
  }
  if (kDisabilityTypes[*type] != "多重") return Match::no;
  // 多重 (multiple) is listed by no row of the lists: which type's grade
  // applies is for the county to decide, unless no type admits the grade.
  for (std::uint8_t grades : row.disability) {
    if (grades != 0 && r.disability_grade.empty()) {
      to_fill = "disability_type is 多重 (multiple), which no row lists: decide which type applies";
      return Match::unknown;
    }
    if (grades != 0 && grade && has(grades, static_cast<unsigned>(*grade))) {
      to_fill = "disability_type is 多重 (multiple), which no row lists: decide which type applies";
      return Match::unknown;
    }
  }
  return Match::no;
}

RowMatch match_row(const StandardRow& row, const Recipient& r, ledger::Day day) {
  RowMatch m;
  const auto add = [&](Match match, std::string_view to_fill) {
    if (match == Match::no) m.match = Match::no;
    if (match == Match::unknown && m.match == Match::yes) {
      m.match = Match::unknown;
      m.to_fill = std::string(to_fill);
    }
  };
  if (row.categories != 0 && !has(row.categories, static_cast<unsigned>(r.category))) return {Match::no, {}};
  if (row.age_min || row.age_max)
    add(age_match(row, r, day), r.birth.known ? "birth is known only to the month" : "birth is empty");
  if (row.settings != 0) {
    if (r.setting.empty()) add(Match::unknown, "setting is empty");
    // An unreadable setting (kept by the loader) matches neither.
    else add(has(row.settings, r.setting == "scattered" ? 0 : r.setting == "institution" ? 1 : 7) ? Match::yes : Match::no, "");
  }
  if (row.residences != 0) {
    if (r.residence == ledger::Residence::unknown) add(Match::unknown, "residence is empty");
    else add(has(row.residences, static_cast<unsigned>(r.residence)) ? Match::yes : Match::no, "");
  }
  if (row.dibao_classes != 0) {
    if (r.dibao_class == 0) add(Match::unknown, "dibao_class is empty");
    else add(has(row.dibao_classes, r.dibao_class) ? Match::yes : Match::no, "");
  }
  if (row.self_cares != 0) {
    if (r.self_care == ledger::SelfCare::unknown) add(Match::unknown, "self_care is empty");
    else add(has(row.self_cares, static_cast<unsigned>(r.self_care)) ? Match::yes : Match::no, "");
  }
  if (row.has_disability_condition()) {
    std::string to_fill;
    const Match match = disability_match(row, r, to_fill);
    add(match, to_fill);
  }
  // An empty school is not in school: it never leaves a row undecided.
  if (row.schools != 0) add(has(row.schools, static_cast<unsigned>(r.school)) ? Match::yes : Match::no, "");
  return m;
}

std::string join_set(unsigned bits, int first, int last, auto name, std::string_view sep = "/") {
  std::string text;
  for (int i = first; i <= last; ++i) {
    if (!has(bits, static_cast<unsigned>(i))) continue;
    if (!text.empty()) text += sep;
    text += name(i);
  }
  return text;
}

// 1, 1-2, 1-2,4: as a standards file writes them.
std::string grades_text(std::uint8_t bits) {
  std::string text;
  for (unsigned g = 1; g <= 4; ++g) {
    if (!has(bits, g)) continue;
    unsigned end = g;
    while (end < 4 && has(bits, end + 1)) ++end;
    if (!text.empty()) text += ',';
    text += end == g ? std::to_string(g) : fmt::format("{}-{}", g, end);
    g = end;
  }
  return text;
}

}  // namespace

Eligibility evaluate(const Benefit& benefit, const Recipient& recipient, ledger::Day day) {
  Eligibility out;
  for (const StandardRow& row : benefit.rows) {
    RowMatch m = match_row(row, recipient, day);
    if (m.match == Match::yes) {
      out.decision = Decision::eligible;
      out.row = &row;
      out.to_fill.clear();
      return out;
    }
    if (m.match == Match::unknown && out.decision != Decision::undecided) {
      out.decision = Decision::undecided;
      out.to_fill = std::move(m.to_fill);
    }
  }
  return out;
}

std::string describe_row(const StandardRow& row) {
  std::vector<std::string> parts;
  if (row.categories != 0)
    parts.push_back(join_set(row.categories, 0, ledger::kCategoryCount - 1, [](int i) {
      return std::string(ledger::category_code(static_cast<ledger::Category>(i)));
    }));
  if (row.age_min && row.age_max) parts.push_back(fmt::format("age {}–{}", *row.age_min, *row.age_max));
  else if (row.age_min) parts.push_back(fmt::format("age ≥ {}", *row.age_min));
  else if (row.age_max) parts.push_back(fmt::format("age ≤ {}", *row.age_max));
  if (row.settings != 0)
    parts.push_back(join_set(row.settings, 0, 1, [](int i) { return std::string(i == 0 ? "scattered" : "institution"); }));
  if (row.residences != 0)
    parts.push_back(join_set(row.residences, 1, 2, [](int i) {
      return std::string(ledger::residence_code(static_cast<ledger::Residence>(i)));
    }));
  if (row.dibao_classes != 0)
    parts.push_back("dibao class " + join_set(row.dibao_classes, 1, 4, [](int i) { return std::to_string(i); }));
  if (row.self_cares != 0)
    parts.push_back("self_care " + join_set(row.self_cares, 1, 3, [](int i) {
                      return std::string(ledger::self_care_code(static_cast<ledger::SelfCare>(i)));
                    }));
  if (row.has_disability_condition()) {
    std::string text;
    for (std::size_t t = 0; t < std::size(kDisabilityTypes); ++t) {
      if (row.disability[t] == 0) continue;
      if (!text.empty()) text += '/';
      text += std::string(kDisabilityTypes[t]) + grades_text(row.disability[t]);
    }
    parts.push_back(text);
  }
  if (row.schools != 0)
    parts.push_back(join_set(row.schools, 1, 5, [](int i) {
      return std::string(ledger::school_code(static_cast<ledger::School>(i)));
    }));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string describe_recipient(const Benefit& benefit, const Recipient& r, ledger::Day day) {
  bool age = false, setting = false, residence = false, dibao = false, self_care = false, disability = false,
       school = false;
  for (const StandardRow& row : benefit.rows) {
    age = age || row.age_min || row.age_max;
    setting = setting || row.settings != 0;
    residence = residence || row.residences != 0;
    dibao = dibao || row.dibao_classes != 0;
    self_care = self_care || row.self_cares != 0;
    disability = disability || row.has_disability_condition();
    school = school || row.schools != 0;
  }
  std::vector<std::string> parts{std::string(ledger::category_code(r.category))};
  if (age) {
    const auto range = ages(r.birth, day);
    parts.push_back(!range                            ? std::string("age unknown")
                    : range->first == range->second ? fmt::format("age {}", range->first)
                                                    : fmt::format("age {}–{}", range->first, range->second));
  }
  const auto value = [](std::string_view v) { return v.empty() ? std::string("empty") : std::string(v); };
  if (setting) parts.push_back("setting " + value(r.setting));
  if (residence) parts.push_back("residence " + value(ledger::residence_code(r.residence)));
  if (dibao)
    parts.push_back("dibao class " + (r.dibao_class == 0  ? std::string("empty")
                                      : r.dibao_class > 4 ? std::string("other")
                                                          : std::to_string(r.dibao_class)));
  if (self_care) parts.push_back("self_care " + value(ledger::self_care_code(r.self_care)));
  if (disability)
    parts.push_back(r.disability_type.empty() ? std::string("no disability")
                                              : fmt::format("{} grade {}", r.disability_type, value(r.disability_grade)));
  if (school) parts.push_back(r.school == ledger::School::none ? std::string("not in school")
                                                              : "school " + std::string(ledger::school_code(r.school)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace jiedui::entitle
