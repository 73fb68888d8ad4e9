// --lang zh, the cells: the closed vocabularies that tables print by their
// stable English codes (severity, finding and check codes, statuses,
// categories, modes, roles, measures, periods …), in the words of the
// programme documents. One table per vocabulary, chosen by the column's
// stable name, so a new column of a known vocabulary (audit's `role`)
// translates without a line in its command. A value not in its vocabulary
// (a district called anything, a code another version adds) is printed as it is.
#include "out/zh_values.hpp"

#include <fmt/format.h>

#include <array>
#include <span>
#include <utility>

#include "ledger/vocab.hpp"
#include "out/zh_text.hpp"

namespace jiedui::out {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr Pair kSeverities[] = {
    {"error", "错误"}, {"warning", "警告"}, {"notice", "提示"}, {"ok", "正常"},
};

// Finding codes of audit and entitle, and the validation codes of check
// (jiedui-ledger(5)), named as a county office would name the problem.
constexpr Pair kCodes[] = {
    // audit: pairing checks
    {"gender-mismatch", "性别年龄不符"},
    {"gender-exception", "男性干部年长结对"},
    {"gender-unverifiable", "性别年龄无法核实"},
    {"unpaired", "未结对"},
    {"household-split", "同户分别结对"},
    {"aged-out", "已满18周岁"},
    {"cadre-unavailable", "结对干部已调离"},
    {"visit-not-paired", "非结对干部记录"},
    {"no-rule", "无考核规则"},
    {"gap-exceeded", "间隔超期"},
    {"overdue", "逾期未联系"},
    // audit: compliance, <measure>-missed / -behind
    {"contacts-missed", "联系交流次数不足"},
    {"contacts-behind", "联系交流进度滞后"},
    {"visits-missed", "走访探视次数不足"},
    {"visits-behind", "走访探视进度滞后"},
    {"any-missed", "联系走访次数不足"},
    {"any-behind", "联系走访进度滞后"},
    {"help-missed", "帮办实事不足"},
    {"help-behind", "帮办实事进度滞后"},
    // audit: inspections of helpers (督查)
    {"helper-strike", "督查不合格"},
    {"helper-not-terminated", "应终止协议未终止"},
    // entitle
    {"benefit-missing", "应享未享"},
    {"benefit-short", "享受不足"},
    {"benefit-ineligible", "不符合条件仍享受"},
    {"benefit-undecided", "待核实"},
    {"benefit-received", "已落实"},
    // check
    {"bad-csv", "CSV格式错误"},
    {"bad-encoding", "编码错误"},
    {"missing-column", "缺少列"},
    {"duplicate-column", "列名重复"},
    {"missing-value", "缺少内容"},
    {"bad-id", "身份证号有误"},
    {"id-birth-mismatch", "出生日期与身份证号不符"},
    {"id-gender-mismatch", "性别与身份证号不符"},
    {"duplicate-id", "编号重复"},
    {"bad-date", "日期有误"},
    {"future-date", "日期晚于当日"},
    {"bad-value", "取值有误"},
    {"unknown-recipient", "关爱对象不在台账"},
    {"unknown-cadre", "结对干部不在名单"},
    {"pairing-overlap", "结对关系重叠"},
    {"end-before-start", "解除日期早于结对日期"},
    {"missing-exit-date", "缺少退出日期"},
    {"pairing-after-exit", "退出后仍结对"},
    {"inspection-not-paired", "督查对象未结对"},
};

// Compliance statuses (audit, report), people's statuses (recipients in
// 在册 or 退出, cadres 在岗, 退休, 调离: `active` is 正常 for both) and the
// helper subsidy's.
constexpr Pair kStatuses[] = {
    {"met", "达标"},       {"on_track", "进度正常"}, {"behind", "进度滞后"}, {"missed", "未达标"},
    {"active", "正常"},    {"exited", "退出"},       {"retired", "退休"},    {"left", "调离"},
    {"paid", "已发放"},    {"withheld", "扣发"},     {"terminated", "已终止"},
};

constexpr Pair kMeasures[] = {
    {"contacts", "联系交流"}, {"visits", "走访探视"}, {"any", "联系走访"}, {"help", "帮办实事"},
};

constexpr Pair kPers[] = {
    {"day", "日"}, {"week", "周"}, {"halfmonth", "半月"}, {"month", "月"}, {"quarter", "季度"}, {"year", "年"},
};

constexpr Pair kSettings[] = {{"scattered", "社会散居"}, {"institution", "机构养育"}};
constexpr Pair kYesNo[] = {{"yes", "是"}, {"no", "否"}};
constexpr Pair kUnits[] = {{"month", "月"}, {"year", "年"}, {"in-kind", "实物"}};  // what the standards reader takes back
constexpr Pair kResidences[] = {{"urban", "城市"}, {"rural", "农村"}};
constexpr Pair kSelfCare[] = {{"full", "全自理"}, {"partial", "半护理"}, {"none", "全护理"}};
constexpr Pair kSchools[] = {{"preschool", "学前"},   {"compulsory", "义务教育"}, {"highschool", "普通高中"},
                             {"vocational", "中职"}, {"college", "高校"}};
constexpr Pair kGenders[] = {{"male", "男"}, {"female", "女"}, {"M", "男"}, {"F", "女"}};

// pair suggest: why a cadre was proposed or a unit left, and --explain's outcome.
constexpr Pair kReasons[] = {
    {"same-township", "同乡镇"},        {"other-township", "跨乡镇"},     {"gender-exception", "男性干部年长结对"},
    {"not-leader", "非县处级领导"},      {"household-rank", "职级不足"},   {"household-member", "同户成员"},
    {"no-candidate", "无可结对干部"},    {"capacity", "干部结对已满"},     {"gender-rule", "性别规则"},
    {"chosen", "选定"},                  {"tie", "代价相同"},              {"costlier", "代价较高"},
    {"taken", "已安排给他人"},           {"full", "结对已满"},
};

std::string_view find(std::span<const Pair> table, std::string_view value) {
  for (const auto& [english, chinese] : table)
    if (english == value) return chinese;
  return value;
}

template <std::size_t N>
std::string_view lookup(const Pair (&table)[N], std::string_view value) {
  return find(std::span<const Pair>(table, N), value);
}

std::string_view category_value(std::string_view value) {
  const auto category = ledger::parse_category(value);
  return category && ledger::category_code(*category) == value ? ledger::category_chinese(*category) : value;
}
std::string_view mode_value(std::string_view value) {
  const auto mode = ledger::parse_mode(value);
  return mode && ledger::mode_code(*mode) == value ? ledger::mode_chinese(*mode) : value;
}
std::string_view role_value(std::string_view value) {
  const auto role = ledger::parse_role(value);
  return role && ledger::role_code(*role) == value ? ledger::role_chinese(*role) : value;
}
std::string_view item_value(std::string_view value) {
  const auto item = ledger::parse_item(value);
  return item ? ledger::item_chinese(*item) : value;
}
std::string_view must_value(std::string_view value) {
  const auto must = ledger::parse_must(value);
  return must ? ledger::must_chinese(*must) : value;
}
std::string_view reason_value(std::string_view value) { return lookup(kReasons, value); }

// `3d` (N-day blocks) is 每3天.
std::string per_value(std::string_view value) {
  if (value.size() > 1 && value.back() == 'd' && value.find_first_not_of("0123456789") == value.size() - 1)
    return fmt::format("{}天", value.substr(0, value.size() - 1));
  return std::string(lookup(kPers, value));
}

std::string list_value(std::string_view value, std::string_view (*one)(std::string_view)) {
  std::string out;
  while (true) {
    const std::size_t semi = value.find(';');
    out.append(one(value.substr(0, semi)));
    if (semi == std::string_view::npos) break;
    out += ';';
    value.remove_prefix(semi + 1);
  }
  return out;
}

enum class Vocabulary {
  none, severity, code, status, category, mode, role, measure, per, bucket, setting, yes_no, unit, residence,
  self_care, school, gender, items, must, reasons, message, first_column
};

// Which vocabulary a column of this stable name holds. `city` is the first
// column of the report tables, whose last row is the `total` row (合计).
Vocabulary vocabulary_of(std::string_view column) {
  static constexpr std::pair<std::string_view, Vocabulary> kColumns[] = {
      {"severity", Vocabulary::severity},
      {"code", Vocabulary::code},
      {"status", Vocabulary::status},
      {"category", Vocabulary::category},
      {"mode", Vocabulary::mode},
      {"role", Vocabulary::role},
      {"measure", Vocabulary::measure},
      {"per", Vocabulary::per},
      {"bucket", Vocabulary::bucket},
      {"setting", Vocabulary::setting},
      {"visited", Vocabulary::yes_no},
      {"activities", Vocabulary::yes_no},
      {"environment", Vocabulary::yes_no},
      {"satisfied", Vocabulary::yes_no},
      {"minimum", Vocabulary::yes_no},
      {"unit", Vocabulary::unit},
      {"residence", Vocabulary::residence},
      {"self_care", Vocabulary::self_care},
      {"school", Vocabulary::school},
      {"gender", Vocabulary::gender},
      {"items", Vocabulary::items},
      {"must", Vocabulary::must},
      {"reasons", Vocabulary::reasons},
      {"outcome", Vocabulary::reasons},
      {"message", Vocabulary::message},
      {"detail", Vocabulary::message},
      {"city", Vocabulary::first_column},
  };
  for (const auto& [name, vocabulary] : kColumns)
    if (name == column) return vocabulary;
  return Vocabulary::none;
}

std::string translate(Vocabulary vocabulary, std::string_view value) {
  if (value.empty()) return {};
  switch (vocabulary) {
    case Vocabulary::none: return std::string(value);
    case Vocabulary::severity: return std::string(lookup(kSeverities, value));
    case Vocabulary::code: return std::string(lookup(kCodes, value));
    case Vocabulary::status: return std::string(lookup(kStatuses, value));
    case Vocabulary::category: return std::string(category_value(value));
    case Vocabulary::mode: return std::string(mode_value(value));
    case Vocabulary::role: return std::string(role_value(value));
    case Vocabulary::measure: return std::string(lookup(kMeasures, value));
    case Vocabulary::per: return per_value(value);
    case Vocabulary::bucket: return zh_bucket_label(value);
    case Vocabulary::setting: return std::string(lookup(kSettings, value));
    case Vocabulary::yes_no: return std::string(lookup(kYesNo, value));
    case Vocabulary::unit: return std::string(lookup(kUnits, value));
    case Vocabulary::residence: return std::string(lookup(kResidences, value));
    case Vocabulary::self_care: return std::string(lookup(kSelfCare, value));
    case Vocabulary::school: return std::string(lookup(kSchools, value));
    case Vocabulary::gender: return std::string(lookup(kGenders, value));
    case Vocabulary::items: return list_value(value, item_value);
    case Vocabulary::must: return list_value(value, must_value);
    case Vocabulary::reasons: return list_value(value, reason_value);
    case Vocabulary::message: return zh_message(value);
    case Vocabulary::first_column: return value == "total" ? std::string("合计") : std::string(value);
  }
  return std::string(value);
}

}  // namespace

