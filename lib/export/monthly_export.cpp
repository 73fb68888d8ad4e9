#include "export/monthly_export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "ledger/vocab.hpp"

namespace jiedui::exports {

namespace {

using K = out::Kind;

enum Field : std::size_t {
  kChange,
  kCity, kCounty, kTownship, kVillage,
  kCategory, kName, kGender, kEthnicity, kBirth, kId, kPhone,
  kDisabilityType, kDisabilityGrade, kDisabilityCert,
  kGuardianName, kGuardianRelation, kGuardianPhone, kGuardianId,
  kCadreId, kCadreName, kCadreGender, kCadreEthnicity, kCadreBirth, kUnit, kPosition, kRank, kCadrePhone,
  kStart, kEnd, kReason,
  kDate, kMode, kItems, kPolicies, kDifficulties, kDeeds, kFunds, kEscalated, kMust, kNotes,
  kFieldCount  // 结对角色, when the file has it, follows
};
static_assert(kFieldCount - kDate == HeldRecord::kCells, "a held record keeps the cells from 填表日期 on");

// 出生年月, as the forms ask: YYYY-MM whatever precision the ledger has.
std::string year_month(const ledger::Birth& birth) {
  if (!birth.known) return "";
  const date::year_month_day ymd{birth.day};
  return fmt::format("{:04}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
}

// hospital;dropout → 重症住院;辍学或待业 (the form's words); anything else as written.
std::string must_chinese(std::string_view must) {
  return ledger::map_list(must, [](std::string_view one) {
    const auto code = ledger::parse_must(one);
    return code ? ledger::must_chinese(*code) : one;
  });
}

// talk;study → 联系交流;引导学习: the boxes of the work-record form, as the
// provincial system's users read them; a code outside the form's boxes as written.
std::string items_chinese(std::string_view items) {
  return ledger::map_list(items, [](std::string_view one) {
    const auto code = ledger::parse_item(one);
    return code ? ledger::item_chinese(*code) : one;
  });
}

std::string yuan(std::int64_t fen) { return fmt::format("{}.{:02}", fen / 100, fen % 100); }

std::vector<std::string> person_cells(const ledger::Ledger& ledger, const ledger::Recipient& r,
                                      const ledger::Cadre& c, std::string_view change) {
  std::vector<std::string> cells(kFieldCount);
  const ledger::District& d = ledger.district_of(r);
  cells[kChange] = change;
  cells[kCity] = d.city;
  cells[kCounty] = d.county;
  cells[kTownship] = d.township;
  cells[kVillage] = d.village;
  cells[kCategory] = ledger::category_chinese(r.category);
  cells[kName] = r.name;
  cells[kGender] = ledger::gender_chinese(r.gender);
  cells[kEthnicity] = r.ethnicity;
  cells[kBirth] = year_month(r.birth);
  cells[kId] = r.id;
  cells[kPhone] = r.phone;
  cells[kDisabilityType] = r.disability_type;
  cells[kDisabilityGrade] = r.disability_grade;
  cells[kDisabilityCert] = r.disability_cert;
  cells[kGuardianName] = r.guardian_name;
  cells[kGuardianRelation] = r.guardian_relation;
  cells[kGuardianPhone] = r.guardian_phone;
  cells[kGuardianId] = r.guardian_id;
  cells[kCadreId] = c.id;
  cells[kCadreName] = c.name;
  cells[kCadreGender] = ledger::gender_chinese(c.gender);
  cells[kCadreEthnicity] = c.ethnicity;
  cells[kCadreBirth] = year_month(c.birth);
  cells[kUnit] = c.unit;
  cells[kPosition] = c.position;
  cells[kRank] = c.rank;
  cells[kCadrePhone] = c.phone;
  return cells;
}

}  // namespace

Period export_window(date::year_month month) {
  const date::year_month previous = month - date::months{1};
  return {Day{previous / date::day{16}}, Day{month / date::day{15}}};
}

const std::vector<out::Column>& export_columns(bool with_role) {
  static const std::vector<out::Column> columns = {
      {"变更类型", K::text},
      {"市（州）", K::text},         {"县（市区）", K::text},       {"乡镇（街道）", K::text},     {"村（社区）", K::text},
      {"对象类别", K::text},         {"关爱对象姓名", K::text},     {"关爱对象性别", K::text},     {"关爱对象民族", K::text},
      {"关爱对象出生年月", K::text}, {"关爱对象身份证号", K::id},   {"关爱对象联系电话", K::phone},
      {"残疾类别", K::text},         {"残疾等级", K::text},         {"残疾证号", K::id},
      {"监护人姓名", K::text},       {"与关爱对象关系", K::text},   {"监护人联系电话", K::phone},  {"监护人身份证号", K::id},
      {"结对干部编号", K::id},       {"结对干部姓名", K::text},     {"结对干部性别", K::text},     {"结对干部民族", K::text},
      {"结对干部出生年月", K::text}, {"工作单位", K::text},         {"职务", K::text},             {"职务职级", K::text},
      {"手机号码", K::phone},
      {"结对日期", K::date},         {"解除日期", K::date},         {"变更原因", K::text},
      {"填表日期", K::date},         {"关爱方式", K::text},         {"关爱内容", K::text},
      {"协调落实政策", K::integer},  {"解决实际困难", K::integer},  {"帮办实事", K::integer},
      {"资助资金（元）", K::money},  {"向上级反映困难", K::integer}, {"必到事项", K::text},          {"工作说明", K::text},
  };
  static const std::vector<out::Column> with_role_columns = [] {
    std::vector<out::Column> all = columns;
    all.push_back({"结对角色", K::text});
    return all;
  }();
  return with_role ? with_role_columns : columns;
}

std::optional<ledger::Role> record_role(const ledger::Ledger& ledger, std::uint32_t recipient, std::uint32_t cadre,
                                        Day day) {
  std::optional<ledger::Role> role;
  for (std::uint32_t i : ledger.pairings_of(recipient)) {
    const ledger::Pairing& p = ledger.pairings[i];
    if (p.start > day) break;
    if (p.cadre == cadre && p.active_on(day) && (!role || p.role < *role)) role = p.role;
  }
  return role;
}

MonthlyExport::MonthlyExport(const ledger::Ledger& ledger, Period window, Day as_of, ExportContent content,
                             std::size_t sort_budget)
    : ledger_(ledger),
      window_(window),
      as_of_(as_of),
      content_(content),
      records_(
          [&ledger](const HeldRecord& a, const HeldRecord& b) {
            const std::string& ra = ledger.recipients[a.recipient].id;
            const std::string& rb = ledger.recipients[b.recipient].id;
            return std::tie(a.date, ra, a.line) < std::tie(b.date, rb, b.line);
          },
          sort_budget) {}

void MonthlyExport::add(const ledger::Visit& v) {
  if (content_ == ExportContent::changes || !window_.contains(v.date) || v.date > as_of_) return;
  if (ledger_.has_roles && !with_role_) {
    const auto role = record_role(ledger_, v.recipient, v.cadre, v.date);
    with_role_ = role && *role != ledger::Role::cadre;
  }
  // Only the record's own cells are held; its people's come from the ledger on output.
  HeldRecord held;
  held.date = v.date;
  held.recipient = v.recipient;
  held.cadre = v.cadre;
  held.line = v.line;
  held.cells = {audit::iso_date(v.date),         std::string(ledger::mode_chinese(v.mode)),
                items_chinese(v.items),          std::to_string(v.policies),
                std::to_string(v.difficulties),  std::to_string(v.deeds),
                yuan(v.funds_fen),               std::to_string(v.escalated),
                must_chinese(v.must),            std::string(v.notes)};
  records_.add(std::move(held));
}

void MonthlyExport::collect_changes() {
  if (collected_) return;
  collected_ = true;
  // Changes grow with pairings: sorted in memory, by key, their cells made as they are written.
  if (content_ != ExportContent::records) {
    for (std::uint32_t i = 0; i < ledger_.pairings.size(); ++i) {
      const ledger::Pairing& p = ledger_.pairings[i];
      const std::size_t before = pending_.size();
      if (window_.contains(p.start) && p.start <= as_of_) pending_.push_back({p.start, i, 0});
      if (p.end && window_.contains(*p.end) && *p.end <= as_of_) pending_.push_back({*p.end, i, 1});
      if (pending_.size() > before && p.role != ledger::Role::cadre) with_role_ = true;
    }
  }
  const auto key = [&](const Change& c) {
    const ledger::Pairing& p = ledger_.pairings[c.pairing];
    return std::tie(c.date, ledger_.recipients[p.recipient].id, p.line, c.kind);
  };
  std::sort(pending_.begin(), pending_.end(), [&](const Change& a, const Change& b) { return key(a) < key(b); });
  changes_ = pending_.size();
}

const std::vector<out::Column>& MonthlyExport::columns() {
  collect_changes();
  return export_columns(with_role_);
}

void MonthlyExport::finish(const std::function<void(const std::vector<std::string>&)>& row) {
  collect_changes();
  const auto cells_of = [&](std::uint32_t recipient, std::uint32_t cadre, std::string_view change,
                            std::optional<ledger::Role> role) {
    std::vector<std::string> cells = person_cells(ledger_, ledger_.recipients[recipient], ledger_.cadres[cadre], change);
    if (with_role_) cells.emplace_back(role ? ledger::role_chinese(*role) : "");
    return cells;
  };
  for (const Change& change : pending_) {
    const ledger::Pairing& p = ledger_.pairings[change.pairing];
    std::vector<std::string> cells = cells_of(p.recipient, p.cadre, change.kind == 0 ? "新增" : "解除", p.role);
    cells[kStart] = audit::iso_date(p.start);
    if (change.kind == 1) {
      cells[kEnd] = audit::iso_date(*p.end);
      cells[kReason] = p.reason;
    }
    row(cells);
  }
  records_.drain([&](const HeldRecord& r) {
    std::vector<std::string> cells =
        cells_of(r.recipient, r.cadre, "工作记录",
                 with_role_ ? record_role(ledger_, r.recipient, r.cadre, r.date) : std::nullopt);
    std::copy(r.cells.begin(), r.cells.end(), cells.begin() + kDate);
    row(cells);
  });
}

std::vector<std::vector<std::string>> MonthlyExport::finish() {
  std::vector<std::vector<std::string>> rows;
  finish([&](const std::vector<std::string>& cells) { rows.push_back(cells); });
  return rows;
}

}  // namespace jiedui::exports
