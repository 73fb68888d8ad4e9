#pragma once
// A scratch file in $TMPDIR (else /tmp), removed when destroyed. For
// libraries that can only write to a named file (libxlsxwriter). Internal to lib/out.
#include <string>

#include "out/sink.hpp"

namespace jiedui::out::detail {

class TempFile {
 public:
  explicit TempFile(const std::string& prefix);  // file name prefix, e.g. "jiedui-xlsx-"
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& directory() const { return directory_; }
  // Sends the file's current bytes, from the start, to `sink`.
  void copy_to(ByteSink& sink) const;

 private:
  std::string directory_;
  std::string path_;
  int fd_ = -1;  // kept open: the bytes are read back through it
  int slot_ = -1;  // in out/temp_registry.hpp: removed on SIGTERM too
};

}  // namespace jiedui::out::detail
