#pragma once
// The self-contained page of format html, kept apart from the writer so more
// sections (a chart) can join the table without touching it. Internal to lib/out.
#include <string>
#include <string_view>
#include <vector>

#include "out/table_writer.hpp"

namespace jiedui::out::detail {

struct HtmlPage {
  std::string title;  // plain text, escaped when rendered; "" → "jiedui" and no <h1>
  std::string about;  // plain text under the heading (period, as-of day, profile); "" = none
  std::string style;  // extra CSS after the base style
  std::vector<std::string> sections;  // HTML fragments for <body>, in order
};

// & < > " ' as entities; invalid UTF-8, controls and noncharacters as U+FFFD
// (html_refuses), so the page parses without errors.
std::string html_escape(std::string_view text);

// A <table> with <thead> and <tbody> in a <div class="wide"> that scrolls
// sideways on a narrow screen (the 22 columns of report districts);
// numeric columns get class="num"; with a `severity` column each row gets
// class error, warning or notice (coloured). The header texts and cells are
// shown as given (already masked), escaped here.
std::string html_table(const std::vector<Column>& columns, const std::vector<std::string>& headers,
                       const std::vector<std::vector<std::string>>& rows);

// The page style a table needs beyond the base: columns that must not wrap
// (dates, IDs, phones, and text columns of short cells without a space, such
// as codes: 2026-06-30 and contacts-missed broken at the hyphen read wrong),
// and for a table of more than ten columns, landscape pages in print.
std::string html_table_style(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows);

// An inline SVG of the chart (no script, no external font), with its title
// and legend; the style it needs is kChartStyle.
std::string html_bar_chart(const BarChart& chart);
extern const std::string_view kChartStyle;

// The whole document: charset, viewport, inline style, title, body sections.
// No external resource: the file is read offline and mailed around.
std::string render_html_page(const HtmlPage& page);

}  // namespace jiedui::out::detail
