#pragma once
// jiedui.toml in a ledger set (jiedui-config(5)): default option values, such
// as profile = "wangcheng", for every command or per command ([audit]
// fail_on = "error"), village phones for cards ([phones]) and the helper
// subsidy levels ([subsidy]). The file is TOML, read by toml++; anything the
// file says that jiedui cannot use — a syntax error, an unknown key or table,
// a value of the wrong type or outside its range — is an InputError at its
// line and column, never silently ignored.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"

namespace jiedui::ledger {

class Config {
 public:
  // Reads DIR/jiedui.toml; an absent file is an empty config. `commands`
  // are the names a per-command table may have ([audit], [report] …).
  static Config load(const std::string& path, std::span<const std::string_view> commands = {});
  static Config parse(const std::string& text, const std::string& display_path,
                      std::span<const std::string_view> commands = {});

  // The option keys a top-level line or a per-command table may set, in the
  // order jiedui-config(5) lists them.
  static std::span<const std::string_view> option_keys();

  // The value of `key` for `command`: [command] table first, then top level.
  // Strings as written, integers in decimal, booleans "true"/"false".
  std::optional<std::string> get(const std::string& command, const std::string& key) const;
  // The same for an integer key (gender_gap, threads, [subsidy] level1),
  // validated when the file was read: get("subsidy", "level1") is its text.
  std::optional<std::int64_t> integer(const std::string& command, const std::string& key) const;
  // An InputError naming the file, line and column of that value: a value a
  // command cannot use is unreadable input (exit 2), never silently replaced
  // by the default.
  InputError bad_value(const std::string& command, const std::string& key, const std::string& message) const;
  // Every "table.key" (or top-level "key") with its value, in key order: for
  // tables whose keys are data, such as [phones].
  std::map<std::string, std::string> values() const;
  const std::string& path() const { return path_; }

 private:
  struct Entry {
    std::string value;
    std::optional<std::int64_t> number;
    std::uint32_t line = 0, column = 0;
  };
  const Entry* find(const std::string& command, const std::string& key) const;
  std::string path_;
  std::map<std::string, Entry> values_;  // "table.key" or "key"
};

// The helpers' monthly subsidy by the recipient's level, in fen
// (《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》四(二): 包保一级对象的关爱帮扶
// 联系人予以200元/月的补助，包保二级、三级对象的…300元/月): jiedui.toml's
// [subsidy] level1, level2, level3 (whole yuan, checked where jiedui.toml is read) override
// them; a value that is not such an amount is an InputError at its place.
struct SubsidyStandards {
  std::array<std::int64_t, 3> fen = {20000, 30000, 30000};  // levels 1, 2, 3

  // The fen a month for a normalised level ("1", "2", "3"); nullopt for any
  // other level (the scheme pays for none).
  std::optional<std::int64_t> for_level(std::string_view level) const {
    if (level.size() == 1 && level[0] >= '1' && level[0] <= '3') return fen[static_cast<std::size_t>(level[0] - '1')];
    return std::nullopt;
  }
};
SubsidyStandards subsidy_standards(const Config& config);

}  // namespace jiedui::ledger
