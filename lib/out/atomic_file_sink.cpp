// AtomicFileSink: `-o FILE` or a ledger file written to a temp file beside
// FILE and renamed over it on commit, so a reader (or a crash) never sees half
// a file. What FILE may be and what the new file keeps: out/replace_target.hpp.
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
#include "out/replace_target.hpp"
#include "out/temp_registry.hpp"
#include "out/sink.hpp"

namespace jiedui::out {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
  throw OutputError(path + ": " + what + ": " + detail::errno_text(error_number));
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

// The temp file's name: hidden, and marked as jiedui's, so that the sweep
// of a killed writer's leftovers (write/ledger_lock.hpp) can tell it from a
// user's own "visits.csv.tmp-202406". The name is cut to stay within NAME_MAX.
std::string temp_template(const std::string& target) {
  const std::size_t slash = target.rfind('/');
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  const std::string dir = detail::parent_directory(target);
  return (dir == "/" ? "" : dir) + "/." + base.substr(0, 200) + kTempMarker + "XXXXXX";
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

void check_replaceable(const std::string& path) { (void)detail::resolve_replace_target(path); }

AtomicFileSink::AtomicFileSink(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw OutputError("empty output file name");
  const detail::ReplaceTarget target = detail::resolve_replace_target(path_);
  target_ = target.path;
  std::string name = temp_template(target_);
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) fail(path_, "cannot create a temporary file beside it", errno);
  fd_ = fd;
  temp_path_ = std::move(name);
  slot_ = register_temp_file(temp_path_.c_str());
  try {
    keep_attributes(target);
  } catch (...) {
    // A throwing constructor runs no destructor: clean up here.
    ::close(fd_);
    ::unlink(temp_path_.c_str());
    unregister_temp_file(slot_);
    throw;
  }
  buffer_.reserve(detail::kBufferSize);
}

// mkstemp creates 0600, owned by the writer: the finished file keeps the old
// file's owner, group and mode (the owner only where the writer may give it
// away: root, or the owner itself), and a new file looks as if written by
// plain open(): 0666 minus the umask.
void AtomicFileSink::keep_attributes(const detail::ReplaceTarget& target) {
  if (!target.exists) {
    if (::fchmod(fd_, 0666 & ~current_umask()) != 0) fail(path_, "cannot set the mode of " + temp_path_, errno);
    return;
  }
  struct stat made {};
  if (::fstat(fd_, &made) != 0) fail(path_, "cannot examine " + temp_path_, errno);
  if ((made.st_uid != target.uid || made.st_gid != target.gid) && ::fchown(fd_, target.uid, target.gid) != 0) {
    // Another member of the file's group writing: the file becomes theirs, as
    // with any editor, but the group (and so the other members' access) stays.
    // A writer outside the group may change it only where the group had no
    // access that everyone else lacks.
    const bool group_matters = ((target.mode >> 3) & ~target.mode & 07) != 0;
    if (made.st_gid != target.gid && ::fchown(fd_, static_cast<uid_t>(-1), target.gid) != 0 && group_matters)
      fail(path_, "cannot give the new file the old one's group (gid " + std::to_string(target.gid) +
                      ", which you are not in); left as it is", errno);
  }
  // After fchown, which clears set-user-ID and set-group-ID bits.
  if (::fchmod(fd_, target.mode) != 0) fail(path_, "cannot set the mode of " + temp_path_, errno);
}

AtomicFileSink::~AtomicFileSink() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
  unregister_temp_file(slot_);
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
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0)
    fail(path_, "cannot rename " + temp_path_ + " to " + (target_ == path_ ? "it" : target_), errno);
  committed_ = true;
  unregister_temp_file(slot_);
  slot_ = -1;
  // The rename itself is durable only once the directory is synced.
  sync_directory(path_, detail::parent_directory(target_));
}

}  // namespace jiedui::out
