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

// The most one work record's 资助资金 may hold: 99,999,999.99 yuan (under
// 一亿元). A larger cell is a typing error (digits of an ID or account in
// the funds column), a bad-value, not money to add up.
inline constexpr std::int64_t kMaxFundsFen = 9'999'999'999;

// total += amount, for every sum of amounts and counts: past what an int64
// holds it throws TotalError naming `what` ("funds"), never wraps round to a
// wrong (negative) number.
void add_checked(std::int64_t& total, std::int64_t amount, std::string_view what);

}  // namespace jiedui::ledger
