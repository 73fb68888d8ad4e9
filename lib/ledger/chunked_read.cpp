// The parallel read of a ledger file (visits.csv, recipients.csv). The file
// (after its header) is cut into chunks of about chunk_bytes. A worker
// parses chunk k from the first line start at or after its nominal start,
// and goes on past its nominal end until a record ends there, exactly as one
// reader would. Its rows and diagnostics wait, in a ChunkBatch, until the
// calling thread replays them in chunk order. A chunk is used only if it
// began exactly where the previous one stopped; otherwise (its nominal start
// fell inside a quoted line break, or in the middle of a bad record) the
// calling thread parses it again from there. So every row, diagnostic and
// line number is what a single reader gives, whatever the input
// (tests/unit/test_chunked_read.cpp).
#include "ledger/chunked_read.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

#include "csv/record_start.hpp"

namespace jiedui::ledger {
namespace {

// Where a chunk nominally starting at `at` and ending at `stop` begins: at
// the first line start at or after `at` (just after a '\n' at or after
// at - 1) from which records of the header's width follow
// (csv::probable_record_start), so that a line break inside a quoted note is
// passed over; else at the first line start; `stop` if there is none before
// it. Reading from a wrong start costs time, never results: the replay
// parses such a chunk again. The search ends at `stop`: a chunk holding no
// line break is empty (the record crossing it is read by the chunk where it
// began), so a file with no line break costs each chunk its own bytes, not
// the rest of the file (it was quadratic: 30 s a GB with two threads).
std::uint64_t line_start_from(int fd, std::uint64_t at, std::uint64_t stop, std::uint64_t size,
                              std::size_t fields) {
  char buffer[1 << 16];
  std::uint64_t offset = at - 1;
  bool first_read = true;
  while (offset < stop) {
    // No more than the chunk (but a few KB, for probable_record_start to
    // look past a small one): tests read in chunks of a few bytes.
    const auto want =
        static_cast<std::size_t>(std::min<std::uint64_t>(sizeof buffer, std::max<std::uint64_t>(stop - offset, 4096)));
    const ssize_t got = ::pread(fd, buffer, want, static_cast<off_t>(offset));
    if (got <= 0) break;
    const std::string_view text(buffer, static_cast<std::size_t>(got));
    if (first_read) {
      first_read = false;
      const bool ends_file = offset + text.size() >= size;
      if (const std::size_t start = csv::probable_record_start(text, fields, 4, ends_file);
          start != std::string_view::npos)
        return std::min(stop, offset + start);
    }
    const std::size_t within = static_cast<std::size_t>(std::min<std::uint64_t>(text.size(), stop - offset));
    if (const std::size_t nl = text.substr(0, within).find('\n'); nl != std::string_view::npos) return offset + nl + 1;
    offset += static_cast<std::uint64_t>(got);
  }
  return stop;
}

struct Plan {
  const TableReader& header;
  const std::string& path;
  const LoadOptions& options;
  const ChunkedReadHooks& hooks;
  csv::ReaderOptions reader;  // utf-8, trusted when the whole file was proven valid
  std::uint64_t first, size;  // the first record's offset; the file size
  std::size_t chunks;

  std::uint64_t nominal(std::size_t k) const {
    return k >= chunks ? size : std::min(size, first + static_cast<std::uint64_t>(k) * options.chunk_bytes);
  }

