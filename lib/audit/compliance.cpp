#include "audit/compliance.hpp"

#include "ledger/money.hpp"

#include <algorithm>
#include <stdexcept>

namespace jiedui::audit {

std::int64_t measure_amount(rules::Measure measure, const ledger::Visit& visit) {
  switch (measure) {
    case rules::Measure::contacts: return ledger::is_visit_mode(visit.mode) ? 0 : 1;
    case rules::Measure::visits: return ledger::is_visit_mode(visit.mode) ? 1 : 0;
    case rules::Measure::any: return 1;
    case rules::Measure::help:
      // Seed 003: 解决困难问题、协调落实政策等方式…帮办实事.
      return std::int64_t{visit.policies} + visit.difficulties + visit.deeds;
  }
  return 0;
}

const BucketResult* bucket_containing(const RuleResult& result, Day d) {
  const auto it = std::partition_point(result.buckets.begin(), result.buckets.end(),
                                       [&](const BucketResult& b) { return b.share.to < d; });
  return it != result.buckets.end() && it->share.contains(d) ? &*it : nullptr;
}

bool is_prorated(const RuleResult& result) {
  return std::any_of(result.buckets.begin(), result.buckets.end(),
                     [&](const BucketResult& b) { return b.required != result.rule->min; });
}

Compliance::Compliance(const ledger::Ledger& ledger, const AuditOptions& options) : ledger_(ledger), options_(options) {
  if (options_.rules == nullptr) throw std::invalid_argument("audit::Compliance needs a rule set");
  result_.first_rule_of_pairing.reserve(ledger_.pairings.size() + 1);
  // Most profiles give a pairing two rules: room for them up front, so a
  // province's half a million rows are not moved while the vector grows.
  result_.rules.reserve(ledger_.pairings.size() * 2);
  gap_days_.reserve(ledger_.pairings.size() * 2);
  first_ordinal_.reserve(ledger_.pairings.size() * 2);
  rules::RulesByKind rules_of_kind(*options_.rules);
  for (std::uint32_t i = 0; i < ledger_.pairings.size(); ++i) {
    result_.first_rule_of_pairing.push_back(static_cast<std::uint32_t>(result_.rules.size()));
    const ledger::Pairing& pairing = ledger_.pairings[i];
    const Period window = pairing_window(pairing, options_.period);
    if (window.empty()) continue;
    const bool explained = options_.explain_recipient == pairing.recipient;
    const ledger::Recipient& recipient = ledger_.recipients[pairing.recipient];
    for (const rules::Rule* rule : rules_of_kind.rules_for(recipient.category, recipient.level, pairing.role)) {
      RuleResult result;
      result.pairing = i;
      result.rule = rule;
      result.window = window;
      // SPEC §5 step 2: each bucket meeting W (as buckets_meeting lists
      // them, without its vector: half a million of them for a province),
      // covered = days of B ∩ W. Consecutive buckets have consecutive ordinals.
      const std::int64_t first_ordinal = bucket_ordinal(rule->per, window.from, pairing.start);
      result.buckets.reserve(
          static_cast<std::size_t>(bucket_ordinal(rule->per, window.to, pairing.start) - first_ordinal + 1));
      for (Day d = window.from; d <= window.to;) {
        const Bucket bucket = bucket_of(rule->per, d, pairing.start);
        BucketResult b;
        b.bucket = bucket;
        b.share = {std::max(bucket.first, window.from), std::min(bucket.last, window.to)};
        b.required = required_in_bucket(rule->min, b.covered(), bucket.days(), options_.prorate);
        result.buckets.push_back(b);
        d = bucket.last + date::days{1};
      }
      if (explained) result.lines.resize(result.buckets.size());
      gap_days_.push_back(rule->max_gap ? DaySet{window} : DaySet{});
      first_ordinal_.push_back(first_ordinal);
      result_.rules.push_back(std::move(result));
    }
  }
  result_.first_rule_of_pairing.push_back(static_cast<std::uint32_t>(result_.rules.size()));
}

std::vector<const rules::Rule*> Compliance::rules_for(const ledger::Recipient& recipient, ledger::Role role) const {
  return options_.rules->rules_for(recipient.category, recipient.level, role);
}

VisitUse Compliance::add(const ledger::Visit& visit) {
  if (visit.date > options_.as_of || !options_.period.contains(visit.date)) return VisitUse::ignored;
  // A record counts for every pairing of the recipient active on its date
  // whose person made it, whatever the role (the earliest-starting one of a
  // role if pairings of that role overlap); for nobody when there is none
  // (visit-not-paired). The reader found the first; a second is rare.
  const auto count = [&](std::uint32_t p) { add_to_pairing(p, visit); };
  if (visit.pairing == ledger::Visit::not_looked_up) {
    if (ledger_.for_each_record_pairing(visit.recipient, visit.date, visit.cadre, count) == 0)
      return VisitUse::not_paired;
    return VisitUse::paired;
  }
  if (visit.pairing == ledger::Visit::no_pairing) return VisitUse::not_paired;
  add_to_pairing(visit.pairing, visit);
  if (visit.more_pairings) {
    ledger_.for_each_record_pairing(visit.recipient, visit.date, visit.cadre, [&](std::uint32_t p) {
      if (p != visit.pairing) add_to_pairing(p, visit);
    });
  }
  return VisitUse::paired;
}

void Compliance::add_to_pairing(std::uint32_t pairing, const ledger::Visit& visit) {
  const Day anchor = ledger_.pairings[pairing].start;
  const std::uint32_t end = result_.first_rule_of_pairing[pairing + 1];
  for (std::uint32_t i = result_.first_rule_of_pairing[pairing]; i < end; ++i) {
    RuleResult& result = result_.rules[i];
    const std::int64_t amount = measure_amount(result.rule->measure, visit);
    if (amount == 0) continue;
    const auto bucket =
        static_cast<std::size_t>(bucket_ordinal(result.rule->per, visit.date, anchor) - first_ordinal_[i]);
    if (bucket >= result.buckets.size()) continue;  // only if active_pairing broke its contract
    ledger::add_checked(result.buckets[bucket].done, amount, "records counted");
    if (!result.last_record || *result.last_record < visit.date) result.last_record = visit.date;
    if (result.rule->max_gap) gap_days_[i].insert(visit.date);  // else an empty set: spare the cache miss
    if (!result.lines.empty()) result.lines[bucket].push_back(visit.line);
  }
}

ComplianceResult Compliance::finish() {
  result_.pairing_status.assign(ledger_.pairings.size(), std::nullopt);
  result_.cadre_status.assign(ledger_.cadres.size(), std::nullopt);
  const auto worsen = [](std::optional<Status>& status, Status s) { status = status ? worst(*status, s) : s; };
  for (std::size_t i = 0; i < result_.rules.size(); ++i) {
    RuleResult& result = result_.rules[i];
    for (BucketResult& b : result.buckets) {
      b.status = bucket_status(b.required, b.done, b.share, options_.as_of);
      ledger::add_checked(result.required, b.required, "required");
      ledger::add_checked(result.done, b.done, "records counted");
      result.status = worst(result.status, b.status);
    }
    if (result.rule->max_gap) {
      result.gaps = find_gaps(gap_days_[i], result.window, options_.as_of, *result.rule->max_gap);
    }
    worsen(result_.pairing_status[result.pairing], result.status);
    worsen(result_.cadre_status[ledger_.pairings[result.pairing].cadre], result.status);
  }
  gap_days_.clear();
  first_ordinal_.clear();
  return std::move(result_);
}

ZeroRequired zero_required(const ComplianceResult& result) {
  ZeroRequired zero;
  for (const RuleResult& r : result.rules) {
    if (r.rule->min <= 0 || r.required != 0 || r.window.empty()) continue;
    ++zero.rules;
    if (std::find(zero.pers.begin(), zero.pers.end(), r.rule->per) == zero.pers.end()) zero.pers.push_back(r.rule->per);
  }
  return zero;
}

}  // namespace jiedui::audit
