// for_each_visit: visits.csv streamed row by row, every check of SPEC §2.
#include <fmt/format.h>

#include "ledger/id_prefetcher.hpp"
#include "ledger/load_common.hpp"
#include "ledger/money.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/visit_row.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::ledger {

namespace {

bool read_count(TableReader& t, std::size_t column, std::uint32_t& out) {
  const std::string_view text = t.cell(column);
  if (text.empty()) return true;
  if (const auto n = parse_count(text)) {
    out = *n;
    return true;
  }
  t.report(Severity::error, Code::bad_value, column, fmt::format("'{}' is not a whole number ≥ 0", text));
  return false;
}

bool read_must(TableReader& t, std::string_view text) {
  // Several musts may be ticked on one record: ';'-separated.
  while (!text.empty()) {
    const std::size_t semi = text.find(';');
    const std::string_view one = trim(text.substr(0, semi));
    if (!one.empty() && !parse_must(one)) {
      t.report(Severity::error, Code::bad_value, v_must,
               fmt::format("'{}' is not one of the four musts (hospital, dropout, disaster, bereavement)", one));
      return false;
    }
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return true;
}

}  // namespace

bool read_visit(TableReader& t, const Ledger& ledger, const LoadOptions& options, Visit& v) {
  v = Visit{};
  v.line = t.line();
  bool ok = require(t, v_date, "a work record needs a date");
  const auto day = read_day(t, v_date, true, options);
  ok = ok && day && (options.today == Day{} || *day <= options.today);
  ok = require(t, v_recipient, "a work record needs a recipient id") && ok;
  std::optional<std::uint32_t> recipient;
  if (const auto id = t.cell(v_recipient); !id.empty()) {
    if ((recipient = ledger.find_recipient(id))) {
      v.recipient = *recipient;
    } else if (ledger.is_unusable_recipient(id)) {
      ok = false;  // its own row was reported
    } else {
      t.report(Severity::error, Code::unknown_recipient, v_recipient,
               fmt::format("recipient {} is not in recipients.csv", normalize_id(id)));
      ok = false;
    }
  }
  // The record's person is nearly always the person of one of the
  // recipient's pairings active on its date: one compare then finds the
  // cadre, with no lookup in cadre_ids.
  std::span<const std::uint32_t> pairings;
  if (recipient && day) pairings = ledger.pairings_of(*recipient);
  ok = require(t, v_cadre, "a work record needs a cadre id") && ok;
  if (const auto id = t.cell(v_cadre); !id.empty()) {
    std::optional<std::uint32_t> known;
    for (const std::uint32_t p : pairings) {
      const Pairing& pairing = ledger.pairings[p];
      if (pairing.start > *day) break;
      if (pairing.active_on(*day) && pairing.cadre_id.matches(id)) {
        known = pairing.cadre;
        break;
      }
    }
    if (known) {
      v.cadre = *known;
    } else if (const auto c = ledger.find_cadre(id)) {
      v.cadre = *c;
    } else {
      t.report(Severity::error, Code::unknown_cadre, v_cadre,
               fmt::format("cadre {} is not in cadres.csv", normalize_id(id)));
      ok = false;
    }
  }
  if (const auto text = t.cell(v_mode); text.empty()) {
    ok = require(t, v_mode, "a work record needs a mode") && ok;
  } else if (const auto mode = parse_mode(text)) {
    v.mode = *mode;
  } else {
    t.report(Severity::error, Code::bad_value, v_mode,
             fmt::format("'{}' is not a mode (phone 电话, sms 短信, wechat 微信, letter 书信, home 家庭, "
                         "institution 机构, other 其他)",
                         text));
    ok = false;
  }
  ok = read_count(t, v_policies, v.policies) && ok;
  ok = read_count(t, v_difficulties, v.difficulties) && ok;
  ok = read_count(t, v_deeds, v.deeds) && ok;
  ok = read_count(t, v_escalated, v.escalated) && ok;
  if (const auto text = t.cell(v_funds); !text.empty()) {
    if (const auto fen = parse_fen(text); fen && *fen > kMaxFundsFen) {
      t.report(Severity::error, Code::bad_value, v_funds,
               fmt::format("'{}' yuan is more than one record can give (at most {}); a typing error?", text,
                           format_yuan(kMaxFundsFen)));
      ok = false;
    } else if (fen) {
      v.funds_fen = *fen;
    } else {
      t.report(Severity::error, Code::bad_value, v_funds,
               fmt::format("'{}' is not an amount in yuan (≥ 0, at most 2 decimals, e.g. 12.50)", text));
      ok = false;
    }
  }
  ok = read_must(t, t.cell(v_must)) && ok;
  if (!ok) return false;
  v.pairing = Visit::no_pairing;
  const int counted_for = ledger.for_each_record_pairing(v.recipient, *day, v.cadre, [&](std::uint32_t p) {
    if (v.pairing == Visit::no_pairing) v.pairing = p;
  });
  v.more_pairings = counted_for > 1;
  v.date = *day;
  v.items = t.cell(v_items);
  v.must = t.cell(v_must);
  v.notes = t.raw_cell(v_notes);
  return true;
}

namespace {

// One thread, row by row: the fallback of for_each_visit and any other reader.
void read_visits(TableReader& t, const Ledger& ledger, const LoadOptions& options,
                 const std::function<void(const Visit&)>& on_visit,
                 const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
  std::uint64_t rows = 0;
  Visit v;
  IdPrefetcher prefetcher(v_recipient, ledger.recipient_ids);
  while (t.next()) {
    if (progress && (++rows & 0xFFFF) == 0) progress(t.bytes_consumed(), t.size_hint());
    prefetcher.next(t);
    if (read_visit(t, ledger, options, v)) on_visit(v);
  }
  if (progress) progress(t.bytes_consumed(), t.size_hint());
}

}  // namespace

void for_each_visit(const Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink,
                    const std::function<void(const Visit&)>& on_visit,
                    const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
  const std::string path = ledger.path_of("visits.csv");
  TableReader t(path, path, visits_spec(), options.encoding, sink);
  if (for_each_visit_parallel(t, path, ledger, options, sink, on_visit, progress)) return;
  read_visits(t, ledger, options, on_visit, progress);
}

void for_each_visit_in(const Ledger& ledger, csv::Reader reader, std::string display_path, const LoadOptions& options,
                       DiagnosticSink& sink, const std::function<void(const Visit&)>& on_visit,
                       const std::function<void(const PairingChangeRow&)>& on_change) {
  if (!on_change) {
    TableReader t(std::move(reader), std::move(display_path), visits_spec(), sink);
    read_visits(t, ledger, options, on_visit, {});
    return;
  }
  // visit_import_spec()'s columns after visits_spec()'s.
  enum : std::size_t { i_change = v_notes + 1, i_start, i_end };
  TableReader t(std::move(reader), std::move(display_path), visit_import_spec(), sink);
  Visit v;
  while (t.next()) {
    const std::string_view change = t.cell(i_change);
    if (change == "新增" || change == "解除") {
      on_change({t.line(), t.column_of(i_change), change == "解除", t.cell(v_recipient), t.cell(v_cadre),
                 t.cell(i_start), t.cell(i_end)});
      continue;
    }
    if (!change.empty() && change != "工作记录") {
      t.report(Severity::error, Code::bad_value, i_change,
               fmt::format("'{}' is not a change type of the 15th-of-month file (新增, 解除, 工作记录)", change));
      continue;
    }
    if (read_visit(t, ledger, options, v)) on_visit(v);
  }
}

}  // namespace jiedui::ledger
