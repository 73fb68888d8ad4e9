// Fuzz target: pairings.csv of a ledger set is the input; the other files are the
// small valid set of fuzz_ledger_set.hpp. Loaded, checked and audited.
#include "fuzz_ledger_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jiedui::fuzz::LedgerFiles files;
  files.pairings = std::string_view(reinterpret_cast<const char*>(data), size);
  jiedui::fuzz::check_and_audit(files);
  return 0;
}
