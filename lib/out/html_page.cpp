#include "out/html_page.hpp"

#include <fmt/format.h>

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
    ".num{text-align:right;font-variant-numeric:tabular-nums}\n"
    ".about{color:#555;margin:-.4em 0 1em}\n"
    ".wide{overflow-x:auto;max-width:100%}\n"
    // Findings by severity, as a terminal colours them; print keeps the colours.
    "tr.error td{background:#fde8e6}\n"
    "tr.warning td{background:#fff3d6}\n"
    "tr.notice td{background:#eaf2fb}\n"
    "@page{size:A4;margin:12mm}\n"
    "@media print{body{margin:0;font-size:9pt}h1{font-size:13pt}.wide{overflow:visible}"
    "table{font-size:7.5pt;width:100%}th,td{padding:.15em .3em}thead{display:table-header-group}"
    "tr{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

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

namespace {

// A row's severity (English or Chinese, as --lang zh writes it) → its class.
std::string_view severity_class(std::string_view cell) {
  if (cell == "error" || cell == "错误") return "error";
  if (cell == "warning" || cell == "警告") return "warning";
  if (cell == "notice" || cell == "提示") return "notice";
  return {};
}

bool keeps_together(Kind kind) { return kind == Kind::date || kind == Kind::id || kind == Kind::phone || is_numeric(kind); }

}  // namespace

std::string html_table_style(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows) {
  std::string selectors;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    bool together = keeps_together(columns[i].kind);
    if (!together && columns[i].kind == Kind::text) {
      together = true;
      for (const auto& cells : rows) {
        const std::string& cell = cells[i];
        if (cell.size() > 40 || cell.find_first_of(" \t\n") != std::string::npos) {
          together = false;
          break;
        }
      }
    }
    if (together) selectors += fmt::format("{}td:nth-child({})", selectors.empty() ? "" : ",", i + 1);
  }
  std::string style;
  if (!selectors.empty()) style += selectors + "{white-space:nowrap}\n";
  if (columns.size() > 10) style += "@page{size:A4 landscape}\n";
  return style;
}

std::string html_table(const std::vector<Column>& columns, const std::vector<std::string>& headers,
                       const std::vector<std::vector<std::string>>& rows) {
  std::size_t severity = columns.size();
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == "severity") severity = i;
  std::string html = "<div class=\"wide\">\n<table>\n<thead>\n<tr>";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    html += open_cell("th", columns[i].kind) + html_escape(headers[i]) + "</th>";
  }
  html += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& cells : rows) {
    const std::string_view row_class = severity < columns.size() ? severity_class(cells[severity]) : "";
    html += row_class.empty() ? std::string("<tr>") : fmt::format("<tr class=\"{}\">", row_class);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      html += open_cell("td", columns[i].kind) + html_escape(cells[i]) + "</td>";
    }
    html += "</tr>\n";
  }
  html += "</tbody>\n</table>\n</div>\n";
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
  if (!page.title.empty()) {
    // The heading's dates must not break at a hyphen (2026-\n11-20): a
    // non-breaking hyphen (U+2011) there; <title> keeps the ASCII text.
    std::string heading;
    for (char c : title) heading += c == '-' ? std::string("\u2011") : std::string(1, c);
    html += "<h1>" + heading + "</h1>\n";
  }
  if (!page.about.empty()) html += "<p class=\"about\">" + html_escape(page.about) + "</p>\n";
  for (const std::string& section : page.sections) html += section;
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace jiedui::out::detail
