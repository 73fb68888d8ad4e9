#pragma once
// One county's matching as a min-cost flow, solved exactly by LEMON's
// NetworkSimplex. Cadres that are interchangeable for a unit's cost share
// class nodes, so a unit has a dozen arcs instead of one per cadre:
//   unit → T(township, rank class) → cadre          own township, cost 0
//   unit → A(rank class) → T(…) → cadre              any township, cost 2
// and for a unit with a girl: women through F(township, rank class) and
// AF(rank class); men through chains sorted by birth, so that a unit's arc
// reaches exactly the men old enough for all its girls (cost + 5). A path
// through A to the unit's own township is dearer than the direct arc, so an
// optimal flow never takes it, and every path's cost is edge_of()'s.
// Each unit arc costs its edge cost minus a bonus larger than any total
// cost, so the flow pairs as many units as it can first, then pays least.
#include <cstdint>
#include <optional>
#include <vector>

#include "match/units.hpp"

namespace jiedui::match {

// The cadre for each of county.units (nullopt: left unpaired). `room` is
// each cadre's free load (indexed by cadre); the graph is built in the
// ledger's row order, so the same ledger gives the same answer.
std::vector<std::optional<std::uint32_t>> solve_county(const ledger::Ledger& ledger, const County& county,
                                                       const std::vector<int>& room, int gender_gap);

}  // namespace jiedui::match
