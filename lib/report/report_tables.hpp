#pragma once
// The three reports of SPEC §6 as tables of already-formatted cells, ready for
// out::TableWriter: the columns with their kinds, then one row per line. The
// numbers come from the audit's result only (AuditResult), so a report and
// an audit of the same period never disagree.
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "ledger/ledger.hpp"
#include "out/table_writer.hpp"
#include "report/district_report.hpp"

namespace jiedui::report {

struct Table {
  std::vector<out::Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// The district path down to the report's level, recipients, one count per
// category present (by code, SPEC §3 order), paired, coverage, cadres,
// contacts, visits, policies, difficulties, deeds, funds, escalated,
// pairings, pairings_met, compliance; the total row last.
Table district_table(const DistrictReport& report);

// What the html page draws above the table: coverage and compliance per
// district (not the total row), labelled by the district's own name.
out::BarChart district_chart(const DistrictReport& report, out::Lang lang);

// One row per cadre with a pairing active in P: the cadre's district and
// unit, pairings (active in P), pairings_met (met or on_track on T), then
// <measure>_required and <measure>_done summed over its pairings for each
// measure of the rules in effect (contacts, visits, any, help order), and
// status (the worst of its pairings that have rules; empty if none has).
// Sorted by city, county, township, cadre id.
Table cadre_table(const ledger::Ledger& ledger, const audit::AuditOptions& options,
                  const audit::AuditResult& result);

// One row per pairing and rule (SPEC §5 numbers): the recipient's district,
// recipient, category, cadre, the pairing's start and end, the rule's
// measure, per and min, required and done (sums over every bucket meeting
// W), W as from/to, the last qualifying record, status. Sorted by district,
// recipient, start, then the rule's order.
Table pairing_table(const ledger::Ledger& ledger, const audit::AuditResult& result);

}  // namespace jiedui::report
