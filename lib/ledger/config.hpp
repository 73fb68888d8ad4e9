#pragma once
// jiedui.toml in a ledger set (SPEC §1): default option values, such as
// profile = "wangcheng". Only what a data officer writes by hand is read:
// `key = "string"`, `key = 123`, `key = true`, comments, and [command]
// sections whose keys apply to that subcommand only.
#include <map>
#include <optional>
#include <string>

namespace jiedui::ledger {

class Config {
 public:
  // Reads DIR/jiedui.toml; an absent file is an empty config. Throws
  // InputError with file and line on a line it cannot read.
  static Config load(const std::string& path);
  static Config parse(const std::string& text, const std::string& display_path);

  // The value of `key` for `command`: [command] section first, then top level.
  std::optional<std::string> get(const std::string& command, const std::string& key) const;
  const std::map<std::string, std::string>& values() const { return values_; }  // "section.key" or "key"

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace jiedui::ledger
