#pragma once
#include <string_view>
#include <vector>

namespace jiedui::entitle {

struct EmbeddedStandards {
  std::string_view name;
  std::string_view csv;  // data-samples/standards/NAME.csv, byte for byte
};

// Generated at build time from data-samples/standards/*.csv.
const std::vector<EmbeddedStandards>& embedded_standards();

}  // namespace jiedui::entitle
