// The parallel read of recipients.csv (chunked_read.cpp): workers read the
// rows, all of each but the claim of its id; the calling thread claims the
// ids and keeps the rows in file order, as load_recipients' loop does, so
// the ledger and the diagnostics are those of one reader
// (tests/unit/test_chunked_read.cpp).
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
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
  // Room for the rows of a chunk of a real recipients.csv (100-200 bytes a
  // row; shorter rows grow the vector). Room for the most a chunk can hold
  // (48 bytes each) was mostly never filled, yet became resident as the
  // allocator reused it for later chunks.
  batch.rows.reserve(static_cast<std::size_t>((stop - t.reader().position()) / 128 + 16));
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

#ifdef MADV_POPULATE_WRITE
constexpr bool kCanFaultIn = true;
void fault_in_pages(std::uintptr_t first, std::uintptr_t last) {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  first &= ~(page - 1);
  ::madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);  // a hint: errors are moot
}
#else
constexpr bool kCanFaultIn = false;
void fault_in_pages(std::uintptr_t, std::uintptr_t) {}
#endif

// Faults in, on its own thread, pages of ledger.recipients that rows about
// to be kept will fill. The thread keeping them is the one the parallel read
// waits on, and in a VM page faults were ~40% of its time. MADV_POPULATE_WRITE
// writes no byte, so that thread may fill the same pages meanwhile (and if
// the vector has moved, faulting its old pages is only wasted work).
class PageFaulter {
 public:
  PageFaulter() : thread_([this] { run(); }) {}
  ~PageFaulter() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }

  // Rows [from, to) of `v`, which must be within its capacity.
  void fault_in(const std::vector<Recipient>& v, std::size_t from, std::size_t to) {
    {
      std::lock_guard lock(mutex_);
      ranges_.emplace_back(reinterpret_cast<std::uintptr_t>(v.data() + from),
                           reinterpret_cast<std::uintptr_t>(v.data() + to));
    }
    wake_.notify_one();
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return stopping_ || !ranges_.empty(); });
      if (stopping_) return;
      const auto [first, last] = ranges_.front();
      ranges_.pop_front();
      lock.unlock();
      fault_in_pages(first, last);
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<std::uintptr_t, std::uintptr_t>> ranges_;
  bool stopping_ = false;
  std::thread thread_;
};

// The calling thread's part, chunk after chunk.
class Keeper {
 public:
  Keeper(Ledger& ledger, const TableReader& header, DiagnosticSink& sink)
      : ledger_(ledger), header_(header), sink_(sink) {}

  void keep(RecipientBatch& batch, std::uint32_t shift) {
    fault_in_ahead(batch);
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
  // Where this chunk's rows will go and, unless it is the last, as many
  // again for the next chunk's.
  void fault_in_ahead(const RecipientBatch& batch) {
    const std::size_t at = ledger_.recipients.size(), n = batch.rows.size();
    const std::size_t from = std::max(faulted_, at);
    const std::size_t to = std::min(at + (batch.end < header_.size_hint() ? 2 * n : n), ledger_.recipients.capacity());
    if (!kCanFaultIn || from >= to) return;
    if (!faulter_) faulter_.emplace();
    faulter_->fault_in(ledger_.recipients, from, to);
    faulted_ = to;
  }

  Ledger& ledger_;
  const TableReader& header_;
  DiagnosticSink& sink_;
  std::optional<PageFaulter> faulter_;  // started with the first chunk
  std::size_t faulted_ = 0;  // rows of ledger.recipients asked to be faulted in
};

}  // namespace

bool load_recipients_parallel(TableReader& header, Ledger& ledger, const LoadOptions& options,
                              DiagnosticSink& sink) {
  // Read, a row takes about 4 times its bytes (a Recipient is 16 strings),
  // and up to 2 × threads + 1 chunks wait or are kept at once; memory the
  // allocator held for them stayed resident (a quarter of chunk_bytes added
  // 40 MB to the peak of a province's audit, a thirty-second ~10 MB). Small
  // chunks cost no measurable time.
  LoadOptions chunked = options;
  chunked.chunk_bytes = std::max<std::size_t>(options.chunk_bytes / 32, 1);
  Keeper keeper(ledger, header, sink);
  return read_in_chunks<RecipientBatch>(
      header, ledger.path_of("recipients.csv"), chunked,
      [&](TableReader& t, std::uint64_t stop, RecipientBatch& batch) { read_rows(t, stop, options, batch); },
      [&](RecipientBatch& batch, std::uint32_t shift) { keeper.keep(batch, shift); });
}

}  // namespace jiedui::ledger
