// Cards (lib/card/): the sentences written from the rules in effect, the
// ticked boxes and blanks of a card, escaping of ledger values, the village
// phones of jiedui.toml, and the template registry.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "card/card_document.hpp"
#include "card/card_selection.hpp"
#include "card/card_template.hpp"
#include "card/card_text.hpp"
#include "ledger/config.hpp"
#include "card/record_book.hpp"
#include "error.hpp"
#include "ledger/config.hpp"
#include "rules/rule.hpp"
#include "test_out_string_sink.hpp"

using namespace jiedui;
using ledger::Category;

namespace {

std::vector<const rules::Rule*> rules_of(const rules::RuleSet& set, Category c, std::string_view level = "") {
  return set.rules_for(c, level);
}

// A 望城街道 page (form or agreement) for `r` in 双河村 on 2026-11-20.
std::string wangcheng_page(void (*page)(const card::CardSubject&, const card::CardOptions&, std::string&),
                           const ledger::Recipient& r, const ledger::Cadre* cadre, const ledger::Cadre* helper,
                           const std::vector<const rules::Rule*>& rules, const ledger::SubsidyStandards* subsidy = nullptr,
                           bool reveal = false) {
  using namespace date::literals;
  const ledger::District d{"六安市", "金安区", "望城街道", "双河村"};
  card::CardSubject s{&r, &d, cadre, &rules, "", helper, date::sys_days{2026_y / 11 / 20}, subsidy};
  std::string html;
  page(s, card::CardOptions{reveal}, html);
  return html;
}

bool has(const std::string& html, std::string_view text) { return html.find(text) != std::string::npos; }

std::string gansu_card(const ledger::Recipient& r, const ledger::Cadre* cadre,
                       const std::vector<const rules::Rule*>& rules, bool reveal = false) {
  const ledger::District d{"平凉市", "崆峒区", "峡门回族乡", "吴坡村"};
  card::CardSubject s{&r, &d, cadre, &rules, ""};
  std::string html;
  card::gansu_page(s, card::CardOptions{reveal}, html);
  return html;
}

}  // namespace

TEST_SUITE("card::card_text") {
  TEST_CASE("gansu profile writes the card's own sentence: 4 contacts and 2 visits a year") {
    const rules::Profile p = rules::builtin_profile("gansu");
    CHECK(card::gansu_frequency(rules_of(p.rules, Category::orphan)) ==
          "结对干部每年通过电话、短信、微信、书信等方式与关爱对象联系交流不少于4次，"
          "到关爱对象家庭或所在机构实地走访探视不少于2次");
  }

  TEST_CASE("pingliang profile adds the yearly help clause") {
    const rules::Profile p = rules::builtin_profile("pingliang");
    CHECK(card::gansu_frequency(rules_of(p.rules, Category::disabled))
              .ends_with("，为关爱对象解决困难问题、协调落实政策或帮办实事不少于1件"));
  }

  TEST_CASE("a rules.csv with other numbers and periods changes the sentence, max_gap included") {
    ledger::CollectingSink sink;
    const rules::RuleSet set = rules::parse_rules_text(
        "category,level,measure,min,per,max_gap\norphan,*,contacts,2,month,\norphan,*,visits,1,quarter,40\n"
        "orphan,*,any,1,3d,\n",
        "rules.csv", sink);
    CHECK(card::gansu_frequency(rules_of(set, Category::orphan)) ==
          "结对干部每月通过电话、短信、微信、书信等方式与关爱对象联系交流不少于2次，"
          "每季度到关爱对象家庭或所在机构实地走访探视不少于1次，两次之间相隔不超过40天，"
          "每3天与关爱对象联系交流或走访探视不少于1次");
  }

  TEST_CASE("shapingba service content follows the notice's words for each category") {
    const rules::Profile p = rules::builtin_profile("shapingba");
    CHECK(card::shapingba_frequency(rules_of(p.rules, Category::orphan)) == "每周联系1次");
    CHECK(card::shapingba_frequency(rules_of(p.rules, Category::dibao)) == "每月联系1次");
    CHECK(card::shapingba_frequency(rules_of(p.rules, Category::elderly_alone, "high")) ==
          "每周电话关心慰问3次，入户探望1次");
    CHECK(card::shapingba_frequency(rules_of(p.rules, Category::elderly_alone, "other")) ==
          "每周电话关心慰问1次，每月入户探望1次");
    CHECK(card::shapingba_frequency(rules_of(p.rules, Category::elderly_alone, "daily")) == "每天联系1次");
  }

  TEST_CASE("no rule gives no sentence (the card leaves a blank)") {
    const rules::Profile p = rules::builtin_profile("gansu");
    CHECK(card::gansu_frequency(rules_of(p.rules, Category::dibao)).empty());
    CHECK(card::shapingba_frequency({}).empty());
  }

  TEST_CASE("dates as the forms write them") {
    using namespace date::literals;
    CHECK(card::month_day_chinese(date::sys_days{2026_y / 10 / 4}) == "10月4日");
    CHECK(card::year_month_chinese({true, true, date::sys_days{2012_y / 2 / 1}}) == "2012年02月");
    CHECK(card::year_month_chinese({}).empty());
    CHECK(card::item_chinese("talk") == "联系交流");
    CHECK(card::item_chinese("mystery") == "mystery");
  }
}

