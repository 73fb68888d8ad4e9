#pragma once
// jiedui.toml's option defaults (jiedui-config(5)): read once the command line
// is parsed, each applied to the running command's option of the same name
// (`fail_on` → --fail-on) where the command line did not give it.
#include <CLI/CLI.hpp>

#include <string>

#include "common.hpp"
#include "ledger/config.hpp"

namespace jiedui::cmd {

// DIR/jiedui.toml with a table allowed per command; absent = empty.
ledger::Config load_config(const std::string& dir);

// After app.parse: validates the set's jiedui.toml whole (a profile or card
// template that does not exist, a [command] key the command has no option
// for: InputError at its line and column) and fills the running command's
// options the command line left out. The command line wins; so does an -o
// FILE over `format`, and $JIEDUI_THREADS over `threads`.
void apply_config_defaults(CLI::App& app, const Globals& globals);

}  // namespace jiedui::cmd
