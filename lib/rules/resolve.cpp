#include "rules/resolve.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "error.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::rules {
namespace {

// A rule left out would turn every pairing it governs into no-rule and the
// audit would run on as if nothing happened: a rules file is read whole or
// not at all (check still lists every problem of it).
RuleSet load_all_or_nothing(const std::string& path, ledger::DiagnosticSink& sink) {
  ledger::CollectingSink held;
  RuleSet set = load_rules(path, path, held);
  for (const std::string& note : held.notes) sink.note(note);
  for (const ledger::Diagnostic& d : held.diagnostics) {
    if (d.severity != ledger::Severity::error) {
      sink.report(d);
      continue;
    }
    throw InputError(d.file,
                     fmt::format("{}: {}; the rules cannot be used (`jiedui check` lists every problem)",
                                 ledger::code_name(d.code), d.message),
                     d.line, d.column);
  }
  return set;
}

}  // namespace

EffectiveRules resolve_rules(const std::string& profile, const std::string& rules_file,
                             const std::string& set_rules_csv, ledger::DiagnosticSink& sink) {
  Profile p = builtin_profile(profile);
  EffectiveRules out{p.name, p.gender_rule, std::move(p.rules)};
  std::error_code ec;
  if (!rules_file.empty()) {
    out.rules = load_all_or_nothing(rules_file, sink);
  } else if (std::filesystem::exists(set_rules_csv, ec)) {
    out.rules = load_all_or_nothing(set_rules_csv, sink);
  }
  return out;
}

}  // namespace jiedui::rules
