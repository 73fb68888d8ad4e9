// exports::SortedRuns (lib/export/sorted_runs.cpp): records sorted within a
// memory budget, spilled to a temporary file and merged, come out exactly as
// one sort of them all would give them.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "error.hpp"
#include "export/sorted_runs.hpp"
#include "sample/rng.hpp"

using namespace jiedui;
using exports::HeldRecord;

namespace {

bool by_key(const HeldRecord& a, const HeldRecord& b) {
  return std::tie(a.date, a.recipient, a.line) < std::tie(b.date, b.recipient, b.line);
}

// Lines are unique, as in visits.csv: the order is total.
std::vector<HeldRecord> random_records(std::size_t n, std::uint64_t seed) {
  sample::Rng rng(seed);
  std::vector<HeldRecord> records(n);
  for (std::size_t i = 0; i < n; ++i) {
    HeldRecord& r = records[i];
    r.date = ledger::Day{date::days{20'000 + static_cast<int>(rng.below(40))}};
    r.recipient = static_cast<std::uint32_t>(rng.below(50));
    r.cadre = static_cast<std::uint32_t>(rng.below(1000));
    r.line = static_cast<std::uint32_t>(i + 2);
    for (std::string& cell : r.cells) cell.assign(rng.below(40), static_cast<char>('a' + rng.below(26)));
  }
  records[n / 2].cells[9].assign(200'000, 'n');  // longer than a reader's block
  records[n / 3].cells[0].clear();
  return records;
}

std::vector<HeldRecord> drained(exports::SortedRuns& runs) {
  std::vector<HeldRecord> out;
  runs.drain([&](const HeldRecord& r) { out.push_back(r); });
  return out;
}

bool same(const std::vector<HeldRecord>& a, const std::vector<HeldRecord>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const HeldRecord& x, const HeldRecord& y) {
    return x.date == y.date && x.recipient == y.recipient && x.cadre == y.cadre && x.line == y.line &&
           x.cells == y.cells;
  });
}

}  // namespace

TEST_SUITE("exports::sorted runs") {
  TEST_CASE("records spilled to many runs come out as one sort of them all gives them") {
    std::vector<HeldRecord> records = random_records(5000, 7);
    exports::SortedRuns runs(by_key, 20'000);
    for (const HeldRecord& r : records) runs.add(r);
    CHECK(runs.size() == 5000);
    CHECK(runs.runs() > 50);
    std::sort(records.begin(), records.end(), by_key);
    CHECK(same(drained(runs), records));
  }

  TEST_CASE("records within the budget are sorted in memory, with no temporary file") {
    std::vector<HeldRecord> records = random_records(300, 8);
    exports::SortedRuns runs(by_key, std::size_t{64} << 20);
    for (const HeldRecord& r : records) runs.add(r);
    std::sort(records.begin(), records.end(), by_key);
    CHECK(same(drained(runs), records));
    CHECK(runs.runs() == 0);
  }

  TEST_CASE("a temporary directory that cannot be written is an output error naming it") {
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("TMPDIR", "/nonexistent-jiedui-tmp", 1);
    exports::SortedRuns runs(by_key, 1);
    bool named = false;
    try {
      runs.add(random_records(2, 9)[0]);
    } catch (const OutputError& e) {
      named = std::string(e.what()).find("/nonexistent-jiedui-tmp") != std::string::npos;
    }
    if (old != nullptr) ::setenv("TMPDIR", saved.c_str(), 1); else ::unsetenv("TMPDIR");
    CHECK(named);
  }
}
