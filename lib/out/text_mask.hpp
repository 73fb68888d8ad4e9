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

}  // namespace jiedui::out
