// Formats json (one array, one object per line) and jsonl (one object per
// line, no array). Both stream.
#include "out/cells.hpp"
#include "out/formats.hpp"

namespace jiedui::out::detail {

namespace {

// RFC 8259 §7: quote, backslash and control characters escaped (the short
// forms where JSON has them); everything else, Chinese included, as UTF-8.
// Also escaped, though JSON allows them raw: DEL, the C1 controls and the
// line and paragraph separators U+2028/U+2029. Readers that split JSON Lines
// with Python's str.splitlines() or similar would break a line at U+0085,
// U+2028 and U+2029, and older JavaScript cannot hold the last two in a string.
std::string json_string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto escape = [](std::string& out, unsigned codepoint) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(codepoint >> shift) & 0xF];
  };
  std::string quoted = "\"";
  const std::string clean = valid_utf8(text);
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    const auto byte = static_cast<unsigned char>(c);
    const auto next = i + 1 < clean.size() ? static_cast<unsigned char>(clean[i + 1]) : 0U;
    const auto third = i + 2 < clean.size() ? static_cast<unsigned char>(clean[i + 2]) : 0U;
    if (byte == 0x7F) {
      escape(quoted, byte);
      continue;
    }
    if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080–U+009F
      escape(quoted, next);
      ++i;
      continue;
    }
    if (byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) {  // U+2028, U+2029
      escape(quoted, 0x2000 + third - 0x80);
      i += 2;
      continue;
    }
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
          escape(quoted, byte);
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
