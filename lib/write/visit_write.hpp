#pragma once
// New work records for visits.csv (`log add`, `log import`): read with the
// loader's own checks, refused on what check/audit call an error, kept in
// the file's own form, and appended by a crash-safe replacement of the file.
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "ledger/ledger.hpp"
#include "write/ledger_file.hpp"
#include "write/refusal.hpp"

namespace jiedui::write {

// A planned record's identity: visit_key(), and its date and recipient to
// find candidates fast while visits.csv streams by.
struct RowKey {
  ledger::Day date{};
  std::uint32_t recipient = 0;
  std::string key;
};

struct VisitPlan {
  std::vector<std::vector<std::string>> rows;  // cells in visits_spec() order, to append in this order
  std::vector<RowKey> keys;  // one per row
  std::vector<std::uint32_t> source_lines;  // each row's line in the input (import file, or visits.csv for add)
  std::size_t duplicates = 0;  // skipped: identical to a record already there (or earlier in the input)
  std::size_t pairing_changes = 0;  // import: 新增/解除 rows of an export, found in pairings.csv and skipped
  std::size_t forced = 0;  // rows written despite a refusal (--force)
  std::vector<Refusal> refusals;  // in input order
  std::vector<std::string> notes;  // for stderr ("stdin is not UTF-8; read as GB18030")
};

struct VisitRequest {
  std::string text;  // the rows to add, under their own header (an import file, held whole)
  csv::Encoding encoding = csv::Encoding::automatic;
  std::string display;  // how the input's lines are named in messages
  std::int64_t line_shift = 0;  // added to every line (log add: the line the row will take)
  ledger::Day today{};  // records after it are future-date
  bool skip_duplicates = false;  // log import
  // log import: the input may be the 15th-of-month file (jiedui-export(1)):
  // its 新增/解除 rows are checked against pairings.csv, and the ' its
  // formula guard put before text starting with = + - @ tab CR is taken off.
  bool read_export = false;
  bool force = false;
  std::string reason;  // with force: kept in the notes as [forced: REASON]
};

// "Identical" for idempotent import: every SPEC field equal after
// normalisation: date, recipient and cadre ids (x upper-cased), mode (电话 =
// phone), items (each ;-part trimmed), the numbers, funds in fen, the musts
// (as codes) and the notes (trimmed, without a [forced: …] mark).
std::string visit_key(const ledger::Ledger& ledger, const ledger::Visit& visit);

// visits.csv as a writer finds it, read once (streamed).
struct VisitsOnDisk {
  std::unordered_set<std::string> keys;  // every readable record's key, when asked for (import)
  std::uint32_t same_line = 0;  // the line of a record identical to `wanted` (log add); 0: none
};
// Throws InputError naming the file and line when the last record of
// visits.csv cannot be read (bad-csv): rows appended after an open quote
// would be swallowed by it or read only by luck, so nothing is written until
// it is mended.
VisitsOnDisk read_visits_on_disk(const ledger::Ledger& ledger, const ledger::LoadOptions& options, bool all_keys,
                                 const RowKey* wanted);

// Reads and checks the request's rows. `existing` (import only) holds the
// keys already in the ledger; it is not changed.
VisitPlan plan_visits(const ledger::Ledger& ledger, const LedgerFile& file, VisitRequest request,
                      const std::unordered_set<std::string>& existing);

// visits.csv = its old bytes (copied kernel-side) + a mended newline + the
// rows, written as a temp file, fsynced, renamed over it, directory fsynced.
void append_rows(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows);

}  // namespace jiedui::write
