#pragma once
// --lang zh: every word a person reads in Chinese, in the programme
// documents' terms. The library returns codes and English; these translate
// them on the way out. Without --lang zh nothing here runs, and the stable
// English columns and values stay byte for byte what scripts read.
#include <memory>
#include <string>
#include <string_view>

#include "out/table_writer.hpp"

namespace jiedui::out {

// The Chinese of a cell of the column of this stable name, when the column
// holds a closed vocabulary (severity, code, status, category, mode, role,
// measure, per, bucket, items, must, yes/no …) and the value is one of it;
// `;`-lists element by element; the `total` of a report's first column is
// 合计; message and detail cells go through zh_message. Else the value as is.
std::string zh_value(std::string_view column, std::string_view value);

// The single vocabularies, for texts that name them.
std::string_view zh_code(std::string_view code);  // contacts-missed → 联系交流次数不足
std::string_view zh_severity(std::string_view severity);  // error → 错误
std::string_view zh_measure(std::string_view measure);  // contacts → 联系交流

// A writer that translates every cell by zh_value before `inner` writes it
// (make_table_writer puts it in front under Lang::zh).
std::unique_ptr<TableWriter> translating_writer(std::unique_ptr<TableWriter> inner);

}  // namespace jiedui::out
