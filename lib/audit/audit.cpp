#include "audit/audit.hpp"

#include <fmt/format.h>

#include <iterator>

#include "audit/compliance_findings.hpp"
#include "audit/pairing_checks.hpp"
#include "audit/strikes.hpp"

namespace jiedui::audit {

Audit::Audit(const ledger::Ledger& ledger, const AuditOptions& options)
    : ledger_(ledger),
      options_(options),
      pairing_findings_(options_.threads > 1 ? std::async(std::launch::async,
                                                          [this] {
                                                            std::vector<Finding> found;
                                                            check_pairings(ledger_, options_, found);
                                                            return found;
                                                          })
                                             : std::future<std::vector<Finding>>{}),
      compliance_(ledger, options),
      records_by_recipient_(ledger.recipients.size()) {}

VisitUse Audit::add(const ledger::Visit& visit) {
  const VisitUse use = compliance_.add(visit);
  if (use != VisitUse::ignored) records_by_recipient_[visit.recipient].add(visit);
  if (use != VisitUse::not_paired) return use;
  Finding f = make_finding(ledger_, Severity::warning, codes::visit_not_paired, visit.recipient, visit.cadre);
  f.from = visit.date;
  f.to = visit.date;
  // Names the cadre-role pairing's person (the earliest-starting one if
  // pairings overlap, which is what active_pairing returns); a recipient
  // with only other roles' pairings is said to have no cadre.
  const std::optional<std::uint32_t> pairing = ledger_.active_pairing(visit.recipient, visit.date);
  const std::string_view by = ledger_.cadres[visit.cadre].id;
  bool other_roles = false;
  if (!pairing)
    for (const std::uint32_t p : ledger_.pairings_of(visit.recipient))
      other_roles |= ledger_.pairings[p].active_on(visit.date);
  f.detail = pairing ? fmt::format("line {}: record by cadre {}, paired cadre {}", visit.line, by,
                                   ledger_.cadres[ledger_.pairings[*pairing].cadre].id)
             : other_roles
                 ? fmt::format("line {}: record by cadre {}, who is none of the recipient's paired people on {}",
                               visit.line, by, iso_date(visit.date))
                 : fmt::format("line {}: record by cadre {}, no pairing on {}", visit.line, by, iso_date(visit.date));
  // line, the record's cadre, the paired cadre (empty if none), the date.
  f.detail_args = {std::to_string(visit.line), std::string(by),
                   pairing ? ledger_.cadres[ledger_.pairings[*pairing].cadre].id : std::string(),
                   iso_date(visit.date)};
  not_paired_.push_back(std::move(f));
  return use;
}

AuditResult Audit::finish() {
  AuditResult result;
  result.compliance = compliance_.finish();
  result.findings = std::move(not_paired_);
  result.records_by_recipient = std::move(records_by_recipient_);
  if (pairing_findings_.valid()) {
    std::vector<Finding> found = pairing_findings_.get();
    result.findings.insert(result.findings.end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
  } else {
    check_pairings(ledger_, options_, result.findings);
  }
  add_compliance_findings(ledger_, result.compliance, result.findings);
  if (options_.inspections != nullptr)
    add_strike_findings(ledger_, StrikeBook(ledger_, *options_.inspections, options_.as_of), options_, result.findings);
  sort_findings(result.findings, options_.threads);
  return result;
}

}  // namespace jiedui::audit