TEST_SUITE("card::gansu_page") {
  TEST_CASE("the recipient's category box is ticked, the others left open") {
    ledger::Recipient r;
    r.name = "张三";
    r.category = Category::unsupported_child;
    const std::string html = gansu_card(r, nullptr, {});
    CHECK(html.find("孤儿（孤儿□ 事实无人抚养儿童☑）　困难重度残疾人□　特困家庭□") != std::string::npos);
    CHECK(html.find("其他") == std::string::npos);
    r.category = Category::elderly_alone;
    CHECK(gansu_card(r, nullptr, {}).find("特困家庭□　其他☑（独居老人）") != std::string::npos);
  }

  TEST_CASE("ledger values are escaped; empty data is a blank, never null or undefined") {
    ledger::Recipient r;
    r.name = "<script>alert(\"x\")</script>&";
    r.category = Category::orphan;
    const std::string html = gansu_card(r, nullptr, {});
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;") != std::string::npos);
    CHECK(html.find("null") == std::string::npos);
    CHECK(html.find("undefined") == std::string::npos);
    // No rule: an underlined blank in the standard paragraph.
    CHECK(html.find("次数：<span class=\"blank\"") != std::string::npos);
  }

  TEST_CASE("IDs are masked unless reveal; the cadre's phone is printed in full") {
    ledger::Recipient r;
    r.id = "620802201202290177";
    r.guardian_id = "620802198504227937";
    ledger::Cadre c;
    c.name = "冯亚楠";
    c.phone = "18796478029";
    const std::string masked = gansu_card(r, &c, {});
    CHECK(masked.find("620802********0177") != std::string::npos);
    CHECK(masked.find("620802********7937") != std::string::npos);
    CHECK(masked.find("620802201202290177") == std::string::npos);
    CHECK(masked.find("18796478029") != std::string::npos);
    // The guardian's gender and birth month come from the guardian's ID.
    CHECK(masked.find("1985年04月") != std::string::npos);
    CHECK(gansu_card(r, &c, {}, true).find("620802201202290177") != std::string::npos);
  }
}

TEST_SUITE("card::VillagePhones") {
  TEST_CASE("the most specific [phones] path wins; quoted keys are paths") {
    const ledger::Config config = ledger::Config::parse(
        "[phones]\n\"平凉市/崆峒区/峡门回族乡/吴坡村\" = \"0933-8123456\"\n\"平凉市/崆峒区\" = \"0933-8000000\"\n",
        "jiedui.toml");
    const card::VillagePhones phones(config);
    CHECK(phones.phone_of({"平凉市", "崆峒区", "峡门回族乡", "吴坡村"}) == "0933-8123456");
    CHECK(phones.phone_of({"平凉市", "崆峒区", "白水镇", "某村"}) == "0933-8000000");
    CHECK(phones.phone_of({"平凉市", "静宁县", "城关镇", "某村"}).empty());
  }
}

