// Ids typed on the command line: as written, or masked as jiedui prints them
// (620802********0028, copied from a table), when exactly one row matches.
#include <doctest/doctest.h>

#include "audit/finding_filter.hpp"
#include "ledger/id_lookup.hpp"
#include "ledger/resident_id.hpp"

using namespace jiedui;
using namespace jiedui::ledger;

namespace {

Ledger two_cadres_one_tail() {
  Ledger ledger;
  for (const char* id : {"620802197001010028", "620826198002020028", "62080219650303123X", "GS-PL-0001"}) {
    Cadre c;
    c.id = id;
    ledger.cadres.push_back(c);
  }
  for (std::uint32_t i = 0; i < ledger.cadres.size(); ++i) ledger.cadre_ids.try_emplace(normalize_id(ledger.cadres[i].id), i);
  return ledger;
}

}  // namespace

TEST_SUITE("ledger::id_lookup") {
  TEST_CASE("a masked id names the one cadre it matches; several matches name none and are counted") {
    const Ledger ledger = two_cadres_one_tail();
    CHECK(lookup_cadre(ledger, "620802********0028").index == 0u);
    CHECK(lookup_cadre(ledger, "620802********0028").matches == 1);
    CHECK(lookup_cadre(ledger, "620802********123x").index == 2u);  // x as X, as every id compares
    const IdLookup both = lookup_cadre(ledger, "620***********0028");
    CHECK_FALSE(both.index);
    CHECK(both.matches == 2);
    CHECK(lookup_cadre(ledger, "GS-PL-0001").index == 3u);  // an exact id wins
    CHECK(lookup_cadre(ledger, "NOPE").matches == 0);  // unknown, and not masked
    CHECK(lookup_cadre(ledger, "620802****0028").matches == 0);  // another length matches nothing
  }

  TEST_CASE("a district path missing its city gets the full paths that end in it") {
    Ledger ledger;
    ledger.districts = {{"平凉市", "崆峒区", "崆峒镇", "西沟村"}, {"平凉市", "静宁县", "城关镇", "南关村"}};
    Recipient a, b;
    a.district = 0;
    b.district = 1;
    ledger.recipients = {a, b};
    CHECK(audit::district_suggestions(ledger, {"崆峒区"}) == std::vector<std::string>{"平凉市/崆峒区"});
    CHECK(audit::district_suggestions(ledger, {"崆峒镇", "西沟村"}) ==
          std::vector<std::string>{"平凉市/崆峒区/崆峒镇/西沟村"});
    CHECK(audit::district_suggestions(ledger, {"平凉市", "崆峒区"}).empty());  // recipients lie under it
    CHECK(audit::district_has_recipients(ledger, {"平凉市", "崆峒区"}));
    CHECK_FALSE(audit::district_has_recipients(ledger, {"崆峒区"}));
    CHECK(audit::district_suggestions(ledger, {"兰州市"}).empty());  // nothing ends in it either
  }
}
