#include "ledger/money.hpp"

#include <fmt/format.h>

#include <limits>

#include "error.hpp"

namespace jiedui::ledger {

std::optional<std::uint32_t> parse_count(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  std::uint32_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return n;
}

std::optional<std::int64_t> parse_fen(std::string_view text) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 12 || frac.size() > 2) return std::nullopt;
  if (dot != std::string_view::npos && frac.empty()) return std::nullopt;
  std::int64_t fen = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    fen = fen * 10 + (c - '0');
  }
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < frac.size() ? frac[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    fen = fen * 10 + (c - '0');
  }
  return fen;
}

std::string format_yuan(std::int64_t fen) {
  const char* sign = fen < 0 ? "-" : "";
  const std::int64_t a = fen < 0 ? -fen : fen;
  return fmt::format("{}{}.{:02}", sign, a / 100, a % 100);
}

void add_checked(std::int64_t& total, std::int64_t amount, std::string_view what) {
  std::int64_t sum = 0;  // not into total: on overflow the builtin stores the wrapped value
  if (__builtin_add_overflow(total, amount, &sum))
    throw TotalError(fmt::format("the {} total is larger than a 64-bit sum can hold ({}); no total is printed "
                                 "rather than a wrong one (`jiedui check` finds the cells that cannot be right)",
                                 what, std::numeric_limits<std::int64_t>::max()));
  total = sum;
}

}  // namespace jiedui::ledger
