// The CSV reader: RFC 4180 edge cases, line numbers, recovery, encodings.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "csv/reader.hpp"
#include "csv/utf8.hpp"

using jiedui::csv::Defect;
using jiedui::csv::Encoding;
using jiedui::csv::Reader;
using jiedui::csv::ReaderOptions;
using jiedui::csv::Record;

namespace {

struct Row {
  std::uint32_t line;
  std::vector<std::string> fields;
  std::vector<std::string> defects;  // "line:col kind"
  bool operator==(const Row&) const = default;
};

std::string kind_name(Defect::Kind k) {
  switch (k) {
    case Defect::Kind::unterminated_quote: return "unterminated_quote";
    case Defect::Kind::text_after_quote: return "text_after_quote";
    case Defect::Kind::record_too_long: return "record_too_long";
    case Defect::Kind::bad_encoding: return "bad_encoding";
  }
  return "?";
}

std::vector<Row> read_all(const std::string& text, ReaderOptions options = {}) {
  Reader reader = Reader::from_string(text, options);
  Record record;
  std::vector<Row> rows;
  while (reader.next(record)) {
    Row row{record.line, {record.fields.begin(), record.fields.end()}, {}};
    for (const auto& d : record.defects)
      row.defects.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + kind_name(d.kind));
    rows.push_back(row);
  }
  return rows;
}

// The same rows whatever the chunk size: a quote, a CR or a UTF-8 character
// cut by a buffer boundary changes nothing.
std::vector<Row> read_every_way(const std::string& text, ReaderOptions options = {}) {
  const auto want = read_all(text, options);
  for (std::size_t chunk : {1, 2, 3, 5, 17, 4096}) {
    options.chunk_bytes = chunk;
    CAPTURE(chunk);
    CHECK(read_all(text, options) == want);
  }
  return want;
}

}  // namespace

