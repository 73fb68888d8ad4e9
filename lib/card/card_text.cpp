#include "card/card_text.hpp"

#include "ledger/vocab.hpp"

#include <fmt/format.h>

#include <array>

namespace jiedui::card {
namespace {

// What one rule asks, in the words of the programme document the card comes
// from; `{}` is the number.
struct Wording {
  std::string_view contacts, visits, any, help;
};

// 《甘肃省结对关爱行动联系卡》: "通过电话、短信、微信、书信等方式与关爱对象联系交流
// 不少于4次，到关爱对象家庭或所在机构实地走访探视不少于2次".
constexpr Wording kGansu{
    "通过电话、短信、微信、书信等方式与关爱对象联系交流不少于{}次",
    "到关爱对象家庭或所在机构实地走访探视不少于{}次",
    "与关爱对象联系交流或走访探视不少于{}次",
    "为关爱对象解决困难问题、协调落实政策或帮办实事不少于{}件",
};

// 沙坪坝区《关爱联系卡》服务内容: "每周电话关心慰问3次，入户探望1次", "每周联系1次".
// 望城街道《关爱帮扶协议书》三: "至少每三天探视走访关爱帮扶对象一次".
constexpr Wording kWangcheng{"电话联系关爱帮扶对象{}次", "上门探视走访关爱帮扶对象{}次", "探视走访关爱帮扶对象{}次",
                             "为关爱帮扶对象解决困难{}件"};

constexpr Wording kShapingba{"电话关心慰问{}次", "入户探望{}次", "联系{}次", "帮助解决困难{}件"};

std::string_view wording_of(const Wording& w, rules::Measure m) {
  switch (m) {
    case rules::Measure::contacts: return w.contacts;
    case rules::Measure::visits: return w.visits;
    case rules::Measure::any: return w.any;
    case rules::Measure::help: return w.help;
  }
  return w.any;
}

// The rules as one sentence: each clause after the first says its period only
// when it differs from the clause before (as the documents write them).
std::string sentence(const std::vector<const rules::Rule*>& rules, const Wording& wording, std::string_view gap) {
  std::string text;
  const rules::Per* previous = nullptr;
  for (const rules::Rule* rule : rules) {
    if (!text.empty()) text += "，";
    if (previous == nullptr || !(*previous == rule->per)) text += per_phrase(rule->per);
    text += fmt::format(fmt::runtime(wording_of(wording, rule->measure)), rule->min);
    if (rule->max_gap) text += fmt::format(fmt::runtime(gap), *rule->max_gap);
    previous = &rule->per;
  }
  return text;
}

}  // namespace

std::string per_phrase(rules::Per per) {
  switch (per.kind) {
    case rules::Per::Kind::day: return "每天";
    case rules::Per::Kind::week: return "每周";
    case rules::Per::Kind::halfmonth: return "每半月";
    case rules::Per::Kind::month: return "每月";
    case rules::Per::Kind::quarter: return "每季度";
    case rules::Per::Kind::year: return "每年";
    case rules::Per::Kind::days: return fmt::format("每{}天", per.days);
  }
  return {};
}

std::string gansu_frequency(const std::vector<const rules::Rule*>& rules) {
  if (rules.empty()) return {};
  return "结对干部" + sentence(rules, kGansu, "，两次之间相隔不超过{}天");
}

std::string shapingba_frequency(const std::vector<const rules::Rule*>& rules) {
  return sentence(rules, kShapingba, "，间隔不超过{}天");
}

std::string wangcheng_frequency(const std::vector<const rules::Rule*>& rules) {
  if (rules.empty()) return {};
  return "至少" + sentence(rules, kWangcheng, "，两次间隔不超过{}天");
}

int wangcheng_class(ledger::Category category) {
  using ledger::Category;
  switch (category) {
    case Category::extremely_poor: return 1;
    case Category::elderly_alone: return 2;
    case Category::disabled:
    case Category::needy_disabled: return 3;
    case Category::care_deficit: return 4;
    case Category::orphan:
    case Category::unsupported_child:
    case Category::child_in_difficulty: return 5;
    default: return 0;
  }
}

std::string chinese_numeral(int n) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五"};
  if (n >= 1 && n <= 5) return std::string(kNumerals[n - 1]);
  return std::to_string(n);
}

std::string year_month_chinese(const ledger::Birth& birth) {
  if (!birth.known) return {};
  const date::year_month_day ymd{birth.day};
  return fmt::format("{}年{:02}月", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
}

std::string month_day_chinese(ledger::Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{}月{}日", static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string_view mode_as_written(ledger::Mode mode) {
  static constexpr std::array<std::string_view, 7> kWritten = {"电话联系", "短信联系", "微信联系", "书信联系",
                                                               "入户走访", "机构走访", "其他走访"};
  return kWritten[static_cast<std::size_t>(mode)];
}

std::string item_chinese(std::string_view code) {
  // The boxes of the work-record form: the vocabulary is ledger's (item_chinese).
  return std::string(ledger::item_chinese(code));
}

}  // namespace jiedui::card
