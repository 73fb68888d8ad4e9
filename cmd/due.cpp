// jiedui due: the to-do list as of T. For each pairing active on T and each
// rule of its recipient, what the cadre still owes in the current bucket (the
// one holding T) and, for rules with max_gap, when the next record is due
// before the gap grows too long. The numbers are the audit's (audit::Audit),
// never counted a second time. Exit 0 always; 2 on bad usage.
#include <fmt/format.h>

#include <algorithm>

#include "audit/audit.hpp"
#include "audit/finding_filter.hpp"
#include "audit/period.hpp"
#include "commands.hpp"
#include "ledger/vocab.hpp"
#include "ledger_run.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  AuditRequest request;
  std::string district, cadre;
};

const std::vector<out::Column>& due_columns() {
  using K = out::Kind;
  static const std::vector<out::Column> columns = {
      {"due", K::date},          {"overdue", K::integer},  {"cadre", K::id},      {"cadre_name", K::text}, {"cadre_phone", K::phone},
      {"recipient", K::id},      {"recipient_name", K::text}, {"city", K::text},  {"county", K::text},
      {"township", K::text},     {"village", K::text},  {"measure", K::text},    {"per", K::text},
      {"required", K::integer},  {"done", K::integer},  {"owed", K::integer},    {"last_record", K::date},
      {"bucket", K::text},       {"role", K::text}};
  return columns;
}

struct DueRow {
  ledger::Day due{};
  const audit::RuleResult* result = nullptr;
  const audit::BucketResult* bucket = nullptr;
  std::int64_t owed = 0;
  // Sort keys and filter fields.
  const ledger::Cadre* cadre = nullptr;
  const ledger::Recipient* recipient = nullptr;
  std::string_view measure;
  ledger::Role role = ledger::Role::cadre;
};

int run(const Options& o, const Globals& g) {
  // The audit's own --district/--cadre parsing, applied to due rows below.
  audit::FindingFilter filter = audit::make_finding_filter("", o.district, o.cadre);
  OpenOutput output(o.output, out::Format::table);

  const auto run = run_audit(g, o.request, "due",
                             [&](const LoadedSet& set, audit::AuditOptions&) { resolve_filter(filter, set.ledger, g.quiet); });
  const audit::AuditOptions& options = run->options;
  const audit::AuditResult& result = run->result;
  const ledger::Ledger& ledger = run->set.ledger;
  const ledger::Day t = options.as_of;

  std::vector<DueRow> rows;
  for (const audit::RuleResult& r : result.compliance.rules) {
    const ledger::Pairing& pairing = ledger.pairings[r.pairing];
    const ledger::Recipient& recipient = ledger.recipients[pairing.recipient];
    if (!pairing.active_on(t) || !recipient.active_on(t)) continue;
    const audit::BucketResult* bucket = audit::bucket_containing(r, t);
    if (bucket == nullptr) continue;  // T outside W (a period that does not hold T)
    DueRow row;
    row.result = &r;
    row.bucket = bucket;
    row.owed = std::max<std::int64_t>(0, bucket->required - bucket->done);
    row.due = bucket->share.to;
    bool listed = row.owed > 0;
    if (r.rule->max_gap) {
      const ledger::Day gap_due = (r.last_record ? *r.last_record : r.window.from) + date::days{*r.rule->max_gap};
      if (gap_due < row.due) {
        row.due = gap_due;
        listed = true;
      }
    }
    if (!listed) continue;
    row.cadre = &ledger.cadres[pairing.cadre];
    row.recipient = &recipient;
    row.measure = rules::measure_name(r.rule->measure);
    row.role = pairing.role;
    audit::Finding keys;  // only the columns the filter reads
    const ledger::District& d = ledger.district_of(recipient);
    keys.city = d.city;
    keys.county = d.county;
    keys.township = d.township;
    keys.village = d.village;
    keys.cadre = row.cadre->id;
    if (!filter.keeps(keys)) continue;
    rows.push_back(row);
  }
  // Most urgent first: due, then cadre, recipient, measure (byte order),
  // role (cadre, helper … in their order).
  std::stable_sort(rows.begin(), rows.end(), [](const DueRow& a, const DueRow& b) {
    if (a.due != b.due) return a.due < b.due;
    if (a.cadre->id != b.cadre->id) return a.cadre->id < b.cadre->id;
    if (a.recipient->id != b.recipient->id) return a.recipient->id < b.recipient->id;
    if (a.measure != b.measure) return a.measure < b.measure;
    return a.role < b.role;
  });

  const bool zh = o.output.zh();
  out::Options table = output.table_options(zh ? "结对关爱待办事项" : "jiedui due");
  describe_run(table, *run, "due", "待办");
  auto writer = out::make_table_writer(table, output.sink());
  writer->begin(due_columns());
  std::size_t overdue = 0;
  for (const DueRow& row : rows) {
    if (row.due < t) ++overdue;
    const ledger::District& d = ledger.district_of(*row.recipient);
    const rules::Rule& rule = *row.result->rule;
    // Days past due: the item is late already, not only owed.
    const std::string late = row.due < t ? std::to_string((t - row.due).count()) : "";
    writer->row({audit::iso_date(row.due), late, row.cadre->id, row.cadre->name, row.cadre->phone, row.recipient->id,
                 row.recipient->name, d.city, d.county, d.township, d.village, std::string(row.measure),
                 rules::per_name(rule.per), std::to_string(row.bucket->required), std::to_string(row.bucket->done),
                 std::to_string(row.owed), row.result->last_record ? audit::iso_date(*row.result->last_record) : "",
                 audit::bucket_label(rule.per, row.bucket->bucket), std::string(ledger::role_code(row.role))});
  }
  writer->end();
  output.commit();
  if (!g.quiet) {
    if (!options.period.contains(t))
      print_note(said(fmt::format("the as-of date {} is outside the period {}..{}: nothing is due in it",
                                  audit::iso_date(t), audit::iso_date(options.period.from),
                                  audit::iso_date(options.period.to)),
                      zh));
    std::string summary = fmt::format("{} item{} due as of {}", rows.size(), rows.size() == 1 ? "" : "s",
                                      audit::iso_date(t));
    if (overdue > 0) summary += fmt::format(", {} overdue", overdue);
    print_line(said(summary, zh));
  }
  return kOk;
}

}  // namespace

std::function<int()> setup_due(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "What each cadre (and helper, or any person whose role has rules) still owes as of a day: for every pairing "
      "active on it and every rule of its role that applies, the "
      "records missing in the current bucket and, for rules with max_gap, the day the next record is due. Most "
      "urgent first. Exit 0 (it is a to-do list).");
  add_audit_request_options(app, o->request, "the day of the list; later records count nowhere (default: today)");
  app.add_option("--cadre", o->cadre, "only this cadre's rows");
  app.add_option("--district", o->district, "only recipients under this district path, e.g. 平凉市/崆峒区");
  add_output_options(app, o->output);
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
