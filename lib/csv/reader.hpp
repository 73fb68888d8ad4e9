#pragma once
// A streaming RFC 4180 reader (SPEC §1 "CSV dialect"): quoted commas and
// newlines, "" escapes, LF or CRLF, a last line with or without newline, a
// UTF-8 BOM. It reads in chunks, so memory is bounded by the longest record,
// never by the file. Problems (an unterminated quote, text after a closing
// quote, undecodable bytes, a record over the size limit) are reported on the
// record as Defects with line and column, and reading goes on with the next
// line: one bad row never hides the rest of the file.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jiedui::csv {

enum class Encoding { automatic, utf8, gb18030 };

struct Defect {
  enum class Kind { unterminated_quote, text_after_quote, record_too_long, bad_encoding };
  Kind kind;
  std::uint32_t line;  // physical line of the problem
  std::uint32_t column;  // 1-based field
  std::string message;
};

struct Record {
  std::uint32_t line = 0;  // physical line where the record starts (1-based)
  std::vector<std::string_view> fields;  // valid until the next call to next()
  std::vector<Defect> defects;  // non-empty: the record cannot be trusted
};

struct ReaderOptions {
  Encoding encoding = Encoding::automatic;
  std::size_t chunk_bytes = std::size_t{1} << 20;
  // A record longer than this is a defect (almost always a stray quote that
  // swallowed the rest of the file); it bounds memory on any input.
  std::size_t max_record_bytes = std::size_t{4} << 20;

  // Reading a file from the middle (a chunk of a parallel read, which starts
  // at a line start): the byte offset to start at, the line number there,
  // and no BOM to strip. `trusted_utf8` (with Encoding::utf8) skips the
  // validation the caller has already done on the whole file.
  std::uint64_t start_offset = 0;
  std::uint32_t first_line = 1;
  bool trusted_utf8 = false;
  // false: only the byte-at-a-time scan (tests compare it with the block scan).
  bool fast_scan = true;
};

class Source;
struct FieldSpan;  // scan.hpp

class Reader {
 public:
  // Opens `path` ("-" = standard input). Throws InputError naming `path`.
  explicit Reader(const std::string& path, ReaderOptions options = {});
  // Reads `text` as if it were a file (tests, fuzzing).
  static Reader from_string(std::string text, ReaderOptions options = {});
  ~Reader();
  Reader(Reader&&) noexcept;
  Reader& operator=(Reader&&) noexcept;

  // The next record, skipping blank lines; false at the end of input.
  bool next(Record& record);

  // The encoding in use (automatic resolves to utf8 or gb18030 on opening).
  Encoding encoding() const { return encoding_; }
  // True when automatic detection chose GB18030 (the CLI says so on stderr).
  bool fell_back_to_gb18030() const { return fell_back_; }
  std::uint64_t bytes_consumed() const { return raw_consumed_; }
  // Where the next record starts, before blank lines are skipped: the offset
  // in the stream (in decoded bytes, so file bytes for UTF-8), counting
  // options.start_offset, and its line number.
  std::uint64_t position() const { return options_.start_offset + base_ + pos_; }
  std::uint32_t line() const { return line_; }
  // The bytes read but not yet returned as records, starting at position()
  // (valid until the next call to next()): callers may look ahead in them.
  std::string_view buffered() const { return {buf_.data() + pos_, len_ - pos_}; }
  // Whether UTF-8 is validated as it is read (false: proven valid up front).
  bool validates_utf8() const { return validate_utf8_; }
  std::uint64_t size_hint() const { return size_hint_; }  // 0 if unknown

 private:
  Reader(std::unique_ptr<Source> source, ReaderOptions options);
  void detect_encoding();
  bool fill();  // reads more; false at end of input
  std::size_t decode_into(const char* raw, std::size_t n, bool at_eof);
  void validate_new_bytes(bool at_eof);
  void compact();
  void attach_encoding_defects(Record& record, std::size_t end);
  void attach_nul_defect(Record& record, std::size_t end);
  std::pair<std::uint32_t, std::uint32_t> position_of(const Record& record, std::size_t offset) const;
  bool resync_after_defect(Record& record, Defect defect);

  enum class Scan { complete, need_more, unterminated };
  Scan scan_record(std::size_t& record_end, std::uint32_t& newlines, Record& record);

  std::unique_ptr<Source> source_;
  ReaderOptions options_;
  Encoding encoding_ = Encoding::utf8;
  bool fell_back_ = false;
  bool validate_utf8_ = false;  // not proven valid up front: check as we read
  std::vector<char> buf_;  // decoded UTF-8: [pos_, len_) is unread
  std::size_t pos_ = 0, len_ = 0;
  std::uint64_t base_ = 0;  // stream offset of buf_[0]
  std::uint64_t validated_ = 0;  // stream offset validated so far (utf8 mode)
  std::vector<std::uint64_t> bad_offsets_;  // stream offsets of undecodable bytes, ascending
  std::size_t bad_next_ = 0;
  std::string raw_;  // gb18030: raw bytes not yet decoded
  void* iconv_ = nullptr;
  bool eof_ = false;
  bool started_ = false;
  std::uint32_t line_ = 1;
  std::uint64_t raw_consumed_ = 0;
  std::uint64_t size_hint_ = 0;
  std::vector<FieldSpan> spans_;
};

}  // namespace jiedui::csv
