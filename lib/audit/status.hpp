#pragma once
// Compliance status of a bucket, a rule, a pairing or a cadre (SPEC §5 steps
// 4 and 5).
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "audit/period.hpp"

namespace jiedui::audit {

// Declared from best to worst, so the worst of several is their max
// (missed > behind > on_track > met).
enum class Status : std::uint8_t { met, on_track, behind, missed };

std::string_view status_name(Status status);  // met, on_track, behind, missed

inline Status worst(Status a, Status b) { return std::max(a, b); }

// Days of `share` (a bucket ∩ W) up to and including `as_of`: 0 before it
// starts, all of it once `as_of` reaches its last day.
int elapsed_days(Period share, Day as_of);

// SPEC §5 step 4: met if done ≥ required; else missed once T reaches the last
// day of B ∩ W; else on_track if done ≥ ⌊required × elapsed / covered⌋; else
// behind. A bucket that has not started (elapsed 0) is on_track.
Status bucket_status(std::int64_t required, std::int64_t done, Period share, Day as_of);

}  // namespace jiedui::audit
