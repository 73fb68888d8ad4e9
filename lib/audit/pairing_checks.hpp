#pragma once
// The pairing checks of SPEC §5, which need the ledger but no visits:
// gender-*, unpaired, household-split, aged-out, cadre-unavailable, no-rule,
// each for the roles of jiedui-audit(1): gender-* and cadre-unavailable for
// every role; unpaired for cadre, and for helper where a helper rule applies
// in a set with a role column; the others for the cadre-role pairing.
#include <vector>

#include "audit/audit_options.hpp"
#include "audit/finding.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::audit {

// gender-mismatch / gender-exception / gender-unverifiable for every pairing
// active in P; from/to = W.
void check_gender(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// unpaired: a recipient active on T with no cadre pairing active on T
// (应结尽结); and, when the ledger has a role column and a helper rule applies
// to the recipient, none of role helper (role helper on the row).
void check_unpaired(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// household-split (seed 001 六.4: 一户中同时有多名关爱对象的，原则上安排1名…干部结对):
// one row per member active on T with an active pairing on T, when those
// members' cadres differ; cadre = that member's cadre.
void check_household_split(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// aged-out: an orphan or unsupported_child active on T and 18 or more on T
// (seed 001: 孤儿是指…未满18周岁的未成年人); at month precision 216 months.
// cadre = the cadre of the pairing active on T, else empty.
void check_aged_out(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// cadre-unavailable: a pairing active on T whose cadre has status left;
// from/to = the pairing's start and end.
void check_cadre_unavailable(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// no-rule: a recipient active on T with a pairing active in P and no matching
// rule; one row per recipient, cadre empty.
void check_no_rule(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

// All of the above, in that order.
void check_pairings(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out);

}  // namespace jiedui::audit
