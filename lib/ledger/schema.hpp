#pragma once
// The columns of each ledger file (SPEC §1): stable English name, Chinese
// aliases, and whether the header must have it.
#include <vector>
#include <string_view>
#include <vector>

namespace jiedui::ledger {

struct ColumnSpec {
  std::string_view name;
  std::vector<std::string_view> aliases;
  bool required = false;
};

struct FileSpec {
  std::string_view file_name;  // recipients.csv …
  std::vector<ColumnSpec> columns;
};

const FileSpec& recipients_spec();
const FileSpec& cadres_spec();
const FileSpec& pairings_spec();
const FileSpec& visits_spec();
const FileSpec& rules_spec();
// inspections.csv (督查表 of 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》附件3).
const FileSpec& inspections_spec();
// What `log import` reads: visits_spec()'s columns (same indices), then
// change (变更类型), start (结对日期), end (解除日期), reason (变更原因): the
// pairing-change rows of the 15th-of-month file (jiedui-export(1)).
const FileSpec& visit_import_spec();

// Header names compare after trimming, ASCII case-folding, and folding
// full-width brackets to half-width and dropping 、 (县（市、区） = 县(市区)).
std::string normalize_header(std::string_view name);

}  // namespace jiedui::ledger
