#pragma once
// Where to begin reading a CSV file from the middle: the parallel readers
// cut a file into chunks at nominal offsets, and each chunk must begin where
// a record begins. The first line break after the offset is usually one,
// but it may be a line break inside a quoted cell (a note of two lines): in
// a province's visits.csv one chunk in ten began inside a note, and was then
// parsed a second time, serially, on the thread replaying the chunks.
#include <cstddef>
#include <string_view>

namespace jiedui::csv {

// The offset in `text` of the first line start (just after a '\n') from
// which `records` records follow, each with exactly `fields` fields and
// regular quoting ("…" with inner quotes doubled, no quote inside an
// unquoted field). Fewer records will do when `text` runs out after at
// least one (and the last may lack its '\n' when `text_ends_file`). npos
// when none of the first 64 line starts in `text` qualifies. Only a guess: a reader must still
// check that the chunk began where the previous one ended.
std::size_t probable_record_start(std::string_view text, std::size_t fields, int records, bool text_ends_file);

}  // namespace jiedui::csv
