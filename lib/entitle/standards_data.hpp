#pragma once
#include <vector>

#include "embedded_csv.hpp"

namespace jiedui::entitle {

// Generated at build time from data-samples/standards/*.csv.
const std::vector<EmbeddedCsv>& embedded_standards();

}  // namespace jiedui::entitle
