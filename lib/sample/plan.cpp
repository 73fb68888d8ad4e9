#include "sample/plan.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "error.hpp"
#include "sample/rng.hpp"

namespace jiedui::sample {
namespace {

using ledger::Category;
using date::days;
using date::year;

// Streams of the generator: each kind of row draws from its own.
enum Stream : std::uint64_t { kCadre = 1, kRecipient = 2, kPlace = 3 };

// Rates, per mille. A county data officer's ledger is mostly in order; each
// problem `check` and `audit` look for appears, but rarely.
constexpr std::uint32_t kExited = 10;  // status exited during the year
constexpr std::uint32_t kUnpaired = 5;  // no pairing at all (unpaired)
constexpr std::uint32_t kMoved = 20;  // cadre changed during the year
constexpr std::uint32_t kUnderVisited = 40;  // 0–3 contacts, no visit (missed / behind)
constexpr std::uint32_t kStray = 5;  // one record by another cadre (visit-not-paired)
constexpr std::uint32_t kMismatch = 20;  // of girls needing a woman cadre: a young man (gender-mismatch)
constexpr std::uint32_t kAgedOut = 10;  // of orphans and unsupported children: 19 this year (aged-out)
constexpr std::uint32_t kHousehold = 100;  // shares a household with the previous row
constexpr std::uint32_t kSplit = 50;  // of households: members with different cadres (household-split)
constexpr std::uint32_t kCadreLeft = 3, kCadreRetired = 10, kCadreNoGender = 2;  // cadre-unavailable; gender-unverifiable
constexpr std::uint32_t kRecipientsPerCounty = 3500;

// Cumulative per mille, in §3 order of the categories drawn.
struct CategoryShare {
  Category category;
  std::uint32_t upto;
  int min_age, max_age;  // on 1 January of the year
};
constexpr CategoryShare kCategories[] = {
    {Category::orphan, 150, 1, 17},          {Category::unsupported_child, 300, 1, 17},
    {Category::disabled, 550, 18, 80},       {Category::extremely_poor, 900, 45, 95},
    {Category::elderly_alone, 940, 65, 95},  {Category::dibao, 970, 20, 80},
    {Category::left_behind_child, 990, 3, 16}, {Category::needy_disabled, 1000, 18, 80},
};

enum Want { kAny = 0, kFemale = 1, kYoungMale = 2 };

bool is_child_category(Category c) { return c == Category::orphan || c == Category::unsupported_child; }

}  // namespace

Planner::Planner(const SampleOptions& options) : o_(options) {
  if (o_.recipients == 0) throw UsageError("--recipients must be at least 1");
  if (o_.year < 1990 || o_.year > 2100) throw UsageError(fmt::format("--year {} is outside 1990–2100", o_.year));
  if (o_.recipients > 100'000'000) throw UsageError("--recipients is at most 100000000");
  if (o_.records_per_recipient > 200) throw UsageError("--records-per-recipient is at most 200");
  if (o_.cadres > 100'000'000) throw UsageError("--cadres is at most 100000000");
  const auto all = static_cast<std::uint32_t>(gansu_counties().size());
  counties_ = std::clamp<std::uint32_t>((o_.recipients + kRecipientsPerCounty - 1) / kRecipientsPerCounty, 1, all);
  cadres_ = o_.cadres != 0 ? o_.cadres : std::max<std::uint32_t>(1, (o_.recipients + 2) / 3);
  counties_ = std::min(counties_, cadres_);  // every county needs a cadre
  // A small set starts at Pingliang's 崆峒区 (seed 003's city); a province-size one covers all of Gansu.
  first_county_ = counties_ == all ? 0 : 32;
  y0_ = Day{year{o_.year} / 1 / 1};
  y1_ = Day{year{o_.year} / 12 / 31};
}

const County& Planner::county(std::uint32_t c) const {
  const auto all = gansu_counties();
  return all[(first_county_ + c) % all.size()];
}

std::uint32_t Planner::county_of_cadre(std::uint32_t j) const {
  return static_cast<std::uint32_t>(std::uint64_t{j} * counties_ / cadres_);
}

std::uint32_t Planner::township_count(std::uint32_t c) const {
  const auto& real = county(c).townships;
  return real.empty() ? 12 : static_cast<std::uint32_t>(real.size());
}

std::string_view Planner::township_name(std::uint32_t c, std::uint32_t t, std::string& out) const {
  const auto& real = county(c).townships;
  if (!real.empty()) return real[t];
  if (t == 0) return "城关镇";
  const auto stems = place_stems();
  const auto suffixes = township_suffixes();
  out.assign(stems[(t * 7 + c) % stems.size()]);
  out += suffixes[t % suffixes.size()];
  return out;
}

std::string_view Planner::village_name(std::uint32_t c, std::uint32_t t, std::uint32_t v, std::string& out) const {
  const auto stems = place_stems();
  const auto suffixes = village_suffixes();
  Rng rng(o_.seed, kPlace, (std::uint64_t{c} << 32) | (t << 8) | v);
  out.assign(stems[rng.below(static_cast<std::uint32_t>(stems.size()))]);
  out += stems[(v * 5 + t) % stems.size()];
  out += suffixes[(v + t) % suffixes.size()];
  return out;
}

CadrePlan Planner::cadre(std::uint32_t j) const {
  Rng rng(o_.seed, kCadre, j);
  CadrePlan c;
  c.female = rng.chance(550);
  c.gender_known = !rng.chance(kCadreNoGender);
  c.birth_year = rng.between(1966, 2000);
  c.birth_month = rng.between(1, 12);
  const std::uint32_t s = rng.below(1000);
  c.status = s < kCadreLeft ? ledger::CadreStatus::left
             : s < kCadreLeft + kCadreRetired ? ledger::CadreStatus::retired
                                              : ledger::CadreStatus::active;
  c.unit = rng.below(static_cast<std::uint32_t>(cadre_units().size()));
  c.position = rng.below(static_cast<std::uint32_t>(cadre_positions().size()));
  c.rank = rng.below(static_cast<std::uint32_t>(cadre_ranks().size()));
  c.surname = rng.below(static_cast<std::uint32_t>(surnames().size()));
  c.given = rng.below(16);
  c.phone = 13'000'000'000ULL + rng.below(1'000'000'000) + std::uint64_t{rng.below(7)} * 1'000'000'000ULL;
  return c;
}

