// Format md: a GitHub-flavoured Markdown pipe table, streamed.
#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

// A pipe would end the cell, so it is escaped; a backslash right before a
// pipe is doubled, or it would escape our escape. A line break would end the
// row, so CRLF, LF and CR each become <br>.
std::string md_cell(std::string_view text) {
  std::string cell;
  cell.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '|') {
      cell += "\\|";
    } else if (c == '\\' && i + 1 < text.size() && text[i + 1] == '|') {
      cell += "\\\\";
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      cell += "<br>";
    } else {
      cell += c;
    }
  }
  return cell;
}

class MarkdownWriter : public TableWriter {
 public:
  MarkdownWriter(const Options& options, ByteSink& sink) : options_(options), sink_(sink) {}

  void begin(const std::vector<Column>& columns) override {
    kinds_.clear();
    std::vector<std::string> header;
    std::string delimiter = "|";
    for (const Column& column : columns) {
      kinds_.push_back(column.kind);
      header.push_back(md_cell(header_text(column, options_)));
      delimiter += is_numeric(column.kind) ? " ---: |" : " --- |";
    }
    write_line(header);
    sink_.write(delimiter + '\n');
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(kinds_.size(), cells);
    std::vector<std::string> prepared;
    prepared.reserve(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) prepared.push_back(md_cell(shown_cell(cells[i], kinds_[i], options_)));
    write_line(prepared);
  }

  void end() override {}

 private:
  void write_line(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const std::string& cell : cells) {
      line += ' ';
      line += cell;
      line += " |";
    }
    line += '\n';
    sink_.write(line);
  }

  Options options_;
  ByteSink& sink_;
  std::vector<Kind> kinds_;
};

}  // namespace

std::unique_ptr<TableWriter> make_md_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<MarkdownWriter>(options, sink);
}

}  // namespace jiedui::out::detail
