#include "ledger/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <toml++/toml.h>

#include "csv/source.hpp"
#include "error.hpp"
#include "ledger/money.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::ledger {

namespace {

// What a key takes. Names are matched exactly: `Profile` or `lang = "ZH"` is
// an error, as a command-line option in capitals would be.
struct KeySpec {
  std::string_view name;
  enum Kind { text, choice, integer, boolean } kind;
  std::vector<std::string_view> choices = {};  // choice
  std::int64_t min = 0, max = 0;                // integer
  std::string_view what = {};                   // integer: what the number counts
};

const std::vector<KeySpec>& option_specs() {
  static const std::vector<KeySpec> specs = {
      {"profile", KeySpec::text},
      {"gender_gap", KeySpec::integer, {}, 0, 200, "years"},
      {"lang", KeySpec::choice, {"en", "zh"}},
      {"format", KeySpec::choice, {"table", "csv", "tsv", "json", "jsonl", "md", "html", "xlsx"}},
      {"fail_on", KeySpec::choice, {"error", "warning", "notice", "never"}},
      {"threads", KeySpec::integer, {}, 1, 1024, "threads"},
      {"reveal", KeySpec::boolean},
      {"bom", KeySpec::boolean},
      {"encoding", KeySpec::choice, {"utf-8", "gb18030"}},
      {"input_encoding", KeySpec::choice, {"auto", "utf-8", "gb18030"}},
      {"template", KeySpec::text},
  };
  return specs;
}

const KeySpec kSubsidyLevel{"", KeySpec::integer, {}, 1, 100'000'000, "yuan"};

std::string joined(const std::vector<std::string_view>& names) {
  std::string out;
  for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a decimal number";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return "a date or time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

class Reader {
 public:
  Reader(std::string path, std::span<const std::string_view> commands) : path_(std::move(path)), commands_(commands) {}

  InputError error_at(const toml::source_region& where, const std::string& message) const {
    return InputError(path_, message, where.begin.line, where.begin.column);
  }

  // One key of the top level or of a per-command table: an option default.
  std::pair<std::string, std::int64_t> option(const toml::key& key, const toml::node& node) const {
    const auto& specs = option_specs();
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const KeySpec& s) { return s.name == key.str(); });
    if (spec == specs.end()) {
      std::vector<std::string_view> names;
      for (const auto& s : specs) names.push_back(s.name);
      throw error_at(key.source(), fmt::format("unknown key '{}'; the keys are {} (jiedui-config(5))", key.str(),
                                               joined(names)));
    }
    return value(*spec, key.str(), node);
  }

  // A value checked against its spec: its text and, for integers, the number.
  std::pair<std::string, std::int64_t> value(const KeySpec& spec, std::string_view key, const toml::node& node) const {
    switch (spec.kind) {
      case KeySpec::text:
      case KeySpec::choice: {
        const auto* s = node.as_string();
        if (s == nullptr)
          throw error_at(node.source(), fmt::format("{} is {}; it takes a string in double quotes{}", key,
                                                    type_name(node),
                                                    spec.kind == KeySpec::choice
                                                        ? fmt::format(": {}", joined(spec.choices))
                                                        : std::string()));
        const std::string& text = s->get();
        if (spec.kind == KeySpec::choice &&
            std::find(spec.choices.begin(), spec.choices.end(), text) == spec.choices.end())
          throw error_at(node.source(),
                         fmt::format("{} = \"{}\" is not one of: {}", key, text, joined(spec.choices)));
        if (text.empty()) throw error_at(node.source(), fmt::format("{} is empty", key));
        return {text, 0};
      }
      case KeySpec::integer: {
        const auto* n = node.as_integer();
        if (n == nullptr)
          throw error_at(node.source(), fmt::format("{} is {}; it takes a whole number of {} from {} to {}", key,
                                                    type_name(node), spec.what, spec.min, spec.max));
        const std::int64_t number = n->get();
        if (number < spec.min || number > spec.max)
          throw error_at(node.source(), fmt::format("{} = {} is not a number of {} from {} to {}", key, number,
                                                    spec.what, spec.min, spec.max));
        return {std::to_string(number), number};
      }
      case KeySpec::boolean: {
        const auto* b = node.as_boolean();
        if (b == nullptr)
          throw error_at(node.source(), fmt::format("{} is {}; it takes true or false", key, type_name(node)));
        // Personal numbers are shown only when asked for, run by run:
        // a file cannot turn masking off for everyone who uses the set.
        if (key == "reveal" && b->get())
          throw error_at(node.source(),
                         "reveal = true is not allowed: ID and phone numbers are unmasked only by --reveal on "
                         "the command line, each time");
        return {b->get() ? "true" : "false", 0};
      }
    }
    return {};
  }

