#pragma once
// A loaded ledger set: recipients, cadres and pairings in memory (they grow
// with people, not with time); visits are streamed, never all held.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "csv/reader.hpp"
#include "ledger/diagnostic.hpp"
#include "ledger/id_map.hpp"
#include "ledger/model.hpp"

namespace jiedui::ledger {

struct LoadOptions {
  csv::Encoding encoding = csv::Encoding::automatic;
  Day today{};  // dates after it are future-date (visits, pairing starts)
  // true when `today` is a day the user gave (check --as-of): messages then
  // say "after the as-of day", never call that day today.
  bool today_given = false;
  // When set, pairings.csv is read from this text instead of the file (shown
  // under the file's name): a write validates its candidate file this way,
  // with the very checks `check` makes.
  std::optional<std::string> pairings_text;
  // The same for recipients.csv and cadres.csv (`recipient add`, `cadre set` …).
  std::optional<std::string> recipients_text;
  std::optional<std::string> cadres_text;
  // visits.csv, pairings.csv and recipients.csv are parsed and validated by
  // this many threads, in chunks of about chunk_bytes (a sixteenth of it for
  // pairings.csv, a thirty-second for recipients.csv); diagnostics and
  // records still reach the caller in file order, exactly as with one thread.
  unsigned threads = 1;
  std::size_t chunk_bytes = std::size_t{4} << 20;
  // false: the caller never reads a Visit's items, must or notes, so the
  // parallel read need not copy them (they may then be empty).
  bool keep_text = true;
};

// Lets the id sets be searched with a string_view, without building a string.
struct IdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Ledger {
 public:
  std::string dir;  // as given; file names are shown as dir/name ("name" for ".")
  std::vector<Recipient> recipients;
  std::vector<Cadre> cadres;
  std::vector<Pairing> pairings;  // file order, rows with unknown ids left out
  std::vector<District> districts;
  // pairings.csv has a `role` column: only then are helpers expected
  // (helper `unpaired`), so a set that never recorded roles reads as before.
  bool has_roles = false;

  std::optional<std::uint32_t> find_recipient(std::string_view id) const;  // id as written; x or X
  std::optional<std::uint32_t> find_cadre(std::string_view id) const;
  std::string path_of(std::string_view file_name) const;  // dir/file_name as shown to users
  const District& district_of(const Recipient& r) const { return districts[r.district]; }

  // Pairing indices of each recipient, by start date then line (built by load).
  std::span<const std::uint32_t> pairings_of(std::uint32_t recipient) const {
    return std::span<const std::uint32_t>(by_recipient_).subspan(first_of_recipient_[recipient],
                                                                   first_of_recipient_[recipient + 1] -
                                                                       first_of_recipient_[recipient]);
  }
  // The pairing of `role` active on day d for recipient r; with overlapping
  // pairings of that role (a check error), the earliest-starting one.
  std::optional<std::uint32_t> active_pairing(std::uint32_t recipient, Day d, Role role = Role::cadre) const;
  // Calls f(pairing index) for every pairing a record by `cadre` dated d
  // counts for: of each role, the recipient's active pairing on d (the
  // earliest-starting one if pairings of that role overlap), when its person
  // is `cadre`. Earliest-starting first. Returns how many.
  template <class F>
  int for_each_record_pairing(std::uint32_t recipient, Day d, std::uint32_t cadre, F&& f) const {
    unsigned seen = 0;  // roles whose active pairing was met
    int count = 0;
    for (std::uint32_t p : pairings_of(recipient)) {
      const Pairing& pairing = pairings[p];
      if (pairing.start > d) break;
      if (!pairing.active_on(d)) continue;
      const unsigned bit = 1u << static_cast<unsigned>(pairing.role);
      if (seen & bit) continue;
      seen |= bit;
      if (pairing.cadre != cadre) continue;
      ++count;
      f(p);
    }
    return count;
  }

  // Internal to the loader.
  std::uint32_t intern_district(const District& district);
  void index_pairings();
  IdMap recipient_ids, cadre_ids;  // normalised id → index (first row wins)
  // Recipients whose row was reported and left out (bad category, no district).
  std::unordered_set<std::string, IdHash, std::equal_to<>> unusable_recipient_ids;
  bool is_unusable_recipient(std::string_view id) const;

 private:
  // pairings_of(r) is by_recipient_[first_of_recipient_[r], first_of_recipient_[r + 1]):
  // two arrays, not a province's 300,000 small vectors.
  std::vector<std::uint32_t> by_recipient_, first_of_recipient_;
  std::unordered_map<std::string, std::uint32_t> district_ids_;
  std::string district_key_;  // intern_district's, kept: a key per row cost an allocation
};

// Reads recipients.csv, cadres.csv and pairings.csv of `dir`, reporting every
// problem of SPEC §2 to `sink` in file order. Rows that cannot be used (a
// bad-csv row, a missing required value, an unknown id) are reported and left
// out; the rest are kept. Throws InputError when a file cannot be read at all
// (missing, a directory, no permission).
Ledger load_ledger(const std::string& dir, const LoadOptions& options, DiagnosticSink& sink);

// Streams visits.csv: every valid record goes to `on_visit` in file order;
// every problem goes to `sink`. Memory does not grow with the file. With
// options.threads > 1, chunks are parsed in parallel and their results
// replayed in file order, so callers see exactly what one thread gives;
// `on_visit` and `sink` are only ever called from the calling thread.
// `progress`, if set, is called now and then with (bytes read, file size).
void for_each_visit(const Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink,
                    const std::function<void(const Visit&)>& on_visit,
                    const std::function<void(std::uint64_t, std::uint64_t)>& progress = {});

// A pairing-change row of the 15th-of-month file (变更类型 新增 or 解除,
// jiedui-export(1)) met in an import: its cells as written (trimmed), valid
// until the callback returns.
struct PairingChangeRow {
  std::uint32_t line = 0, column = 0;  // the row, and its 变更类型 cell
  bool ended = false;  // 解除; else 新增
  std::string_view recipient, cadre, start, end;
};

// The same, over records from `reader` shown as `display_path` (an import
// file, or rows a write is about to append). With `on_change`, the input is
// read with visit_import_spec(): a row whose 变更类型 is 新增 or 解除 goes to
// `on_change` instead of being read as a record; 工作记录 (or empty) is a
// record; anything else is a bad-value.
void for_each_visit_in(const Ledger& ledger, csv::Reader reader, std::string display_path, const LoadOptions& options,
                       DiagnosticSink& sink, const std::function<void(const Visit&)>& on_visit,
                       const std::function<void(const PairingChangeRow&)>& on_change = {});

// A sink that keeps everything (tests, small tools).
class CollectingSink : public DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) override { diagnostics.push_back(std::move(diagnostic)); }
  void note(std::string message) override { notes.push_back(std::move(message)); }
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> notes;
};

}  // namespace jiedui::ledger
