// 沙坪坝区《“九类”民政服务对象关爱联系卡》(附件3): "卡片信息内容应包含关爱帮扶对象
// 的姓名、类别、关爱联系人电话、服务内容" (通知 四(三)). One card at the top of
// its A4 page, to be cut out or handed over as printed.
#include <fmt/format.h>

#include "card/card_document.hpp"
#include "card/card_template.hpp"
#include "card/card_text.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::card {

const std::string_view kShapingbaStyle = R"(.sp-card { border: 2px solid #000; padding: 5mm 6mm 6mm; }
.sp-card h1 { margin-bottom: 4mm; }
table.sp td { height: 12mm; font-size: 12pt; }
table.sp td.l { text-align: center; width: 22%; }
table.sp td.svc { height: auto; line-height: 1.8; padding: 2mm 3mm; }
table.sp ol { margin: 0; padding-left: 1.6em; }
)";

void shapingba_page(const CardSubject& s, const CardOptions&, std::string& html) {
  const ledger::Recipient& r = *s.recipient;
  const std::string frequency = s.rules ? shapingba_frequency(*s.rules) : std::string();
  html += "<div class=\"sp-card\">\n<h1>民政服务对象关爱联系卡</h1>\n<table class=\"sp\">\n";
  html += "<colgroup><col style=\"width:20%\"><col style=\"width:30%\"><col style=\"width:20%\"><col "
          "style=\"width:30%\"></colgroup>\n";
  html += fmt::format("<tr><td class=\"l\">对象姓名</td><td>{}</td><td class=\"l\">类别</td><td>{}</td></tr>\n",
                      escape(r.name), escape(ledger::category_chinese(r.category)));
  html += fmt::format("<tr><td class=\"l\">村（社区）电话</td><td>{}</td><td class=\"l\">联系人电话</td><td>{}</td></tr>\n",
                      escape(s.village_phone), s.cadre ? escape(s.cadre->phone) : std::string());
  html += fmt::format("<tr><td class=\"l\">关爱联系人</td><td colspan=\"3\">{}</td></tr>\n",
                      s.cadre ? escape(s.cadre->name) : std::string());
  html += "<tr><td class=\"l\">服务内容</td><td class=\"svc\" colspan=\"3\"><ol>";
  html += "<li>关爱慰问：" + (frequency.empty() ? fill("", 14) : escape(frequency)) + "。</li>";
  html += "<li>帮扶困难：帮助对象解决现实生活困难。</li></ol></td></tr>\n</table>\n</div>\n";
}

}  // namespace jiedui::card
