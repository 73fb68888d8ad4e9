#include "card/card_document.hpp"

#include <fmt/format.h>

#include "out/html_page.hpp"

namespace jiedui::card {
namespace {

// Serif first, as the printed government forms are set (宋体); each system's
// own CJK face after it: Noto/Source Han on Linux, SimSun and Microsoft YaHei
// on Windows, Songti/PingFang on macOS.
constexpr std::string_view kBaseStyle = R"(@page { size: A4 portrait; margin: 15mm 15mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-size: 11pt; line-height: 1.45;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", SimSun, "宋体", "Songti SC",
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑", "PingFang SC", serif; }
.page { break-after: page; page-break-after: always; break-inside: avoid; overflow: hidden; }
.page:last-child { break-after: auto; page-break-after: auto; }
@media screen { body { background: #eee; } .page { background: #fff; width: 210mm; min-height: 297mm;
  margin: 5mm auto; padding: 15mm 15mm 12mm; box-shadow: 0 0 3px #999; } }
h1 { text-align: center; font-size: 17pt; margin: 0 0 5mm; letter-spacing: 1pt; font-weight: bold; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td, th { border: 1px solid #000; padding: 1.2mm 1.8mm; vertical-align: middle;
  overflow-wrap: anywhere; word-break: break-all; }
.blank { display: inline-block; border-bottom: 1px solid #000; min-height: 1.1em; vertical-align: bottom; }
)";

}  // namespace

CardDocument::CardDocument(out::ByteSink& sink, std::string_view title, std::string_view style) : sink_(sink) {
  buffer_.reserve(std::size_t{1} << 17);
  buffer_ += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  append_escaped(buffer_, title);
  buffer_ += "</title>\n<style>\n";
  buffer_ += kBaseStyle;
  buffer_ += style;
  buffer_ += "</style>\n</head>\n<body>\n";
}

void CardDocument::page(std::string_view body) {
  ++pages_;
  buffer_ += "<section class=\"page\">\n";
  buffer_ += body;
  buffer_ += "</section>\n";
  if (buffer_.size() >= (std::size_t{1} << 16)) {
    sink_.write(buffer_);
    buffer_.clear();
  }
}

void CardDocument::finish() {
  buffer_ += "</body>\n</html>\n";
  sink_.write(buffer_);
  buffer_.clear();
}

std::string escape(std::string_view text) { return out::detail::html_escape(text); }

void append_escaped(std::string& html, std::string_view text) {
  // Most values need nothing: no markup character and plain ASCII or valid
  // UTF-8 (html_escape then returns them as they are).
  html += out::detail::html_escape(text);
}

std::string fill(std::string_view value, int chars) {
  if (!value.empty()) return escape(value);
  return fmt::format("<span class=\"blank\" style=\"width:{}em\"></span>", chars);
}

}  // namespace jiedui::card
