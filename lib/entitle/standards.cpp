// Reading and writing a standards table (jiedui-standards(5)) through the
// ledgers' table reader: header aliases, both encodings, FILE:LINE:COLUMN.
#include "entitle/standards.hpp"

#include <fmt/format.h>

#include <charconv>

#include "entitle/standards_data.hpp"
#include "error.hpp"
#include "ledger/money.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::entitle {
namespace {

using ledger::Code;
using ledger::Severity;
using ledger::TableReader;

enum Col : std::size_t { k_benefit, k_name, k_unit, k_department, k_category, k_age_min, k_age_max, k_setting,
                         k_residence, k_dibao_class, k_self_care, k_disability, k_school, k_amount, k_minimum };

const ledger::FileSpec& standards_spec() {
  static const ledger::FileSpec spec{"standards.csv",
                                     {
                                         {"benefit", {"政策项目", "政策代码"}, true},
                                         {"name", {"政策名称", "名称"}, true},
                                         {"unit", {"发放周期", "单位"}, true},
                                         {"department", {"责任部门"}, true},
                                         {"category", {"类别", "对象类别"}, true},
                                         {"age_min", {"最小年龄", "年龄下限"}, true},
                                         {"age_max", {"最大年龄", "年龄上限"}, true},
                                         {"setting", {"供养方式", "养育方式"}, true},
                                         {"residence", {"城乡", "城乡类别"}, true},
                                         {"dibao_class", {"低保类别"}, true},
                                         {"self_care", {"自理能力"}, true},
                                         {"disability", {"残疾类别和等级", "残疾"}, true},
                                         {"school", {"在读学段"}, true},
                                         {"amount", {"标准", "金额"}, true},
                                         {"minimum", {"不低于"}, true},
                                     }};
  return spec;
}

std::vector<std::string_view> split_list(std::string_view text) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = text.find(';');
    const std::string_view part = ledger::trim(text.substr(0, at));
    if (!part.empty()) parts.push_back(part);
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

bool is_any(std::string_view text) { return text.empty() || text == "*"; }

std::optional<int> small_int(std::string_view text, int max) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size() || n < 0 || n > max) return std::nullopt;
  return n;
}

// "1", "1-2", "1,3" → bits 1–4; nullopt when unreadable.
std::optional<std::uint8_t> grades_of(std::string_view text) {
  std::uint8_t bits = 0;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    const std::string_view item = ledger::trim(text.substr(0, comma));
    const std::size_t dash = item.find('-');
    const auto lo = ledger::parse_disability_grade(item.substr(0, dash));
    const auto hi = dash == std::string_view::npos ? lo : ledger::parse_disability_grade(item.substr(dash + 1));
    if (!lo || !hi || *hi < *lo) return std::nullopt;
    for (int g = *lo; g <= *hi; ++g) bits = static_cast<std::uint8_t>(bits | (1u << g));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return bits == 0 ? std::nullopt : std::optional<std::uint8_t>(bits);
}

// A ;-list cell read into a bitmask by `parse` (bit index of one value);
// reports the first value it cannot read.
template <class Parse>
bool read_set(TableReader& t, std::size_t column, std::string_view what, Parse parse, auto& bits) {
  const std::string_view text = t.cell(column);
  if (is_any(text)) return true;
  for (std::string_view value : split_list(text)) {
    const std::optional<int> bit = parse(value);
    if (!bit) {
      t.report(Severity::error, Code::bad_value, column, fmt::format("'{}' is not {}", value, what));
      return false;
    }
    bits = static_cast<std::remove_reference_t<decltype(bits)>>(bits | (1u << *bit));
  }
  return true;
}

