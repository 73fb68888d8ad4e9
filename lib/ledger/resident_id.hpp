#pragma once
// The 18-character resident ID of GB 11643: 6-digit area code, YYYYMMDD
// birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check char.
#include <string>
#include <string_view>

#include "ledger/model.hpp"

namespace jiedui::ledger {

struct ResidentId {
  bool valid = false;
  std::string error;  // why not valid, for a bad-id message
  Day birth{};
  Gender gender = Gender::unknown;
};

ResidentId parse_resident_id(std::string_view id);
// The check character (0-9 or X) for the first 17 digits.
char resident_id_check_char(std::string_view first17);
// 17 digits + [0-9xX]: the shape of an ID, whether or not its checksum holds.
bool looks_like_resident_id(std::string_view id);
// Ids compare and print with x upper-cased (SPEC §5).
std::string normalize_id(std::string_view id);

}  // namespace jiedui::ledger
