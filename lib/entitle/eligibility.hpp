#pragma once
// Whether a recipient is eligible for a benefit on a day, by the rows of a
// standards table (jiedui-standards(5)): the first matching row gives the
// amount; a row that needs an empty cell to decide leaves the benefit
// undecided unless a later row matches without it.
#include <string>

#include "entitle/standards.hpp"
#include "ledger/model.hpp"

namespace jiedui::entitle {

enum class Decision : std::uint8_t { not_eligible, eligible, undecided };

struct Eligibility {
  Decision decision = Decision::not_eligible;
  const StandardRow* row = nullptr;  // eligible: the first matching row
  std::string to_fill;  // undecided: what to fill, e.g. "residence is empty"
};

Eligibility evaluate(const Benefit& benefit, const ledger::Recipient& recipient, ledger::Day day);

// "orphan/unsupported_child, age ≤ 17, scattered": a row's conditions, for details.
std::string describe_row(const StandardRow& row);
// The recipient's values of the columns the benefit's rows use, for details.
std::string describe_recipient(const Benefit& benefit, const ledger::Recipient& recipient, ledger::Day day);

}  // namespace jiedui::entitle
