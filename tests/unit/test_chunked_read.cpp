// The parallel reads of recipients.csv and visits.csv (lib/ledger/chunked_read.cpp)
// against the single reader: the same diagnostics, recipients, ids and
// records, in the same order, with the same line numbers, for every chunk
// size, on clean and broken files.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "ledger/resident_id.hpp"
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

std::string describe_birth(const Birth& b) {
  return b.known ? fmt::format("{}{}", format_day(b.day), b.month_only ? "~" : "") : "?";
}

// Every recipient with every field, the districts, and what each id is now.
void describe_people(const Ledger& ledger, std::vector<std::string>& out) {
  for (const Recipient& r : ledger.recipients) {
    const District& d = ledger.district_of(r);
    out.push_back(fmt::format(
        "recipient line {} {} {} g{} {} {} level[{}] household[{}] d{} {}/{}/{}/{} s{} exit {} [{}|{}|{}|{}|{}|{}] "
        "guardian [{}|{}|{}|{}] found {}",
        r.line, r.id, r.name, static_cast<int>(r.gender), describe_birth(r.birth), category_code(r.category), r.level,
        r.household, r.district, d.city, d.county, d.township, d.village, static_cast<int>(r.status),
        r.exit_date ? format_day(*r.exit_date) : "-", r.ethnicity, r.setting, r.disability_type, r.disability_grade,
        r.disability_cert, r.phone, r.guardian_name, r.guardian_relation, r.guardian_phone, r.guardian_id,
        ledger.find_recipient(r.id).value_or(9999)));
  }
  for (const District& d : ledger.districts)
    out.push_back(fmt::format("district {}/{}/{}/{}", d.city, d.county, d.township, d.village));
  std::vector<std::string> unusable(ledger.unusable_recipient_ids.begin(), ledger.unusable_recipient_ids.end());
  std::sort(unusable.begin(), unusable.end());
  for (const std::string& id : unusable)
    out.push_back(fmt::format("unusable {} found {}", id, ledger.find_recipient(id).has_value()));
  out.push_back(fmt::format("{} ids, {} cadres, {} pairings", ledger.recipient_ids.size(), ledger.cadres.size(),
                            ledger.pairings.size()));
  for (const Pairing& p : ledger.pairings)
    out.push_back(fmt::format("pairing line {} r{} c{} {} – {} reason[{}] key {}", p.line, p.recipient, p.cadre,
                              format_day(p.start), p.end ? format_day(*p.end) : "open", p.reason,
                              p.cadre_id.matches(ledger.cadres[p.cadre].id)));
}

