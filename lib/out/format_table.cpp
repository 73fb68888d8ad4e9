// Format table: aligned columns for reading in a terminal. Buffers every row,
// since a column's width is known only at the end.
#include <algorithm>

#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

constexpr std::string_view kGap = "  ";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

// A table is for eyes: control characters (tab, newline, ESC, and the C1 range
// U+0080–U+009F) and the line and paragraph separators U+2028/U+2029 become a
// space, so one row stays one line (for editors and pagers too) and a ledger
// cell cannot drive the terminal.
std::string printable(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0U;
    if (byte < 0x20 || byte == 0x7F) {
      result += ' ';
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {
      result += ' ';
      ++i;
    } else if (byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) {
      result += ' ';
      i += 2;
    } else {
      result += text[i];
    }
  }
  return result;
}

class TextTableWriter : public TableWriter {
 public:
  TextTableWriter(const Options& options, ByteSink& sink) : options_(options), sink_(sink) {}

  void begin(const std::vector<Column>& columns) override {
    columns_ = columns;
    rows_.clear();
    std::vector<std::string> header;
    header.reserve(columns.size());
    for (const Column& column : columns) header.push_back(printable(header_text(column, options_)));
    rows_.push_back(std::move(header));
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(columns_.size(), cells);
    std::vector<std::string> shown;
    shown.reserve(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
      shown.push_back(printable(shown_cell(cells[i], columns_[i].kind, options_)));
    }
    rows_.push_back(std::move(shown));
  }

  void end() override {
    if (rows_.empty()) return;  // end() without begin()
    std::vector<std::vector<std::size_t>> widths;
    widths.reserve(rows_.size());
    std::vector<std::size_t> column_widths(columns_.size(), 0);
    for (const auto& cells : rows_) {
      std::vector<std::size_t>& row_widths = widths.emplace_back();
      for (std::size_t i = 0; i < cells.size(); ++i) {
        row_widths.push_back(display_width(cells[i]));
        column_widths[i] = std::max(column_widths[i], row_widths[i]);
      }
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      std::string line = render(rows_[r], widths[r], column_widths);
      if (r == 0 && options_.color) line = std::string(kBold) + line + std::string(kReset);
      line += '\n';
      sink_.write(line);
      if (r == 0) sink_.write(rule(column_widths));
    }
    rows_.clear();
  }

 private:
  // Numbers right-aligned (their header too, so it sits over the digits),
  // text left-aligned; trailing spaces trimmed so lines diff cleanly.
  std::string render(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
                     const std::vector<std::size_t>& column_widths) const {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) line += kGap;
      const std::size_t padding = column_widths[i] - widths[i];
      if (is_numeric(columns_[i].kind)) {
        line.append(padding, ' ');
        line += cells[i];
      } else {
        line += cells[i];
        line.append(padding, ' ');
      }
    }
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
  }

  static std::string rule(const std::vector<std::size_t>& column_widths) {
    std::string line;
    for (std::size_t i = 0; i < column_widths.size(); ++i) {
      if (i > 0) line += kGap;
      line.append(column_widths[i], '-');
    }
    line.erase(line.find_last_not_of(' ') + 1);
    return line + '\n';
  }

  Options options_;
  ByteSink& sink_;
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;  // the header first
};

}  // namespace

std::unique_ptr<TableWriter> make_text_table_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<TextTableWriter>(options, sink);
}

}  // namespace jiedui::out::detail
