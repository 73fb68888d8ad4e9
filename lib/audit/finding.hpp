#pragma once
// One row of `jiedui audit` output, with exactly the columns of SPEC §5.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/status.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/ledger.hpp"
#include "rules/rule.hpp"

namespace jiedui::audit {

using ledger::Severity;

// The finding codes of SPEC §5; the compliance codes are `<measure>-missed`
// and `<measure>-behind` (compliance_code).
namespace codes {
inline constexpr std::string_view gender_mismatch = "gender-mismatch";
inline constexpr std::string_view gender_exception = "gender-exception";
inline constexpr std::string_view gender_unverifiable = "gender-unverifiable";
inline constexpr std::string_view unpaired = "unpaired";
inline constexpr std::string_view household_split = "household-split";
inline constexpr std::string_view aged_out = "aged-out";
inline constexpr std::string_view cadre_unavailable = "cadre-unavailable";
inline constexpr std::string_view visit_not_paired = "visit-not-paired";
inline constexpr std::string_view no_rule = "no-rule";
inline constexpr std::string_view gap_exceeded = "gap-exceeded";
inline constexpr std::string_view overdue = "overdue";
// Inspections of helpers (jiedui-audit(1)): a strike, and a third strike
// whose pairing was not ended.
inline constexpr std::string_view helper_strike = "helper-strike";
inline constexpr std::string_view helper_not_terminated = "helper-not-terminated";
}  // namespace codes

// "contacts-missed", "help-behind" … for Status::missed or Status::behind.
std::string compliance_code(rules::Measure measure, Status status);

// Every code a finding can carry, for --only to check its list against.
std::vector<std::string> finding_codes();

struct Finding {
  Severity severity = Severity::error;
  std::string code;
  std::string city, county, township, village;  // the recipient's district
  std::string cadre, cadre_name;  // id (x upper-cased) and name; empty when not applicable
  std::string recipient, recipient_name;
  std::string measure, per;  // measure_name, per_name of the rule
  std::optional<std::int64_t> required, done;
  std::optional<Day> from, to;
  std::string detail;  // short English, deterministic
  // What `detail` says, as data, for the output layer to say it in another
  // language (out/zh_detail.cpp): per code, in the order written where the
  // finding is made (codes, numbers, ISO dates; "" for none).
  std::vector<std::string> detail_args;
  // The role of the pairing the row is about (`unpaired`: the role missing;
  // no-rule, aged-out, household-split: cadre); empty for rows about no
  // pairing (visit-not-paired). Printed last, as the role's code.
  std::optional<ledger::Role> role;

  bool operator==(const Finding&) const = default;
};

// The output columns, in SPEC §5 order, then `role` (jiedui-audit(1)).
inline constexpr std::array<std::string_view, 18> kFindingColumns = {
    "severity",       "code",    "city", "county",   "township", "village", "cadre", "cadre_name", "recipient",
    "recipient_name", "measure", "per",  "required", "done",     "from",    "to",    "detail",     "role"};

// A finding about `recipient` with its district and names filled in, the
// cadre's id and name when `cadre` is given, and `role`.
Finding make_finding(const ledger::Ledger& ledger, Severity severity, std::string_view code, std::uint32_t recipient,
                     std::optional<std::uint32_t> cadre = std::nullopt,
                     std::optional<ledger::Role> role = std::nullopt);

// The `role` cell: the role's code, "" when empty.
std::string_view role_text(const std::optional<ledger::Role>& role);

// SPEC §5 order: severity (error, warning, notice), then city, county,
// township, village, cadre, recipient (plain UTF-8 byte order, empty first),
// then code, from, to, measure, per, role (empty first, then cadre, helper,
// teacher, medic, counselor, village). std::string compares bytes as unsigned
// char, which is UTF-8 code point order; an absent date sorts first. Stable,
// so rows equal on every key keep the order they were found in (file order
// for visit-not-paired).
bool finding_before(const Finding& a, const Finding& b);
// Sorts as std::stable_sort with finding_before does; with threads > 1, a
// big vector's columns are ranked on two threads.
void sort_findings(std::vector<Finding>& findings, unsigned threads = 1);

}  // namespace jiedui::audit
