#include "card/record_book.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "card/card_text.hpp"
#include "ledger/vocab.hpp"
#include "out/table_writer.hpp"
#include "out/text_mask.hpp"

namespace jiedui::card {

// Column widths of a 180 mm table at 9 pt; the line estimate below uses them.
const std::string_view kRecordBookStyle = R"(.rb-head { display: flex; justify-content: space-between; margin: 0 0 2mm;
  font-size: 10.5pt; gap: 4mm; }
.rb-head span:last-child { white-space: nowrap; }
table.rb th { font-size: 9.5pt; font-weight: bold; height: 11mm; padding: 1mm; text-align: center; }
table.rb td { font-size: 9pt; line-height: 1.35; height: 11mm; padding: 1mm; }
table.rb td.c { text-align: center; }
)";

namespace {

struct ColumnSpec {
  std::string_view header;  // HTML: <br> where the paper form breaks a long header
  int percent;
  int units_per_line;  // half-width characters that fit one line of the cell
};
constexpr ColumnSpec kColumns[] = {
    {"序号", 6, 6},           {"时间", 9, 8},        {"关爱方式", 9, 8},  {"关爱服务内容", 33, 33},
    {"关爱对象<br>类型", 11, 9}, {"关爱对象<br>姓名", 10, 9}, {"实施关爱<br>工作人员<br>（记录人）", 10, 9}, {"备注", 12, 11},
};
// Heights in hundredths of a millimetre: a row is at least 11 mm, a line of
// 9 pt text at 1.35 is 4.29 mm; what the rows of one page may take (A4 less
// margins, title, page line, header row, and a safety allowance).
constexpr int kMinRow = 1100, kLine = 429, kRowPadding = 240, kPageBudget = 22000;

std::string cut(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars > max_chars) return std::string(text.substr(0, i)) + "……";
  }
  return std::string(text);
}

std::string must_chinese(std::string_view musts) {
  std::string text;
  while (!musts.empty()) {
    const std::size_t semi = musts.find(';');
    const std::string_view one = ledger::trim(musts.substr(0, semi));
    musts = semi == std::string_view::npos ? std::string_view() : musts.substr(semi + 1);
    if (one.empty()) continue;
    const std::optional<std::string_view> code = ledger::parse_must(one);
    const std::string_view zh = !code                       ? one
                                : *code == "hospital"       ? "重症住院"
                                : *code == "dropout"        ? "辍学或待业"
                                : *code == "disaster"       ? "意外灾害"
                                                            : "家人去世";
    text += text.empty() ? "必到：" : "、";
    text += zh;
  }
  return text;
}

void append_part(std::string& text, std::string_view part) {
  if (part.empty()) return;
  if (!text.empty()) text += "；";
  text += part;
}

int row_height(const std::string (&plain)[8]) {
  int lines = 2;
  for (int i = 0; i < 8; ++i) {
    const int width = static_cast<int>(out::display_width(plain[i]));
    lines = std::max(lines, (width + kColumns[i].units_per_line - 1) / kColumns[i].units_per_line);
  }
  return std::max(kMinRow, lines * kLine + kRowPadding);
}

}  // namespace

RecordBook::RecordBook(const ledger::Ledger& ledger, RecordBookFilter filter, audit::Period month, ledger::Day as_of,
                       CardOptions options)
    : ledger_(ledger), filter_(std::move(filter)), month_(month), as_of_(as_of), options_(options) {
  slot_of_district_.assign(ledger.districts.size(), -1);
  for (std::size_t i = 0; i < filter_.villages.size(); ++i)
    slot_of_district_[filter_.villages[i]] = static_cast<int>(i);
  rows_.resize(filter_.villages.size());
}

