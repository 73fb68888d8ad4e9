// Format table: alignment by display width, the rule line, colour.
#include <doctest/doctest.h>

#include "out/table_writer.hpp"
#include "test_out_string_sink.hpp"

using namespace jiedui::out;
using namespace jiedui::out::testing;

TEST_SUITE("out::table") {

TEST_CASE("display width counts a Chinese character as two columns and a combining mark as none") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("张三") == 4);
  CHECK(display_width("张三（北京）") == 12);  // full-width brackets are wide too
  CHECK(display_width("e\xCC\x81") == 1);      // e + COMBINING ACUTE ACCENT
  CHECK(display_width("a\xE2\x80\x8B"
                      "b") == 2);  // ZERO WIDTH SPACE
  CHECK(display_width("\x1b") == 0);
  CHECK(display_width("\xFF"
                      "a") == 2);  // a stray byte shows as one replacement glyph
}

TEST_CASE("table aligns Chinese names counting each character as two columns") {
  const std::string expected =
      "name    recipient           phone        done  funds  coverage  notes\n"
      "------  ------------------  -----------  ----  -----  --------  ----------------------\n"
      "张三    620102********1234  138****5678     3  12.50      93.5  =SUM(A1)\n"
      "李四光  620102********123X                 -2                   电话未接通, 改日\"再访\"\n";
  CHECK(render_sample(with_format(Format::table)) == expected);
}

TEST_CASE("table right-aligns number columns and their headers, left-aligns text") {
  const std::vector<Column> columns{{"village", Kind::text}, {"recipients", Kind::integer}, {"coverage", Kind::percent}};
  const std::string expected =
      "village   recipients  coverage\n"
      "--------  ----------  --------\n"
      "石门村            12     100.0\n"
      "东川镇村           3      66.7\n";
  CHECK(render(with_format(Format::table), columns, {{"石门村", "12", "100.0"}, {"东川镇村", "3", "66.7"}}) == expected);
}

TEST_CASE("table with no rows prints the header and the rule only") {
  const std::vector<Column> columns{{"severity", Kind::text}, {"line", Kind::integer}};
  CHECK(render(with_format(Format::table), columns, {}) == "severity  line\n--------  ----\n");
}

TEST_CASE("table trims trailing spaces from every line") {
  const std::vector<Column> columns{{"a", Kind::text}, {"b", Kind::text}};
  CHECK(render(with_format(Format::table), columns, {{"long text", ""}, {"x", "y"}}) ==
        "a          b\n"
        "---------  -\n"
        "long text\n"
        "x          y\n");
}

TEST_CASE("table puts the header in bold when colour is on") {
  Options options = with_format(Format::table);
  options.color = true;
  const std::vector<Column> columns{{"name", Kind::text}, {"done", Kind::integer}};
  CHECK(render(options, columns, {{"张三", "1"}}) ==
        "\x1b[1mname  done\x1b[0m\n"
        "----  ----\n"
        "张三     1\n");
}

TEST_CASE("table turns control characters in a cell into spaces so a row stays one line") {
  const std::vector<Column> columns{{"notes", Kind::text}, {"n", Kind::integer}};
  CHECK(render(with_format(Format::table), columns, {{"a\nb\tc\x1b[31m", "1"}}) ==
        "notes       n\n"
        "----------  -\n"
        "a b c [31m  1\n");
}

TEST_CASE("table turns the line and paragraph separators U+2028 and U+2029 into spaces") {
  CHECK(render(with_format(Format::table), {{"notes", Kind::text}}, {{"a\u2028b\u2029c"}}) ==
        "notes\n"
        "-----\n"
        "a b c\n");
}

TEST_CASE("table shows ID and phone numbers in full with reveal") {
  Options options = with_format(Format::table);
  options.reveal = true;
  const std::vector<Column> columns{{"recipient", Kind::id}, {"phone", Kind::phone}};
  CHECK(render(options, columns, {{"620102199001011234", "13812345678"}}) ==
        "recipient           phone\n"
        "------------------  -----------\n"
        "620102199001011234  13812345678\n");
}

TEST_CASE("table prints Chinese headers with lang zh, aligned by their width") {
  Options options = with_format(Format::table);
  options.lang = Lang::zh;
  const std::vector<Column> columns{{"recipient_name", Kind::text}, {"done", Kind::integer}};
  CHECK(render(options, columns, {{"张三", "2"}}) ==
        "关爱对象姓名  已完成\n"
        "------------  ------\n"
        "张三               2\n");
}

TEST_CASE("a row with the wrong number of cells is a programming error") {
  StringSink sink;
  auto writer = make_table_writer(with_format(Format::table), sink);
  writer->begin({{"a", Kind::text}, {"b", Kind::text}});
  CHECK_THROWS_AS(writer->row({"only one"}), std::logic_error);
}

}  // TEST_SUITE
