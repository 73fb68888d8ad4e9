#pragma once
// The audit's row filters: --only CODE,…  --district 平凉市/崆峒区  --cadre ID.
// A filter over finished findings rather than options to the engine: the
// numbers (and report/due, which share them) stay whole, and a finding is
// kept or dropped on its own columns alone.
#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::audit {

struct FindingFilter {
  std::vector<std::string> only;  // codes; empty keeps every code
  std::vector<std::string> district;  // leading components of city/county/township/village
  std::string cadre;  // a cadre id, x upper-cased; empty keeps every row

  bool keeps(const Finding& finding) const;
};

// Builds a filter from the option texts (each may be empty). `only` is a
// comma-separated code list; a code that no finding can carry is a
// UsageError naming the known ones. `district` is a path split on '/'
// ("平凉市/崆峒区/" and "平凉市/崆峒区" are the same); ids compare with x
// upper-cased, as everywhere (SPEC §5).
FindingFilter make_finding_filter(std::string_view only, std::string_view district, std::string_view cadre);

// --district that no recipient lies under is most often a path missing its
// first levels (崆峒区 for 平凉市/崆峒区): the full paths of the set's
// districts that end in it, for a note. Empty when a recipient lies under the
// path (or when none ends in it either).
std::vector<std::string> district_suggestions(const ledger::Ledger& ledger, const std::vector<std::string>& path);
// Whether some recipient lies under the path (an empty path: any).
bool district_has_recipients(const ledger::Ledger& ledger, const std::vector<std::string>& path);

// Removes the findings the filter does not keep; order is unchanged.
void apply_filter(const FindingFilter& filter, std::vector<Finding>& findings);

}  // namespace jiedui::audit
