#pragma once
// What a write that replaces FILE by a rename (AtomicFileSink) replaces, and
// what the new file must keep of the old one. Internal to lib/out.
//
// - A symbolic link is written through, never replaced: the temp file goes
//   beside the file the link chain ends at and is renamed there, so a ledger
//   kept as visits.csv -> /mnt/share/visits.csv stays one ledger. A link is
//   followed only when it belongs to root, to the writer, or to the owner of
//   the file it ends at: a link someone else planted cannot make the writer
//   (a root cron job) replace a file that is not theirs.
// - The file must be a regular file (not a directory, FIFO or device), and
//   writable: one with no write bit is refused even for root, one the writer
//   may not write is refused too. A read-only file is how its owner says
//   "do not change this".
// - Owner, group and mode are kept (AtomicFileSink sets them on the temp file).
#include <sys/types.h>

#include <string>

namespace jiedui::out::detail {

struct ReplaceTarget {
  std::string path;  // the file the rename replaces: FILE, or where its links end
  bool exists = false;
  uid_t uid = 0;
  gid_t gid = 0;
  mode_t mode = 0;  // permission bits (07777)
};

// Throws OutputError (naming `path`) when FILE must not be replaced.
ReplaceTarget resolve_replace_target(const std::string& path);

// The directory part of `path` ("." when it has none).
std::string parent_directory(const std::string& path);

}  // namespace jiedui::out::detail
