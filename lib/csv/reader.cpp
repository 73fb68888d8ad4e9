#include "csv/reader.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "csv/scan.hpp"
#include "csv/source.hpp"
#include "csv/utf8.hpp"
#include "fmt/format.h"

namespace jiedui::csv {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t count_newlines(const char* begin, const char* end) {
  return static_cast<std::size_t>(std::count(begin, end, '\n'));
}

// "4 MiB"; a limit that is not whole MiB (tests, fuzzing) in bytes.
std::string size_text(std::size_t bytes) {
  if (bytes >= (std::size_t{1} << 20) && bytes % (std::size_t{1} << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  return fmt::format("{} bytes", bytes);
}

}  // namespace

Reader::Reader(const std::string& path, ReaderOptions options)
    : Reader(std::make_unique<FdSource>(path, options.start_offset), options) {}

Reader Reader::from_string(std::string text, ReaderOptions options) {
  return Reader(std::make_unique<StringSource>(std::move(text)), options);
}

Reader::Reader(std::unique_ptr<Source> source, ReaderOptions options)
    : source_(std::move(source)), options_(options) {
  size_hint_ = source_->size_hint();
  // A small file needs no 1 MiB buffer to be zeroed (a few KB of cadres.csv,
  // and each run of a fuzz target): one chunk of its size reads it whole.
  if (size_hint_ > 0 && size_hint_ < options_.chunk_bytes) options_.chunk_bytes = size_hint_ + 1;
  options_.chunk_bytes = std::max<std::size_t>(options_.chunk_bytes, 1);
  options_.max_record_bytes = std::max(options_.max_record_bytes, options_.chunk_bytes);
  line_ = options_.first_line;
  if (options_.start_offset != 0) started_ = true;  // mid-file: no BOM there
  detect_encoding();
  if (encoding_ == Encoding::gb18030) {
    iconv_t cd = ::iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert GB18030");
    iconv_ = cd;
  }
}

Reader::~Reader() {
  if (iconv_ != nullptr) ::iconv_close(static_cast<iconv_t>(iconv_));
}

Reader::Reader(Reader&& other) noexcept { *this = std::move(other); }

Reader& Reader::operator=(Reader&& other) noexcept {
  if (this != &other) {
    if (iconv_ != nullptr) ::iconv_close(static_cast<iconv_t>(iconv_));
    source_ = std::move(other.source_);
    options_ = other.options_;
    encoding_ = other.encoding_;
    fell_back_ = other.fell_back_;
    validate_utf8_ = other.validate_utf8_;
    buf_ = std::move(other.buf_);
    pos_ = other.pos_;
    len_ = other.len_;
    base_ = other.base_;
    validated_ = other.validated_;
    bad_offsets_ = std::move(other.bad_offsets_);
    bad_next_ = other.bad_next_;
    raw_ = std::move(other.raw_);
    iconv_ = std::exchange(other.iconv_, nullptr);
    eof_ = other.eof_;
    started_ = other.started_;
    line_ = other.line_;
    raw_consumed_ = other.raw_consumed_;
    size_hint_ = other.size_hint_;
    spans_ = std::move(other.spans_);
  }
  return *this;
}

// SPEC §1: UTF-8 unless the file is not valid UTF-8, then GB18030. Files and
// strings are checked whole before reading; a pipe is judged by its first
// chunk and then validated as it is read, each bad byte a defect.
void Reader::detect_encoding() {
  if (options_.encoding == Encoding::gb18030) {
    encoding_ = Encoding::gb18030;
    return;
  }
  encoding_ = Encoding::utf8;
  if (options_.encoding == Encoding::utf8) {
    validate_utf8_ = !options_.trusted_utf8;
    return;
  }
  if (const auto tally = source_->tally_whole()) {
    if (!tally->is_utf8()) {
      encoding_ = Encoding::gb18030;
      fell_back_ = true;
    } else if (tally->invalid > 0) {
      validate_utf8_ = true;  // UTF-8 with some bad bytes: each is a defect
    }
    return;
  }
  // A pipe: read the first chunk now and decide on it.
  buf_.resize(options_.chunk_bytes + 4);
  const std::size_t got = source_->read(buf_.data(), options_.chunk_bytes);
  raw_consumed_ += got;
  if (got == 0) eof_ = true;
  const std::string_view first(buf_.data(), got);
  Utf8Tally tally;
  tally_utf8(first, tally, eof_);
  if (!tally.is_utf8()) {
    encoding_ = Encoding::gb18030;
    fell_back_ = true;
    raw_.assign(first);
    len_ = 0;
  } else {
    len_ = got;
    validate_utf8_ = true;
  }
}

std::size_t Reader::decode_into(const char* raw, std::size_t n, bool at_eof) {
  // Room for the worst case: every byte an invalid one, replaced by 3 bytes.
  raw_.append(raw, n);
  const std::size_t need = len_ + raw_.size() * 3 + 16;
  if (buf_.size() < need) buf_.resize(need);
  char* in = raw_.data();
  std::size_t in_left = raw_.size();
  char* out = buf_.data() + len_;
  std::size_t out_left = buf_.size() - len_;
  auto cd = static_cast<iconv_t>(iconv_);
  while (in_left > 0) {
    const std::size_t rc = ::iconv(cd, &in, &in_left, &out, &out_left);
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == EINVAL && !at_eof) break;  // a character cut by the chunk end
    // EILSEQ (or a cut character at the very end): one bad byte.
    bad_offsets_.push_back(base_ + static_cast<std::uint64_t>(out - buf_.data()));
    std::memcpy(out, kReplacement.data(), kReplacement.size());
    out += kReplacement.size();
    out_left -= kReplacement.size();
    ++in;
    --in_left;
  }
  raw_.erase(0, raw_.size() - in_left);
  const std::size_t produced = static_cast<std::size_t>(out - (buf_.data() + len_));
  len_ += produced;
  return produced;
}

void Reader::validate_new_bytes(bool at_eof) {
  // A resync after an over-long record can drop bytes never validated (a
  // character cut by the chunk end): go on from the start of what is held.
  std::size_t from = validated_ > base_ ? static_cast<std::size_t>(validated_ - base_) : 0;
  while (from < len_) {
    const std::string_view rest(buf_.data() + from, len_ - from);
    const std::size_t valid = valid_utf8_prefix(rest);
    from += valid;
    if (from == len_) break;
    if (!at_eof && is_cut_character(std::string_view(buf_.data() + from, len_ - from))) break;
    bad_offsets_.push_back(base_ + from);
    from += invalid_sequence_length(std::string_view(buf_.data() + from, len_ - from));
  }
  validated_ = base_ + from;
}

void Reader::compact() {
  if (pos_ == 0) return;
  // Bad bytes before the unread part were reported or skipped by a resync:
  // forget them, so memory follows the buffer, not the file (garbage has bad
  // bytes everywhere, and the list would otherwise never run empty).
  const auto passed = std::lower_bound(bad_offsets_.begin(), bad_offsets_.end(), base_ + pos_);
  bad_offsets_.erase(bad_offsets_.begin(), passed);
  bad_next_ = 0;
  std::memmove(buf_.data(), buf_.data() + pos_, len_ - pos_);
  base_ += pos_;
  len_ -= pos_;
  pos_ = 0;
}

bool Reader::fill() {
  if (eof_) return false;
  compact();
  const std::size_t chunk = options_.chunk_bytes;
  if (encoding_ == Encoding::gb18030) {
    std::string raw(chunk, '\0');
    const std::size_t got = source_->read(raw.data(), chunk);
    raw_consumed_ += got;
    if (got == 0) eof_ = true;
    decode_into(raw.data(), got, eof_);
  } else {
    if (buf_.size() < len_ + chunk + 4) buf_.resize(std::max(buf_.size() * 2, len_ + chunk + 4));
    const std::size_t got = source_->read(buf_.data() + len_, chunk);
    raw_consumed_ += got;
    len_ += got;
    if (got == 0) eof_ = true;
  }
  if (validate_utf8_) validate_new_bytes(eof_);
  return true;
}

// Line and 1-based field of buf_[offset], inside the record at pos_.
std::pair<std::uint32_t, std::uint32_t> Reader::position_of(const Record& record, std::size_t offset) const {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    if (pos_ + spans_[i].begin <= offset) column = static_cast<std::uint32_t>(i + 1);
  }
  const auto line = record.line + static_cast<std::uint32_t>(count_newlines(buf_.data() + pos_, buf_.data() + offset));
  return {line, column};
}

