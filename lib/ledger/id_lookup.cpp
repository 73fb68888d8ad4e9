#include "ledger/id_lookup.hpp"

namespace jiedui::ledger {

bool is_masked_id(std::string_view text) { return text.find('*') != std::string_view::npos; }

bool masked_id_matches(std::string_view masked, std::string_view id) {
  if (masked.size() != id.size()) return false;
  auto upper = [](char c) { return c == 'x' ? 'X' : c; };
  for (std::size_t i = 0; i < masked.size(); ++i)
    if (masked[i] != '*' && upper(masked[i]) != upper(id[i])) return false;
  return true;
}

namespace {

template <typename Row>
IdLookup lookup(const std::vector<Row>& rows, std::optional<std::uint32_t> exact, std::string_view text) {
  IdLookup found;
  if (exact) return {exact, 1};
  if (!is_masked_id(text)) return found;
  for (std::uint32_t i = 0; i < rows.size(); ++i)
    if (masked_id_matches(text, rows[i].id)) {
      // Duplicate rows of one id (a check error) are one person: the first row wins.
      if (found.index && rows[*found.index].id == rows[i].id) continue;
      if (!found.index) found.index = i;
      ++found.matches;
    }
  if (found.matches != 1) found.index.reset();
  return found;
}

}  // namespace

IdLookup lookup_recipient(const Ledger& ledger, std::string_view text) {
  return lookup(ledger.recipients, ledger.find_recipient(text), text);
}

IdLookup lookup_cadre(const Ledger& ledger, std::string_view text) {
  return lookup(ledger.cadres, ledger.find_cadre(text), text);
}

}  // namespace jiedui::ledger
