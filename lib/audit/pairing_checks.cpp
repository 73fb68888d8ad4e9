#include "audit/pairing_checks.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "audit/gender_rule.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::audit {
namespace {

using ledger::Category;
using ledger::Gender;
using ledger::Role;

std::string_view category_words(Category category) {
  return category == Category::orphan ? "orphan" : "unsupported child";
}

std::string years_text(int months) {
  if (months < 0) return years_months(-months) + " younger";
  return years_months(months) + " older";
}

// "female orphan with a male cadre 25 years 5 months older (40 years needed)";
// "a male helper" … for the person of another role.
std::string gender_detail(const ledger::Recipient& r, const ledger::Cadre& c, ledger::Role role, const int* months,
                          int gap_years) {
  const std::string girl =
      fmt::format("{} {}", r.gender == Gender::female ? "female" : "gender-unknown", category_words(r.category));
  const std::string cadre = c.gender == Gender::male ? fmt::format("a male {}", ledger::role_code(role))
                                                     : fmt::format("a {} of unknown gender", ledger::role_code(role));
  const std::string needed = fmt::format("({} years needed)", gap_years);
  if (months != nullptr) return fmt::format("{} with {} {} {}", girl, cadre, years_text(*months), needed);
  std::vector<std::string_view> missing;
  if (!c.birth.known) missing.push_back("cadre's birth");
  if (!r.birth.known) missing.push_back("recipient's birth");
  return fmt::format("{} with {}; age gap unknown without the {} {}", girl, cadre, fmt::join(missing, " and "), needed);
}

// detail_args of gender-*: the recipient's gender (female or empty), category,
// the cadre's gender (male or empty), the gap in months (empty if unknown),
// the years needed, and which births are missing (cadre, recipient, both, empty).
std::vector<std::string> gender_args(const ledger::Recipient& r, const ledger::Cadre& c, const int* months,
                                     int gap_years) {
  const std::string_view missing = !c.birth.known && !r.birth.known ? "both"
                                   : !c.birth.known                 ? "cadre"
                                   : !r.birth.known                 ? "recipient"
                                                                    : "";
  return {r.gender == Gender::female ? "female" : "",
          std::string(ledger::category_code(r.category)),
          c.gender == Gender::male ? "male" : "",
          months != nullptr ? std::to_string(*months) : "",
          std::to_string(gap_years),
          std::string(missing)};
}

}  // namespace

void check_gender(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  if (options.gender_gap <= 0) return;
  for (std::uint32_t i = 0; i < ledger.pairings.size(); ++i) {
    const ledger::Pairing& pairing = ledger.pairings[i];
    const Period window = pairing_window(pairing, options.period);
    if (window.empty()) continue;
    const ledger::Recipient& recipient = ledger.recipients[pairing.recipient];
    const ledger::Cadre& cadre = ledger.cadres[pairing.cadre];
    const GenderCheck check = check_gender(recipient, cadre, options.gender_gap);
    Severity severity = Severity::error;
    std::string_view code;
    switch (check.verdict) {
      case GenderVerdict::not_applicable:
      case GenderVerdict::passes: continue;
      case GenderVerdict::exception:
        severity = Severity::notice;
        code = codes::gender_exception;
        break;
      case GenderVerdict::mismatch: code = codes::gender_mismatch; break;
      case GenderVerdict::unverifiable: code = codes::gender_unverifiable; break;
    }
    // Every role: the rule protects female orphans in every one-to-one pairing.
    Finding f = make_finding(ledger, severity, code, pairing.recipient, pairing.cadre, pairing.role);
    f.from = window.from;
    f.to = window.to;
    // The gap in completed months when both births are known (check.age_gap).
    const int gap_months = check.age_gap ? months_between(cadre.birth, recipient.birth).value_or(0) : 0;
    const int* months = check.age_gap ? &gap_months : nullptr;
    f.detail = gender_detail(recipient, cadre, pairing.role, months, options.gender_gap);
    f.detail_args = gender_args(recipient, cadre, months, options.gender_gap);
    out.push_back(std::move(f));
  }
}

void check_unpaired(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  // A helper is expected only where a helper rule applies, and only in a set
  // that records roles: one that never did prints what it printed before.
  const bool helpers = ledger.has_roles && options.rules != nullptr && options.rules->has_role(Role::helper);
  std::optional<rules::RulesByKind> rules_of_kind;
  if (helpers) rules_of_kind.emplace(*options.rules);
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (!recipient.active_on(options.as_of)) continue;
    if (!ledger.active_pairing(r, options.as_of)) {
      Finding f = make_finding(ledger, Severity::error, codes::unpaired, r, std::nullopt, Role::cadre);
      f.detail = "no active pairing on " + iso_date(options.as_of);
      f.detail_args = {iso_date(options.as_of)};
      out.push_back(std::move(f));
    }
    if (helpers && !ledger.active_pairing(r, options.as_of, Role::helper) &&
        !rules_of_kind->rules_for(recipient.category, recipient.level, Role::helper).empty()) {
      Finding f = make_finding(ledger, Severity::error, codes::unpaired, r, std::nullopt, Role::helper);
      f.detail = "no active helper pairing on " + iso_date(options.as_of);
      f.detail_args = {iso_date(options.as_of)};
      out.push_back(std::move(f));
    }
  }
}

