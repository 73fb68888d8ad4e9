// Formats json (one array, one object per line) and jsonl (one object per
// line, no array). Both stream.
#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

// RFC 8259 §7: quote, backslash and control characters escaped (the short
// forms where JSON has them); everything else, Chinese included, as UTF-8.
std::string json_string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string quoted = "\"";
  for (char c : valid_utf8(text)) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': quoted += "\\\""; break;
      case '\\': quoted += "\\\\"; break;
      case '\b': quoted += "\\b"; break;
      case '\f': quoted += "\\f"; break;
      case '\n': quoted += "\\n"; break;
      case '\r': quoted += "\\r"; break;
      case '\t': quoted += "\\t"; break;
      default:
        if (byte < 0x20) {
          quoted += "\\u00";
          quoted += kHex[byte >> 4];
          quoted += kHex[byte & 0xF];
        } else {
          quoted += c;
        }
    }
  }
  quoted += '"';
  return quoted;
}

class JsonWriter : public TableWriter {
 public:
  JsonWriter(const Options& options, ByteSink& sink, bool lines) : options_(options), sink_(sink), lines_(lines) {}

  void begin(const std::vector<Column>& columns) override {
    kinds_.clear();
    keys_.clear();
    for (const Column& column : columns) {
      kinds_.push_back(column.kind);
      keys_.push_back(json_string(header_text(column, options_)) + ':');
    }
    rows_ = 0;
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(kinds_.size(), cells);
    // Built with append, not assignment: GCC 12 -O2 warns (falsely) about
    // assigning a literal to a fresh string here.
    std::string line;
    if (!lines_) line.append(rows_ == 0 ? "[\n" : ",\n");
    line += '{';
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) line += ',';
      line += keys_[i];
      line += value(cells[i], kinds_[i]);
    }
    line += '}';
    if (lines_) line += '\n';
    sink_.write(line);
    ++rows_;
  }

  void end() override {
    if (!lines_) sink_.write(rows_ == 0 ? "[]\n" : "\n]\n");
  }

 private:
  // A number column gives numbers; a cell that is not one (a "—", "1,000")
  // stays a string rather than producing invalid JSON; an empty one is null,
  // "no value", which 0 would not be.
  std::string value(const std::string& cell, Kind kind) const {
    if (is_numeric(kind)) {
      if (cell.empty()) return "null";
      if (is_json_number(cell)) return cell;
      return json_string(cell);
    }
    return json_string(shown_cell(cell, kind, options_));
  }

  Options options_;
  ByteSink& sink_;
  bool lines_;
  std::vector<Kind> kinds_;
  std::vector<std::string> keys_;  // "name": ready to write
  std::size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<TableWriter> make_json_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<JsonWriter>(options, sink, false);
}

std::unique_ptr<TableWriter> make_jsonl_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<JsonWriter>(options, sink, true);
}

}  // namespace jiedui::out::detail
