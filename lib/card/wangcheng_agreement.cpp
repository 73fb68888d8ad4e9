// 《望城街道特殊困难群体关爱帮扶协议书》 (《金安区望城街道特殊困难群体关爱帮扶
// 长效机制实施方案》附件2), one per helper pairing: 甲方 the 村、社, 乙方 the
// 包保责任人 (the cadre pairing's person), 丙方 the 关爱帮扶联系人 (the helper
// pairing's person). Its clauses as written, with the blanks of 一 filled,
// 三 for the recipient's level with the frequency from the rules in effect,
// and 五's subsidy for that level; what the ledgers do not hold (the
// helper's household and address, the reason the recipient needs care) is a
// blank line.
#include <fmt/format.h>

#include "audit/age_gap.hpp"
#include "card/card_document.hpp"
#include "card/card_template.hpp"
#include "card/card_text.hpp"
#include "ledger/money.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::card {

// Running text at 10 pt: the agreement's six clauses and the signatures fill
// one A4 page with room for long names (a 60-character address, a
// 30-character position); filled blanks are underlined as on a form filled in.
const std::string_view kWangchengAgreementStyle = R"(.wa { font-size: 10pt; line-height: 1.6; }
.wa h1 { margin-bottom: 3mm; }
.wa p { margin: 0; text-indent: 2em; text-align: justify; }
.wa p.party { text-indent: 0; margin-left: 2em; }
.wa h2 { font-size: 10pt; font-weight: bold; margin: 1mm 0 0; text-indent: 2em; }
.wa u { text-decoration: none; border-bottom: 1px solid #000; padding: 0 0.4em; }
.wa .signs { margin-top: 3mm; display: grid; grid-template-columns: 1fr 1fr; row-gap: 3mm; column-gap: 6mm; }
.wa .signs div { text-indent: 0; }
)";

namespace {

constexpr std::string_view kPreamble =
    "为进一步做好特殊困难群体的关爱帮扶工作，建立健全关爱帮扶的长效机制，根据六安市金安区人民政府办公室（金政办秘"
    "[2020]13号）文件精神要求；在做好“五类人群”全面摸排的基础上，强化主体责任，直接责任和具体责任的责任担当，切实"
    "把关心关爱特殊困难群体的工作抓细做实，对特困群体生活自理能力和困难程度进行等级评估，针对不同等级人员情况，落实"
    "包保联系人的直接责任，关爱帮扶责任人的具体责任，实行分类施策、精准帮扶、长效帮扶。本着“就亲，就近，就邻”的原则"
    "，各村、社（简称甲方），与包保责任人（简称乙方）和关爱帮扶联系人（简称丙方），以“孤老不独，人间有大爱，生活有尊"
    "严”为目的，对特殊困难对象的日常生活等方面进行关爱帮扶，经甲、乙、丙三方协商一致，达成以下协议：";
constexpr std::string_view kTerm =
    "关爱帮扶联系人服务期限为一年，根据服务对象的需要，正常情况下一年续签一次，若关爱帮扶联系人服务工作不到位，或因其"
    "它原因而发生变故等情况，甲方将终止与丙方签订的协议，自动终止丙方的服务期限。";
constexpr std::string_view kHelperWork =
    "关爱帮扶联系人主要落实开展经常性的上门服务，帮助打扫房前屋后卫生，整理摆放生活物品，适时换洗衣被，问寒问暖、照顾"
    "起居，做好精神疏导和良好卫生习惯的培养指导；帮助及时就医送诊、购买门诊药品等日常生活服务，使特殊困难群体感受到"
    "政府的关怀、社会的温暖，享受生活的品味和尊严。";
constexpr std::string_view kInspection =
    "街道将由纪委牵头、民政办参加，定期或不定期组织对各关爱帮扶联系人的履职尽责情况进行督查、抽查并通报。";
// 一次警告、两次扣当月奖励资金、三次终止帮扶协议, as the plan's 四(二) says too.
constexpr std::string_view kStrikes =
    "若丙方在服务期间，责任心不强，没有履行或没有及时履行关爱帮扶的内容，导致帮扶对象不满意的，一次警告、两次扣当月"
    "奖励资金、三次终止帮扶协议；如造成社会负面影响的，甲方将立即终止与丙方的服务协议。";
constexpr std::string_view kOther =
    "本协议一式四份，报街道民政办存档一份，甲、乙、丙三方各执一份，本协议自签完之日起生效。";

// A filled blank: the value underlined, or an empty line of `chars` characters.
std::string blank(std::string_view value, int chars = 4) {
  if (value.empty()) return fill("", chars);
  return "<u>" + escape(value) + "</u>";
}

// Yuan as the agreement writes them: "300", "250.50".
std::string yuan(std::int64_t fen) {
  return fen % 100 == 0 ? std::to_string(fen / 100) : ledger::format_yuan(fen);
}

// 三: the paragraph of the recipient's level. Level 3 is the 村、社's
// principal (甲方的主要负责人), levels 2 and 1 the 包片村干部 of 乙方.
std::string duty_paragraph(const CardSubject& s, std::string_view level) {
  const std::string frequency = s.rules ? wangcheng_frequency(*s.rules) : std::string();
  const std::string how = frequency.empty() ? "至少" + fill("", 10) : escape(frequency);
  if (level == "3")
    return "根据对特殊困难群体的等级评估，评估等级为三级的关爱帮扶对象，明确协议中甲方的主要负责人，负责包保联系，" + how +
           "。";
  if (level == "1" || level == "2")
    return fmt::format("根据对特殊困难群体的等级评估，评估等级为{}级的关爱帮扶对象，明确协议中乙方的包片村干部为直接责任人，"
                       "负责包保联系，{}。",
                       chinese_numeral(level[0] - '0'), how);
  return "根据对特殊困难群体的等级评估，评估等级为" + blank(level, 3) +
         "的关爱帮扶对象，明确包保联系的直接责任人，负责包保联系，" + how + "。";
}

std::string level_words(std::string_view level) {
  if (level.size() == 1 && level[0] >= '1' && level[0] <= '3') return chinese_numeral(level[0] - '0') + "级";
  return std::string(level);
}

}  // namespace

