#include "report/district_report.hpp"
#include "report/role_report.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "ledger/vocab.hpp"

namespace jiedui::report {
namespace {

std::vector<std::string> cells_of(const RoleRow& row) {
  std::vector<std::string> cells = row.path;
  for (int role = 0; role < ledger::kRoleCount; ++role) {
    cells.push_back(std::to_string(row.recipients[role]));
    cells.push_back(std::to_string(row.persons[role]));
  }
  return cells;
}

}  // namespace

RoleReport make_role_report(const ledger::Ledger& ledger, ledger::Day day, DistrictLevel level) {
  RoleReport report;
  report.level = level;
  // std::map orders the paths by std::string's <, which is plain byte order.
  std::map<std::vector<std::string>, RoleRow> rows;
  using PersonSets = std::array<std::set<std::uint32_t>, ledger::kRoleCount>;
  std::map<std::vector<std::string>, PersonSets> persons_of;
  PersonSets all_persons;
  for (std::uint32_t i = 0; i < ledger.recipients.size(); ++i) {
    const ledger::Recipient& r = ledger.recipients[i];
    std::vector<std::string> path = district_path(ledger.district_of(r), level);
    RoleRow& row = rows[path];
    if (row.path.empty()) row.path = path;  // a district with only exited recipients still has its row
    if (!r.active_on(day)) continue;
    PersonSets& persons = persons_of[path];
    for (int role = 0; role < ledger::kRoleCount; ++role) {
      const auto pairing = ledger.active_pairing(i, day, static_cast<ledger::Role>(role));
      if (!pairing) continue;
      ++row.recipients[role];
      persons[role].insert(ledger.pairings[*pairing].cadre);
      all_persons[role].insert(ledger.pairings[*pairing].cadre);
    }
  }
  report.total.path.assign(static_cast<std::size_t>(level) + 1, "");
  report.total.path[0] = "total";
  for (auto& [path, row] : rows) {
    const PersonSets& persons = persons_of[path];
    for (int role = 0; role < ledger::kRoleCount; ++role) {
      row.persons[role] = static_cast<std::int64_t>(persons[role].size());
      report.total.recipients[role] += row.recipients[role];
    }
    report.rows.push_back(std::move(row));
  }
  // One person may serve recipients in two districts: the total counts them once.
  for (int role = 0; role < ledger::kRoleCount; ++role)
    report.total.persons[role] = static_cast<std::int64_t>(all_persons[role].size());
  return report;
}

Table role_table(const RoleReport& report) {
  Table table;
  for (const std::string& name : district_columns(report.level)) table.columns.push_back({name, out::Kind::text});
  for (int i = 0; i < ledger::kRoleCount; ++i) {
    const auto role = static_cast<ledger::Role>(i);
    const std::string_view code = ledger::role_code(role), chinese = ledger::role_chinese(role);
    table.columns.push_back({fmt::format("{}_recipients", code), out::Kind::integer, fmt::format("{}_对象数", chinese)});
    table.columns.push_back({fmt::format("{}_persons", code), out::Kind::integer, fmt::format("{}_人数", chinese)});
  }
  for (const RoleRow& row : report.rows) table.rows.push_back(cells_of(row));
  table.rows.push_back(cells_of(report.total));
  return table;
}

}  // namespace jiedui::report
