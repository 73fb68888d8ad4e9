// 《甘肃省结对关爱行动联系卡》 (和政县结对关爱行动实施方案 附件2; the same card
// as the “结对帮扶・爱心甘肃”工程建设联系卡): the recipient, the guardian, the
// cadre and the work standard, in the form's rows and order.
#include <fmt/format.h>

#include "card/card_document.hpp"
#include "card/card_template.hpp"
#include "card/card_text.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "out/table_writer.hpp"

namespace jiedui::card {

// Nine columns: the section, then four label/value pairs; long values wrap
// inside their cell (word-break), so the card keeps its one page. The first
// and last value columns are wide enough for a mobile number on one line
// (the phones sit there), the second for 1985年04月; a label of four
// characters fits its column at 10 pt.
const std::string_view kGansuStyle = R"(table.gansu td { height: 13mm; font-size: 10.5pt; }
table.gansu td.sec { text-align: center; font-weight: bold; padding: 1mm; }
table.gansu td.l { text-align: center; font-size: 10pt; padding: 1mm; }
table.gansu td.std { text-align: justify; line-height: 1.7; padding: 2mm 3mm; height: auto; text-indent: 2em; }
table.gansu td.addr .lv { font-size: 9.5pt; margin: 0 2mm 0 0.5mm; }
)";

namespace {

// 结对关爱行动工作标准 before and after its frequency sentence, as printed on the card.
constexpr std::string_view kStandardOpening =
    "结对关爱行动是深入践行以人民为中心的发展思想的民生工程，是“爱心甘肃”建设的重要举措，是关心关爱困难群众的"
    "务实行动，是上门做好群众工作的有效载体。开展结对关爱行动，以人文关怀、精神关爱为主，不用公款，尽力而为、"
    "量力而行，通过走访探视、感情联络、纾困解难、落实政策，做到精神有人关爱、心灵有人抚慰、困难有人帮助、"
    "权益有人维护。";
constexpr std::string_view kStandardClosing = "每次联系交流和走访探视后，通过结对关爱微信小程序填写工作记录表。";

std::string id_text(std::string_view id, const CardOptions& options) {
  return options.reveal ? std::string(id) : out::mask_id(id);
}

std::string disability_text(const ledger::Recipient& r) {
  std::string text = r.disability_type;
  if (const std::optional<int> grade = ledger::parse_disability_grade(r.disability_grade)) {
    static constexpr std::string_view kGrades[] = {"一级", "二级", "三级", "四级"};
    if (!text.empty()) text += " ";
    text += kGrades[*grade - 1];
  } else if (!r.disability_grade.empty()) {
    if (!text.empty()) text += " ";
    text += r.disability_grade;
  }
  return text;
}

// 孤儿（孤儿□ 事实无人抚养儿童□）  困难重度残疾人□  特困家庭□, ticked; a
// category the card has no box for is written after 其他.
std::string category_boxes(ledger::Category c) {
  using ledger::Category;
  std::string text = fmt::format("孤儿（孤儿{} 事实无人抚养儿童{}）　困难重度残疾人{}　特困家庭{}", box(c == Category::orphan),
                                 box(c == Category::unsupported_child), box(c == Category::disabled),
                                 box(c == Category::extremely_poor));
  if (c != Category::orphan && c != Category::unsupported_child && c != Category::disabled &&
      c != Category::extremely_poor)
    text += fmt::format("　其他{}（{}）", box(true), ledger::category_chinese(c));
  return text;
}

void cell(std::string& html, std::string_view label, std::string_view value_html, int value_span = 1) {
  html += "<td class=\"l\">";
  html += label;
  html += value_span > 1 ? fmt::format("</td><td colspan=\"{}\">", value_span) : std::string("</td><td>");
  html += value_html;
  html += "</td>";
}

}  // namespace

