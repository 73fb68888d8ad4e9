#pragma once
// Counts and money as the work-record form writes them: whole numbers ≥ 0,
// and yuan with at most 2 decimals, kept as integer fen (never a float).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jiedui::ledger {

std::optional<std::uint32_t> parse_count(std::string_view text);  // "0".."999999999"
std::optional<std::int64_t> parse_fen(std::string_view yuan);  // "12.5" → 1250
std::string format_yuan(std::int64_t fen);  // 1250 → "12.50"

}  // namespace jiedui::ledger