TEST_SUITE("csv::Reader") {
  TEST_CASE("a quoted newline keeps the physical line numbers of later records") {
    const auto rows = read_every_way("a,b\n\"x\ny\",2\n3,4\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == Row{2, {"x\ny", "2"}, {}});
    CHECK(rows[2] == Row{4, {"3", "4"}, {}});
  }

  TEST_CASE("CRLF line ends are not part of the last field") {
    CHECK(read_every_way("a,b\r\n1,2\r\n") == std::vector<Row>{{1, {"a", "b"}, {}}, {2, {"1", "2"}, {}}});
  }

  TEST_CASE("a CR CR LF line end leaves no CR in the data") {
    CHECK(read_every_way("a,b\r\r\n1,2\r\r\n") == std::vector<Row>{{1, {"a", "b"}, {}}, {2, {"1", "2"}, {}}});
  }

  TEST_CASE("a last line without newline is read") {
    CHECK(read_every_way("a\n1") == std::vector<Row>{{1, {"a"}, {}}, {2, {"1"}, {}}});
  }

  TEST_CASE("a UTF-8 BOM is not part of the first header name") {
    CHECK(read_every_way("\xEF\xBB\xBFid,name\n") == std::vector<Row>{{1, {"id", "name"}, {}}});
  }

  TEST_CASE("a file that is only a BOM has no records") { CHECK(read_every_way("\xEF\xBB\xBF").empty()); }

  TEST_CASE("blank lines are skipped and still counted") {
    CHECK(read_every_way("a\n\n\r\n1\n") == std::vector<Row>{{1, {"a"}, {}}, {4, {"1"}, {}}});
  }

  TEST_CASE("doubled quotes inside a quoted field become one quote") {
    CHECK(read_every_way("\"say \"\"hi\"\"\",\"\"\n")[0].fields == std::vector<std::string>{"say \"hi\"", ""});
  }

  TEST_CASE("a trailing comma makes an empty last field") {
    CHECK(read_every_way("a,b,\n")[0].fields == std::vector<std::string>{"a", "b", ""});
  }

  TEST_CASE("a quote inside an unquoted field is kept as text") {
    CHECK(read_every_way("37\"N,x\n")[0].fields == std::vector<std::string>{"37\"N", "x"});
  }

  TEST_CASE("an unterminated quote is reported at its line and field, and reading goes on at the next line") {
    const auto rows = read_every_way("a,b\n1,\"oops\n2,3\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].defects == std::vector<std::string>{"2:2 unterminated_quote"});
    CHECK(rows[2] == Row{3, {"2", "3"}, {}});
  }

  TEST_CASE("text after a closing quote is a defect on that field") {
    const auto rows = read_every_way("a,b\n\"x\"y,2\n3,4\n");
    CHECK(rows[1].defects == std::vector<std::string>{"2:1 text_after_quote"});
    CHECK(rows[2] == Row{3, {"3", "4"}, {}});
  }

  TEST_CASE("a record over the size limit is a defect and the next line is read") {
    ReaderOptions options;
    options.max_record_bytes = 64;
    options.chunk_bytes = 16;
    const std::string big(200, 'x');
    const auto rows = read_all("a\n\"" + big + "\n" + big + "\nok\n", options);
    REQUIRE(rows.size() >= 2);
    CHECK(rows[1].defects == std::vector<std::string>{"2:1 record_too_long"});
    CHECK(rows.back().fields == std::vector<std::string>{"ok"});
  }

  TEST_CASE("UTF-8 is still validated after an over-long record cut inside a character") {
    // fuzz_csv_reader found it: the resync dropped the held bytes, among
    // them a character cut by the chunk end, and validation stopped for the
    // rest of the file (its bad bytes then passed as data).
    for (std::size_t at = 0; at < 24; ++at) {
      for (std::size_t chunk = 1; chunk <= 8; ++chunk) {
        ReaderOptions options;
        options.encoding = Encoding::utf8;
        options.chunk_bytes = chunk;
        options.max_record_bytes = 16;
        const std::string text = "a\n" + std::string(at, 'x') + "张" + std::string(40, 'y') + "\nb\xFF\nc\n";
        CAPTURE(at);
        CAPTURE(chunk);
        const auto rows = read_all(text, options);
        REQUIRE(rows.size() == 4);
        CHECK(rows[1].defects == std::vector<std::string>{"2:1 record_too_long"});
        CHECK(rows[2].defects == std::vector<std::string>{"3:1 bad_encoding"});
        CHECK(rows[3].defects.empty());
      }
    }
  }

  TEST_CASE("a bad byte after a quoted field with doubled quotes and a newline is on its own line") {
    // fuzz_csv_reader found it: the line was counted after "" had been
    // undone in place, over a shifted copy that held the newline twice.
    ReaderOptions options;
    options.encoding = Encoding::utf8;
    const auto rows = read_every_way("a,b\n\"\"\"\"\"\n\",x\xFF\nc,d\n", options);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].defects == std::vector<std::string>{"3:2 bad_encoding"});
    const auto nul = read_every_way(std::string("a,b\n\"\"\"\"\"\n\",x\0\nc,d\n", 19), options);
    REQUIRE(nul.size() == 3);
    CHECK(nul[1].defects == std::vector<std::string>{"3:2 bad_encoding"});
  }

  TEST_CASE("a file that is not UTF-8 is read as GB18030") {
    // 张三 in GB18030 is D5 C5 C8 FD.
    Reader reader = Reader::from_string("name\n\xD5\xC5\xC8\xFD\n");
    CHECK(reader.encoding() == Encoding::gb18030);
    CHECK(reader.fell_back_to_gb18030());
    Record record;
    REQUIRE(reader.next(record));
    REQUIRE(reader.next(record));
    CHECK(record.fields[0] == "张三");
  }

  TEST_CASE("GB18030 is decoded the same whatever the chunk size") {
    ReaderOptions options;
    options.encoding = Encoding::gb18030;
    CHECK(read_every_way("a,b\n\xD5\xC5\xC8\xFD,\"\xC0\xEE\r\n\xCB\xC4\"\n", options)[1].fields ==
          std::vector<std::string>{"张三", "李\r\n四"});
  }

  TEST_CASE("bytes that are neither UTF-8 nor GB18030 are a defect at their line and field") {
    const auto rows = read_every_way("a,b\n1,2\n3,x\xFF\n5,6\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].defects == std::vector<std::string>{"3:2 bad_encoding"});
    CHECK(rows[3].defects.empty());
  }

  TEST_CASE("invalid UTF-8 under --encoding utf-8 is a defect, not a fallback") {
    ReaderOptions options;
    options.encoding = Encoding::utf8;
    const auto rows = read_every_way("a\n\xD5\xC5\nok\n", options);
    CHECK(rows[1].defects == std::vector<std::string>{"2:1 bad_encoding"});
    CHECK(rows[2].defects.empty());
  }

  TEST_CASE("a NUL byte is a defect at its line and field, not the end of the file") {
    const auto rows = read_every_way(std::string("a,b\n1,\"x\n\0y\"\n3,4\n", 17));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].defects == std::vector<std::string>{"3:2 bad_encoding"});
    CHECK(rows[2].fields == std::vector<std::string>{"3", "4"});
    CHECK(rows[2].defects.empty());
  }
}

TEST_SUITE("csv::utf8") {
  TEST_CASE("UTF-8 validation rejects overlong forms, surrogates and stray continuation bytes") {
    CHECK(jiedui::csv::is_valid_utf8("张三 ok"));
    CHECK_FALSE(jiedui::csv::is_valid_utf8("\xC0\xAF"));
    CHECK_FALSE(jiedui::csv::is_valid_utf8("\xED\xA0\x80"));
    CHECK_FALSE(jiedui::csv::is_valid_utf8("\x80"));
    CHECK_FALSE(jiedui::csv::is_valid_utf8("\xF4\x90\x80\x80"));
  }
}
