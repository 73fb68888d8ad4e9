#pragma once
// A write-only file behind a large buffer, for the generator's hundreds of
// megabytes: bytes are appended with memcpy and integers formatted by hand,
// so no row allocates. The file is written as every output is
// (out::AtomicFileSink): a temp file renamed into place by close(), so a
// symbolic link, a read-only file or a FIFO in the directory is never
// truncated or followed blindly, and an interrupted run leaves no half file.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jiedui::out {
class AtomicFileSink;
}

namespace jiedui::sample {

class FileWriter {
 public:
  explicit FileWriter(std::string path, std::size_t buffer_bytes = std::size_t{4} << 20);  // throws OutputError
  ~FileWriter();
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  void put(std::string_view text) {
    if (used_ + text.size() > buffer_.size()) flush();
    if (text.size() > buffer_.size()) return write_all(text.data(), text.size());
    text.copy(buffer_.data() + used_, text.size());
    used_ += text.size();
  }
  void put(char c) {
    if (used_ == buffer_.size()) flush();
    buffer_[used_++] = c;
  }
  void put_uint(std::uint64_t value, int min_digits = 1);
  void close();  // flushes and renames into place; throws OutputError
  std::uint64_t bytes() const { return written_ + used_; }

 private:
  void flush();
  void write_all(const char* data, std::size_t size);

  std::string path_;
  std::unique_ptr<out::AtomicFileSink> file_;
  std::vector<char> buffer_;
  std::size_t used_ = 0;
  std::uint64_t written_ = 0;
};

}  // namespace jiedui::sample
