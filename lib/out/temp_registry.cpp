#include "out/temp_registry.hpp"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace jiedui::out {
namespace {

// A fixed table: the handler may neither allocate nor lock. A slot is free
// (0), being filled (1) or live (2); the handler reads only live ones.
struct Slot {
  std::atomic<int> state{0};
  char path[PATH_MAX];
};
constexpr int kSlots = 16;
Slot slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free flag");

void remove_and_reraise(int signal_number) {
  const int saved = errno;
  for (Slot& s : slots)
    if (s.state.load(std::memory_order_acquire) == 2) ::unlink(s.path);
  // The default action, delivered when the handler returns (the signal is
  // blocked until then): the process ends as the signal would have ended it.
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  ::sigaction(signal_number, &fallback, nullptr);
  ::raise(signal_number);
  errno = saved;
}

}  // namespace

int register_temp_file(const char* path) noexcept {
  const std::size_t length = std::strlen(path);
  if (length >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (!slots[i].state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) continue;
    std::memcpy(slots[i].path, path, length + 1);
    slots[i].state.store(2, std::memory_order_release);
    return i;
  }
  return -1;
}

void unregister_temp_file(int slot) noexcept {
  if (slot >= 0 && slot < kSlots) slots[slot].state.store(0, std::memory_order_release);
}

void remove_temp_files_on_signals() {
  for (int signal_number : {SIGHUP, SIGINT, SIGTERM, SIGXFSZ}) {
    struct sigaction previous {};
    if (::sigaction(signal_number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigfillset(&action.sa_mask);  // no other handled signal runs in between
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace jiedui::out
