// Free text on its way to a reader: personal numbers masked in whatever shape
// they are written, control characters in a cell quoted by a message shown,
// never obeyed.
#include <doctest/doctest.h>

#include "out/text_mask.hpp"

using namespace jiedui::out;

TEST_SUITE("out::text") {

TEST_CASE("an ID in free text keeps its first 6 and last 4 characters, whatever its check character") {
  CHECK(mask_personal_numbers("recipient 620102199001011234 is not in recipients.csv") ==
        "recipient 620102********1234 is not in recipients.csv");
  CHECK(mask_personal_numbers("'62010219900101123X'") == "'620102********123X'");
  CHECK(mask_personal_numbers("'62010219900101123A' is not 17 digits") == "'620102********123A' is not 17 digits");
  CHECK(mask_personal_numbers("ID: 620102199001011234") == "ID: 620102********1234");
  CHECK(mask_personal_numbers("620102900101123") == "620102*****1123");  // the old 15-digit IDs
  CHECK(mask_personal_numbers("身份证号620102199001011234。") == "身份证号620102********1234。");
}

TEST_CASE("an ID that is too short, too long or split by spaces or hyphens is masked all the same") {
  CHECK(mask_personal_numbers("'62010219900101123' has 17 characters") == "'620102*******1123' has 17 characters");
  CHECK(mask_personal_numbers("'6201021990 01011234'") == "'620102**** ****1234'");
  CHECK(mask_personal_numbers("620102 19900101 123X") == "620102 ******** 123X");
  CHECK(mask_personal_numbers("620102-1990-0101-1234") == "620102-****-****-1234");
  CHECK(mask_personal_numbers("ID 62010219900101123 4") == "ID 620102*******1123 4");
}

TEST_CASE("a disability certificate (the ID and 2 digits) is masked, an X in its middle too") {
  CHECK(mask_personal_numbers("certificate '62010219900101123412'") == "certificate '620102**********3412'");
  CHECK(mask_personal_numbers("62010219900101123X12") == "620102**********3X12");
}

TEST_CASE("phone numbers in every usual shape keep their first 3 and last 4 digits") {
  CHECK(mask_personal_numbers("13871727374") == "138****7374");
  CHECK(mask_personal_numbers("138-7172-7374") == "138-****-7374");
  CHECK(mask_personal_numbers("138 7172 7374") == "138 **** 7374");
  CHECK(mask_personal_numbers("+86 189 7172 7374") == "+86 1** **** 7374");
  CHECK(mask_personal_numbers("+8613961626364") == "+861******6364");
  CHECK(mask_personal_numbers("0930-8123456") == "093*-***3456");  // a landline with its area code
  CHECK(mask_personal_numbers("电话13871727374，已接通") == "电话138****7374，已接通");
  CHECK(mask_personal_numbers("tel:13871727374") == "tel:138****7374");
  CHECK(mask_personal_numbers("Tel. 13871727374") == "Tel. 138****7374");
}

TEST_CASE("full-width digits and separators are masked like ASCII ones") {
  CHECK(mask_personal_numbers("１３８７１７２７３７４") == "１３８****７３７４");
  CHECK(mask_personal_numbers("138\u30007172\u30007374") == "138\u3000****\u30007374");
}

TEST_CASE("dates, amounts, counts, years and line numbers stay readable") {
  for (const char* text : {"2024-01-15 2024-02-15 2024-03-15", "2026-01-01..2026-12-31", "2024-01 2024-02 2024-03",
                           "funds 99999999999999.99", "0.123456789012", "1,000,000,000,000", "12 45 78 102 340",
                           "line 4 of 10; 2026 records", "the pairing on line 4 (2025-01-01 – 2026-03-31) on 2026-03-01",
                           "1234567890", "GS-PL-0001", "+86 138", "2024 2025 2026", "1203 1456 1789"}) {
    CHECK(mask_personal_numbers(text) == text);
  }
}

TEST_CASE("the digits of a code (a cadre's staff number) are not a personal number") {
  for (const char* text : {"GS622926-089072", "GS-622926-089072", "cadre GS622926089072 is not in cadres.csv"}) {
    CHECK(mask_personal_numbers(text) == text);
  }
  CHECK(mask_personal_numbers("GS-PL-0001 电话13871727374") == "GS-PL-0001 电话138****7374");
}

TEST_CASE("a phone number next to a date is masked, the date is not") {
  CHECK(mask_personal_numbers("2024-01-15 13871727374") == "2024-01-15 138****7374");
  CHECK(mask_personal_numbers("13871727374 2024-01-15") == "138****7374 2024-01-15");
}

TEST_CASE("masking a masked text changes nothing") {
  const std::string once = mask_personal_numbers("620102199001011234 and +86 189 7172 7374");
  CHECK(mask_personal_numbers(once) == once);
}

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
