#pragma once
// The exclusive lock a write holds on a ledger set (SPEC §7) from reading the
// ledger, through validating, to the rename of the new file: two writers can
// never both add "the only" active pairing. It is flock(2) on DIR/.jiedui.lock,
// which the kernel releases when the holder dies, so a killed writer never
// leaves a stale lock behind (unlike git's O_EXCL lock files).
#include <string>

namespace jiedui::write {

class LedgerLock {
 public:
  // Waits up to `wait_seconds` (0 = not at all) for the lock; throws
  // WriteError when it stays taken or the lock file cannot be opened.
  LedgerLock(const std::string& dir, double wait_seconds);
  ~LedgerLock();
  LedgerLock(const LedgerLock&) = delete;
  LedgerLock& operator=(const LedgerLock&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

// Removes the temp files (NAME.tmp-XXXXXX) that a writer killed before its
// rename left in the set. Only a lock holder creates them, so the holder may.
void remove_stale_temp_files(const std::string& dir);

}  // namespace jiedui::write
