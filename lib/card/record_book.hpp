#pragma once
// 沙坪坝区《“九类”民政服务对象关爱服务记录台账》(附件2) for one month: per
// village, the month's work records as the table's rows (序号, 时间, 关爱方式,
// 关爱服务内容, 关爱对象类型, 关爱对象姓名, 实施关爱工作人员（记录人）, 备注).
// Fed from the stream of visits.csv: only the month's records of the chosen
// villages are kept, never the whole file.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "audit/period.hpp"
#include "card/card_document.hpp"
#include "card/card_template.hpp"
#include "ledger/ledger.hpp"

namespace jiedui::card {

// A page holds this many rows (the last page is padded with blank rows to
// fill by hand), fewer when long texts would not fit its height.
inline constexpr int kRowsPerPage = 15;
// A record's 关爱服务内容 longer than this many characters is cut (……): one
// row must fit one page. visits.csv keeps the whole text.
inline constexpr std::size_t kContentChars = 300;

struct RecordBookFilter {
  std::vector<std::uint32_t> villages;  // district indices, in page order
  std::unordered_set<std::uint32_t> recipients;  // empty = any
  std::optional<std::uint32_t> cadre;  // the record's cadre
};

class RecordBook {
 public:
  RecordBook(const ledger::Ledger& ledger, RecordBookFilter filter, audit::Period month, ledger::Day as_of,
             CardOptions options);
  void add(const ledger::Visit& visit);  // kept when in the month, up to as_of, and chosen
  void render(CardDocument& document) const;  // one or more pages per village
  std::size_t records() const { return records_; }

 private:
  struct Row {
    ledger::Day date;
    std::uint32_t line;
    std::string cells[7];  // 时间 … 备注, escaped
  };
  std::vector<std::vector<Row>> pages_of_village(const std::vector<Row>& rows) const;

  const ledger::Ledger& ledger_;
  RecordBookFilter filter_;
  audit::Period month_;
  ledger::Day as_of_;
  CardOptions options_;
  std::vector<int> slot_of_district_;  // district index → index into rows_, -1 = not chosen
  std::vector<std::vector<Row>> rows_;
  std::size_t records_ = 0;
};

}  // namespace jiedui::card
