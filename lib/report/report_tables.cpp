#include "report/report_tables.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "audit/period.hpp"
#include "ledger/money.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::report {

namespace {

using K = out::Kind;

std::string count(std::int64_t n) { return std::to_string(n); }
std::string day_text(const std::optional<ledger::Day>& d) { return d ? audit::iso_date(*d) : ""; }

std::vector<std::string> district_cells(const DistrictReport& report, const DistrictRow& row) {
  std::vector<std::string> cells = row.path;
  cells.push_back(count(row.recipients));
  for (ledger::Category c : report.categories) cells.push_back(count(row.by_category[static_cast<int>(c)]));
  cells.push_back(count(row.paired));
  cells.push_back(percent_text(row.paired, row.recipients));
  cells.push_back(count(row.cadres));
  const audit::RecordTotals& t = row.records;
  for (std::int64_t n : {t.contacts, t.visits, t.policies, t.difficulties, t.deeds}) cells.push_back(count(n));
  cells.push_back(yuan_text(t.funds_fen));
  cells.push_back(count(t.escalated));
  cells.push_back(count(row.pairings));
  cells.push_back(count(row.pairings_met));
  cells.push_back(percent_text(row.pairings_met, row.pairings));
  return cells;
}

// The measures any rule in effect uses, in SPEC §4 order.
std::vector<rules::Measure> measures_in_effect(const audit::AuditOptions& options) {
  std::vector<rules::Measure> measures;
  for (rules::Measure m : {rules::Measure::contacts, rules::Measure::visits, rules::Measure::any, rules::Measure::help}) {
    for (const rules::Rule& rule : options.rules->rules) {
      if (rule.measure == m) {
        measures.push_back(m);
        break;
      }
    }
  }
  return measures;
}

}  // namespace

Table district_table(const DistrictReport& report) {
  Table table;
  for (const std::string& name : district_columns(report.level)) table.columns.push_back({name, K::text});
  table.columns.push_back({"recipients", K::integer});
  for (ledger::Category c : report.categories) table.columns.push_back({std::string(ledger::category_code(c)), K::integer});
  table.columns.push_back({"paired", K::integer});
  table.columns.push_back({"coverage", K::percent});
  table.columns.push_back({"cadres", K::integer});
  for (const char* name : {"contacts", "visits", "policies", "difficulties", "deeds"})
    table.columns.push_back({name, K::integer});
  table.columns.push_back({"funds", K::money});
  table.columns.push_back({"escalated", K::integer});
  table.columns.push_back({"pairings", K::integer});
  table.columns.push_back({"pairings_met", K::integer});
  table.columns.push_back({"compliance", K::percent});
  for (const DistrictRow& row : report.rows) table.rows.push_back(district_cells(report, row));
  table.rows.push_back(district_cells(report, report.total));
  return table;
}

out::BarChart district_chart(const DistrictReport& report, out::Lang lang) {
  out::BarChart chart;
  const bool zh = lang == out::Lang::zh;
  chart.title = zh ? "覆盖率与达标率（%）" : "coverage and compliance (%)";
  chart.series = {zh ? std::string(out::zh_header("coverage")) : "coverage",
                  zh ? std::string(out::zh_header("compliance")) : "compliance"};
  // A district's own name, unless two rows share it (two 南关村 in different
  // townships): then the path below the city, so no two bars look alike.
  const auto own_name = [](const DistrictRow& row) {
    std::string label;
    for (const std::string& part : row.path)
      if (!part.empty()) label = part;
    return label;
  };
  std::set<std::string> seen, repeated;
  for (const DistrictRow& row : report.rows)
    if (!seen.insert(own_name(row)).second) repeated.insert(own_name(row));
  for (const DistrictRow& row : report.rows) {
    std::string label = own_name(row);
    if (repeated.contains(label) && row.path.size() > 1) {
      label.clear();
      for (std::size_t i = 1; i < row.path.size(); ++i) {
        if (row.path[i].empty()) continue;
        if (!label.empty()) label += ' ';
        label += row.path[i];
      }
    }
    chart.labels.push_back(label.empty() ? "—" : label);
    // The table's rounded figure, so a bar's label and its cell agree.
    const auto value = [](std::int64_t n, std::int64_t d) -> std::optional<double> {
      const std::optional<std::int64_t> tenths = percent_tenths(n, d);
      if (!tenths) return std::nullopt;
      return static_cast<double>(*tenths) / 10.0;
    };
    chart.values.push_back({value(row.paired, row.recipients), value(row.pairings_met, row.pairings)});
  }
  return chart;
}

