// AtomicFileSink: `-o FILE` written to a temp file beside FILE and renamed
// over it on commit, so a reader (or a crash) never sees half a file.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>

#include "error.hpp"
#include "out/fd_write.hpp"
#include "out/sink.hpp"

namespace jiedui::out {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
  throw OutputError(path + ": " + what + ": " + detail::errno_text(error_number));
}

// rename() is atomic only within one file system, hence the temp file lives
// in the target's own directory.
std::string parent_directory(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// The umask can only be read by setting it, which races with other threads
// creating files; Linux also shows it in /proc/self/status.
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) != 0) continue;
    try {
      return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8)) & 0777;
    } catch (const std::exception&) {
      break;
    }
  }
  return 022;
}

// mkstemp creates 0600; the finished file should look as if written by plain
// open(): the old file's mode when replacing one, else 0666 minus the umask.
mode_t final_mode(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) throw OutputError(path + ": is a directory");
    return info.st_mode & 07777;
  }
  return 0666 & ~current_umask();
}

void sync_directory(const std::string& path, const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open its directory to sync it", errno);
  const int result = ::fsync(fd);
  const int error_number = errno;
  ::close(fd);
  // Some file systems cannot sync a directory (EINVAL); the rename stands.
  if (result != 0 && error_number != EINVAL) fail(path, "cannot sync its directory", error_number);
}

}  // namespace

AtomicFileSink::AtomicFileSink(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw OutputError("empty output file name");
  const mode_t mode = final_mode(path_);
  std::string name = path_ + ".tmp-XXXXXX";
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) fail(path_, "cannot create a temporary file beside it", errno);
  fd_ = fd;
  temp_path_ = std::move(name);
  if (::fchmod(fd_, mode) != 0) {
    // A throwing constructor runs no destructor: clean up here.
    const int error_number = errno;
    ::close(fd_);
    ::unlink(temp_path_.c_str());
    fail(path_, "cannot set the mode of " + temp_path_, error_number);
  }
  buffer_.reserve(detail::kBufferSize);
}

AtomicFileSink::~AtomicFileSink() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void AtomicFileSink::write(std::string_view bytes) {
  if (committed_ || fd_ < 0) throw OutputError(path_ + ": written after commit");
  if (const int error_number = detail::buffered_write(fd_, buffer_, bytes)) fail(path_, "cannot write", error_number);
}

void AtomicFileSink::flush() {
  if (fd_ < 0) return;
  if (const int error_number = detail::flush_buffer(fd_, buffer_)) fail(path_, "cannot write", error_number);
}

void AtomicFileSink::append_file(int fd, std::uint64_t offset, std::uint64_t length) {
  if (committed_ || fd_ < 0) throw OutputError(path_ + ": written after commit");
  flush();
  auto from = static_cast<loff_t>(offset);
  while (length > 0) {
    const ssize_t n = ::copy_file_range(fd, &from, fd_, nullptr, length, 0);
    if (n > 0) {
      length -= static_cast<std::uint64_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) fail(path_, "the file being copied ended early", EIO);
    if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) fail(path_, "cannot copy", errno);
    break;  // not supported here: copy through a buffer instead
  }
  char buffer[64 * 1024];
  while (length > 0) {
    const ssize_t got = ::pread(fd, buffer, std::min<std::uint64_t>(length, sizeof buffer), from);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) fail(path_, "cannot read the file being copied", got < 0 ? errno : EIO);
    if (const int e = detail::write_all(fd_, std::string_view(buffer, static_cast<std::size_t>(got)))) fail(path_, "cannot write", e);
    from += got;
    length -= static_cast<std::uint64_t>(got);
  }
}

void AtomicFileSink::commit() {
  if (committed_) return;
  if (fd_ < 0) throw OutputError(path_ + ": output was abandoned after an error");
  flush();
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file (ext4 delayed allocation).
  if (::fsync(fd_) != 0) fail(path_, "cannot sync " + temp_path_, errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail(path_, "cannot close " + temp_path_, errno);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) fail(path_, "cannot rename " + temp_path_ + " to it", errno);
  committed_ = true;
  // The rename itself is durable only once the directory is synced.
  sync_directory(path_, parent_directory(path_));
}

}  // namespace jiedui::out
