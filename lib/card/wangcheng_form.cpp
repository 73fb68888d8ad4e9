// 《金安区望城街道特殊困难群体基本信息采集表》 (《金安区望城街道特殊困难群体关爱
// 帮扶长效机制实施方案》附件1): the recipient, the policies, the level, the
// family, the 包保责任人 and the 关爱帮扶联系人, in the form's rows and order,
// with its 审核意见 and 填表说明. What the ledgers do not hold (婚姻状况, 固定
// 电话, the family's address, the 街道 cadre) is a blank cell to fill by hand.
#include <fmt/format.h>

#include "audit/age_gap.hpp"
#include "card/card_document.hpp"
#include "card/card_template.hpp"
#include "card/card_text.hpp"
#include "ledger/vocab.hpp"
#include "out/table_writer.hpp"

namespace jiedui::card {

// Eight columns: a label column wide enough for 关爱帮扶对象姓名 on two lines,
// then value and label columns; every value wraps inside its cell.
const std::string_view kWangchengFormStyle = R"(table.wc td { height: 12.5mm; font-size: 10.5pt; }
table.wc td.l { text-align: center; font-size: 10pt; padding: 1mm; }
table.wc td.h { text-align: center; font-weight: bold; }
table.wc td.c { text-align: center; }
table.wc td.review { height: 30mm; vertical-align: top; }
table.wc td.review .sign { text-align: right; margin-top: 12mm; padding-right: 8mm; }
table.wc td.notes { font-size: 9pt; line-height: 1.55; text-align: justify; height: auto; }
table.wc .kind { font-size: 9pt; margin-left: 1.5mm; }
table.wc .nb { white-space: nowrap; }
)";

namespace {

// 填表说明, as printed under the form.
constexpr std::string_view kNotes =
    "填表说明：1、人员类别：一类为自理能力不足的分散供养特困人员，二类为生活自理能力不足的空巢老人、留守老人，"
    "三类为生活照料存在困难的重度残疾人、重病患者，四类为赡养、抚养缺失或照护不到位人员，五类为困境儿童；"
    "2、关爱帮扶等级为：一级、二级、三级；3、与关爱帮扶对象关系：配偶、子女、父母、法定监护（照料）人；"
    "4、村（居）关爱帮扶联系人填写村民小组长、网格员、志愿者、党员等；5、审核意见为：是否同意上报。";

void td(std::string& html, std::string_view cls, int span, std::string_view content) {
  html += "<td";
  if (!cls.empty()) html += fmt::format(" class=\"{}\"", cls);
  if (span > 1) html += fmt::format(" colspan=\"{}\"", span);
  html += ">";
  html += content;
  html += "</td>";
}

// "（ 12 ）岁", or the brackets left open for the clerk.
std::string age_text(const ledger::Birth& birth, ledger::Day as_of) {
  const std::optional<audit::AgeGap> age = audit::age_on(birth, as_of);
  if (!age || age->amount < 0) return "（　　）岁";
  return fmt::format("（{}）岁", age->in_months ? age->amount / 12 : age->amount);
}

// "（ 二 ）级" for a level of 1–3, the level as written otherwise.
std::string level_text(std::string_view level) {
  if (level.size() == 1 && level[0] >= '1' && level[0] <= '3')
    return fmt::format("（{}）级", chinese_numeral(level[0] - '0'));
  if (level.empty()) return "（　　）级";
  return escape(level);
}

// 享受政策情况: the boxes the ledgers can tick (低保, 特困, 孤儿); 建档立卡
// and 两项补贴 are not held, so they stay open for the clerk.
std::string policy_boxes(const ledger::Recipient& r) {
  using ledger::Category;
  // Each box with its words: a line breaks between boxes, never inside one.
  return fmt::format("<span class=\"nb\">建档立卡贫困户{}</span>　<span class=\"nb\">低保对象{}</span>　<span "
                     "class=\"nb\">特困人员{}</span>　<span class=\"nb\">孤儿{}</span>　<span "
                     "class=\"nb\">残疾人“两项补贴”对象{}</span>　<span class=\"nb\">其他：{}</span>",
                     box(false),
                     box(r.category == Category::dibao || r.dibao_class != 0),
                     box(r.category == Category::extremely_poor), box(r.category == Category::orphan), box(false),
                     fill("", 5));
}

// A person row of 包保责任人情况: label, name, position, phone.
void person_row(std::string& html, std::string_view label, const ledger::Cadre* person) {
  html += "<tr>";
  td(html, "l", 1, label);
  td(html, "c", 2, person ? escape(person->name) : std::string());
  td(html, "c", 3, person ? escape(person->position) : std::string());
  td(html, "c", 2, person ? escape(person->phone) : std::string());
  html += "</tr>\n";
}

}  // namespace

