#include "csv/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "error.hpp"

namespace jiedui::csv {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

[[noreturn]] void refuse(int fd, const std::string& path, const struct stat& st) {
  if (fd >= 0) ::close(fd);
  throw InputError(path, S_ISDIR(st.st_mode) ? "is a directory, not a file" : "not a regular file");
}

}  // namespace

bool names_a_stream(std::string_view path) {
  if (path == "-" || path == "/dev/stdin") return true;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"})
    if (path.starts_with(prefix) && all_digits(path.substr(prefix.size()))) return true;
  return false;
}

InputFd open_input(const std::string& path) {
  InputFd in;
  struct stat st {};
  if (path == "-") {
    in.fd = 0;
  } else if (names_a_stream(path)) {
    in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in.fd < 0) throw InputError(path, std::strerror(errno));
    in.owned = true;
  } else {
    // Not even opened when it is known to be a device: opening one can act
    // (a tape rewinds, a serial line is raised).
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) refuse(-1, path, st);
    in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (in.fd < 0) throw InputError(path, std::strerror(errno));
    in.owned = true;
    if (::fstat(in.fd, &st) != 0) {
      const int e = errno;
      ::close(in.fd);
      throw InputError(path, std::strerror(e));
    }
    if (!S_ISREG(st.st_mode)) refuse(in.fd, path, st);
    const int flags = ::fcntl(in.fd, F_GETFL);
    if (flags >= 0) ::fcntl(in.fd, F_SETFL, flags & ~O_NONBLOCK);
    in.regular = true;
    in.size = static_cast<std::uint64_t>(st.st_size);
    return in;
  }
  if (::fstat(in.fd, &st) != 0) {
    const int e = errno;
    if (in.owned) ::close(in.fd);
    throw InputError(path, std::strerror(e));
  }
  if (S_ISDIR(st.st_mode)) refuse(in.owned ? in.fd : -1, path, st);
  in.regular = S_ISREG(st.st_mode);
  if (in.regular) in.size = static_cast<std::uint64_t>(st.st_size);
  return in;
}

std::string read_input_file(const std::string& path) {
  const InputFd in = open_input(path);
  std::string text;
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t got = ::read(in.fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      const int e = errno;
      if (in.owned) ::close(in.fd);
      throw InputError(path, std::strerror(e));
    }
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
  }
  if (in.owned) ::close(in.fd);
  return text;
}

}  // namespace jiedui::csv
