// jiedui rules: frequency rules as rules.csv (SPEC §4): a built-in profile, so a
// county can start from one and edit it, or the rules in effect for a set.
#include <filesystem>

#include <fmt/format.h>

#include "commands.hpp"
#include "error.hpp"
#include "config_defaults.hpp"
#include "ledger/config.hpp"
#include "ledger/ledger.hpp"
#include "ledger/vocab.hpp"
#include "ledger_run.hpp"
#include "rules/resolve.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  std::string profile;
  std::string rules_file;
  bool list = false;
};

const std::vector<out::Column> kColumns = {{"category"}, {"level"}, {"measure"},
                                           {"min", out::Kind::integer}, {"per"}, {"max_gap", out::Kind::integer},
                                           {"role"}};

int run(const Options& o, const Globals& g) {
  OpenOutput output(o.output, out::Format::csv);
  if (o.list) {
    auto writer = out::make_table_writer(output.table_options("jiedui profiles"), output.sink());
    writer->begin({{"profile"}, {"gender_rule"}, {"rules", out::Kind::integer}});
    for (const auto& name : rules::profile_names()) {
      const auto p = rules::builtin_profile(name);
      writer->row({name, p.gender_rule ? "on" : "off", std::to_string(p.rules.rules.size())});
    }
    writer->end();
    output.commit();
    return kOk;
  }
  rules::RuleSet set;
  if (!o.profile.empty()) {
    set = rules::builtin_profile(o.profile).rules;
  } else {
    ledger::CollectingSink sink;
    const std::string dir = g.dir();
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
      throw InputError(dir, std::filesystem::exists(dir, ec) ? "is not a directory" : "no such ledger directory");
    ledger::Ledger paths;
    paths.dir = dir;
    const auto config = load_config(dir);
    const std::string profile = config_profile(config, "rules");
    set = rules::resolve_rules(profile, o.rules_file, paths.path_of("rules.csv"), sink).rules;
    for (const auto& d : sink.diagnostics)
      print_warning(fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.line, d.column, ledger::severity_name(d.severity),
                                ledger::code_name(d.code), d.message));
    if (!g.quiet) print_note(fmt::format("rules in effect: {}", set.source));
  }
  auto writer = out::make_table_writer(output.table_options("jiedui rules"), output.sink());
  writer->begin(kColumns);
  for (const auto& rule : set.rules) {
    writer->row({rule.category ? std::string(ledger::category_code(*rule.category)) : "*", rule.level.value_or("*"),
                 std::string(rules::measure_name(rule.measure)), std::to_string(rule.min), rules::per_name(rule.per),
                 rule.max_gap ? std::to_string(*rule.max_gap) : "", std::string(ledger::role_code(rule.role))});
  }
  writer->end();
  output.commit();
  return kOk;
}

}  // namespace

std::function<int()> setup_rules(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Print frequency rules as rules.csv (category,level,measure,min,per,max_gap,role): a built-in profile with "
      "--profile, else the rules in effect for the ledger set (--rules FILE, DIR/rules.csv, or jiedui.toml's "
      "profile, default gansu).");
  add_output_options(app, o->output, "csv");
  auto* profile = app.add_option("--profile", o->profile, "a built-in profile: gansu, pingliang, wangcheng, shapingba");
  app.add_option("--rules", o->rules_file, "a rules file instead of the set's rules.csv")->excludes(profile);
  app.add_flag("--list", o->list, "list the built-in profiles");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
