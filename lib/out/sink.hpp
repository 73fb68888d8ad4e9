#pragma once
// Where output bytes go: standard output, a file written atomically, or a
// GB18030 transcoder in front of either.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace jiedui::out {

// Thrown when the reader of our standard output has gone (`jiedui … | head`).
// The CLI ends quietly.
class BrokenPipe : public std::exception {
 public:
  const char* what() const noexcept override { return "broken pipe"; }
};

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual void write(std::string_view bytes) = 0;
  virtual void flush() {}
};

// A buffered file descriptor (64 KiB). EPIPE throws BrokenPipe; other write
// errors throw OutputError.
class FdSink : public ByteSink {
 public:
  explicit FdSink(int fd);
  ~FdSink() override;
  void write(std::string_view bytes) override;
  void flush() override;

 private:
  int fd_;
  std::string buffer_;
};

// Writes PATH.tmp-XXXXXX in PATH's directory; commit() flushes, fsyncs,
// renames over PATH and fsyncs the directory. Destroyed without commit(),
// it removes the temp file: a reader never sees half a file.
class AtomicFileSink : public ByteSink {
 public:
  explicit AtomicFileSink(std::string path);
  ~AtomicFileSink() override;
  void write(std::string_view bytes) override;
  void flush() override;
  void commit();
  // Appends `length` bytes of the open file `fd` from `offset`, kernel to
  // kernel where it can (copy_file_range): how a ledger write copies the old
  // rows before adding new ones.
  void append_file(int fd, std::uint64_t offset, std::uint64_t length);
  const std::string& temp_path() const { return temp_path_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  int fd_ = -1;
  std::string buffer_;
  bool committed_ = false;
};

// Transcodes UTF-8 to GB18030 (iconv) on its way to `next`. Every Unicode
// character has a GB18030 form, so nothing is lost.
class Gb18030Sink : public ByteSink {
 public:
  explicit Gb18030Sink(ByteSink& next);
  ~Gb18030Sink() override;
  void write(std::string_view bytes) override;
  void flush() override;

 private:
  struct State;
  std::unique_ptr<State> state_;
  ByteSink& next_;
};

}  // namespace jiedui::out
