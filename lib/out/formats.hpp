#pragma once
// One writer per format, each in its own format_<name>.cpp; make_table_writer
// picks one. Internal to lib/out.
#include <memory>

#include "out/table_writer.hpp"

namespace jiedui::out::detail {

std::unique_ptr<TableWriter> make_text_table_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_csv_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_tsv_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_json_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_jsonl_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_md_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_html_writer(const Options& options, ByteSink& sink);
std::unique_ptr<TableWriter> make_xlsx_writer(const Options& options, ByteSink& sink);

}  // namespace jiedui::out::detail
