// jiedui explain RECIPIENT: how the audit counted one recipient, one row per
// (pairing, rule, bucket) with the visits.csv lines counted in each bucket.
// The audit itself computes the numbers (AuditOptions::explain_recipient), so
// explain and audit cannot disagree.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "audit/audit.hpp"
#include "audit/finding.hpp"
#include "audit/period.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "ledger_run.hpp"
#include "out/table_writer.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  OutputOptions output;
  AuditRequest request;
  std::string recipient;
};

const std::vector<out::Column>& explain_columns() {
  using K = out::Kind;
  static const std::vector<out::Column> columns = {
      {"pairing_line", K::integer}, {"cadre", K::id},         {"cadre_name", K::text}, {"start", K::date},
      {"end", K::date},             {"window_from", K::date}, {"window_to", K::date},  {"measure", K::text},
      {"per", K::text},             {"min", K::integer},      {"bucket", K::text},     {"bucket_from", K::date},
      {"bucket_to", K::date},       {"covered", K::integer},  {"bucket_days", K::integer},
      {"required", K::integer},     {"done", K::integer},     {"status", K::text},     {"records", K::numbers},
      {"role", K::text}};
  return columns;
}

int run(const Options& o, const Globals& g) {
  OpenOutput output(o.output, out::Format::table);
  std::optional<std::uint32_t> recipient;
  const auto run = run_audit(g, o.request, "explain", [&](const LoadedSet& set, audit::AuditOptions& options) {
    const std::string wanted = ledger::normalize_id(o.recipient);
    recipient = resolve_recipient(set.ledger, wanted, fmt::format("recipient {} is not in recipients.csv", wanted));
    options.explain_recipient = *recipient;
  });
  const LoadedSet& set = run->set;
  const ledger::Ledger& ledger = set.ledger;
  const audit::AuditOptions& options = run->options;
  const audit::AuditResult& result = run->result;

  const ledger::Recipient& r = ledger.recipients[*recipient];
  const bool zh = o.output.zh();
  out::Options table = output.table_options(zh ? fmt::format("{} 的考核明细", r.id) : fmt::format("jiedui explain {}", r.id));
  describe_run(table, *run, "explain", "计算说明");
  auto writer = out::make_table_writer(table, output.sink());
  writer->begin(explain_columns());
  std::size_t pairings_in_period = 0;
  for (const std::uint32_t p : ledger.pairings_of(*recipient)) {
    const ledger::Pairing& pairing = ledger.pairings[p];
    const audit::Period window = audit::pairing_window(pairing, options.period);
    if (!window.empty() && pairing.role == ledger::Role::cadre) ++pairings_in_period;
    const ledger::Cadre& cadre = ledger.cadres[pairing.cadre];
    const std::string role(ledger::role_code(pairing.role));
    // A pairing of another role without rules of its own (a teacher, medic,
    // counsellor: no programme sets them a frequency) is shown once, rule
    // columns empty, so every person paired in P is listed.
    if (pairing.role != ledger::Role::cadre && !window.empty() && result.compliance.rules_of_pairing(p).empty()) {
      writer->row({std::to_string(pairing.line), cadre.id, cadre.name, audit::iso_date(pairing.start),
                   pairing.end ? audit::iso_date(*pairing.end) : "", audit::iso_date(window.from),
                   audit::iso_date(window.to), "", "", "", "", "", "", "", "", "", "", "", "", role});
      continue;
    }
    for (const audit::RuleResult& rr : result.compliance.rules_of_pairing(p)) {
      const rules::Rule& rule = *rr.rule;
      for (std::size_t i = 0; i < rr.buckets.size(); ++i) {
        const audit::BucketResult& b = rr.buckets[i];
        const std::string records = i < rr.lines.size() ? fmt::format("{}", fmt::join(rr.lines[i], " ")) : "";
        writer->row({std::to_string(pairing.line), cadre.id, cadre.name, audit::iso_date(pairing.start),
                     pairing.end ? audit::iso_date(*pairing.end) : "", audit::iso_date(rr.window.from),
                     audit::iso_date(rr.window.to), std::string(rules::measure_name(rule.measure)),
                     rules::per_name(rule.per), std::to_string(rule.min), audit::bucket_label(rule.per, b.bucket),
                     audit::iso_date(b.bucket.first), audit::iso_date(b.bucket.last), std::to_string(b.covered()),
                     std::to_string(b.bucket.days()), std::to_string(b.required), std::to_string(b.done),
                     std::string(audit::status_name(b.status)), records, role});
      }
    }
  }
  writer->end();
  output.commit();
  if (!g.quiet) {
    if (set.rules.rules.rules_for(r.category, r.level).empty()) {
      print_note(said(fmt::format("no {}rule applies to {} (category {}, level {})", ledger.has_roles ? "cadre " : "", r.id,
                                  zh ? ledger::category_chinese(r.category) : ledger::category_code(r.category),
                                  r.level.empty() ? "(empty)" : r.level),
                      zh));
    } else if (pairings_in_period == 0) {
      // A set with roles may list other roles' pairings above: say which is missing.
      print_note(said(fmt::format("{} has no {}pairing active in {}..{}", r.id, ledger.has_roles ? "cadre " : "",
                                  audit::iso_date(options.period.from), audit::iso_date(options.period.to)),
                      zh));
    }
  }
  return kOk;
}

}  // namespace

std::function<int()> setup_explain(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Show how the audit counted one recipient: one row per pairing, rule and bucket, with what the bucket "
      "required, what was done and the visits.csv lines counted in it.");
  app.add_option("recipient", o->recipient, "the recipient's id (x or X)")->required();
  add_audit_request_options(app, o->request,
                            "the day the audit is made; later records count nowhere (default: today)");
  add_output_options(app, o->output);
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd
