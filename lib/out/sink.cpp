// FdSink: buffered writes to a file descriptor we do not own (usually 1).
#include "out/sink.hpp"

#include <cerrno>

#include "error.hpp"
#include "out/fd_write.hpp"

namespace jiedui::out {

namespace {

[[noreturn]] void throw_write_error(int fd, int error_number) {
  // EPIPE is not a failure of ours: the reader (`| head`) has seen enough.
  // It only reaches us when SIGPIPE is ignored, which the CLI's main does.
  if (error_number == EPIPE) throw BrokenPipe();
  const std::string target = fd == 1 ? "standard output" : "file descriptor " + std::to_string(fd);
  throw OutputError("cannot write to " + target + ": " + detail::errno_text(error_number));
}

}  // namespace

FdSink::FdSink(int fd) : fd_(fd) { buffer_.reserve(detail::kBufferSize); }

FdSink::~FdSink() {
  // A destructor has nowhere to report to; Output flushes explicitly first.
  try {
    flush();
  } catch (...) {
  }
}

void FdSink::write(std::string_view bytes) {
  if (const int error_number = detail::buffered_write(fd_, buffer_, bytes)) throw_write_error(fd_, error_number);
}

void FdSink::flush() {
  if (const int error_number = detail::flush_buffer(fd_, buffer_)) throw_write_error(fd_, error_number);
}

}  // namespace jiedui::out
