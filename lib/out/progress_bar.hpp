#pragma once
// The progress line drawn on a terminal's stderr while a big visits.csv is
// read (SPEC §9: progress only when the stream is a terminal). Only the text
// is made here; cmd/progress decides whether and when to draw it.
#include <cstdint>
#include <string>
#include <string_view>

namespace jiedui::out {

// "visits.csv [##########..........]  50% 60/120 MB": `width` cells of bar;
// done is clamped to total; total 0 draws an empty bar at 0 %.
std::string progress_line(std::string_view what, std::uint64_t done, std::uint64_t total, int width = 30);

}  // namespace jiedui::out