TEST_SUITE("card::card_templates") {
  TEST_CASE("every template of the programme documents is known, the two of 望城街道 included") {
    CHECK(card::find_card_template("gansu").name == "gansu");
    CHECK(card::card_templates().front().name == "gansu");
    CHECK((card::find_card_template("wangcheng-form").page == &card::wangcheng_form_page));
    CHECK(card::find_card_template("wangcheng-form").shows_helper);
    CHECK(card::find_card_template("wangcheng-agreement").unit == card::CardUnit::helper_pairing);
    CHECK_FALSE(card::find_card_template("gansu").shows_helper);
    CHECK_THROWS_WITH_AS(card::find_card_template("gansuu"), doctest::Contains("unknown template 'gansuu'"),
                         UsageError);
  }

  TEST_CASE("a document is one page section per card, streamed to the sink") {
    out::testing::StringSink sink;
    card::CardDocument doc(sink, "标题<", "");
    doc.page("<p>一</p>");
    doc.page("<p>二</p>");
    doc.finish();
    CHECK(doc.pages() == 2);
    const std::string& html = sink.bytes();
    CHECK(html.find("<title>标题&lt;</title>") != std::string::npos);
    CHECK(html.find("@page { size: A4 portrait;") != std::string::npos);
    CHECK(html.find("break-after: page") != std::string::npos);
    CHECK(html.ends_with("</body>\n</html>\n"));
  }
}

TEST_SUITE("card::RecordBook") {
  using namespace date::literals;

  struct BookFixture {
    ledger::Ledger ledger;
    BookFixture() {
      ledger.districts = {{"平凉市", "崆峒区", "白水镇", "白水村"}, {"平凉市", "崆峒区", "白水镇", "崖湾村"}};
      ledger::Recipient a;
      a.name = "张三";
      a.category = Category::extremely_poor;
      a.district = 0;
      ledger::Recipient b = a;
      b.name = "李四";
      b.district = 1;
      ledger.recipients = {a, b};
      ledger::Cadre c;
      c.name = "王五";
      ledger.cadres = {c};
    }
    std::string render(int records_in_month, std::string_view notes = "电话未接通") {
      card::RecordBookFilter filter;
      filter.villages = {0};
      card::RecordBook book(ledger, filter, {date::sys_days{2026_y / 10 / 1}, date::sys_days{2026_y / 10 / 31}},
                            date::sys_days{2026_y / 11 / 20}, {});
      ledger::Visit v;
      v.mode = ledger::Mode::home;
      v.items = "talk;gift";
      v.notes = notes;
      v.date = date::sys_days{2026_y / 9 / 30};  // before the month
      book.add(v);
      v.recipient = 1;  // another village
      v.date = date::sys_days{2026_y / 10 / 3};
      book.add(v);
      v.recipient = 0;
      for (int i = 0; i < records_in_month; ++i) {
        v.date = date::sys_days{2026_y / 10 / date::day(1 + i % 28)};
        v.funds_fen = i == 0 ? 15050 : 0;
        book.add(v);
      }
      CHECK(book.records() == static_cast<std::size_t>(records_in_month));
      out::testing::StringSink sink;
      card::CardDocument doc(sink, "台账", card::kRecordBookStyle);
      book.render(doc);
      doc.finish();
      return sink.bytes();
    }
  };

  std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  }

  TEST_CASE("20 records of a village: 15 on the first page, 5 on a （续） page padded with blank rows") {
    BookFixture f;
    const std::string html = f.render(20);
    CHECK(count(html, "<section class=\"page\">") == 2);
    CHECK(count(html, "关爱服务记录台账（续）") == 1);
    CHECK(count(html, "<th>实施关爱<br>工作人员<br>（记录人）</th>") == 2);  // the header on every page
    CHECK(html.find("第2页　共2页") != std::string::npos);
    CHECK(html.find("<td class=\"c\">16</td>") != std::string::npos);  // 序号 runs on
    CHECK(html.find("<td class=\"c\">21</td>") == std::string::npos);
    CHECK(count(html, "<tr><td></td><td></td>") == 10);
    CHECK(html.find("李四") == std::string::npos);  // another village
    CHECK(html.find("<td class=\"c\">10月1日</td><td class=\"c\">入户走访</td><td>联系交流、赠送物品；电话未接通</td>"
                    "<td class=\"c\">特困人员</td><td class=\"c\">张三</td><td class=\"c\">王五</td>"
                    "<td>资助资金150.50元</td>") != std::string::npos);
  }

  TEST_CASE("a village without records gets one blank page to fill by hand") {
    BookFixture f;
    const std::string html = f.render(0);
    CHECK(count(html, "<section class=\"page\">") == 1);
    CHECK(count(html, "<tr><td></td><td></td>") == card::kRowsPerPage);
  }

  TEST_CASE("long notes take more room: fewer rows a page; notes are masked and cut") {
    BookFixture f;
    std::string notes = "联系13812345678，身份证620802201202290177。";
    for (int i = 0; i < 40; ++i) notes += "入户走访，了解近况，";
    const std::string html = f.render(15, notes);
    CHECK(count(html, "<section class=\"page\">") > 2);
    CHECK(html.find("13812345678") == std::string::npos);
    CHECK(html.find("138****5678") != std::string::npos);
    CHECK(html.find("620802********0177") != std::string::npos);
    CHECK(html.find("……</td>") != std::string::npos);
  }
}