// The load's diagnostics and notes, the people loaded, then the visits.
std::vector<std::string> read_all(const std::string& dir, unsigned threads, std::size_t chunk) {
  LoadOptions options;
  options.today = *parse_day("2026-12-31");
  options.threads = threads;
  options.chunk_bytes = chunk;
  Events events;
  const Ledger ledger = load_ledger(dir, options, events);
  describe_people(ledger, events.lines);
  for_each_visit(ledger, options, events, [&](const Visit& v) {
    events.lines.push_back(fmt::format(
        "visit line {} {} r{} c{} {} p{} d{} e{} f{} x{} items[{}] must[{}] notes[{}] pairing {}", v.line,
        format_day(v.date), v.recipient, v.cadre, mode_code(v.mode), v.policies, v.difficulties, v.deeds, v.funds_fen,
        v.escalated, v.items, v.must, v.notes, v.pairing));
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

// For each seed, `file` written as make(seed, rows), then compared as above.
void expect_same_for_seeds(const TempDir& t, const std::string& file, std::string (*make)(std::uint64_t, int),
                           int rows, std::initializer_list<std::uint64_t> seeds) {
  for (const std::uint64_t seed : seeds) {
    CAPTURE(seed);
    t.write(file, make(seed, rows));
    expect_same_for_every_chunking(t.dir());
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
    expect_same_for_seeds(t, "visits.csv", random_visits, 120, {1, 2, 3});
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

  TEST_CASE("stretches with no line break, over many chunks, read the same in chunks") {
    // A chunk inside such a stretch holds no line start: it is empty, and the
    // record is read by the chunk where it began (its search for a line start
    // once ran to the end of the file: quadratic in a file with no line break).
    TempDir t("no-line-break");
    write_people(t);
    std::string visits = "date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n";
    for (int i = 1; i <= 6; ++i) {
      visits += fmt::format("2026-03-{:02},620802201202290177,C1,home,,,,,,,,{}\n", i, std::string(3000u * i, 'x'));
      visits += fmt::format("2026-04-{:02},620802201202290177,C1,phone,,,,,,,,\"{}\n", i, std::string(2000, 'q'));
    }
    visits += std::string(9000, 'z');  // and the file ends in one
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

namespace {

// A valid resident ID born in 2012; `x` asks for one whose check char is X.
std::string valid_id(int n, bool x = false) {
  for (int seq = n;; seq += 100) {
    const std::string first17 = fmt::format("62080220120{}{:02}{:03}", 1 + n % 9, 1 + n % 28, seq % 1000);
    const char check = resident_id_check_char(first17);
    if (!x || check == 'X') return first17 + check;
  }
}

// Few ids for many rows, so that ids repeat: valid ones, one ending in x
// (written both ways), one with a bad check char, one that is no ID at all.
std::vector<std::string> id_pool() {
  std::vector<std::string> ids;
  for (int n = 1; n <= 8; ++n) ids.push_back(valid_id(n));
  const std::string x = valid_id(9, true);
  ids.push_back(x);
  ids.push_back(x.substr(0, 17) + "x");
  ids.push_back(ids[0].substr(0, 17) + (ids[0][17] == '1' ? "2" : "1"));
  ids.push_back("NOT-AN-ID");
  return ids;
}

constexpr const char* kRecipientHeader =
    "id,name,gender,birth,category,level,setting,disability_type,disability_grade,disability_cert,household,city,"
    "county,township,village,phone,guardian_name,guardian_id,status,exit_date\n";

// recipients.csv of rows built from pieces: good rows, unusable rows (a bad
// category, no village), rows with bad values, quoted line breaks, blank
// lines, CRLF and every kind of broken row, over ids that repeat.
std::string random_recipients(std::uint64_t seed, int rows) {
  jiedui::sample::Rng rng(seed);
  const std::vector<std::string> ids = id_pool();
  const char* pieces[] = {
      "{0},名{1},,,orphan,一级,scattered,,,,,平凉市,崆峒区,白水镇,白水村,,,,active,\n",
      "{0},李{1},,,disabled,,,肢体,2,{0}12,,平凉市,静宁县,城关镇,西关社区,13800000000,,,exited,2026-03-01\n",
      "{0},王{1},,,martian,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n",
      "{0},赵{1},,,orphan,,,,,,,平凉市,崆峒区,白水镇,,,,,,\n",
      "{0},\"张\n{1}\",,,orphan,,,,,,\"a,\"\"b\"\"\r\nc\",平凉市,崆峒区,白水镇,白水村,,,,,\r\n",
      "{0},钱{1},X,2001-13,orphan,,somewhere,手,9,123,,平凉市,崆峒区,白水镇,白水村,,,123,gone,2026-02-30\n",
      "{0},孙{1},女,2012-01,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,exited,\n",
      ",无名{1},,,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n",
      "{0},,,,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n",
      "{0},x{1},orphan\n",
      "\n",
      "\r\n",
      "{0},\"caf\xE9\",,,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n",
      "{0},\"ab\"cd,,,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n",
      "{0},\"never closed\n",
  };
  std::string out = kRecipientHeader;
  for (int i = 0; i < rows; ++i) {
    const unsigned pick = rng.below(100);
    // Mostly good rows; the unterminated quote rarely, as it swallows lines.
    const std::size_t k = pick < 35 ? 0 : pick < 50 ? 1 : pick < 98 ? 2 + (pick - 50) % 12 : 14;
    out += fmt::format(fmt::runtime(pieces[k]), ids[rng.below(static_cast<unsigned>(ids.size()))], i);
  }
  return out;
}

// cadres.csv, and pairings.csv and visits.csv naming every id of the pool
// (some unusable, some unknown, as the rows they stand for were).
void write_pairings_and_visits(const TempDir& t) {
  t.write("cadres.csv", "id,name,gender,birth\nC1,冯亚楠,F,1975-08\n");
  std::string pairings = "recipient,cadre,start,end\n", visits = "date,recipient,cadre,mode\n";
  for (const std::string& id : id_pool()) {
    pairings += fmt::format("{},C1,2023-05-18,\n", id);
    visits += fmt::format("2026-03-01,{},C1,phone\n", id);
  }
  t.write("pairings.csv", pairings);
  t.write("visits.csv", visits);
}

}  // namespace

TEST_SUITE("ledger::load_ledger reads recipients.csv in parallel") {
  TEST_CASE("recipients read in chunks of any size are those of one reader, with the same diagnostics and ids") {
    TempDir t("recipients");
    write_pairings_and_visits(t);
    expect_same_for_seeds(t, "recipients.csv", random_recipients, 150, {1, 2, 3, 4});
  }

  TEST_CASE("a duplicate id reports only what one reader reports, before and after an unusable row") {
    TempDir t("duplicates");
    write_pairings_and_visits(t);
    const std::vector<std::string> ids = id_pool();
    const std::string good = ",名,,,orphan,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n";
    const std::string bad = ",王,X,2001-13,martian,,,,,,,平凉市,崆峒区,白水镇,白水村,,,,,\n";
    std::string rows = kRecipientHeader;
    rows += ids[0] + good + ids[0] + bad;  // a good row, then a duplicate that is unusable too
    rows += ids[1] + bad + ids[1] + good;  // an unusable row, then a duplicate that is fine
    rows += ids[10] + good + ids[10] + good;  // a bad ID twice: bad-id both times, duplicate the second
    rows += ids[2] + bad + ids[2] + bad;
    t.write("recipients.csv", rows);
    const std::vector<std::string> serial = read_all(t.dir(), 1, std::size_t{4} << 20);
    auto reported = [&](std::string_view line_and_code) {
      return std::count_if(serial.begin(), serial.end(),
                           [&](const std::string& s) { return s.find(line_and_code) != std::string::npos; });
    };
    // The row after the header is line 2.
    CHECK(reported(":3:1: duplicate-id id " + ids[0] + " is already on line 2") == 1);
    CHECK(reported(":3:5: bad-value") == 0);  // the duplicate's category is never read
    CHECK(reported(":3:3: bad-value") == 0);
    CHECK(reported(":4:5: bad-value") == 1);
    CHECK(reported(":5:1: duplicate-id id " + ids[1] + " is already on an earlier line") == 1);
    CHECK(reported(":6:1: bad-id") == 1);
    CHECK(reported(":7:1: bad-id") == 1);
    CHECK(reported(":7:1: duplicate-id") == 1);
    CHECK(reported(":9:1: duplicate-id id " + ids[2] + " is already on an earlier line") == 1);
    CHECK(reported(":9:5: bad-value") == 0);
    expect_same_for_every_chunking(t.dir());
  }

  TEST_CASE("quoted line breaks across every chunk boundary of recipients.csv are read as one row") {
    TempDir t("quoted-recipients");
    write_pairings_and_visits(t);
    std::string rows = kRecipientHeader;
    for (int i = 1; i <= 20; ++i)
      rows += fmt::format("{},\"名\n{}\",,,orphan,,,,,,\"{}\n{},\"\"x\"\"\",平凉市,崆峒区,白水镇,白水村,,,,,\n",
                          valid_id(i), i, std::string(static_cast<std::size_t>(i), 'a'), kRecipientHeader);
    t.write("recipients.csv", rows);
    expect_same_for_every_chunking(t.dir());
  }

  TEST_CASE("recipients.csv with a BOM, CRLF line ends and no final newline reads the same in chunks") {
    TempDir t("bom-recipients");
    write_pairings_and_visits(t);
    std::string rows = "\xEF\xBB\xBF" "id,name,category,city,county,township,village\r\n";
    for (int i = 1; i <= 28; ++i)
      rows += fmt::format("{}{},名{},orphan,平凉市,崆峒区,白水镇,白水村", i == 1 ? "" : "\r\n", valid_id(i % 11), i);
    t.write("recipients.csv", rows);
    expect_same_for_every_chunking(t.dir());
  }
}

namespace {

// pairings.csv of rows built from pieces over the recipients of
// write_people (and ids it lacks): good and ended pairings, overlaps, every
// kind of broken row, quoted line breaks in a reason, blank lines and CRLF.
std::string random_pairings(std::uint64_t seed, int rows) {
  jiedui::sample::Rng rng(seed);
  const char* pieces[] = {
      "620802201202290177,C1,2023-{0:02}-01,,初次结对\n",
      "62082620111010792x,C2,2022-{0:02}-01,2022-12-31,\"调整,\"\"换人\"\"\n第二行\"\n",
      "62082620111010792X,C1,2024-{0:02}-02,2025-01-01,\r\n",
      "620802201202290178,C1,2023-01-01,,unknown recipient\n",
      "620802201202290177,C9,2023-01-01,,unknown cadre\n",
      ",C1,2023-01-01,,\n",
      "620802201202290177,,2023-01-01,,\n",
      "620802201202290177,C1,,,no start\n",
      "620802201202290177,C1,2023-13-01,,bad start\n",
      "620802201202290177,C1,2023-05-01,2023-02-30,bad end\n",
      "620802201202290177,C2,2023-05-01,2023-04-01,end before start\n",
      "620802201202290177,C1,2999-01-01,,future start\n",
      "\n",
      "\r\n",
      "620802201202290177,C1,2023-{0:02}-03,,\"ab\"cd\n",
  };
  std::string out = "recipient,cadre,start,end,reason\n";
  for (int i = 0; i < rows; ++i) {
    const unsigned pick = rng.below(100);
    const std::size_t k = pick < 30 ? 0 : pick < 45 ? 1 : pick < 55 ? 2 : 3 + (pick - 55) % 12;
    out += fmt::format(fmt::runtime(pieces[k]), 1 + rng.below(12));
  }
  return out;
}

}  // namespace

TEST_SUITE("ledger::load_ledger reads pairings.csv in parallel") {
  TEST_CASE("pairings read in chunks of any size are those of one reader, with the same diagnostics and overlaps") {
    TempDir t("pairings");
    write_people(t);
    t.write("visits.csv", random_visits(5, 60));
    expect_same_for_seeds(t, "pairings.csv", random_pairings, 120, {1, 2, 3});
  }

  TEST_CASE("a record counts for the pairing whose cadre made it, found without a cadre lookup or with one") {
    // C1's id is a resident ID; a record may write its x in lower case, which
    // the pairing's copy of the id does not match as written.
    TempDir t("cadre-key");
    std::string cadre;  // a woman born 1975-08-10 whose ID ends in X
    for (int seq = 100; cadre.empty(); seq += 2)
      if (const std::string first17 = fmt::format("62082619750810{:03}", seq); resident_id_check_char(first17) == 'X')
        cadre = first17 + 'X';
    const std::string lower = cadre.substr(0, 17) + "x";
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "620802201202290177,沙梓豪,orphan,平凉市,崆峒区,峡门回族乡,吴坡村\n");
    t.write("cadres.csv", "id,name,gender,birth\n" + cadre + ",冯亚楠,F,1975-08\nC-LONG-ID-0000000001,田涛,M,1968-05\n");
    t.write("pairings.csv", "recipient,cadre,start,end\n620802201202290177," + lower +
                                ",2023-01-01,2025-12-31\n620802201202290177,C-LONG-ID-0000000001,2026-01-01,\n");
    t.write("visits.csv", "date,recipient,cadre,mode\n2025-03-01,620802201202290177," + cadre +
                              ",phone\n2025-03-02,620802201202290177," + lower +
                              ",phone\n2025-03-03,620802201202290177,C-LONG-ID-0000000001,phone\n"
                              "2026-03-01,620802201202290177,C-LONG-ID-0000000001,phone\n"
                              "2026-03-02,620802201202290177," +
                              cadre + ",phone\n");
    LoadOptions options;
    options.today = *parse_day("2026-12-31");
    Events events;
    const Ledger ledger = load_ledger(t.dir(), options, events);
    REQUIRE(ledger.pairings.size() == 2);
    std::vector<std::string> seen;
    for_each_visit(ledger, options, events, [&](const Visit& v) {
      seen.push_back(fmt::format("{} c{} p{}", format_day(v.date), v.cadre,
                                 v.pairing == Visit::no_pairing ? "-" : std::to_string(v.pairing)));
    });
    CHECK(seen == std::vector<std::string>{"2025-03-01 c0 p0", "2025-03-02 c0 p0", "2025-03-03 c1 p-",
                                           "2026-03-01 c1 p1", "2026-03-02 c0 p-"});
    for (const std::string& line : events.lines) MESSAGE(line);
    CHECK(events.lines.empty());
  }
}