bool read_row(TableReader& t, StandardRow& row) {
  bool ok = read_set(t, k_category, "a category (orphan, 孤儿, disabled, extremely_poor …)",
                     [](std::string_view v) -> std::optional<int> {
                       if (const auto c = ledger::parse_category(v)) return static_cast<int>(*c);
                       return std::nullopt;
                     },
                     row.categories);
  for (const auto& [column, field] : {std::pair{k_age_min, &row.age_min}, std::pair{k_age_max, &row.age_max}}) {
    const std::string_view text = t.cell(column);
    if (is_any(text)) continue;
    if (const auto n = small_int(text, 150)) {
      *field = *n;
    } else {
      t.report(Severity::error, Code::bad_value, column, fmt::format("age '{}' is not a whole number of years (0–150)", text));
      ok = false;
    }
  }
  if (row.age_min && row.age_max && *row.age_max < *row.age_min) {
    t.report(Severity::error, Code::bad_value, k_age_max,
             fmt::format("age_max {} is below age_min {}", *row.age_max, *row.age_min));
    ok = false;
  }
  ok = read_set(t, k_setting, "a setting (scattered 社会散居, institution 机构养育)",
                [](std::string_view v) -> std::optional<int> {
                  if (const auto s = ledger::parse_setting(v)) return *s == "scattered" ? 0 : 1;
                  return std::nullopt;
                },
                row.settings) && ok;
  ok = read_set(t, k_residence, "a residence (urban 城市, rural 农村)",
                [](std::string_view v) -> std::optional<int> {
                  if (const auto r = ledger::parse_residence(v)) return static_cast<int>(*r);
                  return std::nullopt;
                },
                row.residences) && ok;
  ok = read_set(t, k_dibao_class, "a dibao class (1–4, 一类…四类)",
                [](std::string_view v) { return ledger::parse_dibao_class(v); }, row.dibao_classes) && ok;
  ok = read_set(t, k_self_care, "a self-care ability (full, partial, none)",
                [](std::string_view v) -> std::optional<int> {
                  if (const auto s = ledger::parse_self_care(v)) return static_cast<int>(*s);
                  return std::nullopt;
                },
                row.self_cares) && ok;
  ok = read_set(t, k_school, "a school stage (preschool, compulsory, highschool, vocational, college)",
                [](std::string_view v) -> std::optional<int> {
                  if (const auto s = ledger::parse_school(v)) return static_cast<int>(*s);
                  return std::nullopt;
                },
                row.schools) && ok;
  if (const std::string_view text = t.cell(k_disability); !is_any(text)) {
    for (std::string_view item : split_list(text)) {
      const std::size_t colon = item.find(':');
      const auto type = disability_type_index(ledger::trim(item.substr(0, colon)));
      const auto grades = colon == std::string_view::npos ? std::optional<std::uint8_t>(0x1E)
                                                          : grades_of(item.substr(colon + 1));
      if (!type || !grades) {
        t.report(Severity::error, Code::bad_value, k_disability,
                 fmt::format("'{}' is not TYPE:GRADES (肢体:1, 精神:1-2; types 视力 听力 言语 肢体 智力 精神 多重)", item));
        ok = false;
        break;
      }
      row.disability[*type] = static_cast<std::uint8_t>(row.disability[*type] | *grades);
    }
  }
  if (const std::string_view text = t.cell(k_amount); !text.empty()) {
    const auto fen = ledger::parse_fen(text);
    if (fen && *fen >= 0) {
      row.amount_fen = *fen;
    } else {
      t.report(Severity::error, Code::bad_value, k_amount,
               fmt::format("amount '{}' is not yuan ≥ 0 with at most 2 decimals", text));
      ok = false;
    }
  }
  if (const std::string_view text = t.cell(k_minimum); !text.empty()) {
    if (ledger::iequals_ascii(text, "yes") || text == "是") {
      row.minimum = true;
    } else if (!ledger::iequals_ascii(text, "no") && text != "否") {
      t.report(Severity::error, Code::bad_value, k_minimum, fmt::format("minimum '{}' is not yes or no (是, 否)", text));
      ok = false;
    }
  }
  return ok;
}

std::optional<Unit> parse_unit(std::string_view text) {
  if (ledger::iequals_ascii(text, "month") || text == "月") return Unit::month;
  if (ledger::iequals_ascii(text, "year") || text == "年") return Unit::year;
  if (ledger::iequals_ascii(text, "in-kind") || ledger::iequals_ascii(text, "in_kind") || text == "实物")
    return Unit::in_kind;
  return std::nullopt;
}

