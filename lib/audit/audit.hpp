#pragma once
// `jiedui audit` as a library call (SPEC §5): the compliance engine plus the
// pairing checks, producing findings in SPEC order. The caller streams
// visits.csv once through add(), then calls finish():
//
//   audit::Audit audit{ledger, options};
//   ledger::for_each_visit(ledger, load, sink, [&](const ledger::Visit& v) { audit.add(v); });
//   audit::AuditResult result = audit.finish();
#include <future>
#include <vector>

#include "audit/audit_options.hpp"
#include "audit/compliance.hpp"
#include "audit/finding.hpp"
#include "audit/record_totals.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::audit {

struct AuditResult {
  ComplianceResult compliance;  // the numbers report, due and explain share
  std::vector<Finding> findings;  // every finding, sorted (SPEC §5); filter with FindingFilter
  // By recipient (Ledger::recipients order): the records dated in P and ≤ T,
  // paired or not (SPEC §6 district sums include visit-not-paired records).
  std::vector<RecordTotals> records_by_recipient;
};

class Audit {
 public:
  // `ledger` and `*options.rules` must outlive the Audit. Throws
  // std::invalid_argument when options.rules is null.
  Audit(const ledger::Ledger& ledger, const AuditOptions& options);

  // Any order; records after T or outside P are ignored. A record counts for
  // every pairing of the recipient active on its date whose person made it
  // (any role); a record in P for which there is none becomes a
  // visit-not-paired finding (one per record).
  VisitUse add(const ledger::Visit& visit);

  // Call once, after the last add.
  AuditResult finish();

 private:
  const ledger::Ledger& ledger_;
  AuditOptions options_;
  // With options.threads > 1, check_pairings' findings, computed meanwhile.
  // Declared before compliance_, so it starts before the engine is built.
  std::future<std::vector<Finding>> pairing_findings_;
  Compliance compliance_;
  std::vector<Finding> not_paired_;
  std::vector<RecordTotals> records_by_recipient_;
};

}  // namespace jiedui::audit
