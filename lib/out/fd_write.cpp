#include "out/fd_write.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jiedui::out::detail {

int write_all(int fd, std::string_view bytes) noexcept {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (written == 0) return EIO;  // no progress and no error: never spin
    // A pipe or a terminal may take less than asked for; the rest goes next turn.
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return 0;
}

std::string errno_text(int error_number) { return std::strerror(error_number); }

int buffered_write(int fd, std::string& buffer, std::string_view bytes) {
  if (buffer.size() + bytes.size() <= kBufferSize) {
    buffer.append(bytes);
    return 0;
  }
  if (const int error_number = flush_buffer(fd, buffer)) return error_number;
  if (bytes.size() < kBufferSize) {
    buffer.append(bytes);
    return 0;
  }
  return write_all(fd, bytes);
}

int flush_buffer(int fd, std::string& buffer) noexcept {
  if (buffer.empty()) return 0;
  const int error_number = write_all(fd, buffer);
  buffer.clear();
  return error_number;
}

}  // namespace jiedui::out::detail
