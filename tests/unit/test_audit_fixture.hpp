#pragma once
// Shared by the test_audit_*.cpp files: a ledger built by hand (no CSV
// loading), a rule set, and a run of the audit over a list of visits.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "audit/period.hpp"
#include "ledger/ledger.hpp"
#include "rules/rule.hpp"

namespace jiedui::audit::testing {

using ledger::Category;
using ledger::Gender;
using ledger::Mode;

inline Day day(std::string_view iso) { return parse_day(iso, "test"); }

inline ledger::Birth born(std::string_view iso) { return {true, false, day(iso)}; }
// A birth known only to the month: "1980-05".
inline ledger::Birth born_month(std::string_view year_month) { return {true, true, month_period(year_month).from}; }

inline rules::Per per(rules::Per::Kind kind, int days = 0) { return {kind, days}; }

struct Fixture {
  ledger::Ledger ledger;
  rules::RuleSet rules{"test rules", {}};
  ledger::District district{"平凉市", "崆峒区", "崆峒镇", "西沟村"};

  std::uint32_t add_recipient(std::string id, Category category, Gender gender, ledger::Birth birth,
                              std::string level = "", std::string household = "") {
    ledger::Recipient r;
    r.id = std::move(id);
    r.name = "对象" + std::to_string(ledger.recipients.size() + 1);
    r.category = category;
    r.gender = gender;
    r.birth = birth;
    r.level = std::move(level);
    r.household = std::move(household);
    r.district = ledger.intern_district(district);
    r.line = static_cast<std::uint32_t>(ledger.recipients.size() + 2);
    const auto index = static_cast<std::uint32_t>(ledger.recipients.size());
    ledger.recipient_ids[r.id] = index;
    ledger.recipients.push_back(std::move(r));
    ledger.index_pairings();  // keeps pairings_of/active_pairing sized to the recipients
    return index;
  }

  std::uint32_t add_cadre(std::string id, Gender gender, ledger::Birth birth,
                          ledger::CadreStatus status = ledger::CadreStatus::active) {
    ledger::Cadre c;
    c.id = std::move(id);
    c.name = "干部" + std::to_string(ledger.cadres.size() + 1);
    c.gender = gender;
    c.birth = birth;
    c.status = status;
    const auto index = static_cast<std::uint32_t>(ledger.cadres.size());
    ledger.cadre_ids[c.id] = index;
    ledger.cadres.push_back(std::move(c));
    return index;
  }

  std::uint32_t pair(std::uint32_t recipient, std::uint32_t cadre, std::string_view start,
                     std::optional<std::string_view> end = std::nullopt) {
    ledger::Pairing p;
    p.recipient = recipient;
    p.cadre = cadre;
    p.start = day(start);
    if (end) p.end = day(*end);
    p.line = static_cast<std::uint32_t>(ledger.pairings.size() + 2);
    ledger.pairings.push_back(p);
    ledger.index_pairings();
    return static_cast<std::uint32_t>(ledger.pairings.size() - 1);
  }

  void add_rule(std::optional<Category> category, rules::Measure measure, int min, rules::Per every,
                std::optional<int> max_gap = std::nullopt, std::optional<std::string> level = std::nullopt) {
    rules::Rule rule;
    rule.category = category;
    rule.level = std::move(level);
    rule.measure = measure;
    rule.min = min;
    rule.per = every;
    rule.max_gap = max_gap;
    rules.rules.push_back(rule);
  }

  // Gansu's orphan rows (SPEC §4): contacts ≥ 4 / year, visits ≥ 2 / year.
  void add_gansu_orphan_rules() {
    add_rule(Category::orphan, rules::Measure::contacts, 4, per(rules::Per::Kind::year));
    add_rule(Category::orphan, rules::Measure::visits, 2, per(rules::Per::Kind::year));
  }

  AuditOptions options(std::string_view from, std::string_view to, std::string_view as_of) const {
    AuditOptions o;
    o.period = {day(from), day(to)};
    o.as_of = day(as_of);
    o.rules = &rules;
    return o;
  }
};

inline ledger::Visit visit(std::uint32_t recipient, std::uint32_t cadre, std::string_view date, Mode mode = Mode::phone,
                           std::uint32_t line = 0) {
  ledger::Visit v;
  v.recipient = recipient;
  v.cadre = cadre;
  v.date = day(date);
  v.mode = mode;
  v.line = line;
  return v;
}

inline AuditResult run(const Fixture& fixture, const AuditOptions& options,
                       const std::vector<ledger::Visit>& visits = {}) {
  Audit audit{fixture.ledger, options};
  for (const ledger::Visit& v : visits) audit.add(v);
  return audit.finish();
}

// The findings of one code, in output order.
inline std::vector<Finding> with_code(const AuditResult& result, std::string_view code) {
  std::vector<Finding> found;
  for (const Finding& f : result.findings) {
    if (f.code == code) found.push_back(f);
  }
  return found;
}

}  // namespace jiedui::audit::testing
