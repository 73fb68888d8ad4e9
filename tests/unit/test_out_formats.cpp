// Formats csv, tsv, json, jsonl, md, html, xlsx on the sample table, and the
// rules they share: masking, the formula guard, Chinese headers.
#include <doctest/doctest.h>

#include "error.hpp"
#include "out/table_writer.hpp"
#include "test_out_string_sink.hpp"

using namespace jiedui::out;
using namespace jiedui::out::testing;

TEST_SUITE("out::formats") {

TEST_CASE("csv masks IDs and phones, guards the formula, quotes only where needed") {
  CHECK(render_sample(with_format(Format::csv)) ==
        "name,recipient,phone,done,funds,coverage,notes\n"
        "张三,620102********1234,138****5678,3,12.50,93.5,'=SUM(A1)\n"
        "李四光,620102********123X,,-2,,,\"电话未接通, 改日\"\"再访\"\"\"\n");
}

TEST_CASE("csv quotes a field with a line break or a space at either end") {
  const std::vector<Column> columns{{"a", Kind::text}, {"b", Kind::text}, {"c", Kind::text}, {"d", Kind::text}};
  CHECK(render(with_format(Format::csv), columns, {{"x\ny", " lead", "trail ", "in side"}}) ==
        "a,b,c,d\n"
        "\"x\ny\",\" lead\",\"trail \",in side\n");
}

TEST_CASE("csv writes a lone empty cell as \"\" so the row is not a blank line") {
  CHECK(render(with_format(Format::csv), {{"notes", Kind::text}}, {{""}, {"x"}}) == "notes\n\"\"\nx\n");
}

TEST_CASE("csv and tsv guard every text-like kind but never a number column") {
  const std::vector<Column> columns{{"t", Kind::text},   {"d", Kind::date},  {"p", Kind::phone},
                                    {"i", Kind::integer}, {"n", Kind::number}, {"m", Kind::money},
                                    {"pc", Kind::percent}};
  const Rows rows{{"-1 天", "+2024-01-01", "@1", "-2", "-0.5", "-12.00", "-3.5"},
                  {"@某人", "=1", "+86 138", "+1", "=1", "@", "-"}};
  CHECK(render(with_format(Format::csv), columns, rows) ==
        "t,d,p,i,n,m,pc\n"
        "'-1 天,'+2024-01-01,'@1,-2,-0.5,-12.00,-3.5\n"
        "'@某人,'=1,'+86 138,+1,=1,@,-\n");
  CHECK(render(with_format(Format::tsv), columns, rows) ==
        "t\td\tp\ti\tn\tm\tpc\n"
        "'-1 天\t'+2024-01-01\t'@1\t-2\t-0.5\t-12.00\t-3.5\n"
        "'@某人\t'=1\t'+86 138\t+1\t=1\t@\t-\n");
}

TEST_CASE("csv guards a cell that starts with a tab or a carriage return") {
  CHECK(render(with_format(Format::csv), {{"a", Kind::text}}, {{"\t=1"}, {"\r=1"}}) ==
        "a\n'\t=1\n\"'\r=1\"\n");
}

TEST_CASE("tsv quotes a cell with a tab, a line break or a quote, as spreadsheets read it") {
  CHECK(render_sample(with_format(Format::tsv)) ==
        "name\trecipient\tphone\tdone\tfunds\tcoverage\tnotes\n"
        "张三\t620102********1234\t138****5678\t3\t12.50\t93.5\t'=SUM(A1)\n"
        "李四光\t620102********123X\t\t-2\t\t\t\"电话未接通, 改日\"\"再访\"\"\"\n");
  CHECK(render(with_format(Format::tsv), {{"a", Kind::text}, {"b", Kind::text}}, {{"x\ty", "1\r\n2"}}) ==
        "a\tb\n\"x\ty\"\t\"1\r\n2\"\n");
}

TEST_CASE("tsv quotes a cell that starts with a quote, so a quoted formula stays text and rows stay apart") {
  CHECK(render(with_format(Format::tsv), {{"a", Kind::text}, {"b", Kind::text}}, {{"\"=1+1\"", "x"}, {"\"", "y"}}) ==
        "a\tb\n\"\"\"=1+1\"\"\"\tx\n\"\"\"\"\ty\n");
  CHECK(render(with_format(Format::tsv), {{"notes", Kind::text}}, {{""}, {"x"}}) == "notes\n\"\"\nx\n");
}

TEST_CASE("json writes one object per line with bare numbers and null for empty numbers") {
  CHECK(render_sample(with_format(Format::json)) ==
        "[\n"
        "{\"name\":\"张三\",\"recipient\":\"620102********1234\",\"phone\":\"138****5678\",\"done\":3,"
        "\"funds\":12.50,\"coverage\":93.5,\"notes\":\"=SUM(A1)\"},\n"
        "{\"name\":\"李四光\",\"recipient\":\"620102********123X\",\"phone\":\"\",\"done\":-2,"
        "\"funds\":null,\"coverage\":null,\"notes\":\"电话未接通, 改日\\\"再访\\\"\"}\n"
        "]\n");
}

TEST_CASE("json with no rows is an empty array") {
  CHECK(render(with_format(Format::json), sample_columns(), {}) == "[]\n");
  CHECK(render(with_format(Format::jsonl), sample_columns(), {}) == "");
}

TEST_CASE("json keeps a number column's non-number cell as a string") {
  const std::vector<Column> columns{{"a", Kind::integer}, {"b", Kind::number}, {"c", Kind::money}, {"d", Kind::percent}};
  CHECK(render(with_format(Format::jsonl), columns, {{"1,000", "01", "1e3", "—"}, {"-0", "0.5", "-1.", "+1"}}) ==
        "{\"a\":\"1,000\",\"b\":\"01\",\"c\":1e3,\"d\":\"—\"}\n"
        "{\"a\":-0,\"b\":0.5,\"c\":\"-1.\",\"d\":\"+1\"}\n");
}

TEST_CASE("json escapes quotes, backslashes, control characters and DEL and keeps UTF-8") {
  CHECK(render(with_format(Format::jsonl), {{"a", Kind::text}}, {{"\"\\/\b\f\n\r\t\x01\x1f\x7f 张"}}) ==
        "{\"a\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f 张\"}\n");
}

TEST_CASE("json escapes the C1 controls and U+2028/U+2029, where line-splitting readers would break a line") {
  CHECK(render(with_format(Format::jsonl), {{"a", Kind::text}}, {{"a\u0085b\u2028c\u2029d\u009b"}}) ==
        "{\"a\":\"a\\u0085b\\u2028c\\u2029d\\u009b\"}\n");
}

TEST_CASE("json replaces bytes that are not UTF-8 with U+FFFD") {
  CHECK(render(with_format(Format::jsonl), {{"a", Kind::text}}, {{"x\xFFy"}}) == "{\"a\":\"x\xEF\xBF\xBDy\"}\n");
}

TEST_CASE("jsonl writes the same objects one per line without brackets") {
  CHECK(render_sample(with_format(Format::jsonl)) ==
        "{\"name\":\"张三\",\"recipient\":\"620102********1234\",\"phone\":\"138****5678\",\"done\":3,"
        "\"funds\":12.50,\"coverage\":93.5,\"notes\":\"=SUM(A1)\"}\n"
        "{\"name\":\"李四光\",\"recipient\":\"620102********123X\",\"phone\":\"\",\"done\":-2,"
        "\"funds\":null,\"coverage\":null,\"notes\":\"电话未接通, 改日\\\"再访\\\"\"}\n");
}

TEST_CASE("md writes a pipe table with number columns right-aligned") {
  CHECK(render_sample(with_format(Format::md)) ==
        "| name | recipient | phone | done | funds | coverage | notes |\n"
        "| --- | --- | --- | ---: | ---: | ---: | --- |\n"
        "| 张三 | 620102\\*\\*\\*\\*\\*\\*\\*\\*1234 | 138\\*\\*\\*\\*5678 | 3 | 12.50 | 93.5 | =SUM(A1) |\n"
        "| 李四光 | 620102\\*\\*\\*\\*\\*\\*\\*\\*123X |  | -2 |  |  | 电话未接通, 改日\"再访\" |\n");
}

TEST_CASE("md escapes what a Markdown renderer would run or format: HTML, emphasis, code, links") {
  CHECK(render(with_format(Format::md), {{"a", Kind::text}},
               {{"<script>alert(1)</script>"}, {"<img src=x onerror=alert(1)>"}, {"*b* _i_ `c` [l](u) ~~s~~ &amp;"}}) ==
        "| a |\n"
        "| --- |\n"
        "| &lt;script&gt;alert(1)&lt;/script&gt; |\n"
        "| &lt;img src=x onerror=alert(1)&gt; |\n"
        "| \\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~\\~s\\~\\~ &amp;amp; |\n");
}

TEST_CASE("md escapes pipes and turns line breaks into <br>") {
  CHECK(render(with_format(Format::md), {{"a|b", Kind::text}}, {{"x|y"}, {"1\r\n2\n3\r4"}, {"back\\|slash"}}) ==
        "| a\\|b |\n"
        "| --- |\n"
        "| x\\|y |\n"
        "| 1<br>2<br>3<br>4 |\n"
        "| back\\\\\\|slash |\n");
}

TEST_CASE("html is one self-contained page with escaped cells and numeric cells marked") {
  Options options = with_format(Format::html);
  options.title = "<审计> & 报告";
  const std::vector<Column> columns{{"name", Kind::text}, {"recipient", Kind::id}, {"done", Kind::integer}};
  const std::string page = render(options, columns, {{"张三 <b>\"&'", "620102199001011234", "-2"}, {"", "", ""}});
  CHECK(page ==
        "<!DOCTYPE html>\n"
        "<html lang=\"zh-CN\">\n"
        "<head>\n"
        "<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>&lt;审计&gt; &amp; 报告</title>\n"
        "<style>\n"
        "body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\","
        "\"WenQuanYi Zen Hei\",sans-serif;margin:2em;color:#222}\n"
        "table{border-collapse:collapse}\n"
        "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;white-space:pre-line;"
        "word-break:keep-all}\n"
        "thead th{background:#f2f2f2}\n"
        "tbody tr:nth-child(even){background:#fafafa}\n"
        ".num{text-align:right;font-variant-numeric:tabular-nums}\n"
        ".about{color:#555;margin:-.4em 0 1em}\n"
        ".wide{overflow-x:auto;max-width:100%}\n"
        "tr.error td{background:#fde8e6}\n"
        "tr.warning td{background:#fff3d6}\n"
        "tr.notice td{background:#eaf2fb}\n"
        "@page{size:A4;margin:12mm}\n"
        "@media print{body{margin:0;font-size:9pt}h1{font-size:13pt}.wide{overflow:visible}"
        "table{font-size:7.5pt;width:100%}th,td{padding:.15em .3em}thead{display:table-header-group}"
        "tr{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
        // the id and the number never wrap; the name has a space, so it may
        "td:nth-child(2),td:nth-child(3){white-space:nowrap}\n"
        "</style>\n"
        "</head>\n"
        "<body>\n"
        "<h1>&lt;审计&gt; &amp; 报告</h1>\n"
        "<div class=\"wide\">\n"
        "<table>\n"
        "<thead>\n"
        "<tr><th>name</th><th>recipient</th><th class=\"num\">done</th></tr>\n"
        "</thead>\n"
        "<tbody>\n"
        "<tr><td>张三 &lt;b&gt;&quot;&amp;&#39;</td><td>620102********1234</td><td class=\"num\">-2</td></tr>\n"
        "<tr><td></td><td></td><td class=\"num\"></td></tr>\n"
        "</tbody>\n"
        "</table>\n"
        "</div>\n"
        "</body>\n"
        "</html>\n");
}

TEST_CASE("html says what the table is about, colours rows by severity and keeps codes and dates whole") {
  Options options = with_format(Format::html);
  options.title = "jiedui audit";
  options.about = {{"period", "2026-01-01 to 2026-12-31"}, {"as of", "2026-11-20"}, {"profile", "gansu"}};
  std::vector<Column> columns{{"severity"}, {"code"}, {"from", Kind::date}, {"detail"}};
  for (int i = 0; i < 8; ++i) columns.push_back({"c" + std::to_string(i)});
  std::vector<std::string> error{"error", "contacts-missed", "2026-01-01", "done 1 of 4"}, notice{"notice", "no-rule", "", "x y"};
  error.resize(columns.size());
  notice.resize(columns.size());
  const std::string page = render(options, columns, {error, notice});
  CHECK(page.find("<p class=\"about\">period: 2026-01-01 to 2026-12-31 · as of: 2026-11-20 · profile: gansu</p>") !=
        std::string::npos);
  CHECK(page.find("<tr class=\"error\"><td>error</td><td>contacts-missed</td>") != std::string::npos);
  CHECK(page.find("<tr class=\"notice\"><td>notice</td>") != std::string::npos);
  // severity, code and from never wrap; detail has spaces, so it may.
  CHECK(page.find("td:nth-child(1),td:nth-child(2),td:nth-child(3),td:nth-child(5)") != std::string::npos);
  CHECK(page.find("td:nth-child(4)") == std::string::npos);
  CHECK(page.find("@page{size:A4 landscape}") != std::string::npos);  // 12 columns: landscape in print
  CHECK(page.find("<h1>jiedui audit</h1>") != std::string::npos);
}

TEST_CASE("--columns keeps the named columns in the order given, and refuses a name the table lacks") {
  Options options = with_format(Format::csv);
  options.columns = {"done", "name"};
  const std::vector<Column> columns{{"name", Kind::text}, {"recipient", Kind::id}, {"done", Kind::integer}};
  CHECK(render(options, columns, {{"张三", "620102199001011234", "2"}}) == "done,name\n2,张三\n");
  options.columns = {"nmae"};
  CHECK_THROWS_WITH_AS(render(options, columns, {}),
                       "--columns: this table has no column 'nmae' (it has name,recipient,done)", jiedui::UsageError);
}

TEST_CASE("html masks an ID in its title and heading unless reveal") {
  Options options = with_format(Format::html);
  options.title = "jiedui explain 62010219900101123X";
  const std::string page = render(options, {{"a", Kind::text}}, {});
  CHECK(page.find("<title>jiedui explain 620102********123X</title>") != std::string::npos);
  CHECK(page.find("<h1>jiedui explain 620102********123X</h1>") != std::string::npos);
  CHECK(page.find("62010219900101123X") == std::string::npos);
  options.reveal = true;
  CHECK(render(options, {{"a", Kind::text}}, {}).find("<h1>jiedui explain 62010219900101123X</h1>") != std::string::npos);
}

TEST_CASE("every text-like cell is masked, numbers and lists of line numbers never") {
  const std::vector<Column> columns{{"reason", Kind::text}, {"phone", Kind::phone}, {"funds", Kind::money},
                                    {"records", Kind::numbers}, {"cadre", Kind::id}};
  const Rows rows{{"转给 138-7172-7374 联系", "+86 189 7172 7374", "99999999999.00", "120345 120346 120347",
                   "62010219900101123412"}};
  CHECK(render(with_format(Format::csv), columns, rows) ==
        "reason,phone,funds,records,cadre\n"
        "转给 138-****-7374 联系,'+86 1** **** 7374,99999999999.00,120345 120346 120347,620102**********3412\n");
  Options reveal = with_format(Format::csv);
  reveal.reveal = true;
  CHECK(render(reveal, columns, rows) ==
        "reason,phone,funds,records,cadre\n"
        "转给 138-7172-7374 联系,'+86 189 7172 7374,99999999999.00,120345 120346 120347,62010219900101123412\n");
}

TEST_CASE("html turns controls and noncharacters into U+FFFD, keeps tab and line breaks") {
  const std::string page = render(with_format(Format::html), {{"a", Kind::text}}, {{"x\x01y\x7f\xc2\x85z\xef\xbf\xbe\t\n."}});
  CHECK(page.find("<td>x\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\t\n.</td>") != std::string::npos);
}

TEST_CASE("html without a title is titled jiedui and has no heading") {
  const std::string page = render(with_format(Format::html), {{"a", Kind::text}}, {});
  CHECK(page.find("<title>jiedui</title>\n") != std::string::npos);
  CHECK(page.find("<h1>") == std::string::npos);
  CHECK(page.find("<tbody>\n</tbody>\n") != std::string::npos);
  CHECK(page.find("http") == std::string::npos);  // nothing fetched from elsewhere
}

TEST_CASE("html draws the bar chart above the table and other formats ignore it") {
  Options options = with_format(Format::html);
  options.chart = BarChart{"覆盖率与达标率（%）", {"覆盖率", "达标率"}, {"崆峒区", "静宁<县>"},
                           {{96.7, 100.0}, {100.0, std::nullopt}}};
  const std::vector<Column> columns{{"county", Kind::text}};
  const std::string page = render(options, columns, {{"崆峒区"}});
  const std::size_t svg = page.find("<svg xmlns=\"http://www.w3.org/2000/svg\"");
  REQUIRE(svg != std::string::npos);
  CHECK(svg < page.find("<table>"));
  std::size_t bars = 0;
  for (std::size_t at = page.find("<rect "); at != std::string::npos; at = page.find("<rect ", at + 1)) ++bars;
  CHECK(bars == 3);  // the missing value has no bar, but a dash
  CHECK(page.find(">96.7</text>") != std::string::npos);
  CHECK(page.find("静宁&lt;县&gt;") != std::string::npos);
  CHECK(page.find("<h2>覆盖率与达标率（%）</h2>") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  options.format = Format::csv;
  CHECK(render(options, columns, {{"崆峒区"}}) == "county\n崆峒区\n");
}

TEST_CASE("html never applies the formula guard") {
  const std::string page = render(with_format(Format::html), {{"a", Kind::text}}, {{"=1+1"}});
  CHECK(page.find("<td>=1+1</td>") != std::string::npos);
}

TEST_CASE("reveal shows IDs and phones in full in every format") {
  Options options = with_format(Format::csv);
  options.reveal = true;
  const std::vector<Column> columns{{"recipient", Kind::id}, {"phone", Kind::phone}};
  const Rows rows{{"620102199001011234", "13812345678"}};
  CHECK(render(options, columns, rows) == "recipient,phone\n620102199001011234,13812345678\n");
  options.format = Format::jsonl;
  CHECK(render(options, columns, rows) == "{\"recipient\":\"620102199001011234\",\"phone\":\"13812345678\"}\n");
  options.format = Format::md;
  CHECK(render(options, columns, rows) == "| recipient | phone |\n| --- | --- |\n| 620102199001011234 | 13812345678 |\n");
}

TEST_CASE("lang zh uses Chinese headers in every format, JSON keys included") {
  const std::vector<Column> columns{{"cadre_name", Kind::text}, {"visits", Kind::integer}, {"unknown_col", Kind::text}};
  const Rows rows{{"王五", "2", "x"}};
  Options options = with_format(Format::csv);
  options.lang = Lang::zh;
  CHECK(render(options, columns, rows) == "结对干部姓名,走访探视,unknown_col\n王五,2,x\n");
  options.format = Format::tsv;
  CHECK(render(options, columns, rows) == "结对干部姓名\t走访探视\tunknown_col\n王五\t2\tx\n");
  options.format = Format::jsonl;
  CHECK(render(options, columns, rows) == "{\"结对干部姓名\":\"王五\",\"走访探视\":2,\"unknown_col\":\"x\"}\n");
  options.format = Format::md;
  CHECK(render(options, columns, rows) ==
        "| 结对干部姓名 | 走访探视 | unknown_col |\n| --- | ---: | --- |\n| 王五 | 2 | x |\n");
  options.format = Format::html;
  CHECK(render(options, columns, rows).find("<th>结对干部姓名</th><th class=\"num\">走访探视</th>") != std::string::npos);
}

}  // TEST_SUITE
