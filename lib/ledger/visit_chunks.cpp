// The parallel read of visits.csv. The file (after its header) is cut into
// chunks of about chunk_bytes. A worker parses chunk k from the first line
// start at or after its nominal start, and goes on past its nominal end
// until a record ends there, exactly as one reader would. Its records and
// diagnostics wait, in a Batch, until the calling thread replays them in
// chunk order. A chunk is used only if it began exactly where the previous
// one stopped; otherwise (its nominal start fell inside a quoted line break,
// or in the middle of a bad record) the calling thread parses it again from
// there. So every record, diagnostic and line number is what a single
// reader gives, whatever the input (tests/unit/test_visit_chunks.cpp).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "ledger/id_prefetcher.hpp"
#include "ledger/schema.hpp"
#include "ledger/visit_row.hpp"

namespace jiedui::ledger {
namespace {

struct Batch {
  std::uint64_t start = 0, end = 0;  // file offsets where parsing began and stopped
  std::uint32_t end_line = 1;  // line at `end`, counting the chunk's first line as 1
  std::vector<Visit> visits;  // views into `text`, set by finish()
  std::vector<std::uint32_t> spans;  // items, must, notes: offset and size each, per visit
  std::string text;
  struct Held {
    Diagnostic diagnostic;
    std::size_t before;  // reported before visits[before]
  };
  std::vector<Held> diagnostics;
  std::exception_ptr error;

  void add(const Visit& v, bool keep_text) {
    visits.push_back(v);
    if (!keep_text) {
      visits.back().items = visits.back().must = visits.back().notes = {};
      return;
    }
    for (std::string_view s : {v.items, v.must, v.notes}) {
      spans.push_back(static_cast<std::uint32_t>(text.size()));
      spans.push_back(static_cast<std::uint32_t>(s.size()));
      text.append(s);
    }
  }
  void finish() {
    for (std::size_t i = 0; i < spans.size() / 6; ++i) {
      const std::uint32_t* s = &spans[i * 6];
      visits[i].items = std::string_view(text).substr(s[0], s[1]);
      visits[i].must = std::string_view(text).substr(s[2], s[3]);
      visits[i].notes = std::string_view(text).substr(s[4], s[5]);
    }
    spans = {};
  }
};

class BatchSink : public DiagnosticSink {
 public:
  explicit BatchSink(Batch& batch) : batch_(batch) {}
  void report(Diagnostic d) override { batch_.diagnostics.push_back({std::move(d), batch_.visits.size()}); }
  void note(std::string) override {}

 private:
  Batch& batch_;
};

// The first line start at or after `at` (a chunk's nominal start): just
// after the first '\n' at or after at - 1; `size` if there is none.
std::uint64_t line_start_from(int fd, std::uint64_t at, std::uint64_t size) {
  char buffer[1 << 16];
  std::uint64_t offset = at - 1;
  while (offset < size) {
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, static_cast<off_t>(offset));
    if (got <= 0) break;
    if (const void* nl = std::memchr(buffer, '\n', static_cast<std::size_t>(got)))
      return offset + static_cast<std::uint64_t>(static_cast<const char*>(nl) - buffer) + 1;
    offset += static_cast<std::uint64_t>(got);
  }
  return size;
}

struct Plan {
  const TableReader& header;
  const std::string& path;
  const Ledger& ledger;
  const LoadOptions& options;
  csv::ReaderOptions reader;  // utf-8, trusted when the whole file was proven valid
  std::uint64_t first, size;  // the first record's offset; the file size
  std::size_t chunks;

  std::uint64_t nominal(std::size_t k) const {
    return k >= chunks ? size : std::min(size, first + static_cast<std::uint64_t>(k) * options.chunk_bytes);
  }

  // Parses from `start` until a record ends at or after nominal(k + 1).
  void parse(std::uint64_t start, std::size_t k, Batch& batch) const {
    batch.start = batch.end = start;
    const std::uint64_t stop = nominal(k + 1);
    if (start >= stop) return;
    csv::ReaderOptions o = reader;
    o.start_offset = start;
    o.first_line = 1;
    // Read no more than the chunk needs at a time (tests use chunks of a few bytes).
    o.chunk_bytes = std::clamp<std::size_t>(options.chunk_bytes, 4096, o.chunk_bytes);
    BatchSink sink(batch);
    TableReader t(csv::Reader(path, o), header, sink);
    Visit v;
    IdPrefetcher prefetcher(v_recipient, ledger.recipient_ids, v_cadre, &ledger.cadre_ids);
    while (t.next_before(stop)) {
      prefetcher.next(t);
      if (!read_visit(t, ledger, options, v)) continue;
      // What audit::Compliance::add would look up, here where there is time.
      const std::optional<std::uint32_t> p = ledger.active_pairing(v.recipient, v.date);
      v.pairing = p && ledger.pairings[*p].cadre == v.cadre ? *p : Visit::no_pairing;
      batch.add(v, options.keep_text);
    }
    batch.end = t.reader().position();
    batch.end_line = t.reader().line();
    batch.finish();
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

  std::unique_ptr<Batch> take(std::size_t k) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return slots_[k] != nullptr; });
    std::unique_ptr<Batch> batch = std::move(slots_[k]);
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
      auto batch = std::make_unique<Batch>();
      try {
        const int fd = ::open(plan_.path.c_str(), O_RDONLY | O_CLOEXEC);
        const std::uint64_t start =
            k == 0 ? plan_.first : (fd < 0 ? plan_.nominal(k) : line_start_from(fd, plan_.nominal(k), plan_.size));
        if (fd >= 0) ::close(fd);
        plan_.parse(start, k, *batch);
      } catch (...) {
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
  std::vector<std::unique_ptr<Batch>> slots_;
  std::size_t window_;
  std::size_t next_ = 0, replayed_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable ready_, wake_workers_;
  std::vector<std::thread> workers_;
};

}  // namespace

bool for_each_visit_parallel(TableReader& header, const std::string& path, const Ledger& ledger,
                             const LoadOptions& options, DiagnosticSink& sink,
                             const std::function<void(const Visit&)>& on_visit,
                             const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
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
  const Plan plan{header, path, ledger, options, reader, first, size, chunks};

  Pool pool(plan, std::min<unsigned>(options.threads, static_cast<unsigned>(chunks)));
  std::uint64_t at = first;  // where the previous chunk stopped
  std::uint32_t line = r.line();  // and its line number
  for (std::size_t k = 0; k < chunks; ++k) {
    std::unique_ptr<Batch> batch = pool.take(k);
    if (batch->error) std::rethrow_exception(batch->error);
    if (batch->start != at) {  // began elsewhere than one reader would: parse it again from `at`
      batch = std::make_unique<Batch>();
      plan.parse(at, k, *batch);
    }
    const std::uint32_t shift = line - 1;
    std::size_t d = 0;
    auto flush_diagnostics = [&](std::size_t upto) {
      for (; d < batch->diagnostics.size() && batch->diagnostics[d].before <= upto; ++d) {
        Diagnostic& diagnostic = batch->diagnostics[d].diagnostic;
        diagnostic.line += shift;
        sink.report(std::move(diagnostic));
      }
    };
    for (std::size_t i = 0; i < batch->visits.size(); ++i) {
      flush_diagnostics(i);
      Visit& v = batch->visits[i];
      v.line += shift;
      on_visit(v);
    }
    flush_diagnostics(batch->visits.size());
    at = batch->end;
    line = shift + batch->end_line;
    if (progress) progress(at, size);
  }
  return true;
}

}  // namespace jiedui::ledger
