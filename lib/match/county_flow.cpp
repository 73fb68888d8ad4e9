#include "match/county_flow.hpp"

#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <string>

namespace jiedui::match {
namespace {

using Graph = lemon::ListDigraph;
using Cost = std::int64_t;
constexpr int kClasses = 3;

// The graph with arcs kept in creation order, so that taking the flow apart
// into unit → cadre paths is the same on every machine.
class Network {
 public:
  int add_node() {
    graph_.addNode();
    out_.emplace_back();
    return static_cast<int>(out_.size()) - 1;
  }
  void add_arc(int from, int to, Cost capacity, Cost cost) {
    const Graph::Arc a = graph_.addArc(Graph::nodeFromId(from), Graph::nodeFromId(to));
    capacity_.push_back(capacity);
    cost_.push_back(cost);
    head_.push_back(to);
    out_[static_cast<std::size_t>(from)].push_back(Graph::id(a));
  }
  // Min-cost flow of `amount` from s to t; afterwards flow(arc) is the solution.
  void solve(int s, int t, Cost amount) {
    Graph::ArcMap<Cost> capacity(graph_), cost(graph_);
    for (std::size_t a = 0; a < capacity_.size(); ++a) {
      capacity[Graph::arcFromId(static_cast<int>(a))] = capacity_[a];
      cost[Graph::arcFromId(static_cast<int>(a))] = cost_[a];
    }
    lemon::NetworkSimplex<Graph, Cost, Cost> simplex(graph_);
    simplex.upperMap(capacity).costMap(cost).stSupply(Graph::nodeFromId(s), Graph::nodeFromId(t), amount);
    if (simplex.run() != lemon::NetworkSimplex<Graph, Cost, Cost>::OPTIMAL)
      throw std::logic_error("pair suggest: the flow network has no optimal solution");
    flow_.assign(capacity_.size(), 0);
    for (std::size_t a = 0; a < capacity_.size(); ++a) flow_[a] = simplex.flow(Graph::arcFromId(static_cast<int>(a)));
  }
  // Follows remaining flow from `node` until `is_end` holds, taking one unit
  // of flow off every arc on the way (the first arc with flow, in creation order).
  template <class IsEnd>
  std::optional<int> take_path(int node, IsEnd is_end) {
    while (!is_end(node)) {
      bool moved = false;
      for (int a : out_[static_cast<std::size_t>(node)]) {
        auto& f = flow_[static_cast<std::size_t>(a)];
        if (f <= 0) continue;
        --f;
        node = head_[static_cast<std::size_t>(a)];
        moved = true;
        break;
      }
      if (!moved) return std::nullopt;
    }
    return node;
  }

