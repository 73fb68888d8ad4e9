#pragma once
// Changes to recipients.csv and cadres.csv (`recipient add|exit|set`, `cadre
// add|set`): the new file is built whole in memory (people, not time), with
// the file's own header order, language, encoding and line ends; untouched
// rows keep every byte, and a changed row keeps the columns jiedui does not
// know. The candidate set is loaded with `check`'s own loader: a new error
// anywhere (a duplicate id, a bad value, a pairing of a recipient who is no
// longer there) refuses the write; a new warning (a pairing still active
// after an exit) goes with it.
#include <string>
#include <utility>
#include <vector>

#include "ledger/ledger.hpp"
#include "write/ledger_file.hpp"
#include "write/pairing_write.hpp"
#include "write/refusal.hpp"

namespace jiedui::write {

struct PersonEdit {
  enum class File { recipients, cadres } file = File::recipients;
  bool add = false;  // a new row; else the row of `id` changes
  std::string id;
  // (column, value): column by its English name (category, exit_date …),
  // value UTF-8, "" clears the cell. gender, category and status take their
  // English codes (M, orphan, exited …): they are written in Chinese (女,
  // 孤儿, 退出) where the file's column holds Chinese values.
  std::vector<std::pair<std::string, std::string>> cells;
  // A column jiedui does not read, by its header names (exit_reason, 退出原因):
  // the file must have it.
  std::vector<std::string> extra_names;
  std::string extra_value;
};

struct PersonPlan {
  LedgerFile file;
  std::string bytes;  // the whole new file
  std::vector<RowChange> changes;
  std::vector<Refusal> refusals;
  std::vector<Refusal> warnings;
};

// `ledger` and `diagnostics` are the set as loaded under the lock. Throws
// WriteError when the file lacks a column a given value needs.
PersonPlan plan_person_edit(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                            const PersonEdit& edit, const ledger::LoadOptions& options);

// Writes plan.bytes over the file: temp file, fsync, rename, fsync the directory.
void write_people(const PersonPlan& plan);

}  // namespace jiedui::write
