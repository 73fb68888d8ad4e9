// Fuzz target: a whole ledger set. The input is split on the byte 0x1E (ASCII
// record separator, never part of a UTF-8 or GB18030 character) into
// recipients.csv, cadres.csv, pairings.csv, visits.csv and rules.csv; missing
// parts are empty files (rules.csv: absent). Then check and audit, as
// `jiedui check` and `jiedui audit` would.
#include "fuzz_ledger_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::string_view parts[5];
  for (auto& part : parts) {
    const std::size_t cut = rest.find('\x1e');
    part = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
  }
  jiedui::fuzz::LedgerFiles files{parts[0], parts[1], parts[2], parts[3], parts[4]};
  jiedui::fuzz::check_and_audit(files);
  return 0;
}
