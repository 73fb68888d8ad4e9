#include "write/ledger_lock.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/time.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

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
  return pid;
}

void on_alarm(int) {}

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

}  // namespace

LedgerLock::LedgerLock(const std::string& dir, double wait_seconds) : path_(join(dir, ".jiedui.lock")) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0)
    throw WriteError(fmt::format("{}: cannot open the lock file: {}; nothing written", path_, std::strerror(errno)));
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
  const std::string pid = fmt::format("{}\n", ::getpid());
  if (::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
    // The pid is only a courtesy for the message above.
  }
}

LedgerLock::~LedgerLock() {
  if (fd_ < 0) return;
  if (::ftruncate(fd_, 0) != 0) {
    // A stale pid in the file only makes a later message less precise.
  }
  ::close(fd_);  // closing releases the flock
}

void remove_stale_temp_files(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
    const std::string name = entry.path().filename().string();
    for (std::string_view file : {"recipients.csv", "cadres.csv", "pairings.csv", "visits.csv"}) {
      const std::string prefix = std::string(file) + ".tmp-";
      if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0) {
        std::error_code ignored;
        fs::remove(entry.path(), ignored);
      }
    }
  }
}

}  // namespace jiedui::write