void gansu_page(const CardSubject& s, const CardOptions& options, std::string& html) {
  const ledger::Recipient& r = *s.recipient;
  const ledger::District& d = *s.district;
  html += "<h1>甘肃省结对关爱行动联系卡</h1>\n<table class=\"gansu\">\n<colgroup><col style=\"width:7%\">";
  for (const int value : {16, 13, 10, 16}) html += fmt::format("<col style=\"width:9.5%\"><col style=\"width:{}%\">", value);
  html += "</colgroup>\n";

  // 关爱对象
  html += "<tr><td class=\"sec\" rowspan=\"5\">关爱对象</td>";
  html += fmt::format(
      "<td class=\"l\">家庭住址</td><td class=\"addr\" colspan=\"7\">{}<span class=\"lv\">市（州）</span>{}"
      "<span class=\"lv\">县（市区）</span>{}<span class=\"lv\">乡镇（街道）</span>{}<span class=\"lv\">村（社区）</span></td></tr>\n",
      fill(d.city), fill(d.county), fill(d.township), fill(d.village));
  html += "<tr>";
  cell(html, "姓名", escape(r.name));
  cell(html, "性别", escape(ledger::gender_chinese(r.gender)));
  cell(html, "民族", escape(r.ethnicity), 3);
  html += "</tr>\n<tr>";
  cell(html, "出生年月", escape(year_month_chinese(r.birth)));
  cell(html, "身份证号", escape(id_text(r.id, options)), 5);
  html += "</tr>\n<tr>";
  cell(html, "健康状况", "");  // the ledgers do not hold it: written by hand
  cell(html, "残疾类别<br>及等级", escape(disability_text(r)), 5);
  html += "</tr>\n<tr>";
  cell(html, "类别", category_boxes(r.category), 7);
  html += "</tr>\n";

  // 监护人: gender and birth from the guardian's ID when it is a valid one.
  const ledger::ResidentId guardian = ledger::parse_resident_id(r.guardian_id);
  ledger::Birth guardian_birth;
  if (guardian.valid) guardian_birth = {true, false, guardian.birth};
  html += "<tr><td class=\"sec\" rowspan=\"2\">监护人</td>";
  cell(html, "姓名", escape(r.guardian_name));
  cell(html, "性别", escape(ledger::gender_chinese(guardian.valid ? guardian.gender : ledger::Gender::unknown)));
  cell(html, "与关爱<br>对象关系", escape(r.guardian_relation), 3);
  html += "</tr>\n<tr>";
  cell(html, "联系电话", escape(r.guardian_phone));
  cell(html, "出生年月", escape(year_month_chinese(guardian_birth)));
  cell(html, "身份证号", escape(r.guardian_id.empty() ? std::string() : id_text(r.guardian_id, options)), 3);
  html += "</tr>\n";

  // 结对干部
  const ledger::Cadre empty_cadre;
  const ledger::Cadre& c = s.cadre ? *s.cadre : empty_cadre;
  std::string unit = c.unit;
  if (!c.position.empty()) unit += (unit.empty() ? "" : " ") + c.position;
  html += "<tr><td class=\"sec\" rowspan=\"2\">结对干部</td>";
  cell(html, "姓名", escape(c.name));
  cell(html, "性别", escape(ledger::gender_chinese(c.gender)));
  cell(html, "民族", escape(c.ethnicity));
  cell(html, "出生年月", escape(year_month_chinese(c.birth)));
  html += "</tr>\n<tr>";
  cell(html, "工作单位<br>及职务", escape(unit), 5);
  cell(html, "联系电话", escape(c.phone));
  html += "</tr>\n";

  // 结对关爱行动工作标准: the frequency sentence from the rules in effect.
  const std::string frequency = s.rules ? gansu_frequency(*s.rules) : std::string();
  html += "<tr><td class=\"sec\">结对关爱行动工作标准</td><td class=\"std\" colspan=\"8\">";
  html += kStandardOpening;
  if (frequency.empty())
    html += "结对干部联系交流和走访探视关爱对象的次数：" + fill("", 16) + "。";
  else
    html += escape(frequency) + "。";
  html += kStandardClosing;
  html += "</td></tr>\n</table>\n";
}

}  // namespace jiedui::card
