#pragma once
// `report roles --by LEVEL` (seed 003's "四个一对一" figures: how many orphans
// have a teacher, how many people a medic, … and how many teachers, medics …
// serve them): per district of the recipients, on the report day, for each
// role in the role order, the active recipients with an active pairing of
// that role and the distinct persons in those pairings. Only the ledger is
// read: no work record counts here.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"
#include "report/district_report.hpp"
#include "report/report_tables.hpp"

namespace jiedui::report {

struct RoleRow {
  std::vector<std::string> path;  // city, county, … down to the level; the total row: {"total", "", …}
  std::array<std::int64_t, ledger::kRoleCount> recipients{};  // active on R with an active pairing of the role
  std::array<std::int64_t, ledger::kRoleCount> persons{};  // distinct persons of those pairings
};

struct RoleReport {
  DistrictLevel level = DistrictLevel::county;
  std::vector<RoleRow> rows;  // every district of the recipients, by path (plain byte order)
  RoleRow total;  // recipients summed; persons counted distinct over all districts
};

// `day` is R = min(p1, T). A recipient with overlapping pairings of one role
// (a check error) counts once, with the person of the earliest-starting one.
RoleReport make_role_report(const ledger::Ledger& ledger, ledger::Day day, DistrictLevel level);

// The district columns, then <role>_recipients and <role>_persons for each
// role (cadre, helper, teacher, medic, counselor, village); under --lang zh
// 结对干部_对象数, 结对干部_人数, 关爱帮扶联系人_对象数 …; the total row last.
Table role_table(const RoleReport& report);

}  // namespace jiedui::report
