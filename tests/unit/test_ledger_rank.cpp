// 职务职级: every rank of the work-record form in order, and every long form
// of the civil-service rank table that stands for one.
#include <doctest/doctest.h>

#include <string_view>
#include <utility>
#include <vector>

#include "ledger/rank.hpp"

using namespace jiedui::ledger;

TEST_SUITE("ledger::rank") {
  TEST_CASE("the ranks are those of the work-record form, highest first") {
    const std::vector<std::string_view> want = {
        "省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "一巡",         "省管二巡",     "二巡",
        "县处级正职", "县处级副职", "一调",       "二调",       "三调",         "四调",         "乡科级正职",
        "乡科级副职", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "一级科员", "二级科员"};
    REQUIRE(ranks().size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(ranks()[i].name == want[i]);
      CHECK(parse_rank(want[i]) == static_cast<int>(i));
    }
  }

  TEST_CASE("every long form names its rank") {
    const std::vector<std::pair<std::string_view, std::string_view>> table = {
        {"正部级", "省部级正职"},   {"正省级", "省部级正职"},     {"副部级", "省部级副职"},
        {"副省级", "省部级副职"},   {"正厅级", "厅局级正职"},     {"正局级", "厅局级正职"},
        {"副厅级", "厅局级副职"},   {"副局级", "厅局级副职"},     {"一级巡视员", "一巡"},
        {"省管二级巡视员", "省管二巡"}, {"二级巡视员", "二巡"},     {"正县级", "县处级正职"},
        {"正处级", "县处级正职"},   {"副县级", "县处级副职"},     {"副处级", "县处级副职"},
        {"一级调研员", "一调"},     {"二级调研员", "二调"},       {"三级调研员", "三调"},
        {"四级调研员", "四调"},     {"正科级", "乡科级正职"},     {"正乡级", "乡科级正职"},
        {"副科级", "乡科级副职"},   {"副乡级", "乡科级副职"},
    };
    std::size_t aliases = 0;
    for (const RankName& r : ranks()) aliases += r.aliases.size();
    CHECK(aliases == table.size());  // no alias untested
    for (const auto& [alias, rank] : table) {
      CAPTURE(alias);
      const auto index = parse_rank(alias);
      REQUIRE(index.has_value());
      CHECK(ranks()[static_cast<std::size_t>(*index)].name == rank);
    }
  }

  TEST_CASE("spaces around a rank are trimmed; misspellings and empty text are no rank") {
    CHECK(parse_rank(" 县处级副职\u3000") == rank_index("县处级副职"));
    CHECK_FALSE(parse_rank("县处级付职").has_value());
    CHECK_FALSE(parse_rank("处长").has_value());
    CHECK_FALSE(parse_rank("").has_value());
    CHECK_FALSE(parse_rank("  ").has_value());
  }

  TEST_CASE("matching's landmarks are 县处级副职 and 乡科级副职") {
    CHECK(rank_index("县处级副职") == kRankCountyDeputy);
    CHECK(rank_index("乡科级副职") == kRankTownshipDeputy);
    CHECK(accepted_ranks().starts_with("省部级正职, 省部级副职, 厅局级正职"));
    CHECK(accepted_ranks().ends_with("一级科员, 二级科员"));
  }
}
