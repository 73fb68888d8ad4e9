// Format html: one page holding the table. Buffers the rows, since the page
// is written whole.
#include "out/cells.hpp"
#include "out/formats.hpp"
#include "out/html_page.hpp"

namespace jiedui::out::detail {

namespace {

class HtmlWriter : public TableWriter {
 public:
  HtmlWriter(const Options& options, ByteSink& sink) : options_(options), sink_(sink) {}

  void begin(const std::vector<Column>& columns) override {
    columns_ = columns;
    headers_.clear();
    rows_.clear();
    for (const Column& column : columns) headers_.push_back(header_text(column, options_));
  }

  void row(const std::vector<std::string>& cells) override {
    check_row(columns_.size(), cells);
    std::vector<std::string> shown;
    shown.reserve(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) shown.push_back(shown_cell(cells[i], columns_[i].kind, options_));
    rows_.push_back(std::move(shown));
  }

  void end() override {
    HtmlPage page;
    page.title = shown_text(options_.title, options_);  // explain's names the recipient's ID
    for (const auto& [label, value] : options_.about)
      page.about += (page.about.empty() ? "" : " · ") + shown_text(label + ": " + value, options_);
    page.style += html_table_style(columns_, rows_);
    if (options_.chart && !options_.chart->labels.empty()) {
      BarChart chart = *options_.chart;
      chart.title = shown_text(chart.title, options_);
      for (std::string& label : chart.labels) label = shown_text(label, options_);
      for (std::string& name : chart.series) name = shown_text(name, options_);
      page.style += kChartStyle;
      page.sections.push_back(html_bar_chart(chart));
    }
    page.sections.push_back(html_table(columns_, headers_, rows_));
    sink_.write(render_html_page(page));
    rows_.clear();
  }

 private:
  Options options_;
  ByteSink& sink_;
  std::vector<Column> columns_;
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

std::unique_ptr<TableWriter> make_html_writer(const Options& options, ByteSink& sink) {
  return std::make_unique<HtmlWriter>(options, sink);
}

}  // namespace jiedui::out::detail
