#include "write/inspection_write.hpp"

#include <fmt/format.h>

#include "ledger/dates.hpp"
#include "ledger/schema.hpp"
#include "ledger/table.hpp"
#include "out/sink.hpp"
#include "out/table_writer.hpp"

namespace jiedui::write {
namespace {

using ledger::Day;

// inspections_spec() column order.
enum I : std::size_t { i_date, i_recipient, i_helper, i_inspector, i_visited, i_activities, i_environment,
                       i_satisfied, i_notes, i_count };

// An answer in the language of its column's header: 是/否 under 满意度, yes/no under satisfied.
std::string answer_cell(const LedgerFile& file, std::size_t column, bool yes) {
  if (file.chinese(column)) return yes ? "是" : "否";
  return yes ? "yes" : "no";
}

std::vector<std::string> cells_of(const ledger::Ledger& ledger, const LedgerFile& file, const ledger::Inspection& i) {
  std::vector<std::string> cells(i_count);
  cells[i_date] = ledger::format_day(i.date);
  cells[i_recipient] = ledger.recipients[i.recipient].id;
  cells[i_helper] = ledger.cadres[i.helper].id;
  cells[i_inspector] = i.inspector;
  cells[i_visited] = answer_cell(file, i_visited, i.visited);
  cells[i_activities] = answer_cell(file, i_activities, i.activities);
  cells[i_environment] = answer_cell(file, i_environment, i.environment);
  cells[i_satisfied] = answer_cell(file, i_satisfied, i.satisfied);
  cells[i_notes] = i.notes;
  return cells;
}

}  // namespace

std::string inspection_key(const ledger::Ledger& ledger, const ledger::Inspection& i) {
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{:d}{:d}{:d}{:d}\x1f{}", ledger::format_day(i.date),
                     ledger.recipients[i.recipient].id, ledger.cadres[i.helper].id, i.inspector, i.visited,
                     i.activities, i.environment, i.satisfied, without_forced_mark(i.notes));
}

std::unordered_set<std::string> read_inspections_on_disk(const ledger::Ledger& ledger, const LedgerFile& file) {
  std::unordered_set<std::string> keys;
  if (file.size == 0) return keys;  // not created yet
  csv::ReaderOptions options;
  options.encoding = file.encoding;
  TailWatch tail;  // the file's other problems are check's business
  ledger::for_each_inspection_in(ledger, csv::Reader(file.path, options), file.path, {}, tail,
                                 [&](const ledger::Inspection& i) {
                                   tail.saw(i.line);
                                   keys.insert(inspection_key(ledger, i));
                                 });
  tail.stop_if_unreadable();
  return keys;
}

LedgerFile new_inspections_file(const std::string& path) {
  LedgerFile file;
  file.path = path;
  file.lines = 1;  // the header the new file starts with
  for (const ledger::ColumnSpec& column : ledger::inspections_spec().columns) {
    file.field_of.push_back(static_cast<int>(file.header.size()));
    file.header.emplace_back(column.name);
  }
  return file;
}

InspectionPlan plan_inspections(const ledger::Ledger& ledger, const LedgerFile& file, InspectionRequest request,
                                const std::unordered_set<std::string>& existing) {
  InspectionPlan plan;
  std::unordered_set<std::string> seen;
  RefusalSink sink(plan.refusals, plan.notes, request.line_shift);
  csv::ReaderOptions reader_options;
  reader_options.encoding = request.encoding;
  // The input's own columns, for the place of refusals found after reading.
  ledger::CollectingSink header_sink;
  const ledger::TableReader header(csv::Reader::from_string(request.text, reader_options), request.display,
                                   ledger::inspections_spec(), header_sink);
  ledger::LoadOptions options;
  options.today = Day{};  // future-date is checked below, so a forced row still arrives
  const auto line_of = [&](std::uint32_t line) {
    return static_cast<std::uint32_t>(static_cast<std::int64_t>(line) + request.line_shift);
  };
  ledger::for_each_inspection_in(
      ledger, csv::Reader::from_string(std::move(request.text), reader_options), request.display, options, sink,
      [&](const ledger::Inspection& i) {
        if (request.skip_duplicates) {
          std::string key = inspection_key(ledger, i);
          if (existing.count(key) > 0 || !seen.insert(std::move(key)).second) {
            ++plan.duplicates;
            return;
          }
        }
        const std::size_t before = plan.refusals.size();
        const std::uint32_t line = line_of(i.line);
        if (request.today != Day{} && i.date > request.today)
          plan.refusals.push_back({request.display, line, header.column_of(i_date), "future-date",
                                   fmt::format("{} is after today ({})", ledger::format_day(i.date),
                                               ledger::format_day(request.today)),
                                   true});
        // It would count for no pairing: no strike, no subsidy consequence.
        if (!ledger::inspected_pairing(ledger, i.recipient, i.helper, i.date))
          plan.refusals.push_back(
              {request.display, line, header.column_of(i_helper), "inspection-not-paired",
               fmt::format("helper {} is not the helper (role helper) paired with recipient {} on {}",
                           ledger.cadres[i.helper].id, ledger.recipients[i.recipient].id, ledger::format_day(i.date)),
               true});
        std::vector<std::string> cells = cells_of(ledger, file, i);
        if (plan.refusals.size() > before && request.force) {
          ++plan.forced;
          std::string& notes = cells[i_notes];
          notes = notes.empty() ? forced_note(request.reason) : notes + " " + forced_note(request.reason);
        }
        plan.rows.push_back(std::move(cells));
      });
  return plan;
}

void create_with_rows(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows) {
  out::AtomicFileSink sink(file.path);
  std::string text;
  for (std::size_t f = 0; f < file.header.size(); ++f) {
    if (f > 0) text += ',';
    text += out::csv_field(file.header[f]);
  }
  text += file.line_end;
  for (const auto& row : rows) text += encode_row(file, row);
  sink.write(text);
  sink.commit();
}

}  // namespace jiedui::write
