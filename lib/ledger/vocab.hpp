#pragma once
// The closed vocabularies of SPEC §1 and §3: English codes and their Chinese
// names, as data officers write them.
#include <optional>
#include <string>
#include <string_view>

#include "ledger/model.hpp"

namespace jiedui::ledger {

std::optional<Category> parse_category(std::string_view text);
std::string_view category_code(Category category);
std::string_view category_chinese(Category category);  // first Chinese name of §3

std::optional<Mode> parse_mode(std::string_view text);
std::string_view mode_code(Mode mode);
std::string_view mode_chinese(Mode mode);

std::optional<Gender> parse_gender(std::string_view text);  // 男/女/M/F/male/female
std::string_view gender_chinese(Gender gender);  // 男/女/""

// cadre helper teacher medic counselor village, or a Chinese name
// (结对干部, 包保责任人, 关爱帮扶联系人, 联系人, 教师 …: jiedui-ledger(5)).
std::optional<Role> parse_role(std::string_view text);
std::string_view role_code(Role role);
std::string_view role_chinese(Role role);  // 结对干部, 关爱帮扶联系人, 教师, 医护人员, 心理咨询师, 驻村干部

std::optional<RecipientStatus> parse_recipient_status(std::string_view text);
std::optional<CadreStatus> parse_cadre_status(std::string_view text);
std::string_view cadre_status_code(CadreStatus status);

// "scattered" / "institution" (or their Chinese names); returns the code.
std::optional<std::string_view> parse_setting(std::string_view text);
// hospital / dropout / disaster / bereavement (or Chinese); returns the code.
std::optional<std::string_view> parse_must(std::string_view text);
std::string_view must_chinese(std::string_view code);  // hospital → 重症住院; other text as it is
// The items boxes of the work-record form: talk 联系交流, study 引导学习, health
// 关心身心健康, safety 排查安全隐患, guardian 督促落实监护责任, gift 赠送物品,
// policy 宣传落实政策, outing 团聚或户外活动 (the code or a Chinese name → the code).
std::optional<std::string_view> parse_item(std::string_view text);
std::string_view item_chinese(std::string_view code);  // talk → 联系交流; other text as it is
// A `;`-list with each trimmed, non-empty element mapped by `one`, joined by `;`.
std::string map_list(std::string_view list, std::string_view (*one)(std::string_view));
std::optional<std::string_view> parse_disability_type(std::string_view text);  // the Chinese word
std::optional<int> parse_disability_grade(std::string_view text);  // 1–4, 一级…四级

// The policy-list columns of recipients.csv (jiedui(1)): the English
// code or a Chinese name; the code names are what the standards table uses.
std::optional<Residence> parse_residence(std::string_view text);  // urban 城市 城镇, rural 农村
std::string_view residence_code(Residence residence);  // "" for unknown
std::optional<SelfCare> parse_self_care(std::string_view text);  // full, partial, none (全自理 …)
std::string_view self_care_code(SelfCare self_care);
std::optional<School> parse_school(std::string_view text);  // preschool … college (学前, 义务教育 …)
std::string_view school_code(School school);  // "" for none
std::optional<int> parse_dibao_class(std::string_view text);  // 1–4, 一类…四类

// SPEC §4: 一级 / 1级 / 1 (and 二, 三 …) → "1"; other values trimmed.
std::string normalize_level(std::string_view level);

// Spaces, tabs and full-width spaces (U+3000, E3 80 80) at either end. Most
// cells have none: two byte tests, inline, tell so.
std::string_view trim_ends(std::string_view text);
inline std::string_view trim(std::string_view text) {
  if (text.empty()) return text;
  const char first = text.front(), last = text.back();
  if (first != ' ' && first != '\t' && first != '\xE3' && last != ' ' && last != '\t' && last != '\x80') return text;
  return trim_ends(text);
}
bool iequals_ascii(std::string_view a, std::string_view b);

}  // namespace jiedui::ledger
