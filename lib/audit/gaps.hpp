#pragma once
// Interval alerts for rules with max_gap (SPEC §5 "Gaps"; seed 002: 走访间隔
// 时间过长（三级高于5天、二级高于10天、一级高于20天）… 实行监测预警).
#include <cstdint>
#include <vector>

#include "audit/period.hpp"

namespace jiedui::audit {

// The distinct days, within a window, on which qualifying records fell.
// A bitmap of ⌈days(W)/64⌉ words (48 bytes for a year): visits.csv need not
// be sorted, so the previous date alone will not do, and a bitmap costs the
// same whatever the number or order of records and needs no sort or dedup.
class DaySet {
 public:
  DaySet() = default;  // holds nothing: for rules without max_gap
  explicit DaySet(Period window);
  void insert(Day d);  // days outside the window are ignored
  bool contains(Day d) const;
  std::vector<Day> days() const;  // ascending

 private:
  Period window_{Day{}, Day{} - date::days{1}};  // empty
  std::vector<std::uint64_t> bits_;
};

// One interval from a to b (b − a days) longer than max_gap.
struct Gap {
  Day from{}, to{};
  bool overdue = false;  // the live interval to T while T is inside W: overdue, else gap-exceeded

  int days() const { return static_cast<int>((to - from).count()); }
  bool operator==(const Gap&) const = default;
};

// Qualifying dates in W up to T, plus W's start; each interval to the next
// longer than max_gap days (b − a > G: records on the 2nd and the 7th are fine
// under G = 5) is a gap; so is the interval from the last one to min(T, W's
// end), overdue when W's first day ≤ T ≤ W's last day.
std::vector<Gap> find_gaps(const DaySet& dates, Period window, Day as_of, int max_gap);

}  // namespace jiedui::audit
