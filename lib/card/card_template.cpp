#include "card/card_template.hpp"

#include <fmt/format.h>

#include "error.hpp"

namespace jiedui::card {

const std::vector<CardTemplate>& card_templates() {
  static const std::vector<CardTemplate> all = {
      {"gansu", "甘肃省结对关爱行动联系卡", "《甘肃省结对关爱行动联系卡》（和政县实施方案附件2）",
       CardUnit::recipient, false, gansu_page, kGansuStyle},
      {"shapingba", "民政服务对象关爱联系卡", "沙坪坝区《“九类”民政服务对象关爱联系卡》（附件3）",
       CardUnit::recipient, false, shapingba_page, kShapingbaStyle},
      {"wangcheng-form", "金安区望城街道特殊困难群体基本信息采集表",
       "《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》附件1《基本信息采集表》", CardUnit::recipient, true,
       wangcheng_form_page, kWangchengFormStyle},
      {"wangcheng-agreement", "望城街道特殊困难群体关爱帮扶协议书",
       "《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》附件2《关爱帮扶协议书》", CardUnit::helper_pairing, true,
       wangcheng_agreement_page, kWangchengAgreementStyle},
      {"record-book", "“九类”民政服务对象关爱服务记录台账", "沙坪坝区《关爱服务记录台账》（附件2）",
       CardUnit::village_month, false, nullptr, kRecordBookStyle},
  };
  return all;
}

const CardTemplate& find_card_template(std::string_view name) {
  std::string known;
  for (const CardTemplate& t : card_templates()) {
    if (t.name == name) return t;
    known += known.empty() ? "" : ", ";
    known += t.name;
  }
  throw UsageError(fmt::format("--template: unknown template '{}' (known: {})", name, known));
}

}  // namespace jiedui::card
