#include "write/refusal.hpp"

#include <algorithm>

namespace jiedui::write {

bool is_forceable(std::string_view code) {
  for (std::string_view c : {"future-date", "pairing-overlap", "gender-mismatch", "gender-unverifiable",
                             "cadre-unavailable", "unpaired", "visit-not-paired", "recipient-exited"})
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

}  // namespace jiedui::write
