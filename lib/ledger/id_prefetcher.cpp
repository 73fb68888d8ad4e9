#include "ledger/id_prefetcher.hpp"

#include <algorithm>
#include <string_view>

namespace jiedui::ledger {

void IdPrefetcher::next(const TableReader& t) {
  const csv::Reader& reader = t.reader();
  const std::string_view rest = reader.buffered();
  const std::uint64_t at = reader.position();
  if (ahead_ < at || ahead_ > at + rest.size()) ahead_ = at;
  const int fields[2] = {t.field_index(columns_[0]), maps_[1] != nullptr ? t.field_index(columns_[1]) : -1};
  const int last = std::max(fields[0], fields[1]);
  if (last < 0) return;
  // One line further each row: kLines ahead once it has run a little.
  for (int step = ahead_ == at ? kLines : 1; step > 0; --step) {
    const std::string_view from = rest.substr(static_cast<std::size_t>(ahead_ - at));
    const std::size_t nl = from.find('\n');
    if (nl == std::string_view::npos) return;
    ahead_ += nl + 1;
    const std::string_view line = from.substr(0, nl);
    std::size_t start = 0;
    for (int field = 0; field <= last && start <= line.size(); ++field) {
      const std::size_t comma = std::min(line.find(',', start), line.size());
      for (int k = 0; k < 2; ++k)
        if (field == fields[k]) maps_[k]->prefetch(line.substr(start, comma - start));
      start = comma + 1;
    }
  }
}

}  // namespace jiedui::ledger
