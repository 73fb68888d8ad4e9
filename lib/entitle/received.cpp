// benefits.csv through the ledgers' table reader: header aliases, UTF-8 or
// GB18030, every problem as FILE:LINE:COLUMN.
#include "entitle/received.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "ledger/dates.hpp"
#include "ledger/money.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/table.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::entitle {
namespace {

using ledger::Code;
using ledger::Day;
using ledger::Severity;
using ledger::TableReader;

enum Col : std::size_t { b_recipient, b_benefit, b_amount, b_from, b_to };

const ledger::FileSpec& benefits_spec() {
  static const ledger::FileSpec spec{"benefits.csv",
                                     {
                                         {"recipient", {"身份证号", "关爱对象身份证号"}, true},
                                         {"benefit", {"政策项目"}, true},
                                         {"amount", {"金额"}, false},
                                         {"from", {"开始日期"}, true},
                                         {"to", {"结束日期"}, false},
                                     }};
  return spec;
}

// YYYY-MM-DD (or what parse_day accepts), or YYYY-MM: that month's first
// day (`from`) or last day (`to`).
std::optional<Day> read_bound(TableReader& t, std::size_t column, bool last_day) {
  const std::string_view text = t.cell(column);
  if (const auto d = ledger::parse_day(text)) return d;
  if (const auto b = ledger::parse_birth(text); b && b->month_only) {
    if (!last_day) return b->day;
    const date::year_month_day first{b->day};
    return Day{first.year() / first.month() / date::last};
  }
  t.report(Severity::error, Code::bad_date, column, fmt::format("'{}' is not a date (YYYY-MM-DD or YYYY-MM)", text));
  return std::nullopt;
}

bool read_row(TableReader& t, const ledger::Ledger& ledger, const Standards& standards, Received& row) {
  row.line = t.line();
  bool ok = true;
  const std::string_view id = t.cell(b_recipient);
  if (id.empty()) {
    t.report(Severity::error, Code::missing_value, b_recipient, "a benefits row needs a recipient id");
    ok = false;
  } else if (const auto r = ledger.find_recipient(id)) {
    row.recipient = *r;
  } else {
    if (!ledger.is_unusable_recipient(id))
      t.report(Severity::error, Code::unknown_recipient, b_recipient,
               fmt::format("recipient {} is not in recipients.csv", ledger::normalize_id(id)));
    ok = false;
  }
  const std::string_view code = t.cell(b_benefit);
  std::optional<std::size_t> benefit;
  if (code.empty()) {
    t.report(Severity::error, Code::missing_value, b_benefit, "a benefits row needs a benefit");
    ok = false;
  } else if ((benefit = standards.find(code))) {
    row.benefit = static_cast<std::uint32_t>(*benefit);
  } else {
    t.report(Severity::error, Code::bad_value, b_benefit,
             fmt::format("'{}' is not a benefit of the standards table {} (a code such as child_living, or its "
                         "Chinese name)",
                         code, standards.source));
    ok = false;
  }
  const std::string_view amount = t.cell(b_amount);
  if (!amount.empty()) {
    const auto fen = ledger::parse_fen(amount);
    if (!fen || *fen < 0) {
      t.report(Severity::error, Code::bad_value, b_amount,
               fmt::format("amount '{}' is not yuan ≥ 0 with at most 2 decimals", amount));
      ok = false;
    } else if (benefit && standards.benefits[*benefit].unit == Unit::in_kind) {
      t.report(Severity::warning, Code::bad_value, b_amount,
               fmt::format("{} is in kind: its amount is ignored", standards.benefits[*benefit].code));
    } else {
      row.amount_fen = *fen;
    }
  } else if (benefit && standards.benefits[*benefit].unit != Unit::in_kind) {
    // Kept, and counted as received in full (jiedui-entitle(1)).
    t.report(Severity::error, Code::missing_value, b_amount,
             fmt::format("{} is paid in cash: the amount is empty", standards.benefits[*benefit].code));
  }
  if (t.cell(b_from).empty()) {
    t.report(Severity::error, Code::missing_value, b_from, "a benefits row needs a start (from)");
    ok = false;
  } else if (const auto from = read_bound(t, b_from, false)) {
    row.from = *from;
  } else {
    ok = false;
  }
  if (!t.cell(b_to).empty()) {
    if (const auto to = read_bound(t, b_to, true)) {
      row.to = *to;
      if (ok && *to < row.from) {
        t.report(Severity::error, Code::end_before_start, b_to,
                 fmt::format("to {} is before from {}", ledger::format_day(*to), ledger::format_day(row.from)));
        ok = false;
      }
    } else {
      ok = false;
    }
  }
  return ok;
}

}  // namespace

std::span<const Received> ReceivedLedger::of(std::uint32_t recipient) const {
  if (recipient + 1 >= first_.size()) return {};
  return std::span<const Received>(rows).subspan(first_[recipient], first_[recipient + 1] - first_[recipient]);
}

void ReceivedLedger::index(std::size_t recipients) {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Received& a, const Received& b) { return a.recipient < b.recipient; });
  first_.assign(recipients + 1, 0);
  for (const Received& r : rows) ++first_[r.recipient + 1];
  for (std::size_t r = 0; r < recipients; ++r) first_[r + 1] += first_[r];
}

ReceivedLedger load_received(const ledger::Ledger& ledger, const Standards& standards,
                             const ledger::LoadOptions& options, ledger::DiagnosticSink& sink) {
  ReceivedLedger out;
  const std::string path = ledger.path_of("benefits.csv");
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    TableReader t(path, path, benefits_spec(), options.encoding, sink);
    while (t.usable() && t.next()) {
      Received row;
      if (read_row(t, ledger, standards, row)) out.rows.push_back(row);
    }
  }
  out.index(ledger.recipients.size());
  return out;
}

}  // namespace jiedui::entitle
