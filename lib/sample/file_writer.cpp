#include "sample/file_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "error.hpp"

namespace jiedui::sample {

FileWriter::FileWriter(std::string path, std::size_t buffer_bytes) : path_(std::move(path)), buffer_(buffer_bytes) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) throw OutputError(path_ + ": " + std::strerror(errno));
}

FileWriter::~FileWriter() {
  if (fd_ >= 0) ::close(fd_);
}

void FileWriter::put_uint(std::uint64_t value, int min_digits) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n < min_digits) digits[n++] = '0';
  if (used_ + static_cast<std::size_t>(n) > buffer_.size()) flush();
  while (n > 0) buffer_[used_++] = digits[--n];
}

void FileWriter::write_all(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t got = ::write(fd_, data, size);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw OutputError(path_ + ": " + std::strerror(errno));
    }
    data += got;
    size -= static_cast<std::size_t>(got);
    written_ += static_cast<std::uint64_t>(got);
  }
}

void FileWriter::flush() {
  write_all(buffer_.data(), used_);
  used_ = 0;
}

void FileWriter::close() {
  flush();
  if (::close(fd_) != 0) {
    fd_ = -1;
    throw OutputError(path_ + ": " + std::strerror(errno));
  }
  fd_ = -1;
}

}  // namespace jiedui::sample
