// The parallel read of visits.csv (lib/ledger/visit_chunks.cpp) against the
// single reader: the same diagnostics and records, in the same order, with
// the same line numbers, for every chunk size, on clean and broken files.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "ledger/vocab.hpp"
#include "sample/rng.hpp"
#include "sample/sample.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::ledger;
namespace fs = std::filesystem;

namespace {

using jiedui::testing::TempDir;

// Everything for_each_visit passes on, in the order it passes it.
struct Events : DiagnosticSink {
  std::vector<std::string> lines;
  void report(Diagnostic d) override {
    lines.push_back(fmt::format("{}:{}:{}: {} {}", d.file, d.line, d.column, code_name(d.code), d.message));
  }
  void note(std::string message) override { lines.push_back("note " + message); }
};

std::vector<std::string> read_all(const std::string& dir, unsigned threads, std::size_t chunk) {
  LoadOptions options;
  options.today = *parse_day("2026-12-31");
  options.threads = threads;
  options.chunk_bytes = chunk;
  Events events;
  const Ledger ledger = load_ledger(dir, options, events);
  events.lines.clear();
  for_each_visit(ledger, options, events, [&](const Visit& v) {
    events.lines.push_back(fmt::format("visit line {} {} r{} c{} {} p{} d{} e{} f{} x{} items[{}] must[{}] notes[{}]",
                                       v.line, format_day(v.date), v.recipient, v.cadre, mode_code(v.mode), v.policies,
                                       v.difficulties, v.deeds, v.funds_fen, v.escalated, v.items, v.must, v.notes));
  });
  return events.lines;
}

void expect_same_for_every_chunking(const std::string& dir) {
  const std::vector<std::string> serial = read_all(dir, 1, std::size_t{4} << 20);
  REQUIRE(!serial.empty());
  for (const std::size_t chunk : {1, 2, 7, 16, 61, 100, 333, 1000, 4096}) {
    for (const unsigned threads : {2u, 3u, 8u}) {
      CAPTURE(chunk);
      CAPTURE(threads);
      const std::vector<std::string> parallel = read_all(dir, threads, chunk);
      REQUIRE(parallel.size() == serial.size());
      for (std::size_t i = 0; i < serial.size(); ++i) CHECK(parallel[i] == serial[i]);
    }
  }
}

// A small ledger with two recipients and one cadre each, and a visits.csv
// of rows built from pieces: good rows, quoted line breaks, blank lines,
// CRLF, and every kind of broken row.
void write_people(const TempDir& t) {
  t.write("recipients.csv",
          "id,name,category,city,county,township,village\n"
          "620802201202290177,沙梓豪,orphan,平凉市,崆峒区,峡门回族乡,吴坡村\n"
          "62082620111010792X,李欣怡,orphan,平凉市,静宁县,城关镇,西关社区\n");
  t.write("cadres.csv", "id,name,gender,birth\nC1,冯亚楠,F,1975-08\nC2,田涛,M,1968-05\n");
  t.write("pairings.csv", "recipient,cadre,start,end\n620802201202290177,C1,2023-05-18,\n62082620111010792X,C2,2023-05-18,\n");
}

std::string random_visits(std::uint64_t seed, int rows) {
  jiedui::sample::Rng rng(seed);
  const char* pieces[] = {
      "2026-01-{:02},620802201202290177,C1,phone,talk,,,,,,,电话联系\n",
      "2026-02-{:02},62082620111010792x,C2,home,talk;health,1,,1,12.50,,hospital,\"入户,\"\"走访\"\"\n第二行\"\n",
      "2026-03-{:02},620802201202290177,C1,wechat,,,,,,,,\"a\r\nb\"\r\n",
      "\n",
      "\r\n",
      "2026-04-{:02},620802201202290177,C9,home,,,,,,,,unknown cadre\n",
      "2026-05-{:02},620802201202290177,C1,visit,,,,,,,,bad mode\n",
      "2026-05-{:02},620802201202290177,C1,phone,,x,,,,,,bad count\n",
      "2026-06-{:02},620802201202290177,C1,phone,,,,,,,,\"ab\"cd\n",
      "2026-06-{:02},620802201202290177,C1,phone\n",
      "2026-07-{:02},620802201202290177,C1,phone,,,,,,,,\"caf\xE9\"\n",
      "2026-13-{:02},620802201202290177,C1,phone,,,,,,,,bad date\n",
      "2026-08-{:02},620802201202290177,C1,phone,,,,,,,,\"never closed\n",
      "2026-09-{:02},620802201202290177,C1,letter,,,,,,,,\"\"\"\"\n",
  };
  std::string out = "date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n";
  for (int i = 0; i < rows; ++i) {
    const unsigned pick = rng.below(100);
    // Mostly good rows; the unterminated quote rarely, as it swallows lines.
    const std::size_t k = pick < 40 ? 0 : pick < 60 ? 1 : pick < 70 ? 2 : pick < 98 ? 3 + (pick - 70) % 10 : 12;
    out += fmt::format(fmt::runtime(pieces[k]), 1 + rng.below(28));
    if (rng.below(50) == 0) out += pieces[13];
  }
  return out;
}

}  // namespace

TEST_SUITE("ledger::for_each_visit in parallel") {
  TEST_CASE("chunks of any size give the records and diagnostics of one reader, in file order") {
    TempDir t("random");
    write_people(t);
    for (const std::uint64_t seed : {1, 2, 3}) {
      CAPTURE(seed);
      t.write("visits.csv", random_visits(seed, 120));
      expect_same_for_every_chunking(t.dir());
    }
  }

  TEST_CASE("a quoted line break across every chunk boundary is read as one record") {
    TempDir t("quoted");
    write_people(t);
    std::string visits = "date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n";
    for (int i = 1; i <= 20; ++i)
      visits += fmt::format("2026-03-{:02},620802201202290177,C1,home,,,,,,,,\"{}\n{}\n\"\"{}\"\"\"\n", i,
                            std::string(static_cast<std::size_t>(i), 'a'), "date,x,y", i);
    t.write("visits.csv", visits);
    expect_same_for_every_chunking(t.dir());
  }

  TEST_CASE("a file with a BOM and CRLF line ends reads the same in chunks") {
    TempDir t("bom");
    write_people(t);
    std::string visits = "\xEF\xBB\xBF" "date,recipient,cadre,mode\r\n";
    for (int i = 1; i <= 28; ++i) visits += fmt::format("2026-02-{:02},620802201202290177,C1,sms\r\n", i);
    t.write("visits.csv", visits);
    expect_same_for_every_chunking(t.dir());
  }

  TEST_CASE("a generated ledger set reads the same with one thread and with several") {
    TempDir t("sample");
    jiedui::sample::SampleOptions options;
    options.recipients = 300;
    options.seed = 7;
    jiedui::sample::write_sample(t.dir(), options);
    const std::vector<std::string> serial = read_all(t.dir(), 1, std::size_t{4} << 20);
    for (const std::size_t chunk : {512, 4096, 65536}) {
      CAPTURE(chunk);
      CHECK(read_all(t.dir(), 3, chunk) == serial);
    }
  }
}
