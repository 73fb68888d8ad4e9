// --lang zh: the audit's details, bucket labels and ages in Chinese. The
// audit gives each finding its facts (Finding::detail_args, per code); these
// write them as a county office would, in the words of
// 《和政县结对关爱行动实施方案》 (联系交流, 走访探视, 年长40周岁以上 …).
#include <fmt/format.h>

#include <charconv>
#include <vector>

#include "audit/finding.hpp"
#include "ledger/vocab.hpp"
#include "out/zh_text.hpp"
#include "out/zh_values.hpp"

namespace jiedui::out {
namespace {

int number(std::string_view text) {
  int n = 0;
  std::from_chars(text.data(), text.data() + text.size(), n);
  return n;
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view category_words(std::string_view code) {
  const auto category = ledger::parse_category(code);
  return category ? ledger::category_chinese(*category) : code;
}

// 每年 4 次, 每3天 1 次: what a rule asks, as the plans write it.
std::string per_words(std::string_view per) {
  if (per == "day") return "每日";
  if (per == "week") return "每周";
  if (per == "halfmonth") return "每半月";
  if (per == "month") return "每月";
  if (per == "quarter") return "每季度";
  if (per == "year") return "每年";
  if (per.size() > 1 && per.back() == 'd') return fmt::format("每{}天", per.substr(0, per.size() - 1));
  return std::string(per);
}

// The measure as counted: 联系交流 and 走访探视 in 次, 帮办实事 in 件.
std::string_view count_unit(std::string_view measure) { return measure == "help" ? "件" : "次"; }

std::string gender_detail(const std::vector<std::string>& a) {
  // female, category, male, months, years needed, missing births
  const std::string girl = fmt::format("{}{}", a[0] == "female" ? "女性" : "性别不详的", category_words(a[1]));
  const std::string_view cadre = a[2] == "male" ? "男性干部" : "性别不详的干部";
  const std::string needed = fmt::format("（需年长{}岁以上）", a[4]);
  if (!a[3].empty()) {
    const int months = number(a[3][0] == '-' ? std::string_view(a[3]).substr(1) : std::string_view(a[3]));
    const std::string gap = a[3][0] == '-' ? "年轻" + zh_years_months(months) : "年长" + zh_years_months(months);
    return fmt::format("{}由{}结对，干部{}{}", girl, cadre, gap, needed);
  }
  const std::string_view missing = a[5] == "both"    ? "干部和关爱对象的出生年月"
                                   : a[5] == "cadre" ? "干部的出生年月"
                                                     : "关爱对象的出生年月";
  return fmt::format("{}由{}结对；缺少{}，无法核实年龄差{}", girl, cadre, missing, needed);
}

std::string status_detail(const audit::Finding& f) {
  const std::vector<std::string>& a = f.detail_args;  // measure, min, per, prorated, done, required, …
  const std::string_view unit = count_unit(a[0]);
  std::string text = fmt::format("要求{}{}{}{}{}，应完成{}{}，已完成{}{}", per_words(a[2]), zh_measure(a[0]), a[1], unit,
                                 a[3] == "1" ? "（按在期天数折算）" : "", a[5], unit, a[4], unit);
  if (f.code.ends_with("-missed") && a.size() >= 8) {
    text += fmt::format("；共{}个周期，{}个未达标", a[7], a[6]);
  } else if (a.size() >= 7 && !a[6].empty()) {
    text += fmt::format("；{}进度滞后", zh_bucket_label(a[6]));
  }
  return text;
}

std::string gap_detail(const std::vector<std::string>& a) {
  // measure, days, as of (overdue only), allowed
  const std::string as_of = a[2].empty() ? "" : fmt::format("（截至{}）", a[2]);
  return fmt::format("{}天未{}{}（最长间隔{}天）", a[1], zh_measure(a[0]), as_of, a[3]);
}

std::string no_rule_detail(const std::vector<std::string>& a) {
  // category, level, source ("profile gansu" or a rules file)
  const std::string_view source = a[2];
  const std::string from = source.starts_with("profile ") ? fmt::format("内置考核方案{}", source.substr(8))
                                                          : fmt::format("考核规则文件{}", source);
  if (a[1].empty()) return fmt::format("{}中没有{}类别的考核规则", from, category_words(a[0]));
  return fmt::format("{}中没有{}类别、{}等级的考核规则", from, category_words(a[0]), a[1]);
}

std::string not_paired_detail(const std::vector<std::string>& a) {
  // line, the record's cadre, the paired cadre, the date
  if (!a[2].empty()) return fmt::format("第{}行：记录人为干部{}，结对干部为{}", a[0], a[1], a[2]);
  return fmt::format("第{}行：记录人为干部{}，{}无结对关系", a[0], a[1], a[3]);
}

}  // namespace

std::string zh_years_months(int months) {
  const int years = months / 12, rest = months % 12;
  if (years == 0) return fmt::format("{}个月", rest);
  if (rest == 0) return fmt::format("{}岁", years);
  return fmt::format("{}岁{}个月", years, rest);
}

std::string zh_bucket_label(std::string_view label) {
  // 2026-W05
  if (label.size() == 8 && label.substr(4, 2) == "-W" && all_digits(label.substr(0, 4)) && all_digits(label.substr(6)))
    return fmt::format("{}年第{}周", label.substr(0, 4), number(label.substr(6)));
  // 2026-06 1st half / 2nd half
  if (label.size() == 16 && label[4] == '-' && (label.ends_with(" 1st half") || label.ends_with(" 2nd half")))
    return fmt::format("{}年{}月{}", label.substr(0, 4), number(label.substr(5, 2)),
                       label.ends_with(" 1st half") ? "上半月" : "下半月");
  // 2026-06
  if (label.size() == 7 && label[4] == '-' && all_digits(label.substr(0, 4)) && all_digits(label.substr(5)))
    return fmt::format("{}年{}月", label.substr(0, 4), number(label.substr(5)));
  // 2026Q2
  if (label.size() == 6 && label[4] == 'Q' && all_digits(label.substr(0, 4)) && all_digits(label.substr(5)))
    return fmt::format("{}年第{}季度", label.substr(0, 4), label.substr(5));
  // 2026
  if (label.size() == 4 && all_digits(label)) return fmt::format("{}年", label);
  // N-day blocks: 2026-06-01..2026-06-03
  if (const std::size_t dots = label.find(".."); dots != std::string_view::npos)
    return fmt::format("{}至{}", label.substr(0, dots), label.substr(dots + 2));
  return std::string(label);
}

std::string zh_finding_detail(const audit::Finding& f) {
  const std::vector<std::string>& a = f.detail_args;
  const std::string_view code = f.code;
  namespace codes = audit::codes;
  if ((code == codes::gender_mismatch || code == codes::gender_exception || code == codes::gender_unverifiable) &&
      a.size() == 6)
    return gender_detail(a);
  if (code == codes::unpaired && a.size() == 1)
    return f.role == ledger::Role::helper ? fmt::format("截至{}无关爱帮扶联系人", a[0])
                                          : fmt::format("截至{}无有效结对关系", a[0]);
  // 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》: 一次警告、两次扣当月奖励资金、三次终止帮扶协议.
  if (code == codes::helper_strike && a.size() == 2) {
    const int n = static_cast<int>(number(a[0]));
    const std::string month = a[1].substr(0, 4) + "年" + a[1].substr(5, 2) + "月";
    return n == 1   ? "第1次督查不合格：警告"
           : n == 2 ? fmt::format("第2次督查不合格：扣发{}补助", month)
                    : fmt::format("第{}次督查不合格：终止帮扶协议，扣发{}补助", n, month);
  }
  if (code == codes::helper_not_terminated && a.size() == 2)
    return fmt::format("督查不合格{}次，第3次在{}：应终止帮扶协议（结束该关爱帮扶结对）", a[0], a[1]);
  if (code == codes::household_split && a.size() == 3)
    return fmt::format("户编号{}：{}名已结对成员分别由{}名干部结对", a[0], a[1], a[2]);
  if (code == codes::aged_out && a.size() == 3)
    return fmt::format("{}于{}已满{}", category_words(a[0]), a[2], zh_years_months(number(a[1])));
  if (code == codes::cadre_unavailable && a.size() == 1) return fmt::format("结对干部已调离，{}仍在结对", a[0]);
  if (code == codes::no_rule && a.size() == 3) return no_rule_detail(a);
  if (code == codes::visit_not_paired && a.size() == 4) return not_paired_detail(a);
  if ((code == codes::gap_exceeded || code == codes::overdue) && a.size() == 4) return gap_detail(a);
  if ((code.ends_with("-missed") || code.ends_with("-behind")) && a.size() >= 7) return status_detail(f);
  return zh_message(f.detail);
}

}  // namespace jiedui::out
