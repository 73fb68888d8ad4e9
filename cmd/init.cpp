// jiedui init DIR: an empty ledger set, headers only, ready for Excel or
// `jiedui pair` / `jiedui log`.
#include <fmt/format.h>

#include <filesystem>

#include "commands.hpp"
#include "error.hpp"
#include "ledger/schema.hpp"
#include "out/sink.hpp"
#include "rules/rule.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  std::string dir;
  std::string lang = "en";
  std::string profile;
  bool force = false;
  bool bom = false;
};

std::string header_line(const ledger::FileSpec& spec, bool chinese) {
  std::string line;
  for (const auto& column : spec.columns) {
    if (!line.empty()) line += ',';
    line += chinese && column.aliases.size() > 0 ? *column.aliases.begin() : column.name;
  }
  return line + (chinese ? "\r\n" : "\n");
}

int run(const Options& o, const Globals& g) {
  namespace fs = std::filesystem;
  if (!o.profile.empty()) (void)rules::builtin_profile(o.profile);  // unknown profile: UsageError
  const std::vector<const ledger::FileSpec*> specs = {&ledger::recipients_spec(), &ledger::cadres_spec(),
                                                      &ledger::pairings_spec(), &ledger::visits_spec()};
  const fs::path dir(o.dir);
  std::vector<fs::path> targets;
  for (const auto* spec : specs) targets.push_back(dir / spec->file_name);
  if (!o.profile.empty()) targets.push_back(dir / "jiedui.toml");
  if (!o.force) {  // all or nothing: refuse before writing anything
    for (const auto& t : targets) {
      std::error_code ec;
      if (fs::exists(fs::symlink_status(t, ec)))  // a dangling link too: never created through
        throw UsageError(fmt::format("{} exists; nothing written (--force replaces it)", t.string()));
    }
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw OutputError(fmt::format("{}: {}", dir.string(), ec.message()));
  for (const auto& t : targets) out::check_replaceable(t.string());  // --force: all replaceable, or none written
  // Chinese headers are for Excel: a BOM and CRLF, as Excel itself writes.
  const bool chinese = o.lang == "zh";
  for (std::size_t i = 0; i < specs.size(); ++i) {
    out::AtomicFileSink file(targets[i].string());
    if (chinese || o.bom) file.write("\xEF\xBB\xBF");
    file.write(header_line(*specs[i], chinese));
    file.commit();
  }
  if (!o.profile.empty()) {
    out::AtomicFileSink file((dir / "jiedui.toml").string());
    file.write(fmt::format("# jiedui defaults for this ledger set (see jiedui-config(5))\nprofile = \"{}\"\n", o.profile));
    file.commit();
  }
  if (!g.quiet) print_line(fmt::format("init: wrote an empty ledger set in {}", dir.string()));
  return kOk;
}

}  // namespace

std::function<int()> setup_init(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description("Create DIR with empty recipients.csv, cadres.csv, pairings.csv and visits.csv (headers only).");
  app.add_option("dir", o->dir, "the directory to create or fill")->required();
  app.add_option("--lang", o->lang, "header names: en (the English names of jiedui-ledger(5)) or zh (Chinese, with BOM and CRLF for Excel)")
      ->check(CLI::IsMember({"en", "zh"}));
  app.add_option("--profile", o->profile, "also write jiedui.toml choosing this rule profile");
  app.add_flag("--bom", o->bom, "start each file with a UTF-8 BOM (always with --lang zh)");
  app.add_flag("--force", o->force, "replace existing files");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
