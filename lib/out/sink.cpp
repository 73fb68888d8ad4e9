// FdSink: buffered writes to a file descriptor we do not own (usually 1).
#include "out/sink.hpp"

#include <cerrno>

#include "error.hpp"
#include "out/fd_write.hpp"

namespace jiedui::out {

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;

[[noreturn]] void throw_write_error(int fd, int error_number) {
  // EPIPE is not a failure of ours: the reader (`| head`) has seen enough.
  // It only reaches us when SIGPIPE is ignored, which the CLI's main does.
  if (error_number == EPIPE) throw BrokenPipe();
  const std::string target = fd == 1 ? "standard output" : "file descriptor " + std::to_string(fd);
  throw OutputError("cannot write to " + target + ": " + detail::errno_text(error_number));
}

}  // namespace

FdSink::FdSink(int fd) : fd_(fd) { buffer_.reserve(kBufferSize); }

FdSink::~FdSink() {
  // A destructor has nowhere to report to; Output flushes explicitly first.
  try {
    flush();
  } catch (...) {
  }
}

void FdSink::write(std::string_view bytes) {
  if (buffer_.size() + bytes.size() <= kBufferSize) {
    buffer_.append(bytes);
    return;
  }
  flush();
  if (bytes.size() < kBufferSize) {
    buffer_.append(bytes);
    return;
  }
  if (const int error_number = detail::write_all(fd_, bytes)) throw_write_error(fd_, error_number);
}

void FdSink::flush() {
  if (buffer_.empty()) return;
  const int error_number = detail::write_all(fd_, buffer_);
  // Cleared even on failure: part of it may be out already, and writing it
  // again (from the destructor) would duplicate bytes.
  buffer_.clear();
  if (error_number != 0) throw_write_error(fd_, error_number);
}

}  // namespace jiedui::out
