#pragma once
// Internal to the parallel readers of visits.csv and recipients.csv: one
// file, after its header, read in chunks on worker threads and replayed on
// the calling thread in file order, so that every row, diagnostic and line
// number is what a single reader gives (chunked_read.cpp says how).
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"
#include "ledger/table.hpp"

namespace jiedui::ledger {

// What a worker read of one chunk; a reader of a file derives from it to
// keep its rows, and marks where among `diagnostics` each row's begin.
struct ChunkBatch : DiagnosticSink {
  std::uint64_t start = 0, end = 0;  // file offsets where parsing began and stopped
  std::uint32_t end_line = 1;  // line at `end`, counting the chunk's first line as 1
  std::vector<Diagnostic> diagnostics;  // as reported; replay gets them with their lines in the file
  std::exception_ptr error;

  void report(Diagnostic d) override { diagnostics.push_back(std::move(d)); }
  void note(std::string) override {}
};

struct ChunkedReadHooks {
  std::function<std::unique_ptr<ChunkBatch>()> make;
  // On a worker (or, for a chunk read again, the calling thread): reads
  // rows from `t` while t.next_before(stop), reporting to `t`.
  std::function<void(TableReader& t, std::uint64_t stop, ChunkBatch& batch)> parse;
  // On the calling thread, chunk after chunk: `shift` is to be added to the
  // lines of the batch's rows (its diagnostics have had it added already).
  std::function<void(ChunkBatch& batch, std::uint32_t shift)> replay;
  // Called after each chunk with (bytes read, file size), if set.
  std::function<void(std::uint64_t, std::uint64_t)> progress;
};

// The parallel read of `path`, after `header` has read its header. False,
// having read nothing, when it does not apply (one thread, a file read as
// GB18030, a file of one chunk): the caller then reads serially.
bool read_in_chunks(const TableReader& header, const std::string& path, const LoadOptions& options,
                    const ChunkedReadHooks& hooks);

// The same with a Batch type of the caller's: read_in_chunks<MyBatch>(…).
template <class Batch>
bool read_in_chunks(const TableReader& header, const std::string& path, const LoadOptions& options,
                    const std::function<void(TableReader&, std::uint64_t, Batch&)>& parse,
                    const std::function<void(Batch&, std::uint32_t)>& replay,
                    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {}) {
  return read_in_chunks(
      header, path, options,
      {[] { return std::make_unique<Batch>(); },
       [&](TableReader& t, std::uint64_t stop, ChunkBatch& b) { parse(t, stop, static_cast<Batch&>(b)); },
       [&](ChunkBatch& b, std::uint32_t shift) { replay(static_cast<Batch&>(b), shift); }, progress});
}

}  // namespace jiedui::ledger
