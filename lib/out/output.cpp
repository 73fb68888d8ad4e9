// Output: the sink chain for one subcommand's output.
#include "out/output.hpp"

#include <unistd.h>

namespace jiedui::out {

Output::Output(const OutputTarget& target) {
  if (target.path.empty() || target.path == "-") {
    base_ = std::make_unique<FdSink>(1);
    terminal_ = ::isatty(1) == 1;
  } else {
    auto file = std::make_unique<AtomicFileSink>(target.path);
    file_ = file.get();
    base_ = std::move(file);
  }
  if (target.gb18030) transcoder_ = std::make_unique<Gb18030Sink>(*base_);
  // Through the whole chain, so in GB18030 the BOM is GB18030's own
  // (84 31 95 33), which Excel also recognises.
  if (target.bom) sink().write("\xEF\xBB\xBF");
}

Output::~Output() {
  // An uncommitted file is discarded by AtomicFileSink's destructor. Standard
  // output gets what was written; a closed pipe or a full disk can no longer
  // be reported from here.
  if (file_ != nullptr) return;
  try {
    sink().flush();
  } catch (...) {
  }
}

ByteSink& Output::sink() { return transcoder_ ? *transcoder_ : *base_; }

void Output::commit() {
  sink().flush();
  if (file_ != nullptr) file_->commit();
}

bool Output::is_terminal() const { return terminal_; }

}  // namespace jiedui::out
