#pragma once
// The work records of an export in key order without holding them all
// (jiedui-export(1) "MEMORY"): records gather in memory up to a budget of
// bytes; past it they are sorted and written out as one sorted run to an
// unnamed temporary file, and the end merges the runs. A month of a
// province's records (1.6 KB each as cells) would otherwise need ~13 GB.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <deque>
#include <vector>

#include "ledger/model.hpp"

namespace jiedui::exports {

// One work record as the export needs it: its sort key, whose people
// (their cells are made again on output from the ledger), and the cells
// that are its own, already as text.
struct HeldRecord {
  static constexpr std::size_t kCells = 10;  // 填表日期 … 工作说明
  ledger::Day date{};
  std::uint32_t recipient = 0, cadre = 0, line = 0;
  std::array<std::string, kCells> cells;
};

class SortedRuns {
 public:
  // `less` orders records (and must be a strict total order: keys are
  // unique, so the merge gives the bytes one sort would); `budget` is the
  // bytes held before a run is written.
  SortedRuns(std::function<bool(const HeldRecord&, const HeldRecord&)> less, std::size_t budget);
  ~SortedRuns();
  SortedRuns(const SortedRuns&) = delete;
  SortedRuns& operator=(const SortedRuns&) = delete;

  void add(HeldRecord record);
  // Every record, in order, to `each`; call once. Throws OutputError when
  // the temporary file cannot be written or read back.
  void drain(const std::function<void(const HeldRecord&)>& each);

  std::size_t size() const { return count_; }
  std::size_t runs() const { return runs_.size(); }  // written so far (tests)

 private:
  struct Run {
    std::uint64_t begin, end;  // bytes of the temporary file
  };
  void spill();

  std::function<bool(const HeldRecord&, const HeldRecord&)> less_;
  std::size_t budget_;
  std::deque<HeldRecord> held_;  // a deque: growing it never copies what is held
  std::size_t held_bytes_ = 0, count_ = 0;
  int fd_ = -1;  // the temporary file, opened at the first spill
  std::string temp_dir_;
  std::uint64_t written_ = 0;
  std::vector<Run> runs_;
};

}  // namespace jiedui::exports
