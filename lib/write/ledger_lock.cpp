#include "write/ledger_lock.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "out/sink.hpp"
#include "write/write_error.hpp"

namespace jiedui::write {
namespace {

std::string join(const std::string& dir, std::string_view name) {
  if (dir.empty() || dir == ".") return std::string(name);
  return dir.back() == '/' ? dir + std::string(name) : dir + "/" + std::string(name);
}

std::string holder_of(int fd) {
  char buffer[32] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return {};
  std::string pid(buffer, static_cast<std::size_t>(n));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  for (char c : pid)
    if (c < '0' || c > '9') return {};  // not a pid record: name no holder
  return pid;
}

void on_alarm(int) {}

constexpr std::size_t kPidRecord = 16;  // bytes of the pid record, newline included

// A blocking flock, so the lock passes to a waiter the moment it is freed
// (polling would add up to a poll interval per hand-over: 8 writers × 500
// rows is 4,000 hand-overs), interrupted by a one-shot timer at the deadline.
// Returns 0 when locked, else the errno (EINTR: the time ran out).
int wait_until_free(int fd, double seconds) {
  struct sigaction quiet {}, previous {};
  quiet.sa_handler = on_alarm;  // no SA_RESTART: the timer must interrupt flock
  sigemptyset(&quiet.sa_mask);
  ::sigaction(SIGALRM, &quiet, &previous);
  itimerval timer{}, old_timer{};
  timer.it_value.tv_sec = static_cast<time_t>(seconds);
  timer.it_value.tv_usec = static_cast<suseconds_t>((seconds - static_cast<double>(timer.it_value.tv_sec)) * 1e6);
  if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0) timer.it_value.tv_usec = 1;
  ::setitimer(ITIMER_REAL, &timer, &old_timer);
  const int result = ::flock(fd, LOCK_EX);
  const int e = result == 0 ? 0 : errno;
  itimerval off{};
  ::setitimer(ITIMER_REAL, &off, nullptr);
  ::sigaction(SIGALRM, &previous, nullptr);
  return e;
}

// The lock file: opened without following a symbolic link (a planted link
// would make a root writer create or write to its target), never truncated,
// and readable by everyone who may write the set: flock needs no write
// access, so a user who may not write the file (it was created by root, or
// by another member of the group) opens it read-only and locks all the same.
int open_lock_file(const std::string& path, bool& writable) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ::fchmod(fd, 0644);  // whatever the umask (a root cron job's 077): others must open it to lock
      writable = true;
      return fd;
    }
    if (errno != EEXIST) break;
    constexpr int kFlags = O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;  // a FIFO or device must not block
    fd = ::open(path.c_str(), O_RDWR | kFlags);
    writable = fd >= 0;
    if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS)) fd = ::open(path.c_str(), O_RDONLY | kFlags);
    if (fd < 0 && errno == ENOENT) continue;  // removed in between: create it again
    if (fd < 0 && errno == ELOOP)
      throw WriteError(fmt::format("{}: is a symbolic link, which a lock file never is; remove it (rm {}), then "
                                   "retry; nothing written", path, path));
    if (fd < 0) {
      const int e = errno;
      throw WriteError(fmt::format("{}: cannot open the lock file: {}{}; nothing written", path, std::strerror(e),
                                   e == EACCES ? " (its owner can make it readable: chmod a+r)" : ""));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      throw WriteError(fmt::format("{}: not a regular file, which a lock file always is; remove it, then retry; "
                                   "nothing written", path));
    }
    // Only what looks like a lock file gets the holder's pid: one link (a
    // hard link planted to another file is never written) and no more bytes
    // than the pid record.
    writable = writable && st.st_nlink == 1 && st.st_size <= static_cast<off_t>(kPidRecord);
    return fd;
  }
  throw WriteError(fmt::format("{}: cannot open the lock file: {}; nothing written", path, std::strerror(errno)));
}

// "4711" padded to a fixed record, so that writing it never needs a truncate.
void write_holder(int fd, std::string_view pid) {
  std::string record(kPidRecord - 1, ' ');
  record.replace(0, std::min(pid.size(), record.size()), pid.substr(0, record.size()));
  record += '\n';
  if (::pwrite(fd, record.data(), record.size(), 0) < 0) {
    // The pid is only a courtesy for the message a waiting writer prints.
  }
}

}  // namespace

LedgerLock::LedgerLock(const std::string& dir, double wait_seconds) : path_(join(dir, ".jiedui.lock")) {
  fd_ = open_lock_file(path_, writable_);
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno == EWOULDBLOCK && wait_seconds > 0 ? wait_until_free(fd_, wait_seconds) : errno;
    if (e != 0) {
      const std::string pid = holder_of(fd_);
      ::close(fd_);
      if (e != EWOULDBLOCK && e != EINTR)
        throw WriteError(fmt::format("{}: cannot lock: {}; nothing written", path_, std::strerror(e)));
      throw WriteError(fmt::format("{}: the ledger set is locked by another writer{}; gave up after {} s "
                                   "(--wait SECONDS waits longer); nothing written",
                                   path_, pid.empty() ? "" : fmt::format(" (pid {})", pid), wait_seconds));
    }
  }
  // Who holds it, for the message a waiting writer prints. Not a lock itself.
  if (writable_) write_holder(fd_, std::to_string(::getpid()));
}

LedgerLock::~LedgerLock() {
  if (fd_ < 0) return;
  if (writable_) write_holder(fd_, "");  // no holder: a later message names no stale pid
  ::close(fd_);  // closing releases the flock
}

namespace {

bool mkstemp_suffix(std::string_view text) {
  if (text.size() != 6) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

// The first `n` bytes of `path` (fewer if it is shorter).
std::string head_of(int dir_fd, const std::string& name, std::size_t n) {
  const int fd = ::openat(dir_fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return {};
  std::string bytes(n, '\0');
  const ssize_t got = ::pread(fd, bytes.data(), n, 0);
  ::close(fd);
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

// The ledger file's header line, BOM and line end included: how every temp
// file of it begins (a rewrite copies the old file from its first byte, and
// the header never changes).
std::string header_line(int dir_fd, const std::string& ledger_name) {
  std::string head = head_of(dir_fd, ledger_name, 64 * 1024);
  const std::size_t nl = head.find('\n');
  if (nl == std::string::npos) return {};
  head.resize(nl + 1);
  return head;
}

}  // namespace

void remove_stale_temp_files(const std::string& dir) {
  const int dir_fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) return;
  DIR* listing = ::fdopendir(dir_fd);
  if (listing == nullptr) {
    ::close(dir_fd);
    return;
  }
  const uid_t me = ::geteuid();
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    for (std::string_view file : {"recipients.csv", "cadres.csv", "pairings.csv", "visits.csv"}) {
      const std::string prefix = "." + std::string(file) + out::kTempMarker;
      if (!name.starts_with(prefix) || !mkstemp_suffix(name.substr(prefix.size()))) continue;
      struct stat st {};
      if (::fstatat(dir_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
      if (!S_ISREG(st.st_mode) || st.st_nlink != 1 || st.st_uid != me) continue;
      if (st.st_size > 0) {
        const std::string header = header_line(dir_fd, std::string(file));
        if (header.empty() || head_of(dir_fd, entry->d_name, header.size()) != header) continue;
      }
      ::unlinkat(dir_fd, entry->d_name, 0);
    }
  }
  ::closedir(listing);
}

}  // namespace jiedui::write