void check_household_split(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  struct Member {
    std::uint32_t recipient, cadre;
  };
  std::map<std::string_view, std::vector<Member>> households;
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (recipient.household.empty() || !recipient.active_on(options.as_of)) continue;
    const std::optional<std::uint32_t> pairing = ledger.active_pairing(r, options.as_of);
    if (pairing) households[recipient.household].push_back({r, ledger.pairings[*pairing].cadre});
  }
  for (const auto& [household, members] : households) {
    std::vector<std::uint32_t> cadres;
    for (const Member& m : members) cadres.push_back(m.cadre);
    std::sort(cadres.begin(), cadres.end());
    cadres.erase(std::unique(cadres.begin(), cadres.end()), cadres.end());
    if (cadres.size() < 2) continue;
    for (const Member& m : members) {
      Finding f = make_finding(ledger, Severity::warning, codes::household_split, m.recipient, m.cadre, Role::cadre);
      f.detail = fmt::format("household {}: {} paired members with {} different cadres", household, members.size(),
                             cadres.size());
      f.detail_args = {std::string(household), std::to_string(members.size()), std::to_string(cadres.size())};
      out.push_back(std::move(f));
    }
  }
}

void check_aged_out(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (recipient.category != Category::orphan && recipient.category != Category::unsupported_child) continue;
    if (!recipient.active_on(options.as_of)) continue;
    const std::optional<AgeGap> age = age_on(recipient.birth, options.as_of);
    if (!age || !age->at_least(18)) continue;
    const std::optional<std::uint32_t> pairing = ledger.active_pairing(r, options.as_of);
    Finding f = make_finding(ledger, Severity::warning, codes::aged_out, r,
                             pairing ? std::optional{ledger.pairings[*pairing].cadre} : std::nullopt, Role::cadre);
    const int months = *months_between(recipient.birth, ledger::Birth{true, false, options.as_of});
    f.detail = fmt::format("{} aged {} on {}", category_words(recipient.category), years_months(months),
                           iso_date(options.as_of));
    f.detail_args = {std::string(ledger::category_code(recipient.category)), std::to_string(months),
                     iso_date(options.as_of)};
    out.push_back(std::move(f));
  }
}

void check_cadre_unavailable(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  for (const ledger::Pairing& pairing : ledger.pairings) {
    if (!pairing.active_on(options.as_of)) continue;
    if (ledger.cadres[pairing.cadre].status != ledger::CadreStatus::left) continue;
    Finding f = make_finding(ledger, Severity::error, codes::cadre_unavailable, pairing.recipient, pairing.cadre,
                             pairing.role);
    f.from = pairing.start;
    f.to = pairing.end;
    f.detail =
        fmt::format("{} has left but is still paired on {}", ledger::role_code(pairing.role), iso_date(options.as_of));
    f.detail_args = {iso_date(options.as_of)};
    out.push_back(std::move(f));
  }
}

void check_no_rule(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  if (options.rules == nullptr) throw std::invalid_argument("audit::check_no_rule needs a rule set");
  rules::RulesByKind rules_of_kind(*options.rules);
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (!recipient.active_on(options.as_of)) continue;
    const auto& pairings = ledger.pairings_of(r);
    // Cadre pairings only: the other roles have no rules in most profiles
    // (teachers, medics, counsellors are tracked, not audited for frequency).
    const bool paired_in_p = std::any_of(pairings.begin(), pairings.end(), [&](std::uint32_t p) {
      return ledger.pairings[p].role == Role::cadre && !pairing_window(ledger.pairings[p], options.period).empty();
    });
    if (!paired_in_p || !rules_of_kind.rules_for(recipient.category, recipient.level).empty()) continue;
    Finding f = make_finding(ledger, Severity::notice, codes::no_rule, r, std::nullopt, Role::cadre);
    f.detail = recipient.level.empty()
                   ? fmt::format("no rule for category {} in {}", ledger::category_code(recipient.category),
                                 options.rules->source)
                   : fmt::format("no rule for category {}, level {} in {}", ledger::category_code(recipient.category),
                                 recipient.level, options.rules->source);
    f.detail_args = {std::string(ledger::category_code(recipient.category)), recipient.level, options.rules->source};
    out.push_back(std::move(f));
  }
}

void check_pairings(const ledger::Ledger& ledger, const AuditOptions& options, std::vector<Finding>& out) {
  check_gender(ledger, options, out);
  check_unpaired(ledger, options, out);
  check_household_split(ledger, options, out);
  check_aged_out(ledger, options, out);
  check_cadre_unavailable(ledger, options, out);
  check_no_rule(ledger, options, out);
}

}  // namespace jiedui::audit
