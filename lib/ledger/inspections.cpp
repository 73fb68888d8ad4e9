// inspections.csv through the ledgers' table reader: header aliases, UTF-8 or
// GB18030, every problem as FILE:LINE:COLUMN.
#include "ledger/inspections.hpp"

#include <fmt/format.h>

#include <array>
#include <filesystem>

#include "ledger/dates.hpp"
#include "ledger/load_common.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::ledger {
namespace {

// inspections_spec() column order.
enum I : std::size_t { i_date, i_recipient, i_helper, i_inspector, i_visited, i_activities, i_environment,
                       i_satisfied, i_notes };

// The four answers and what an empty one is called in a message.
constexpr std::array<std::pair<I, std::string_view>, 4> kAnswers = {{
    {i_visited, "visited (是否开展联系走访)"},
    {i_activities, "activities (是否开展关爱帮扶活动)"},
    {i_environment, "environment (家庭环境)"},
    {i_satisfied, "satisfied (满意度)"},
}};

bool read_answer(TableReader& t, std::size_t column, std::string_view what, bool& answer) {
  const std::string_view text = t.cell(column);
  if (text.empty()) {
    t.report(Severity::error, Code::missing_value, column,
             fmt::format("the answer {} is empty: an inspection needs all four", what));
    return false;
  }
  if (const auto yes = parse_yes_no(text)) {
    answer = *yes;
    return true;
  }
  t.report(Severity::error, Code::bad_value, column,
           fmt::format("'{}' is not yes or no (yes/no, y/n, 1/0, 是/否, 满意/不满意, √/×)", text));
  return false;
}

// The current row, checked; true when `row` holds an inspection that counts.
bool read_row(TableReader& t, const Ledger& ledger, const LoadOptions& options, Inspection& row) {
  row.line = t.line();
  bool ok = require(t, i_date, "an inspection needs a date");
  if (const auto day = read_day(t, i_date, true, options)) {
    row.date = *day;
    // A future inspection has not happened: it counts for nothing.
    if (options.today != Day{} && *day > options.today) ok = false;
  } else {
    ok = false;
  }
  const std::string_view recipient = t.cell(i_recipient);
  if (recipient.empty()) {
    ok = require(t, i_recipient, "an inspection needs a recipient id") && ok;
  } else if (const auto r = ledger.find_recipient(recipient)) {
    row.recipient = *r;
  } else {
    if (!ledger.is_unusable_recipient(recipient))
      t.report(Severity::error, Code::unknown_recipient, i_recipient,
               fmt::format("recipient {} is not in recipients.csv", normalize_id(recipient)));
    ok = false;
  }
  const std::string_view helper = t.cell(i_helper);
  if (helper.empty()) {
    ok = require(t, i_helper, "an inspection needs the helper's id (a cadres.csv id)") && ok;
  } else if (const auto c = ledger.find_cadre(helper)) {
    row.helper = *c;
  } else {
    t.report(Severity::error, Code::unknown_cadre, i_helper,
             fmt::format("helper {} is not in cadres.csv", normalize_id(helper)));
    ok = false;
  }
  ok = read_answer(t, i_visited, kAnswers[0].second, row.visited) && ok;
  ok = read_answer(t, i_activities, kAnswers[1].second, row.activities) && ok;
  ok = read_answer(t, i_environment, kAnswers[2].second, row.environment) && ok;
  ok = read_answer(t, i_satisfied, kAnswers[3].second, row.satisfied) && ok;
  row.inspector = t.cell(i_inspector);
  row.notes = t.cell(i_notes);
  if (!ok) return false;
  if (!inspected_pairing(ledger, row.recipient, row.helper, row.date))
    t.report(Severity::warning, Code::inspection_not_paired, i_helper,
             fmt::format("helper {} is not the helper (role helper) paired with recipient {} on {}: the inspection "
                         "counts for no pairing",
                         ledger.cadres[row.helper].id, ledger.recipients[row.recipient].id, format_day(row.date)));
  return true;
}

}  // namespace

std::optional<bool> parse_yes_no(std::string_view text) {
  text = trim(text);
  for (std::string_view yes : {"yes", "y", "1", "是", "满意", "√"})
    if (iequals_ascii(text, yes)) return true;
  for (std::string_view no : {"no", "n", "0", "否", "不满意", "×"})
    if (iequals_ascii(text, no)) return false;
  return std::nullopt;
}

std::optional<std::uint32_t> inspected_pairing(const Ledger& ledger, std::uint32_t recipient, std::uint32_t helper,
                                               Day day) {
  for (const std::uint32_t p : ledger.pairings_of(recipient)) {
    const Pairing& pairing = ledger.pairings[p];
    if (pairing.start > day) break;
    if (pairing.role == Role::helper && pairing.cadre == helper && pairing.active_on(day)) return p;
  }
  return std::nullopt;
}

void for_each_inspection_in(const Ledger& ledger, csv::Reader reader, std::string display_path,
                            const LoadOptions& options, DiagnosticSink& sink,
                            const std::function<void(const Inspection&)>& on_row) {
  SortingSink sorted(sink);
  TableReader t(std::move(reader), std::move(display_path), inspections_spec(), sorted);
  while (t.usable() && t.next()) {
    Inspection row;
    if (read_row(t, ledger, options, row)) on_row(row);
  }
}

Inspections load_inspections(const Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink) {
  Inspections out;
  const std::string path = ledger.path_of("inspections.csv");
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  out.present = true;
  SortingSink sorted(sink);
  TableReader t(path, path, inspections_spec(), options.encoding, sorted);
  while (t.usable() && t.next()) {
    Inspection row;
    if (read_row(t, ledger, options, row)) out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace jiedui::ledger
