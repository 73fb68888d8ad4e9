#pragma once
// Raw bytes for the CSV reader: a file descriptor or a string in memory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "csv/utf8.hpp"

namespace jiedui::csv {

class Source {
 public:
  virtual ~Source() = default;
  // Up to n bytes into dst; 0 at the end. Throws InputError on a read error.
  virtual std::size_t read(char* dst, std::size_t n) = 0;
  // Whether the whole content is valid UTF-8, if that can be told without
  // consuming it (regular files, strings); nullopt for pipes. Used to decide
  // the encoding before reading (SPEC §1).
  virtual std::optional<Utf8Tally> tally_whole() { return std::nullopt; }
  virtual std::uint64_t size_hint() const { return 0; }
};

class FdSource : public Source {
 public:
  // "-" = standard input; `offset` > 0 starts reading a regular file there.
  explicit FdSource(const std::string& path, std::uint64_t offset = 0);
  ~FdSource() override;
  std::size_t read(char* dst, std::size_t n) override;
  std::optional<Utf8Tally> tally_whole() override;
  std::uint64_t size_hint() const override { return size_; }

 private:
  std::string path_;
  int fd_ = -1;
  bool owned_ = false;
  bool regular_ = false;
  std::uint64_t size_ = 0;
};

// Starts tallying the regular file `path` (as FdSource::tally_whole does) on
// another thread, for the next FdSource of the same file (same device,
// inode, size and modification time) to take instead of reading it again:
// a caller about to read a big file overlaps its check with other work.
// Nothing for pipes, files that cannot be opened, or small files.
void tally_ahead(const std::string& path);

// The whole of `path` ("-" = standard input), for a file a command takes in
// one piece. One longer than max_bytes is an InputError ("longer than 256
// MiB: " + advice), found before it is read when it is a regular file: a
// file argument that never ends (/dev/zero, a pipe left open) is refused
// once max_bytes are read, not read until memory runs out.
std::string read_bounded(const std::string& path, std::size_t max_bytes, std::string_view advice);

class StringSource : public Source {
 public:
  explicit StringSource(std::string text) : text_(std::move(text)) {}
  std::size_t read(char* dst, std::size_t n) override;
  std::optional<Utf8Tally> tally_whole() override;
  std::uint64_t size_hint() const override { return text_.size(); }

 private:
  std::string text_;
  std::size_t pos_ = 0;
};

}  // namespace jiedui::csv
