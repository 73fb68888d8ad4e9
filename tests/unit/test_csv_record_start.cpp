// probable_record_start: where a parallel reader begins a chunk cut from the
// middle of a file.
#include <doctest/doctest.h>

#include <string>

#include "csv/record_start.hpp"

using jiedui::csv::probable_record_start;

namespace {
constexpr std::size_t npos = std::string::npos;
}

TEST_SUITE("csv::probable_record_start") {
  TEST_CASE("the first line start when the lines are plain records") {
    const std::string text = "6-01-05,a,b\n2026-01-06,c,d\n2026-01-07,e,f\n";
    CHECK(probable_record_start(text, 3, 2, false) == 12);
  }

  TEST_CASE("a line break inside a quoted note is passed over for the next line start") {
    // Cut inside `"call back,\nnext week"`: the first line after the cut is
    // the note's tail, with a quote in an unquoted field.
    const std::string text = "ack,\nnext week\",1\n2026-01-06,\"x\",2\n2026-01-07,y,3\n";
    const std::size_t second = text.find("2026-01-06");
    CHECK(probable_record_start(text, 3, 2, false) == second);
  }

  TEST_CASE("a tail of a note that has the right number of fields by chance fails on a later record") {
    // "…\nb,c\"" after the cut: the tail line `b,c",9` has three fields but
    // its quote sits inside an unquoted field.
    const std::string text = "a\nb,c\",9\n2026-01-06,\"x \"\"y\"\"\",2\n";
    CHECK(probable_record_start(text, 3, 2, false) == text.find("2026-01-06"));
  }

  TEST_CASE("quoted cells with line breaks, doubled quotes and CRLF are records") {
    const std::string text = "x\r\n2026-01-06,\"two\r\nlines\",\"say \"\"hi\"\"\"\r\n2026-01-07,b,c\r\n";
    CHECK(probable_record_start(text, 3, 2, false) == 3);
  }

  TEST_CASE("a blank line is not a record start, the line after it is") {
    const std::string text = "x\n\n2026-01-06,a,b\n";
    CHECK(probable_record_start(text, 3, 1, false) == 3);
  }

  TEST_CASE("text that runs out after one whole record still gives that start") {
    CHECK(probable_record_start("x\n2026-01-06,a,b\n2026-01-0", 3, 4, false) == 2);
    CHECK(probable_record_start("x\n2026-01-06,a,b", 3, 4, true) == 2);  // the file's last record, no newline
    CHECK(probable_record_start("x\n2026-01-06,a,b", 3, 4, false) == npos);  // may go on
  }

  TEST_CASE("no line start qualifies in rows of the wrong width or in one unbroken line") {
    CHECK(probable_record_start("x\na,b\nc,d\ne,f\n", 3, 2, false) == npos);
    CHECK(probable_record_start("no line break at all", 3, 2, false) == npos);
    CHECK(probable_record_start("", 3, 2, true) == npos);
  }
}
