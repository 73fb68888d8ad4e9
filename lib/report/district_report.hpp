#pragma once
// `report districts` (SPEC §6): the statistics seed 003 publishes, per
// district of the recipients, computed from the audit's result (its
// compliance statuses and its per-recipient record sums), never by counting
// records a second time.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::report {

// How far down the district path rows go: `--by county` gives rows keyed by
// (city, county).
enum class DistrictLevel : std::uint8_t { city, county, township, village };

std::optional<DistrictLevel> parse_district_level(std::string_view name);  // "county" → county
std::string_view district_level_name(DistrictLevel level);
// city, county, … down to `level`: the key columns of the report.
std::vector<std::string> district_columns(DistrictLevel level);
// A district's path down to `level` (city, county, …): the key of its row.
std::vector<std::string> district_path(const ledger::District& d, DistrictLevel level);

struct DistrictRow {
  std::vector<std::string> path;  // city, county, … down to the level; the total row: {"total", "", …}
  std::int64_t recipients = 0;  // active on R
  std::array<std::int64_t, ledger::kCategoryCount> by_category{};  // of those, per category (SPEC §3 order)
  std::int64_t paired = 0;  // of those, with a pairing active on R
  std::int64_t cadres = 0;  // distinct cadres of those pairings
  audit::RecordTotals records;  // records dated in P and ≤ T, by the recipient's district
  std::int64_t pairings = 0;  // pairings active in P that have rules
  std::int64_t pairings_met = 0;  // of those, met or on_track on T
};

struct DistrictReport {
  DistrictLevel level = DistrictLevel::county;
  ledger::Day report_day{};  // R = min(p1, T)
  // Categories with at least one recipient active on R anywhere: one column each.
  std::vector<ledger::Category> categories;
  std::vector<DistrictRow> rows;  // sorted by path, plain UTF-8 byte order
  DistrictRow total;  // the sums of rows, but cadres counted distinct
};

// Every district of the ledger's recipients has a row, even one whose
// recipients have all exited (its counts are then 0).
DistrictReport make_district_report(const ledger::Ledger& ledger, const audit::AuditOptions& options,
                                    const audit::AuditResult& result, DistrictLevel level);

// numerator / denominator in tenths of a per cent, exact round-half-up
// (⌊(2000·n + d) / 2d⌋); nullopt when the denominator is 0.
std::optional<std::int64_t> percent_tenths(std::int64_t numerator, std::int64_t denominator);

// numerator / denominator in per cent with one decimal, exact round-half-up
// (2 of 3 → "66.7"); "" when the denominator is 0 (SPEC §6).
std::string percent_text(std::int64_t numerator, std::int64_t denominator);

// Fen as yuan with two decimals: 123456 → "1234.56".
std::string yuan_text(std::int64_t fen);

}  // namespace jiedui::report
