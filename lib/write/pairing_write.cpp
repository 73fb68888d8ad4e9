#include "write/pairing_write.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "audit/finding.hpp"
#include "audit/pairing_checks.hpp"
#include "csv/input_file.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "ledger/schema.hpp"
#include "out/sink.hpp"
#include "write/candidate.hpp"
#include "write/write_error.hpp"

namespace jiedui::write {
namespace {

using ledger::Day;
using Kind = PairingChange::Kind;

// pairings_spec() column order.
enum P : std::size_t { p_recipient, p_cadre, p_start, p_end, p_reason, p_role, p_count };

void need_column(const LedgerFile& file, std::size_t column, std::string_view name, std::string_view chinese) {
  if (!file.has(column))
    throw WriteError(fmt::format("{}: the header has no {} column ({}); add one, then retry; nothing written",
                                 file.path, name, chinese));
}

std::uint32_t column_number(const LedgerFile& file, std::size_t column) {
  return file.has(column) ? static_cast<std::uint32_t>(file.field_of[column] + 1) : 1;
}

// The role cell of a written row, in the language of the role column's header
// (helper, or 关爱帮扶联系人 under 结对角色); "" when the file has no role column
// (then the role is cadre: a cadre pairing leaves such a file as it is).
std::string role_cell(const LedgerFile& file, ledger::Role role) {
  if (!file.has(p_role)) return "";
  return std::string(file.chinese(p_role) ? ledger::role_chinese(role) : ledger::role_code(role));
}

// A pairings.csv without a role column that is to hold a non-cadre pairing
// gains the column: `role` (`结对角色` when the header is Chinese) at the end of
// the header, and an empty cell (cadre) at the end of every old record; blank
// lines stay blank. The quote state is followed so that a line break inside a
// quoted cell is not taken for a record's end (GB18030 never uses the bytes
// of '"', CR or LF inside a character, so the scan holds for both encodings).
// The layout in `file` is updated to match.
std::string with_role_column(const std::string& bytes, LedgerFile& file) {
  const bool chinese = file.chinese(p_recipient);
  const std::string name = chinese ? "结对角色" : "role";
  std::string out;
  out.reserve(bytes.size() + file.lines + name.size());
  bool quoted = false, header = true, content = false;
  const auto close_record = [&](std::size_t at_end) {
    // `at_end`: bytes already copied that belong to the line end (the CR of CRLF).
    if (!content) return;
    const std::string cell = header ? "," + to_file_encoding(file, name) : std::string(",");
    out.insert(out.size() - at_end, cell);
    header = false;
    content = false;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) {
      close_record(!out.empty() && out.back() == '\r' ? 1 : 0);
      out += c;
      continue;
    }
    out += c;
    if (c != '\r') content = true;
  }
  close_record(0);
  file.header.push_back(name);
  file.field_of[p_role] = static_cast<int>(file.header.size()) - 1;
  return out;
}

// The header as UTF-8 text, for --dry-run.
std::string header_line(const LedgerFile& file) {
  std::string text = utf8_table(file, {});
  text.pop_back();  // its '\n'
  return text;
}

// recipient-exited: the new pairing starts when its recipient is no longer
// in the programme (status exited, on or after exit_date, the first day out).
void check_exited(const ledger::Ledger& candidate, const ledger::Pairing& added, const PairingChange& change,
                  const LedgerFile& file, std::vector<Refusal>& out) {
  const ledger::Recipient& r = candidate.recipients[added.recipient];
  if (r.active_on(added.start)) return;
  std::string message =
      r.exit_date ? fmt::format("recipient {} exited on {} (exit_date, the first day out): no pairing can start on {}",
                                r.id, ledger::format_day(*r.exit_date), ledger::format_day(added.start))
                  : fmt::format("recipient {} has status exited (and no exit_date): no pairing can start on {}", r.id,
                                ledger::format_day(added.start));
  if (change.kind == Kind::move && r.exit_date)
    message += fmt::format(" (pair end --date {} ends the pairing on the last day before the exit)",
                           ledger::format_day(*r.exit_date - date::days{1}));
  out.push_back({file.path, added.line, column_number(file, p_start), "recipient-exited", std::move(message), true});
}

// The audit's pairing findings on the candidate that concern the change.
void audit_candidate(const ledger::Ledger& candidate, const PairingChange& change, const LedgerFile& file,
                     std::uint32_t new_line, std::optional<Day> ended_on, std::vector<Refusal>& out) {
  const std::string rid = ledger::normalize_id(change.recipient);
  std::vector<audit::Finding> findings;
  audit::AuditOptions options;
  options.gender_gap = change.gender_gap;
  const ledger::Pairing* added = nullptr;
  for (const auto& p : candidate.pairings)
    if (new_line != 0 && p.line == new_line) added = &p;
  if (added != nullptr) {
    check_exited(candidate, *added, change, file, out);
    options.period = {added->start, added->end.value_or(added->start)};
    options.as_of = added->start;
    audit::check_gender(candidate, options, findings);
    audit::check_cadre_unavailable(candidate, options, findings);
  }
  if (ended_on && change.role == ledger::Role::cadre) {
    // 应结尽结: ending a pairing must not leave an active recipient unpaired.
    // Only the cadre: a helper whose agreement is terminated (three failed
    // inspections) must be ended whether or not a new one is found yet.
    options.as_of = *ended_on + date::days{1};
    audit::check_unpaired(candidate, options, findings);
  }
  const std::string cid = added != nullptr ? candidate.cadres[added->cadre].id : std::string();
  for (const auto& f : findings) {
    if (f.severity != ledger::Severity::error || f.recipient != rid) continue;
    if (f.code == audit::codes::unpaired) {
      out.push_back({file.path, 0, column_number(file, p_end), f.code,
                     change.kind == Kind::end
                         ? fmt::format("recipient {}: {} (pair move hands over without a gap; a recipient who "
                                       "has left the programme is marked exited first: jiedui recipient exit {} "
                                       "--date {})",
                                       rid, f.detail, rid, ledger::format_day(change.date + date::days{1}))
                         : fmt::format("recipient {}: {} (pair move hands over without a gap)", rid, f.detail),
                     true});
    } else if (f.cadre == cid) {
      out.push_back({file.path, new_line, column_number(file, p_cadre), f.code, f.detail, true});
    }
  }
}

// The candidate pairings.csv (plan.bytes) through check's loader: the new
// problems in that file are the change's.
ledger::Ledger load_candidate(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                              const ledger::LoadOptions& options, PairingPlan& plan) {
  ledger::LoadOptions candidate_options = options;
  candidate_options.pairings_text = plan.bytes;
  return write::load_candidate(ledger, diagnostics, candidate_options, plan.file.path, plan.refusals, plan.warnings);
}

}  // namespace

