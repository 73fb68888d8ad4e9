#pragma once
// `report subsidy`: what the street office transfers for its helpers
// (《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》四(二), 协议书五: 包保一级
// 对象的关爱帮扶联系人予以200元/月的补助，包保二级、三级对象的…300元/月；补助资金
// 凭督查通报由街道按季度拨付到村、社), less what the strikes withhold (两次扣当月
// 奖励资金、三次终止帮扶协议). Amounts are integer fen.
#include <cstdint>
#include <vector>

#include "audit/period.hpp"
#include "audit/strikes.hpp"
#include "ledger/config.hpp"
#include "ledger/ledger.hpp"
#include "report/district_report.hpp"
#include "report/report_tables.hpp"

namespace jiedui::report {

enum class SubsidyStatus : std::uint8_t { paid, withheld, terminated };
std::string_view subsidy_status_name(SubsidyStatus status);

// One helper pairing in one calendar month.
struct SubsidyRow {
  std::uint32_t pairing = 0;  // index into Ledger::pairings (role helper)
  date::year_month month{};
  std::int64_t days = 0;  // of the month ∩ the pairing ∩ [p0, min(p1, T)]
  std::int64_t standard_fen = 0;  // a month's subsidy for the recipient's level
  std::int64_t amount_fen = 0;  // round-half-up(standard × days / days of the month); 0 unless paid
  SubsidyStatus status = SubsidyStatus::paid;
  std::int64_t strikes = 0;  // the pairing's strikes dated ≤ min(last day of the month, T)
};

// Every helper pairing of a recipient of level 1, 2 or 3, for every month
// that meets the period and begins on or before T, with at least one day;
// sorted by city, county, township, village, helper id, recipient id, month
// (then the pairing's start and line, for overlapping pairings).
std::vector<SubsidyRow> subsidy_rows(const ledger::Ledger& ledger, const audit::StrikeBook& strikes,
                                     const audit::Period& period, ledger::Day as_of,
                                     const ledger::SubsidyStandards& standards);

// city, county, township, village, helper, helper_name, recipient,
// recipient_name, level, month, days, standard, amount, status, strikes;
// then `total` summing days and amount.
Table subsidy_table(const ledger::Ledger& ledger, const std::vector<SubsidyRow>& rows);

// Per district of the rows (down to `level`): helpers (distinct), months
// (rows), withheld, terminated (rows of those statuses), amount; then `total`
// (helpers distinct over all).
Table subsidy_district_table(const ledger::Ledger& ledger, const std::vector<SubsidyRow>& rows, DistrictLevel level);

}  // namespace jiedui::report