TEST_SUITE("card::wangcheng") {
  TEST_CASE("the agreement's 三 is written from the wangcheng rules of the recipient's level") {
    const rules::Profile p = rules::builtin_profile("wangcheng");
    CHECK(card::wangcheng_frequency(rules_of(p.rules, Category::elderly_alone, "3")) ==
          "至少每3天探视走访关爱帮扶对象1次，两次间隔不超过5天");
    CHECK(card::wangcheng_frequency(rules_of(p.rules, Category::elderly_alone, "2")) ==
          "至少每周探视走访关爱帮扶对象1次，两次间隔不超过10天");
    CHECK(card::wangcheng_frequency(rules_of(p.rules, Category::orphan, "1")) ==
          "至少每半月探视走访关爱帮扶对象1次，两次间隔不超过20天");
    CHECK(card::wangcheng_frequency({}).empty());
  }

  TEST_CASE("人员类别 follows the plan's five classes; a category it does not name is left to the clerk") {
    CHECK(card::wangcheng_class(Category::extremely_poor) == 1);
    CHECK(card::wangcheng_class(Category::elderly_alone) == 2);
    CHECK(card::wangcheng_class(Category::needy_disabled) == 3);
    CHECK(card::wangcheng_class(Category::disabled) == 3);
    CHECK(card::wangcheng_class(Category::care_deficit) == 4);
    CHECK(card::wangcheng_class(Category::orphan) == 5);
    CHECK(card::wangcheng_class(Category::child_in_difficulty) == 5);
    CHECK(card::wangcheng_class(Category::dibao) == 0);
    CHECK(card::wangcheng_class(Category::left_behind_child) == 0);
  }

  TEST_CASE("the form: class, level, ticked policy boxes, the cadre and the helper with position and phone") {
    ledger::Recipient r;
    r.id = "341502193801013024";
    r.name = "陈玉珍";
    r.category = Category::extremely_poor;
    r.level = "3";
    r.birth = {true, false, date::sys_days{date::year{1938} / 1 / 1}};
    ledger::Cadre c, h;
    c.name = "孙丽";
    c.position = "社区党委书记、主任";
    c.phone = "13905641002";
    h.name = "何军";
    h.position = "青山社区党员";
    h.phone = "15856402004";
    const std::string html = wangcheng_page(card::wangcheng_form_page, r, &c, &h, {});
    CHECK(has(html, "（一）类"));
    CHECK(has(html, "（三）级"));
    CHECK(has(html, "（88）岁"));
    CHECK(has(html, "低保对象□</span>　<span class=\"nb\">特困人员☑</span>　<span class=\"nb\">孤儿□"));
    CHECK(has(html, "341502********3024"));
    CHECK_FALSE(has(html, "341502193801013024"));
    CHECK(has(html, "<td class=\"c\" colspan=\"2\">孙丽</td><td class=\"c\" colspan=\"3\">社区党委书记、主任</td>"
                    "<td class=\"c\" colspan=\"2\">13905641002</td>"));
    CHECK(has(html, "联系人</td><td class=\"c\" colspan=\"2\">何军</td>"));
    CHECK(has(html, "15856402004"));
    CHECK(has(html, "现居住地</td><td colspan=\"7\">六安市金安区望城街道双河村</td>"));
    CHECK(has(wangcheng_page(card::wangcheng_form_page, r, &c, &h, {}, nullptr, true), "341502193801013024"));
  }

  TEST_CASE("the form without a helper, level or birth leaves blanks, never null") {
    ledger::Recipient r;
    r.name = "某某";
    r.category = Category::dibao;
    r.dibao_class = 2;
    const std::string html = wangcheng_page(card::wangcheng_form_page, r, nullptr, nullptr, {});
    CHECK(has(html, "（　　）类"));
    CHECK(has(html, "（　　）级"));
    CHECK(has(html, "（　　）岁"));
    CHECK(has(html, "低保对象☑"));
    CHECK(has(html, "联系人</td><td class=\"c\" colspan=\"2\"></td>"));
    CHECK_FALSE(has(html, "null"));
    CHECK_FALSE(has(html, "undefined"));
  }

  TEST_CASE("the agreement: three parties, the level's duty, its subsidy and the strike consequences") {
    const rules::Profile p = rules::builtin_profile("wangcheng");
    ledger::Recipient r;
    r.name = "王桂英";
    r.gender = ledger::Gender::female;
    r.category = Category::elderly_alone;
    r.level = "1";
    ledger::Cadre c, h;
    c.name = "周建华";
    c.phone = "13905641001";
    h.name = "钱玉兰";
    h.phone = "15856402001";
    const std::string one =
        wangcheng_page(card::wangcheng_agreement_page, r, &c, &h, rules_of(p.rules, r.category, "1"));
    CHECK(has(one, "甲方：<u>双河村</u>（村、社）"));
    CHECK(has(one, "乙方：<u>周建华</u>（包保责任人）"));
    CHECK(has(one, "丙方：<u>钱玉兰</u>（关爱帮扶联系人）"));
    CHECK(has(one, "评估等级为一级的关爱帮扶对象，明确协议中乙方的包片村干部为直接责任人，负责包保联系，"
                   "至少每半月探视走访关爱帮扶对象1次，两次间隔不超过20天。"));
    CHECK(has(one, "丙方补助标准为<u>200</u>元/月"));
    CHECK(has(one, "一次警告、两次扣当月奖励资金、三次终止帮扶协议"));
    CHECK(has(one, "联系电话：<u>15856402001</u>"));
    r.level = "3";
    const std::string three =
        wangcheng_page(card::wangcheng_agreement_page, r, &c, &h, rules_of(p.rules, r.category, "3"));
    CHECK(has(three, "评估等级为三级的关爱帮扶对象，明确协议中甲方的主要负责人，负责包保联系，至少每3天"));
    CHECK(has(three, "丙方补助标准为<u>300</u>元/月"));
    r.level = "";
    const std::string unknown = wangcheng_page(card::wangcheng_agreement_page, r, &c, nullptr, {});
    CHECK(has(unknown, "丙方补助标准为<span class=\"blank\""));
    CHECK(has(unknown, "丙方：<span class=\"blank\""));
    CHECK_FALSE(has(unknown, "null"));
  }

  TEST_CASE("jiedui.toml's [subsidy] changes the agreement's amounts; a value that is not yuan is refused") {
    const ledger::SubsidyStandards standard = ledger::subsidy_standards(ledger::Config::parse("", "jiedui.toml"));
    CHECK(standard.for_level("1") == 20000);
    CHECK(standard.for_level("2") == 30000);
    CHECK(standard.for_level("3") == 30000);
    CHECK_FALSE(standard.for_level("4"));
    CHECK_FALSE(standard.for_level(""));
    const ledger::SubsidyStandards raised =
        ledger::subsidy_standards(ledger::Config::parse("[subsidy]\nlevel1 = 250\nlevel3 = 400\n", "jiedui.toml"));
    CHECK(raised.for_level("1") == 25000);
    CHECK(raised.for_level("2") == 30000);
    CHECK(raised.for_level("3") == 40000);
    ledger::Recipient r;
    r.name = "某某";
    r.level = "1";
    const std::string html = wangcheng_page(card::wangcheng_agreement_page, r, nullptr, nullptr, {}, &raised);
    CHECK(has(html, "包保一级对象的关爱帮扶联系人予以 250 元/月的补助，包保二级、三级对象的关爱帮扶联系人予以 "
                    "300（二级）、400（三级） 元/月的补助"));
    CHECK(has(html, "丙方补助标准为<u>250</u>元/月"));
    CHECK_THROWS_WITH_AS(ledger::Config::parse("[subsidy]\nlevel2 = \"三百\"\n", "jiedui.toml"),
                         doctest::Contains("whole number of yuan"), InputError);
  }
}
