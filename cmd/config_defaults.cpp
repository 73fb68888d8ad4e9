#include "config_defaults.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "card/card_template.hpp"
#include "error.hpp"
#include "rules/rule.hpp"

namespace jiedui::cmd {

namespace {

// Commands that read no ledger set: a jiedui.toml beside them is not theirs.
bool reads_config(std::string_view command) {
  return command != "completion" && command != "init" && command != "sample";
}

std::vector<std::string_view> table_names() {
  std::vector<std::string_view> names;
  for (const Command& c : commands())
    if (reads_config(c.name)) names.push_back(c.name);
  return names;
}

std::string flag_of(std::string_view key) {
  std::string flag = "--" + std::string(key);
  std::replace(flag.begin(), flag.end(), '_', '-');
  return flag;
}

// The option `flag` of `app` or of any of its subcommands (`[pair] format`
// is for `pair list`).
CLI::Option* option_in_tree(CLI::App& app, const std::string& flag) {
  if (CLI::Option* o = app.get_option_no_throw(flag)) return o;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (CLI::Option* o = option_in_tree(*sub, flag)) return o;
  return nullptr;
}

// Names the config's profile and template values must be (wherever they
// stand: a file `check` reads is as wrong as one `audit` reads).
void check_names(const ledger::Config& config) {
  for (const auto& [name, value] : config.values()) {
    const std::size_t dot = name.find('.');
    const std::string table = dot == std::string::npos ? "" : name.substr(0, dot);
    const std::string key = dot == std::string::npos ? name : name.substr(dot + 1);
    if (table == "phones" || table == "subsidy") continue;
    if (key == "profile" && rules::builtin_profile_csv(value).empty()) {
      std::string known;
      for (const std::string& p : rules::profile_names()) known += (known.empty() ? "" : ", ") + p;
      throw config.bad_value(table, key, fmt::format("profile = '{}' is not a built-in profile ({})", value, known));
    }
    if (key == "template") {
      try {
        (void)card::find_card_template(value);
      } catch (const UsageError& e) {
        // find_card_template's message names --template: say it of this line.
        const std::string_view why(e.what());
        const std::size_t colon = why.find(": ");
        throw config.bad_value(table, key, fmt::format("template = '{}': {}", value,
                                                       colon == std::string_view::npos ? why : why.substr(colon + 2)));
      }
    }
  }
}

// A [command] table may hold only keys that command has an option for.
void check_tables(CLI::App& app, const ledger::Config& config) {
  for (const auto& [name, value] : config.values()) {
    const std::size_t dot = name.find('.');
    if (dot == std::string::npos) continue;
    const std::string table = name.substr(0, dot), key = name.substr(dot + 1);
    if (table == "phones" || table == "subsidy") continue;
    const auto named = app.get_subcommands([&](CLI::App* a) { return a->get_name() == table; });
    CLI::App* command = named.empty() ? nullptr : named.front();
    const std::string flag = flag_of(key);
    if (command != nullptr && option_in_tree(*command, flag) == nullptr && app.get_option_no_throw(flag) == nullptr)
      throw config.bad_value(table, key, fmt::format("[{}] {}: `jiedui {}` has no {} option", table, key, table, flag));
  }
}

}  // namespace

ledger::Config load_config(const std::string& dir) {
  ledger::Ledger paths;
  paths.dir = dir;
  const std::vector<std::string_view> names = table_names();
  return ledger::Config::load(paths.path_of("jiedui.toml"), names);
}

void apply_config_defaults(CLI::App& app, const Globals& globals) {
  const auto parsed = app.get_subcommands();
  if (parsed.empty() || !reads_config(parsed.front()->get_name())) return;
  CLI::App* command = parsed.front();
  const std::string name = command->get_name();
  // `rules --profile NAME` prints a built-in profile and reads nothing of
  // the set (jiedui-rules(1)).
  if (name == "rules" && command->get_option("--profile")->count() > 0) return;
  const ledger::Config config = load_config(globals.dir());
  check_names(config);
  check_tables(app, config);

  // The running command, its subcommand (report districts), then the
  // top-level app (--threads, --input-encoding): the deepest option wins.
  std::vector<CLI::App*> chain{command};
  while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
  std::reverse(chain.begin(), chain.end());
  chain.push_back(&app);
  auto find = [&](const std::string& flag) -> CLI::Option* {
    for (CLI::App* a : chain)
      if (CLI::Option* o = a->get_option_no_throw(flag)) return o;
    return nullptr;
  };
  // `rules` without --profile prints the rules in effect (the file's profile
  // and rules.csv); its --profile prints a built-in one: not the same thing.
  const bool rules_command = name == "rules";
  for (const std::string_view key : ledger::Config::option_keys()) {
    const auto value = config.get(name, std::string(key));
    if (!value) continue;
    if (rules_command && key == "profile") continue;
    if (key == "threads") {
      const char* env = std::getenv("JIEDUI_THREADS");
      if (env != nullptr && *env != '\0') continue;
    }
    CLI::Option* option = find(flag_of(key));
    if (option == nullptr || option->count() > 0) continue;
    if (key == "format") {
      const CLI::Option* output = find("--output");
      if (output != nullptr && output->count() > 0 && output->as<std::string>() != "-") continue;
    }
    // A flag set false in the file is its default already.
    if (option->get_expected_min() == 0 && *value == "false") continue;
    try {
      option->add_result(*value);
      option->run_callback();
    } catch (const CLI::ParseError& e) {
      throw config.bad_value(name, std::string(key),
                             fmt::format("{} = '{}' is not for `jiedui {}`: {}", key, *value, name, e.what()));
    }
  }
}

}  // namespace jiedui::cmd
