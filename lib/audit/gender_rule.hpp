#pragma once
// The gender rule of seed 001 五(四): 女性孤儿原则上由女性干部结对；女性干部不足时，
// 应安排年龄相差40周岁以上的男性干部结对 (SPEC §5 gender-*).
#include <optional>

#include "audit/age_gap.hpp"
#include "ledger/model.hpp"

namespace jiedui::audit {

enum class GenderVerdict {
  not_applicable,  // rule off, not an orphan/unsupported child, or a boy
  passes,  // female cadre, or an outcome that passes whatever is missing
  exception,  // a male cadre at least `gap` years older: gender-exception
  mismatch,  // a male cadre less than `gap` years older: gender-mismatch
  unverifiable,  // the outcome depends on a missing gender or birth
};

struct GenderCheck {
  GenderVerdict verdict = GenderVerdict::not_applicable;
  std::optional<AgeGap> age_gap;  // cadre's birth to the recipient's, when both known
};

// `gap_years` 0 turns the rule off. A missing value makes the pairing
// unverifiable only when the outcome depends on it (SPEC §5): a female cadre
// needs no birth, and a cadre known to be old enough needs no gender (no
// finding then: without the gender we cannot say the pairing passes *only*
// through the exception). A recipient of unknown gender is treated the same
// way — she may be a girl — so a male cadre too young for the exception is
// unverifiable rather than a mismatch.
GenderCheck check_gender(const ledger::Recipient& recipient, const ledger::Cadre& cadre, int gap_years);

}  // namespace jiedui::audit
