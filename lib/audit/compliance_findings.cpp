#include "audit/compliance_findings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jiedui::audit {
namespace {

using Kind = rules::Per::Kind;

std::string unit_name(rules::Per per, std::int64_t count) {
  const bool many = count != 1;
  switch (per.kind) {
    case Kind::day: return many ? "days" : "day";
    case Kind::week: return many ? "weeks" : "week";
    case Kind::halfmonth: return many ? "half-months" : "half-month";
    case Kind::month: return many ? "months" : "month";
    case Kind::quarter: return many ? "quarters" : "quarter";
    case Kind::year: return many ? "years" : "year";
    case Kind::days: return fmt::format("{}-day {}", per.days, many ? "blocks" : "block");
  }
  return "buckets";
}

// "4 contacts a year required (prorated), 1 of 2 done; 1 of 1 year missed".
std::string status_detail(const RuleResult& result) {
  const rules::Rule& rule = *result.rule;
  std::string text =
      fmt::format("{} {} required{}, {} of {} done", measure_noun(rule.measure, rule.min), per_phrase(rule.per),
                  is_prorated(result) ? " (prorated)" : "", result.done, result.required);
  if (result.status == Status::missed) {
    const auto missed = std::count_if(result.buckets.begin(), result.buckets.end(),
                                      [](const BucketResult& b) { return b.status == Status::missed; });
    const auto total = static_cast<std::int64_t>(result.buckets.size());
    text += fmt::format("; {} of {} {} missed", missed, total, unit_name(rule.per, total));
  } else {
    const auto behind = std::find_if(result.buckets.begin(), result.buckets.end(),
                                     [](const BucketResult& b) { return b.status == Status::behind; });
    if (behind != result.buckets.end()) text += "; behind in " + bucket_label(rule.per, behind->bucket);
  }
  return text;
}

// detail_args of <measure>-missed/-behind: measure, min, per (per_name),
// prorated (1 or 0), done, required, then for missed the buckets missed and
// the buckets meeting W, for behind the label of the first bucket behind (or
// empty: the rule as a whole is behind).
std::vector<std::string> status_args(const RuleResult& result) {
  const rules::Rule& rule = *result.rule;
  std::vector<std::string> args = {std::string(rules::measure_name(rule.measure)), std::to_string(rule.min),
                                   rules::per_name(rule.per), is_prorated(result) ? "1" : "0",
                                   std::to_string(result.done), std::to_string(result.required)};
  if (result.status == Status::missed) {
    args.push_back(std::to_string(std::count_if(result.buckets.begin(), result.buckets.end(),
                                                [](const BucketResult& b) { return b.status == Status::missed; })));
    args.push_back(std::to_string(result.buckets.size()));
  } else {
    const auto behind = std::find_if(result.buckets.begin(), result.buckets.end(),
                                     [](const BucketResult& b) { return b.status == Status::behind; });
    args.push_back(behind != result.buckets.end() ? bucket_label(rule.per, behind->bucket) : "");
  }
  return args;
}

std::string_view measure_word(rules::Measure measure, bool many) {
  switch (measure) {
    case rules::Measure::contacts: return many ? "contacts" : "contact";
    case rules::Measure::visits: return many ? "visits" : "visit";
    case rules::Measure::any: return many ? "contacts or visits" : "contact or visit";
    case rules::Measure::help: return many ? "help items" : "help item";
  }
  return "";
}

std::string gap_detail(const RuleResult& result, const Gap& gap) {
  const rules::Rule& rule = *result.rule;
  return fmt::format("no {} for {} days{} ({} allowed)", measure_word(rule.measure, false), gap.days(),
                     gap.overdue ? " as of " + iso_date(gap.to) : std::string{}, *rule.max_gap);
}

}  // namespace

std::string measure_noun(rules::Measure measure, std::int64_t count) {
  return fmt::format("{} {}", count, measure_word(measure, count != 1));
}

std::string per_phrase(rules::Per per) {
  switch (per.kind) {
    case Kind::day: return "a day";
    case Kind::week: return "a week";
    case Kind::halfmonth: return "a half-month";
    case Kind::month: return "a month";
    case Kind::quarter: return "a quarter";
    case Kind::year: return "a year";
    case Kind::days: return fmt::format("every {} days", per.days);
  }
  return "";
}

void add_compliance_findings(const ledger::Ledger& ledger, const ComplianceResult& compliance,
                             std::vector<Finding>& out) {
  for (const RuleResult& result : compliance.rules) {
    const ledger::Pairing& pairing = ledger.pairings[result.pairing];
    const auto finding = [&](Severity severity, std::string_view code) {
      Finding f = make_finding(ledger, severity, code, pairing.recipient, pairing.cadre, pairing.role);
      f.measure = std::string{rules::measure_name(result.rule->measure)};
      f.per = rules::per_name(result.rule->per);
      return f;
    };
    if (result.status == Status::missed || result.status == Status::behind) {
      Finding f = finding(result.status == Status::missed ? Severity::error : Severity::warning,
                          compliance_code(result.rule->measure, result.status));
      f.required = result.required;
      f.done = result.done;
      f.from = result.window.from;
      f.to = result.window.to;
      f.detail = status_detail(result);
      f.detail_args = status_args(result);
      out.push_back(std::move(f));
    }
    for (const Gap& gap : result.gaps) {
      Finding f = finding(gap.overdue ? Severity::error : Severity::warning,
                          gap.overdue ? codes::overdue : codes::gap_exceeded);
      f.required = *result.rule->max_gap;
      f.done = gap.days();
      f.from = gap.from;
      f.to = gap.to;
      f.detail = gap_detail(result, gap);
      f.detail_args = {std::string(rules::measure_name(result.rule->measure)), std::to_string(gap.days()),
                       gap.overdue ? iso_date(gap.to) : "", std::to_string(*result.rule->max_gap)};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace jiedui::audit
