#pragma once
// Low-level helpers the sinks share: a write that survives partial writes and
// signals, and errno as text.
#include <cstddef>
#include <string>
#include <string_view>

namespace jiedui::out::detail {

// Writes all of `bytes` to `fd`, retrying partial writes and EINTR. Returns 0,
// or the errno of the write that failed (some bytes may have been written).
int write_all(int fd, std::string_view bytes) noexcept;

std::string errno_text(int error_number);

// The buffering of the file sinks: bytes gather in `buffer` and go out in
// blocks of up to kBufferSize; a write that would not fit goes out after
// what is buffered, straight through when it is itself that large.
constexpr std::size_t kBufferSize = 64 * 1024;

// Returns 0, or the errno of the write that failed.
int buffered_write(int fd, std::string& buffer, std::string_view bytes);

// Writes out `buffer` and clears it, even on failure: part of it may be out
// already, and writing it again (from a destructor) would duplicate bytes.
// Returns 0, or the errno of the write that failed.
int flush_buffer(int fd, std::string& buffer) noexcept;

}  // namespace jiedui::out::detail
