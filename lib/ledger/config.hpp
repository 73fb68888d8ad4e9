#pragma once
// jiedui.toml in a ledger set (SPEC §1): default option values, such as
// profile = "wangcheng". Only what a data officer writes by hand is read:
// `key = "string"`, `key = 123`, `key = true`, comments, and [command]
// sections whose keys apply to that subcommand only.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "error.hpp"

namespace jiedui::ledger {

class Config {
 public:
  // Reads DIR/jiedui.toml; an absent file is an empty config. Throws
  // InputError with file and line on a line it cannot read.
  static Config load(const std::string& path);
  static Config parse(const std::string& text, const std::string& display_path);

  // The value of `key` for `command`: [command] section first, then top level.
  std::optional<std::string> get(const std::string& command, const std::string& key) const;
  // An InputError naming the file, line and column of that value: a value a
  // command cannot use is unreadable input (exit 2), never silently replaced
  // by the default.
  InputError bad_value(const std::string& command, const std::string& key, const std::string& message) const;
  // Every "section.key" (or top-level "key") with its value, in key order:
  // for tables whose keys are data, such as [phones].
  std::map<std::string, std::string> values() const;

 private:
  struct Entry {
    std::string value;
    std::uint32_t line = 0, column = 0;
  };
  const Entry* find(const std::string& command, const std::string& key) const;
  std::string path_;
  std::map<std::string, Entry> values_;  // "section.key" or "key"
};

}  // namespace jiedui::ledger
