#pragma once
// Strikes against helper pairings (《金安区望城街道特殊困难群体关爱帮扶长效机制
// 实施方案》四(二) and 协议书五: 对于关爱帮扶联系人帮扶不到位的，一次警告、两次扣当月
// 奖励资金、三次终止帮扶协议): a failed inspection (督查表, 附件3) of the helper
// pairing is a strike; the strikes of a pairing are numbered from its start.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "audit/audit_options.hpp"
#include "audit/finding.hpp"
#include "ledger/inspections.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::audit {

struct Strike {
  std::uint32_t pairing = 0;  // index into Ledger::pairings (role helper)
  Day date{};
  std::uint32_t number = 0;  // 1, 2, 3 … in date order from the pairing's start
};

// What a strike brings: 1 a warning, 2 the month's subsidy withheld, 3 (and
// any later one) the agreement terminated. Every strike ≥ 2 withholds its
// month's subsidy.
enum class Consequence : std::uint8_t { warning, withheld, terminated };
Consequence consequence_of(std::uint32_t number);
bool withholds(std::uint32_t number);  // number ≥ 2
// warning · subsidy withheld for YYYY-MM · agreement to be terminated
std::string consequence_text(const Strike& strike);

class StrikeBook {
 public:
  // The strikes of failed inspections dated ≤ as_of: a failed inspection of
  // the recipient's active helper pairing on its date with that helper
  // (ledger::inspected_pairing). Several on one date are one strike.
  StrikeBook(const ledger::Ledger& ledger, const ledger::Inspections& inspections, Day as_of);

  // The strikes of one pairing, by date (numbers 1, 2, 3 …).
  std::span<const Strike> of(std::uint32_t pairing) const;
  // All strikes, by pairing index then date.
  const std::vector<Strike>& all() const { return strikes_; }

 private:
  std::vector<Strike> strikes_;
  std::vector<std::uint32_t> first_;  // of(p) = strikes_[first_[p], first_[p + 1])
};

// helper-strike (warning): one row per strike dated in P (and ≤ T); cadre =
// the helper, done = the strike's number, from = to = its date, detail = the
// consequence. helper-not-terminated (error): a helper pairing active on T
// with 3 or more strikes dated before T; from = the third strike's date.
void add_strike_findings(const ledger::Ledger& ledger, const StrikeBook& strikes, const AuditOptions& options,
                         std::vector<Finding>& out);

}  // namespace jiedui::audit
