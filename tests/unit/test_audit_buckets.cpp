// Calendar buckets of a rule's `per` and what each requires (SPEC §4, §5 step 2).
#include <doctest/doctest.h>

#include "audit/buckets.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui::audit;
using jiedui::audit::testing::day;
using jiedui::audit::testing::per;
using Kind = jiedui::rules::Per::Kind;

namespace {

const Day kAnyAnchor = day("2000-01-01");  // calendar kinds ignore the anchor

Bucket bucket(std::string_view first, std::string_view last) { return {day(first), day(last)}; }

}  // namespace

TEST_SUITE("audit::buckets") {
  TEST_CASE("ISO week 53: 2026-12-28 to 2027-01-03 is 2026-W53") {
    CHECK(bucket_of(per(Kind::week), day("2027-01-01"), kAnyAnchor) == bucket("2026-12-28", "2027-01-03"));
    CHECK(bucket_label(per(Kind::week), bucket("2026-12-28", "2027-01-03")) == "2026-W53");
    CHECK(bucket_label(per(Kind::week), bucket_of(per(Kind::week), day("2027-01-04"), kAnyAnchor)) == "2027-W01");
  }

  TEST_CASE("a week crossing into the year belongs to the year of its Thursday") {
    // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29 and is 2026-W01.
    const Bucket first = bucket_of(per(Kind::week), day("2026-01-01"), kAnyAnchor);
    CHECK(first == bucket("2025-12-29", "2026-01-04"));
    CHECK(bucket_label(per(Kind::week), first) == "2026-W01");
    // 2021-01-01 is a Friday: its week is still 2020-W53.
    CHECK(bucket_label(per(Kind::week), bucket_of(per(Kind::week), day("2021-01-01"), kAnyAnchor)) == "2020-W53");
  }

  TEST_CASE("the weeks meeting 2026 are 53, the first and last sticking out of the year") {
    const auto weeks = buckets_meeting(per(Kind::week), year_period("2026"), kAnyAnchor);
    REQUIRE(weeks.size() == 53);
    CHECK(weeks.front() == bucket("2025-12-29", "2026-01-04"));
    CHECK(weeks.back() == bucket("2026-12-28", "2027-01-03"));
    // W meets 4 days of the first week: 1 × 4/7 rounds to 1; the last week's 4 days too.
    CHECK(required_in_bucket(1, 4, 7, true) == 1);
    CHECK(required_in_bucket(1, 3, 7, true) == 0);
  }

  TEST_CASE("halfmonth: the 15th is in the first half, the 16th in the second") {
    CHECK(bucket_of(per(Kind::halfmonth), day("2026-06-15"), kAnyAnchor) == bucket("2026-06-01", "2026-06-15"));
    CHECK(bucket_of(per(Kind::halfmonth), day("2026-06-16"), kAnyAnchor) == bucket("2026-06-16", "2026-06-30"));
    CHECK(bucket_of(per(Kind::halfmonth), day("2026-02-20"), kAnyAnchor).days() == 13);
    CHECK(bucket_label(per(Kind::halfmonth), bucket("2026-06-16", "2026-06-30")) == "2026-06 2nd half");
  }

  TEST_CASE("February 29 in 2028: the month has 29 days and its second half 14") {
    CHECK(bucket_of(per(Kind::month), day("2028-02-29"), kAnyAnchor) == bucket("2028-02-01", "2028-02-29"));
    CHECK(bucket_of(per(Kind::halfmonth), day("2028-02-29"), kAnyAnchor) == bucket("2028-02-16", "2028-02-29"));
    CHECK(bucket_of(per(Kind::day), day("2028-02-29"), kAnyAnchor) == bucket("2028-02-29", "2028-02-29"));
    CHECK(bucket_of(per(Kind::year), day("2028-02-29"), kAnyAnchor).days() == 366);
  }

  TEST_CASE("quarters, months and years, with their labels") {
    CHECK(bucket_of(per(Kind::quarter), day("2026-05-20"), kAnyAnchor) == bucket("2026-04-01", "2026-06-30"));
    CHECK(bucket_label(per(Kind::quarter), bucket("2026-04-01", "2026-06-30")) == "2026Q2");
    CHECK(bucket_label(per(Kind::month), bucket("2026-06-01", "2026-06-30")) == "2026-06");
    CHECK(bucket_label(per(Kind::year), bucket("2026-01-01", "2026-12-31")) == "2026");
    CHECK(bucket_label(per(Kind::day), bucket("2026-06-30", "2026-06-30")) == "2026-06-30");
  }

  TEST_CASE("N-day blocks count from the pairing's start, not from the period") {
    const Day start = day("2026-03-02");
    CHECK(bucket_of(per(Kind::days, 3), day("2026-03-04"), start) == bucket("2026-03-02", "2026-03-04"));
    CHECK(bucket_of(per(Kind::days, 3), day("2026-03-05"), start) == bucket("2026-03-05", "2026-03-07"));
    // A pairing from 2025-12-30 audited over 2026: the first block sticks out before P.
    const auto blocks = buckets_meeting(per(Kind::days, 3), {day("2026-01-01"), day("2026-01-10")}, day("2025-12-30"));
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0] == bucket("2025-12-30", "2026-01-01"));
    CHECK(blocks[3] == bucket("2026-01-08", "2026-01-10"));
    CHECK(bucket_label(per(Kind::days, 3), blocks[1]) == "2026-01-02..2026-01-04");
  }

  TEST_CASE("ordinals of consecutive buckets are consecutive, across year ends") {
    const Day anchor = day("2025-11-17");
    for (const auto& every : {per(Kind::day), per(Kind::week), per(Kind::halfmonth), per(Kind::month),
                              per(Kind::quarter), per(Kind::year), per(Kind::days, 10)}) {
      CAPTURE(jiedui::rules::per_name(every));
      const auto buckets = buckets_meeting(every, {day("2025-12-01"), day("2027-01-31")}, anchor);
      for (std::size_t i = 0; i < buckets.size(); ++i) {
        CHECK(bucket_ordinal(every, buckets[i].first, anchor) - bucket_ordinal(every, buckets[0].first, anchor) ==
              static_cast<std::int64_t>(i));
        CHECK(bucket_ordinal(every, buckets[i].last, anchor) == bucket_ordinal(every, buckets[i].first, anchor));
      }
    }
  }

  TEST_CASE("required rounds half up in exact integers") {
    CHECK(required_in_bucket(1, 183, 366, true) == 1);  // exactly .5
    CHECK(required_in_bucket(1, 182, 366, true) == 0);
    CHECK(required_in_bucket(3, 61, 366, true) == 1);  // 3 × 61/366 = 0.5 exactly
    CHECK(required_in_bucket(4, 46, 365, true) == 1);  // 0.504
    CHECK(required_in_bucket(4, 45, 365, true) == 0);  // 0.493
    CHECK(required_in_bucket(4, 137, 365, true) == 2);  // 1.501
    CHECK(required_in_bucket(4, 136, 365, true) == 1);  // 1.490
    CHECK(required_in_bucket(4, 365, 365, true) == 4);
  }

  TEST_CASE("without proration every bucket meeting W requires min") {
    CHECK(required_in_bucket(4, 1, 365, false) == 4);
    CHECK(required_in_bucket(1, 3, 7, false) == 1);
  }
}
