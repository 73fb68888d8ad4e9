#pragma once
// One setup function per subcommand file (cmd/<name>.cpp).
#include "common.hpp"

namespace jiedui::cmd {

std::function<int()> setup_check(CLI::App& app, const Globals& globals);
std::function<int()> setup_init(CLI::App& app, const Globals& globals);
std::function<int()> setup_rules(CLI::App& app, const Globals& globals);

}  // namespace jiedui::cmd
