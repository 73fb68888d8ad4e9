#include "rules/rule.hpp"

#include <fmt/format.h>

#include "ledger/vocab.hpp"

namespace jiedui::rules {

std::string_view measure_name(Measure measure) {
  switch (measure) {
    case Measure::contacts: return "contacts";
    case Measure::visits: return "visits";
    case Measure::any: return "any";
    case Measure::help: return "help";
  }
  return "any";
}

std::string per_name(Per per) {
  switch (per.kind) {
    case Per::Kind::day: return "day";
    case Per::Kind::week: return "week";
    case Per::Kind::halfmonth: return "halfmonth";
    case Per::Kind::month: return "month";
    case Per::Kind::quarter: return "quarter";
    case Per::Kind::year: return "year";
    case Per::Kind::days: return fmt::format("{}d", per.days);
  }
  return "year";
}

std::string normalize_level(std::string_view level) { return ledger::normalize_level(level); }

std::vector<const Rule*> RuleSet::rules_for(ledger::Category category, std::string_view normalized_level,
                                            ledger::Role role) const {
  // SPEC §4: the rows of the most specific matching key win,
  // (category, level) > (category, *) > (*, level) > (*, *); an empty level
  // matches only (category, *) and (*, *).
  auto specificity = [](const Rule& r) { return (r.category ? 2 : 0) + (r.level ? 1 : 0); };
  std::vector<const Rule*> best;
  int best_specificity = -1;
  for (const Rule& rule : rules) {
    if (rule.role != role) continue;
    if (rule.category && *rule.category != category) continue;
    if (rule.level && (normalized_level.empty() || *rule.level != normalized_level)) continue;
    const int s = specificity(rule);
    if (s > best_specificity) {
      best_specificity = s;
      best.clear();
    }
    if (s == best_specificity) best.push_back(&rule);
  }
  return best;
}

}  // namespace jiedui::rules

namespace jiedui::rules {

bool RuleSet::has_role(ledger::Role role) const {
  for (const Rule& rule : rules)
    if (rule.role == role) return true;
  return false;
}

}  // namespace jiedui::rules
