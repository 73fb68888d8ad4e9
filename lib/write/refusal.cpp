#include "write/refusal.hpp"

#include <algorithm>

#include "ledger/vocab.hpp"

namespace jiedui::write {

bool is_forceable(std::string_view code) {
  for (std::string_view c : {"future-date", "pairing-overlap", "gender-mismatch", "gender-unverifiable",
                             "cadre-unavailable", "unpaired", "visit-not-paired", "recipient-exited",
                             "inspection-not-paired"})
    if (code == c) return true;
  return false;
}

Refusal refusal_of(const ledger::Diagnostic& d) {
  const std::string code(ledger::code_name(d.code));
  return {d.file, d.line, d.column, code, d.message, is_forceable(code)};
}

bool all_forceable(const std::vector<Refusal>& refusals) {
  return std::all_of(refusals.begin(), refusals.end(), [](const Refusal& r) { return r.forceable; });
}

std::string forced_note(std::string_view reason) { return "[forced: " + std::string(reason) + "]"; }

std::string_view without_forced_mark(std::string_view notes) {
  notes = ledger::trim(notes);
  if (notes.ends_with("]")) {
    const std::size_t at = notes.rfind("[forced: ");
    if (at != std::string_view::npos) notes = ledger::trim(notes.substr(0, at));
  }
  return notes;
}

void RefusalSink::report(ledger::Diagnostic d) {
  if (d.severity != ledger::Severity::error) return;
  d.line = static_cast<std::uint32_t>(static_cast<std::int64_t>(d.line) + shift_);
  out_.push_back(refusal_of(d));
}

}  // namespace jiedui::write
