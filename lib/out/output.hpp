#pragma once
// The sink chain for one output: stdout or `-o FILE` (atomic), with an
// optional UTF-8 BOM and GB18030 transcoding in front.
#include <memory>
#include <string>

#include "out/sink.hpp"

namespace jiedui::out {

struct OutputTarget {
  std::string path;  // "" or "-" = standard output
  bool bom = false;  // write a BOM first (U+FEFF: EF BB BF, or its GB18030 form)
  bool gb18030 = false;  // transcode to GB18030
};

class Output {
 public:
  explicit Output(const OutputTarget& target);
  ~Output();  // without commit(), a file target is removed, stdout is flushed
  ByteSink& sink();
  void commit();  // flush; for a file, fsync + rename into place
  bool is_terminal() const;  // standard output and a tty

 private:
  std::unique_ptr<ByteSink> base_;
  std::unique_ptr<ByteSink> transcoder_;
  AtomicFileSink* file_ = nullptr;
  bool terminal_ = false;
};

}  // namespace jiedui::out
