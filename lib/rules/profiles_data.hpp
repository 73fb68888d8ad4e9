#pragma once
#include <vector>

#include "embedded_csv.hpp"

namespace jiedui::rules {

// Generated at build time from data-samples/profiles/*.csv.
const std::vector<EmbeddedCsv>& embedded_profiles();

}  // namespace jiedui::rules
