#include "audit/finding.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <tuple>

namespace jiedui::audit {

std::string compliance_code(rules::Measure measure, Status status) {
  return std::string{rules::measure_name(measure)} + (status == Status::missed ? "-missed" : "-behind");
}

std::vector<std::string> finding_codes() {
  std::vector<std::string> all;
  for (std::string_view code : {codes::gender_mismatch, codes::gender_exception, codes::gender_unverifiable,
                                codes::unpaired, codes::household_split, codes::aged_out, codes::cadre_unavailable,
                                codes::visit_not_paired, codes::no_rule, codes::gap_exceeded, codes::overdue}) {
    all.emplace_back(code);
  }
  for (rules::Measure measure :
       {rules::Measure::contacts, rules::Measure::visits, rules::Measure::any, rules::Measure::help}) {
    all.push_back(compliance_code(measure, Status::missed));
    all.push_back(compliance_code(measure, Status::behind));
  }
  return all;
}

Finding make_finding(const ledger::Ledger& ledger, Severity severity, std::string_view code, std::uint32_t recipient,
                     std::optional<std::uint32_t> cadre) {
  const ledger::Recipient& r = ledger.recipients[recipient];
  const ledger::District& district = ledger.district_of(r);
  Finding finding;
  finding.severity = severity;
  finding.code = std::string{code};
  finding.city = district.city;
  finding.county = district.county;
  finding.township = district.township;
  finding.village = district.village;
  finding.recipient = r.id;
  finding.recipient_name = r.name;
  if (cadre) {
    finding.cadre = ledger.cadres[*cadre].id;
    finding.cadre_name = ledger.cadres[*cadre].name;
  }
  return finding;
}

bool finding_before(const Finding& a, const Finding& b) {
  const auto key = [](const Finding& f) {
    return std::tie(f.severity, f.city, f.county, f.township, f.village, f.cadre, f.recipient, f.code, f.from, f.to,
                    f.measure, f.per);
  };
  return key(a) < key(b);
}

void sort_findings(std::vector<Finding>& findings) {
  // Sorts indices, then moves each finding once: a Finding is a dozen
  // strings, and stable_sort moved each of a province's 58,000 about 16 times.
  std::vector<std::uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return finding_before(findings[a], findings[b]); });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (const std::uint32_t i : order) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

}  // namespace jiedui::audit
