#pragma once
// One setup function per subcommand file (cmd/<name>.cpp).
#include "audit/period.hpp"
#include "common.hpp"

namespace jiedui::cmd {

std::function<int()> setup_audit(CLI::App& app, const Globals& globals);
std::function<int()> setup_cadre(CLI::App& app, const Globals& globals);
std::function<int()> setup_card(CLI::App& app, const Globals& globals);
std::function<int()> setup_check(CLI::App& app, const Globals& globals);
std::function<int()> setup_completion(CLI::App& app, const Globals& globals);
std::function<int()> setup_due(CLI::App& app, const Globals& globals);
std::function<int()> setup_entitle(CLI::App& app, const Globals& globals);
std::function<int()> setup_explain(CLI::App& app, const Globals& globals);
std::function<int()> setup_export(CLI::App& app, const Globals& globals);
std::function<int()> setup_init(CLI::App& app, const Globals& globals);
std::function<int()> setup_log(CLI::App& app, const Globals& globals);
std::function<int()> setup_pair(CLI::App& app, const Globals& globals);
std::function<int()> setup_recipient(CLI::App& app, const Globals& globals);
std::function<int()> setup_report(CLI::App& app, const Globals& globals);
std::function<int()> setup_rules(CLI::App& app, const Globals& globals);
std::function<int()> setup_sample(CLI::App& app, const Globals& globals);

// `pair suggest` (cmd/pair_suggest.cpp): adds the subcommand to `pair`; when
// it is chosen, `chosen` runs it.
void add_pair_suggest(CLI::App& pair, const Globals& globals, std::function<int()>& chosen);

// --year/--quarter/--month/--from/--to, shared by audit, due, explain, report.
void add_period_options(CLI::App& app, audit::PeriodChoice& period);

}  // namespace jiedui::cmd