PairingPlan plan_pairing_change(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                                const PairingChange& change, const ledger::LoadOptions& options) {
  PairingPlan plan;
  const std::string path = ledger.path_of("pairings.csv");
  plan.file = read_ledger_file(path, ledger::pairings_spec(), options.encoding);
  const LedgerFile& file = plan.file;
  std::string old_bytes = csv::read_input_file(path);
  const std::vector<RecordSpan> spans = read_record_spans(old_bytes, file);
  refuse_unreadable_last_record(path, spans, diagnostics);
  const std::string rid = ledger::normalize_id(change.recipient);

  // The row to end (end, move).
  const RecordSpan* ended = nullptr;
  std::vector<std::string> ended_cells;
  std::optional<Day> ended_on;
  if (change.kind != Kind::add) {
    const auto r = ledger.find_recipient(rid);
    const auto p = r ? ledger.active_pairing(*r, change.date, change.role) : std::nullopt;
    if (!r) {
      plan.refusals.push_back({"", 0, 0, "unknown-recipient",
                               fmt::format("recipient {} is not in recipients.csv", rid), false});
      return plan;
    }
    if (!p) {
      plan.refusals.push_back({"", 0, 0, "no-pairing",
                               fmt::format("recipient {} has no {}pairing active on {}: nothing to {}", rid,
                                           change.role == ledger::Role::cadre
                                               ? std::string()
                                               : fmt::format("{} ", ledger::role_code(change.role)),
                                           ledger::format_day(change.date),
                                           change.kind == Kind::end ? "end" : "move"),
                               false});
      return plan;
    }
    const ledger::Pairing& pairing = ledger.pairings[*p];
    if (change.kind == Kind::move && ledger::normalize_id(change.cadre) == ledger.cadres[pairing.cadre].id) {
      plan.refusals.push_back({path, pairing.line, column_number(file, p_cadre), "same-cadre",
                               fmt::format("recipient {} is already paired with cadre {} on {}", rid,
                                           ledger.cadres[pairing.cadre].id, ledger::format_day(change.date)),
                               false});
      return plan;
    }
    for (const auto& span : spans)
      if (span.line == pairing.line) ended = &span;
    if (ended == nullptr || ended->cells.empty())
      throw WriteError(fmt::format("{}:{}: cannot find that row again; nothing written", path, pairing.line));
    need_column(file, p_end, "end", "解除日期");
    if (!change.reason.empty()) need_column(file, p_reason, "reason", "变更原因");
    ended_on = change.kind == Kind::end ? change.date : change.date - date::days{1};
    ended_cells = ended->cells;
    ended_cells[p_end] = ledger::format_day(*ended_on);
    const std::string old_reason(ledger::trim(ended_cells[p_reason]));
    ended_cells[p_reason] = old_reason.empty() ? change.reason
                            : change.reason.empty() ? old_reason
                                                    : old_reason + "; " + change.reason;
  }
  // A non-cadre pairing in a file without the role column: the file gains it
  // (only `add` can meet this: a pairing to end or move of another role was
  // read from the column).
  if (change.kind == Kind::add && change.role != ledger::Role::cadre && !file.has(p_role)) {
    const std::string old_header = header_line(file);
    old_bytes = with_role_column(old_bytes, plan.file);
    plan.header_change = RowChange{1, old_header, header_line(file)};
  }
  std::vector<std::string> added_cells;
  if (change.kind != Kind::end) {
    added_cells.assign(p_count, "");
    added_cells[p_role] = role_cell(file, change.role);
    added_cells[p_recipient] = rid;
    added_cells[p_cadre] = ledger::normalize_id(change.cadre);
    added_cells[p_start] = ledger::format_day(change.date);
    if (change.kind == Kind::add && !change.reason.empty()) {
      need_column(file, p_reason, "reason", "变更原因");
      added_cells[p_reason] = change.reason;
    }
  }
  // The new line of the added row: after the last line, or after the ended
  // row's replacement when that changes the count of lines (it does not,
  // unless a quoted cell held a newline).
  const std::uint32_t new_line = file.next_line();

  const auto build = [&](bool forced) {
    std::vector<std::string> ended_row = ended_cells, added_row = added_cells;
    if (forced && !added_row.empty())
      added_row[p_reason] = forced_note(change.reason);  // the reason it held is this one: not twice
    else if (forced && !ended_row.empty())
      ended_row[p_reason] += " [forced]";  // the reason is already there
    std::string bytes;
    plan.changes.clear();
    if (ended != nullptr) {
      bytes = old_bytes.substr(0, ended->begin) + encode_row(file, ended_row, ended->fields) +
              old_bytes.substr(ended->end);
      plan.changes.push_back(
          {ended->line, display_row(file, ended->cells, ended->fields), display_row(file, ended_row, ended->fields)});
    } else {
      bytes = old_bytes;
    }
    if (!added_row.empty()) {
      if (!bytes.empty() && bytes.back() != '\n') bytes += to_file_encoding(file, file.line_end);
      bytes += encode_row(file, added_row);
      plan.changes.push_back({new_line, "", display_row(file, added_row)});
    }
    return bytes;
  };
  plan.bytes = build(false);

  const ledger::Ledger candidate = load_candidate(ledger, diagnostics, options, plan);
  audit_candidate(candidate, change, file, change.kind == Kind::end ? 0 : new_line, ended_on, plan.refusals);
  for (auto& r : plan.refusals)
    if (r.line == 0 && ended != nullptr && r.file == path) r.line = ended->line;
  // A row refused already needs no warning besides.
  std::erase_if(plan.warnings, [&](const Refusal& w) {
    return std::any_of(plan.refusals.begin(), plan.refusals.end(), [&](const Refusal& r) { return r.line == w.line; });
  });

  if (!plan.refusals.empty() && change.force && all_forceable(plan.refusals)) {
    plan.forced = true;
    plan.bytes = build(true);
  }
  return plan;
}

