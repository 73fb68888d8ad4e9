// Fuzz target: rules.csv of a ledger set is the input (SPEC §4). It replaces
// the profile's rows, so the audit runs with whatever rules were read: odd
// periods (1d, 99999d), huge minimums, gaps on every measure.
#include "fuzz_ledger_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;  // an empty rules.csv is still a rules.csv; "" means none here
  jiedui::fuzz::LedgerFiles files;
  files.rules = std::string_view(reinterpret_cast<const char*>(data), size);
  jiedui::fuzz::check_and_audit(files);
  return 0;
}
