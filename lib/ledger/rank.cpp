#include "ledger/rank.hpp"

#include <array>
#include <stdexcept>

#include "ledger/vocab.hpp"

namespace jiedui::ledger {
namespace {

using sv = std::string_view;

// Long forms per rank. 正县级 and 正处级 are the same rank (县处级正职) in
// county and in city and provincial organs; likewise 正科级/正乡级 and
// 正厅级/正局级.
constexpr std::array<sv, 2> kProvinceChief = {"正部级", "正省级"};
constexpr std::array<sv, 2> kProvinceDeputy = {"副部级", "副省级"};
constexpr std::array<sv, 2> kBureauChief = {"正厅级", "正局级"};
constexpr std::array<sv, 2> kBureauDeputy = {"副厅级", "副局级"};
constexpr std::array<sv, 1> kInspector1 = {"一级巡视员"};
constexpr std::array<sv, 1> kInspector2Province = {"省管二级巡视员"};
constexpr std::array<sv, 1> kInspector2 = {"二级巡视员"};
constexpr std::array<sv, 2> kCountyChief = {"正县级", "正处级"};
constexpr std::array<sv, 2> kCountyDeputy = {"副县级", "副处级"};
constexpr std::array<sv, 1> kResearcher1 = {"一级调研员"};
constexpr std::array<sv, 1> kResearcher2 = {"二级调研员"};
constexpr std::array<sv, 1> kResearcher3 = {"三级调研员"};
constexpr std::array<sv, 1> kResearcher4 = {"四级调研员"};
constexpr std::array<sv, 2> kTownshipChief = {"正科级", "正乡级"};
constexpr std::array<sv, 2> kTownshipDeputy = {"副科级", "副乡级"};
constexpr std::array<sv, 0> kNone = {};

const std::array<RankName, 21> kRanks = {{
    {"省部级正职", kProvinceChief},
    {"省部级副职", kProvinceDeputy},
    {"厅局级正职", kBureauChief},
    {"厅局级副职", kBureauDeputy},
    {"一巡", kInspector1},
    {"省管二巡", kInspector2Province},
    {"二巡", kInspector2},
    {"县处级正职", kCountyChief},
    {"县处级副职", kCountyDeputy},
    {"一调", kResearcher1},
    {"二调", kResearcher2},
    {"三调", kResearcher3},
    {"四调", kResearcher4},
    {"乡科级正职", kTownshipChief},
    {"乡科级副职", kTownshipDeputy},
    {"一级主任科员", kNone},
    {"二级主任科员", kNone},
    {"三级主任科员", kNone},
    {"四级主任科员", kNone},
    {"一级科员", kNone},
    {"二级科员", kNone},
}};

}  // namespace

std::span<const RankName> ranks() { return kRanks; }

std::optional<int> parse_rank(std::string_view text) {
  const sv t = trim(text);
  if (t.empty()) return std::nullopt;
  for (std::size_t i = 0; i < kRanks.size(); ++i) {
    if (t == kRanks[i].name) return static_cast<int>(i);
    for (sv alias : kRanks[i].aliases)
      if (t == alias) return static_cast<int>(i);
  }
  return std::nullopt;
}

int rank_index(std::string_view canonical_name) {
  for (std::size_t i = 0; i < kRanks.size(); ++i)
    if (kRanks[i].name == canonical_name) return static_cast<int>(i);
  throw std::logic_error("not a rank");
}

std::string accepted_ranks() {
  std::string text;
  for (const RankName& r : kRanks) {
    if (!text.empty()) text += ", ";
    text += r.name;
  }
  return text;
}

}  // namespace jiedui::ledger
