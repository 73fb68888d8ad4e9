#include "ledger/diagnostic.hpp"

#include <array>

namespace jiedui::ledger {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::notice: return "notice";
  }
  return "error";
}

std::string_view code_name(Code code) {
  static constexpr std::array<std::string_view, 19> kNames = {
      "bad-csv",          "bad-encoding",      "missing-column",     "duplicate-column", "missing-value",
      "bad-id",           "id-birth-mismatch", "id-gender-mismatch", "duplicate-id",     "bad-date",
      "future-date",      "bad-value",         "unknown-recipient",  "unknown-cadre",    "pairing-overlap",
      "end-before-start", "missing-exit-date", "pairing-after-exit", "inspection-not-paired",
  };
  return kNames[static_cast<std::size_t>(code)];
}

}  // namespace jiedui::ledger