void wangcheng_agreement_page(const CardSubject& s, const CardOptions&, std::string& html) {
  const ledger::Recipient& r = *s.recipient;
  const ledger::District& d = *s.district;
  const ledger::Cadre none;
  const ledger::Cadre& cadre = s.cadre ? *s.cadre : none;
  const ledger::Cadre& helper = s.helper ? *s.helper : none;
  const std::optional<audit::AgeGap> age = audit::age_on(r.birth, s.as_of);
  const std::string age_years =
      age && age->amount >= 0 ? std::to_string(age->in_months ? age->amount / 12 : age->amount) : std::string();
  const std::string level = level_words(r.level);

  html += "<div class=\"wa\">\n<h1>望城街道特殊困难群体关爱帮扶协议书</h1>\n";
  html += "<p class=\"party\">甲方：" + blank(d.village, 8) + "（村、社）</p>\n";
  html += "<p class=\"party\">乙方：" + blank(cadre.name, 8) + "（包保责任人）</p>\n";
  html += "<p class=\"party\">丙方：" + blank(helper.name, 8) + "（关爱帮扶联系人）</p>\n";
  html += fmt::format("<p>{}</p>\n", kPreamble);

  html += "<h2>一、帮扶责任人与服务对象</h2>\n";
  html += "<p>包保责任人" + blank(cadre.name) + "（乙方），性别" + blank(ledger::gender_chinese(cadre.gender), 2) +
          "，职务" + blank(cadre.position, 8) + "。</p>\n";
  html += "<p>关爱帮扶联系人" + blank(helper.name) + "（丙方），性别" +
          blank(ledger::gender_chinese(helper.gender), 2) + "，系" + fill("", 6) + "户，现住" + blank(d.township) +
          fill("", 5) + "村、社" + fill("", 5) + "（村民组）。</p>\n";
  html += "<p>关爱帮扶对象" + blank(r.name) + "，等级评估" + blank(level, 3) + "，性别" +
          blank(ledger::gender_chinese(r.gender), 2) + "，年龄" + blank(age_years, 2) + "，现住" + blank(d.township) +
          blank(d.village) + "（村、社）" + fill("", 5) + "（村民组），因" + fill("", 8) +
          "（原因）生活不能或不完全能自理，需关爱帮扶。</p>\n";

  html += fmt::format("<h2>二、帮扶责任人服务期限</h2>\n<p>{}</p>\n", kTerm);
  html += "<h2>三、包保责任人的具体责任划分</h2>\n<p>" + duty_paragraph(s, r.level) + "</p>\n";
  html += fmt::format("<h2>四、关爱帮扶联系人的帮扶内容</h2>\n<p>{}</p>\n", kHelperWork);

  // 五: the clause with the amounts in effect, then the one of this agreement.
  html += fmt::format("<h2>五、奖励机制与动态管理机制</h2>\n<p>{}", kInspection);
  const ledger::SubsidyStandards standard;
  const ledger::SubsidyStandards& subsidy = s.subsidy ? *s.subsidy : standard;
  // Levels 2 and 3 share one amount unless jiedui.toml sets them apart.
  const std::string upper = subsidy.fen[1] == subsidy.fen[2]
                                ? yuan(subsidy.fen[1])
                                : yuan(subsidy.fen[1]) + "（二级）、" + yuan(subsidy.fen[2]) + "（三级）";
  html += fmt::format(
      "根据丙方在服务期间履职履责情况，包保一级对象的关爱帮扶联系人予以 {} 元/月的补助，包保二级、三级对象的关爱帮扶联系人"
      "予以 {} 元/月的补助。",
      yuan(subsidy.fen[0]), upper);
  const std::optional<std::int64_t> amount = subsidy.for_level(r.level);
  html += "本协议关爱帮扶对象为" + blank(level, 3) + "对象，丙方补助标准为" +
          blank(amount ? yuan(*amount) : std::string(), 3) + "元/月。补助资金凭督查通报由街道按季度拨付到村、社。</p>\n";
  html += fmt::format("<p>{}</p>\n", kStrikes);
  html += fmt::format("<h2>六、其他</h2>\n<p>{}</p>\n", kOther);

  html += "<div class=\"signs\">\n<div>甲方（签字盖章）：</div><div></div>\n";
  html += "<div>乙方（签字）：</div><div>联系电话：" + blank(cadre.phone, 8) + "</div>\n";
  html += "<div>丙方（签字）：</div><div>联系电话：" + blank(helper.phone, 8) + "</div>\n";
  html += "<div>签约日期：　　　　年　　月　　日</div>\n</div>\n</div>\n";
}

}  // namespace jiedui::card
