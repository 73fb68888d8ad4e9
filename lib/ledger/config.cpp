#include "ledger/config.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <sstream>

#include "csv/source.hpp"
#include "error.hpp"
#include "ledger/money.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::ledger {

Config Config::load(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  // A jiedui.toml is a few lines: a bigger one (or a device) is not one.
  return parse(csv::read_bounded(path, std::size_t{1} << 20, "not a jiedui.toml, which is a few lines of settings"),
               path);
}

Config Config::parse(const std::string& text, const std::string& display_path) {
  Config config;
  config.path_ = display_path;
  std::string section;
  std::istringstream lines(text);
  std::string raw;
  std::uint32_t number = 0;
  while (std::getline(lines, raw)) {
    ++number;
    std::string_view line = trim(raw);
    if (!line.empty() && line.back() == '\r') line = trim(line.substr(0, line.size() - 1));
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']') throw InputError(display_path, "expected [section]", number, 1);
      section = std::string(trim(line.substr(1, line.size() - 2)));
      continue;
    }
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) throw InputError(display_path, "expected key = value", number, 1);
    const std::string key(trim(line.substr(0, eq)));
    if (key.empty()) throw InputError(display_path, "expected key = value", number, 1);
    std::string_view value = trim(line.substr(eq + 1));
    // 1-based column of the value in the raw line (for messages about it).
    const auto column = static_cast<std::uint32_t>(value.data() - raw.data() + 1);
    if (!value.empty() && value.front() == '"') {
      const std::size_t close = value.find('"', 1);
      if (close == std::string_view::npos) throw InputError(display_path, "unterminated string", number, column);
      if (const std::string_view after = trim(value.substr(close + 1)); !after.empty() && after.front() != '#')
        throw InputError(display_path, fmt::format("'{}' after the closing quote", after), number,
                         static_cast<std::uint32_t>(after.data() - raw.data() + 1));
      value = value.substr(1, close - 1);
    } else if (const std::size_t hash = value.find('#'); hash != std::string_view::npos) {
      value = trim(value.substr(0, hash));
    }
    config.values_[section.empty() ? key : section + "." + key] = {std::string(value), number, column};
  }
  return config;
}

const Config::Entry* Config::find(const std::string& command, const std::string& key) const {
  if (auto it = values_.find(command + "." + key); it != values_.end()) return &it->second;
  if (auto it = values_.find(key); it != values_.end()) return &it->second;
  return nullptr;
}

std::optional<std::string> Config::get(const std::string& command, const std::string& key) const {
  if (const Entry* e = find(command, key)) return e->value;
  return std::nullopt;
}

InputError Config::bad_value(const std::string& command, const std::string& key, const std::string& message) const {
  const Entry* e = find(command, key);
  return e != nullptr ? InputError(path_, message, e->line, e->column) : InputError(path_, message);
}

std::map<std::string, std::string> Config::values() const {
  std::map<std::string, std::string> all;
  for (const auto& [key, entry] : values_) all.emplace(key, entry.value);
  return all;
}

SubsidyStandards subsidy_standards(const Config& config) {
  SubsidyStandards standards;
  for (std::size_t level = 0; level < standards.fen.size(); ++level) {
    const std::string key = fmt::format("level{}", level + 1);
    const auto text = config.get("subsidy", key);
    if (!text) continue;
    const auto fen = parse_fen(*text);
    if (!fen || *fen < 0 || *fen > kMaxFundsFen)
      throw config.bad_value("subsidy", key,
                             fmt::format("{} = '{}' is not yuan a month (a number ≥ 0 with at most 2 decimals)", key,
                                         *text));
    standards.fen[level] = *fen;
  }
  return standards;
}

}  // namespace jiedui::ledger
