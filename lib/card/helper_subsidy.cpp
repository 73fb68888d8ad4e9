#include "card/helper_subsidy.hpp"

#include <fmt/format.h>

#include "ledger/money.hpp"

namespace jiedui::card {

HelperSubsidy HelperSubsidy::from(const ledger::Config& config) {
  HelperSubsidy subsidy;
  for (std::size_t i = 0; i < subsidy.fen.size(); ++i) {
    const std::string key = fmt::format("level{}", i + 1);
    const std::optional<std::string> value = config.get("subsidy", key);
    if (!value) continue;
    const std::optional<std::int64_t> fen = ledger::parse_fen(*value);
    if (!fen || *fen > ledger::kMaxFundsFen)
      throw config.bad_value("subsidy", key, fmt::format("'{}' is not an amount of yuan (e.g. 300)", *value));
    subsidy.fen[i] = *fen;
  }
  return subsidy;
}

std::optional<std::int64_t> HelperSubsidy::for_level(std::string_view level) const {
  if (level.size() == 1 && level[0] >= '1' && level[0] <= '3') return fen[static_cast<std::size_t>(level[0] - '1')];
  return std::nullopt;
}

}  // namespace jiedui::card
