#include "audit/strikes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace jiedui::audit {

Consequence consequence_of(std::uint32_t number) {
  return number <= 1 ? Consequence::warning : number == 2 ? Consequence::withheld : Consequence::terminated;
}

bool withholds(std::uint32_t number) { return number >= 2; }

std::string consequence_text(const Strike& strike) {
  switch (consequence_of(strike.number)) {
    case Consequence::warning: return "warning";
    case Consequence::withheld: {
      const date::year_month_day ymd{strike.date};
      return fmt::format("subsidy withheld for {:04}-{:02}", static_cast<int>(ymd.year()),
                         static_cast<unsigned>(ymd.month()));
    }
    case Consequence::terminated: return "agreement to be terminated";
  }
  return "";
}

StrikeBook::StrikeBook(const ledger::Ledger& ledger, const ledger::Inspections& inspections, Day as_of) {
  for (const ledger::Inspection& inspection : inspections.rows) {
    if (inspection.date > as_of || !inspection.failed()) continue;
    if (const auto p = ledger::inspected_pairing(ledger, inspection.recipient, inspection.helper, inspection.date))
      strikes_.push_back({*p, inspection.date, 0});
  }
  std::sort(strikes_.begin(), strikes_.end(),
            [](const Strike& a, const Strike& b) { return std::tie(a.pairing, a.date) < std::tie(b.pairing, b.date); });
  // One strike a date: the 督查 of a day is one 通报, however many forms.
  strikes_.erase(std::unique(strikes_.begin(), strikes_.end(),
                             [](const Strike& a, const Strike& b) { return a.pairing == b.pairing && a.date == b.date; }),
                 strikes_.end());
  first_.assign(ledger.pairings.size() + 1, 0);
  for (std::size_t i = 0; i < strikes_.size(); ++i) {
    const bool first_of_pairing = i == 0 || strikes_[i - 1].pairing != strikes_[i].pairing;
    strikes_[i].number = first_of_pairing ? 1 : strikes_[i - 1].number + 1;
    ++first_[strikes_[i].pairing + 1];
  }
  for (std::size_t p = 0; p < ledger.pairings.size(); ++p) first_[p + 1] += first_[p];
}

std::span<const Strike> StrikeBook::of(std::uint32_t pairing) const {
  if (pairing + 1 >= first_.size()) return {};
  return std::span<const Strike>(strikes_).subspan(first_[pairing], first_[pairing + 1] - first_[pairing]);
}

void add_strike_findings(const ledger::Ledger& ledger, const StrikeBook& strikes, const AuditOptions& options,
                         std::vector<Finding>& out) {
  const Day t = options.as_of;
  for (const Strike& s : strikes.all()) {
    if (s.date < options.period.from || s.date > options.period.to || s.date > t) continue;
    const ledger::Pairing& pairing = ledger.pairings[s.pairing];
    Finding f = make_finding(ledger, Severity::warning, codes::helper_strike, pairing.recipient, pairing.cadre,
                             ledger::Role::helper);
    f.done = s.number;
    f.from = s.date;
    f.to = s.date;
    f.detail = consequence_text(s);
    f.detail_args = {std::to_string(s.number), iso_date(s.date)};
    out.push_back(std::move(f));
  }
  for (std::uint32_t p = 0; p < ledger.pairings.size(); ++p) {
    const ledger::Pairing& pairing = ledger.pairings[p];
    if (pairing.role != ledger::Role::helper || !pairing.active_on(t)) continue;
    const std::span<const Strike> list = strikes.of(p);
    // Strictly before T: a third strike on T itself leaves the day to end it.
    if (list.size() < 3 || list[2].date >= t) continue;
    Finding f = make_finding(ledger, Severity::error, codes::helper_not_terminated, pairing.recipient, pairing.cadre,
                             ledger::Role::helper);
    f.from = list[2].date;
    const auto before_t = std::count_if(list.begin(), list.end(), [&](const Strike& s) { return s.date < t; });
    f.detail = fmt::format("{} strikes, the third on {}: the helper agreement is to be terminated (end the pairing)",
                           before_t, iso_date(list[2].date));
    f.detail_args = {std::to_string(before_t), iso_date(list[2].date)};
    out.push_back(std::move(f));
  }
}

}  // namespace jiedui::audit