// The benefit columns of a row: a new benefit's first row names it; a later
// row of the same benefit may leave them empty, or must say the same.
bool read_benefit(TableReader& t, Standards& out, Benefit*& benefit) {
  const std::string code(t.cell(k_benefit));
  if (code.empty()) {
    t.report(Severity::error, Code::missing_value, k_benefit, "a standards row needs a benefit code");
    return false;
  }
  benefit = nullptr;
  for (Benefit& b : out.benefits)
    if (ledger::iequals_ascii(b.code, code)) benefit = &b;
  const auto unit_text = t.cell(k_unit);
  const auto unit = parse_unit(unit_text);
  if (!unit_text.empty() && !unit) {
    t.report(Severity::error, Code::bad_value, k_unit, fmt::format("unit '{}' is not month, year or in-kind", unit_text));
    return false;
  }
  if (benefit == nullptr) {
    if (t.cell(k_name).empty() || !unit) {
      t.report(Severity::error, Code::missing_value, t.cell(k_name).empty() ? k_name : k_unit,
               fmt::format("the first row of benefit {} needs its name and unit", code));
      return false;
    }
    if (out.find(t.cell(k_name))) {
      t.report(Severity::error, Code::bad_value, k_name,
               fmt::format("name '{}' is already another benefit's", t.cell(k_name)));
      return false;
    }
    benefit = &out.benefits.emplace_back();
    benefit->code = code;
    benefit->name = t.cell(k_name);
    benefit->unit = *unit;
    benefit->department = t.cell(k_department);
    return true;
  }
  const auto differs = [&](std::size_t column, std::string_view have) {
    return !t.cell(column).empty() && t.cell(column) != have;
  };
  for (const auto& [column, have] : {std::pair<std::size_t, std::string_view>{k_name, benefit->name},
                                     std::pair<std::size_t, std::string_view>{k_department, benefit->department}}) {
    if (differs(column, have)) {
      t.report(Severity::error, Code::bad_value, column,
               fmt::format("'{}' differs from '{}' on the first row of benefit {}", t.cell(column), have, code));
      return false;
    }
  }
  if (unit && *unit != benefit->unit) {
    t.report(Severity::error, Code::bad_value, k_unit,
             fmt::format("unit '{}' differs from '{}' on the first row of benefit {}", unit_text,
                         unit_name(benefit->unit), code));
    return false;
  }
  return true;
}

Standards read_standards(TableReader& t) {
  Standards out;
  out.source = t.display_path();
  if (!t.usable()) return out;
  while (t.next()) {
    Benefit* benefit = nullptr;
    if (!read_benefit(t, out, benefit)) continue;
    StandardRow row;
    row.line = t.line();
    if (!read_row(t, row)) continue;
    if (benefit->unit == Unit::in_kind && (row.amount_fen || row.minimum)) {
      t.report(Severity::error, Code::bad_value, row.amount_fen ? k_amount : k_minimum,
               "an in-kind benefit has no amount and no minimum");
      continue;
    }
    if (row.minimum && !row.amount_fen) {
      t.report(Severity::error, Code::bad_value, k_minimum, "minimum needs an amount");
      continue;
    }
    benefit->rows.push_back(row);
  }
  // A benefit whose every row was bad is reported already; it would only
  // match nobody.
  std::erase_if(out.benefits, [](const Benefit& b) { return b.rows.empty(); });
  return out;
}

std::string set_text(unsigned bits, int first, int last, auto name) {
  std::string text;
  for (int i = first; i <= last; ++i) {
    if ((bits & (1u << i)) == 0) continue;
    if (!text.empty()) text += ';';
    text += name(i);
  }
  return text;
}

std::string grades_text(std::uint8_t bits) {
  std::string text;
  for (int g = 1; g <= 4;) {
    if ((bits & (1u << g)) == 0) {
      ++g;
      continue;
    }
    int end = g;
    while (end < 4 && (bits & (1u << (end + 1))) != 0) ++end;
    if (!text.empty()) text += ',';
    text += end == g ? std::to_string(g) : fmt::format("{}-{}", g, end);
    g = end + 1;
  }
  return text;
}

