// rules.csv rows (SPEC §4), read through the same table reader as the ledgers.
#include <fmt/format.h>

#include <charconv>

#include "csv/source.hpp"
#include "error.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"
#include "rules/rule.hpp"

namespace jiedui::rules {
namespace {

using ledger::Code;
using ledger::Severity;
using ledger::TableReader;

enum Col : std::size_t { k_category, k_level, k_measure, k_min, k_per, k_max_gap, k_role };

std::optional<int> positive_int(std::string_view text) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size() || n < 0 || n > 100000) return std::nullopt;
  return n;
}

std::optional<Measure> parse_measure(std::string_view text) {
  for (Measure m : {Measure::contacts, Measure::visits, Measure::any, Measure::help})
    if (ledger::iequals_ascii(text, measure_name(m))) return m;
  if (text == "联系交流") return Measure::contacts;
  if (text == "走访探视") return Measure::visits;
  if (text == "联系走访") return Measure::any;  // what `rules --lang zh` prints
  if (text == "帮办实事") return Measure::help;
  return std::nullopt;
}

std::optional<Per> parse_per(std::string_view text) {
  using K = Per::Kind;
  static constexpr std::pair<std::string_view, K> kNames[] = {{"day", K::day},     {"week", K::week},
                                                               {"halfmonth", K::halfmonth}, {"month", K::month},
                                                               {"quarter", K::quarter}, {"year", K::year}};
  // The Chinese that `rules --lang zh` prints reads back: 日 周 半月 月 季度 年, N天.
  static constexpr std::pair<std::string_view, K> kChinese[] = {{"日", K::day},     {"周", K::week},
                                                                 {"半月", K::halfmonth}, {"月", K::month},
                                                                 {"季度", K::quarter}, {"年", K::year}};
  for (const auto& [name, kind] : kNames)
    if (ledger::iequals_ascii(text, name)) return Per{kind, 0};
  for (const auto& [name, kind] : kChinese)
    if (text == name) return Per{kind, 0};
  std::string_view digits;
  if (text.size() >= 2 && (text.back() == 'd' || text.back() == 'D')) digits = text.substr(0, text.size() - 1);
  if (text.ends_with("天")) digits = text.substr(0, text.size() - std::string_view("天").size());
  if (!digits.empty()) {
    if (const auto n = positive_int(digits); n && *n >= 1) return Per{K::days, *n};
  }
  return std::nullopt;
}

RuleSet read_rules(TableReader& t) {
  RuleSet set;
  set.source = t.display_path();
  while (t.next()) {
    Rule rule;
    rule.line = t.line();
    bool ok = true;
    const std::string_view category = t.cell(k_category);
    if (category.empty() || category == "*") {
      rule.category = std::nullopt;
    } else if (const auto c = ledger::parse_category(category)) {
      rule.category = *c;
    } else {
      t.report(Severity::error, Code::bad_value, k_category,
               fmt::format("'{}' is not a category (see jiedui-ledger(5)) or *", category));
      ok = false;
    }
    const std::string_view level = t.cell(k_level);
    if (!level.empty() && level != "*") rule.level = ledger::normalize_level(level);
    if (const auto m = parse_measure(t.cell(k_measure))) {
      rule.measure = *m;
    } else {
      t.report(Severity::error, Code::bad_value, k_measure,
               fmt::format("'{}' is not a measure (contacts, visits, any, help)", t.cell(k_measure)));
      ok = false;
    }
    if (const auto n = positive_int(t.cell(k_min)); n && *n >= 1) {
      rule.min = *n;
    } else {
      t.report(Severity::error, Code::bad_value, k_min, fmt::format("min '{}' is not a whole number ≥ 1", t.cell(k_min)));
      ok = false;
    }
    if (const auto per = parse_per(t.cell(k_per))) {
      rule.per = *per;
    } else {
      t.report(Severity::error, Code::bad_value, k_per,
               fmt::format("per '{}' is not day, week, halfmonth, month, quarter, year or Nd", t.cell(k_per)));
      ok = false;
    }
    if (const std::string_view gap = t.cell(k_max_gap); !gap.empty()) {
      if (const auto n = positive_int(gap); n && *n >= 1) {
        rule.max_gap = *n;
      } else {
        t.report(Severity::error, Code::bad_value, k_max_gap, fmt::format("max_gap '{}' is not a number of days ≥ 1", gap));
        ok = false;
      }
      if (ok && rule.measure == Measure::help) {
        t.report(Severity::error, Code::bad_value, k_max_gap, "max_gap is not allowed on a help rule");
        ok = false;
      }
    }
    // An unknown role is an error like any other, so the file is refused
    // whole: a row silently read as the cadre's would audit the wrong people.
    if (const std::string_view role = t.cell(k_role); !role.empty()) {
      if (const auto r = ledger::parse_role(role)) {
        rule.role = *r;
      } else {
        t.report(Severity::error, Code::bad_value, k_role,
                 fmt::format("'{}' is not a role (cadre 结对干部, helper 关爱帮扶联系人, teacher 教师, medic 医护人员, "
                             "counselor 心理咨询师, village 驻村干部)",
                             role));
        ok = false;
      }
    }
    if (ok) set.rules.push_back(std::move(rule));
  }
  return set;
}

}  // namespace

RuleSet load_rules(const std::string& path, const std::string& display_path, ledger::DiagnosticSink& sink) {
  // Read whole, and bounded: a rules file is a few dozen rows, and --rules
  // /dev/zero (a file that never ends) was read for ever.
  return parse_rules_text(csv::read_bounded(path, std::size_t{16} << 20, "a rules file is a few dozen rows"),
                          display_path, sink);
}

RuleSet parse_rules_text(std::string text, const std::string& display_path, ledger::DiagnosticSink& sink) {
  TableReader t(csv::Reader::from_string(std::move(text)), display_path, ledger::rules_spec(), sink);
  return read_rules(t);
}

}  // namespace jiedui::rules
