#pragma once
// What an audit is asked (SPEC §5 inputs), already resolved from the command
// line, jiedui.toml and the profile by the caller.
#include <cstdint>
#include <optional>

#include "audit/period.hpp"
#include "ledger/inspections.hpp"
#include "rules/rule.hpp"

namespace jiedui::audit {

struct AuditOptions {
  Period period;  // P
  Day as_of{};  // T: records dated after it count nowhere
  bool prorate = true;  // false: --no-prorate
  // Years for the gender rule; 0 turns it off. The caller resolves
  // --gender-gap N, else 40 when the profile's gender_rule is on, else 0.
  int gender_gap = 0;
  const rules::RuleSet* rules = nullptr;  // must outlive the audit; never null
  // `explain RECIPIENT`: keep, for this recipient's pairings only, the
  // visits.csv line of every record counted in each bucket. Only then, so
  // memory stays flat for a whole-ledger audit.
  std::optional<std::uint32_t> explain_recipient;
  // Above 1, the pairing checks (which read no records) run on their own
  // thread while the records are read; the findings are the same.
  unsigned threads = 1;
  // The set's inspections.csv, when it has one (must outlive the audit):
  // then helper-strike and helper-not-terminated are found.
  const ledger::Inspections* inspections = nullptr;
};

}  // namespace jiedui::audit
