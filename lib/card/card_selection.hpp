#pragma once
// Which recipients get a card, and the village phone of jiedui.toml's
// [phones] section.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/config.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::card {

struct CardSelection {
  std::vector<std::string> recipients;  // ids as given; empty = every active recipient
  std::vector<std::string> district;  // leading components of city/county/township/village
  std::string cadre;  // a cadre id (x upper-cased); empty = any
  // `cadre` may also be the recipient's helper (关爱帮扶联系人): for the
  // templates that show both people.
  bool helper_too = false;
};

struct SelectedRecipient {
  std::uint32_t recipient = 0;
  std::optional<std::uint32_t> pairing;  // of role cadre, active on the as-of day
  std::optional<std::uint32_t> helper;  // of role helper, active on the as-of day
};

// The recipients named (in the order given), else every recipient active on
// `as_of`, ordered by city, county, township, village, then file line; kept
// when under `district` and, with a cadre, paired with that cadre on `as_of`
// (as its cadre, or with `helper_too` as its cadre or its helper).
// Throws UsageError for an id not in recipients.csv or cadres.csv (masked
// unless `reveal`).
std::vector<SelectedRecipient> select_recipients(const ledger::Ledger& ledger, const CardSelection& selection,
                                                 ledger::Day as_of, bool reveal);

// Whether district `d` lies under the path `prefix` (its leading components).
bool under(const ledger::District& d, const std::vector<std::string>& prefix);

// The phones of jiedui.toml's [phones] section, keyed by district path
// ("平凉市/崆峒区/峡门回族乡/吴坡村" = "0933-8123456"); a village without its own
// number uses its township's, else its county's, else its city's.
class VillagePhones {
 public:
  explicit VillagePhones(const ledger::Config& config);
  std::string_view phone_of(const ledger::District& d) const;  // "" when none

 private:
  std::vector<std::pair<std::string, std::string>> phones_;  // path, number; sorted by path
};

}  // namespace jiedui::card
