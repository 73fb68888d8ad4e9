#pragma once
// Internal to the recipients.csv readers (load.cpp, recipient_chunks.cpp): a
// row is read in two parts that need nothing of the ledger, around the claim
// of its id, which (with keeping the row) must go in file order.
#include <cstddef>
#include <optional>
#include <string>

#include "ledger/ledger.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/table.hpp"

namespace jiedui::ledger {

// recipients_spec()'s column order, for the readers of its rows.
enum RecipientColumn : std::size_t { r_id, r_name, r_gender, r_birth, r_ethnicity, r_category, r_level, r_setting,
                                     r_dis_type, r_dis_grade, r_dis_cert, r_household, r_city, r_county, r_township,
                                     r_village, r_phone, r_g_name, r_g_relation, r_g_phone, r_g_id, r_status,
                                     r_exit_date, r_residence, r_dibao_class, r_self_care, r_school, r_health };

// A policy-list cell whose value is not one of the column's (a check
// bad-value) is kept as a value past the enum's last: it matches no row of
// a standards table, where an empty cell would leave the row undecided.
inline constexpr Residence kOtherResidence = static_cast<Residence>(3);
inline constexpr SelfCare kOtherSelfCare = static_cast<SelfCare>(4);
inline constexpr School kOtherSchool = static_cast<School>(6);
inline constexpr std::uint8_t kOtherDibaoClass = 7;

// A recipients.csv row as read, before it is kept: all but its district's
// index, which interning gives in file order.
struct RecipientRow {
  Recipient r;
  District district;
  bool ok = true;  // false: reported, and left out of every computation
};

// The row's id and name; false (reported) when either is missing. The id is
// checked as a resident ID (`id`) but not yet against the other rows.
bool read_recipient_id(TableReader& t, RecipientRow& row, ResidentId& id);
// The rest of the row, once its id is known to be new.
void read_recipient_rest(TableReader& t, const ResidentId& id, const LoadOptions& options, RecipientRow& row);
// Claims `id` for the row being read (first row wins); when an earlier row
// has it, the duplicate-id message, and the row is left out unread.
std::optional<std::string> claim_recipient_id(Ledger& ledger, const std::string& id);
// A row whose id was claimed, in file order.
void keep_recipient(Ledger& ledger, RecipientRow&& row);

// The parallel read of recipients.csv, after `header` has read the header.
// False, having read nothing, when it does not apply (one thread, a file
// read as GB18030, a file of one chunk): the caller then reads serially.
bool load_recipients_parallel(TableReader& header, Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink);

}  // namespace jiedui::ledger
