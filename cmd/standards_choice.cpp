#include "standards_choice.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "entitle/choose.hpp"
#include "error.hpp"

namespace jiedui::cmd {

entitle::Standards standards_or_stop(const std::string& choice, std::string_view command) {
  ledger::CollectingSink sink;
  entitle::Standards standards = entitle::choose_standards(choice, sink);
  for (const std::string& note : sink.notes) print_note(note);
  std::size_t errors = 0;
  for (const auto& d : sink.diagnostics) {
    const std::string line = fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.line, d.column,
                                         ledger::severity_name(d.severity), ledger::code_name(d.code), d.message);
    if (d.severity == ledger::Severity::error) {
      print_error(line);
      ++errors;
    } else {
      print_warning(line);
    }
  }
  if (errors > 0)
    throw UsageError(fmt::format("{} cannot use the standards table {} ({} error{}; see above)", command,
                                 standards.source, errors, errors == 1 ? "" : "s"));
  return standards;
}

}  // namespace jiedui::cmd
