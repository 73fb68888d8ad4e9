#include "out/temp_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "error.hpp"
#include "out/fd_write.hpp"
#include "out/temp_registry.hpp"

namespace jiedui::out::detail {

TempFile::TempFile(const std::string& prefix) {
  const char* tmpdir = std::getenv("TMPDIR");
  directory_ = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  path_ = directory_ + "/" + prefix + "XXXXXX";
  fd_ = ::mkostemp(path_.data(), O_CLOEXEC);
  if (fd_ < 0) throw OutputError(path_ + ": cannot create a temporary file: " + errno_text(errno));
  slot_ = register_temp_file(path_.c_str());
}

TempFile::~TempFile() {
  ::close(fd_);
  ::unlink(path_.c_str());
  unregister_temp_file(slot_);
}

void TempFile::copy_to(ByteSink& sink) const {
  if (::lseek(fd_, 0, SEEK_SET) < 0) throw OutputError(path_ + ": cannot read back: " + errno_text(errno));
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t got = ::read(fd_, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw OutputError(path_ + ": cannot read back: " + errno_text(errno));
    }
    if (got == 0) return;
    sink.write(std::string_view(buffer, static_cast<std::size_t>(got)));
  }
}

}  // namespace jiedui::out::detail
