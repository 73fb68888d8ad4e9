#pragma once
// Why a write is refused (SPEC §7): the diagnostics `check` would report on
// the new rows, and the audit's pairing findings the change would cause,
// with their codes and messages unchanged.
#include <cstdint>
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
// Notes trimmed, without a trailing [forced: …] mark: what makes two rows
// identical for an idempotent import.
std::string_view without_forced_mark(std::string_view notes);

// The errors the loader's checks report on rows about to be written, as
// refusals (their lines moved by `shift`: the line each row will take, or
// its line in an import file); warnings are the writer's to judge.
class RefusalSink : public ledger::DiagnosticSink {
 public:
  RefusalSink(std::vector<Refusal>& out, std::vector<std::string>& notes, std::int64_t shift)
      : out_(out), notes_(notes), shift_(shift) {}
  void report(ledger::Diagnostic d) override;
  void note(std::string message) override { notes_.push_back(std::move(message)); }

 private:
  std::vector<Refusal>& out_;
  std::vector<std::string>& notes_;
  std::int64_t shift_;
};

}  // namespace jiedui::write
