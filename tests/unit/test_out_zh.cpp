// --lang zh: ages in years and months, the vocabularies of the cells, bucket
// labels, the audit's details and the catalog of messages (out/zh_*.cpp).
#include <doctest/doctest.h>

#include "audit/age_gap.hpp"
#include "audit/finding.hpp"
#include "ledger/vocab.hpp"
#include "out/zh_text.hpp"
#include "out/zh_values.hpp"
#include "test_audit_fixture.hpp"

using namespace jiedui;
using audit::testing::born;
using audit::testing::born_month;

TEST_SUITE("age wording") {
  TEST_CASE("0 months, 11 months, 1 year, exactly 40 years, 25 years 5 months") {
    CHECK(audit::years_months(0) == "0 months");
    CHECK(audit::years_months(1) == "1 month");
    CHECK(audit::years_months(11) == "11 months");
    CHECK(audit::years_months(12) == "1 year");
    CHECK(audit::years_months(13) == "1 year 1 month");
    CHECK(audit::years_months(479) == "39 years 11 months");
    CHECK(audit::years_months(480) == "40 years");
    CHECK(audit::years_months(305) == "25 years 5 months");
    CHECK(out::zh_years_months(0) == "0个月");
    CHECK(out::zh_years_months(11) == "11个月");
    CHECK(out::zh_years_months(12) == "1岁");
    CHECK(out::zh_years_months(480) == "40岁");
    CHECK(out::zh_years_months(305) == "25岁5个月");
  }

  TEST_CASE("completed months: a month completes on the same day of a later month") {
    CHECK(audit::months_between(born("1976-05-10"), born("2016-05-10")) == 480);  // exactly 40 years
    CHECK(audit::months_between(born("1976-05-11"), born("2016-05-10")) == 479);  // one day short
    CHECK(audit::months_between(born("2016-05-10"), born("2016-05-10")) == 0);
    CHECK(audit::months_between(born("2016-05-10"), born("2016-06-09")) == 0);
    CHECK(audit::months_between(born("2016-05-10"), born("2017-05-09")) == 11);
    CHECK(audit::months_between(born("2016-05-10"), born("2015-05-10")) == -12);  // later comes first
    // At month precision: the month difference (SPEC's 480 apart for 1980-05 and 2020-05-01).
    CHECK(audit::months_between(born_month("1980-05"), born("2020-05-01")) == 480);
    CHECK(audit::months_between(born_month("1980-06"), born("2020-05-01")) == 479);
    // months / 12 is completed_years, 29 February included.
    CHECK(*audit::months_between(born("2008-02-29"), born("2026-02-28")) / 12 ==
          audit::completed_years(audit::testing::day("2008-02-29"), audit::testing::day("2026-02-28")));
    CHECK(*audit::months_between(born("2008-02-29"), born("2026-03-01")) == 216);
    CHECK(!audit::months_between(ledger::Birth{}, born("2026-03-01")));
  }
}

TEST_SUITE("zh values") {
  TEST_CASE("each closed vocabulary by its column's name; other text as it is") {
    CHECK(out::zh_value("severity", "error") == "错误");
    CHECK(out::zh_value("severity", "warning") == "警告");
    CHECK(out::zh_value("code", "contacts-missed") == "联系交流次数不足");
    CHECK(out::zh_value("code", "bad-id") == "身份证号有误");
    CHECK(out::zh_value("status", "on_track") == "进度正常");
    CHECK(out::zh_value("category", "unsupported_child") == "事实无人抚养儿童");
    CHECK(out::zh_value("mode", "home") == "家庭");
    CHECK(out::zh_value("role", "helper") == "关爱帮扶联系人");
    CHECK(out::zh_value("measure", "any") == "联系走访");
    CHECK(out::zh_value("per", "halfmonth") == "半月");
    CHECK(out::zh_value("per", "3d") == "3天");
    CHECK(out::zh_value("visited", "yes") == "是");
    CHECK(out::zh_value("items", "talk;study;cook") == "联系交流;引导学习;cook");
    CHECK(out::zh_value("must", "hospital") == "重症住院");
    CHECK(out::zh_value("city", "total") == "合计");
    CHECK(out::zh_value("city", "平凉市") == "平凉市");
    CHECK(out::zh_value("recipient_name", "error") == "error");  // not a vocabulary column
    CHECK(out::zh_value("code", "some-new-code") == "some-new-code");
    CHECK(out::zh_value("severity", "") == "");
  }

  TEST_CASE("every finding code of the audit has its Chinese") {
    for (const std::string& code : audit::finding_codes()) {
      INFO(code);
      CHECK(out::zh_code(code) != code);
    }
  }

  TEST_CASE("every check code has its Chinese") {
    for (int c = 0; c <= static_cast<int>(ledger::Code::pairing_after_exit); ++c) {
      const std::string_view code = ledger::code_name(static_cast<ledger::Code>(c));
      INFO(code);
      CHECK(out::zh_code(code) != code);
    }
  }

  TEST_CASE("bucket labels") {
    CHECK(out::zh_bucket_label("2026-W05") == "2026年第5周");
    CHECK(out::zh_bucket_label("2026-06 1st half") == "2026年6月上半月");
    CHECK(out::zh_bucket_label("2026-06 2nd half") == "2026年6月下半月");
    CHECK(out::zh_bucket_label("2026-06") == "2026年6月");
    CHECK(out::zh_bucket_label("2026Q2") == "2026年第2季度");
    CHECK(out::zh_bucket_label("2026") == "2026年");
    CHECK(out::zh_bucket_label("2026-06-01..2026-06-03") == "2026-06-01至2026-06-03");
    CHECK(out::zh_bucket_label("2026-06-01") == "2026-06-01");
  }
}

