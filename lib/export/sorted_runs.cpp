#include "export/sorted_runs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <utility>

#include "error.hpp"
#include "out/fd_write.hpp"

namespace jiedui::exports {
namespace {

using out::detail::errno_text;

std::string temp_directory() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

// A file with no name: nothing is left behind however the process ends
// (a kill, a crash), and nobody else can open it.
int open_unnamed(const std::string& dir) {
  if (const int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600); fd >= 0) return fd;
  std::string path = dir + "/jiedui-export-XXXXXX";  // a file system without O_TMPFILE
  const int fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0) throw OutputError(dir + ": cannot create a temporary file to sort the records in: " + errno_text(errno));
  ::unlink(path.c_str());
  return fd;
}

// What a held record's cells cost on the heap, beyond the record itself
// (counted in add): their bytes, and the allocator's 16 each.
std::size_t heap_bytes_of(const HeldRecord& r) {
  std::size_t bytes = 0;
  for (const std::string& cell : r.cells)
    if (cell.capacity() > 15) bytes += cell.capacity() + 1 + 16;
  return bytes;
}

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

void serialize(const HeldRecord& r, std::string& out) {
  put_u32(out, static_cast<std::uint32_t>(r.date.time_since_epoch().count()));
  put_u32(out, r.recipient);
  put_u32(out, r.cadre);
  put_u32(out, r.line);
  for (const std::string& cell : r.cells) {
    put_u32(out, static_cast<std::uint32_t>(cell.size()));
    out += cell;
  }
}

// Reads one run back, a block at a time.
class RunReader {
 public:
  RunReader(int fd, std::uint64_t begin, std::uint64_t end, const std::string* dir)
      : fd_(fd), offset_(begin), end_(end), dir_(dir) {}

  bool next(HeldRecord& r) {
    if (pos_ == len_ && offset_ == end_) return false;
    r.date = ledger::Day{date::days{static_cast<std::int32_t>(u32())}};
    r.recipient = u32();
    r.cadre = u32();
    r.line = u32();
    for (std::string& cell : r.cells) {
      const std::uint32_t size = u32();
      need(size);
      cell.assign(buffer_.data() + pos_, size);
      pos_ += size;
    }
    return true;
  }

 private:
  std::uint32_t u32() {
    need(4);
    std::uint32_t v;
    std::memcpy(&v, buffer_.data() + pos_, 4);
    pos_ += 4;
    return v;
  }

  // At least n unread bytes in the buffer.
  void need(std::size_t n) {
    if (len_ - pos_ >= n) return;
    std::memmove(buffer_.data(), buffer_.data() + pos_, len_ - pos_);
    len_ -= pos_;
    pos_ = 0;
    if (buffer_.size() < n) buffer_.resize(n);
    while (len_ < n) {
      const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size() - len_, end_ - offset_));
      const ssize_t got = want == 0 ? 0 : ::pread(fd_, buffer_.data() + len_, want, static_cast<off_t>(offset_));
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0)
        throw OutputError(*dir_ + ": cannot read back the temporary file the records were sorted in: " +
                          (got < 0 ? errno_text(errno) : std::string("it is shorter than written")));
      len_ += static_cast<std::size_t>(got);
      offset_ += static_cast<std::uint64_t>(got);
    }
  }

  int fd_;
  std::uint64_t offset_, end_;
  const std::string* dir_;
  std::vector<char> buffer_ = std::vector<char>(64 * 1024);
  std::size_t pos_ = 0, len_ = 0;
};

}  // namespace

SortedRuns::SortedRuns(std::function<bool(const HeldRecord&, const HeldRecord&)> less, std::size_t budget)
    : less_(std::move(less)), budget_(std::max<std::size_t>(budget, 1)) {}

SortedRuns::~SortedRuns() {
  if (fd_ >= 0) ::close(fd_);
}

void SortedRuns::add(HeldRecord record) {
  held_bytes_ += sizeof(HeldRecord) + heap_bytes_of(record);
  held_.push_back(std::move(record));
  ++count_;
  if (held_bytes_ >= budget_) spill();
}

void SortedRuns::spill() {
  if (held_.empty()) return;
  if (fd_ < 0) {
    temp_dir_ = temp_directory();
    fd_ = open_unnamed(temp_dir_);
  }
  std::sort(held_.begin(), held_.end(), less_);
  const std::uint64_t begin = written_;
  std::string block;
  block.reserve(out::detail::kBufferSize * 4);
  const auto flush = [&] {
    if (const int e = out::detail::write_all(fd_, block); e != 0)
      throw OutputError(temp_dir_ + ": cannot write the temporary file the records are sorted in: " + errno_text(e));
    written_ += block.size();
    block.clear();
  };
  for (const HeldRecord& r : held_) {
    serialize(r, block);
    if (block.size() >= out::detail::kBufferSize * 4) flush();
  }
  flush();
  runs_.push_back({begin, written_});
  held_ = {};  // its blocks freed, not kept for the next run
  held_bytes_ = 0;
}

void SortedRuns::drain(const std::function<void(const HeldRecord&)>& each) {
  if (runs_.empty()) {
    std::sort(held_.begin(), held_.end(), less_);
    for (const HeldRecord& r : held_) each(r);
    held_.clear();
    return;
  }
  spill();
  std::vector<RunReader> readers;
  std::vector<HeldRecord> heads(runs_.size());
  readers.reserve(runs_.size());
  for (const Run& run : runs_) readers.emplace_back(fd_, run.begin, run.end, &temp_dir_);
  const auto later = [&](std::size_t a, std::size_t b) { return less_(heads[b], heads[a]); };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> next(later);
  for (std::size_t i = 0; i < readers.size(); ++i)
    if (readers[i].next(heads[i])) next.push(i);
  while (!next.empty()) {
    const std::size_t i = next.top();
    next.pop();
    each(heads[i]);
    if (readers[i].next(heads[i])) next.push(i);
  }
}

}  // namespace jiedui::exports
