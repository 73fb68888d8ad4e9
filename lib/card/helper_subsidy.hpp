#pragma once
// The monthly subsidy of a 关爱帮扶联系人, by the level of the recipient they
// care for: 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》四(二) and
// its 协议书 五: "包保一级对象的关爱帮扶联系人予以 200 元/月的补助，包保二级、
// 三级对象的关爱帮扶联系人予以 300 元/月的补助". jiedui.toml's [subsidy]
// section (level1, level2, level3, in yuan) changes the amounts.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "ledger/config.hpp"

namespace jiedui::card {

struct HelperSubsidy {
  std::array<std::int64_t, 3> fen = {20000, 30000, 30000};  // levels 1, 2, 3

  // The amounts of `config` ([subsidy] level1 … level3). Throws InputError
  // naming jiedui.toml's line for a value that is not yuan (≥ 0, at most 2
  // decimals).
  static HelperSubsidy from(const ledger::Config& config);
  // The fen a month for a normalised level ("1", "2", "3"); nullopt for any
  // other level (no subsidy is set for it).
  std::optional<std::int64_t> for_level(std::string_view level) const;
};

}  // namespace jiedui::card
