#pragma once
#include <string_view>
#include <vector>

namespace jiedui::rules {

struct EmbeddedProfile {
  std::string_view name;
  std::string_view csv;  // data-samples/profiles/NAME.csv, byte for byte
};

// Generated at build time from data-samples/profiles/*.csv.
const std::vector<EmbeddedProfile>& embedded_profiles();

}  // namespace jiedui::rules
