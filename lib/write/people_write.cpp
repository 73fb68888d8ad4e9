#include "write/people_write.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "csv/input_file.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/schema.hpp"
#include "ledger/vocab.hpp"
#include "out/sink.hpp"
#include "write/candidate.hpp"
#include "write/write_error.hpp"

namespace jiedui::write {
namespace {

using File = PersonEdit::File;

std::size_t column_index(const ledger::FileSpec& spec, std::string_view name) {
  for (std::size_t c = 0; c < spec.columns.size(); ++c)
    if (spec.columns[c].name == name) return c;
  throw std::logic_error(fmt::format("{} has no column {}", spec.file_name, name));
}

std::uint32_t column_number(const LedgerFile& file, std::size_t column) {
  return file.has(column) ? static_cast<std::uint32_t>(file.field_of[column] + 1) : 1;
}

// Whether the file writes this column's values in Chinese: as its rows do
// (the first that has a value), else as its header is written.
bool chinese_values(const LedgerFile& file, const std::vector<RecordSpan>& spans, std::size_t column) {
  for (const RecordSpan& span : spans) {
    if (span.cells.empty()) continue;
    const std::string_view text = ledger::trim(span.cells[column]);
    if (text.empty()) continue;
    for (unsigned char c : text)
      if (c >= 0x80) return true;
    return false;
  }
  return file.chinese(column);
}

// An English code of gender, category or status as the file writes it.
std::string in_file_language(std::string_view column, const std::string& code, bool chinese) {
  if (code.empty()) return code;
  if (column == "gender") {
    const auto g = ledger::parse_gender(code);
    if (!g) return code;
    return chinese ? std::string(ledger::gender_chinese(*g)) : *g == ledger::Gender::male ? "M" : "F";
  }
  if (column == "category") {
    const auto c = ledger::parse_category(code);
    if (!c) return code;
    return std::string(chinese ? ledger::category_chinese(*c) : ledger::category_code(*c));
  }
  if (column == "status" && chinese) {
    if (code == "active") return "在册";
    if (code == "exited") return "退出";
    if (code == "retired") return "退休";
    if (code == "left") return "调离";
  }
  if (column == "status" && !chinese) {
    if (const auto s = ledger::parse_recipient_status(code)) return *s == ledger::RecipientStatus::active ? "active" : "exited";
    if (const auto s = ledger::parse_cadre_status(code)) return std::string(ledger::cadre_status_code(*s));
  }
  return code;
}

bool has_cell(const PersonEdit& edit, std::string_view column) {
  for (const auto& [name, value] : edit.cells)
    if (name == column) return true;
  return false;
}

// The header field of a column jiedui does not read, by any of its names.
int extra_field(const LedgerFile& file, const std::vector<std::string>& names) {
  for (std::size_t f = 0; f < file.header.size(); ++f)
    for (const auto& name : names)
      if (ledger::normalize_header(file.header[f]) == ledger::normalize_header(name)) return static_cast<int>(f);
  return -1;
}

}  // namespace

PersonPlan plan_person_edit(const ledger::Ledger& ledger, const std::vector<ledger::Diagnostic>& diagnostics,
                            const PersonEdit& edit, const ledger::LoadOptions& options) {
  PersonPlan plan;
  const bool recipients = edit.file == File::recipients;
  const ledger::FileSpec& spec = recipients ? ledger::recipients_spec() : ledger::cadres_spec();
  const std::string path = ledger.path_of(spec.file_name);
  const std::string who = recipients ? "recipient" : "cadre";
  plan.file = read_ledger_file(path, spec, options.encoding);
  const LedgerFile& file = plan.file;
  const std::string old_bytes = csv::read_input_file(path);
  const std::vector<RecordSpan> spans = read_record_spans(old_bytes, file);
  const std::string id = ledger::normalize_id(edit.id);
  const auto existing = recipients ? ledger.find_recipient(id) : ledger.find_cadre(id);
  const std::uint32_t existing_line =
      !existing ? 0 : recipients ? ledger.recipients[*existing].line : ledger.cadres[*existing].line;
  const std::string existing_name =
      !existing ? "" : recipients ? ledger.recipients[*existing].name : ledger.cadres[*existing].name;
  if (edit.add && existing) {
    plan.refusals.push_back({path, existing_line, column_number(file, 0), "duplicate-id",
                             fmt::format("{} {} is already on line {} ({}); `jiedui {} set` changes that row", who,
                                         id, existing_line, existing_name, who),
                             false});
    return plan;
  }
  if (!edit.add && !existing) {
    plan.refusals.push_back({"", 0, 0, "unknown-" + who,
                             fmt::format("{} {} is not in {}", who, id, spec.file_name), false});
    return plan;
  }

  // The cells: the old row's (set) or empty (add), then the values given.
  const RecordSpan* old_row = nullptr;
  for (const RecordSpan& span : spans)
    if (!edit.add && span.line == existing_line) old_row = &span;
  if (!edit.add && (old_row == nullptr || old_row->cells.empty()))
    throw WriteError(fmt::format("{}:{}: cannot find that row again; nothing written", path, existing_line));
  std::vector<std::string> cells = edit.add ? std::vector<std::string>(spec.columns.size()) : old_row->cells;
  std::vector<std::pair<std::string, std::string>> given = edit.cells;
  if (edit.add) {
    given.insert(given.begin(), std::pair<std::string, std::string>{"id", id});
    // What the ID says (and the loader checks): written where the file has
    // the column; a cadre id that is not a resident ID says nothing.
    const ledger::ResidentId parsed = ledger::parse_resident_id(id);
    if (parsed.valid) {
      if (!has_cell(edit, "gender") && file.has(column_index(spec, "gender")))
        given.emplace_back("gender", parsed.gender == ledger::Gender::male ? "M" : "F");
      if (!has_cell(edit, "birth") && file.has(column_index(spec, "birth")))
        given.emplace_back("birth", ledger::format_day(parsed.birth));
    }
    if (!has_cell(edit, "status") && file.has(column_index(spec, "status"))) given.emplace_back("status", "active");
  }
  for (const auto& [name, value] : given) {
    const std::size_t column = column_index(spec, name);
    if (!file.has(column)) {
      if (value.empty()) continue;
      throw WriteError(fmt::format("{}: the header has no {} column ({}); add one, then retry; nothing written", path,
                                   name, spec.columns[column].aliases.front()));
    }
    cells[column] = in_file_language(name, value, chinese_values(file, spans, column));
  }
  std::vector<std::string> kept = edit.add ? std::vector<std::string>(file.header.size()) : old_row->fields;
  if (!edit.extra_names.empty()) {
    const int field = extra_field(file, edit.extra_names);
    if (field < 0)
      throw WriteError(fmt::format("{}: the header has no {} column ({}); add one to keep it, then retry; nothing "
                                   "written",
                                   path, edit.extra_names.front(), edit.extra_names.back()));
    kept[static_cast<std::size_t>(field)] = edit.extra_value;
  }

  if (edit.add) {
    refuse_unreadable_last_record(path, spans, diagnostics);
    plan.bytes = old_bytes;
    if (!plan.bytes.empty() && plan.bytes.back() != '\n') plan.bytes += to_file_encoding(file, file.line_end);
    plan.bytes += encode_row(file, cells, kept);
    plan.changes.push_back({file.next_line(), "", display_row(file, cells, kept)});
  } else {
    plan.bytes = old_bytes.substr(0, old_row->begin) + encode_row(file, cells, kept) + old_bytes.substr(old_row->end);
    plan.changes.push_back(
        {old_row->line, display_row(file, old_row->cells, old_row->fields), display_row(file, cells, kept)});
  }

  ledger::LoadOptions candidate = options;
  (recipients ? candidate.recipients_text : candidate.cadres_text) = plan.bytes;
  load_candidate(ledger, diagnostics, candidate, "", plan.refusals, plan.warnings);
  return plan;
}

void write_people(const PersonPlan& plan) {
  out::AtomicFileSink sink(plan.file.path);
  sink.write(plan.bytes);
  sink.commit();
}

}  // namespace jiedui::write
