#pragma once
// The standards table a command computes with (entitle, report
// entitlements): a bad file is printed as FILE:LINE:COLUMN diagnostics and
// stops the command with exit 2, as an unreadable ledger does.
#include <string>

#include "entitle/standards.hpp"

namespace jiedui::cmd {

entitle::Standards standards_or_stop(const std::string& choice, std::string_view command);
inline constexpr const char* kStandardsHelp =
    "the standards table: a built-in name (hezheng-2023, the default) or a CSV file of jiedui-standards(5)";

}  // namespace jiedui::cmd
