#pragma once
// The exclusive lock a write holds on a ledger set (SPEC §7) from reading the
// ledger, through validating, to the rename of the new file: two writers can
// never both add "the only" active pairing. It is flock(2) on DIR/.jiedui.lock,
// which the kernel releases when the holder dies, so a killed writer never
// leaves a stale lock behind (unlike git's O_EXCL lock files). The lock file
// is created 0644 whatever the umask, opened without following a symbolic
// link, refused unless a regular file, never truncated, and opened read-only
// by a user who may not write it (flock needs no write access): one root write
// does not lock the other users out.
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
  bool writable_ = false;  // opened for writing, and looks like a lock file: the holder's pid goes in
};

// Removes the temp files that a writer killed (SIGKILL, a crash, power loss)
// before its rename left in the set's directory. Only a lock holder creates
// them, so the holder may; and only what is provably jiedui's goes: a name
// `.NAME.jiedui-tmp-XXXXXX` (NAME a ledger file, XXXXXX mkstemp's six
// letters or digits), a regular file with one link, owned by the user who
// writes now, empty or beginning with NAME's own header line (a rewrite
// copies NAME from its first byte). A user's "visits.csv.tmp-202406", a
// link, or another user's file is never touched.
void remove_stale_temp_files(const std::string& dir);

}  // namespace jiedui::write
