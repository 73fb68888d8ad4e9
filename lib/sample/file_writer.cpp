#include "sample/file_writer.hpp"

#include "out/sink.hpp"

namespace jiedui::sample {

FileWriter::FileWriter(std::string path, std::size_t buffer_bytes)
    : path_(std::move(path)), file_(std::make_unique<out::AtomicFileSink>(path_)), buffer_(buffer_bytes) {}

FileWriter::~FileWriter() = default;  // without close(), the temp file is removed

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
  file_->write(std::string_view(data, size));  // a block this big goes straight to write(2)
  written_ += size;
}

void FileWriter::flush() {
  write_all(buffer_.data(), used_);
  used_ = 0;
}

void FileWriter::close() {
  flush();
  file_->commit();
}

}  // namespace jiedui::sample
