#pragma once
// A write that could not be carried out (the lock stayed taken, the file
// lacks a column the new row needs). Nothing was written; the CLI exits 2,
// as for any OutputError.
#include "error.hpp"

namespace jiedui::write {

class WriteError : public OutputError {
 public:
  using OutputError::OutputError;
};

}  // namespace jiedui::write
