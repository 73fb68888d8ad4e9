#pragma once
// A problem found in a ledger (SPEC §2), located by file, line and column.
#include <cstdint>
#include <string>
#include <string_view>

namespace jiedui::ledger {

enum class Severity : std::uint8_t { error, warning, notice };
std::string_view severity_name(Severity severity);

// The validation codes of SPEC §2, plus bad-encoding, duplicate-column,
// missing-value, pairing-after-exit and inspection-not-paired, which SPEC's
// "at least" leaves room for.
enum class Code : std::uint8_t {
  bad_csv,
  bad_encoding,
  missing_column,
  duplicate_column,
  missing_value,
  bad_id,
  id_birth_mismatch,
  id_gender_mismatch,
  duplicate_id,
  bad_date,
  future_date,
  bad_value,
  unknown_recipient,
  unknown_cadre,
  pairing_overlap,
  end_before_start,
  missing_exit_date,
  pairing_after_exit,  // a warning: a pairing still active on or after its recipient's exit_date
  inspection_not_paired,  // a warning: an inspection of a helper not paired (role helper) with the recipient that day
};
std::string_view code_name(Code code);

struct Diagnostic {
  Severity severity = Severity::error;
  Code code = Code::bad_value;
  std::string file;  // as the user would open it: DIR/visits.csv
  std::uint32_t line = 0;  // physical line where the record starts
  std::uint32_t column = 0;  // 1-based field
  std::string message;
};

// Receives diagnostics in file order, and notes meant for stderr (such as
// "visits.csv is not UTF-8; read as GB18030").
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(Diagnostic diagnostic) = 0;
  virtual void note(std::string message) = 0;
};

}  // namespace jiedui::ledger
