#include "audit/gaps.hpp"

#include <algorithm>

namespace jiedui::audit {

DaySet::DaySet(Period window)
    : window_(window), bits_(window.empty() ? 0 : (static_cast<std::size_t>(window.days()) + 63) / 64) {}

void DaySet::insert(Day d) {
  if (!window_.contains(d)) return;
  const auto i = static_cast<std::size_t>((d - window_.from).count());
  bits_[i / 64] |= std::uint64_t{1} << (i % 64);
}

bool DaySet::contains(Day d) const {
  if (!window_.contains(d)) return false;
  const auto i = static_cast<std::size_t>((d - window_.from).count());
  return (bits_[i / 64] >> (i % 64)) & 1U;
}

std::vector<Day> DaySet::days() const {
  std::vector<Day> days;
  for (std::size_t word = 0; word < bits_.size(); ++word) {
    for (std::uint64_t w = bits_[word]; w != 0; w &= w - 1) {
      const auto bit = static_cast<std::size_t>(__builtin_ctzll(w));
      days.push_back(window_.from + date::days{static_cast<int>(word * 64 + bit)});
    }
  }
  return days;
}

std::vector<Gap> find_gaps(const DaySet& dates, Period window, Day as_of, int max_gap) {
  std::vector<Gap> gaps;
  Day previous = window.from;  // W's start counts as a qualifying date
  for (Day d : dates.days()) {
    if (d > as_of) break;
    if ((d - previous).count() > max_gap) gaps.push_back({previous, d, false});
    previous = d;
  }
  const Day end = std::min(as_of, window.to);
  if ((end - previous).count() > max_gap) gaps.push_back({previous, end, window.contains(as_of)});
  return gaps;
}

}  // namespace jiedui::audit
