#pragma once
// Finding a recipient or cadre from an id a user typed: as written (x or X),
// or masked as jiedui prints it (620802********0028), copied from a table.
#include <cstdint>
#include <optional>
#include <string_view>

#include "ledger/ledger.hpp"

namespace jiedui::ledger {

struct IdLookup {
  std::optional<std::uint32_t> index;  // the one row the text names
  std::size_t matches = 0;  // rows it could name: 0 unknown, 1 found, more ambiguous
};

// Whether `text` has the '*' of a masked id.
bool is_masked_id(std::string_view text);
// Whether a masked text names `id`: same length, every character that is not
// '*' equal (x and X alike).
bool masked_id_matches(std::string_view masked, std::string_view id);

// An exact id wins; a masked one names a row when exactly one matches.
IdLookup lookup_recipient(const Ledger& ledger, std::string_view text);
IdLookup lookup_cadre(const Ledger& ledger, std::string_view text);

}  // namespace jiedui::ledger
