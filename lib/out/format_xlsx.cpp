// Format xlsx: one worksheet through libxlsxwriter, which can only write a
// named file; the bytes go to a temp file, then to the sink (stdout or the
// atomic -o file).
#include <xlsxwriter.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "error.hpp"
#include "out/cells.hpp"
#include "out/formats.hpp"
#include "out/temp_file.hpp"

namespace jiedui::out::detail {

namespace {

// Excel's column width unit is about one Latin character; a Chinese one
// takes two, as display_width counts. Past 60 a column is better wrapped
// than widened.
constexpr double kMaxColumnWidth = 60;
constexpr double kColumnPadding = 2;

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// Text as an xlsx string can hold it and Excel reads it back: valid UTF-8
// without the characters XML refuses (each one U+FFFD: one would make the
// whole file unopenable), and a literal _xHHHH_ written _x005F_xHHHH_, since
// Excel reads _xHHHH_ in a string as the character U+HHHH (ECMA-376 ST_Xstring).
std::string xlsx_text(std::string_view text) {
  const std::string clean = valid_utf8(text, xml_refuses);
  if (clean.find("_x") == std::string::npos) return clean;
  std::string escaped;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const bool escape_like = clean.compare(i, 2, "_x") == 0 && i + 6 < clean.size() && is_hex(clean[i + 2]) &&
                             is_hex(clean[i + 3]) && is_hex(clean[i + 4]) && is_hex(clean[i + 5]) && clean[i + 6] == '_';
    escaped += escape_like ? "_x005F" : "";
    escaped += clean[i];
  }
  return escaped;
}

// YYYY-MM-DD as Excel's date; anything else (a month "2026-06", "") is no date.
std::optional<lxw_datetime> iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, sizes[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + sizes[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  // Excel's dates begin in 1900; its 1900 leap-year bug is libxlsxwriter's to handle.
  if (parts[0] < 1900 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return std::nullopt;
  lxw_datetime day{};
  day.year = parts[0];
  day.month = parts[1];
  day.day = parts[2];
  return day;
}

// A worksheet name Excel accepts: none of []:*?/\ (each '-'), at most 31
// characters (UTF-8 code points), not starting or ending with '.
std::string worksheet_name(std::string_view wanted) {
  std::string name;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < wanted.size() && characters < 31;) {
    const auto lead = static_cast<unsigned char>(wanted[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    const std::string_view one = wanted.substr(i, length);
    name += one.find_first_of("[]:*?/\\") != std::string_view::npos ? std::string("-") : std::string(one);
    i += length;
    ++characters;
  }
  while (!name.empty() && name.front() == '\'') name.erase(0, 1);
  while (!name.empty() && name.back() == '\'') name.pop_back();
  return xlsx_text(name);
}

class XlsxWriter : public TableWriter {
 public:
  XlsxWriter(const Options& options, ByteSink& sink) : options_(options), sink_(sink) {}

  ~XlsxWriter() override {
    // Abandoned before end(): free without writing anything.
    if (workbook_ != nullptr) lxw_workbook_free(workbook_);
  }

  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  void begin(const std::vector<Column>& columns) override {
    kinds_.clear();
    widths_.clear();
    temp_ = std::make_unique<TempFile>("jiedui-xlsx-");
    tmpdir_ = temp_->directory();
    lxw_workbook_options workbook_options{};
    workbook_options.tmpdir = tmpdir_.data();  // libxlsxwriter's own scratch files go there too
    workbook_ = workbook_new_opt(temp_->path().c_str(), &workbook_options);
    if (workbook_ == nullptr) throw OutputError("xlsx: cannot create a workbook");
    // The title names explain's recipient: masked like the cells.
    title_ = xlsx_text(shown_text(options_.title, options_));
    // Period, as-of day and profile go with the file: in its properties
    // (File → Info shows the subject) and on every printed page's header.
    for (const auto& [label, value] : options_.about)
      subject_ += (subject_.empty() ? "" : "; ") + xlsx_text(shown_text(label + ": " + value, options_));
    if (!title_.empty() || !subject_.empty()) {
      lxw_doc_properties properties{};
      properties.title = title_.empty() ? nullptr : title_.data();
      properties.subject = subject_.empty() ? nullptr : subject_.data();
      check(workbook_set_properties(workbook_, &properties), "cannot set the title");
    }
    for (const auto& [label, value] : options_.about) {
      const std::string name = xlsx_text(label), text = xlsx_text(shown_text(value, options_));
      check(workbook_set_custom_property_string(workbook_, name.c_str(), text.c_str()),
            "cannot set a document property");
    }
    const std::string sheet_name = worksheet_name(options_.sheet);
    sheet_ = workbook_add_worksheet(workbook_, sheet_name.empty() ? nullptr : sheet_name.c_str());
    if (sheet_ == nullptr) throw OutputError("xlsx: cannot add a worksheet");
    if (const std::string header = print_header(); !header.empty())
      check(worksheet_set_header(sheet_, header.c_str()), "cannot set the page header");
    bold_ = number_format("");
    format_set_bold(bold_);
    integer_ = number_format("0");
    percent_ = number_format("0.0%");
    money_ = number_format("#,##0.00");
    date_ = number_format("yyyy-mm-dd");

    for (std::size_t col = 0; col < columns.size(); ++col) {
      kinds_.push_back(columns[col].kind);
      const std::string header = xlsx_text(header_text(columns[col], options_));
      check(worksheet_write_string(sheet_, 0, column_index(col), header.c_str(), bold_), "cannot write the header");
      widths_.push_back(display_width(header));
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    next_row_ = 1;
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(kinds_.size(), cells);
    if (next_row_ >= LXW_ROW_MAX) throw OutputError("xlsx: more rows than a worksheet holds (1048576)");
    for (std::size_t col = 0; col < cells.size(); ++col) write_cell(col, cells[col]);
    ++next_row_;
  }

  void end() override {
    if (workbook_ == nullptr) return;
    // Excel's filter buttons on the header, over every row written.
    if (!kinds_.empty())
      check(worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(next_row_ - 1), column_index(kinds_.size() - 1)),
            "cannot set the filter");
    for (std::size_t col = 0; col < widths_.size(); ++col) {
      const double width = std::min(kMaxColumnWidth, static_cast<double>(widths_[col]) + kColumnPadding);
      check(worksheet_set_column(sheet_, column_index(col), column_index(col), width, nullptr),
            "cannot set a column width");
    }
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;  // workbook_close frees it, whatever it returns
    check(workbook_close(workbook), "cannot write the workbook");
    temp_->copy_to(sink_);
    temp_.reset();
  }

 private:
  void write_cell(std::size_t col, const std::string& cell) {
    if (cell.empty()) return;  // a blank cell, not an empty string
    const Kind kind = kinds_[col];
    const auto row = static_cast<lxw_row_t>(next_row_);
    if (is_numeric(kind)) {
      // percent cells read "93.5" (per cent): the number is 0.935, shown as 93.5%.
      if (const auto value = parse_number(cell, kind == Kind::percent)) {
        check(worksheet_write_number(sheet_, row, column_index(col), *value, numeric_format(kind)),
              "cannot write a number");
        widen(col, cell, kind == Kind::percent ? 1 : 0);
        return;
      }
      // Not a number after all ("—"): kept as the text it is. A string cell
      // is never evaluated, and numeric columns are never guarded.
      write_text(col, xlsx_text(cell));
      return;
    }
    if (kind == Kind::date)
      if (auto day = iso_day(cell)) {  // a real date, sorted and filtered as one
        check(worksheet_write_datetime(sheet_, row, column_index(col), &*day, date_), "cannot write a date");
        widen(col, cell, 0);
        return;
      }
    // id and phone too: as numbers Excel would zero an ID's digits past the 15th.
    write_text(col, xlsx_text(spreadsheet_cell(cell, kind, options_)));
  }

  void write_text(std::size_t col, const std::string& text) {
    check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(next_row_), column_index(col), text.c_str(), nullptr),
          "cannot write a cell");
    widen(col, text, 0);
  }

  void widen(std::size_t col, const std::string& text, std::size_t extra) {
    widths_[col] = std::max(widths_[col], display_width(text) + extra);
  }

  lxw_format* numeric_format(Kind kind) const {
    switch (kind) {
      case Kind::integer:
        return integer_;
      case Kind::percent:
        return percent_;
      case Kind::money:
        return money_;
      default:
        return nullptr;  // number: Excel's General format
    }
  }

  // "&C<title>  <period; as of; profile>": & doubled, as Excel's header codes want; at most 255 bytes.
  std::string print_header() const {
    std::string text = title_;
    if (!subject_.empty()) text += (text.empty() ? "" : "  ") + subject_;
    if (text.empty()) return {};
    std::string header = "&C";
    for (char c : text) {
      if (c == '&') header += '&';
      header += c;
    }
    if (header.size() > 255) {
      header.resize(255);
      while (!header.empty() && (static_cast<unsigned char>(header.back()) & 0xC0) == 0x80) header.pop_back();
      if (!header.empty() && static_cast<unsigned char>(header.back()) >= 0xC0) header.pop_back();
      if (!header.empty() && header.back() == '&' && header[header.size() - 2] != '&') header.pop_back();
    }
    return header;
  }

  lxw_format* number_format(const char* code) {
    lxw_format* format = workbook_add_format(workbook_);
    if (format == nullptr) throw OutputError("xlsx: cannot add a cell format");
    if (*code != '\0') format_set_num_format(format, code);
    return format;
  }

  static lxw_col_t column_index(std::size_t col) {
    if (col >= LXW_COL_MAX) throw OutputError("xlsx: more columns than a worksheet holds (16384)");
    return static_cast<lxw_col_t>(col);
  }

  void check(lxw_error error, const char* what) const {
    if (error == LXW_NO_ERROR) return;
    std::string message = "xlsx: ";
    message += what;
    if (next_row_ > 0) message += " (row " + std::to_string(next_row_ + 1) + ")";
    message += ": ";
    message += lxw_strerror(error);
    throw OutputError(message);
  }

  Options options_;
  ByteSink& sink_;
  std::vector<Kind> kinds_;
  std::vector<std::size_t> widths_;  // display width of the widest cell, per column
  std::unique_ptr<TempFile> temp_;
  std::string tmpdir_;
  std::string title_;  // the document title, alive as long as the workbook
  lxw_workbook* workbook_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* money_ = nullptr;
  lxw_format* date_ = nullptr;
  std::string subject_;  // the document subject (options_.about), alive as long as the workbook
  std::size_t next_row_ = 0;  // 0-based worksheet row; the header is row 0
};

}  // namespace

std::unique_ptr<TableWriter> make_xlsx_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<XlsxWriter>(options, sink);
}

}  // namespace jiedui::out::detail
