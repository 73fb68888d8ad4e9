#pragma once
// Internal to the visits readers (visits.cpp, visit_chunks.cpp).
#include <cstdint>
#include <functional>
#include <string>

#include "ledger/ledger.hpp"
#include "ledger/table.hpp"

namespace jiedui::ledger {

// visits.csv's column order (visits_spec()), for the readers of its rows.
enum VisitColumn : std::size_t { v_date, v_recipient, v_cadre, v_mode, v_items, v_policies, v_difficulties, v_deeds,
                                 v_funds, v_escalated, v_must, v_notes };

// Validates the current row of visits.csv (SPEC §2), reporting through `t`;
// true when `v` holds a usable record (its views point into `t`'s row),
// with Visit::pairing looked up (the record's cadre is checked against its
// recipient's active pairing first, and looked up in cadre_ids only when it
// is not that pairing's).
bool read_visit(TableReader& t, const Ledger& ledger, const LoadOptions& options, Visit& v);

// The parallel read of visits.csv, after `header` has read the header.
// False, having read nothing, when it does not apply (one thread, a file
// read as GB18030, a file of one chunk): the caller then reads serially.
bool for_each_visit_parallel(TableReader& header, const std::string& path, const Ledger& ledger,
                             const LoadOptions& options, DiagnosticSink& sink,
                             const std::function<void(const Visit&)>& on_visit,
                             const std::function<void(std::uint64_t, std::uint64_t)>& progress);

}  // namespace jiedui::ledger