std::string zh_value(std::string_view column, std::string_view value) {
  return translate(vocabulary_of(column), value);
}

std::string_view zh_code(std::string_view code) { return lookup(kCodes, code); }
std::string_view zh_severity(std::string_view severity) { return lookup(kSeverities, severity); }
std::string_view zh_measure(std::string_view measure) { return lookup(kMeasures, measure); }

namespace {

// Translates each cell by its column's vocabulary, then hands the row on.
class TranslatingWriter : public TableWriter {
 public:
  explicit TranslatingWriter(std::unique_ptr<TableWriter> inner) : inner_(std::move(inner)) {}
  void begin(const std::vector<Column>& columns) override {
    vocabularies_.clear();
    for (const Column& c : columns) vocabularies_.push_back(vocabulary_of(c.name));
    inner_->begin(columns);
  }
  void row(const std::vector<std::string>& cells) override {
    translated_.resize(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i)
      translated_[i] = i < vocabularies_.size() && vocabularies_[i] != Vocabulary::none
                           ? translate(vocabularies_[i], cells[i])
                           : cells[i];
    inner_->row(translated_);
  }
  void end() override { inner_->end(); }

 private:
  std::unique_ptr<TableWriter> inner_;
  std::vector<Vocabulary> vocabularies_;
  std::vector<std::string> translated_;
};

}  // namespace

std::unique_ptr<TableWriter> translating_writer(std::unique_ptr<TableWriter> inner) {
  return std::make_unique<TranslatingWriter>(std::move(inner));
}

}  // namespace jiedui::out