void RecordBook::add(const ledger::Visit& v) {
  if (v.date < month_.from || v.date > month_.to || v.date > as_of_) return;
  const ledger::Recipient& r = ledger_.recipients[v.recipient];
  const int slot = slot_of_district_[r.district];
  if (slot < 0) return;
  if (!filter_.recipients.empty() && !filter_.recipients.contains(v.recipient)) return;
  if (filter_.cadre && *filter_.cadre != v.cadre) return;
  ++records_;

  // 关爱服务内容: the ticked items, the help numbers, then the notes.
  std::string content, items;
  for (std::string_view rest = v.items; !rest.empty();) {
    const std::size_t semi = rest.find(';');
    const std::string_view code = ledger::trim(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    if (code.empty()) continue;
    if (!items.empty()) items += "、";
    items += item_chinese(code);
  }
  append_part(content, items);
  if (v.policies) append_part(content, fmt::format("协调落实政策{}个", v.policies));
  if (v.difficulties) append_part(content, fmt::format("解决实际困难{}个", v.difficulties));
  if (v.deeds) append_part(content, fmt::format("帮办实事{}件", v.deeds));
  append_part(content, options_.reveal ? std::string(v.notes) : out::mask_personal_numbers(v.notes));
  // 备注: the must-visit occasion, the money given, what was passed upward.
  std::string remark = must_chinese(v.must);
  if (v.funds_fen) append_part(remark, fmt::format("资助资金{}.{:02}元", v.funds_fen / 100, v.funds_fen % 100));
  if (v.escalated) append_part(remark, fmt::format("向上级反映困难{}个", v.escalated));

  Row row{v.date, v.line, {}};
  row.cells[0] = month_day_chinese(v.date);
  row.cells[1] = mode_as_written(v.mode);
  row.cells[2] = cut(content, kContentChars);
  row.cells[3] = ledger::category_chinese(r.category);
  row.cells[4] = r.name;
  row.cells[5] = ledger_.cadres[v.cadre].name;
  row.cells[6] = cut(remark, kContentChars / 4);
  rows_[static_cast<std::size_t>(slot)].push_back(std::move(row));
}

std::vector<std::vector<RecordBook::Row>> RecordBook::pages_of_village(const std::vector<Row>& rows) const {
  std::vector<std::vector<Row>> pages(1);
  int used = 0;
  for (const Row& row : rows) {
    const std::string plain[8] = {std::to_string(rows.size()), row.cells[0], row.cells[1], row.cells[2],
                                  row.cells[3],                row.cells[4], row.cells[5], row.cells[6]};
    const int height = row_height(plain);
    if (!pages.back().empty() && (pages.back().size() == kRowsPerPage || used + height > kPageBudget)) {
      pages.emplace_back();
      used = 0;
    }
    pages.back().push_back(row);
    used += height;
  }
  return pages;
}

void RecordBook::render(CardDocument& document) const {
  const date::year_month_day ym{month_.from};
  for (std::size_t slot = 0; slot < rows_.size(); ++slot) {
    std::vector<Row> rows = rows_[slot];
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
    const ledger::District& d = ledger_.districts[filter_.villages[slot]];
    const std::vector<std::vector<Row>> pages = pages_of_village(rows);
    std::size_t number = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      std::string html = fmt::format("<h1>“九类”民政服务对象关爱服务记录台账{}</h1>\n", p > 0 ? "（续）" : "");
      html += fmt::format(
          "<div class=\"rb-head\"><span>镇（街道）：{}　（村）社区：{}　日期：{}年{}月</span><span>第{}页　共{}页</span></div>\n",
          fill(d.township, 6), fill(d.village, 6), static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()),
          p + 1, pages.size());
      html += "<table class=\"rb\">\n<colgroup>";
      for (const ColumnSpec& c : kColumns) html += fmt::format("<col style=\"width:{}%\">", c.percent);
      html += "</colgroup>\n<thead><tr>";
      for (const ColumnSpec& c : kColumns) html += fmt::format("<th>{}</th>", c.header);
      html += "</tr></thead>\n<tbody>\n";
      for (const Row& row : pages[p]) {
        html += fmt::format("<tr><td class=\"c\">{}</td>", ++number);
        for (int i = 0; i < 7; ++i) {
          html += i == 2 || i == 6 ? "<td>" : "<td class=\"c\">";
          append_escaped(html, row.cells[i]);
          html += "</td>";
        }
        html += "</tr>\n";
      }
      // Blank rows to fill by hand, as the form has: only on the last page,
      // and only as many as its height allows.
      if (p + 1 == pages.size()) {
        int used = 0;
        for (const Row& row : pages[p]) {
          const std::string plain[8] = {"", row.cells[0], row.cells[1], row.cells[2],
                                        row.cells[3], row.cells[4], row.cells[5], row.cells[6]};
          used += row_height(plain);
        }
        for (std::size_t n = pages[p].size(); n < kRowsPerPage && used + kMinRow <= kPageBudget; ++n) {
          html += "<tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>\n";
          used += kMinRow;
        }
      }
      html += "</tbody>\n</table>\n";
      document.page(html);
    }
  }
}

}  // namespace jiedui::card
