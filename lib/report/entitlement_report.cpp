#include "report/district_report.hpp"
#include "report/entitlement_report.hpp"

#include <map>
#include <tuple>

#include "entitle/entitlement.hpp"

namespace jiedui::report {
namespace {

struct Counts {
  std::int64_t eligible = 0, received = 0, missing = 0, short_paid = 0, undecided = 0, missing_fen = 0;

  void add(const Counts& o) {
    eligible += o.eligible;
    received += o.received;
    missing += o.missing;
    short_paid += o.short_paid;
    undecided += o.undecided;
    missing_fen += o.missing_fen;
  }
};

// A month's worth of `fen` paid per `unit`: a twelfth of a yearly amount,
// round-half-up to the fen.
std::int64_t monthly(std::int64_t fen, entitle::Unit unit) {
  return unit == entitle::Unit::year ? (2 * fen + 12) / 24 : fen;
}

}  // namespace

Table entitlement_table(const ledger::Ledger& ledger, const entitle::Standards& standards,
                        const entitle::ReceivedLedger& received, ledger::Day day, DistrictLevel level) {
  std::map<std::pair<std::vector<std::string>, std::size_t>, Counts> by_district;
  std::vector<Counts> totals(standards.benefits.size());
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const ledger::Recipient& recipient = ledger.recipients[r];
    if (!recipient.active_on(day)) continue;
    const std::vector<std::string> path = district_path(ledger.district_of(recipient), level);
    for (std::size_t b = 0; b < standards.benefits.size(); ++b) {
      const entitle::Assessment a = entitle::assess(standards, b, recipient, received.of(r), day);
      Counts c;
      const entitle::Unit unit = standards.benefits[b].unit;
      switch (a.status) {
        case entitle::Status::missing:
          c.eligible = c.missing = 1;
          c.missing_fen = a.standard_fen ? monthly(*a.standard_fen, unit) : 0;
          break;
        case entitle::Status::short_paid:
          c.eligible = c.received = c.short_paid = 1;
          c.missing_fen = monthly(*a.standard_fen - *a.received_fen, unit);
          break;
        case entitle::Status::received:
          c.eligible = c.received = 1;
          break;
        case entitle::Status::undecided:
          c.undecided = 1;
          break;
        case entitle::Status::ineligible:
        case entitle::Status::not_due:
          continue;
      }
      by_district[{path, b}].add(c);
      totals[b].add(c);
    }
  }
  Table table;
  for (const std::string& name : district_columns(level)) table.columns.push_back({name, out::Kind::text});
  table.columns.push_back({"benefit", out::Kind::text});
  table.columns.push_back({"benefit_name", out::Kind::text});
  table.columns.push_back({"department", out::Kind::text});
  for (const char* name : {"eligible", "received", "missing", "short", "undecided"})
    table.columns.push_back({name, out::Kind::integer});
  table.columns.push_back({"missing_monthly", out::Kind::money});
  const auto row = [&](std::vector<std::string> cells, std::size_t b, const Counts& c) {
    const entitle::Benefit& benefit = standards.benefits[b];
    cells.insert(cells.end(), {benefit.code, benefit.name, benefit.department});
    for (std::int64_t n : {c.eligible, c.received, c.missing, c.short_paid, c.undecided}) cells.push_back(std::to_string(n));
    cells.push_back(yuan_text(c.missing_fen));
    table.rows.push_back(std::move(cells));
  };
  // std::map orders paths byte-wise (std::string compares as unsigned char),
  // then benefits in table order.
  for (const auto& [key, counts] : by_district) row(key.first, key.second, counts);
  std::vector<std::string> total_path(district_columns(level).size());
  total_path[0] = "total";
  for (std::size_t b = 0; b < totals.size(); ++b)
    if (totals[b].eligible + totals[b].undecided > 0) row(total_path, b, totals[b]);
  return table;
}

}  // namespace jiedui::report
