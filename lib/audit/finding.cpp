#include "audit/finding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <future>
#include <iterator>
#include <numeric>
#include <tuple>

#include "ledger/vocab.hpp"

namespace jiedui::audit {

std::string compliance_code(rules::Measure measure, Status status) {
  return std::string{rules::measure_name(measure)} + (status == Status::missed ? "-missed" : "-behind");
}

std::vector<std::string> finding_codes() {
  std::vector<std::string> all;
  for (std::string_view code : {codes::gender_mismatch, codes::gender_exception, codes::gender_unverifiable,
                                codes::unpaired, codes::household_split, codes::aged_out, codes::cadre_unavailable,
                                codes::visit_not_paired, codes::no_rule, codes::gap_exceeded, codes::overdue,
                                codes::helper_strike, codes::helper_not_terminated}) {
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
                     std::optional<std::uint32_t> cadre, std::optional<ledger::Role> role) {
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
  finding.role = role;
  return finding;
}

std::string_view role_text(const std::optional<ledger::Role>& role) {
  return role ? ledger::role_code(*role) : std::string_view{};
}

bool finding_before(const Finding& a, const Finding& b) {
  const auto key = [](const Finding& f) {
    return std::tie(f.severity, f.city, f.county, f.township, f.village, f.cadre, f.recipient, f.code, f.from, f.to,
                    f.measure, f.per, f.role);
  };
  return key(a) < key(b);
}

namespace {

// Each finding's value of one string column replaced by its rank among the
// column's distinct values (byte order), so findings compare as integers.
// The values are sorted by their first 16 bytes as two big-endian integers
// and their length, which is byte order for values of at most 16 bytes (ids
// and district names); only two longer values sharing those 16 bytes are
// compared as strings. No pass reads the findings out of order.
void rank_column(const std::vector<Finding>& findings, std::vector<std::array<std::uint32_t, 13>>& keys,
                 std::size_t slot, std::string_view (*get)(const Finding&)) {
  struct Key {
    std::uint64_t high, low;
    std::uint32_t size, finding;
    std::string_view text;
  };
  const auto big_endian = [](std::string_view text, std::size_t from) {
    std::uint64_t v = 0;
    for (std::size_t i = from; i < from + 8; ++i)
      v = (v << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    return v;
  };
  std::vector<Key> sorted(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::string_view text = get(findings[i]);
    sorted[i] = {big_endian(text, 0), big_endian(text, 8), static_cast<std::uint32_t>(text.size()),
                 static_cast<std::uint32_t>(i), text};
  }
  const auto same_prefix = [](const Key& a, const Key& b) { return a.high == b.high && a.low == b.low; };
  const auto less = [&](const Key& a, const Key& b) {
    if (a.high != b.high) return a.high < b.high;
    if (a.low != b.low) return a.low < b.low;
    if (a.size > 16 && b.size > 16) return a.text < b.text;
    return a.size < b.size;
  };
  std::sort(sorted.begin(), sorted.end(), less);
  std::uint32_t rank = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i > 0 && !(same_prefix(sorted[i - 1], sorted[i]) && sorted[i - 1].size == sorted[i].size &&
                   (sorted[i].size <= 16 || sorted[i - 1].text == sorted[i].text)))
      ++rank;
    keys[sorted[i].finding][slot] = rank;
  }
}

// An absent date sorts first.
std::uint32_t date_key(const std::optional<Day>& d) {
  return d ? static_cast<std::uint32_t>(d->time_since_epoch().count() + (std::int64_t{1} << 30)) : 0;
}

}  // namespace

void sort_findings(std::vector<Finding>& findings, unsigned threads) {
  // finding_before's order, computed on integer keys: comparing the strings
  // of a province's 58,000 findings themselves (a million times, each a
  // cache miss) cost more than ranking each column once.
  // Then each finding is swapped into place once, without copying its text.
  std::vector<std::array<std::uint32_t, 13>> keys(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    keys[i][0] = static_cast<std::uint32_t>(findings[i].severity);
    keys[i][8] = date_key(findings[i].from);
    keys[i][9] = date_key(findings[i].to);
    // An empty role sorts first, as std::optional does.
    keys[i][12] = findings[i].role ? 1 + static_cast<std::uint32_t>(*findings[i].role) : 0;
  }
  using Column = std::string_view (*)(const Finding&);
  static constexpr std::pair<std::size_t, Column> kColumns[] = {
      {1, [](const Finding& f) -> std::string_view { return f.city; }},
      {5, [](const Finding& f) -> std::string_view { return f.cadre; }},
      {2, [](const Finding& f) -> std::string_view { return f.county; }},
      {6, [](const Finding& f) -> std::string_view { return f.recipient; }},
      {3, [](const Finding& f) -> std::string_view { return f.township; }},
      {7, [](const Finding& f) -> std::string_view { return f.code; }},
      {4, [](const Finding& f) -> std::string_view { return f.village; }},
      {10, [](const Finding& f) -> std::string_view { return f.measure; }},
      {11, [](const Finding& f) -> std::string_view { return f.per; }},
  };
  // With threads, every other column is ranked on a second thread (each
  // column writes its own slot of the keys).
  const bool two = threads > 1 && findings.size() >= 8192;
  const auto rank_every_other = [&](std::size_t first) {
    for (std::size_t c = first; c < std::size(kColumns); c += two ? 2 : 1)
      rank_column(findings, keys, kColumns[c].first, kColumns[c].second);
  };
  std::future<void> other = two ? std::async(std::launch::async, rank_every_other, 1) : std::future<void>{};
  rank_every_other(0);
  if (other.valid()) other.get();
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
