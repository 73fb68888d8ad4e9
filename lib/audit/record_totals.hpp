#pragma once
// The sums of the work-record form's numbers over a set of records: what the
// district report (SPEC §6) prints per district. The audit engine keeps one
// per recipient over the records dated in P and ≤ T, visit-not-paired ones
// included, while it streams visits.csv; nobody reads the file a second time.
#include <cstdint>

#include "ledger/model.hpp"
#include "ledger/money.hpp"

namespace jiedui::audit {

struct RecordTotals {
  std::int64_t contacts = 0;  // records with a 线上 mode
  std::int64_t visits = 0;  // records with a 现场 mode
  std::int64_t policies = 0, difficulties = 0, deeds = 0, escalated = 0;
  std::int64_t funds_fen = 0;  // 资助资金 in fen, so sums are exact

  std::int64_t records() const {
    std::int64_t n = contacts;
    ledger::add_checked(n, visits, "records");
    return n;
  }

  // Checked (ledger::add_checked): a total past int64 throws TotalError.
  void add(const ledger::Visit& visit) {
    using ledger::add_checked;
    add_checked(ledger::is_visit_mode(visit.mode) ? visits : contacts, 1, "records");
    add_checked(policies, visit.policies, "policies");
    add_checked(difficulties, visit.difficulties, "difficulties");
    add_checked(deeds, visit.deeds, "deeds");
    add_checked(escalated, visit.escalated, "escalated");
    add_checked(funds_fen, visit.funds_fen, "funds");
  }

  RecordTotals& operator+=(const RecordTotals& other) {
    using ledger::add_checked;
    add_checked(contacts, other.contacts, "contacts");
    add_checked(visits, other.visits, "visits");
    add_checked(policies, other.policies, "policies");
    add_checked(difficulties, other.difficulties, "difficulties");
    add_checked(deeds, other.deeds, "deeds");
    add_checked(escalated, other.escalated, "escalated");
    add_checked(funds_fen, other.funds_fen, "funds");
    return *this;
  }

  bool operator==(const RecordTotals&) const = default;
};

}  // namespace jiedui::audit