// A cadre of the county: any; a woman (for a girl of the gender rule); or a
// man less than 40 years older than a child born in child_birth_year (planted
// gender-mismatch). Falls back to the first draw when none fits.
std::uint32_t Planner::pick_cadre(std::uint32_t c, std::uint64_t draw, int want, int child_birth_year) const {
  const auto lo = static_cast<std::uint32_t>((std::uint64_t{c} * cadres_ + counties_ - 1) / counties_);
  const auto hi = static_cast<std::uint32_t>((std::uint64_t{c + 1} * cadres_ + counties_ - 1) / counties_);
  const std::uint32_t n = hi - lo;
  const std::uint32_t first = static_cast<std::uint32_t>(draw % n);
  if (want == kAny) return lo + first;
  for (std::uint32_t k = 0; k < std::min<std::uint32_t>(n, 64); ++k) {
    const std::uint32_t j = lo + (first + k) % n;
    const CadrePlan p = cadre(j);
    if (!p.gender_known) continue;
    if (want == kFemale && p.female) return j;
    if (want == kYoungMale && !p.female && p.birth_year > child_birth_year - 40) return j;
  }
  return lo + first;
}

RecipientPlan Planner::base(std::uint32_t r) const {
  Rng rng(o_.seed, kRecipient, r);
  RecipientPlan p;
  p.county = static_cast<std::uint32_t>(std::uint64_t{r} * counties_ / o_.recipients);
  p.township = rng.below(township_count(p.county));
  p.village = rng.below(8);
  const std::uint32_t pick = rng.below(1000);
  const CategoryShare* share = &kCategories[0];
  while (pick >= share->upto) ++share;
  p.category = share->category;
  p.female = rng.chance(500);
  int birth_year = o_.year - rng.between(share->min_age, share->max_age);
  const bool aged_out = is_child_category(p.category) && rng.chance(kAgedOut);
  if (aged_out) birth_year = o_.year - 19;
  const Day jan1{year{birth_year} / 1 / 1};
  const auto year_days = static_cast<std::uint32_t>((Day{year{birth_year + 1} / 1 / 1} - jan1).count());
  p.birth = jan1 + days{rng.below(year_days)};
  if (p.category == Category::extremely_poor || p.category == Category::elderly_alone) p.level = rng.between(1, 3);
  if (is_child_category(p.category)) p.institution = rng.chance(150);
  if (p.category == Category::extremely_poor) p.institution = rng.chance(200);
  const std::uint32_t e = rng.below(100);
  p.ethnicity = e < 85 ? 0 : e < 95 ? 1 : e < 98 ? 2 : 3;
  p.surname = rng.below(static_cast<std::uint32_t>(surnames().size()));
  p.given = rng.below(16);
  p.guardian = rng.below(6);
  p.disability = rng.below(7);
  p.phone = 13'000'000'000ULL + rng.below(1'000'000'000) + std::uint64_t{rng.below(7)} * 1'000'000'000ULL;

  // Pairings: most started in the four years before, some during the year.
  const Day earliest = std::max(p.birth + days{30}, Day{year{o_.year - 4} / 1 / 1});
  const Day start = rng.chance(850) ? Day{year{o_.year - 4} / 1 / 1} + days{rng.below(4 * 365)}
                                    : y0_ + days{rng.below(250)};
  p.start_a = std::max(start, earliest);
  const bool gender_rule_girl = p.female && is_child_category(p.category);
  const bool mismatch = gender_rule_girl && rng.chance(kMismatch);
  const int want = mismatch ? kYoungMale : gender_rule_girl ? kFemale : kAny;
  p.cadre_a = pick_cadre(p.county, rng.next(), want, birth_year);
  p.cadre_b = pick_cadre(p.county, rng.next(), want, birth_year);
  if (p.cadre_b == p.cadre_a) {
    const auto lo = static_cast<std::uint32_t>((std::uint64_t{p.county} * cadres_ + counties_ - 1) / counties_);
    const auto hi = static_cast<std::uint32_t>((std::uint64_t{p.county + 1} * cadres_ + counties_ - 1) / counties_);
    if (hi - lo > 1) p.cadre_b = lo + (p.cadre_a - lo + 1) % (hi - lo);
  }
  p.unpaired = rng.chance(kUnpaired);
  p.moved = !p.unpaired && p.cadre_b != p.cadre_a && rng.chance(kMoved);
  if (p.moved) {
    const Day last_a = y0_ + days{rng.between(60, 300)};
    if (last_a > p.start_a) {
      p.end_a = last_a;
      p.start_b = last_a + days{1};
    } else {
      p.moved = false;
    }
  }
  p.exited = rng.chance(kExited);
  if (p.exited) {
    p.exit_day = y0_ + days{rng.between(30, 330)};
    // The pairing ends the day before the recipient leaves the programme.
    const Day last = p.exit_day - days{1};
    if (p.moved && last >= p.start_b) {
      p.end_b = last;
    } else if (last >= p.start_a) {
      p.moved = false;
      p.end_a = last;
    } else {
      p.exited = false;
    }
  }
  p.under_visited = rng.chance(kUnderVisited);
  p.stray_record = rng.chance(kStray) && p.cadre_b != p.cadre_a;
  p.stray_cadre = p.cadre_b;
  p.household = rng.chance(kHousehold);
  p.household_head = r;
  return p;
}