void wangcheng_form_page(const CardSubject& s, const CardOptions& options, std::string& html) {
  const ledger::Recipient& r = *s.recipient;
  const ledger::District& d = *s.district;
  html += "<h1>金安区望城街道特殊困难群体基本信息采集表</h1>\n<table class=\"wc\">\n<colgroup>";
  for (const int width : {16, 14, 8, 10, 8, 12, 12, 20}) html += fmt::format("<col style=\"width:{}%\">", width);
  html += "</colgroup>\n<tr>";
  td(html, "l", 1, "关爱帮扶<br>对象姓名");
  td(html, "", 1, escape(r.name));
  td(html, "l", 1, "性别");
  td(html, "c", 1, escape(ledger::gender_chinese(r.gender)));
  td(html, "l", 1, "年龄");
  td(html, "c", 1, age_text(r.birth, s.as_of));
  td(html, "l", 1, "婚姻状况");
  td(html, "", 1, "");
  html += "</tr>\n<tr>";
  td(html, "l", 1, "身份证号");
  td(html, "", 4, escape(options.reveal ? r.id : out::mask_id(r.id)));
  td(html, "l", 1, "人员类别");
  const int kind = wangcheng_class(r.category);
  td(html, "", 2,
     fmt::format("（{}）类<span class=\"kind\">{}</span>", kind ? chinese_numeral(kind) : "　　",
                 escape(ledger::category_chinese(r.category))));
  html += "</tr>\n<tr>";
  td(html, "l", 1, "联系电话");
  td(html, "", 4, "手机：" + escape(r.phone));
  td(html, "", 3, "固定电话：");
  html += "</tr>\n<tr>";
  td(html, "l", 1, "现居住地");
  td(html, "", 7, escape(d.city + d.county + d.township + d.village));
  html += "</tr>\n<tr>";
  td(html, "l", 1, "享受政策情况");
  td(html, "", 7, policy_boxes(r));
  html += "</tr>\n<tr>";
  td(html, "l", 1, "关爱帮扶等级");
  td(html, "", 7, level_text(r.level));
  html += "</tr>\n<tr>";

  // The family: the guardian of recipients.csv, and a row for another relative.
  td(html, "h", 8, "赡养、抚养、扶养及监护人等基本信息");
  html += "</tr>\n<tr>";
  td(html, "l", 1, "与关爱帮扶<br>对象关系");
  td(html, "l", 2, "姓名");
  td(html, "l", 3, "现居住地");
  td(html, "l", 2, "联系电话（手机）");
  html += "</tr>\n<tr>";
  td(html, "c", 1, escape(r.guardian_relation));
  td(html, "c", 2, escape(r.guardian_name));
  td(html, "", 3, "");
  td(html, "c", 2, escape(r.guardian_phone));
  html += "</tr>\n<tr>";
  td(html, "", 1, "");
  td(html, "", 2, "");
  td(html, "", 3, "");
  td(html, "", 2, "");
  html += "</tr>\n<tr>";

  // 包保责任人情况: the cadre pairing's person is the 村、社 包保干部 (方案
  // 三(二): 各村、社包保干部是特殊困难群体的包保责任人).
  td(html, "l", 1, "包保责任人情况");
  td(html, "l", 2, "姓名");
  td(html, "l", 3, "职务");
  td(html, "l", 2, "联系电话（手机）");
  html += "</tr>\n";
  person_row(html, "街道干部<br>包保责任人", nullptr);
  person_row(html, "村社干部<br>包保责任人", s.cadre);
  person_row(html, "关爱帮扶<br>联系人", s.helper);

  html += "<tr><td class=\"review\" colspan=\"8\">审核意见：<div class=\"sign\">社区负责人签字：" + fill("", 7) +
          "　（盖　章）　　　　年　　月　　日</div></td></tr>\n";
  html += "<tr><td class=\"notes\" colspan=\"8\">";
  html += kNotes;
  html += "</td></tr>\n</table>\n";
}

}  // namespace jiedui::card
