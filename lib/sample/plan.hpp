#pragma once
// What the generator decides for each cadre and recipient, as pure functions
// of (options, index): the writers of the four files call them independently
// and agree. Rates of planted problems are per mille, listed in plan.cpp.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ledger/model.hpp"
#include "sample/gansu.hpp"
#include "sample/sample.hpp"

namespace jiedui::sample {

using ledger::Day;

struct CadrePlan {
  bool female = false;
  bool gender_known = true;  // false: an empty gender cell (planted)
  int birth_year = 1980, birth_month = 1;
  ledger::CadreStatus status = ledger::CadreStatus::active;
  std::uint32_t unit = 0, position = 0, rank = 0, surname = 0, given = 0;
  std::uint64_t phone = 0;  // 11 digits
};

// A recipient's pairing history inside or before the year: A, then
// (moved) B from the day after A ends.
struct RecipientPlan {
  std::uint32_t county = 0, township = 0, village = 0;
  ledger::Category category = ledger::Category::orphan;
  int level = 0;  // 0: none
  bool female = false;
  Day birth{};
  std::uint16_t seq = 0;  // ID sequence number, from the uniqueness pass
  bool institution = false;
  std::uint32_t ethnicity = 0, surname = 0, given = 0, guardian = 0, disability = 0;
  std::uint64_t phone = 0;
  bool exited = false;
  Day exit_day{};
  bool unpaired = false;
  std::uint32_t cadre_a = 0, cadre_b = 0;
  Day start_a{}, start_b{};
  std::optional<Day> end_a;  // moved or exited
  std::optional<Day> end_b;  // exited after a move
  bool moved = false;
  bool under_visited = false;
  bool stray_record = false;  // one record by a cadre not paired with it
  std::uint32_t stray_cadre = 0;
  bool household = false;  // shares a household with its neighbour (r-1 or r+1)
  std::uint32_t household_head = 0;
  bool wrong_gender_cell = false;  // planted id-gender-mismatch
  int bad_record = 0;  // planted visits.csv error: 1 bad-date, 2 unknown-recipient, 3 bad mode
};

class Planner {
 public:
  explicit Planner(const SampleOptions& options);  // throws UsageError

  const SampleOptions& options() const { return o_; }
  std::uint32_t counties() const { return counties_; }
  std::uint32_t cadres() const { return cadres_; }
  Day year_first() const { return y0_; }
  Day year_last() const { return y1_; }

  const County& county(std::uint32_t c) const;
  std::uint32_t county_of_cadre(std::uint32_t j) const;
  std::uint32_t township_count(std::uint32_t c) const;
  // Writes the township / village name into `out` (generated names need room).
  std::string_view township_name(std::uint32_t c, std::uint32_t t, std::string& out) const;
  std::string_view village_name(std::uint32_t c, std::uint32_t t, std::uint32_t v, std::string& out) const;

  CadrePlan cadre(std::uint32_t j) const;
  // Without the ID sequence number (seq = 0); assign_sequences() adds them.
  RecipientPlan recipient(std::uint32_t r) const;
  // The ID sequence numbers (odd for men) that make every ID unique.
  std::vector<std::uint16_t> assign_sequences() const;

 private:
  RecipientPlan base(std::uint32_t r) const;
  bool joins_previous(std::uint32_t r, const RecipientPlan& self, const RecipientPlan& previous) const;
  std::uint32_t pick_cadre(std::uint32_t county, std::uint64_t draw, int want, int child_birth_year) const;

  SampleOptions o_;
  std::uint32_t counties_ = 1, first_county_ = 0, cadres_ = 1;
  Day y0_{}, y1_{};
};

// The fixed ID area for the planted unknown-recipient record's ID.
inline constexpr std::uint16_t kUnusedSequence = 999;

}  // namespace jiedui::sample
