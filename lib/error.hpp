#pragma once
// The library's error types. The library never prints or exits: it throws one
// of these, and the CLI formats it. A parser knows line and column; the caller
// that knows the file adds it.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace jiedui {

// Input that cannot be read at all: a missing file, a directory where a file
// should be, permissions. The CLI exits 2.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::string message, std::uint32_t line = 0, std::uint32_t column = 0)
      : std::runtime_error(message), file_(std::move(file)), line_(line), column_(column) {}
  const std::string& file() const { return file_; }
  std::uint32_t line() const { return line_; }
  std::uint32_t column() const { return column_; }

 private:
  std::string file_;
  std::uint32_t line_;
  std::uint32_t column_;
};

// A bad option value the library detects (an unknown profile, a bad period).
// The CLI exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A sum past what a 64-bit total holds (100,000 records of 999,999,999,999.99
// yuan): the total cannot be printed right, so nothing is. The CLI exits 2.
class TotalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writing failed (disk full, read-only file system). The CLI exits 2.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace jiedui
