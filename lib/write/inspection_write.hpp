#pragma once
// New inspections for inspections.csv (`log inspect`, `log import
// --inspections`): read with the loader's own checks, refused on what check
// calls an error (and on an inspection of a helper not paired with the
// recipient that day, which would count for nothing), kept in the file's own
// form, and appended by the crash-safe replacement visits.csv gets.
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "ledger/inspections.hpp"
#include "ledger/ledger.hpp"
#include "write/ledger_file.hpp"
#include "write/refusal.hpp"

namespace jiedui::write {

struct InspectionPlan {
  std::vector<std::vector<std::string>> rows;  // cells in inspections_spec() order, to append in this order
  std::size_t duplicates = 0;  // import: identical to an inspection already there (or earlier in the input)
  std::size_t forced = 0;  // rows written despite a refusal (--force)
  std::vector<Refusal> refusals;  // in input order
  std::vector<std::string> notes;  // for stderr
};

struct InspectionRequest {
  std::string text;  // the rows to add, under their own header
  csv::Encoding encoding = csv::Encoding::automatic;
  std::string display;  // how the input's lines are named in messages
  std::int64_t line_shift = 0;  // added to every line (log inspect: the line the row will take)
  ledger::Day today{};  // inspections after it are future-date
  bool skip_duplicates = false;  // import
  bool force = false;
  std::string reason;  // with force: kept in the notes as [forced: REASON]
};

// Identical for an idempotent import: date, recipient and helper ids, the
// inspector, the four answers, and the notes without a [forced: …] mark.
std::string inspection_key(const ledger::Ledger& ledger, const ledger::Inspection& inspection);

// The keys of the inspections already in `file` (every readable row).
// Throws InputError naming the file and line when its last record cannot be
// read (TailWatch): nothing is appended after an open quote.
std::unordered_set<std::string> read_inspections_on_disk(const ledger::Ledger& ledger, const LedgerFile& file);

// A LedgerFile for an inspections.csv that does not exist yet: the English
// header of jiedui-ledger(5), UTF-8, LF; `created` rows are written whole.
LedgerFile new_inspections_file(const std::string& path);

InspectionPlan plan_inspections(const ledger::Ledger& ledger, const LedgerFile& file, InspectionRequest request,
                                const std::unordered_set<std::string>& existing);

// A new file holding the header and `rows`, written as a temp file, fsynced
// and renamed into place (the file did not exist).
void create_with_rows(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows);

}  // namespace jiedui::write
