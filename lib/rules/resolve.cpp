#include "rules/resolve.hpp"

#include <filesystem>

namespace jiedui::rules {

EffectiveRules resolve_rules(const std::string& profile, const std::string& rules_file,
                             const std::string& set_rules_csv, ledger::DiagnosticSink& sink) {
  Profile p = builtin_profile(profile);
  EffectiveRules out{p.name, p.gender_rule, std::move(p.rules)};
  std::error_code ec;
  if (!rules_file.empty()) {
    out.rules = load_rules(rules_file, rules_file, sink);
  } else if (std::filesystem::exists(set_rules_csv, ec)) {
    out.rules = load_rules(set_rules_csv, set_rules_csv, sink);
  }
  return out;
}

}  // namespace jiedui::rules
