#pragma once
// Looks a few lines ahead in a TableReader's buffer for id cells and
// prefetches their IdMap slots, so that when those rows are read their
// lookups hit the cache (two cache misses per record were a quarter of
// audit's time on a province). Only a hint: a quoted line break or an odd
// row makes it prefetch the wrong slot, never read a wrong value.
#include <cstddef>
#include <cstdint>

#include "ledger/id_map.hpp"
#include "ledger/table.hpp"

namespace jiedui::ledger {

class IdPrefetcher {
 public:
  // Spec columns whose cells are ids of `first` (and of `second`, if given).
  IdPrefetcher(std::size_t first_column, const IdMap& first, std::size_t second_column = 0,
               const IdMap* second = nullptr)
      : columns_{first_column, second_column}, maps_{&first, second} {}
  // Call once per row, after TableReader::next().
  void next(const TableReader& t);

 private:
  static constexpr int kLines = 8;
  std::size_t columns_[2];
  const IdMap* maps_[2];
  std::uint64_t ahead_ = 0;  // stream offset of the line after the last one prefetched
};

}  // namespace jiedui::ledger
