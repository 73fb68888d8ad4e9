#pragma once
// The sums of the work-record form's numbers over a set of records: what the
// district report (SPEC §6) prints per district. The audit engine keeps one
// per recipient over the records dated in P and ≤ T, visit-not-paired ones
// included, while it streams visits.csv; nobody reads the file a second time.
#include <cstdint>

#include "ledger/model.hpp"

namespace jiedui::audit {

struct RecordTotals {
  std::int64_t contacts = 0;  // records with a 线上 mode
  std::int64_t visits = 0;  // records with a 现场 mode
  std::int64_t policies = 0, difficulties = 0, deeds = 0, escalated = 0;
  std::int64_t funds_fen = 0;  // 资助资金 in fen, so sums are exact

  std::int64_t records() const { return contacts + visits; }

  void add(const ledger::Visit& visit) {
    if (ledger::is_visit_mode(visit.mode))
      ++visits;
    else
      ++contacts;
    policies += visit.policies;
    difficulties += visit.difficulties;
    deeds += visit.deeds;
    escalated += visit.escalated;
    funds_fen += visit.funds_fen;
  }

  RecordTotals& operator+=(const RecordTotals& other) {
    contacts += other.contacts;
    visits += other.visits;
    policies += other.policies;
    difficulties += other.difficulties;
    deeds += other.deeds;
    escalated += other.escalated;
    funds_fen += other.funds_fen;
    return *this;
  }

  bool operator==(const RecordTotals&) const = default;
};

}  // namespace jiedui::audit
