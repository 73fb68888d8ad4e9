#pragma once
// The compliance engine (SPEC §5 steps 1–5 and gaps): per pairing active in P
// and rule of its recipient, the buckets of the rule's `per` meeting the
// window W with what each requires and what was done. `audit`, `report`,
// `due` and `explain` all read these numbers, so they agree.
//
// Visits are fed one at a time (add), in any order, so the caller streams
// visits.csv once; memory grows with pairings × buckets (plus a bitmap of W
// per max_gap rule), never with records.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "audit/audit_options.hpp"
#include "audit/buckets.hpp"
#include "audit/gaps.hpp"
#include "audit/status.hpp"
#include "ledger/ledger.hpp"
#include "rules/rule.hpp"

namespace jiedui::audit {

struct BucketResult {
  Bucket bucket;  // the whole calendar bucket
  Period share;  // B ∩ W; covered = share.days()
  std::int64_t required = 0;
  std::int64_t done = 0;  // records counted (help: policies + difficulties + deeds summed)
  Status status = Status::met;

  int covered() const { return share.days(); }
};

struct RuleResult {
  std::uint32_t pairing = 0;  // index into Ledger::pairings
  const rules::Rule* rule = nullptr;  // points into AuditOptions::rules
  Period window;  // W = [max(start, p0), min(end, p1)]
  std::vector<BucketResult> buckets;  // every bucket meeting W, in order
  std::int64_t required = 0, done = 0;  // sums over all buckets (not only those due by T)
  Status status = Status::met;  // the worst bucket
  std::optional<Day> last_record;  // the last qualifying record in W up to T
  std::vector<Gap> gaps;  // rules with max_gap: intervals longer than it
  // Only for AuditOptions::explain_recipient's pairings: per bucket, the
  // visits.csv lines counted in it, in the order they were added.
  std::vector<std::vector<std::uint32_t>> lines;
};

// Rules with a minimum whose requirement prorated to 0 over their window (a
// yearly visit looked at in one month: round(1 × 30/365) = 0): they count as
// met whatever was done. The caller says so, so 100 % is not taken for work done.
struct ZeroRequired {
  std::size_t rules = 0;  // (pairing, rule) results
  std::vector<rules::Per> pers;  // the buckets of those rules, each once, in first-seen order
};
struct ComplianceResult;
ZeroRequired zero_required(const ComplianceResult& result);

struct ComplianceResult {
  std::vector<RuleResult> rules;  // by pairing (ledger order), then in rule order
  std::vector<std::optional<Status>> pairing_status;  // by pairing; nullopt: not active in P or no rule
  std::vector<std::optional<Status>> cadre_status;  // by cadre: worst of its pairings in P that have rules
  std::vector<std::uint32_t> first_rule_of_pairing;  // size pairings + 1: rules of p are [first[p], first[p+1])

  std::span<const RuleResult> rules_of_pairing(std::uint32_t pairing) const {
    return std::span<const RuleResult>{rules}.subspan(
        first_rule_of_pairing[pairing], first_rule_of_pairing[pairing + 1] - first_rule_of_pairing[pairing]);
  }
};

// What a record was to the engine.
enum class VisitUse : std::uint8_t {
  ignored,  // dated after T or outside P
  paired,  // by the person of a pairing of the recipient active on its date (any role): it counts for each
  not_paired,  // in P and ≤ T but by none of them (or no pairing): visit-not-paired, counts for nobody
};

class Compliance {
 public:
  // Throws std::invalid_argument when options.rules is null (a caller bug).
  Compliance(const ledger::Ledger& ledger, const AuditOptions& options);

  VisitUse add(const ledger::Visit& visit);


  // The statuses and gaps as of T; call once, after the last add.
  ComplianceResult finish();

  // The rows of `role` with the most specific matching key for a recipient (SPEC §4).
  std::vector<const rules::Rule*> rules_for(const ledger::Recipient& recipient,
                                            ledger::Role role = ledger::Role::cadre) const;

 private:
  void add_to_pairing(std::uint32_t pairing, const ledger::Visit& visit);

  const ledger::Ledger& ledger_;
  AuditOptions options_;
  ComplianceResult result_;
  std::vector<DaySet> gap_days_;  // parallel to result_.rules; empty sets for rules without max_gap
  std::vector<std::int64_t> first_ordinal_;  // parallel to result_.rules: bucket_ordinal of W's first day
};

// How much a record adds to a measure (SPEC §4): 1 or 0 for contacts (线上),
// visits (现场) and any; policies + difficulties + deeds for help.
std::int64_t measure_amount(rules::Measure measure, const ledger::Visit& visit);

// The bucket whose B ∩ W holds day d (`due` asks for T's), or null when d is
// outside W.
const BucketResult* bucket_containing(const RuleResult& result, Day d);

// Whether a compliance row was prorated: some bucket requires less than min.
bool is_prorated(const RuleResult& result);

}  // namespace jiedui::audit