  bool is_command(std::string_view name) const {
    return std::find(commands_.begin(), commands_.end(), name) != commands_.end();
  }

  std::string unknown_table(const toml::key& key) const {
    std::string names = "phones, subsidy";
    for (const auto c : commands_) names += ", " + std::string(c);
    return fmt::format("unknown table [{}]; the tables are {} (jiedui-config(5))", key.str(), names);
  }

 private:
  std::string path_;
  std::span<const std::string_view> commands_;
};

}  // namespace

std::span<const std::string_view> Config::option_keys() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> all;
    for (const auto& s : option_specs()) all.push_back(s.name);
    return all;
  }();
  return names;
}

Config Config::load(const std::string& path, std::span<const std::string_view> commands) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  // A jiedui.toml is a few lines: a bigger one (or a device) is not one.
  return parse(csv::read_bounded(path, std::size_t{1} << 20, "not a jiedui.toml, which is a few lines of settings"),
               path, commands);
}

Config Config::parse(const std::string& text, const std::string& display_path,
                     std::span<const std::string_view> commands) {
  Config config;
  config.path_ = display_path;
  toml::table root;
  try {
    root = toml::parse(text, display_path);
  } catch (const toml::parse_error& e) {
    throw InputError(display_path, std::string(e.description()), e.source().begin.line, e.source().begin.column);
  }
  const Reader reader(display_path, commands);
  auto store = [&](const std::string& name, const toml::node& node, std::pair<std::string, std::int64_t> value,
                   bool is_number) {
    Entry e{std::move(value.first), std::nullopt, node.source().begin.line, node.source().begin.column};
    if (is_number) e.number = value.second;
    config.values_[name] = std::move(e);
  };
  for (const auto& [key, node] : root) {
    const std::string name(key.str());
    if (!node.is_table()) {
      const auto value = reader.option(key, node);
      store(name, node, value, node.is_integer());
      continue;
    }
    const toml::table& table = *node.as_table();
    if (name == "phones") {
      // Keys are district paths ("平凉市/静宁县/城关镇"), values their numbers.
      for (const auto& [district, phone] : table) {
        const auto* s = phone.as_string();
        if (s == nullptr)
          throw reader.error_at(phone.source(), fmt::format("the phone of '{}' is {}; it takes the number as a string, "
                                                            "in double quotes",
                                                            district.str(), type_name(phone)));
        store("phones." + std::string(district.str()), phone, {s->get(), 0}, false);
      }
    } else if (name == "subsidy") {
      // A helper's monthly subsidy by the recipient's level, in whole yuan.
      for (const auto& [level, amount] : table) {
        if (level.str() != "level1" && level.str() != "level2" && level.str() != "level3")
          throw reader.error_at(level.source(), fmt::format("unknown key '{}' in [subsidy]; the keys are level1, "
                                                            "level2, level3 (yuan a month)",
                                                            level.str()));
        store("subsidy." + std::string(level.str()), amount, reader.value(kSubsidyLevel, level.str(), amount), true);
      }
    } else if (reader.is_command(name)) {
      for (const auto& [option, value] : table) {
        if (value.is_table())
          throw reader.error_at(option.source(), fmt::format("[{}.{}]: a command's table holds keys, not tables "
                                                             "(its settings apply to all of `{}`)",
                                                             name, option.str(), name));
        store(name + "." + std::string(option.str()), value, reader.option(option, value), value.is_integer());
      }
    } else {
      throw reader.error_at(key.source(), reader.unknown_table(key));
    }
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

std::optional<std::int64_t> Config::integer(const std::string& command, const std::string& key) const {
  if (const Entry* e = find(command, key)) return e->number;
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
