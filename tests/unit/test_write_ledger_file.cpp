// lib/write/ledger_file: new rows in the file's own form (SPEC §7).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "ledger/schema.hpp"
#include "write/ledger_file.hpp"
#include "write/refusal.hpp"

namespace {

std::string write_temp(const std::string& bytes) {
  char name[] = "/tmp/jiedui-test-ledger-file-XXXXXX";
  const int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(name, std::ios::binary) << bytes;
  return name;
}

}  // namespace

TEST_SUITE("write::LedgerFile") {
  TEST_CASE("a row follows the header order and quotes what RFC 4180 needs") {
    const std::string path = write_temp("recipient,start,cadre,reason,end,extra\n");
    const auto file = jiedui::write::read_ledger_file(path, jiedui::ledger::pairings_spec(), jiedui::csv::Encoding::automatic);
    std::remove(path.c_str());
    CHECK(file.next_line() == 2);
    CHECK(file.mend().empty());
    const std::string row = jiedui::write::encode_row(file, {"R1", "C1", "2026-11-01", "", "moved, \"soon\""});
    CHECK(row == "R1,2026-11-01,C1,\"moved, \"\"soon\"\"\",,\n");
  }

  TEST_CASE("a BOM, CRLF and a missing last newline are seen and the newline is mended") {
    const std::string path = write_temp("\xEF\xBB\xBF关爱对象身份证号,结对干部编号,结对日期\r\nA,B,2026-01-01");
    const auto file = jiedui::write::read_ledger_file(path, jiedui::ledger::pairings_spec(), jiedui::csv::Encoding::automatic);
    std::remove(path.c_str());
    CHECK(file.bom);
    CHECK(file.line_end == "\r\n");
    CHECK_FALSE(file.ends_with_newline);
    CHECK(file.mend() == "\r\n");
    CHECK(file.next_line() == 3);
    CHECK_FALSE(file.has(3));  // no end column
  }

  TEST_CASE("a GB18030 file gets GB18030 rows") {
    // 日期 in GB18030 is C8 D5 C6 DA; 电话 is B5 E7 BB B0.
    const std::string path = write_temp("\xC8\xD5\xC6\xDA,recipient,cadre,mode\n");
    const auto file = jiedui::write::read_ledger_file(path, jiedui::ledger::visits_spec(), jiedui::csv::Encoding::automatic);
    std::remove(path.c_str());
    CHECK(file.encoding == jiedui::csv::Encoding::gb18030);
    CHECK(file.chinese(0));
    CHECK_FALSE(file.chinese(3));
    CHECK(jiedui::write::encode_row(file, {"2026-11-12", "R", "C", "电话"}) == "2026-11-12,R,C,\xB5\xE7\xBB\xB0\n");
  }

  TEST_CASE("record spans cover each record's bytes, quoted newlines included") {
    const std::string bytes = "recipient,cadre,start,end,reason\nA,B,2026-01-01,,\"two\nlines\"\nC,D,2026-02-01,,\n";
    const std::string path = write_temp(bytes);
    const auto file = jiedui::write::read_ledger_file(path, jiedui::ledger::pairings_spec(), jiedui::csv::Encoding::automatic);
    std::remove(path.c_str());
    const auto spans = jiedui::write::read_record_spans(bytes, file);
    REQUIRE(spans.size() == 2);
    CHECK(bytes.substr(spans[0].begin, spans[0].end - spans[0].begin) == "A,B,2026-01-01,,\"two\nlines\"\n");
    CHECK(spans[1].line == 4);
    CHECK(spans[0].cells[4] == "two\nlines");
  }
}

TEST_SUITE("write::Refusal") {
  TEST_CASE("only rules a data officer may overrule can be forced") {
    CHECK(jiedui::write::is_forceable("pairing-overlap"));
    CHECK(jiedui::write::is_forceable("visit-not-paired"));
    CHECK(jiedui::write::is_forceable("recipient-exited"));
    CHECK_FALSE(jiedui::write::is_forceable("bad-value"));
    CHECK_FALSE(jiedui::write::is_forceable("unknown-recipient"));
  }
}
