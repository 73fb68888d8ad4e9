#pragma once
// Calendar buckets of a rule's `per` (SPEC §4) and what a bucket requires
// (SPEC §5 step 2).
#include <cstdint>
#include <string>
#include <vector>

#include "audit/period.hpp"
#include "rules/rule.hpp"

namespace jiedui::audit {

// One whole calendar bucket: a day, an ISO week, a half-month, a month, a
// quarter, a year, or an N-day block.
struct Bucket {
  Day first{}, last{};

  int days() const { return static_cast<int>((last - first).count()) + 1; }
  bool operator==(const Bucket&) const = default;
};

// The bucket of `per` holding day d. N-day blocks count from `anchor`, the
// pairing's start (SPEC §4); the calendar kinds ignore it.
Bucket bucket_of(rules::Per per, Day d, Day anchor);

// Consecutive buckets have consecutive ordinals, so the index of d's bucket
// among those meeting a window is ordinal(d) - ordinal(window.from): an O(1)
// lookup per record, with no search.
std::int64_t bucket_ordinal(rules::Per per, Day d, Day anchor);

// The buckets meeting `window`, in order (the first and last may stick out).
std::vector<Bucket> buckets_meeting(rules::Per per, Period window, Day anchor);

// SPEC §5 step 2: round-half-up(min × covered / days) in exact integers,
// ⌊(2·min·covered + days) / (2·days)⌋, so 1 × 183/366 → 1. Without
// proration (--no-prorate) every bucket meeting W requires `min`.
std::int64_t required_in_bucket(int min, int covered, int bucket_days, bool prorate);

// How a bucket is named in explain output and detail text: 2026-06-30,
// 2026-W53 (ISO week-year), 2026-06 1st half, 2026-06, 2026Q2, 2026, or
// 2026-03-01..2026-03-03 for an N-day block.
std::string bucket_label(rules::Per per, Bucket bucket);

}  // namespace jiedui::audit