// A NUL byte is never text a spreadsheet wrote: it comes from a UTF-16 file
// ("Unicode Text" in Excel), a binary file, or the zeros a crash can leave
// in a file being written. Its record is not trusted (one defect, at the
// first NUL), and no NUL reaches a message or an output.
void Reader::attach_nul_defect(Record& record, std::size_t end) {
  const void* nul = std::memchr(buf_.data() + pos_, '\0', end - pos_);
  if (nul == nullptr) return;
  const auto [line, column] = position_of(record, static_cast<std::size_t>(static_cast<const char*>(nul) - buf_.data()));
  record.defects.push_back({Defect::Kind::bad_encoding, line, column,
                            "byte 0x00 (NUL) is not text: a UTF-16 or binary file, or zeros left by a crash?"});
}

// One defect per record, at its first undecodable byte: a row of mojibake
// needs one message, not one per character.
void Reader::attach_encoding_defects(Record& record, std::size_t end) {
  bool reported = false;
  while (bad_next_ < bad_offsets_.size() && bad_offsets_[bad_next_] < base_ + end) {
    const std::uint64_t at = bad_offsets_[bad_next_++];
    if (at < base_ + pos_ || reported) continue;  // skipped by a resync, or not the first
    reported = true;
    const auto offset = static_cast<std::size_t>(at - base_);
    const auto [line, column] = position_of(record, offset);
    std::string message = encoding_ == Encoding::gb18030
                              ? "bytes that are neither UTF-8 nor GB18030"
                              : fmt::format("byte 0x{:02X} is not UTF-8", static_cast<unsigned char>(buf_[offset]));
    record.defects.push_back({Defect::Kind::bad_encoding, line, column, std::move(message)});
  }
  if (bad_next_ == bad_offsets_.size()) {
    bad_offsets_.clear();
    bad_next_ = 0;
  }
}

