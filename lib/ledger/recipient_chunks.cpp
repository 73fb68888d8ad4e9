// The parallel read of recipients.csv (chunked_read.cpp): workers read the
// rows, all of each but the claim of its id; the calling thread claims the
// ids and keeps the rows in file order, as load_recipients' loop does, so
// the ledger and the diagnostics are those of one reader
// (tests/unit/test_chunked_read.cpp).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "ledger/chunked_read.hpp"
#include "ledger/recipient_row.hpp"

namespace jiedui::ledger {
namespace {

struct RecipientBatch : ChunkBatch {
  struct Row {
    RecipientRow row;
    // Its diagnostics: those before `checked` precede the claim of its id
    // (with those of rows left out before it); [checked, done) follow the
    // claim, and are dropped with the row when its id is a duplicate.
    std::uint32_t checked = 0, done = 0;
  };
  std::vector<Row> rows;
};

void read_rows(TableReader& t, std::uint64_t stop, const LoadOptions& options, RecipientBatch& batch) {
  // Room for as many rows as the chunk can hold (as rows_at_most in load.cpp).
  batch.rows.reserve(static_cast<std::size_t>((stop - t.reader().position()) / 48 + 16));
  while (t.next_before(stop)) {
    RecipientBatch::Row& row = batch.rows.emplace_back();
    ResidentId id;
    if (!read_recipient_id(t, row.row, id)) {
      batch.rows.pop_back();
      continue;
    }
    row.checked = static_cast<std::uint32_t>(batch.diagnostics.size());
    read_recipient_rest(t, id, options, row.row);
    row.done = static_cast<std::uint32_t>(batch.diagnostics.size());
  }
}

// The calling thread's part, chunk after chunk.
class Keeper {
 public:
  Keeper(Ledger& ledger, const TableReader& header, DiagnosticSink& sink)
      : ledger_(ledger), header_(header), sink_(sink) {}

  void keep(RecipientBatch& batch, std::uint32_t shift) {
    constexpr std::size_t kAhead = 8;  // claims look ids up in a table far bigger than the cache
    std::size_t d = 0;
    auto pass_on = [&](std::size_t upto) {
      for (; d < upto; ++d) sink_.report(std::move(batch.diagnostics[d]));
    };
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
      if (i + kAhead < batch.rows.size()) ledger_.recipient_ids.prefetch(batch.rows[i + kAhead].row.r.id);
      auto& [row, checked, done] = batch.rows[i];
      pass_on(checked);
      row.r.line += shift;
      if (auto duplicate = claim_recipient_id(ledger_, row.r.id)) {
        sink_.report({Severity::error, Code::duplicate_id, header_.display_path(), row.r.line,
                      header_.column_of(r_id), std::move(*duplicate)});
        d = done;
        continue;
      }
      pass_on(done);
      keep_recipient(ledger_, std::move(row));
    }
    pass_on(batch.diagnostics.size());
  }

 private:
  Ledger& ledger_;
  const TableReader& header_;
  DiagnosticSink& sink_;
};

}  // namespace

bool load_recipients_parallel(TableReader& header, Ledger& ledger, const LoadOptions& options,
                              DiagnosticSink& sink) {
  // Read, a row takes about 4 times its bytes (a Recipient is 16 strings),
  // and up to 2 × threads chunks wait to be kept: a sixteenth of chunk_bytes
  // keeps each to about a MiB (a quarter added 40 MB to audit's peak).
  LoadOptions chunked = options;
  chunked.chunk_bytes = std::max<std::size_t>(options.chunk_bytes / 16, 1);
  Keeper keeper(ledger, header, sink);
  return read_in_chunks<RecipientBatch>(
      header, ledger.path_of("recipients.csv"), chunked,
      [&](TableReader& t, std::uint64_t stop, RecipientBatch& batch) { read_rows(t, stop, options, batch); },
      [&](RecipientBatch& batch, std::uint32_t shift) { keeper.keep(batch, shift); });
}

}  // namespace jiedui::ledger
