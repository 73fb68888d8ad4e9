#pragma once
// `report entitlements --by LEVEL`: per district and benefit, the counts of
// `jiedui entitle` on the report day, and the money a month the missing and
// short payments come to: what a county bureau sends to each department.
#include "entitle/received.hpp"
#include "entitle/standards.hpp"
#include "ledger/ledger.hpp"
#include "report/district_report.hpp"
#include "report/report_tables.hpp"

namespace jiedui::report {

// The district path down to `level`, benefit, benefit_name, department,
// eligible (recipients active on `day` eligible for it), received (of those,
// with a benefits row active on the day), missing (eligible, none), short
// (received below the standard), undecided, missing_monthly (yuan a month:
// the standard of each missing payment plus the shortfall of each short one;
// a yearly benefit counts a twelfth, round-half-up to the fen; in kind and
// amounts set locally count nothing). Rows with nobody eligible or undecided
// are left out; a `total` row per benefit follows the districts.
Table entitlement_table(const ledger::Ledger& ledger, const entitle::Standards& standards,
                        const entitle::ReceivedLedger& received, ledger::Day day, DistrictLevel level);

}  // namespace jiedui::report