bool Planner::joins_previous(std::uint32_t r, const RecipientPlan& self, const RecipientPlan& previous) const {
  if (r % 2 == 0 || !self.household || self.county != previous.county) return false;
  if (previous.unpaired || previous.moved || previous.exited || self.unpaired || self.exited) return false;
  if (self.female && is_child_category(self.category) && !cadre(previous.cadre_a).female) return false;
  return true;
}

RecipientPlan Planner::recipient(std::uint32_t r) const {
  RecipientPlan p = base(r);
  const bool head = r % 2 == 0 && r + 1 < o_.recipients;
  if (r > 0 && r % 2 == 1) {
    const RecipientPlan previous = base(r - 1);
    if (joins_previous(r, p, previous)) {
      p.township = previous.township;
      p.village = previous.village;
      p.moved = false;
      p.end_a.reset();
      p.household_head = r - 1;
      // One household in twenty is split between cadres (household-split).
      Rng rng(o_.seed, kRecipient, (std::uint64_t{1} << 40) | r);
      if (!rng.chance(kSplit)) {
        p.cadre_a = previous.cadre_a;
        p.start_a = std::max(previous.start_a, p.start_a);
      }
    } else {
      p.household = false;
    }
  } else if (head) {
    p.household = joins_previous(r + 1, base(r + 1), p);
  } else {
    p.household = false;
  }
  if (p.stray_cadre == p.cadre_a) p.stray_record = false;
  // Planted check problems: one of each per 100,000 recipients.
  p.wrong_gender_cell = r % 100'000 == 41;
  const std::uint32_t k = r % 100'000;
  p.bad_record = k == 11 ? 1 : k == 23 ? 2 : k == 37 ? 3 : 0;
  return p;
}

std::vector<std::uint16_t> Planner::assign_sequences() const {
  // Per county, birth day (within 120 years before the year's end) and
  // gender: the next free sequence number. 86 × 43,830 × 2 counters.
  const Day origin{year{o_.year - 119} / 1 / 1};
  const auto span = static_cast<std::size_t>((y1_ - origin).count() + 1);
  std::vector<std::uint16_t> next(std::size_t{counties_} * span * 2, 0);
  std::vector<std::uint16_t> seqs(o_.recipients);
  for (std::uint32_t r = 0; r < o_.recipients; ++r) {
    const RecipientPlan p = base(r);
    const auto slot = (std::size_t{p.county} * span + static_cast<std::size_t>((p.birth - origin).count())) * 2 +
                      (p.female ? 1 : 0);
    const std::uint16_t k = next[slot]++;
    // Odd for men (GB 11643); 999 stays free for the planted unknown id.
    if (k >= 498) throw UsageError("too many recipients born on one day in one county; use fewer recipients");
    seqs[r] = static_cast<std::uint16_t>(p.female ? 2 * k + 2 : 2 * k + 1);
  }
  return seqs;
}

}  // namespace jiedui::sample
