// --lang zh: the messages a person reads besides the tables' codes — check's
// problems, the details of entitle and the summaries and notes commands print
// — translated by a catalog of the English patterns the library writes, as
// gettext does with its msgids. A pattern's {} holes match any text (the
// shortest that lets the next literal follow) and carry over into the
// Chinese as {0}, {1} …; the first pattern that matches the whole message
// wins, so specific patterns come before general ones. A message no pattern
// matches (one a later version adds) is printed in English, never lost.
#include <fmt/args.h>
#include <fmt/format.h>

#include <optional>
#include <utility>
#include <vector>

#include "out/zh_text.hpp"
#include "out/zh_values.hpp"

namespace jiedui::out {
namespace {

struct Pattern {
  std::string_view english, chinese;
};

// Holes that hold a word of a closed vocabulary are translated as they carry
// over: a gender (the ID says "male"), "open" for a pairing without end.
std::string hole_text(std::string_view hole) {
  if (hole == "male") return "男";
  if (hole == "female") return "女";
  if (hole == "open") return "至今";
  if (hole == "(empty)") return "（空）";
  return std::string(hole);
}

constexpr Pattern kPatterns[] = {
    // check: the CSV layer
    {"quote opened here is never closed", "此处的引号没有闭合"},
    {"row has {} field{}; the header has {}", "本行有{0}个字段，表头有{2}个"},
    {"bytes that are neither UTF-8 nor GB18030", "含有既非UTF-8也非GB18030的字节"},
    {"byte {} is not UTF-8", "字节{0}不是UTF-8"},
    {"record longer than {} (an unterminated quote?)", "记录超过{0}（引号未闭合？）"},
    {"empty file: expected a header row", "空文件：应有表头行"},
    {"no column {} in the header", "表头中没有{0}列"},
    {"'{}' is column {} again ({}); keep one", "“{0}”与第{1}列重复（{2}），请只保留一列"},
    {"header: {}", "表头：{0}"},
    // check: IDs
    {"guardian: {}", "监护人：{0}"},
    {"'{}' fails its checksum: check character should be {}", "“{0}”校验码错误：校验位应为{1}"},
    {"'{}' has {} characters; a resident ID has 18", "“{0}”有{1}位，居民身份证号应为18位"},
    {"'{}' holds no valid birth date in its 7th to 14th digits", "“{0}”第7至14位不是有效的出生日期"},
    {"'{}' is not 17 digits and a check character 0-9 or X", "“{0}”不是17位数字加一位校验位（0-9或X）"},
    {"id {} is already on line {}", "编号{0}已在第{1}行出现"},
    {"the ID's birth date {} is after today ({})", "身份证号中的出生日期{0}晚于当日（{1}）"},
    {"gender '{}' disagrees with the ID ({})", "性别“{0}”与身份证号不符（应为{1}）"},
    {"birth '{}' disagrees with the ID ({})", "出生年月“{0}”与身份证号不符（{1}）"},
    {"birth {} is after today ({})", "出生年月{0}晚于当日（{1}）"},
    {"gender is empty: the gender rule cannot be checked", "性别为空：无法核实性别结对要求"},
    {"birth is empty: the gender rule cannot be checked", "出生年月为空：无法核实性别结对要求"},
    // check: values
    {"'{}' is not a whole number ≥ 0", "“{0}”不是非负整数"},
    {"'{}' is not a date (YYYY-MM-DD or YYYY-MM)", "“{0}”不是日期（应为YYYY-MM-DD或YYYY-MM）"},
    {"'{}' is not a date (YYYY-MM-DD)", "“{0}”不是日期（应为YYYY-MM-DD）"},
    {"'{}' is not a date{}", "“{0}”不是日期{1}"},
    {"'{}' is not a birth date{}", "“{0}”不是出生日期{1}"},
    {"'{}' is not a gender{}", "“{0}”不是性别（男、女）"},
    {"'{}' is not a category{}", "“{0}”不是关爱对象类别（孤儿、事实无人抚养儿童、困难重度残疾人、特困人员等）"},
    {"'{}' is not a setting{}", "“{0}”不是供养方式（社会散居、机构养育）"},
    {"'{}' is not a disability type{}", "“{0}”不是残疾类别（视力、听力、言语、肢体、智力、精神、多重）"},
    {"'{}' is not a disability grade{}", "“{0}”不是残疾等级（一级至四级）"},
    {"disability certificate '{}' should be the ID followed by 2 digits", "残疾证号“{0}”应为身份证号加2位数字"},
    {"'{}' is not a recipient status{}", "“{0}”不是关爱对象状态（在册、退出）"},
    {"'{}' is not a cadre status{}", "“{0}”不是干部状态（在岗、退休、调离）"},
    {"'{}' is not a rank{}", "“{0}”不是职务职级（见jiedui-ledger(5)）"},
    {"'{}' is not a role{}", "“{0}”不是结对角色（结对干部、关爱帮扶联系人、教师、医护人员、心理咨询师、驻村干部）"},
    {"'{}' is not a mode{}", "“{0}”不是关爱方式（电话、短信、微信、书信、入户、机构、其他）"},
    {"'{}' is not one of the four musts{}", "“{0}”不是必到事项（重症住院、辍学或待业、意外灾害、家人去世）"},
    {"'{}' is not an amount in yuan{}", "“{0}”不是金额（元，不小于0，最多两位小数，如12.50）"},
    {"'{}' yuan is more than one record can give (at most {}); a typing error?",
     "“{0}”元超过一条记录可能的金额（最多{1}元），是否录入有误？"},
    {"'{}' is not a residence{}", "“{0}”不是城乡类别（城市、农村）"},
    {"dibao class '{}' on an urban recipient: classes are for rural dibao only",
     "城市关爱对象填写了低保类别“{0}”：低保类别仅用于农村低保"},
    {"'{}' is not a dibao class{}", "“{0}”不是低保类别（一类至四类）"},
    {"'{}' is not a self-care ability{}", "“{0}”不是自理能力（全自理、半护理、全护理）"},
    {"'{}' is not a school stage{}", "“{0}”不是在读学段（学前、义务教育、普通高中、中职、高校）"},
    {"'{}' is not a change type of the 15th-of-month file{}", "“{0}”不是月度导入文件的变更类型（新增、解除、工作记录）"},
    {"status is exited but exit_date is empty", "状态为退出，但退出日期为空"},
    {"{} is after today ({})", "{0}晚于当日（{1}）"},
    // check: references and pairings
    {"recipient {} is not in recipients.csv", "关爱对象{0}不在关爱对象台账（recipients.csv）中"},
    {"cadre {} is not in cadres.csv", "结对干部{0}不在结对干部名单（cadres.csv）中"},
    {"end {} is before start {}", "解除日期{0}早于结对日期{1}"},
    {"recipient {} already has the pairing of role {} on line {} ({} – {}) on {}",
     "关爱对象{0}在{5}已有第{2}行的{1}结对关系（{3}至{4}）"},
    {"recipient {} already has the pairing on line {} ({} – {}) on {}",
     "关爱对象{0}在{4}已有第{1}行的结对关系（{2}至{3}）"},
    {"recipient {} exited on {} (exit_date, the first day out), but this pairing starts on {}",
     "关爱对象{0}已于{1}退出（退出日期为退出后第一天），但该结对关系于{2}开始"},
    {"recipient {} exited on {} (exit_date, the first day out), but this pairing ends on {}: its last day should be {}",
     "关爱对象{0}已于{1}退出（退出日期为退出后第一天），但该结对关系于{2}解除：解除日期应为{3}"},
    {"recipient {} exited on {} (exit_date, the first day out), but this pairing has no end: its last day should be {}",
     "关爱对象{0}已于{1}退出（退出日期为退出后第一天），但该结对关系没有解除日期：解除日期应为{2}"},
    {"a pairing needs a start date", "结对关系缺少结对日期"},
    // check: rules.csv
    {"'{}' is not a measure{}", "“{0}”不是考核项目（contacts联系交流、visits走访探视、any联系走访、help帮办实事）"},
    {"min '{}' is not a whole number ≥ 1", "最少次数“{0}”不是正整数"},
    {"per '{}' is not day, week, halfmonth, month, quarter, year or Nd", "周期“{0}”不是day、week、halfmonth、month、quarter、year或N天（Nd）"},
    {"max_gap '{}' is not a number of days ≥ 1", "最长间隔天数“{0}”不是正整数"},
    {"max_gap is not allowed on a help rule{}", "帮办实事规则不能设最长间隔天数"},
    // check: benefits.csv and standards tables
    {"a benefits row needs a benefit", "享受政策记录缺少政策项目"},
    {"a benefits row needs a recipient id", "享受政策记录缺少身份证号"},
    {"a benefits row needs a start (from)", "享受政策记录缺少开始日期"},
    {"'{}' is not a benefit of the standards table {}", "“{0}”不是标准表{1}中的政策项目"},
    {"amount '{}' is not yuan ≥ 0 with at most 2 decimals", "金额“{0}”不是不小于0、最多两位小数的元数"},
    {"to {} is before from {}", "结束日期{0}早于开始日期{1}"},
    {"{} is in kind: its amount is ignored", "{0}为实物保障：金额不计"},
    {"{} is paid in cash: the amount is empty", "{0}为现金发放：金额为空"},
    // summaries and notes of the commands
    {"{} is not UTF-8; read as GB18030", "{0}不是UTF-8编码，已按GB18030读取"},
    {"{} more not shown (--max-errors 0 shows all)", "另有{0}条未显示（--max-errors 0 显示全部）"},
    {"check: {} error{}, {} warning{} in {} recipients, {} cadres, {} pairings, {} work records",
     "检查：错误{0}条，警告{2}条；关爱对象{4}人，结对干部{5}人，结对关系{6}条，工作记录{7}条"},
    {"{} item{} due as of {}, {} overdue", "截至{2}待办{0}项，其中已逾期{3}项"},
    {"{} item{} due as of {}", "截至{2}待办{0}项"},
    {"the as-of date {} is outside the period {}..{}: nothing is due in it", "截止日期{0}不在考核期{1}至{2}内：期内无待办事项"},
    {"no rule applies to {} (category {}, level {})", "{0}（类别{1}，等级{2}）没有适用的考核规则"},
    {"{} has no pairing active in {}..{}", "{0}在{1}至{2}没有有效结对关系"},
};

// The holes of `english` matched against `pattern`, or nullopt.
std::optional<std::vector<std::string_view>> match(std::string_view pattern, std::string_view text) {
  // Most patterns fail on their first words: tell so before anything is allocated.
  if (!text.starts_with(pattern.substr(0, pattern.find("{}")))) return std::nullopt;
  std::vector<std::string_view> literals;
  for (std::size_t at = 0;;) {
    const std::size_t hole = pattern.find("{}", at);
    literals.push_back(pattern.substr(at, hole == std::string_view::npos ? std::string_view::npos : hole - at));
    if (hole == std::string_view::npos) break;
    at = hole + 2;
  }
  if (!text.starts_with(literals.front())) return std::nullopt;
  std::vector<std::string_view> holes;
  std::size_t pos = literals.front().size();
  for (std::size_t i = 1; i < literals.size(); ++i) {
    const std::string_view literal = literals[i];
    std::size_t found;
    if (i + 1 == literals.size()) {  // the last literal ends the text
      if (text.size() < pos + literal.size() || !text.ends_with(literal)) return std::nullopt;
      found = text.size() - literal.size();
    } else {
      found = literal.empty() ? pos : text.find(literal, pos);
      if (found == std::string_view::npos) return std::nullopt;
    }
    holes.push_back(text.substr(pos, found - pos));
    pos = found + literal.size();
  }
  if (literals.size() == 1 && text.size() != pos) return std::nullopt;
  return holes;
}

}  // namespace

std::string zh_message(std::string_view english) {
  for (const Pattern& p : kPatterns) {
    const auto holes = match(p.english, english);
    if (!holes) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::string_view hole : *holes) args.push_back(hole_text(hole));
    try {
      return fmt::vformat(p.chinese, args);
    } catch (const fmt::format_error&) {
      return std::string(english);  // a catalog slip; the English is still true
    }
  }
  return std::string(english);
}

}  // namespace jiedui::out
