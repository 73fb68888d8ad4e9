#include "people_write.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "error.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::cmd {

namespace {

// What a column takes, where it is a list (the loader's words).
std::string_view value_hint(std::string_view file, std::string_view column) {
  if (column == "category") return ": a code or Chinese name, orphan 孤儿, disabled 困难重度残疾人 …";
  if (column == "gender") return ": 男, 女, M, F";
  if (column == "birth" || column == "exit_date") return ": YYYY-MM-DD (birth also YYYY-MM)";
  if (column == "status")
    return file == "cadres.csv" ? ": active 在岗, retired 退休, left 调离" : ": active 在册, exited 退出";
  if (column == "setting") return ": scattered 社会散居, institution 机构养育";
  return "";
}

}  // namespace

void ColumnOptions::add(CLI::App& app, const ledger::FileSpec& spec, const std::vector<std::string_view>& skip) {
  for (const ledger::ColumnSpec& column : spec.columns) {
    if (std::find(skip.begin(), skip.end(), column.name) != skip.end()) continue;
    std::string flag = "--" + std::string(column.name);
    std::replace(flag.begin(), flag.end(), '_', '-');
    const std::string name(column.name);
    options_[name] = app.add_option(flag, values_[name],
                                    fmt::format("the {} column ({}){}; \"\" empties it", name, column.aliases.front(),
                                                value_hint(spec.file_name, column.name)));
  }
}

bool ColumnOptions::given(std::string_view column) const {
  const auto it = options_.find(column);
  return it != options_.end() && it->second->count() > 0;
}

std::string ColumnOptions::value(std::string_view column) const {
  const auto it = values_.find(column);
  return it == values_.end() ? std::string() : it->second;
}

std::vector<std::pair<std::string, std::string>> ColumnOptions::values() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, option] : options_)
    if (option->count() > 0) out.emplace_back(name, values_.at(name));
  return out;
}

std::string usage_category(const std::string& text) {
  if (const auto c = ledger::parse_category(text)) return std::string(ledger::category_code(*c));
  std::string known;
  for (int i = 0; i < ledger::kCategoryCount; ++i) {
    const auto c = static_cast<ledger::Category>(i);
    known += fmt::format("{}{} {}", known.empty() ? "" : ", ", ledger::category_code(c), ledger::category_chinese(c));
  }
  throw UsageError(fmt::format("--category: '{}' is not a category ({})", text, known));
}

std::string usage_gender(const std::string& text, std::string_view option) {
  if (text.empty()) return text;
  if (const auto g = ledger::parse_gender(text)) return *g == ledger::Gender::male ? "M" : "F";
  throw UsageError(fmt::format("{}: '{}' is not a gender (男, 女, M, F, male, female)", option, text));
}

std::vector<std::pair<std::string, std::string>> usage_district(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    parts.emplace_back(ledger::trim(std::string_view(path).substr(start, slash - start)));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.size() != 4 || std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.empty(); }))
    throw UsageError(fmt::format("--district '{}': give the four levels 市/县/乡镇/村, e.g. "
                                 "平凉市/崆峒区/峡门回族乡/吴坡村 (or --city --county --township --village)",
                                 path));
  return {{"city", parts[0]}, {"county", parts[1]}, {"township", parts[2]}, {"village", parts[3]}};
}

int run_person_edit(const Globals& g, const WriteOptions& o, const write::PersonEdit& edit, const std::string& command,
                    const std::function<int(const LockedSet&)>& check,
                    const std::function<void(const LockedSet&, const write::PersonPlan&)>& after) {
  const std::string config_command = command.substr(0, command.find(' '));
  auto locked = lock_and_load(g, o, config_command);
  if (check)
    if (const int refused = check(*locked); refused != kOk) return refused;
  const write::PersonPlan plan = write::plan_person_edit(locked->set.ledger, locked->diagnostics, edit, locked->load);
  if (const int refused = report_refusals(plan.refusals, o, g.quiet, false); refused != kOk) return refused;
  report_warnings(plan.warnings, g.quiet);
  if (o.dry_run) {
    std::string text;
    for (const auto& c : plan.changes) {
      if (!c.before.empty()) text += dry_run_line(plan.file.path, c.line, '-', c.before, o.reveal);
      text += dry_run_line(plan.file.path, c.line, '+', c.after, o.reveal);
    }
    print_stdout(text);
    if (!g.quiet) print_line(fmt::format("{}: dry run, nothing written", command));
  } else {
    write::write_people(plan);
    if (!g.quiet) {
      const std::string id = ledger::normalize_id(edit.id);
      print_line(fmt::format("{}: wrote {} (line {} {}) for {} {}", command, plan.file.path,
                             plan.changes.front().line, edit.add ? "added" : "changed",
                             edit.file == write::PersonEdit::File::recipients ? "recipient" : "cadre",
                             o.reveal ? id : out::mask_id(id)));
    }
  }
  if (after) after(*locked, plan);
  return kOk;
}

}  // namespace jiedui::cmd
