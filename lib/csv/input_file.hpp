#pragma once
// Opening a file to read. Every file jiedui reads by name must be a regular
// file: a FIFO or a device (visits.csv -> /dev/zero, a FIFO named visits.csv)
// would hang the reader, and a writer while it holds the set's lock. Standard
// input is read only where the user names it: `-`, /dev/stdin, or a process
// substitution's /dev/fd/N; those may be pipes (jiedui(1), FILES).
#include <cstdint>
#include <string>
#include <string_view>

namespace jiedui::csv {

// True for the names of standard input or an inherited descriptor, given as
// such on the command line: "-", "/dev/stdin", "/dev/fd/N", "/proc/self/fd/N".
// A ledger file that is a symbolic link to one of them is no such name.
bool names_a_stream(std::string_view path);

struct InputFd {
  int fd = -1;
  bool owned = false;  // false for "-" (standard input): not ours to close
  bool regular = false;
  std::uint64_t size = 0;  // of a regular file
};

// Opens `path` read-only. A name that is not a stream must be a regular file;
// it is opened without blocking (a FIFO never waits for a writer) and checked
// on the descriptor, so a file swapped after a check is caught too. Throws
// InputError: "is a directory, not a file", "not a regular file", or why it
// cannot be opened.
InputFd open_input(const std::string& path);

// The whole of a (small) file: jiedui.toml, pairings.csv before a rewrite.
std::string read_input_file(const std::string& path);

}  // namespace jiedui::csv
