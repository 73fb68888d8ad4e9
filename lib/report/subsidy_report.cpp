#include "report/district_report.hpp"
#include "report/subsidy_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ledger/money.hpp"

namespace jiedui::report {
namespace {

using ledger::Day;

Day first_day(date::year_month m) { return Day{m / date::day{1}}; }
Day last_day(date::year_month m) { return Day{m / date::last}; }

SubsidyStatus status_in(std::span<const audit::Strike> strikes, date::year_month month) {
  // The third strike ends the agreement: no subsidy from the next month on.
  if (strikes.size() >= 3 && strikes[2].date < first_day(month)) return SubsidyStatus::terminated;
  for (const audit::Strike& s : strikes)
    if (audit::withholds(s.number) && s.date >= first_day(month) && s.date <= last_day(month))
      return SubsidyStatus::withheld;
  return SubsidyStatus::paid;
}

// 200 prints as "200", 212.5 as "212.50".
std::string standard_text(std::int64_t fen) {
  return fen % 100 == 0 ? std::to_string(fen / 100) : ledger::format_yuan(fen);
}

std::string month_text(date::year_month m) {
  return fmt::format("{:04}-{:02}", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
}

}  // namespace

std::string_view subsidy_status_name(SubsidyStatus status) {
  switch (status) {
    case SubsidyStatus::paid: return "paid";
    case SubsidyStatus::withheld: return "withheld";
    case SubsidyStatus::terminated: return "terminated";
  }
  return "paid";
}

std::vector<SubsidyRow> subsidy_rows(const ledger::Ledger& ledger, const audit::StrikeBook& strikes,
                                     const audit::Period& period, Day as_of,
                                     const ledger::SubsidyStandards& standards) {
  std::vector<SubsidyRow> rows;
  const Day until = std::min(period.to, as_of);
  const date::year_month first{date::year_month_day{period.from}.year(), date::year_month_day{period.from}.month()};
  const date::year_month last{date::year_month_day{period.to}.year(), date::year_month_day{period.to}.month()};
  for (std::uint32_t p = 0; p < ledger.pairings.size(); ++p) {
    const ledger::Pairing& pairing = ledger.pairings[p];
    if (pairing.role != ledger::Role::helper) continue;
    const auto standard = standards.for_level(ledger.recipients[pairing.recipient].level);
    if (!standard) continue;
    for (date::year_month m = first; m <= last; m += date::months{1}) {
      if (first_day(m) > as_of) break;
      const Day from = std::max({first_day(m), pairing.start, period.from});
      const Day to = std::min({last_day(m), pairing.end.value_or(last_day(m)), until});
      if (to < from) continue;
      SubsidyRow row;
      row.pairing = p;
      row.month = m;
      row.days = (to - from).count() + 1;
      row.standard_fen = *standard;
      row.status = status_in(strikes.of(p), m);
      const std::int64_t month_days = (last_day(m) - first_day(m)).count() + 1;
      // Exact round-half-up: ⌊(2·s·d + D) / 2D⌋ fen.
      if (row.status == SubsidyStatus::paid)
        row.amount_fen = (2 * row.standard_fen * row.days + month_days) / (2 * month_days);
      const Day counted_to = std::min(last_day(m), as_of);
      const auto list = strikes.of(p);
      row.strikes = std::count_if(list.begin(), list.end(), [&](const audit::Strike& s) { return s.date <= counted_to; });
      rows.push_back(row);
    }
  }
  const auto key = [&](const SubsidyRow& r) {
    const ledger::Pairing& pairing = ledger.pairings[r.pairing];
    const ledger::Recipient& recipient = ledger.recipients[pairing.recipient];
    const ledger::District& d = ledger.district_of(recipient);
    return std::tie(d.city, d.county, d.township, d.village, ledger.cadres[pairing.cadre].id, recipient.id, r.month,
                    pairing.start, pairing.line);
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const SubsidyRow& a, const SubsidyRow& b) { return key(a) < key(b); });
  return rows;
}

Table subsidy_table(const ledger::Ledger& ledger, const std::vector<SubsidyRow>& rows) {
  Table table;
  for (const std::string& name : district_columns(DistrictLevel::village)) table.columns.push_back({name, out::Kind::text});
  table.columns.insert(table.columns.end(), {
                                                {"helper", out::Kind::id, "关爱帮扶联系人编号"},
                                                {"helper_name", out::Kind::text, "关爱帮扶联系人姓名"},
                                                {"recipient", out::Kind::id, "关爱帮扶对象身份证号"},
                                                {"recipient_name", out::Kind::text, "关爱帮扶对象姓名"},
                                                {"level", out::Kind::text, "关爱帮扶等级"},
                                                {"month", out::Kind::text, "月份"},
                                                {"days", out::Kind::integer, "补助天数"},
                                                {"standard", out::Kind::number, "补助标准（元/月）"},
                                                {"amount", out::Kind::money, "补助金额（元）"},
                                                {"status", out::Kind::text, "拨付状态"},
                                                {"strikes", out::Kind::integer, "督查不合格次数"},
                                            });
  std::int64_t days = 0, amount = 0;
  for (const SubsidyRow& r : rows) {
    const ledger::Pairing& pairing = ledger.pairings[r.pairing];
    const ledger::Recipient& recipient = ledger.recipients[pairing.recipient];
    const ledger::Cadre& helper = ledger.cadres[pairing.cadre];
    const ledger::District& d = ledger.district_of(recipient);
    table.rows.push_back({d.city, d.county, d.township, d.village, helper.id, helper.name, recipient.id,
                          recipient.name, recipient.level, month_text(r.month), std::to_string(r.days),
                          standard_text(r.standard_fen), yuan_text(r.amount_fen),
                          std::string(subsidy_status_name(r.status)), std::to_string(r.strikes)});
    days += r.days;
    ledger::add_checked(amount, r.amount_fen, "amount");
  }
  std::vector<std::string> total(table.columns.size());
  total[0] = "total";
  total[10] = std::to_string(days);
  total[12] = yuan_text(amount);
  table.rows.push_back(std::move(total));
  return table;
}

Table subsidy_district_table(const ledger::Ledger& ledger, const std::vector<SubsidyRow>& rows, DistrictLevel level) {
  struct Sums {
    std::set<std::uint32_t> helpers;
    std::int64_t months = 0, withheld = 0, terminated = 0, amount = 0;
    void add(const SubsidyRow& r, std::uint32_t helper) {
      helpers.insert(helper);
      ++months;
      withheld += r.status == SubsidyStatus::withheld ? 1 : 0;
      terminated += r.status == SubsidyStatus::terminated ? 1 : 0;
      ledger::add_checked(amount, r.amount_fen, "amount");
    }
  };
  std::map<std::vector<std::string>, Sums> by_district;  // byte order of the path
  Sums total;
  for (const SubsidyRow& r : rows) {
    const ledger::Pairing& pairing = ledger.pairings[r.pairing];
    by_district[district_path(ledger.district_of(ledger.recipients[pairing.recipient]), level)].add(r, pairing.cadre);
    total.add(r, pairing.cadre);
  }
  Table table;
  for (const std::string& name : district_columns(level)) table.columns.push_back({name, out::Kind::text});
  table.columns.insert(table.columns.end(), {
                                                {"helpers", out::Kind::integer, "关爱帮扶联系人数"},
                                                {"months", out::Kind::integer, "补助月数"},
                                                {"withheld", out::Kind::integer, "扣发月数"},
                                                {"terminated", out::Kind::integer, "终止月数"},
                                                {"amount", out::Kind::money, "拨付金额（元）"},
                                            });
  const auto row = [&](std::vector<std::string> cells, const Sums& s) {
    for (std::int64_t n : {static_cast<std::int64_t>(s.helpers.size()), s.months, s.withheld, s.terminated})
      cells.push_back(std::to_string(n));
    cells.push_back(yuan_text(s.amount));
    table.rows.push_back(std::move(cells));
  };
  for (const auto& [path, sums] : by_district) row(path, sums);
  std::vector<std::string> total_path(district_columns(level).size());
  total_path[0] = "total";
  row(std::move(total_path), total);
  return table;
}

}  // namespace jiedui::report
