#include "out/replace_target.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <vector>

#include "error.hpp"
#include "out/fd_write.hpp"

namespace jiedui::out::detail {
namespace {

constexpr std::size_t kMaxLinks = 40;  // as the kernel's own limit (ELOOP)

std::string octal(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

std::string read_link(const std::string& link) {
  std::vector<char> buffer(PATH_MAX);
  const ssize_t n = ::readlink(link.c_str(), buffer.data(), buffer.size());
  if (n < 0 || static_cast<std::size_t>(n) >= buffer.size())
    throw OutputError(link + ": cannot read the symbolic link: " + errno_text(n < 0 ? errno : ENAMETOOLONG));
  std::string target(buffer.data(), static_cast<std::size_t>(n));
  if (target.front() == '/') return target;
  const std::string dir = parent_directory(link);
  return (dir == "/" ? "" : dir) + "/" + target;
}

}  // namespace

std::string parent_directory(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

ReplaceTarget resolve_replace_target(const std::string& path) {
  ReplaceTarget t;
  t.path = path;
  struct Link {
    std::string path;
    uid_t owner;
  };
  std::vector<Link> links;
  struct stat st {};
  for (;;) {
    // Any other failure (a missing directory, no search permission) is left
    // to the creation of the temp file, which says why.
    if (::lstat(t.path.c_str(), &st) != 0) break;
    if (!S_ISLNK(st.st_mode)) {
      t.exists = true;
      break;
    }
    if (links.size() == kMaxLinks) throw OutputError(path + ": " + errno_text(ELOOP));
    links.push_back({t.path, st.st_uid});
    t.path = read_link(t.path);
  }
  const uid_t me = ::geteuid();
  for (const Link& link : links) {
    if (link.owner == 0 || link.owner == me || (t.exists && link.owner == st.st_uid)) continue;
    throw OutputError(path + ": " + (link.path == path ? "is" : "leads through " + link.path + ",") +
                      " a symbolic link of another user (uid " + std::to_string(link.owner) + ") to " + t.path +
                      (t.exists ? ", which that user does not own" : ", which does not exist") +
                      "; not written through it (replace the link with the file, or have its owner run this)");
  }
  if (!t.exists) return t;
  const std::string shown = links.empty() ? path : path + " (-> " + t.path + ")";
  if (S_ISDIR(st.st_mode)) throw OutputError(shown + ": is a directory");
  if (!S_ISREG(st.st_mode)) throw OutputError(shown + ": not a regular file");
  if ((st.st_mode & 0222) == 0)
    throw OutputError(shown + ": is read-only (mode " + octal(st.st_mode) + "); left as it is");
  if (::faccessat(AT_FDCWD, t.path.c_str(), W_OK, AT_EACCESS) != 0 && errno == EACCES)
    throw OutputError(shown + ": is read-only for you (mode " + octal(st.st_mode) + ", owner uid " +
                      std::to_string(st.st_uid) + "); left as it is");
  t.uid = st.st_uid;
  t.gid = st.st_gid;
  t.mode = st.st_mode & 07777;
  return t;
}

}  // namespace jiedui::out::detail
