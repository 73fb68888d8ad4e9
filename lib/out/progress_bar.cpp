#include "out/progress_bar.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jiedui::out {

std::string progress_line(std::string_view what, std::uint64_t done, std::uint64_t total, int width) {
  done = std::min(done, total);
  const std::uint64_t percent = total == 0 ? 0 : done * 100 / total;
  const auto cells = static_cast<std::size_t>(width);
  const std::size_t filled = total == 0 ? 0 : static_cast<std::size_t>(done * cells / total);
  constexpr std::uint64_t kMB = 1000 * 1000;  // decimal megabytes, as `ls -h --si` and disk sizes count
  return fmt::format("{} [{}{}] {:3}% {}/{} MB", what, std::string(filled, '#'), std::string(cells - filled, '.'),
                     percent, done / kMB, total / kMB);
}

}  // namespace jiedui::out