std::string amount_text(std::int64_t fen) {
  return fen % 100 == 0 ? std::to_string(fen / 100) : ledger::format_yuan(fen);
}

}  // namespace

std::string_view unit_name(Unit unit) {
  return unit == Unit::month ? "month" : unit == Unit::year ? "year" : "in-kind";
}

bool StandardRow::has_disability_condition() const {
  for (std::uint8_t grades : disability)
    if (grades != 0) return true;
  return false;
}

std::optional<std::size_t> disability_type_index(std::string_view type) {
  const auto word = ledger::parse_disability_type(type);
  if (!word) return std::nullopt;
  for (std::size_t i = 0; i < std::size(kDisabilityTypes); ++i)
    if (kDisabilityTypes[i] == *word) return i;
  return std::nullopt;
}

std::optional<std::size_t> Standards::find(std::string_view code_or_name) const {
  const std::string_view t = ledger::trim(code_or_name);
  for (std::size_t i = 0; i < benefits.size(); ++i)
    if (ledger::iequals_ascii(benefits[i].code, t) || benefits[i].name == t) return i;
  return std::nullopt;
}

Standards parse_standards(std::string text, const std::string& display_path, ledger::DiagnosticSink& sink) {
  TableReader t(csv::Reader::from_string(std::move(text)), display_path, standards_spec(), sink);
  return read_standards(t);
}

Standards load_standards_file(const std::string& path, ledger::DiagnosticSink& sink) {
  TableReader t(path, path, standards_spec(), csv::Encoding::automatic, sink);
  return read_standards(t);
}

std::vector<std::string> builtin_standards_names() {
  std::vector<std::string> names;
  for (const auto& s : embedded_standards()) names.emplace_back(s.name);
  return names;
}

std::optional<std::string_view> builtin_standards_text(std::string_view name) {
  for (const auto& s : embedded_standards())
    if (s.name == name) return s.csv;
  return std::nullopt;
}

std::vector<std::string_view> standards_columns() {
  std::vector<std::string_view> names;
  for (const auto& c : standards_spec().columns) names.push_back(c.name);
  return names;
}

std::string_view standards_zh_header(std::string_view column) {
  for (const auto& c : standards_spec().columns)
    if (c.name == column) return c.aliases.front();
  return column;
}

std::vector<std::vector<std::string>> standards_rows(const Standards& standards) {
  std::vector<std::vector<std::string>> rows;
  for (const Benefit& b : standards.benefits) {
    for (const StandardRow& r : b.rows) {
      std::string disability;
      for (std::size_t i = 0; i < std::size(kDisabilityTypes); ++i) {
        if (r.disability[i] == 0) continue;
        if (!disability.empty()) disability += ';';
        disability += fmt::format("{}:{}", kDisabilityTypes[i], grades_text(r.disability[i]));
      }
      rows.push_back({
          b.code, b.name, std::string(unit_name(b.unit)), b.department,
          set_text(r.categories, 0, ledger::kCategoryCount - 1,
                   [](int i) { return std::string(ledger::category_code(static_cast<ledger::Category>(i))); }),
          r.age_min ? std::to_string(*r.age_min) : "", r.age_max ? std::to_string(*r.age_max) : "",
          set_text(r.settings, 0, 1, [](int i) { return std::string(i == 0 ? "scattered" : "institution"); }),
          set_text(r.residences, 1, 2,
                   [](int i) { return std::string(ledger::residence_code(static_cast<ledger::Residence>(i))); }),
          set_text(r.dibao_classes, 1, 4, [](int i) { return std::to_string(i); }),
          set_text(r.self_cares, 1, 3,
                   [](int i) { return std::string(ledger::self_care_code(static_cast<ledger::SelfCare>(i))); }),
          disability,
          set_text(r.schools, 1, 5,
                   [](int i) { return std::string(ledger::school_code(static_cast<ledger::School>(i))); }),
          r.amount_fen ? amount_text(*r.amount_fen) : "", r.minimum ? "yes" : ""});
    }
  }
  return rows;
}

}  // namespace jiedui::entitle
