// load_ledger: recipients.csv, cadres.csv and pairings.csv with every check of
// SPEC §2 that concerns them.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <future>

#include "error.hpp"
#include "ledger/chunked_read.hpp"
#include "ledger/dates.hpp"
#include "ledger/id_prefetcher.hpp"
#include "ledger/ledger.hpp"
#include "ledger/load_common.hpp"
#include "ledger/recipient_row.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/table.hpp"
#include "ledger/rank.hpp"
#include "ledger/vocab.hpp"

namespace jiedui::ledger {
namespace {

// cadres_spec() column order.
enum C : std::size_t { c_id, c_name, c_gender, c_birth, c_ethnicity, c_unit, c_position, c_rank, c_phone, c_city,
                       c_county, c_township, c_status };
// pairings_spec() column order.
enum P : std::size_t { p_recipient, p_cadre, p_start, p_end, p_reason, p_role };

bool same_birth(const Birth& given, Day from_id) {
  const date::year_month_day a{given.day}, b{from_id};
  if (given.month_only) return a.year() == b.year() && a.month() == b.month();
  return given.day == from_id;
}

std::string gender_word(Gender g) { return g == Gender::male ? "male" : g == Gender::female ? "female" : "unknown"; }

// A birth after today (--as-of when given) is a typing error or a made-up
// ID: validator.js and hutool reject such an ID too. A YYYY-MM birth is
// after today only when its month is.
bool born_after(Day birth, const LoadOptions& options) { return options.today != Day{} && birth > options.today; }

// Gender and birth columns, cross-checked against a valid ID (SPEC §1).
void read_gender_birth(TableReader& t, std::size_t id_col, std::size_t gender_col, std::size_t birth_col,
                       const ResidentId& id, const LoadOptions& options, Gender& gender, Birth& birth, bool cadre) {
  const bool id_born_later = id.valid && born_after(id.birth, options);
  if (id_born_later)
    t.report(Severity::error, Code::future_date, id_col,
             fmt::format("the ID's birth date {} is {}", format_day(id.birth), after_today(options)));
  if (const auto text = t.cell(gender_col); !text.empty()) {
    if (const auto g = parse_gender(text)) {
      gender = *g;
      if (id.valid && *g != id.gender)
        t.report(Severity::error, Code::id_gender_mismatch, gender_col,
                 fmt::format("gender '{}' disagrees with the ID ({})", text, gender_word(id.gender)));
    } else {
      t.report(Severity::error, Code::bad_value, gender_col,
               fmt::format("'{}' is not a gender (男, 女, M, F, male, female)", text));
    }
  } else if (cadre) {
    t.report(Severity::warning, Code::missing_value, gender_col, "gender is empty: the gender rule cannot be checked");
  }
  if (const auto text = t.cell(birth_col); !text.empty()) {
    if (const auto b = parse_birth(text)) {
      birth = *b;
      if (id.valid && !same_birth(*b, id.birth))
        t.report(Severity::error, Code::id_birth_mismatch, birth_col,
                 fmt::format("birth '{}' disagrees with the ID ({})", text, format_day(id.birth)));
      else if (!id_born_later && born_after(b->day, options))
        t.report(Severity::error, Code::future_date, birth_col,
                 fmt::format("birth {} is {}", text, after_today(options)));
    } else {
      t.report(Severity::error, Code::bad_date, birth_col,
               fmt::format("'{}' is not a birth date (YYYY-MM-DD or YYYY-MM)", text));
    }
  } else if (cadre) {
    t.report(Severity::warning, Code::missing_value, birth_col, "birth is empty: the gender rule cannot be checked");
  }
  if (!cadre && id.valid) {  // SPEC §5: a valid ID gives the birth to the day
    gender = id.gender;
    birth = {true, false, id.birth};
  }
}

// Room for about every row a file can hold (a row of the required cells
// takes at least ~48 bytes), so a province's rows are never moved while the
// vector grows. Reserved pages no row reaches are never touched and cost no
// memory; the reservation stays under 1 GiB of address space, so a bigger
// file (10 million people) grows as usual rather than ask for too much.
template <class Row>
std::size_t rows_at_most(const TableReader& t) {
  const std::uint64_t cap = (std::uint64_t{1} << 30) / sizeof(Row);
  return static_cast<std::size_t>(std::min<std::uint64_t>(t.size_hint() / 48 + 16, cap));
}

// The columns the policy lists need (jiedui(1)); an unknown value is
// a bad-value, kept as a value past the column's list (recipient_row.hpp),
// so it matches no standards row rather than leave it undecided.
void read_policy_columns(TableReader& t, Recipient& r) {
  if (const auto text = t.cell(r_residence); !text.empty()) {
    if (const auto v = parse_residence(text)) {
      r.residence = *v;
    } else {
      r.residence = kOtherResidence;
      t.report(Severity::error, Code::bad_value, r_residence,
               fmt::format("'{}' is not a residence (urban 城市, rural 农村)", text));
    }
  }
  if (const auto text = t.cell(r_dibao_class); !text.empty()) {
    if (const auto v = parse_dibao_class(text)) {
      r.dibao_class = static_cast<std::uint8_t>(*v);
      if (r.residence == Residence::urban)
        t.report(Severity::warning, Code::bad_value, r_dibao_class,
                 fmt::format("dibao class '{}' on an urban recipient: classes are for rural dibao only", text));
    } else {
      r.dibao_class = kOtherDibaoClass;
      t.report(Severity::error, Code::bad_value, r_dibao_class,
               fmt::format("'{}' is not a dibao class (1–4, 一类…四类)", text));
    }
  }
  if (const auto text = t.cell(r_self_care); !text.empty()) {
    if (const auto v = parse_self_care(text)) {
      r.self_care = *v;
    } else {
      r.self_care = kOtherSelfCare;
      t.report(Severity::error, Code::bad_value, r_self_care,
               fmt::format("'{}' is not a self-care ability (full 全自理, partial 半护理, none 全护理)", text));
    }
  }
  if (const auto text = t.cell(r_school); !text.empty()) {
    if (const auto v = parse_school(text)) {
      r.school = *v;
    } else {
      r.school = kOtherSchool;
      t.report(Severity::error, Code::bad_value, r_school,
               fmt::format("'{}' is not a school stage (preschool 学前, compulsory 义务教育, highschool 普通高中, "
                           "vocational 中职, college 高校)",
                           text));
    }
  }
  r.health = t.cell(r_health);
}

}  // namespace

bool read_recipient_id(TableReader& t, RecipientRow& row, ResidentId& id) {
  row.r.line = t.line();
  if (!require(t, r_id, "a recipient needs an id") || !require(t, r_name, "a recipient needs a name")) return false;
  row.r.id = normalize_id(t.cell(r_id));
  id = parse_resident_id(row.r.id);
  if (!id.valid) t.report(Severity::error, Code::bad_id, r_id, id.error);
  return true;
}

void read_recipient_rest(TableReader& t, const ResidentId& id, const LoadOptions& options, RecipientRow& row) {
  Recipient& r = row.r;
  r.name = t.cell(r_name);
  read_gender_birth(t, r_id, r_gender, r_birth, id, options, r.gender, r.birth, false);
  bool ok = true;
  if (const auto text = t.cell(r_category); text.empty()) {
    ok = require(t, r_category, "a recipient needs a category");
  } else if (const auto c = parse_category(text)) {
    r.category = *c;
  } else {
    t.report(Severity::error, Code::bad_value, r_category,
             fmt::format("'{}' is not a category (orphan, 孤儿, disabled, 特困人员 … see jiedui-ledger(5))", text));
    ok = false;
  }
  r.level = normalize_level(t.cell(r_level));
  if (const auto text = t.cell(r_setting); !text.empty()) {
    if (const auto s = parse_setting(text)) {
      r.setting = *s;
    } else {
      r.setting = text;
      t.report(Severity::error, Code::bad_value, r_setting,
               fmt::format("'{}' is not a setting (scattered 社会散居, institution 机构养育)", text));
    }
  }
  if (const auto text = t.cell(r_dis_type); !text.empty()) {
    if (const auto d = parse_disability_type(text)) r.disability_type = *d;
    else t.report(Severity::error, Code::bad_value, r_dis_type,
                  fmt::format("'{}' is not a disability type (视力 听力 言语 肢体 智力 精神 多重)", text));
  }
  if (const auto text = t.cell(r_dis_grade); !text.empty()) {
    if (const auto g = parse_disability_grade(text)) {
      r.disability_grade = std::to_string(*g);
    } else {
      r.disability_grade = text;
      t.report(Severity::error, Code::bad_value, r_dis_grade,
               fmt::format("'{}' is not a disability grade (1–4, 一级…四级)", text));
    }
  }
  if (const auto text = t.cell(r_dis_cert); !text.empty()) {
    r.disability_cert = normalize_id(text);
    const bool ok_cert = r.disability_cert.size() == 20 && r.disability_cert.compare(0, 18, r.id) == 0 &&
                         std::isdigit(static_cast<unsigned char>(r.disability_cert[18])) &&
                         std::isdigit(static_cast<unsigned char>(r.disability_cert[19]));
    if (!ok_cert)
      t.report(Severity::error, Code::bad_value, r_dis_cert,
               fmt::format("disability certificate '{}' should be the ID followed by 2 digits", text));
  }
  r.household = t.cell(r_household);
  row.district = {std::string(t.cell(r_city)), std::string(t.cell(r_county)), std::string(t.cell(r_township)),
                  std::string(t.cell(r_village))};
  ok = require(t, r_city, "the district path needs a city") && ok;
  ok = require(t, r_county, "the district path needs a county") && ok;
  ok = require(t, r_township, "the district path needs a township") && ok;
  ok = require(t, r_village, "the district path needs a village") && ok;
  r.ethnicity = t.cell(r_ethnicity);
  r.phone = t.cell(r_phone);
  r.guardian_name = t.cell(r_g_name);
  r.guardian_relation = t.cell(r_g_relation);
  r.guardian_phone = t.cell(r_g_phone);
  if (const auto text = t.cell(r_g_id); !text.empty()) {
    r.guardian_id = normalize_id(text);
    if (const ResidentId g = parse_resident_id(r.guardian_id); !g.valid)
      t.report(Severity::error, Code::bad_id, r_g_id, "guardian: " + g.error);
  }
  if (const auto text = t.cell(r_status); !text.empty()) {
    if (const auto s = parse_recipient_status(text)) r.status = *s;
    else t.report(Severity::error, Code::bad_value, r_status,
                  fmt::format("'{}' is not a recipient status (active 在册, exited 退出)", text));
  }
  read_policy_columns(t, r);
  r.exit_date = read_day(t, r_exit_date, false, options, /*future_ok=*/true);
  if (r.status == RecipientStatus::exited && !r.exit_date && t.cell(r_exit_date).empty())
    t.report(Severity::error, Code::missing_exit_date, r_exit_date, "status is exited but exit_date is empty");
  row.ok = ok;
}

std::optional<std::string> claim_recipient_id(Ledger& ledger, const std::string& id) {
  if (ledger.unusable_recipient_ids.count(id) > 0) return fmt::format("id {} is already on an earlier line", id);
  if (const auto [it, fresh] = ledger.recipient_ids.try_emplace(id, 0); !fresh)
    return fmt::format("id {} is already on line {}", id, ledger.recipients[*it].line);
  return std::nullopt;
}

void keep_recipient(Ledger& ledger, RecipientRow&& row) {
  row.r.district = ledger.intern_district(row.district);
  if (!row.ok) {
    // Reported already; left out of every computation (an unknown category
    // must not be audited as an orphan), but still a known id, so its
    // pairings and records are left out quietly, not reported as unknown.
    ledger.recipient_ids.erase(row.r.id);
    ledger.unusable_recipient_ids.insert(row.r.id);
    return;
  }
  ledger.recipient_ids[row.r.id] = static_cast<std::uint32_t>(ledger.recipients.size());
  ledger.recipients.push_back(std::move(row.r));
}

namespace {

void load_recipients(Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink) {
  const std::string path = ledger.path_of("recipients.csv");
  TableReader t = options.recipients_text
                      ? TableReader(csv::Reader::from_string(*options.recipients_text, {options.encoding}), path,
                                    recipients_spec(), sink)
                      : TableReader(path, path, recipients_spec(), options.encoding, sink);
  ledger.recipients.reserve(rows_at_most<Recipient>(t));
  // A candidate text is not the file the chunks would read.
  if (!options.recipients_text && load_recipients_parallel(t, ledger, options, sink)) return;
  IdPrefetcher prefetcher(r_id, ledger.recipient_ids);  // inserts land on slots already fetched
  while (t.next()) {
    prefetcher.next(t);
    RecipientRow row;
    ResidentId id;
    if (!read_recipient_id(t, row, id)) continue;
    if (auto duplicate = claim_recipient_id(ledger, row.r.id)) {
      t.report(Severity::error, Code::duplicate_id, r_id, std::move(*duplicate));
      continue;
    }
    read_recipient_rest(t, id, options, row);
    keep_recipient(ledger, std::move(row));
  }
}

void load_cadres(Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink) {
  const std::string path = ledger.path_of("cadres.csv");
  TableReader t = options.cadres_text
                      ? TableReader(csv::Reader::from_string(*options.cadres_text, {options.encoding}), path,
                                    cadres_spec(), sink)
                      : TableReader(path, path, cadres_spec(), options.encoding, sink);
  ledger.cadres.reserve(rows_at_most<Cadre>(t));
  IdPrefetcher prefetcher(c_id, ledger.cadre_ids);
  while (t.next()) {
    prefetcher.next(t);
    Cadre c;
    c.line = t.line();
    if (!require(t, c_id, "a cadre needs an id") || !require(t, c_name, "a cadre needs a name")) continue;
    c.id = normalize_id(t.cell(c_id));
    ResidentId id;  // only an id shaped like a resident ID is validated as one
    if (looks_like_resident_id(c.id)) {
      id = parse_resident_id(c.id);
      if (!id.valid) t.report(Severity::error, Code::bad_id, c_id, id.error);
    }
    if (const auto [it, fresh] = ledger.cadre_ids.try_emplace(c.id, 0); !fresh) {
      t.report(Severity::error, Code::duplicate_id, c_id,
               fmt::format("id {} is already on line {}", c.id, ledger.cadres[*it].line));
      continue;
    }
    c.name = t.cell(c_name);
    read_gender_birth(t, c_id, c_gender, c_birth, id, options, c.gender, c.birth, true);
    if (const auto text = t.cell(c_status); !text.empty()) {
      if (const auto s = parse_cadre_status(text)) c.status = *s;
      else t.report(Severity::error, Code::bad_value, c_status,
                    fmt::format("'{}' is not a cadre status (active 在岗, retired 退休, left 调离)", text));
    }
    c.ethnicity = t.cell(c_ethnicity);
    c.unit = t.cell(c_unit);
    c.position = t.cell(c_position);
    c.rank = t.cell(c_rank);
    // Matching ranks cadres by it: a rank it cannot place is worth a word.
    if (!trim(c.rank).empty() && !parse_rank(c.rank))
      t.report(Severity::warning, Code::bad_value, c_rank,
               fmt::format("'{}' is not a rank; accepted, highest first: {} (and their long forms, such as "
                           "一级调研员 or 正处级: jiedui-ledger(5))",
                           c.rank, accepted_ranks()));
    c.phone = t.cell(c_phone);
    c.city = t.cell(c_city);
    c.county = t.cell(c_county);
    c.township = t.cell(c_township);
    ledger.cadre_ids[c.id] = static_cast<std::uint32_t>(ledger.cadres.size());
    ledger.cadres.push_back(std::move(c));
  }
}

// The current row of pairings.csv, checked (SPEC §2) against the
// recipients and cadres; true when `p` holds a usable pairing. Reads the
// ledger only, so workers may call it side by side.
bool read_pairing(TableReader& t, const Ledger& ledger, const LoadOptions& options, Pairing& p) {
  p.line = t.line();
  bool ok = require(t, p_recipient, "a pairing needs a recipient id");
  ok = require(t, p_cadre, "a pairing needs a cadre id") && ok;
  const auto recipient = t.cell(p_recipient).empty() ? std::nullopt : ledger.find_recipient(t.cell(p_recipient));
  if (!recipient && ledger.is_unusable_recipient(t.cell(p_recipient))) {
    ok = false;
  } else if (!t.cell(p_recipient).empty() && !recipient) {
    t.report(Severity::error, Code::unknown_recipient, p_recipient,
             fmt::format("recipient {} is not in recipients.csv", normalize_id(t.cell(p_recipient))));
    ok = false;
  }
  const auto cadre = t.cell(p_cadre).empty() ? std::nullopt : ledger.find_cadre(t.cell(p_cadre));
  if (!t.cell(p_cadre).empty() && !cadre) {
    t.report(Severity::error, Code::unknown_cadre, p_cadre,
             fmt::format("cadre {} is not in cadres.csv", normalize_id(t.cell(p_cadre))));
    ok = false;
  }
  const auto start = read_day(t, p_start, true, options);
  if (t.cell(p_start).empty()) require(t, p_start, "a pairing needs a start date");
  p.end = read_day(t, p_end, false, options, /*future_ok=*/true);
  if (!p.end && !t.cell(p_end).empty()) ok = false;  // an unreadable end is not "no end"
  if (start && p.end && *p.end < *start) {
    t.report(Severity::error, Code::end_before_start, p_end,
             fmt::format("end {} is before start {}", format_day(*p.end), format_day(*start)));
    ok = false;
  }
  // An unknown role leaves the pairing out of everything: counting it as a
  // cadre pairing would audit the wrong person (jiedui-ledger(5)).
  if (const auto role_text = trim(t.cell(p_role)); !role_text.empty()) {
    if (const auto role = parse_role(role_text)) {
      p.role = *role;
    } else {
      t.report(Severity::error, Code::bad_value, p_role,
               fmt::format("'{}' is not a role (cadre 结对干部, helper 关爱帮扶联系人, teacher 教师, medic 医护人员, "
                           "counselor 心理咨询师, village 驻村干部)",
                           role_text));
      ok = false;
    }
  }
  if (!ok || !start) return false;
  p.recipient = *recipient;
  p.cadre = *cadre;
  p.cadre_id = IdKey(ledger.cadres[p.cadre].id);
  p.start = *start;
  p.reason = t.cell(p_reason);
  return true;
}

struct PairingBatch : ChunkBatch {
  std::vector<Pairing> pairings;
};

// With threads, pairings.csv in chunks (chunked_read.cpp): a row needs
// nothing of the rows before it, so workers read whole rows and the calling
// thread only appends them, in file order.
bool load_pairings_parallel(TableReader& header, Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink) {
  LoadOptions chunked = options;
  chunked.chunk_bytes = std::max<std::size_t>(options.chunk_bytes / 16, 1);
  return read_in_chunks<PairingBatch>(
      header, ledger.path_of("pairings.csv"), chunked,
      [&](TableReader& t, std::uint64_t stop, PairingBatch& batch) {
        batch.pairings.reserve(static_cast<std::size_t>((stop - std::min(stop, t.reader().position())) / 48 + 16));
        IdPrefetcher prefetcher(p_recipient, ledger.recipient_ids, p_cadre, &ledger.cadre_ids);
        while (t.next_before(stop)) {
          prefetcher.next(t);
          if (Pairing p; read_pairing(t, ledger, options, p)) batch.pairings.push_back(std::move(p));
        }
      },
      [&](PairingBatch& batch, std::uint32_t shift) {
        for (Pairing& p : batch.pairings) {
          p.line += shift;
          ledger.pairings.push_back(std::move(p));
        }
        for (Diagnostic& d : batch.diagnostics) sink.report(std::move(d));
      });
}

// Where the checks made after reading report: the columns of start and end.
struct PairingColumns {
  std::uint32_t start = 1, end = 1;
};

PairingColumns load_pairings(Ledger& ledger, const LoadOptions& options, DiagnosticSink& sink) {
  const std::string path = ledger.path_of("pairings.csv");
  TableReader t = options.pairings_text
                      ? TableReader(csv::Reader::from_string(*options.pairings_text, {options.encoding}), path,
                                    pairings_spec(), sink)
                      : TableReader(path, path, pairings_spec(), options.encoding, sink);
  ledger.pairings.reserve(rows_at_most<Pairing>(t));
  // A candidate text (pairings_text) is not the file the chunks would read.
  const PairingColumns columns{t.column_of(p_start), t.column_of(p_end)};
  ledger.has_roles = t.has_column(p_role);
  if (!options.pairings_text && load_pairings_parallel(t, ledger, options, sink)) return columns;
  IdPrefetcher prefetcher(p_recipient, ledger.recipient_ids, p_cadre, &ledger.cadre_ids);
  while (t.next()) {
    prefetcher.next(t);
    if (Pairing p; read_pairing(t, ledger, options, p)) ledger.pairings.push_back(std::move(p));
  }
  return columns;
}

// A recipient has at most one active pairing of each role on any day (a
// cadre and a helper at once are fine).
void check_overlaps(const Ledger& ledger, std::uint32_t start_column, DiagnosticSink& sink) {
  const std::string file = ledger.path_of("pairings.csv");
  for (std::uint32_t r = 0; r < ledger.recipients.size(); ++r) {
    const auto& list = ledger.pairings_of(r);
    // The pairing of each role that reaches furthest so far.
    std::array<std::optional<std::uint32_t>, kRoleCount> latest_of;
    for (std::uint32_t p : list) {
      const Pairing& cur = ledger.pairings[p];
      auto& latest = latest_of[static_cast<std::size_t>(cur.role)];
      if (latest) {
        const Pairing& prev = ledger.pairings[*latest];
        if (!prev.end || cur.start <= *prev.end) {
          const std::string of_role =
              cur.role == Role::cadre && !ledger.has_roles ? "" : fmt::format(" of role {}", role_code(cur.role));
          sink.report({Severity::error, Code::pairing_overlap, file, cur.line, start_column,
                       fmt::format("recipient {} already has the pairing{} on line {} ({} – {}) on {}",
                                   ledger.recipients[r].id, of_role, prev.line, format_day(prev.start),
                                   prev.end ? format_day(*prev.end) : "open", format_day(cur.start))});
        }
        if (prev.end && (!cur.end || *cur.end > *prev.end)) latest = p;
      } else {
        latest = p;
      }
    }
  }
}

// pairing-after-exit (a warning): a pairing still active on or after its
// recipient's exit_date, the first day out (SPEC §5), so a pairing that ends
// on exit_date is one day too long. Reported at the end column (where the fix
// goes), or at start for a pairing that starts on or after the exit. An
// exited recipient without exit_date is missing-exit-date already.
void check_after_exit(const Ledger& ledger, PairingColumns columns, DiagnosticSink& sink) {
  const std::string file = ledger.path_of("pairings.csv");
  for (const Pairing& p : ledger.pairings) {
    const Recipient& r = ledger.recipients[p.recipient];
    if (r.status != RecipientStatus::exited || !r.exit_date) continue;
    const Day out = *r.exit_date;
    if (p.end && *p.end < out) continue;
    const std::string exited =
        fmt::format("recipient {} exited on {} (exit_date, the first day out)", r.id, format_day(out));
    if (p.start >= out) {
      sink.report({Severity::warning, Code::pairing_after_exit, file, p.line, columns.start,
                   fmt::format("{}, but this pairing starts on {}", exited, format_day(p.start))});
    } else {
      const std::string last = format_day(out - date::days{1});
      sink.report({Severity::warning, Code::pairing_after_exit, file, p.line, columns.end,
                   p.end ? fmt::format("{}, but this pairing ends on {}: its last day should be {}", exited,
                                       format_day(*p.end), last)
                         : fmt::format("{}, but this pairing has no end: its last day should be {}", exited, last)});
    }
  }
}

}  // namespace

Ledger load_ledger(const std::string& dir, const LoadOptions& options, DiagnosticSink& sink) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw InputError(dir, std::filesystem::exists(dir, ec) ? "is not a directory" : "no such ledger directory");
  Ledger ledger;
  ledger.dir = dir;
  // recipients.csv and cadres.csv share nothing: with threads, cadres are
  // read beside recipients and their diagnostics passed on after, in the
  // order one thread gives.
  CollectingSink cadre_sink;
  std::future<void> cadres;
  if (options.threads > 1)
    cadres = std::async(std::launch::async, [&] { load_cadres(ledger, options, cadre_sink); });
  {
    SortingSink sorted(sink);
    load_recipients(ledger, options, sorted);
  }
  if (cadres.valid()) {
    cadres.get();
    for (auto& note : cadre_sink.notes) sink.note(std::move(note));
    SortingSink sorted(sink);
    for (auto& d : cadre_sink.diagnostics) sorted.report(std::move(d));
  } else {
    SortingSink sorted(sink);
    load_cadres(ledger, options, sorted);
  }
  {
    SortingSink sorted(sink);
    const PairingColumns columns = load_pairings(ledger, options, sorted);
    ledger.index_pairings();
    check_overlaps(ledger, columns.start, sorted);
    check_after_exit(ledger, columns, sorted);
  }
  return ledger;
}

}  // namespace jiedui::ledger
