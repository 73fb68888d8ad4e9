#include "audit/finding.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <cstdint>
#include <numeric>
#include <tuple>

namespace jiedui::audit {

std::string compliance_code(rules::Measure measure, Status status) {
  return std::string{rules::measure_name(measure)} + (status == Status::missed ? "-missed" : "-behind");
}

std::vector<std::string> finding_codes() {
  std::vector<std::string> all;
  for (std::string_view code : {codes::gender_mismatch, codes::gender_exception, codes::gender_unverifiable,
                                codes::unpaired, codes::household_split, codes::aged_out, codes::cadre_unavailable,
                                codes::visit_not_paired, codes::no_rule, codes::gap_exceeded, codes::overdue}) {
    all.emplace_back(code);
  }
  for (rules::Measure measure :
       {rules::Measure::contacts, rules::Measure::visits, rules::Measure::any, rules::Measure::help}) {
    all.push_back(compliance_code(measure, Status::missed));
    all.push_back(compliance_code(measure, Status::behind));
  }
  return all;
}

Finding make_finding(const ledger::Ledger& ledger, Severity severity, std::string_view code, std::uint32_t recipient,
                     std::optional<std::uint32_t> cadre) {
  const ledger::Recipient& r = ledger.recipients[recipient];
  const ledger::District& district = ledger.district_of(r);
  Finding finding;
  finding.severity = severity;
  finding.code = std::string{code};
  finding.city = district.city;
  finding.county = district.county;
  finding.township = district.township;
  finding.village = district.village;
  finding.recipient = r.id;
  finding.recipient_name = r.name;
  if (cadre) {
    finding.cadre = ledger.cadres[*cadre].id;
    finding.cadre_name = ledger.cadres[*cadre].name;
  }
  return finding;
}

bool finding_before(const Finding& a, const Finding& b) {
  const auto key = [](const Finding& f) {
    return std::tie(f.severity, f.city, f.county, f.township, f.village, f.cadre, f.recipient, f.code, f.from, f.to,
                    f.measure, f.per);
  };
  return key(a) < key(b);
}

namespace {

// Each finding's value of one string column replaced by its rank among the
// column's distinct values (byte order), so findings compare as integers.
template <class Get>
void rank_column(const std::vector<Finding>& findings, std::vector<std::array<std::uint32_t, 12>>& keys,
                 std::size_t slot, Get get) {
  std::unordered_map<std::string_view, std::uint32_t> rank;
  for (const Finding& f : findings) rank.emplace(get(f), 0);
  std::vector<std::string_view> distinct;
  distinct.reserve(rank.size());
  for (const auto& [text, unused] : rank) distinct.push_back(text);
  std::sort(distinct.begin(), distinct.end());  // string_view compares bytes as unsigned char
  for (std::uint32_t i = 0; i < distinct.size(); ++i) rank[distinct[i]] = i;
  for (std::size_t i = 0; i < findings.size(); ++i) keys[i][slot] = rank[get(findings[i])];
}

// An absent date sorts first.
std::uint32_t date_key(const std::optional<Day>& d) {
  return d ? static_cast<std::uint32_t>(d->time_since_epoch().count() + (std::int64_t{1} << 30)) : 0;
}

}  // namespace

void sort_findings(std::vector<Finding>& findings) {
  // finding_before's order, computed on integer keys: a province's 58,000
  // findings share a few dozen district names, so comparing the strings
  // themselves (a million times) cost more than ranking each column once.
  // Then each finding is swapped into place once, without copying its text.
  std::vector<std::array<std::uint32_t, 12>> keys(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    keys[i][0] = static_cast<std::uint32_t>(findings[i].severity);
    keys[i][8] = date_key(findings[i].from);
    keys[i][9] = date_key(findings[i].to);
  }
  rank_column(findings, keys, 1, [](const Finding& f) -> std::string_view { return f.city; });
  rank_column(findings, keys, 2, [](const Finding& f) -> std::string_view { return f.county; });
  rank_column(findings, keys, 3, [](const Finding& f) -> std::string_view { return f.township; });
  rank_column(findings, keys, 4, [](const Finding& f) -> std::string_view { return f.village; });
  rank_column(findings, keys, 5, [](const Finding& f) -> std::string_view { return f.cadre; });
  rank_column(findings, keys, 6, [](const Finding& f) -> std::string_view { return f.recipient; });
  rank_column(findings, keys, 7, [](const Finding& f) -> std::string_view { return f.code; });
  rank_column(findings, keys, 10, [](const Finding& f) -> std::string_view { return f.measure; });
  rank_column(findings, keys, 11, [](const Finding& f) -> std::string_view { return f.per; });
  std::vector<std::uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  // findings[i] is to hold the finding now at order[i]: follow each cycle.
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    std::size_t at = i;
    Finding held = std::move(findings[i]);
    while (order[at] != i) {
      const std::size_t from = order[at];
      findings[at] = std::move(findings[from]);
      order[at] = static_cast<std::uint32_t>(at);
      at = from;
    }
    findings[at] = std::move(held);
    order[at] = static_cast<std::uint32_t>(at);
  }
}

}  // namespace jiedui::audit
