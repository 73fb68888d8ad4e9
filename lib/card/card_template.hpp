#pragma once
// The registry of card templates: each names the programme document its form
// comes from, what one printed page is for (a recipient, a helper pairing, a
// village's month), and how a page is drawn. A template that needs data the
// ledgers do not hold yet (the 包保责任人 / 关爱帮扶联系人 roles of a pairing)
// is listed but refused, so it slots in here once pairings.csv has them.
#include <string>
#include <string_view>
#include <vector>

#include "ledger/model.hpp"
#include "rules/rule.hpp"

namespace jiedui::card {

// What a recipient's card shows: the recipient, the cadre of the pairing
// active on the as-of day (null when unpaired: the cadre's lines are left
// blank), the rules in effect for the recipient, the village phone.
struct CardSubject {
  const ledger::Recipient* recipient = nullptr;
  const ledger::District* district = nullptr;
  const ledger::Cadre* cadre = nullptr;
  const std::vector<const rules::Rule*>* rules = nullptr;
  std::string_view village_phone;
};

struct CardOptions {
  bool reveal = false;  // ID numbers in full (phone numbers are always printed)
};

enum class CardUnit { recipient, helper_pairing, village_month };

// Appends one page's body for `subject` to `html`.
using RecipientPage = void (*)(const CardSubject& subject, const CardOptions& options, std::string& html);

struct CardTemplate {
  std::string_view name;  // --template
  std::string_view title;  // the form's title, as printed
  std::string_view document;  // the programme document and attachment it comes from
  CardUnit unit = CardUnit::recipient;
  bool needs_roles = false;  // refused until pairings carry roles
  RecipientPage page = nullptr;  // recipient templates
  std::string_view style;  // the template's CSS
};

// Every template, the default (gansu) first.
const std::vector<CardTemplate>& card_templates();

// The template called `name`. Throws UsageError for an unknown name (listing
// the known ones) and for a template that needs pairing roles.
const CardTemplate& find_card_template(std::string_view name);

// The pages of the recipient templates (gansu_card.cpp, shapingba_card.cpp).
void gansu_page(const CardSubject& subject, const CardOptions& options, std::string& html);
void shapingba_page(const CardSubject& subject, const CardOptions& options, std::string& html);
extern const std::string_view kGansuStyle;
extern const std::string_view kShapingbaStyle;
extern const std::string_view kRecordBookStyle;

}  // namespace jiedui::card
