#pragma once
// --lang zh, the texts: bucket labels, ages, the audit's details and the
// messages and summaries that commands print, in Chinese. The English comes
// from the library (and stays the default, byte for byte); these say the same
// in the programme documents' words.
#include <string>
#include <string_view>

namespace jiedui::audit {
struct Finding;
}

namespace jiedui::out {

// A bucket as audit::bucket_label writes it, in Chinese: 2026-W05 → 2026年第5周,
// 2026-06 1st half → 2026年6月上半月, 2026-06 → 2026年6月, 2026Q2 →
// 2026年第2季度, 2026 → 2026年, A..B → A至B; a day (2026-06-01) as it is.
std::string zh_bucket_label(std::string_view label);

// An age or age gap in completed months, in words: 305 → 25岁5个月, 480 → 40岁,
// 11 → 11个月, 0 → 0个月 (months ≥ 0).
std::string zh_years_months(int months);

// The Chinese of a finding's detail, from its code and detail_args; a
// finding without them (a code this table does not know) gets
// zh_message(detail).
std::string zh_finding_detail(const audit::Finding& finding);

// The Chinese of an English message that the library or a command wrote
// (check's problems, summaries, notes), by a catalog of English patterns whose
// {} holes carry over; a message no pattern matches is returned as it is.
std::string zh_message(std::string_view english);

}  // namespace jiedui::out
