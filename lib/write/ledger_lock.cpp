#include "write/ledger_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

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

}  // namespace

LedgerLock::LedgerLock(const std::string& dir, double wait_seconds) : path_(join(dir, ".jiedui.lock")) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0)
    throw WriteError(fmt::format("{}: cannot open the lock file: {}; nothing written", path_, std::strerror(errno)));
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(wait_seconds > 0 ? wait_seconds : 0));
  for (;;) {
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) break;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int e = errno;
      ::close(fd_);
      throw WriteError(fmt::format("{}: cannot lock: {}; nothing written", path_, std::strerror(e)));
    }
    if (Clock::now() >= deadline) {
      const std::string pid = holder_of(fd_);
      ::close(fd_);
      throw WriteError(fmt::format("{}: the ledger set is locked by another writer{}; gave up after {} s "
                                   "(--wait SECONDS waits longer); nothing written",
                                   path_, pid.empty() ? "" : fmt::format(" (pid {})", pid), wait_seconds));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
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
