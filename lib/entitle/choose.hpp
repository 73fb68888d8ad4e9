#pragma once
// --standards NAME|FILE: a built-in table by name (default hezheng-2023), else
// a CSV file of jiedui-standards(5).
#include <string>

#include "entitle/standards.hpp"
#include "ledger/diagnostic.hpp"

namespace jiedui::entitle {

// Problems of a file go to `sink` (the caller decides whether they stop it);
// a file that cannot be opened throws InputError.
Standards choose_standards(const std::string& choice, ledger::DiagnosticSink& sink);

}  // namespace jiedui::entitle
