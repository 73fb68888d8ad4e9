#include "audit/finding_filter.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "error.hpp"

namespace jiedui::audit {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  while (true) {
    const auto at = text.find(separator);
    const std::string_view part = trim(text.substr(0, at));
    if (!part.empty()) parts.emplace_back(part);
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

}  // namespace

bool FindingFilter::keeps(const Finding& finding) const {
  if (!only.empty() && std::find(only.begin(), only.end(), finding.code) == only.end()) return false;
  if (!cadre.empty() && finding.cadre != cadre) return false;
  const std::string* path[] = {&finding.city, &finding.county, &finding.township, &finding.village};
  for (std::size_t i = 0; i < district.size(); ++i) {
    if (i >= 4 || *path[i] != district[i]) return false;
  }
  return true;
}

FindingFilter make_finding_filter(std::string_view only, std::string_view district, std::string_view cadre) {
  FindingFilter filter;
  const std::vector<std::string> known = finding_codes();
  for (std::string& code : split(only, ',')) {
    if (std::find(known.begin(), known.end(), code) == known.end()) {
      throw UsageError(fmt::format("--only: unknown finding code '{}' (known: {})", code, fmt::join(known, ", ")));
    }
    filter.only.push_back(std::move(code));
  }
  filter.district = split(district, '/');
  if (filter.district.size() > 4) {
    throw UsageError(
        fmt::format("--district: '{}' has more than four levels (city/county/township/village)", district));
  }
  filter.cadre = std::string{trim(cadre)};
  std::replace(filter.cadre.begin(), filter.cadre.end(), 'x', 'X');
  return filter;
}

namespace {

bool under(const ledger::District& d, const std::vector<std::string>& path) {
  const std::string* levels[] = {&d.city, &d.county, &d.township, &d.village};
  for (std::size_t i = 0; i < path.size(); ++i)
    if (i >= 4 || *levels[i] != path[i]) return false;
  return true;
}

}  // namespace

bool district_has_recipients(const ledger::Ledger& ledger, const std::vector<std::string>& path) {
  if (path.empty()) return true;
  for (const ledger::Recipient& r : ledger.recipients)
    if (under(ledger.district_of(r), path)) return true;
  return false;
}

std::vector<std::string> district_suggestions(const ledger::Ledger& ledger, const std::vector<std::string>& path) {
  std::vector<std::string> found;
  if (path.empty() || district_has_recipients(ledger, path)) return found;
  for (const ledger::District& d : ledger.districts) {
    const std::string* levels[] = {&d.city, &d.county, &d.township, &d.village};
    // The path may start at any later level: 崆峒区 is a county, 崆峒镇 a township.
    for (std::size_t start = 1; start + path.size() <= 4; ++start) {
      bool same = true;
      for (std::size_t i = 0; i < path.size() && same; ++i) same = *levels[start + i] == path[i];
      if (!same) continue;
      std::string full;
      for (std::size_t i = 0; i < start + path.size(); ++i) full += (i == 0 ? "" : "/") + *levels[i];
      if (std::find(found.begin(), found.end(), full) == found.end()) found.push_back(std::move(full));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

void apply_filter(const FindingFilter& filter, std::vector<Finding>& findings) {
  std::erase_if(findings, [&](const Finding& f) { return !filter.keeps(f); });
}

}  // namespace jiedui::audit
