#include "report/district_report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace jiedui::report {

namespace {

constexpr std::string_view kLevelNames[] = {"city", "county", "township", "village"};

}  // namespace

std::optional<DistrictLevel> parse_district_level(std::string_view name) {
  for (int i = 0; i < 4; ++i)
    if (kLevelNames[i] == name) return static_cast<DistrictLevel>(i);
  return std::nullopt;
}

std::string_view district_level_name(DistrictLevel level) { return kLevelNames[static_cast<int>(level)]; }

std::vector<std::string> district_columns(DistrictLevel level) {
  std::vector<std::string> columns;
  for (int i = 0; i <= static_cast<int>(level); ++i) columns.emplace_back(kLevelNames[i]);
  return columns;
}

DistrictReport make_district_report(const ledger::Ledger& ledger, const audit::AuditOptions& options,
                                    const audit::AuditResult& result, DistrictLevel level) {
  DistrictReport report;
  report.level = level;
  report.report_day = std::min(options.period.to, options.as_of);
  const ledger::Day r_day = report.report_day;

  // std::map orders the paths by std::string's <, which is plain byte order.
  std::map<std::vector<std::string>, DistrictRow> rows;
  std::map<std::vector<std::string>, std::set<std::uint32_t>> cadres_of;
  std::set<std::uint32_t> all_cadres;
  const auto row_of = [&](const ledger::Recipient& r) -> DistrictRow& {
    std::vector<std::string> path = district_path(ledger.district_of(r), level);
    DistrictRow& row = rows[path];
    if (row.path.empty()) row.path = std::move(path);
    return row;
  };

  for (std::uint32_t i = 0; i < ledger.recipients.size(); ++i) {
    const ledger::Recipient& r = ledger.recipients[i];
    DistrictRow& row = row_of(r);
    if (i < result.records_by_recipient.size()) row.records += result.records_by_recipient[i];
    if (!r.active_on(r_day)) continue;
    ++row.recipients;
    ++row.by_category[static_cast<int>(r.category)];
    if (const auto pairing = ledger.active_pairing(i, r_day)) {
      ++row.paired;
      const std::uint32_t cadre = ledger.pairings[*pairing].cadre;
      cadres_of[row.path].insert(cadre);
      all_cadres.insert(cadre);
    }
  }
  for (std::uint32_t p = 0; p < ledger.pairings.size(); ++p) {
    const std::optional<audit::Status>& status = result.compliance.pairing_status[p];
    if (!status) continue;  // not active in P, or no rule
    DistrictRow& row = row_of(ledger.recipients[ledger.pairings[p].recipient]);
    ++row.pairings;
    if (*status == audit::Status::met || *status == audit::Status::on_track) ++row.pairings_met;
  }

  report.total.path.assign(static_cast<std::size_t>(level) + 1, "");
  report.total.path[0] = "total";
  for (auto& [path, row] : rows) {
    row.cadres = static_cast<std::int64_t>(cadres_of[path].size());
    report.total.recipients += row.recipients;
    for (int c = 0; c < ledger::kCategoryCount; ++c) report.total.by_category[c] += row.by_category[c];
    report.total.paired += row.paired;
    report.total.records += row.records;
    report.total.pairings += row.pairings;
    report.total.pairings_met += row.pairings_met;
    report.rows.push_back(std::move(row));
  }
  // One cadre may be paired in two districts: the total counts them once.
  report.total.cadres = static_cast<std::int64_t>(all_cadres.size());
  for (int c = 0; c < ledger::kCategoryCount; ++c)
    if (report.total.by_category[c] > 0) report.categories.push_back(static_cast<ledger::Category>(c));
  return report;
}

std::optional<std::int64_t> percent_tenths(std::int64_t numerator, std::int64_t denominator) {
  if (denominator <= 0) return std::nullopt;
  return (2000 * numerator + denominator) / (2 * denominator);
}

std::string percent_text(std::int64_t numerator, std::int64_t denominator) {
  const std::optional<std::int64_t> tenths = percent_tenths(numerator, denominator);
  if (!tenths) return "";
  return fmt::format("{}.{}", *tenths / 10, *tenths % 10);
}

std::string yuan_text(std::int64_t fen) {
  const char* sign = fen < 0 ? "-" : "";
  const std::int64_t magnitude = fen < 0 ? -fen : fen;
  return fmt::format("{}{}.{:02}", sign, magnitude / 100, magnitude % 100);
}

std::vector<std::string> district_path(const ledger::District& d, DistrictLevel level) {
  const std::string* parts[] = {&d.city, &d.county, &d.township, &d.village};
  std::vector<std::string> path;
  for (int i = 0; i <= static_cast<int>(level); ++i) path.push_back(*parts[i]);
  return path;
}

}  // namespace jiedui::report
