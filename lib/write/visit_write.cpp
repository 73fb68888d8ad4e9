#include "write/visit_write.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "audit/finding.hpp"
#include "csv/input_file.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/money.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"
#include "out/sink.hpp"
#include "out/table_writer.hpp"

namespace jiedui::write {
namespace {

using ledger::Day;

// visits_spec() column order.
enum V : std::size_t { v_date, v_recipient, v_cadre, v_mode, v_items, v_policies, v_difficulties, v_deeds, v_funds,
                       v_escalated, v_must, v_notes, v_count };

std::string normalized_list(std::string_view text, bool musts) {
  std::string out;
  while (true) {
    const std::size_t semi = text.find(';');
    std::string_view one = ledger::trim(text.substr(0, semi));
    if (musts) {
      if (const auto code = ledger::parse_must(one)) one = *code;
    } else if (const auto code = ledger::parse_item(one)) {
      one = *code;  // 联系交流 (as the 15th-of-month file writes it) is talk
    }
    if (!one.empty()) {
      if (!out.empty()) out += ';';
      out.append(one);
    }
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return out;
}

// Items in the words of the file's items column: the codes under `items`,
// the form's names under 关爱内容 (as the mode). Text whose elements are no
// box of the form is kept byte for byte.
std::string items_cell(std::string_view items, bool chinese) {
  const auto to_code = [](std::string_view one) {
    const auto code = ledger::parse_item(one);
    return code ? *code : one;
  };
  const auto to_chinese = [](std::string_view one) {
    const auto code = ledger::parse_item(one);
    return code ? ledger::item_chinese(*code) : one;
  };
  const auto same = [](std::string_view one) { return one; };
  const std::string mapped = ledger::map_list(items, chinese ? +to_chinese : +to_code);
  return mapped == ledger::map_list(items, +same) ? std::string(items) : mapped;
}

std::string count_cell(std::uint32_t n) { return n == 0 ? std::string() : std::to_string(n); }

// A checked record in the file's own words: dates as YYYY-MM-DD, ids with X,
// the mode in the language of the mode column's header.
std::vector<std::string> cells_of(const ledger::Ledger& ledger, const LedgerFile& file, const ledger::Visit& v) {
  std::vector<std::string> cells(v_count);
  cells[v_date] = ledger::format_day(v.date);
  cells[v_recipient] = ledger.recipients[v.recipient].id;
  cells[v_cadre] = ledger.cadres[v.cadre].id;
  cells[v_mode] = file.chinese(v_mode) ? ledger::mode_chinese(v.mode) : ledger::mode_code(v.mode);
  cells[v_items] = items_cell(v.items, file.chinese(v_items));
  cells[v_policies] = count_cell(v.policies);
  cells[v_difficulties] = count_cell(v.difficulties);
  cells[v_deeds] = count_cell(v.deeds);
  cells[v_funds] = v.funds_fen == 0 ? std::string() : ledger::format_yuan(v.funds_fen);
  cells[v_escalated] = count_cell(v.escalated);
  cells[v_must] = std::string(v.must);
  cells[v_notes] = std::string(v.notes);
  return cells;
}

// The export's 新增/解除 row names a pairing pairings.csv holds: same
// recipient, cadre and start (and end, for 解除).
bool pairing_change_found(const ledger::Ledger& ledger, const ledger::PairingChangeRow& row) {
  const auto recipient = ledger.find_recipient(row.recipient);
  const auto cadre = ledger.find_cadre(row.cadre);
  const auto start = ledger::parse_day(row.start);
  const auto end = ledger::parse_day(row.end);
  if (!recipient || !cadre || !start || (row.ended && !end)) return false;
  for (const std::uint32_t p : ledger.pairings_of(*recipient)) {
    const ledger::Pairing& pairing = ledger.pairings[p];
    if (pairing.cadre == *cadre && pairing.start == *start && (!row.ended || pairing.end == end)) return true;
  }
  return false;
}

}  // namespace

std::string visit_key(const ledger::Ledger& ledger, const ledger::Visit& v) {
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", ledger::format_day(v.date),
                     ledger.recipients[v.recipient].id, ledger.cadres[v.cadre].id, ledger::mode_code(v.mode),
                     normalized_list(v.items, false), v.policies, v.difficulties, v.deeds, v.funds_fen, v.escalated,
                     normalized_list(v.must, true), without_forced_mark(v.notes));
}

VisitsOnDisk read_visits_on_disk(const ledger::Ledger& ledger, const ledger::LoadOptions& options, bool all_keys,
                                 const RowKey* wanted) {
  VisitsOnDisk found;
  TailWatch tail;  // the ledger's other problems are check's business
  ledger::LoadOptions all = options;
  all.today = Day{};  // a record already there is there, whatever its date
  all.keep_text = true;  // the key holds items, must and notes
  ledger::for_each_visit(ledger, all, tail, [&](const ledger::Visit& v) {
    tail.saw(v.line);
    if (all_keys) found.keys.insert(visit_key(ledger, v));
    if (wanted != nullptr && found.same_line == 0 && v.date == wanted->date && v.recipient == wanted->recipient &&
        visit_key(ledger, v) == wanted->key)
      found.same_line = v.line;
  });
  tail.stop_if_unreadable();
  return found;
}

VisitPlan plan_visits(const ledger::Ledger& ledger, const LedgerFile& file, VisitRequest request,
                      const std::unordered_set<std::string>& existing) {
  VisitPlan plan;
  std::unordered_set<std::string> seen;
  RefusalSink sink(plan.refusals, plan.notes, request.line_shift);
  csv::ReaderOptions reader_options;
  reader_options.encoding = request.encoding;
  // The input's own columns, for the place of refusals found after reading.
  ledger::CollectingSink header_sink;
  const ledger::TableReader header(csv::Reader::from_string(request.text, reader_options), request.display,
                                   ledger::visits_spec(), header_sink);
  ledger::LoadOptions options;
  options.encoding = request.encoding;
  options.today = Day{};  // future-date is checked below, so a forced record still arrives
  const auto shifted = [&](std::uint32_t line) {
    return static_cast<std::uint32_t>(static_cast<std::int64_t>(line) + request.line_shift);
  };
  const auto on_change = [&](const ledger::PairingChangeRow& row) {
    if (!pairing_change_found(ledger, row))
      plan.refusals.push_back(
          {request.display, shifted(row.line), row.column, "no-pairing",
           fmt::format("the {} of recipient {} and cadre {} on {} is not in pairings.csv; record it with `jiedui pair "
                       "{}`, then import again",
                       row.ended ? "解除" : "新增", ledger::normalize_id(row.recipient), ledger::normalize_id(row.cadre),
                       row.ended ? row.end : row.start, row.ended ? "end" : "add"),
           false});
    else
      ++plan.pairing_changes;
  };
  ledger::for_each_visit_in(ledger, csv::Reader::from_string(std::move(request.text), reader_options),
                            request.display, options, sink,
                            [&](const ledger::Visit& read) {
    ledger::Visit v = read;
    if (request.read_export) {
      v.items = out::unguard_formula(v.items);
      v.notes = out::unguard_formula(v.notes);
    }
    if (request.skip_duplicates) {
      std::string key = visit_key(ledger, v);
      if (existing.count(key) > 0 || !seen.insert(std::move(key)).second) {
        ++plan.duplicates;
        return;
      }
    }
    const std::size_t before = plan.refusals.size();
    const std::uint32_t line = shifted(v.line);
    const auto column = [&](std::size_t c) { return header.column_of(c); };
    if (request.today != Day{} && v.date > request.today)
      plan.refusals.push_back({request.display, line, column(v_date), "future-date",
                               fmt::format("{} is after today ({})", ledger::format_day(v.date),
                                           ledger::format_day(request.today)),
                               true});
    // SPEC §5 visit-not-paired, which §7 refuses: the record would count for
    // nobody (a record by the person of a pairing of any role counts for it).
    const std::optional<std::uint32_t> pairing = ledger.active_pairing(v.recipient, v.date);
    if (ledger.for_each_record_pairing(v.recipient, v.date, v.cadre, [](std::uint32_t) {}) == 0) {
      const std::string_view by = ledger.cadres[v.cadre].id;
      plan.refusals.push_back(
          {request.display, line, column(v_cadre), "visit-not-paired",
           pairing ? fmt::format("record by cadre {}, paired cadre {}", by,
                                 ledger.cadres[ledger.pairings[*pairing].cadre].id)
                   : fmt::format("record by cadre {}, no pairing on {}", by, ledger::format_day(v.date)),
           true});
    }
    std::vector<std::string> cells = cells_of(ledger, file, v);
    if (plan.refusals.size() > before && request.force) {
      ++plan.forced;
      std::string& notes = cells[v_notes];
      notes = notes.empty() ? forced_note(request.reason) : notes + " " + forced_note(request.reason);
    }
    plan.rows.push_back(std::move(cells));
    plan.keys.push_back({v.date, v.recipient, visit_key(ledger, v)});
    plan.source_lines.push_back(line);
  }, request.read_export ? std::function<void(const ledger::PairingChangeRow&)>(on_change) : nullptr);
  return plan;
}

void append_rows(const LedgerFile& file, const std::vector<std::vector<std::string>>& rows) {
  const int fd = csv::open_input(file.path).fd;  // a regular file, or InputError
  try {
    out::AtomicFileSink sink(file.path);
    sink.append_file(fd, 0, file.size);
    std::string tail = file.mend();
    for (const auto& row : rows) tail += encode_row(file, row);
    sink.write(tail);
    sink.commit();
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

}  // namespace jiedui::write
