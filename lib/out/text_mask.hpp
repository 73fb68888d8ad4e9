#pragma once
// Masking inside free text (cells, messages, titles): wherever a personal
// number is written, in whatever shape, it is masked the same way (SPEC §9).
#include <string>
#include <string_view>

namespace jiedui::out {

// The one masking rule of jiedui(1) PERSONAL DATA. A personal number is a run
// of digits (ASCII or full-width) in which a single hyphen may join groups of
// two or more digits ("138-7172-7374"), and a letter may stand right after
// the 17th digit (an ID's check character, right or wrong). A single space
// joins groups too when together they are shaped like a personal number: 11
// digits from 1, 13 from 861 ("+86 189 7172 7374") or 15 and more
// ("620102 19900101 123X"). A run of 11 or more digits is masked: with 15 or
// more characters (IDs, disability certificates) all but the first 6 and the
// last 4 become '*'; with 11 to 14 (mobile numbers with or without +86,
// landlines with their area code) all but the first 3 and the last 4.
// Separators stay where they were. Never masked: a date written YYYY-MM-DD or
// YYYY-MM, an amount (digits next to a decimal point: 123456789012.50), the
// digits of a code (right after a letter, or a letter and a hyphen:
// GS622926-089072), and shorter numbers (counts, years, line numbers, a list
// of them).
std::string mask_personal_numbers(std::string_view text);

// Control characters as visible escapes, for text lines meant for a terminal
// or a log (check's FILE:LINE:COL lines, messages on stderr): a cell that
// holds ESC must not drive the terminal, and one that holds a line break must
// not split a line that grep and editors read as one problem. \t \n \r
// for those three, \xHH for the other C0 bytes and DEL, \u0080–\u009F for
// the C1 controls (U+009B is a CSI on some terminals). All else unchanged.
std::string visible_controls(std::string_view text);

}  // namespace jiedui::out
