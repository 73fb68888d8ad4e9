#pragma once
// Frequency rules (SPEC §4): rows of category, level, measure, min, per,
// max_gap, from a built-in profile or a rules.csv.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "ledger/diagnostic.hpp"
#include "ledger/model.hpp"

namespace jiedui::rules {

enum class Measure : std::uint8_t { contacts, visits, any, help };
std::string_view measure_name(Measure measure);

struct Per {
  enum class Kind : std::uint8_t { day, week, halfmonth, month, quarter, year, days };
  Kind kind = Kind::year;
  int days = 0;  // N of "Nd" (N-day blocks from the pairing's start)
  bool operator==(const Per&) const = default;
};
std::string per_name(Per per);  // "week", "3d" …

struct Rule {
  std::optional<ledger::Category> category;  // nullopt = *
  std::optional<std::string> level;  // nullopt = *; else normalised (see normalize_level)
  Measure measure = Measure::any;
  int min = 0;
  Per per;
  std::optional<int> max_gap;  // days; never on help rows
  // Whose pairings the row governs (rules.csv `role`, default cadre): a
  // pairing uses only the rows of its own role.
  ledger::Role role = ledger::Role::cadre;
  std::uint32_t line = 0;  // in rules.csv (0 for a built-in profile)
};

struct RuleSet {
  std::string source;  // "profile gansu", or the rules.csv path
  std::vector<Rule> rules;

  // The rows of `role` with the most specific matching key (SPEC §4, §10.2):
  // (category, level) > (category, *) > (*, level) > (*, *). Empty: a
  // pairing of that role with this recipient has no rule.
  std::vector<const Rule*> rules_for(ledger::Category category, std::string_view normalized_level,
                                     ledger::Role role = ledger::Role::cadre) const;
  // Whether any row is for `role` (helper `unpaired` needs a helper rule).
  bool has_role(ledger::Role role) const;
};

// RuleSet::rules_for, remembered per (category, level, role): a province has
// a handful of those and 300,000 recipients. The levels viewed must outlive it.
class RulesByKind {
 public:
  explicit RulesByKind(const RuleSet& set) : set_(set) {}
  const std::vector<const Rule*>& rules_for(ledger::Category category, std::string_view normalized_level,
                                            ledger::Role role = ledger::Role::cadre) {
    const Key key{category, role, normalized_level};
    auto it = known_.find(key);
    if (it == known_.end()) it = known_.emplace(key, set_.rules_for(category, normalized_level, role)).first;
    return it->second;
  }

 private:
  using Key = std::tuple<ledger::Category, ledger::Role, std::string_view>;
  const RuleSet& set_;
  std::map<Key, std::vector<const Rule*>> known_;
};

struct Profile {
  std::string name;
  bool gender_rule = false;  // SPEC §4: on in gansu and pingliang
  RuleSet rules;
};

// The built-in profiles, from data-samples/profiles/*.csv compiled in.
std::vector<std::string> profile_names();
// Throws UsageError naming the known profiles when `name` is not one.
Profile builtin_profile(std::string_view name);
std::string_view builtin_profile_csv(std::string_view name);  // "" if unknown

// Reads rules.csv rows. Problems (missing-column, bad-value, bad-csv) go to
// `sink` with `display_path`; bad rows are left out. Throws InputError when
// the file cannot be read.
RuleSet load_rules(const std::string& path, const std::string& display_path, ledger::DiagnosticSink& sink);
RuleSet parse_rules_text(std::string text, const std::string& display_path, ledger::DiagnosticSink& sink);

// SPEC §4: 一级 / 1级 / 1 (and 二, 三 …) → "1"; other values trimmed.
std::string normalize_level(std::string_view level);

}  // namespace jiedui::rules
