#pragma once
// jiedui.toml in a ledger set (SPEC §1): default option values, such as
// profile = "wangcheng". Only what a data officer writes by hand is read:
// `key = "string"`, `key = 123`, `key = true`, comments, and [command]
// sections whose keys apply to that subcommand only.
#include <array>
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

// The helpers' monthly subsidy by the recipient's level, in fen
// (《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》四(二): 包保一级对象的关爱帮扶
// 联系人予以200元/月的补助，包保二级、三级对象的…300元/月): jiedui.toml's
// [subsidy] level1, level2, level3 (yuan, ≥ 0, at most 2 decimals) override
// them; a value that is not such an amount is an InputError at its place.
struct SubsidyStandards {
  std::array<std::int64_t, 3> fen = {20000, 30000, 30000};  // levels 1, 2, 3
};
SubsidyStandards subsidy_standards(const Config& config);

}  // namespace jiedui::ledger
