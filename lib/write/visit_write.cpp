#include "write/visit_write.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include "audit/finding.hpp"
#include "csv/input_file.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/money.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"
#include "out/sink.hpp"

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
    if (musts)
      if (const auto code = ledger::parse_must(one)) one = *code;
    if (!one.empty()) {
      if (!out.empty()) out += ';';
      out.append(one);
    }
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return out;
}

std::string_view without_forced_mark(std::string_view notes) {
  notes = ledger::trim(notes);
  if (notes.ends_with("]")) {
    const std::size_t at = notes.rfind("[forced: ");
    if (at != std::string_view::npos) notes = ledger::trim(notes.substr(0, at));
  }
  return notes;
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
  cells[v_items] = std::string(v.items);
  cells[v_policies] = count_cell(v.policies);
  cells[v_difficulties] = count_cell(v.difficulties);
  cells[v_deeds] = count_cell(v.deeds);
  cells[v_funds] = v.funds_fen == 0 ? std::string() : ledger::format_yuan(v.funds_fen);
  cells[v_escalated] = count_cell(v.escalated);
  cells[v_must] = std::string(v.must);
  cells[v_notes] = std::string(v.notes);
  return cells;
}

class CollectErrors : public ledger::DiagnosticSink {
 public:
  CollectErrors(std::vector<Refusal>& out, std::vector<std::string>& notes, std::int64_t shift)
      : out_(out), notes_(notes), shift_(shift) {}
  void report(ledger::Diagnostic d) override {
    if (d.severity != ledger::Severity::error) return;
    d.line = static_cast<std::uint32_t>(static_cast<std::int64_t>(d.line) + shift_);
    out_.push_back(refusal_of(d));
  }
  void note(std::string message) override { notes_.push_back(std::move(message)); }

 private:
  std::vector<Refusal>& out_;
  std::vector<std::string>& notes_;
  std::int64_t shift_;
};

}  // namespace

std::string visit_key(const ledger::Ledger& ledger, const ledger::Visit& v) {
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", ledger::format_day(v.date),
                     ledger.recipients[v.recipient].id, ledger.cadres[v.cadre].id, ledger::mode_code(v.mode),
                     normalized_list(v.items, false), v.policies, v.difficulties, v.deeds, v.funds_fen, v.escalated,
                     normalized_list(v.must, true), without_forced_mark(v.notes));
}

std::unordered_set<std::string> existing_visit_keys(const ledger::Ledger& ledger,
                                                    const ledger::LoadOptions& options) {
  std::unordered_set<std::string> keys;
  ledger::CollectingSink ignored;  // the ledger's own problems are check's business
  ledger::LoadOptions all = options;
  all.today = Day{};  // a record already there is there, whatever its date
  ledger::for_each_visit(ledger, all, ignored, [&](const ledger::Visit& v) { keys.insert(visit_key(ledger, v)); });
  return keys;
}

VisitPlan plan_visits(const ledger::Ledger& ledger, const LedgerFile& file, VisitRequest request,
                      const std::unordered_set<std::string>& existing) {
  VisitPlan plan;
  std::unordered_set<std::string> seen;
  CollectErrors sink(plan.refusals, plan.notes, request.line_shift);
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
  ledger::for_each_visit_in(ledger, csv::Reader::from_string(std::move(request.text), reader_options),
                            request.display, options, sink,
                            [&](const ledger::Visit& v) {
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
    // SPEC §5 visit-not-paired, which §7 refuses: the record would count for nobody.
    const std::optional<std::uint32_t> pairing = ledger.active_pairing(v.recipient, v.date);
    if (!pairing || ledger.pairings[*pairing].cadre != v.cadre) {
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
    plan.source_lines.push_back(line);
  });
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
