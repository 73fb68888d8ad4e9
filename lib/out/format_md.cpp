// Format md: a GitHub-flavoured Markdown pipe table, streamed.
#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

// A cell is inline Markdown inside a GFM table row, so everything a renderer
// would act on is neutralised: & < > as entities (raw HTML such as <script>
// or <img onerror> is passed through by most renderers), the punctuation of
// emphasis, code, links and strikethrough (* _ ` [ ] ~) and the backslash
// itself escaped with a backslash (two masked IDs in one cell would otherwise
// turn their stars into bold), and | escaped, or it would end the cell. A line
// break would end the row, so CRLF, LF and CR each become <br>. Controls and
// noncharacters become U+FFFD, as in html.
bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string md_cell(std::string_view text) {
  const std::string clean = valid_utf8(text, html_refuses);
  std::string cell;
  cell.reserve(clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '&': cell += "&amp;"; break;
      case '<': cell += "&lt;"; break;
      case '>': cell += "&gt;"; break;
      case '_':
        // Between two letters or digits an underscore emphasises nothing
        // (CommonMark's intraword rule): unsupported_child stays as written.
        if (i > 0 && is_alnum(clean[i - 1]) && i + 1 < clean.size() && is_alnum(clean[i + 1])) {
          cell += c;
          break;
        }
        [[fallthrough]];
      case '\\':
      case '|':
      case '*':
      case '`':
      case '[':
      case ']':
      case '~':
        cell += '\\';
        cell += c;
        break;
      case '\r':
        if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
        cell += "<br>";
        break;
      case '\n': cell += "<br>"; break;
      default: cell += c;
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
