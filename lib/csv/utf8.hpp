#pragma once
// UTF-8 validation, the test that decides whether a ledger is read as UTF-8 or
// as GB18030 (SPEC §1: "a file that is not valid UTF-8 is read as GB18030").
#include <cstddef>
#include <string_view>

namespace jiedui::csv {

// Length of the longest prefix of `bytes` made of whole, valid UTF-8
// characters (no overlong forms, no surrogates, nothing above U+10FFFF).
// A character cut off by the end of `bytes` is not counted, so a caller
// reading in chunks can tell "invalid" (prefix stops before a complete bad
// sequence) from "cut" (fewer than 4 bytes left).
std::size_t valid_utf8_prefix(std::string_view bytes);

// Length of the (invalid or truncated) sequence at the start of `bytes`:
// how many bytes to skip before trying again. Always ≥ 1 for non-empty input.
std::size_t invalid_sequence_length(std::string_view bytes);

// True if `bytes` (non-empty) could be the start of a valid character that
// the end of a buffer cut short: a caller should wait for more input.
bool is_cut_character(std::string_view bytes);

// Tallies non-ASCII text: whole valid multi-byte UTF-8 characters and invalid
// sequences. GB18030 text read as UTF-8 is almost all invalid; a UTF-8 file
// with a stray byte is almost all valid.
struct Utf8Tally {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
  // SPEC §1 reads a file that is not UTF-8 as GB18030. A file whose
  // non-ASCII text is overwhelmingly UTF-8 is taken as UTF-8 with some bad
  // bytes (each a bad-encoding defect), not turned into mojibake whole.
  bool is_utf8() const { return invalid == 0 || multibyte >= 8 * invalid; }
};
// Adds `bytes` to the tally; returns how many trailing bytes were left
// uncounted because a character may continue in the next chunk.
std::size_t tally_utf8(std::string_view bytes, Utf8Tally& tally, bool at_end);

inline bool is_valid_utf8(std::string_view bytes) { return valid_utf8_prefix(bytes) == bytes.size(); }

}  // namespace jiedui::csv