  // Parses from `start` until a record ends at or after nominal(k + 1).
  std::unique_ptr<ChunkBatch> parse(std::uint64_t start, std::size_t k) const {
    std::unique_ptr<ChunkBatch> batch = hooks.make();
    batch->start = batch->end = start;
    const std::uint64_t stop = nominal(k + 1);
    if (start >= stop) return batch;
    csv::ReaderOptions o = reader;
    o.start_offset = start;
    o.first_line = 1;
    // Read no more than the chunk needs at a time (tests use chunks of a few bytes).
    o.chunk_bytes = std::clamp<std::size_t>(options.chunk_bytes, 4096, o.chunk_bytes);
    TableReader t(csv::Reader(path, o), header, *batch);
    hooks.parse(t, stop, *batch);
    batch->end = t.reader().position();
    batch->end_line = t.reader().line();
    return batch;
  }
};

// Workers take chunks in order, at most `window` ahead of the replay.
class Pool {
 public:
  Pool(const Plan& plan, unsigned threads) : plan_(plan), slots_(plan.chunks), window_(2 * threads) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_workers_.notify_all();
    for (auto& w : workers_) w.join();
  }

  std::unique_ptr<ChunkBatch> take(std::size_t k) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return slots_[k] != nullptr; });
    std::unique_ptr<ChunkBatch> batch = std::move(slots_[k]);
    replayed_ = k + 1;
    wake_workers_.notify_all();
    return batch;
  }

 private:
  void work() {
    for (;;) {
      std::size_t k;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || (next_ < plan_.chunks && next_ < replayed_ + window_); });
        if (stopping_) return;
        k = next_++;
      }
      std::unique_ptr<ChunkBatch> batch;
      try {
        // O_NONBLOCK: a file swapped for a FIFO since the header was read
        // must not hang a worker; the parse below then refuses it.
        const int fd = ::open(plan_.path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
        const std::uint64_t start =
            k == 0 ? plan_.first
            : fd < 0
                ? plan_.nominal(k)
                : line_start_from(fd, plan_.nominal(k), plan_.nominal(k + 1), plan_.size, plan_.header.header_fields());
        if (fd >= 0) ::close(fd);
        batch = plan_.parse(start, k);
      } catch (...) {
        batch = std::make_unique<ChunkBatch>();
        batch->error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        slots_[k] = std::move(batch);
      }
      ready_.notify_all();
    }
  }

  const Plan& plan_;
  std::vector<std::unique_ptr<ChunkBatch>> slots_;
  std::size_t window_;
  std::size_t next_ = 0, replayed_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable ready_, wake_workers_;
  std::vector<std::thread> workers_;
};

}  // namespace

bool read_in_chunks(const TableReader& header, const std::string& path, const LoadOptions& options,
                    const ChunkedReadHooks& hooks) {
  const csv::Reader& r = header.reader();
  if (options.threads <= 1 || !header.usable() || r.encoding() != csv::Encoding::utf8 || r.size_hint() == 0)
    return false;
  const std::uint64_t first = r.position(), size = r.size_hint();
  const std::size_t chunk = std::max<std::size_t>(options.chunk_bytes, 1);
  const std::size_t chunks = static_cast<std::size_t>((size - std::min(size, first) + chunk - 1) / chunk);
  if (chunks <= 1) return false;
  csv::ReaderOptions reader;
  reader.encoding = csv::Encoding::utf8;
  reader.trusted_utf8 = !r.validates_utf8();
  const Plan plan{header, path, options, hooks, reader, first, size, chunks};

  Pool pool(plan, std::min<unsigned>(options.threads, static_cast<unsigned>(chunks)));
  std::uint64_t at = first;  // where the previous chunk stopped
  std::uint32_t line = r.line();  // and its line number
  for (std::size_t k = 0; k < chunks; ++k) {
    std::unique_ptr<ChunkBatch> batch = pool.take(k);
    if (batch->error) std::rethrow_exception(batch->error);
    // Began elsewhere than one reader would: parse it again from `at`.
    if (batch->start != at) batch = plan.parse(at, k);
    const std::uint32_t shift = line - 1;
    for (Diagnostic& d : batch->diagnostics) d.line += shift;
    hooks.replay(*batch, shift);
    at = batch->end;
    line = shift + batch->end_line;
    if (hooks.progress) hooks.progress(at, size);
  }
  return true;
}

}  // namespace jiedui::ledger
