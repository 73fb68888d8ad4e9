#pragma once
// Shared by the ledger fuzz targets: a ledger set in a scratch directory,
// loaded, validated and audited the way `jiedui check` and `jiedui audit` do
// it. Each target replaces one file (or all of them) with the fuzz input; the
// others come from a tiny valid set, so ids line up and the audit is reached.
//
// The oracle, besides the sanitizers: no exception escapes the library for a
// file that exists, and every diagnostic names a file of the set, a line that
// exists in it (1-based) and a column ≥ 1, with a message.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>

#include "audit/audit.hpp"
#include "audit/period.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "rules/resolve.hpp"

namespace jiedui::fuzz {

// A valid set: a female orphan with a female cadre, a disabled man with a
// male cadre, one ended and one open pairing, a few records of each mode.
inline constexpr std::string_view kRecipients =
    "id,name,gender,birth,category,level,household,city,county,township,village,status,exit_date\n"
    "620802201403120561,王小花,女,2014-03,orphan,1,H1,平凉市,崆峒区,白水镇,白水村,,\n"
    "620802195001011233,李大山,男,,disabled,2,H1,平凉市,崆峒区,白水镇,白水村,exited,2026-09-01\n";
inline constexpr std::string_view kCadres =
    "id,name,gender,birth,status\n"
    "GS-0001,李娟,女,1982-04,active\n"
    "GS-0002,张伟,男,1970-01-05,retired\n";
inline constexpr std::string_view kPairings =
    "recipient,cadre,start,end,reason\n"
    "620802201403120561,GS-0001,2025-01-01,,\n"
    "620802195001011233,GS-0002,2024-06-01,2026-08-31,exited\n";
inline constexpr std::string_view kVisits =
    "date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n"
    "2026-03-10,620802201403120561,GS-0001,phone,1;2,1,,,,,,电话问候\n"
    "2026-05-02,620802201403120561,GS-0001,home,,,1,1,200.50,,hospital,\"入户, 走访\"\n"
    "2026-07-01,620802195001011233,GS-0002,wechat,,,,,,1,,\n";

// Made once per process under $TMPDIR (tmpfs in most sandboxes), removed at exit.
inline const std::string& scratch_dir() {
  static const std::string dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/jiedui-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    static const std::string removed_at_exit = pattern;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(removed_at_exit, ec);
    });
    return pattern;
  }();
  return dir;
}

inline void write_file(const std::string& dir, const char* name, std::string_view text) {
  std::ofstream out(dir + "/" + name, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) std::abort();
}

// Checks each diagnostic against the files as written.
class CheckingSink : public ledger::DiagnosticSink {
 public:
  void expect_file(const std::string& path, std::string_view text) {
    std::uint32_t lines = 1;
    for (char c : text) lines += c == '\n' ? 1 : 0;
    lines_[path] = lines;
  }
  void report(ledger::Diagnostic d) override {
    const auto it = lines_.find(d.file);
    if (it == lines_.end() || d.line < 1 || d.line > it->second || d.column < 1 || d.message.empty()) {
      std::fprintf(stderr, "bad diagnostic: %s:%u:%u: %s\n", d.file.c_str(), d.line, d.column, d.message.c_str());
      std::abort();
    }
  }
  void note(std::string) override {}

 private:
  std::map<std::string, std::uint32_t> lines_;
};

struct LedgerFiles {
  std::string_view recipients = kRecipients, cadres = kCadres, pairings = kPairings, visits = kVisits;
  std::string_view rules;  // empty: no rules.csv, the profile's rows
};

// Writes the set, then does what check and audit do with it.
inline void check_and_audit(const LedgerFiles& files) {
  const std::string& dir = scratch_dir();
  CheckingSink sink;
  const std::pair<const char*, std::string_view> all[] = {{"recipients.csv", files.recipients},
                                                          {"cadres.csv", files.cadres},
                                                          {"pairings.csv", files.pairings},
                                                          {"visits.csv", files.visits}};
  for (const auto& [name, text] : all) {
    write_file(dir, name, text);
    sink.expect_file(dir + "/" + name, text);
  }
  const std::string rules_path = dir + "/rules.csv";
  std::error_code ec;
  std::filesystem::remove(rules_path, ec);
  if (!files.rules.empty()) {
    write_file(dir, "rules.csv", files.rules);
    sink.expect_file(rules_path, files.rules);
  }

  ledger::LoadOptions load;
  load.today = *ledger::parse_day("2026-11-20");
  const ledger::Ledger ledger = ledger::load_ledger(dir, load, sink);
  // check's reading of rules.csv: every problem through the sink.
  if (!files.rules.empty()) rules::load_rules(rules_path, rules_path, sink);
  // audit's: a rules file with an error stops the command with an
  // InputError at a place in it; the audit is then fuzzed on the profile.
  rules::EffectiveRules rules;
  try {
    rules = rules::resolve_rules("pingliang", "", rules_path, sink);
  } catch (const InputError& e) {
    if (e.file() != rules_path || e.line() == 0 || e.column() == 0) {
      std::fprintf(stderr, "rules error without a place: %s:%u:%u: %s\n", e.file().c_str(), e.line(), e.column(),
                   e.what());
      std::abort();
    }
    rules = rules::resolve_rules("pingliang", "", dir + "/no-rules.csv", sink);
  }
  audit::AuditOptions options;
  options.period = audit::year_period("2026");
  options.as_of = load.today;
  options.gender_gap = 40;
  options.rules = &rules.rules;
  audit::Audit engine(ledger, options);
  ledger::for_each_visit(ledger, load, sink, [&](const ledger::Visit& v) { engine.add(v); });
  const audit::AuditResult result = engine.finish();
  (void)result;
}

}  // namespace jiedui::fuzz
