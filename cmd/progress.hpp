#pragma once
// A progress line on stderr while visits.csv is read, fed by the `progress`
// callback of ledger::for_each_visit. Drawn only when stderr is a terminal,
// -q is off and the file is big enough for the wait to be noticed (SPEC §9);
// otherwise silent, so cron mail and golden tests never see it.
#include <cstdint>
#include <functional>
#include <string>

namespace jiedui::cmd {

// Files smaller than this are read in about a second: no bar.
inline constexpr std::uint64_t kProgressMinBytes = 50ull * 1000 * 1000;

class Progress {
 public:
  Progress(std::string what, bool quiet);
  ~Progress();  // clears the line if one was drawn
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(std::uint64_t done, std::uint64_t total);
  // The callback for for_each_visit; valid while this object lives.
  std::function<void(std::uint64_t, std::uint64_t)> callback();

 private:
  std::string what_;
  bool enabled_;
  bool drawn_ = false;
  int last_percent_ = -1;
};

}  // namespace jiedui::cmd
