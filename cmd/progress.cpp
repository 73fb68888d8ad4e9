#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "out/progress_bar.hpp"

namespace jiedui::cmd {

Progress::Progress(std::string what, bool quiet) : what_(std::move(what)), enabled_(!quiet && ::isatty(2) == 1) {}

Progress::~Progress() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void Progress::update(std::uint64_t done, std::uint64_t total) {
  if (!enabled_ || total < kProgressMinBytes) return;
  // Redraw only when the percentage moves: at most 101 writes per file.
  const int percent = static_cast<int>(std::min(done, total) * 100 / total);
  if (percent == last_percent_) return;
  last_percent_ = percent;
  const std::string line = out::progress_line(what_, done, total);
  std::fprintf(stderr, "\r%s", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

std::function<void(std::uint64_t, std::uint64_t)> Progress::callback() {
  return [this](std::uint64_t done, std::uint64_t total) { update(done, total); };
}

}  // namespace jiedui::cmd
