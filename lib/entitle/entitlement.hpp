#pragma once
// `jiedui entitle`: per recipient active on the day and per benefit, what the
// standards say is due against what benefits.csv records (jiedui-entitle(1)):
// benefit-missing, -short, -ineligible, -undecided, and with --all -received.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entitle/eligibility.hpp"
#include "entitle/received.hpp"
#include "entitle/standards.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::entitle {

// error, warning, notice as everywhere, and ok for a benefit received in full.
enum class Severity : std::uint8_t { error, warning, notice, ok };
std::string_view severity_name(Severity severity);

enum class Status : std::uint8_t { missing, short_paid, ineligible, undecided, received, not_due };
std::string_view status_code(Status status);  // benefit-missing …; "" for not_due
Severity status_severity(Status status);

// One benefit for one recipient on the day.
struct Assessment {
  Status status = Status::not_due;
  std::optional<std::int64_t> standard_fen, received_fen;  // per the benefit's unit
  std::string detail;  // short English, deterministic
};

// `received` holds every benefits.csv row of this recipient (any benefit).
Assessment assess(const Standards& standards, std::size_t benefit, const ledger::Recipient& recipient,
                  std::span<const Received> received, ledger::Day day);

struct EntitleFinding {
  Severity severity = Severity::error;
  Status status = Status::missing;
  std::uint32_t recipient = 0;
  std::optional<std::uint32_t> cadre;  // of the recipient's pairing active on the day
  std::uint32_t benefit = 0;  // index into Standards::benefits
  std::optional<std::int64_t> standard_fen, received_fen;
  std::string detail;
};

struct EntitleOptions {
  ledger::Day day{};
  bool all = false;  // also benefit-received rows
  std::optional<std::uint32_t> only_recipient;  // `entitle RECIPIENT`
};

// Every finding, sorted: severity, district path, cadre id, recipient id
// (byte order, empty first), then benefit in table order.
std::vector<EntitleFinding> find_entitlements(const ledger::Ledger& ledger, const Standards& standards,
                                              const ReceivedLedger& received, const EntitleOptions& options);

// The output columns, in this order.
inline constexpr std::array<std::string_view, 17> kEntitleColumns = {
    "severity",  "code",           "city", "county",   "township", "village",    "cadre",    "cadre_name", "recipient",
    "recipient_name", "benefit", "benefit_name", "unit", "standard", "received", "department", "detail"};

}  // namespace jiedui::entitle
