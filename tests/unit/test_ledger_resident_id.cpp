// The 18-character resident ID of GB 11643 (SPEC §1 recipients.csv `id`):
// checksum, embedded birth date, gender digit, and the x → X rule of SPEC §5.
#include <doctest/doctest.h>

#include <string>

#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"

using jiedui::ledger::format_day;
using jiedui::ledger::Gender;
using jiedui::ledger::looks_like_resident_id;
using jiedui::ledger::normalize_id;
using jiedui::ledger::parse_resident_id;
using jiedui::ledger::resident_id_check_char;

TEST_SUITE("ledger::resident_id") {
  TEST_CASE("the check character is ISO 7064 MOD 11-2 over the first 17 digits") {
    CHECK(resident_id_check_char("62080220140312056") == '1');
    CHECK(resident_id_check_char("62082620121102247") == '4');
    CHECK(resident_id_check_char("62010219800101123") == '9');
    // GB 11643's own example, and the weights' remainder 2 → X.
    CHECK(resident_id_check_char("11010519491231002") == 'X');
    CHECK(resident_id_check_char("62080220140312057") == 'X');
    // Remainder 0 → '1', remainder 1 → '0' (the 8th digit weighs 1).
    CHECK(resident_id_check_char("00000000000000000") == '1');
    CHECK(resident_id_check_char("00000001000000000") == '0');
  }

  TEST_CASE("a valid ID gives its birth date to the day and its gender") {
    const auto id = parse_resident_id("620802201403120561");
    CHECK(id.valid);
    CHECK(id.error.empty());
    CHECK(format_day(id.birth) == "2014-03-12");
    CHECK(id.gender == Gender::female);
  }

  TEST_CASE("an ID whose check character is X validates, in either case") {
    const auto upper = parse_resident_id("62080220140312057X");
    CHECK(upper.valid);
    CHECK(format_day(upper.birth) == "2014-03-12");
    CHECK(upper.gender == Gender::male);
    const auto lower = parse_resident_id("62080220140312057x");
    CHECK(lower.valid);
    CHECK(lower.error.empty());
    CHECK(format_day(lower.birth) == "2014-03-12");
    CHECK(lower.gender == Gender::male);
    CHECK(parse_resident_id("11010519491231002X").valid);
    CHECK(parse_resident_id("11010519491231002x").valid);
  }

  TEST_CASE("digit 17 gives the gender: odd is male, even is female") {
    CHECK(parse_resident_id("620102198001011239").gender == Gender::male);    // 3
    CHECK(parse_resident_id("620102197503151245").gender == Gender::female);  // 4
    CHECK(parse_resident_id("620826201211022474").gender == Gender::male);    // 7
    CHECK(parse_resident_id("11010519491231002X").gender == Gender::female);  // 2
  }

  TEST_CASE("a wrong check character fails the checksum, naming the right one") {
    const auto id = parse_resident_id("620802201403120562");
    CHECK_FALSE(id.valid);
    CHECK(id.error == "'620802201403120562' fails its checksum: check character should be 1");
    CHECK(id.gender == Gender::unknown);
    CHECK(parse_resident_id("620802201403120570").error ==
          "'620802201403120570' fails its checksum: check character should be X");
    CHECK(parse_resident_id("11010519491231002Y").error ==
          "'11010519491231002Y' is not 17 digits and a check character 0-9 or X");
  }

  TEST_CASE("17 digits and a letter other than X is not an ID") {
    const auto id = parse_resident_id("62080220140312056A");
    CHECK_FALSE(id.valid);
    CHECK(id.error == "'62080220140312056A' is not 17 digits and a check character 0-9 or X");
    CHECK(parse_resident_id("6208022014031A0561").error ==
          "'6208022014031A0561' is not 17 digits and a check character 0-9 or X");
    CHECK(parse_resident_id("X62080220140312056").error ==
          "'X62080220140312056' is not 17 digits and a check character 0-9 or X");
  }

  TEST_CASE("an ID of the wrong length says how long it is") {
    CHECK(parse_resident_id("62080220140312056").error == "'62080220140312056' has 17 characters; a resident ID has 18");
    CHECK(parse_resident_id("6208022014031205611").error ==
          "'6208022014031205611' has 19 characters; a resident ID has 18");
    CHECK(parse_resident_id("").error == "'' has 0 characters; a resident ID has 18");
    // The old 15-digit IDs are not accepted.
    CHECK_FALSE(parse_resident_id("620802140312056").valid);
  }

  TEST_CASE("an embedded date that does not exist is not a valid ID, even with a right checksum") {
    // Check characters below are correct, so only the date is wrong.
    CHECK(parse_resident_id("620802201402300560").error == "'620802201402300560' holds no valid birth date in its 7th to 14th digits");
    CHECK(parse_resident_id("620802201413120565").error == "'620802201413120565' holds no valid birth date in its 7th to 14th digits");
    CHECK(parse_resident_id("620802190002290569").error == "'620802190002290569' holds no valid birth date in its 7th to 14th digits");
    CHECK(parse_resident_id("620802184901010566").error == "'620802184901010566' holds no valid birth date in its 7th to 14th digits");
  }

  TEST_CASE("29 February of a leap year and 1850 are valid births") {
    const auto leap = parse_resident_id("620802200002290565");
    CHECK(leap.valid);
    CHECK(format_day(leap.birth) == "2000-02-29");
    const auto old = parse_resident_id("620802185001010565");
    CHECK(old.valid);
    CHECK(format_day(old.birth) == "1850-01-01");
  }

  TEST_CASE("normalize_id upper-cases x and changes nothing else") {
    CHECK(normalize_id("62080220140312057x") == "62080220140312057X");
    CHECK(normalize_id("62080220140312057X") == "62080220140312057X");
    CHECK(normalize_id("620802201403120561") == "620802201403120561");
    CHECK(normalize_id("gs-0001x") == "gs-0001X");  // every id compares with x upper-cased (SPEC §5)
    CHECK(normalize_id("") == "");
  }

  TEST_CASE("looks_like_resident_id is the shape only: 17 digits and 0-9, X or x") {
    CHECK(looks_like_resident_id("620802201403120561"));
    CHECK(looks_like_resident_id("62080220140312057X"));
    CHECK(looks_like_resident_id("62080220140312057x"));
    CHECK(looks_like_resident_id("620802201403120562"));  // a bad checksum still has the shape
    CHECK(looks_like_resident_id("620802201402300560"));  // so does a bad date
    CHECK_FALSE(looks_like_resident_id("62080220140312056A"));
    CHECK_FALSE(looks_like_resident_id("62080220140312056"));
    CHECK_FALSE(looks_like_resident_id("6208022014031205611"));
    CHECK_FALSE(looks_like_resident_id("GS-0001"));
    CHECK_FALSE(looks_like_resident_id(""));
  }
}
