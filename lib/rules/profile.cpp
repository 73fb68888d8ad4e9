#include <fmt/format.h>

#include "error.hpp"
#include "ledger/ledger.hpp"
#include "rules/profiles_data.hpp"
#include "rules/rule.hpp"

namespace jiedui::rules {

std::vector<std::string> profile_names() {
  std::vector<std::string> names;
  for (const auto& p : embedded_profiles()) names.emplace_back(p.name);
  return names;
}

std::string_view builtin_profile_csv(std::string_view name) {
  for (const auto& p : embedded_profiles())
    if (p.name == name) return p.csv;
  return {};
}

Profile builtin_profile(std::string_view name) {
  const std::string_view csv = builtin_profile_csv(name);
  if (csv.empty()) {
    std::string known;
    for (const auto& n : profile_names()) known += (known.empty() ? "" : ", ") + n;
    throw UsageError(fmt::format("unknown profile '{}' (known: {})", name, known));
  }
  Profile profile;
  profile.name = std::string(name);
  // SPEC §4: the gender rule is on in gansu and pingliang, off in the others.
  profile.gender_rule = name == "gansu" || name == "pingliang";
  ledger::CollectingSink sink;
  profile.rules = parse_rules_text(std::string(csv), fmt::format("profile {}", name), sink);
  if (!sink.diagnostics.empty()) throw std::logic_error("built-in profile " + std::string(name) + " does not parse");
  profile.rules.source = fmt::format("profile {}", name);
  return profile;
}

}  // namespace jiedui::rules
