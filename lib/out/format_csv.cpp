// Formats csv and tsv: one line per row, streamed, for spreadsheets and
// scripts. Cells are masked and formula-guarded (spreadsheet_cell).
#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

// TSV as spreadsheets write and read it (Excel's "Text (Tab delimited)",
// LibreOffice, Python's excel-tab dialect): a cell holding a tab, a line break
// or a quote is quoted, its quotes doubled. Each reader takes a cell that
// starts with a quote as quoted, so one written raw ("=1+1" in quotes) would
// lose its quotes, slip past the formula guard and swallow the cells and rows
// up to the next quote.
void append_tsv_field(std::string& out, std::string_view text) {
  if (text.find_first_of("\t\"\r\n") == std::string_view::npos)
    out.append(text);
  else
    append_quoted(out, text);
}

class DelimitedWriter : public TableWriter {
 public:
  DelimitedWriter(const Options& options, ByteSink& sink, char separator)
      : options_(options), sink_(sink), separator_(separator) {}

  void begin(const std::vector<Column>& columns) override {
    kinds_.clear();
    std::vector<std::string> header;
    for (const Column& column : columns) {
      kinds_.push_back(column.kind);
      header.push_back(header_text(column, options_));
    }
    write_line(header);
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(kinds_.size(), cells);
    prepared_.resize(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) prepared_[i] = spreadsheet_cell(cells[i], kinds_[i], options_);
    write_line(prepared_);
  }

  void end() override {}

 private:
  // Into line_, reused from row to row (a province's audit writes 58,000).
  void write_line(const std::vector<std::string>& fields) {
    std::string& line = line_;
    line.clear();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) line += separator_;
      if (separator_ == ',')
        append_csv_field(line, fields[i]);
      else
        append_tsv_field(line, fields[i]);
    }
    // With one column an empty cell would leave an empty line, which readers
    // skip as no record at all; "" keeps the row.
    if (fields.size() == 1 && fields[0].empty()) line = "\"\"";
    line += '\n';
    sink_.write(line);
  }

  Options options_;
  ByteSink& sink_;
  char separator_;
  std::vector<Kind> kinds_;
  std::vector<std::string> prepared_;
  std::string line_;
};

}  // namespace

std::unique_ptr<TableWriter> make_csv_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<DelimitedWriter>(options, sink, ',');
}

std::unique_ptr<TableWriter> make_tsv_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<DelimitedWriter>(options, sink, '\t');
}

}  // namespace jiedui::out::detail
