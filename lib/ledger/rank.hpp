#pragma once
// 职务职级: the ranks of the work-record form (甘肃省结对关爱行动联系卡, 干部
// 信息栏), highest first, with the long forms of the civil-service rank table
// that data officers also write (一级调研员 for 一调, 正处级 for 县处级正职 …).
// Matching ranks cadres by it (leaders with orphans, 职务较高 for households),
// so a misspelt rank is worth a warning: it would silently change who is
// proposed.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jiedui::ledger {

struct RankName {
  std::string_view name;  // as on the form (the canonical spelling)
  std::span<const std::string_view> aliases;
};

// Every rank, highest first: a rank's index is its order (0 = 省部级正职).
std::span<const RankName> ranks();

// The index of `text` (trimmed) in ranks(), by name or alias; nullopt when
// it is on neither list (an empty text included).
std::optional<int> parse_rank(std::string_view text);

// Landmarks of matching's cost: a rank below 县处级副职 is not a leader for an
// orphan (《和政县结对关爱行动实施方案》六.1); below 乡科级副职, not 职务较高
// for a household of several (六.4).
int rank_index(std::string_view canonical_name);  // throws std::logic_error when unknown
inline constexpr int kRankCountyDeputy = 8;  // 县处级副职
inline constexpr int kRankTownshipDeputy = 14;  // 乡科级副职

// "省部级正职, 省部级副职, …, 二级科员": the accepted names for a message.
std::string accepted_ranks();

}  // namespace jiedui::ledger
