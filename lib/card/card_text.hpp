#pragma once
// The sentences a card prints from the frequency rules in effect for its
// recipient, so a card never promises what the audit does not ask (and a
// county's rules.csv changes the card as it changes the audit).
#include <string>
#include <string_view>
#include <vector>

#include "ledger/model.hpp"
#include "rules/rule.hpp"

namespace jiedui::card {

// "每年", "每周", "每半月", "每3天" … for a rule's per.
std::string per_phrase(rules::Per per);

// The frequency sentence of 《甘肃省结对关爱行动联系卡》's 结对关爱行动工作标准,
// e.g. "结对干部每年通过电话、短信、微信、书信等方式与关爱对象联系交流不少于4次，
// 到关爱对象家庭或所在机构实地走访探视不少于2次" under profile gansu. A rule
// whose per is the same as the one before it does not repeat "每年". Empty
// when `rules` is empty (the card then leaves a line to fill by hand).
std::string gansu_frequency(const std::vector<const rules::Rule*>& rules);

// The 服务内容 of 沙坪坝区《关爱联系卡》, e.g. "每周联系1次" for an orphan
// under profile shapingba, "每周电话关心慰问3次，每周入户探望1次" for a
// high-level elderly person living alone. Empty when `rules` is empty.
std::string shapingba_frequency(const std::vector<const rules::Rule*>& rules);

// 协议书 三 of 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》 (附件2),
// e.g. "至少每3天探视走访关爱帮扶对象1次，两次间隔不超过5天" for a level-3
// recipient under profile wangcheng. Empty when `rules` is empty.
std::string wangcheng_frequency(const std::vector<const rules::Rule*>& rules);

// The 人员类别 of 望城街道's 基本信息采集表 for a category: 1 (分散供养特困
// 人员), 2 (空巢老人、留守老人), 3 (重度残疾人、重病患者), 4 (赡养、抚养缺失
// 或照护不到位人员), 5 (困境儿童: 孤儿、事实无人抚养儿童 …); 0 for a category
// the plan does not name (低保对象, 留守儿童 …): the clerk writes it by hand.
int wangcheng_class(ledger::Category category);

// 一 二 三 四 五 for 1–5; the digits otherwise.
std::string chinese_numeral(int n);

// 2012年02月 (a birth known to the month is printed so too); "" when unknown.
std::string year_month_chinese(const ledger::Birth& birth);

// 10月4日, as the example row of 关爱服务记录台账 writes its 时间.
std::string month_day_chinese(ledger::Day day);

// How a record's mode is written in 关爱服务记录台账's 关爱方式 column
// ("入户走访", "电话联系" as in its example row).
std::string_view mode_as_written(ledger::Mode mode);

// The Chinese of the items codes of visits.csv (the boxes of the work-record
// form of 《甘肃省结对关爱孤儿行动工作记录表》): talk → 联系交流 …; an unknown
// code is kept as written.
std::string item_chinese(std::string_view code);

}  // namespace jiedui::card
