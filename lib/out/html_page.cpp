#include "out/html_page.hpp"

#include "out/cells.hpp"

namespace jiedui::out::detail {

namespace {

// Fonts that carry Chinese on each desktop system; pre-line keeps a cell's
// line breaks; tabular figures line the digits up.
constexpr std::string_view kBaseStyle =
    "body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\","
    "\"WenQuanYi Zen Hei\",sans-serif;margin:2em;color:#222}\n"
    "table{border-collapse:collapse}\n"
    "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;white-space:pre-line;"
    "word-break:keep-all}\n"
    "thead th{background:#f2f2f2}\n"
    "tbody tr:nth-child(even){background:#fafafa}\n"
    ".num{text-align:right;font-variant-numeric:tabular-nums}\n";

std::string open_cell(std::string_view tag, Kind kind) {
  std::string open = "<";
  open += tag;
  if (is_numeric(kind)) open += " class=\"num\"";
  open += '>';
  return open;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string escaped;
  for (char c : valid_utf8(text, html_refuses)) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::string html_table(const std::vector<Column>& columns, const std::vector<std::string>& headers,
                       const std::vector<std::vector<std::string>>& rows) {
  std::string html = "<table>\n<thead>\n<tr>";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    html += open_cell("th", columns[i].kind) + html_escape(headers[i]) + "</th>";
  }
  html += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& cells : rows) {
    html += "<tr>";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      html += open_cell("td", columns[i].kind) + html_escape(cells[i]) + "</td>";
    }
    html += "</tr>\n";
  }
  html += "</tbody>\n</table>\n";
  return html;
}

std::string render_html_page(const HtmlPage& page) {
  const std::string title = html_escape(page.title.empty() ? "jiedui" : page.title);
  // zh-CN whatever the header language: the cells are Chinese, and the
  // language tag decides which glyphs a browser picks for Han characters.
  std::string html =
      "<!DOCTYPE html>\n"
      "<html lang=\"zh-CN\">\n"
      "<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<title>" + title + "</title>\n";
  html += "<style>\n";
  html += kBaseStyle;
  html += page.style;
  html += "</style>\n</head>\n<body>\n";
  if (!page.title.empty()) html += "<h1>" + title + "</h1>\n";
  for (const std::string& section : page.sections) html += section;
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace jiedui::out::detail
