#pragma once
// A write's candidate ledger set (a new pairings.csv, recipients.csv or
// cadres.csv, held in memory and given in LoadOptions' *_text) through
// `check`'s own loader: what it reports that it did not report on the set as
// it is, is the change's doing: an error refuses the write, a warning is
// shown with it (jiedui-pair(1), jiedui-recipient(1)).
#include <string_view>
#include <vector>

#include "ledger/ledger.hpp"
#include "write/ledger_file.hpp"
#include "write/refusal.hpp"

namespace jiedui::write {

// `diagnostics` are the set's own, loaded as it is; `only_file`, if not
// empty, limits the comparison to that file (a pairing row cannot make
// recipients.csv wrong; a recipient's exit can make pairings.csv wrong).
ledger::Ledger load_candidate(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                              const ledger::LoadOptions& candidate_options, std::string_view only_file,
                              std::vector<Refusal>& refusals, std::vector<Refusal>& warnings);

// A row appended after a last record that cannot be read (an open quote)
// would be swallowed by it: InputError until it is mended.
void refuse_unreadable_last_record(const std::string& path, const std::vector<RecordSpan>& spans,
                                   const std::vector<ledger::Diagnostic>& diagnostics);

}  // namespace jiedui::write
