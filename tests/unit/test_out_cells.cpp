// The cell rules every format shares, and the format names.
#include <doctest/doctest.h>

#include "out/table_writer.hpp"

using namespace jiedui::out;

TEST_SUITE("out::cells") {

TEST_CASE("mask_id keeps the first 6 and last 4 of an 18- or 15-character resident ID") {
  CHECK(mask_id("620102199001011234") == "620102********1234");
  CHECK(mask_id("62010219900101123X") == "620102********123X");
  CHECK(mask_id("62010219900101123x") == "620102********123x");
  CHECK(mask_id("620102900101123") == "620102*****1123");
}

TEST_CASE("mask_id leaves anything that is not a resident ID unchanged") {
  CHECK(mask_id("") == "");
  CHECK(mask_id("C-0012") == "C-0012");
  CHECK(mask_id("6201021990010112345") == "6201021990010112345");  // 19 digits
  CHECK(mask_id("62010219900101123Y") == "62010219900101123Y");
  CHECK(mask_id("6201021990X1011234") == "6201021990X1011234");
  CHECK(mask_id("62010290010112X") == "62010290010112X");  // 15-digit IDs have no check character
}

TEST_CASE("mask_phone keeps the first 3 and last 4 of a digit string of 8 or more") {
  CHECK(mask_phone("13812345678") == "138****5678");
  CHECK(mask_phone("09318123456") == "093****3456");
  CHECK(mask_phone("12345678") == "123*5678");
}

TEST_CASE("mask_phone leaves short or non-digit phone numbers unchanged") {
  CHECK(mask_phone("") == "");
  CHECK(mask_phone("1234567") == "1234567");
  CHECK(mask_phone("138-1234-5678") == "138-1234-5678");
  CHECK(mask_phone("+8613812345678") == "+8613812345678");
  CHECK(mask_phone("无") == "无");
}

TEST_CASE("guard_formula prefixes a quote to text a spreadsheet would evaluate") {
  CHECK(guard_formula("=SUM(A1)") == "'=SUM(A1)");
  CHECK(guard_formula("+86") == "'+86");
  CHECK(guard_formula("-1") == "'-1");
  CHECK(guard_formula("@cmd") == "'@cmd");
  CHECK(guard_formula("\t=1") == "'\t=1");
  CHECK(guard_formula("\r=1") == "'\r=1");
  CHECK(guard_formula("") == "");
  CHECK(guard_formula("张三=1") == "张三=1");
  CHECK(guard_formula(" =1") == " =1");
}

TEST_CASE("parse_format knows the eight format names, in any case") {
  CHECK(parse_format("table") == Format::table);
  CHECK(parse_format("csv") == Format::csv);
  CHECK(parse_format("TSV") == Format::tsv);
  CHECK(parse_format("json") == Format::json);
  CHECK(parse_format("jsonl") == Format::jsonl);
  CHECK(parse_format("md") == Format::md);
  CHECK(parse_format("Html") == Format::html);
  CHECK(parse_format("xlsx") == Format::xlsx);
  CHECK_FALSE(parse_format("xls").has_value());
  CHECK_FALSE(parse_format("").has_value());
}

TEST_CASE("format_name is the inverse of parse_format") {
  for (const Format format : {Format::table, Format::csv, Format::tsv, Format::json, Format::jsonl, Format::md,
                              Format::html, Format::xlsx}) {
    CHECK(parse_format(format_name(format)) == format);
  }
  CHECK(format_name(Format::jsonl) == "jsonl");
}

TEST_CASE("format_from_path picks the format from the extension, in any case") {
  CHECK(format_from_path("out.csv") == Format::csv);
  CHECK(format_from_path("/exports/2026-05.CSV") == Format::csv);
  CHECK(format_from_path("a.tsv") == Format::tsv);
  CHECK(format_from_path("a.tab") == Format::tsv);
  CHECK(format_from_path("a.json") == Format::json);
  CHECK(format_from_path("a.jsonl") == Format::jsonl);
  CHECK(format_from_path("a.ndjson") == Format::jsonl);
  CHECK(format_from_path("报告.md") == Format::md);
  CHECK(format_from_path("a.html") == Format::html);
  CHECK(format_from_path("a.HTM") == Format::html);
  CHECK(format_from_path("a.xlsx") == Format::xlsx);
  CHECK(format_from_path("a.txt") == Format::table);
}

TEST_CASE("format_from_path gives nothing for an unknown or missing extension") {
  CHECK_FALSE(format_from_path("a.xls").has_value());
  CHECK_FALSE(format_from_path("report").has_value());
  CHECK_FALSE(format_from_path("dir.csv/report").has_value());
  CHECK_FALSE(format_from_path(".csv").has_value());
  CHECK_FALSE(format_from_path("-").has_value());
  CHECK_FALSE(format_from_path("").has_value());
}

TEST_CASE("zh_header gives the seed forms' Chinese names and falls back to the name") {
  CHECK(zh_header("city") == "市（州）");
  CHECK(zh_header("recipient") == "关爱对象身份证号");
  CHECK(zh_header("funds") == "资助资金（元）");
  CHECK(zh_header("compliance") == "达标率");
  CHECK(zh_header("unsupported_child") == "事实无人抚养儿童");
  CHECK(zh_header("homeless") == "生活无着流浪乞讨人员");
  CHECK(zh_header("no_such_column") == "no_such_column");
  CHECK(zh_header("") == "");
}

  TEST_CASE("unguard_formula takes off only the ' that guard_formula adds") {
    for (std::string_view text : {"=SUM(A1)", "+86", "-food", "@x", "\tx", "\rx", "plain", "'quoted", "", "'"})
      CHECK(unguard_formula(guard_formula(text)) == text);
    CHECK(unguard_formula("'=1+1") == "=1+1");
    CHECK(unguard_formula("'abc") == "'abc");  // not a guard: kept as written
    CHECK(unguard_formula("''=x") == "''=x");
  }
}  // TEST_SUITE
