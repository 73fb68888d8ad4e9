// The parallel read of visits.csv (chunked_read.cpp): workers validate
// records and look up their pairing; the calling thread passes them on.
#include <string>
#include <vector>

#include "ledger/chunked_read.hpp"
#include "ledger/id_prefetcher.hpp"
#include "ledger/visit_row.hpp"

namespace jiedui::ledger {
namespace {

struct VisitBatch : ChunkBatch {
  std::vector<Visit> visits;  // views into `text`, set by finish()
  std::vector<std::uint32_t> reported_before;  // per visit: the diagnostics reported before it
  std::vector<std::uint32_t> spans;  // items, must, notes: offset and size each, per visit
  std::string text;

  void add(const Visit& v, bool keep_text) {
    visits.push_back(v);
    reported_before.push_back(static_cast<std::uint32_t>(diagnostics.size()));
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

void parse_visits(TableReader& t, std::uint64_t stop, const Ledger& ledger, const LoadOptions& options,
                  VisitBatch& batch) {
  Visit v;
  IdPrefetcher prefetcher(v_recipient, ledger.recipient_ids);
  batch.visits.reserve(static_cast<std::size_t>((stop - std::min(stop, t.reader().position())) / 96 + 16));
  while (t.next_before(stop)) {
    prefetcher.next(t);
    if (read_visit(t, ledger, options, v)) batch.add(v, options.keep_text);
  }
  batch.finish();
}

}  // namespace

bool for_each_visit_parallel(TableReader& header, const std::string& path, const Ledger& ledger,
                             const LoadOptions& options, DiagnosticSink& sink,
                             const std::function<void(const Visit&)>& on_visit,
                             const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
  return read_in_chunks<VisitBatch>(
      header, path, options,
      [&](TableReader& t, std::uint64_t stop, VisitBatch& batch) { parse_visits(t, stop, ledger, options, batch); },
      [&](VisitBatch& batch, std::uint32_t shift) {
        std::size_t d = 0;
        auto pass_on = [&](std::size_t upto) {
          for (; d < upto; ++d) sink.report(std::move(batch.diagnostics[d]));
        };
        for (std::size_t i = 0; i < batch.visits.size(); ++i) {
          pass_on(batch.reported_before[i]);
          Visit& v = batch.visits[i];
          v.line += shift;
          on_visit(v);
        }
        pass_on(batch.diagnostics.size());
      },
      progress);
}

}  // namespace jiedui::ledger
