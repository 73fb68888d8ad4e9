#include "csv/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <future>
#include <mutex>

#include "csv/input_file.hpp"
#include "csv/utf8.hpp"
#include "error.hpp"
#include "fmt/format.h"

namespace jiedui::csv {

FdSource::FdSource(const std::string& path, std::uint64_t offset) : path_(path) {
  const InputFd in = open_input(path);
  fd_ = in.fd;
  owned_ = in.owned;
  regular_ = in.regular;
  if (regular_) {
    size_ = in.size;
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
  }
  if (offset != 0) {
    if (!regular_ || ::lseek(fd_, static_cast<off_t>(offset), SEEK_SET) < 0) {
      if (owned_) ::close(fd_);
      fd_ = -1;
      throw InputError(path, "cannot seek in it");
    }
    size_ -= std::min<std::uint64_t>(size_, offset);
  }
}

FdSource::~FdSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

std::string read_bounded(const std::string& path, std::size_t max_bytes, std::string_view advice) {
  FdSource source(path);
  const auto too_long = [&] {
    const std::string limit = max_bytes % (std::size_t{1} << 20) == 0 ? fmt::format("{} MiB", max_bytes >> 20)
                                                                        : fmt::format("{} bytes", max_bytes);
    return InputError(path, fmt::format("longer than {}: {}", limit, advice));
  };
  if (source.size_hint() > max_bytes) throw too_long();
  std::string text;
  text.reserve(static_cast<std::size_t>(source.size_hint()));
  constexpr std::size_t kBlock = std::size_t{1} << 20;
  for (;;) {
    const std::size_t at = text.size();
    // A pipe or a device past its first block: room for all it may send, so
    // that growing never holds two copies (address space; pages are only
    // used as they fill).
    if (at == kBlock && source.size_hint() == 0) text.reserve(max_bytes + 1);
    const std::size_t want = std::min(kBlock, max_bytes + 1 - at);  // one byte past the limit tells
    text.resize(at + want);
    const std::size_t got = source.read(text.data() + at, want);
    text.resize(at + got);
    if (got == 0) return text;
    if (text.size() > max_bytes) throw too_long();
  }
}

std::size_t FdSource::read(char* dst, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd_, dst, n);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno == EINTR) continue;
    throw InputError(path_, std::strerror(errno));
  }
}

// pread in chunks rather than mmap: a mapping of a large file would count
// against the process's resident memory while it is scanned.
namespace {

Utf8Tally tally_fd(int fd, std::uint64_t size, const std::string& path) {
  // Whole small files at once; 1 MiB at a time for big ones.
  const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(std::uint64_t{1} << 20, size + 1));
  std::string buffer(chunk + 4, '\0');
  std::size_t carried = 0;
  off_t offset = 0;
  Utf8Tally tally;
  for (;;) {
    const ssize_t got = ::pread(fd, buffer.data() + carried, chunk, offset);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw InputError(path, std::strerror(errno));
    }
    offset += got;
    const std::size_t have = carried + static_cast<std::size_t>(got);
    carried = tally_utf8(std::string_view(buffer.data(), have), tally, got == 0);
    if (got == 0) return tally;
    std::memmove(buffer.data(), buffer.data() + have - carried, carried);
  }
}

struct FileIdentity {
  dev_t dev = 0;
  ino_t ino = 0;
  off_t size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

FileIdentity identity(const struct stat& st) {
  return {st.st_dev, st.st_ino, st.st_size, std::int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec};
}

// The one tally started ahead (a process reads one big visits.csv).
struct Ahead {
  std::mutex mutex;
  FileIdentity file;
  std::future<Utf8Tally> tally;
};
Ahead& ahead() {
  static Ahead a;
  return a;
}

}  // namespace

void tally_ahead(const std::string& path) {
  if (names_a_stream(path)) return;
  // O_NONBLOCK: a FIFO in the set's place must not hang this open (the
  // reader then refuses it); a regular file reads as ever.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return;
  struct stat st {};
  // Below a few MiB the thread costs more than the overlap saves.
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < (off_t{16} << 20)) {
    ::close(fd);
    return;
  }
  Ahead& a = ahead();
  std::lock_guard lock(a.mutex);
  if (a.tally.valid()) {
    ::close(fd);
    return;
  }
  a.file = identity(st);
  a.tally = std::async(std::launch::async, [fd, size = static_cast<std::uint64_t>(st.st_size), path] {
    struct Closer {
      int fd;
      ~Closer() { ::close(fd); }
    } closer{fd};
    return tally_fd(fd, size, path);
  });
}

std::optional<Utf8Tally> FdSource::tally_whole() {
  if (!regular_) return std::nullopt;
  Ahead& a = ahead();
  std::future<Utf8Tally> pending;
  {
    std::lock_guard lock(a.mutex);
    struct stat st {};
    if (a.tally.valid() && ::fstat(fd_, &st) == 0 && identity(st) == a.file) pending = std::move(a.tally);
  }
  if (pending.valid()) {
    try {
      return pending.get();
    } catch (...) {
      // Read again below: an error then names this reader's path as always.
    }
  }
  return tally_fd(fd_, size_, path_);
}

std::optional<Utf8Tally> StringSource::tally_whole() {
  Utf8Tally tally;
  tally_utf8(text_, tally, true);
  return tally;
}

std::size_t StringSource::read(char* dst, std::size_t n) {
  const std::size_t take = std::min(n, text_.size() - pos_);
  std::memcpy(dst, text_.data() + pos_, take);
  pos_ += take;
  return take;
}

}  // namespace jiedui::csv
