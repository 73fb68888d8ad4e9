#pragma once
// Low-level helpers the sinks share: a write that survives partial writes and
// signals, and errno as text.
#include <string>
#include <string_view>

namespace jiedui::out::detail {

// Writes all of `bytes` to `fd`, retrying partial writes and EINTR. Returns 0,
// or the errno of the write that failed (some bytes may have been written).
int write_all(int fd, std::string_view bytes) noexcept;

std::string errno_text(int error_number);

}  // namespace jiedui::out::detail
