#pragma once
// The typed records of a ledger set (SPEC §1). Dates are sys_days; money is
// integer fen; ids are stored and compared with `x` upper-cased.
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ledger/id_map.hpp"

namespace jiedui::ledger {

using Day = date::sys_days;

enum class Gender : std::uint8_t { unknown, male, female };

// A birth known to the day (from an ID, or YYYY-MM-DD) or only to the month
// (YYYY-MM): the 40-year rule compares months then (SPEC §5).
struct Birth {
  bool known = false;
  bool month_only = false;
  Day day{};  // the first of the month when month_only
};

// SPEC §3, in its order (reports list category columns in this order).
enum class Category : std::uint8_t {
  orphan,
  unsupported_child,
  disabled,
  extremely_poor,
  elderly_alone,
  left_behind_child,
  dibao,
  near_dibao,
  needy_disabled,
  care_deficit,
  child_in_difficulty,
  homeless,
};
inline constexpr int kCategoryCount = 12;

enum class Mode : std::uint8_t { phone, sms, wechat, letter, home, institution, other };
// 线上 modes are contacts; 现场 modes are visits (SPEC §1 visits.csv).
inline bool is_visit_mode(Mode mode) { return mode >= Mode::home; }

enum class RecipientStatus : std::uint8_t { active, exited };

// The columns the policy lists need (《和政县结对关爱行动实施方案》附件6–8):
// small enums, so a province's rows stay as small as before. `unknown` is
// an empty cell: the entitlement check then cannot decide what needs it.
enum class Residence : std::uint8_t { unknown, urban, rural };
enum class SelfCare : std::uint8_t { unknown, full, partial, none };
// An empty school cell means not in school (jiedui-entitle(1)).
enum class School : std::uint8_t { none, preschool, compulsory, highschool, vocational, college };
enum class CadreStatus : std::uint8_t { active, retired, left };

// Who a pairing pairs with the recipient (jiedui-ledger(5), pairings.csv
// `role`): the 结对干部/包保责任人 of every programme, then the other
// one-to-one people of 《望城街道关爱帮扶工作方案》 and 平凉's 四个一对一.
// Every person of any role is a row of cadres.csv. Reports list roles in
// this order.
enum class Role : std::uint8_t { cadre, helper, teacher, medic, counselor, village };
inline constexpr int kRoleCount = 6;

struct Recipient {
  std::string id;
  std::string name;
  Gender gender = Gender::unknown;  // from the ID when the ID is valid
  Birth birth;  // from the ID when the ID is valid (to the day)
  Category category = Category::orphan;
  Residence residence = Residence::unknown;
  SelfCare self_care = SelfCare::unknown;
  School school = School::none;
  std::string level;  // normalised: 一级/1级/1 → "1"; other text trimmed
  std::string household;
  std::uint32_t district = 0;  // index into Ledger::districts
  RecipientStatus status = RecipientStatus::active;
  std::uint8_t dibao_class = 0;  // 1–4 (一类…四类); 0 = empty
  std::optional<Day> exit_date;  // the first day out
  std::uint32_t line = 0;
  // Shown and exported, not computed on.
  std::string ethnicity, setting, disability_type, disability_grade, disability_cert, phone;
  std::string guardian_name, guardian_relation, guardian_phone, guardian_id;
  std::string health;  // free text, printed on the Gansu contact card

  // SPEC §5: active on d unless exited, or d is before exit_date.
  bool active_on(Day d) const {
    return status != RecipientStatus::exited || (exit_date && d < *exit_date);
  }
};

struct Cadre {
  std::string id;
  std::string name;
  Gender gender = Gender::unknown;  // never filled from an 18-digit id (SPEC §5)
  Birth birth;
  CadreStatus status = CadreStatus::active;
  std::string ethnicity, unit, position, rank, phone, city, county, township;
  std::uint32_t line = 0;
};

struct Pairing {
  std::uint32_t recipient = 0;  // index into Ledger::recipients
  std::uint32_t cadre = 0;  // index into Ledger::cadres
  Day start{};
  std::optional<Day> end;  // inclusive last day
  std::string reason;
  Role role = Role::cadre;  // an empty cell, or no `role` column, is cadre
  std::uint32_t line = 0;
  // cadres[cadre].id, set by the loader: the reader of visits.csv checks a
  // record's cadre against it without a cache miss (absent: looked up).
  IdKey cadre_id;

  bool active_on(Day d) const { return start <= d && (!end || d <= *end); }
};

// One work record, as read: the views are valid only during the callback.
struct Visit {
  Day date{};
  std::uint32_t recipient = 0;  // index into Ledger::recipients
  std::uint32_t cadre = 0;  // index into Ledger::cadres
  Mode mode = Mode::phone;
  std::uint32_t policies = 0, difficulties = 0, deeds = 0, escalated = 0;
  std::int64_t funds_fen = 0;
  std::string_view items, must, notes;
  std::uint32_t line = 0;
  // The first pairing the record counts for (Ledger::for_each_record_pairing:
  // of the recipient, active on its date, with this cadre as its person, in
  // any role), looked up by the reader of visits.csv (on the parallel
  // reader's workers, not the replaying thread): an index into
  // Ledger::pairings, no_pairing, or not_looked_up (a Visit made elsewhere;
  // then the user looks).
  static constexpr std::uint32_t not_looked_up = 0xFFFFFFFF, no_pairing = 0xFFFFFFFE;
  std::uint32_t pairing = not_looked_up;
  // The record counts for more pairings than `pairing` (one person paired
  // with the recipient in two roles, e.g. cadre and helper): rare, so the
  // user finds the others with for_each_record_pairing.
  bool more_pairings = false;
};

struct District {
  std::string city, county, township, village;
  bool operator==(const District&) const = default;
};

}  // namespace jiedui::ledger
