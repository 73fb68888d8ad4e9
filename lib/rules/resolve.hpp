#pragma once
#include <string>

#include "ledger/diagnostic.hpp"
#include "rules/rule.hpp"

namespace jiedui::rules {

struct EffectiveRules {
  std::string profile;  // the profile named (its gender rule applies even when rows are replaced)
  bool gender_rule = false;
  RuleSet rules;
};

// SPEC §5: --rules FILE wins over the ledger set's rules.csv, which wins over
// the profile's rows. Either file replaces the profile's rows entirely (§4).
// `set_rules_csv` is DIR/rules.csv (used if it exists). A rules file with
// any error (a row that cannot be read, a missing column) throws InputError
// naming file, line and column of the first; warnings and notes go to `sink`.
EffectiveRules resolve_rules(const std::string& profile, const std::string& rules_file,
                             const std::string& set_rules_csv, ledger::DiagnosticSink& sink);

}  // namespace jiedui::rules
