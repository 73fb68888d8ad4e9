#pragma once
// What `recipient` and `cadre` share: an option per column of the file
// (--name, --phone, --exit-date …), and one edit run through the locked,
// checked, crash-safe writer of pair and log (jiedui-recipient(1)).
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "ledger/schema.hpp"
#include "ledger_write.hpp"
#include "write/people_write.hpp"

namespace jiedui::cmd {

// --COLUMN options (underscores as hyphens) for the spec's columns but
// `skip`; values() gives the ones given on the command line.
class ColumnOptions {
 public:
  void add(CLI::App& app, const ledger::FileSpec& spec, const std::vector<std::string_view>& skip);
  std::vector<std::pair<std::string, std::string>> values() const;
  bool given(std::string_view column) const;
  std::string value(std::string_view column) const;

 private:
  std::map<std::string, std::string, std::less<>> values_;
  std::map<std::string, CLI::Option*, std::less<>> options_;
};

// Checks done before the lock: an ID, a category, a gender, a date given
// wrong is bad usage (exit 2), not a refusal. Each returns the value's code.
std::string usage_category(const std::string& text);
std::string usage_gender(const std::string& text, std::string_view option);
// "平凉市/崆峒区/峡门回族乡/吴坡村" → city, county, township, village.
std::vector<std::pair<std::string, std::string>> usage_district(const std::string& path);

// Locks and loads the set, plans the edit, refuses it (exit 1) or writes it.
// `check`, if set, sees the set first and may refuse (returns kFindings);
// `after` sees the plan and the set once the write is done (or dry run).
int run_person_edit(const Globals& g, const WriteOptions& o, const write::PersonEdit& edit, const std::string& command,
                    const std::function<int(const LockedSet&)>& check = {},
                    const std::function<void(const LockedSet&, const write::PersonPlan&)>& after = {});

}  // namespace jiedui::cmd