// After an unterminated quote or an over-long record, go on at the line after
// the one the record started on: the rows below are most likely fine.
bool Reader::resync_after_defect(Record& record, Defect defect) {
  record.fields.clear();
  record.defects.push_back(std::move(defect));
  const char* start = buf_.data() + pos_;
  const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
  if (nl != nullptr) {
    pos_ = static_cast<std::size_t>(nl - buf_.data()) + 1;
    ++line_;
    return true;
  }
  // No newline in all we hold: drop it and skip input to the next newline.
  pos_ = len_;
  while (fill()) {
    const char* from = buf_.data() + pos_;
    nl = static_cast<const char*>(std::memchr(from, '\n', len_ - pos_));
    if (nl != nullptr) {
      pos_ = static_cast<std::size_t>(nl - buf_.data()) + 1;
      ++line_;
      return true;
    }
    pos_ = len_;
  }
  return true;
}

bool Reader::next(Record& record) {
  record.fields.clear();
  record.defects.clear();
  if (!started_) {
    started_ = true;
    while (len_ - pos_ < kBom.size() && fill()) {
    }
    if (std::string_view(buf_.data() + pos_, std::min(len_ - pos_, kBom.size())) == kBom) pos_ += kBom.size();
  }
  for (;;) {
    // Blank lines (LF or CRLF alone) carry nothing: skip them.
    while (pos_ < len_ && (buf_[pos_] == '\n' || (buf_[pos_] == '\r' && pos_ + 1 < len_ && buf_[pos_ + 1] == '\n'))) {
      pos_ += buf_[pos_] == '\n' ? 1 : 2;
      ++line_;
    }
    if (pos_ == len_ || (buf_[pos_] == '\r' && pos_ + 1 == len_)) {
      if (!fill()) {
        if (pos_ < len_) pos_ = len_;  // a lone CR at the very end
        return false;
      }
      continue;
    }
    record.line = line_;
    std::size_t end = 0;
    std::uint32_t newlines = 0;
    const Scan scan = scan_record(end, newlines, record);
    const auto too_long = [&] {
      return resync_after_defect(
          record, {Defect::Kind::record_too_long, line_, 1,
                   fmt::format("record longer than {} (an unterminated quote?)", size_text(options_.max_record_bytes))});
    };
    if (scan == Scan::need_more) {
      if (len_ - pos_ >= options_.max_record_bytes) return too_long();
      record.defects.clear();
      fill();
      continue;
    }
    // Whole, but longer than the limit: the last fill took it past (a record
    // of up to the limit plus a chunk was read as good).
    if (scan == Scan::complete && end - pos_ > options_.max_record_bytes) return too_long();
    if (scan == Scan::unterminated) {
      const std::uint32_t column = static_cast<std::uint32_t>(spans_.size() + 1);
      return resync_after_defect(record, {Defect::Kind::unterminated_quote, line_, column,
                                          "quote opened here is never closed"});
    }
    // Complete. Defects first: their lines are counted on the bytes as read,
    // before undoing "" shifts a field's text over its own tail.
    if (!bad_offsets_.empty()) attach_encoding_defects(record, end);
    attach_nul_defect(record, end);
    // Then turn spans into fields, undoing "" where needed.
    record.fields.reserve(spans_.size());
    for (const FieldSpan& span : spans_) {
      char* begin = buf_.data() + pos_ + span.begin;
      std::size_t size = span.end - span.begin;
      if (span.unescape) size = unescape_quotes(begin, size);
      record.fields.emplace_back(begin, size);
    }
    line_ += newlines;
    pos_ = end;
    return true;
  }
}

}  // namespace jiedui::csv
