// The bar chart of format html: plain SVG in the page, so it prints, mails
// and opens offline like the table. Horizontal bars, because district names
// in Chinese are long and read best left of their bars.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "out/html_page.hpp"

namespace jiedui::out::detail {

namespace {

// Colour-blind-safe pair (Okabe–Ito blue and bluish green), then more.
constexpr std::string_view kColours[] = {"#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9"};
constexpr int kBarHeight = 14;
constexpr int kBarGap = 2;
constexpr int kGroupGap = 10;
constexpr int kPlotWidth = 400;  // 100 %
constexpr int kValueWidth = 52;  // room for "100.0" right of a full bar
constexpr int kTop = 8;
constexpr int kAxis = 22;  // the scale's labels under the plot

std::string_view colour(std::size_t series) { return kColours[series % std::size(kColours)]; }

}  // namespace

const std::string_view kChartStyle =
    ".chart{margin:0 0 1.5em 0}\n"
    ".chart h2{font-size:1.1em;margin:.2em 0}\n"
    ".chart .legend span{display:inline-block;margin-right:1.2em}\n"
    ".chart .legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}\n"
    ".chart svg text{font-size:12px;font-family:inherit}\n";

std::string html_bar_chart(const BarChart& chart) {
  // Label column wide enough for the longest label (Chinese glyphs ≈ 12px each).
  std::size_t widest = 4;
  for (const std::string& label : chart.labels) widest = std::max(widest, display_width(label));
  const int label_width = static_cast<int>(std::min<std::size_t>(widest, 40)) * 7 + 12;
  const int series = std::max<int>(1, static_cast<int>(chart.series.size()));
  const int group = series * kBarHeight + (series - 1) * kBarGap;
  const int count = static_cast<int>(chart.labels.size());
  const int plot_height = count * group + (count - 1) * kGroupGap;
  const int width = label_width + kPlotWidth + kValueWidth;
  const int height = kTop + plot_height + kAxis;

  std::string html = "<figure class=\"chart\">\n";
  if (!chart.title.empty()) html += "<h2>" + html_escape(chart.title) + "</h2>\n";
  html += "<div class=\"legend\">";
  for (std::size_t s = 0; s < chart.series.size(); ++s)
    html += fmt::format("<span><i style=\"background:{}\"></i>{}</span>", colour(s), html_escape(chart.series[s]));
  html += "</div>\n";
  html += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
      "aria-label=\"{2}\">\n",
      width, height, html_escape(chart.title));
  // Grid lines and scale every 20 %.
  for (int pct = 0; pct <= 100; pct += 20) {
    const int x = label_width + pct * kPlotWidth / 100;
    html += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#ddd\"/>", x, kTop,
                        kTop + plot_height);
    html += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#666\">{}</text>\n", x,
                        kTop + plot_height + 16, pct);
  }
  for (int i = 0; i < count; ++i) {
    const int y0 = kTop + i * (group + kGroupGap);
    html += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\n",
                        label_width - 8, y0 + group / 2, html_escape(chart.labels[i]));
    const auto& values = chart.values[static_cast<std::size_t>(i)];
    for (std::size_t s = 0; s < values.size(); ++s) {
      const int y = y0 + static_cast<int>(s) * (kBarHeight + kBarGap);
      if (!values[s]) {
        html += fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"#999\">—</text>\n",
                            label_width + 4, y + kBarHeight / 2);
        continue;
      }
      const double v = std::clamp(*values[s], 0.0, 100.0);
      const double w = v * kPlotWidth / 100.0;
      const std::string name = s < chart.series.size() ? chart.series[s] : "";
      html += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"><title>{} {}: {:.1f}</title></rect>",
          label_width, y, w, kBarHeight, colour(s), html_escape(chart.labels[i]), html_escape(name), v);
      html += fmt::format("<text x=\"{:.1f}\" y=\"{}\" dominant-baseline=\"middle\" fill=\"#333\">{:.1f}</text>\n",
                          label_width + w + 4, y + kBarHeight / 2, v);
    }
  }
  html += "</svg>\n</figure>\n";
  return html;
}

}  // namespace jiedui::out::detail
