#pragma once
// Findings from the compliance numbers: `<measure>-missed` / `<measure>-behind`
// (one row per pairing and rule) and `gap-exceeded` / `overdue` (SPEC §5).
#include <vector>

#include "audit/compliance.hpp"
#include "audit/finding.hpp"

namespace jiedui::audit {

// Appends to `out`. Rows carry the pairing's cadre and the rule's measure and
// per; missed/behind have required/done summed over all buckets meeting W and
// from/to = W; gap rows have required = max_gap, done = the interval's
// length, from/to = its two ends.
void add_compliance_findings(const ledger::Ledger& ledger, const ComplianceResult& compliance,
                             std::vector<Finding>& out);

// "1 contact", "4 contacts", "1 contact or visit" … for detail text.
std::string measure_noun(rules::Measure measure, std::int64_t count);
// "a week", "a half-month", "every 3 days" …
std::string per_phrase(rules::Per per);

}  // namespace jiedui::audit
