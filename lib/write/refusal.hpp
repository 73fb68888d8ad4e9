#pragma once
// Why a write is refused (SPEC §7): the diagnostics `check` would report on
// the new rows, and the audit's pairing findings the change would cause,
// with their codes and messages unchanged.
#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostic.hpp"

namespace jiedui::write {

struct Refusal {
  std::string file;  // "" when the refusal has no place in a file (no pairing to end)
  std::uint32_t line = 0, column = 0;
  std::string code;
  std::string message;
  bool forceable = false;
};

// Rules a data officer may overrule with --force --reason (a justified
// exception: a second pairing during a hand-over, a male cadre for a girl when
// no woman is available, a record by a stand-in cadre, a planned date, a
// recipient back in the programme before recipients.csv says so). A row
// that cannot be read (bad-value, bad-date, unknown-recipient …) never can.
bool is_forceable(std::string_view code);

Refusal refusal_of(const ledger::Diagnostic& d);

// All refusals can be overruled (and --force was given).
bool all_forceable(const std::vector<Refusal>& refusals);

// The note a forced row keeps: "[forced: REASON]".
std::string forced_note(std::string_view reason);

}  // namespace jiedui::write