TEST_SUITE("zh texts") {
  TEST_CASE("a gender-mismatch detail says the gap in years and months") {
    audit::Finding f;
    f.code = "gender-mismatch";
    f.detail_args = {"female", "orphan", "male", "305", "40", ""};
    CHECK(out::zh_finding_detail(f) == "女性孤儿由男性干部结对，干部年长25岁5个月（需年长40岁以上）");
    f.detail_args = {"female", "orphan", "male", "480", "40", ""};
    f.code = "gender-exception";
    CHECK(out::zh_finding_detail(f) == "女性孤儿由男性干部结对，干部年长40岁（需年长40岁以上）");
    f.detail_args = {"female", "orphan", "male", "", "40", "cadre"};
    f.code = "gender-unverifiable";
    CHECK(out::zh_finding_detail(f) == "女性孤儿由男性干部结对；缺少干部的出生年月，无法核实年龄差（需年长40岁以上）");
  }

  TEST_CASE("compliance and gap details") {
    audit::Finding f;
    f.code = "contacts-missed";
    f.detail_args = {"contacts", "4", "year", "1", "0", "2", "1", "1"};
    CHECK(out::zh_finding_detail(f) ==
          "要求每年联系交流4次（按在期天数折算），应完成2次，已完成0次；共1个周期，1个未达标");
    f.code = "any-behind";
    f.detail_args = {"any", "1", "week", "0", "3", "4", "2026-W05"};
    CHECK(out::zh_finding_detail(f) == "要求每周联系走访1次，应完成4次，已完成3次；2026年第5周进度滞后");
    f.code = "overdue";
    f.detail_args = {"any", "16", "2026-03-20", "5"};
    CHECK(out::zh_finding_detail(f) == "16天未联系走访（截至2026-03-20）（最长间隔5天）");
  }

  TEST_CASE("a finding without detail_args falls back to the message catalog, else its English") {
    audit::Finding f;
    f.code = "helper-strike";
    f.detail = "something new";
    CHECK(out::zh_finding_detail(f) == "something new");
  }

  TEST_CASE("check messages: holes carry over, specific patterns first, unknown text stays") {
    CHECK(out::zh_message("'fax' is not a mode (phone 电话, sms 短信)") ==
          "“fax”不是关爱方式（电话、短信、微信、书信、入户、机构、其他）");
    CHECK(out::zh_message("gender '女' disagrees with the ID (male)") == "性别“女”与身份证号不符（应为男）");
    CHECK(out::zh_message("birth 2999-01 is after today (2026-11-20)") == "出生年月2999-01晚于当日（2026-11-20）");
    CHECK(out::zh_message("2999-01-01 is after today (2026-11-20)") == "2999-01-01晚于当日（2026-11-20）");
    CHECK(out::zh_message("row has 3 fields; the header has 13") == "本行有3个字段，表头有13个");
    CHECK(out::zh_message("check: 1 error, 0 warnings in 10 recipients, 4 cadres, 4 pairings, 2 work records") ==
          "检查：错误1条，警告0条；关爱对象10人，结对干部4人，结对关系4条，工作记录2条");
    CHECK(out::zh_message("3 items due as of 2026-11-20, 1 overdue") == "截至2026-11-20待办3项，其中已逾期1项");
    CHECK(out::zh_message("a message of a later version") == "a message of a later version");
    CHECK(out::zh_message("") == "");
  }
}

TEST_SUITE("items vocabulary") {
  TEST_CASE("the form's boxes: code or Chinese name to code, code to the first Chinese name") {
    CHECK(ledger::parse_item("talk") == "talk");
    CHECK(ledger::parse_item("联系交流") == "talk");
    CHECK(ledger::parse_item("安全隐患") == "safety");
    CHECK(!ledger::parse_item("cook"));
    CHECK(ledger::item_chinese("study") == "引导学习");
    CHECK(ledger::item_chinese("cook") == "cook");
    CHECK(ledger::map_list(" talk ; ;study", [](std::string_view s) { return s; }) == "talk;study");
  }
}
