#pragma once
// Masking inside free text (messages, details): a message that quotes an ID
// number must not show it in full where a table cell would be masked (SPEC §9).
#include <string>
#include <string_view>

namespace jiedui::out {

// Every run of 15–20 digits (an ID, with a trailing X/x, or a disability
// certificate) keeps its first 6 and last 4 characters; every run of 11
// digits starting with 1 (a mobile number) keeps its first 3 and last 4.
std::string mask_numbers_in_text(std::string_view text);

// Control characters as visible escapes, for text lines meant for a terminal
// or a log (check's FILE:LINE:COL lines, messages on stderr): a cell that
// holds ESC must not drive the terminal, and one that holds a line break must
// not split a line that grep and editors read as one problem. \t \n \r
// for those three, \xHH for the other C0 bytes and DEL, \u0080–\u009F for
// the C1 controls (U+009B is a CSI on some terminals). All else unchanged.
std::string visible_controls(std::string_view text);

}  // namespace jiedui::out
