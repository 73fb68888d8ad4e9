// out::progress_line: the text of the progress bar drawn on a terminal while
// a big visits.csv is read.
#include <doctest/doctest.h>

#include "out/progress_bar.hpp"

using jiedui::out::progress_line;

TEST_SUITE("out::progress_line") {
  TEST_CASE("the bar fills in proportion and the megabytes are decimal") {
    CHECK(progress_line("visits.csv", 0, 120'000'000, 10) == "visits.csv [..........]   0% 0/120 MB");
    CHECK(progress_line("visits.csv", 60'000'000, 120'000'000, 10) == "visits.csv [#####.....]  50% 60/120 MB");
    CHECK(progress_line("visits.csv", 119'999'999, 120'000'000, 10) == "visits.csv [#########.]  99% 119/120 MB");
    CHECK(progress_line("v", 120'000'000, 120'000'000, 4) == "v [####] 100% 120/120 MB");
  }

  TEST_CASE("more bytes than the size hint are clamped and a zero total draws an empty bar") {
    CHECK(progress_line("v", 130'000'000, 120'000'000, 4) == "v [####] 100% 120/120 MB");
    CHECK(progress_line("v", 5, 0, 4) == "v [....]   0% 0/0 MB");
  }

  TEST_CASE("the default width is 30 cells") {
    const std::string line = progress_line("x", 1, 2);
    CHECK(line == "x [###############...............]  50% 0/0 MB");
  }
}
