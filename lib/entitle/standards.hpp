#pragma once
// The standards table of the policy lists (《和政县结对关爱行动实施方案》
// 附件6–8): benefits as data, one or more condition rows each, read from CSV
// like a ledger (jiedui-standards(5)). The built-in `hezheng-2023` table is
// data-samples/standards/hezheng-2023.csv, compiled in.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"
#include "ledger/model.hpp"

namespace jiedui::entitle {

enum class Unit : std::uint8_t { month, year, in_kind };
std::string_view unit_name(Unit unit);  // month, year, in-kind

// One condition row. A set is a bitmask over the enum's values (bit i =
// value i); 0 means any (`*` or an empty cell).
struct StandardRow {
  std::uint16_t categories = 0;  // bit = ledger::Category
  std::optional<int> age_min, age_max;  // completed years on the day, inclusive
  std::uint8_t settings = 0;  // bit 0 scattered, bit 1 institution
  std::uint8_t residences = 0;  // bit = ledger::Residence (urban 1, rural 2)
  std::uint8_t dibao_classes = 0;  // bit = class 1–4
  std::uint8_t self_cares = 0;  // bit = ledger::SelfCare (full 1 …)
  std::uint8_t schools = 0;  // bit = ledger::School (preschool 1 …)
  // disability: per type (index in kDisabilityTypes) the grades listed (bit =
  // grade 1–4); all zero = any (no disability condition).
  std::uint8_t disability[7] = {0, 0, 0, 0, 0, 0, 0};
  std::optional<std::int64_t> amount_fen;  // empty: in-kind, or set locally
  bool minimum = false;  // 不低于: the amount is a floor
  std::uint32_t line = 0;  // in the standards file

  bool has_disability_condition() const;
};

struct Benefit {
  std::string code, name, department;
  Unit unit = Unit::month;
  std::vector<StandardRow> rows;  // in file order
};

struct Standards {
  std::string source;  // "hezheng-2023" or the file as given
  std::vector<Benefit> benefits;  // in the order of their first rows

  // By code (ASCII case-insensitive) or Chinese name; the index in benefits.
  std::optional<std::size_t> find(std::string_view code_or_name) const;
};

// 视力 听力 言语 肢体 智力 精神 多重: the disability types of jiedui(1).
inline constexpr std::string_view kDisabilityTypes[7] = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"};
std::optional<std::size_t> disability_type_index(std::string_view type);

// Reads a standards table; every problem goes to `sink` as FILE:LINE:COLUMN
// (missing-column, bad-value). A row with a problem is left out.
Standards parse_standards(std::string text, const std::string& display_path, ledger::DiagnosticSink& sink);
Standards load_standards_file(const std::string& path, ledger::DiagnosticSink& sink);  // throws InputError

// The built-in tables (data-samples/standards/*.csv): names, and the text of one.
std::vector<std::string> builtin_standards_names();
std::optional<std::string_view> builtin_standards_text(std::string_view name);
inline constexpr std::string_view kDefaultStandards = "hezheng-2023";

// The table as CSV rows again, in the columns of jiedui-standards(5): what
// --print-standards prints, and what --standards reads back unchanged.
std::vector<std::string_view> standards_columns();
std::string_view standards_zh_header(std::string_view column);  // its first Chinese alias: 政策名称 …
std::vector<std::vector<std::string>> standards_rows(const Standards& standards);

}  // namespace jiedui::entitle
