#include "entitle/choose.hpp"

#include <stdexcept>

#include "ledger/ledger.hpp"

namespace jiedui::entitle {

Standards choose_standards(const std::string& choice, ledger::DiagnosticSink& sink) {
  const std::string name = choice.empty() ? std::string(kDefaultStandards) : choice;
  if (const auto text = builtin_standards_text(name)) {
    ledger::CollectingSink own;
    Standards s = parse_standards(std::string(*text), name, own);
    if (!own.diagnostics.empty()) throw std::logic_error("built-in standards " + name + " do not parse");
    s.source = name;
    return s;
  }
  return load_standards_file(name, sink);
}

}  // namespace jiedui::entitle
