#include "ledger/vocab.hpp"

#include <array>
#include <vector>

namespace jiedui::ledger {
namespace {

struct Names {
  std::string_view code;
  std::vector<std::string_view> aliases;
};

// SPEC §3, in its order.
const std::array<Names, kCategoryCount> kCategories = {{
    {"orphan", {"孤儿"}},
    {"unsupported_child", {"事实无人抚养儿童"}},
    {"disabled", {"困难重度残疾人", "重度残疾人"}},
    {"extremely_poor", {"特困人员", "特困家庭", "分散供养特困人员", "特困供养人员", "集中供养特困人员", "城市分散供养特困人员",
                        "农村分散供养特困人员", "城市三无人员"}},
    {"elderly_alone", {"独居老人", "空巢老人", "留守老人", "独居老年人"}},
    {"left_behind_child", {"农村留守儿童", "留守儿童"}},
    {"dibao", {"低保对象", "低保人员"}},
    {"near_dibao", {"低保边缘对象", "低保边缘人员"}},
    {"needy_disabled", {"困难残疾人", "重病患者"}},
    {"care_deficit", {"赡养抚养缺失人员", "赡养、抚养缺失或照护不到位人员", "赡养抚养缺失或照护不到位人员"}},
    {"child_in_difficulty", {"困境儿童"}},
    {"homeless", {"生活无着流浪乞讨人员"}},
}};

// SPEC §1 visits.csv: 线上 contact modes, then 现场 visit modes.
const std::array<Names, 7> kModes = {{
    {"phone", {"电话"}},
    {"sms", {"短信"}},
    {"wechat", {"微信"}},
    {"letter", {"书信"}},
    {"home", {"家庭", "入户", "入户走访", "家庭走访"}},
    {"institution", {"机构", "机构走访"}},
    {"other", {"其他"}},
}};

// Role order; the first Chinese name is the one printed.
const std::array<Names, kRoleCount> kRoles = {{
    {"cadre", {"结对干部", "包保责任人"}},
    {"helper", {"关爱帮扶联系人", "联系人"}},
    {"teacher", {"教师", "送教助学"}},
    {"medic", {"医护人员", "送医助残"}},
    {"counselor", {"心理咨询师", "社会工作者", "心理抚慰"}},
    {"village", {"驻村干部", "村社干部", "基层工作人员"}},
}};

const std::array<Names, 4> kMusts = {{
    {"hospital", {"重症住院"}},
    {"dropout", {"辍学或待业", "辍学", "待业"}},
    {"disaster", {"意外灾害"}},
    {"bereavement", {"家人去世"}},
}};

// The boxes of the work-record form (《甘肃省结对关爱孤儿行动工作记录表》 and its
// sisters) that visits.csv's items column names by code; the first Chinese
// name is the one printed (the card, the 15th-of-month file, --lang zh).
const std::array<Names, 8> kItems = {{
    {"talk", {"联系交流"}},
    {"study", {"引导学习"}},
    {"health", {"关心身心健康", "身心健康"}},
    {"safety", {"排查安全隐患", "安全隐患"}},
    {"guardian", {"督促落实监护责任", "监护责任"}},
    {"gift", {"赠送物品"}},
    {"policy", {"宣传落实政策", "落实政策"}},
    {"outing", {"团聚或户外活动"}},
}};

// The policy-list columns, in enum order after `unknown`/`none`.
const std::array<Names, 2> kResidences = {{
    {"urban", {"城市", "城镇"}},
    {"rural", {"农村"}},
}};
const std::array<Names, 3> kSelfCares = {{
    {"full", {"全自理"}},
    {"partial", {"半护理", "半失能", "部分自理"}},
    {"none", {"全护理", "失能", "完全不能自理"}},
}};
const std::array<Names, 5> kSchools = {{
    {"preschool", {"学前", "幼儿园"}},
    {"compulsory", {"义务教育", "小学", "初中"}},
    {"highschool", {"普通高中", "高中"}},
    {"vocational", {"中职", "中等职业学校"}},
    {"college", {"高校", "大学", "大专", "本科", "高职"}},
}};

template <std::size_t N>
std::optional<std::size_t> lookup(const std::array<Names, N>& table, std::string_view text) {
  const std::string_view t = trim(text);
  for (std::size_t i = 0; i < N; ++i) {
    if (iequals_ascii(t, table[i].code)) return i;
    for (std::string_view alias : table[i].aliases)
      if (t == alias) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string_view trim_ends(std::string_view s) {
  static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.substr(0, 3) == kIdeographicSpace) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace) s.remove_suffix(3);
    else break;
  }
  return s;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::optional<Category> parse_category(std::string_view text) {
  if (auto i = lookup(kCategories, text)) return static_cast<Category>(*i);
  return std::nullopt;
}
std::string_view category_code(Category c) { return kCategories[static_cast<std::size_t>(c)].code; }
std::string_view category_chinese(Category c) { return *kCategories[static_cast<std::size_t>(c)].aliases.begin(); }

std::optional<Mode> parse_mode(std::string_view text) {
  if (auto i = lookup(kModes, text)) return static_cast<Mode>(*i);
  return std::nullopt;
}
std::string_view mode_code(Mode m) { return kModes[static_cast<std::size_t>(m)].code; }
std::string_view mode_chinese(Mode m) { return *kModes[static_cast<std::size_t>(m)].aliases.begin(); }

std::optional<Gender> parse_gender(std::string_view text) {
  const std::string_view t = trim(text);
  if (t == "男" || iequals_ascii(t, "m") || iequals_ascii(t, "male")) return Gender::male;
  if (t == "女" || iequals_ascii(t, "f") || iequals_ascii(t, "female")) return Gender::female;
  return std::nullopt;
}
std::string_view gender_chinese(Gender g) { return g == Gender::male ? "男" : g == Gender::female ? "女" : ""; }

// SPEC §5 "Status values".
std::optional<RecipientStatus> parse_recipient_status(std::string_view text) {
  const std::string_view t = trim(text);
  if (iequals_ascii(t, "active") || t == "在册" || t == "正常") return RecipientStatus::active;
  if (iequals_ascii(t, "exited") || t == "退出") return RecipientStatus::exited;
  return std::nullopt;
}

std::optional<CadreStatus> parse_cadre_status(std::string_view text) {
  const std::string_view t = trim(text);
  if (iequals_ascii(t, "active") || t == "在岗") return CadreStatus::active;
  if (iequals_ascii(t, "retired") || t == "退休") return CadreStatus::retired;
  if (iequals_ascii(t, "left") || t == "调离" || t == "离职") return CadreStatus::left;
  return std::nullopt;
}
std::string_view cadre_status_code(CadreStatus s) {
  return s == CadreStatus::active ? "active" : s == CadreStatus::retired ? "retired" : "left";
}

std::optional<Role> parse_role(std::string_view text) {
  if (auto i = lookup(kRoles, text)) return static_cast<Role>(*i);
  return std::nullopt;
}
std::string_view role_code(Role role) { return kRoles[static_cast<std::size_t>(role)].code; }
std::string_view role_chinese(Role role) { return kRoles[static_cast<std::size_t>(role)].aliases.front(); }

std::optional<std::string_view> parse_setting(std::string_view text) {
  const std::string_view t = trim(text);
  if (iequals_ascii(t, "scattered") || t == "社会散居" || t == "分散供养" || t == "散居") return "scattered";
  if (iequals_ascii(t, "institution") || t == "机构养育" || t == "集中供养" || t == "机构") return "institution";
  return std::nullopt;
}

std::optional<std::string_view> parse_must(std::string_view text) {
  if (auto i = lookup(kMusts, text)) return kMusts[*i].code;
  return std::nullopt;
}

std::string_view must_chinese(std::string_view code) {
  for (const Names& n : kMusts)
    if (n.code == code) return n.aliases.front();
  return code;
}

std::optional<std::string_view> parse_item(std::string_view text) {
  if (auto i = lookup(kItems, text)) return kItems[*i].code;
  return std::nullopt;
}

std::string_view item_chinese(std::string_view code) {
  for (const Names& n : kItems)
    if (n.code == code) return n.aliases.front();
  return code;
}

std::string map_list(std::string_view list, std::string_view (*one)(std::string_view)) {
  std::string out;
  while (true) {
    const std::size_t semi = list.find(';');
    const std::string_view part = trim(list.substr(0, semi));
    if (!part.empty()) {
      if (!out.empty()) out += ';';
      out.append(one(part));
    }
    if (semi == std::string_view::npos) break;
    list.remove_prefix(semi + 1);
  }
  return out;
}

std::optional<std::string_view> parse_disability_type(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kTypes = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"};
  const std::string_view t = trim(text);
  for (std::string_view type : kTypes)
    if (t == type || (t.starts_with(type) && t.substr(type.size()) == "残疾")) return type;  // 肢体 or 肢体残疾
  return std::nullopt;
}

std::optional<int> parse_disability_grade(std::string_view text) {
  const std::string level = normalize_level(text);
  if (level.size() == 1 && level[0] >= '1' && level[0] <= '4') return level[0] - '0';
  return std::nullopt;
}

namespace {

// The policy columns' enums: 0 is an empty cell, 1.. the table's rows, and a
// value past the table an unreadable cell the loader kept ("other").
template <typename E, std::size_t N>
std::optional<E> parse_optional_enum(const std::array<Names, N>& table, std::string_view text) {
  if (auto i = lookup(table, text)) return static_cast<E>(*i + 1);
  return std::nullopt;
}
template <typename E, std::size_t N>
std::string_view optional_enum_code(const std::array<Names, N>& table, E value) {
  const auto i = static_cast<std::size_t>(value);
  return i == 0 ? "" : i <= N ? table[i - 1].code : "other";
}

}  // namespace

std::optional<Residence> parse_residence(std::string_view text) {
  return parse_optional_enum<Residence>(kResidences, text);
}
std::string_view residence_code(Residence r) { return optional_enum_code(kResidences, r); }
std::optional<SelfCare> parse_self_care(std::string_view text) {
  return parse_optional_enum<SelfCare>(kSelfCares, text);
}
std::string_view self_care_code(SelfCare s) { return optional_enum_code(kSelfCares, s); }
std::optional<School> parse_school(std::string_view text) {
  return parse_optional_enum<School>(kSchools, text);
}
std::string_view school_code(School s) { return optional_enum_code(kSchools, s); }

std::optional<int> parse_dibao_class(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kClasses = {"一类", "二类", "三类", "四类"};
  const std::string_view t = trim(text);
  if (t.size() == 1 && t[0] >= '1' && t[0] <= '4') return t[0] - '0';
  for (std::size_t i = 0; i < kClasses.size(); ++i)
    if (t == kClasses[i]) return static_cast<int>(i) + 1;
  return std::nullopt;
}

std::string normalize_level(std::string_view level) {
  static constexpr std::array<std::string_view, 9> kDigits = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string_view t = trim(level);
  if (t.size() > 3 && t.substr(t.size() - 3) == "级") t.remove_suffix(3);
  if (t.size() == 1 && t[0] >= '0' && t[0] <= '9') return std::string(t);
  for (std::size_t i = 0; i < kDigits.size(); ++i)
    if (t == kDigits[i]) return std::string(1, static_cast<char>('1' + i));
  return std::string(trim(level));
}

}  // namespace jiedui::ledger
