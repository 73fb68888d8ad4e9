#pragma once
// benefits.csv (享受政策台账): what each recipient receives, one row per
// benefit and period, read and checked like the other ledgers
// (jiedui(1)). Small: held in memory, grouped by recipient.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "entitle/standards.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::entitle {

struct Received {
  std::uint32_t recipient = 0;  // index into Ledger::recipients
  std::uint32_t benefit = 0;  // index into Standards::benefits
  std::optional<std::int64_t> amount_fen;  // empty: in-kind, or a cash row left empty (counts as in full)
  ledger::Day from{};
  std::optional<ledger::Day> to;  // inclusive; empty = ongoing
  std::uint32_t line = 0;

  bool active_on(ledger::Day d) const { return from <= d && (!to || d <= *to); }
};

class ReceivedLedger {
 public:
  std::vector<Received> rows;  // file order, unreadable rows left out

  // The rows of one recipient, in file order (after index()).
  std::span<const Received> of(std::uint32_t recipient) const;
  void index(std::size_t recipients);

 private:
  std::vector<std::uint32_t> first_;  // rows sorted by recipient: of(r) = [first_[r], first_[r + 1])
};

// DIR/benefits.csv, if the set has one (else an empty ledger): rows with an
// unknown recipient or benefit, a bad amount or date are reported to `sink`
// and left out; a cash row with an empty amount is reported and kept.
ReceivedLedger load_received(const ledger::Ledger& ledger, const Standards& standards,
                             const ledger::LoadOptions& options, ledger::DiagnosticSink& sink);

}  // namespace jiedui::entitle
