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

namespace detail {
struct ReplaceTarget;
}

// What marks a temp file as jiedui's: `.NAME.jiedui-tmp-XXXXXX` beside NAME.
inline constexpr const char* kTempMarker = ".jiedui-tmp-";

// Writes .PATH.jiedui-tmp-XXXXXX in PATH's directory (where PATH's symbolic
// links end, when it is one); commit() flushes, fsyncs, renames over PATH and
// fsyncs the directory. Destroyed without commit(), or the process ended by
// SIGTERM/SIGINT/SIGHUP (out/temp_registry.hpp), it removes the temp file: a
// reader never sees half a file. Refuses (OutputError) a PATH that is not a
// regular file or is read-only; keeps its owner, group and mode
// (out/replace_target.hpp).
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
  // The file the rename replaces: path(), or where its symbolic links end.
  const std::string& target() const { return target_; }

 private:
  void keep_attributes(const detail::ReplaceTarget& target);

  std::string path_;
  std::string target_;
  std::string temp_path_;
  int fd_ = -1;
  int slot_ = -1;  // in out/temp_registry.hpp
  std::string buffer_;
  bool committed_ = false;
};

// Throws the OutputError AtomicFileSink(path) would throw for what `path` is
// (a read-only file, a FIFO, a foreign symbolic link), creating nothing: for
// commands that write several files all or nothing (init, sample).
void check_replaceable(const std::string& path);

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
