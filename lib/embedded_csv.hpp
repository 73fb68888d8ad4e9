#pragma once
// A CSV file of data-samples/ compiled into the binary by lib/embed_csv.cmake
// (the rule profiles, the standards tables).
#include <string_view>

namespace jiedui {

struct EmbeddedCsv {
  std::string_view name;  // the file's name without .csv
  std::string_view csv;   // its bytes, byte for byte
};

}  // namespace jiedui
