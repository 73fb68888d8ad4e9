// Free text on its way to a terminal or a log: control characters in a cell
// quoted by a message are shown, never obeyed.
#include <doctest/doctest.h>

#include "out/text_mask.hpp"

using namespace jiedui::out;

TEST_SUITE("out::text") {

TEST_CASE("an escape sequence in a cell is shown as text, not sent to the terminal") {
  CHECK(visible_controls("'\x1b[31mred' is not a mode") == "'\\x1B[31mred' is not a mode");
  CHECK(visible_controls("bell\x07 and del\x7f") == "bell\\x07 and del\\x7F");
}

TEST_CASE("a line break inside a quoted cell does not split the message line") {
  CHECK(visible_controls("a\r\nb\tc") == "a\\r\\nb\\tc");
}

TEST_CASE("a C1 control (the one-byte CSI U+009B) is escaped, Chinese text is not") {
  CHECK(visible_controls("x\xc2\x9b" "31m") == "x\\u009B31m");
  CHECK(visible_controls("电话问候，了解学习情况") == "电话问候，了解学习情况");
  CHECK(visible_controls("\xc2\xa0") == "\xc2\xa0");  // NO-BREAK SPACE is text
}

}