 private:
  Graph graph_;
  std::vector<Cost> capacity_, cost_, flow_;
  std::vector<int> head_;
  std::vector<std::vector<int>> out_;
};

int class_index(const ledger::Cadre& cadre) { return static_cast<int>(rank_class(cadre.rank)); }

// Men whose birth is known, oldest first, and a chain node per man: node k
// leads to man k and to node k − 1, so an arc into node k reaches men 0…k.
struct Chain {
  std::vector<std::uint32_t> men;
  std::vector<int> nodes;
};

// The last index of `men` (oldest first) old enough for every girl of the
// unit, or -1. Being old enough only grows with age, so it is a prefix.
int last_old_enough(const ledger::Ledger& ledger, const Chain& chain, const UnitTraits& unit, int gender_gap) {
  const auto it = std::partition_point(chain.men.begin(), chain.men.end(), [&](std::uint32_t c) {
    return gender_test(unit, ledger.cadres[c], gender_gap) == GenderTest::exception;
  });
  return static_cast<int>(it - chain.men.begin()) - 1;
}

}  // namespace

std::vector<std::optional<std::uint32_t>> solve_county(const ledger::Ledger& ledger, const County& county,
                                                       const std::vector<int>& room, int gender_gap) {
  const Cost units = static_cast<Cost>(county.units.size());
  std::vector<std::optional<std::uint32_t>> result(county.units.size());
  // Larger than any total cost (at most 9 per unit): pairing one more unit
  // always beats a cheaper matching of fewer.
  const Cost bonus = 10 * (units + 1);
  Network net;
  const int s = net.add_node(), t = net.add_node();

  // Cadres with room, and their class nodes, in row order.
  std::map<int, std::uint32_t> cadre_of_node;
  std::map<std::pair<std::string, int>, int> township_class, women_class;
  std::array<int, kClasses> any_class{-1, -1, -1}, any_women{-1, -1, -1};
  std::map<std::pair<std::string, int>, Chain> own_men;
  std::array<Chain, kClasses> any_men;
  for (std::uint32_t c : county.candidates) {
    if (room[c] <= 0) continue;
    const ledger::Cadre& cadre = ledger.cadres[c];
    const int node = net.add_node();
    cadre_of_node[node] = c;
    net.add_arc(node, t, room[c], 0);
    const int k = class_index(cadre);
    const auto key = std::pair{cadre.township, k};
    auto [tc, fresh] = township_class.try_emplace(key, 0);
    if (fresh) {
      tc->second = net.add_node();
      if (any_class[k] < 0) any_class[k] = net.add_node();
      net.add_arc(any_class[k], tc->second, units, 0);
    }
    net.add_arc(tc->second, node, units, 0);
    if (gender_gap > 0 && cadre.birth.known && cadre.gender == ledger::Gender::female) {
      auto [wc, wfresh] = women_class.try_emplace(key, 0);
      if (wfresh) {
        wc->second = net.add_node();
        if (any_women[k] < 0) any_women[k] = net.add_node();
        net.add_arc(any_women[k], wc->second, units, 0);
      }
      net.add_arc(wc->second, node, units, 0);
    }
    if (gender_gap > 0 && cadre.birth.known && cadre.gender == ledger::Gender::male) {
      own_men[key].men.push_back(static_cast<std::uint32_t>(node));
      any_men[static_cast<std::size_t>(k)].men.push_back(static_cast<std::uint32_t>(node));
    }
  }
  // The chains: oldest first (births compare as days; a birth known to the
  // month counts from its first day), row order among equals.
  const auto build_chain = [&](Chain& chain) {
    std::stable_sort(chain.men.begin(), chain.men.end(), [&](std::uint32_t a, std::uint32_t b) {
      return ledger.cadres[cadre_of_node[static_cast<int>(a)]].birth.day <
             ledger.cadres[cadre_of_node[static_cast<int>(b)]].birth.day;
    });
    for (std::size_t i = 0; i < chain.men.size(); ++i) {
      chain.nodes.push_back(net.add_node());
      net.add_arc(chain.nodes.back(), static_cast<int>(chain.men[i]), units, 0);
      if (i > 0) net.add_arc(chain.nodes.back(), chain.nodes[i - 1], units, 0);
      chain.men[i] = cadre_of_node[static_cast<int>(chain.men[i])];  // from here on: cadre indices
    }
  };
  for (auto& [key, chain] : own_men) build_chain(chain);
  for (Chain& chain : any_men) build_chain(chain);

  std::vector<int> unit_nodes;
  for (const Unit& u : county.units) {
    const int node = net.add_node();
    unit_nodes.push_back(node);
    if (!u.one_county) continue;
    net.add_arc(s, node, 1, 0);
    const UnitTraits& tr = u.traits;
    for (int k = 0; k < kClasses; ++k) {
      const Cost rank = rank_cost(tr, static_cast<RankClass>(k));
      const auto own = std::pair{tr.township, k};
      if (!tr.any_girl) {
        if (auto it = township_class.find(own); !tr.township.empty() && it != township_class.end())
          net.add_arc(node, it->second, 1, rank - bonus);
        if (any_class[k] >= 0) net.add_arc(node, any_class[k], 1, kOtherTownshipCost + rank - bonus);
        continue;
      }
      if (auto it = women_class.find(own); !tr.township.empty() && it != women_class.end())
        net.add_arc(node, it->second, 1, rank - bonus);
      if (any_women[k] >= 0) net.add_arc(node, any_women[k], 1, kOtherTownshipCost + rank - bonus);
      if (auto it = own_men.find(own); !tr.township.empty() && it != own_men.end()) {
        if (const int last = last_old_enough(ledger, it->second, tr, gender_gap); last >= 0)
          net.add_arc(node, it->second.nodes[static_cast<std::size_t>(last)], 1, kExceptionCost + rank - bonus);
      }
      const Chain& any = any_men[static_cast<std::size_t>(k)];
      if (const int last = last_old_enough(ledger, any, tr, gender_gap); last >= 0)
        net.add_arc(node, any.nodes[static_cast<std::size_t>(last)], 1,
                    kOtherTownshipCost + kExceptionCost + rank - bonus);
    }
  }
  net.add_arc(s, t, units, 0);  // units left unpaired
  net.solve(s, t, units);

  for (std::size_t i = 0; i < county.units.size(); ++i) {
    const auto end = net.take_path(unit_nodes[i], [&](int n) { return cadre_of_node.count(n) > 0; });
    if (end) result[i] = cadre_of_node[*end];
  }
  return result;
}

}  // namespace jiedui::match