Table cadre_table(const ledger::Ledger& ledger, const audit::AuditOptions& options,
                  const audit::AuditResult& result) {
  const std::vector<rules::Measure> measures = measures_in_effect(options);
  Table table;
  for (const char* name : {"city", "county", "township"}) table.columns.push_back({name, K::text});
  table.columns.push_back({"cadre", K::id});
  table.columns.push_back({"cadre_name", K::text});
  table.columns.push_back({"unit", K::text});
  table.columns.push_back({"pairings", K::integer});
  table.columns.push_back({"pairings_met", K::integer});
  for (rules::Measure m : measures) {
    table.columns.push_back({std::string(rules::measure_name(m)) + "_required", K::integer});
    table.columns.push_back({std::string(rules::measure_name(m)) + "_done", K::integer});
  }
  table.columns.push_back({"status", K::text});

  struct Sums {
    std::int64_t pairings = 0, met = 0;
    std::vector<std::int64_t> required, done;
  };
  std::vector<std::optional<Sums>> by_cadre(ledger.cadres.size());
  for (std::uint32_t p = 0; p < ledger.pairings.size(); ++p) {
    const ledger::Pairing& pairing = ledger.pairings[p];
    if (audit::pairing_window(pairing, options.period).empty()) continue;
    std::optional<Sums>& sums = by_cadre[pairing.cadre];
    if (!sums) sums = Sums{0, 0, std::vector<std::int64_t>(measures.size()), std::vector<std::int64_t>(measures.size())};
    ++sums->pairings;
    const std::optional<audit::Status>& status = result.compliance.pairing_status[p];
    if (status && (*status == audit::Status::met || *status == audit::Status::on_track)) ++sums->met;
    for (const audit::RuleResult& r : result.compliance.rules_of_pairing(p)) {
      const auto m = std::find(measures.begin(), measures.end(), r.rule->measure) - measures.begin();
      ledger::add_checked(sums->required[static_cast<std::size_t>(m)], r.required, "required");
      ledger::add_checked(sums->done[static_cast<std::size_t>(m)], r.done, "records counted");
    }
  }
  std::vector<std::uint32_t> order;
  for (std::uint32_t c = 0; c < ledger.cadres.size(); ++c)
    if (by_cadre[c]) order.push_back(c);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const ledger::Cadre& x = ledger.cadres[a];
    const ledger::Cadre& y = ledger.cadres[b];
    return std::tie(x.city, x.county, x.township, x.id) < std::tie(y.city, y.county, y.township, y.id);
  });
  for (std::uint32_t c : order) {
    const ledger::Cadre& cadre = ledger.cadres[c];
    const Sums& sums = *by_cadre[c];
    std::vector<std::string> cells = {cadre.city,  cadre.county,         cadre.township,    cadre.id,
                                      cadre.name,  cadre.unit,           count(sums.pairings), count(sums.met)};
    for (std::size_t m = 0; m < measures.size(); ++m) {
      cells.push_back(count(sums.required[m]));
      cells.push_back(count(sums.done[m]));
    }
    const std::optional<audit::Status>& status = result.compliance.cadre_status[c];
    cells.push_back(status ? std::string(audit::status_name(*status)) : "");
    table.rows.push_back(std::move(cells));
  }
  return table;
}

Table pairing_table(const ledger::Ledger& ledger, const audit::AuditResult& result) {
  Table table;
  table.columns = {{"city", K::text},        {"county", K::text},   {"township", K::text},    {"village", K::text},
                   {"recipient", K::id},     {"recipient_name", K::text}, {"category", K::text}, {"cadre", K::id},
                   {"cadre_name", K::text},  {"start", K::date},    {"end", K::date},         {"measure", K::text},
                   {"per", K::text},         {"min", K::integer},   {"required", K::integer}, {"done", K::integer},
                   {"from", K::date},        {"to", K::date},       {"last_record", K::date}, {"status", K::text}};
  std::vector<const audit::RuleResult*> order;
  for (const audit::RuleResult& r : result.compliance.rules) order.push_back(&r);
  const auto key = [&](const audit::RuleResult* r) {
    const ledger::Pairing& p = ledger.pairings[r->pairing];
    const ledger::Recipient& recipient = ledger.recipients[p.recipient];
    const ledger::District& d = ledger.district_of(recipient);
    return std::tie(d.city, d.county, d.township, d.village, recipient.id, p.start, p.line);
  };
  // stable: a pairing's rules keep their order.
  std::stable_sort(order.begin(), order.end(),
                   [&](const audit::RuleResult* a, const audit::RuleResult* b) { return key(a) < key(b); });
  for (const audit::RuleResult* r : order) {
    const ledger::Pairing& p = ledger.pairings[r->pairing];
    const ledger::Recipient& recipient = ledger.recipients[p.recipient];
    const ledger::Cadre& cadre = ledger.cadres[p.cadre];
    const ledger::District& d = ledger.district_of(recipient);
    table.rows.push_back({d.city, d.county, d.township, d.village, recipient.id, recipient.name,
                          std::string(ledger::category_code(recipient.category)), cadre.id, cadre.name,
                          audit::iso_date(p.start), day_text(p.end), std::string(rules::measure_name(r->rule->measure)),
                          rules::per_name(r->rule->per), count(r->rule->min), count(r->required), count(r->done),
                          audit::iso_date(r->window.from), audit::iso_date(r->window.to), day_text(r->last_record),
                          std::string(audit::status_name(r->status))});
  }
  return table;
}

}  // namespace jiedui::report