PairingPlan plan_pairing_additions(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                                   const std::vector<PairingAddition>& additions, Day date,
                                   const std::string& reason, int gender_gap, const ledger::LoadOptions& options) {
  PairingPlan plan;
  const std::string path = ledger.path_of("pairings.csv");
  plan.file = read_ledger_file(path, ledger::pairings_spec(), options.encoding);
  const LedgerFile& file = plan.file;
  if (!reason.empty()) need_column(file, p_reason, "reason", "变更原因");
  plan.bytes = csv::read_input_file(path);
  refuse_unreadable_last_record(path, read_record_spans(plan.bytes, file), diagnostics);
  if (!plan.bytes.empty() && plan.bytes.back() != '\n') plan.bytes += to_file_encoding(file, file.line_end);
  // Line of each added row, by (recipient, cadre): rows hold no newline, so one line each.
  std::map<std::pair<std::string, std::string>, std::uint32_t> line_of;
  std::uint32_t line = file.next_line();
  for (const PairingAddition& a : additions) {
    std::vector<std::string> cells(p_count, "");
    cells[p_recipient] = ledger::normalize_id(a.recipient);
    cells[p_cadre] = ledger::normalize_id(a.cadre);
    cells[p_start] = ledger::format_day(date);
    cells[p_reason] = reason;
    cells[p_role] = role_cell(file, ledger::Role::cadre);
    plan.bytes += encode_row(file, cells);
    plan.changes.push_back({line, "", display_row(file, cells)});
    line_of[{cells[p_recipient], cells[p_cadre]}] = line++;
  }

  const ledger::Ledger candidate = load_candidate(ledger, diagnostics, options, plan);
  // The audit's pairing checks on the day the new rows start, for the new rows.
  std::vector<audit::Finding> findings;
  audit::AuditOptions audit_options;
  audit_options.gender_gap = gender_gap;
  audit_options.period = {date, date};
  audit_options.as_of = date;
  audit::check_gender(candidate, audit_options, findings);
  audit::check_cadre_unavailable(candidate, audit_options, findings);
  for (const auto& f : findings) {
    if (f.severity != ledger::Severity::error) continue;
    const auto it = line_of.find({f.recipient, f.cadre});
    if (it != line_of.end())
      plan.refusals.push_back({file.path, it->second, column_number(file, p_cadre), f.code, f.detail, true});
  }
  return plan;
}

void write_pairings(const PairingPlan& plan) {
  out::AtomicFileSink sink(plan.file.path);
  sink.write(plan.bytes);
  sink.commit();
}

}  // namespace jiedui::write
