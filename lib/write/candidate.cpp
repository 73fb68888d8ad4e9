#include "write/candidate.hpp"

#include "error.hpp"

#include <fmt/format.h>

#include <set>
#include <tuple>

namespace jiedui::write {
namespace {

using Key = std::tuple<std::string, std::uint32_t, std::uint32_t, ledger::Code, std::string>;
Key key_of(const ledger::Diagnostic& d) { return {d.file, d.line, d.column, d.code, d.message}; }

}  // namespace

ledger::Ledger load_candidate(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                              const ledger::LoadOptions& candidate_options, std::string_view only_file,
                              std::vector<Refusal>& refusals, std::vector<Refusal>& warnings) {
  ledger::CollectingSink sink;
  ledger::Ledger candidate = ledger::load_ledger(ledger.dir, candidate_options, sink);
  std::set<Key> before;
  for (const auto& d : diagnostics) before.insert(key_of(d));
  for (const auto& d : sink.diagnostics) {
    if ((!only_file.empty() && d.file != only_file) || before.count(key_of(d)) != 0) continue;
    if (d.severity == ledger::Severity::error) refusals.push_back(refusal_of(d));
    else if (d.severity == ledger::Severity::warning) warnings.push_back(refusal_of(d));
  }
  return candidate;
}

// A row added or moved after a last record that cannot be read (an open
// quote) would be swallowed by it: nothing is written until it is mended.
void refuse_unreadable_last_record(const std::string& path, const std::vector<RecordSpan>& spans,
                                   const std::vector<ledger::Diagnostic>& diagnostics) {
  if (spans.empty() || !spans.back().cells.empty()) return;
  std::string why = "bad-csv";
  std::uint32_t column = 1;
  for (const ledger::Diagnostic& d : diagnostics)
    if (d.file == path && d.line == spans.back().line && d.code == ledger::Code::bad_csv) {
      why = fmt::format("bad-csv: {}", d.message);
      column = d.column;
    }
  throw InputError(path,
                   fmt::format("the last record cannot be read ({}); rows written after it would be lost in it: "
                               "mend it first (`jiedui check`); nothing written",
                               why),
                   spans.back().line, column);
}

}  // namespace jiedui::write
