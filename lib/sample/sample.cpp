// write_sample: the four ledgers of a generated set. visits.csv is written
// month by month, records of each month in recipient order, the way a county
// appends its monthly returns.
#include "sample/sample.hpp"

#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "error.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "out/sink.hpp"
#include "sample/file_writer.hpp"
#include "sample/plan.hpp"
#include "sample/rng.hpp"

namespace jiedui::sample {
namespace {

using date::days;
using ledger::Category;

constexpr std::uint64_t kRecordStream = 4, kScheduleStream = 5, kHelperStream = 6, kHelperRecordStream = 7;
constexpr std::array<std::string_view, 4> kEthnicities = {"汉族", "回族", "东乡族", "藏族"};
constexpr std::array<std::string_view, 6> kGuardians = {"祖母", "祖父", "外祖母", "叔叔", "姑姑", "舅舅"};
constexpr std::array<std::string_view, 7> kDisabilities = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"};
constexpr std::array<std::string_view, 8> kItems = {"talk",        "talk;health", "talk;study",  "talk;safety",
                                                    "talk;policy", "health;gift", "study;gift", "talk;safety;policy"};

void put_day(FileWriter& out, Day day) {
  const date::year_month_day ymd{day};
  out.put_uint(static_cast<std::uint64_t>(static_cast<int>(ymd.year())), 4);
  out.put('-');
  out.put_uint(static_cast<unsigned>(ymd.month()), 2);
  out.put('-');
  out.put_uint(static_cast<unsigned>(ymd.day()), 2);
}

// A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180).
std::string quoted(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

struct Ids {
  const Planner& plan;
  const std::vector<std::uint16_t>& seqs;

  // The 18-character resident ID: area, birth date, sequence, check char.
  void recipient(FileWriter& out, const RecipientPlan& p, std::uint16_t seq) const {
    recipient(out, p.county, p.birth, seq);
  }
  void recipient(FileWriter& out, std::uint32_t county, Day birth, std::uint16_t seq) const {
    char id[19];
    const date::year_month_day ymd{birth};
    const std::string_view area = plan.county(county).code;
    std::memcpy(id, area.data(), 6);
    auto digits = [&](int at, unsigned value, int width) {
      for (int i = width - 1; i >= 0; --i, value /= 10) id[at + i] = static_cast<char>('0' + value % 10);
    };
    digits(6, static_cast<unsigned>(static_cast<int>(ymd.year())), 4);
    digits(10, static_cast<unsigned>(ymd.month()), 2);
    digits(12, static_cast<unsigned>(ymd.day()), 2);
    digits(14, seq, 3);
    id[17] = ledger::resident_id_check_char(std::string_view(id, 17));
    out.put(std::string_view(id, 18));
  }
  void cadre(FileWriter& out, std::uint32_t j) const {
    out.put("GS");
    out.put(plan.county(plan.county_of_cadre(j)).code);
    out.put('-');
    out.put_uint(j, 6);
  }
  // The helper of recipient r (--roles): GS<county>-H<r>.
  void helper(FileWriter& out, std::uint32_t county, std::uint32_t r) const {
    out.put("GS");
    out.put(plan.county(county).code);
    out.put("-H");
    out.put_uint(r, 7);
  }
};

// The helper pairing of a recipient (--roles): from the first pairing's start
// to the recipient's exit, whoever the cadre is meanwhile.
std::optional<Day> helper_end(const RecipientPlan& p) {
  if (!p.exited) return std::nullopt;
  return p.moved ? p.end_b : p.end_a;
}

// The helper rows of cadres.csv: women for girls (the gender rule), else
// either; born 1965–1994; a volunteer of the recipient's county.
void write_helper_cadres(const Planner& plan, const Ids& ids, FileWriter& out, SampleSummary& s) {
  for (std::uint32_t r = 0; r < plan.options().recipients; ++r) {
    const RecipientPlan p = plan.recipient(r);
    if (p.unpaired) continue;
    Rng rng(plan.options().seed, kHelperStream, r);
    const bool female = p.female || rng.below(2) == 0;
    const int birth_year = rng.between(1965, 1994);
    const County& county = plan.county(p.county);
    ids.helper(out, p.county, r);
    out.put(',');
    out.put(surnames()[rng.below(static_cast<std::uint32_t>(surnames().size()))]);
    const auto given = given_names(female, birth_year);
    out.put(given[rng.below(static_cast<std::uint32_t>(given.size()))]);
    out.put(',');
    out.put(female ? "女" : "男");
    out.put(',');
    out.put_uint(static_cast<std::uint64_t>(birth_year), 4);
    out.put('-');
    out.put_uint(static_cast<std::uint64_t>(rng.between(1, 12)), 2);
    out.put(",汉族,");
    out.put(county.name);
    out.put("关爱帮扶志愿服务队,关爱帮扶联系人,,1");
    out.put_uint(static_cast<std::uint64_t>(rng.between(300'000'000, 999'999'999)) * 10 + rng.below(10), 10);
    out.put(',');
    out.put(county.city);
    out.put(',');
    out.put(county.name);
    out.put(",,active\n");
    ++s.helpers;
  }
}

std::string_view gender_word(bool female) { return female ? "女" : "男"; }

std::uint64_t write_cadres(const Planner& plan, const Ids& ids, const std::string& dir, SampleSummary& s) {
  FileWriter out(dir + "/cadres.csv");
  out.put("id,name,gender,birth,ethnicity,unit,position,rank,phone,city,county,township,status\n");
  for (std::uint32_t j = 0; j < plan.cadres(); ++j) {
    const CadrePlan c = plan.cadre(j);
    const County& county = plan.county(plan.county_of_cadre(j));
    ids.cadre(out, j);
    out.put(',');
    out.put(surnames()[c.surname]);
    out.put(given_names(c.female, c.birth_year)[c.given]);
    out.put(',');
    if (c.gender_known) out.put(gender_word(c.female));
    out.put(',');
    out.put_uint(static_cast<std::uint64_t>(c.birth_year), 4);
    out.put('-');
    out.put_uint(static_cast<std::uint64_t>(c.birth_month), 2);
    out.put(",汉族,");
    out.put(county.name);
    out.put(cadre_units()[c.unit]);
    out.put(',');
    out.put(cadre_positions()[c.position]);
    out.put(',');
    out.put(cadre_ranks()[c.rank]);
    out.put(',');
    out.put_uint(c.phone);
    out.put(',');
    out.put(county.city);
    out.put(',');
    out.put(county.name);
    out.put(",,");
    out.put(ledger::cadre_status_code(c.status));
    out.put('\n');
    if (!c.gender_known) ++s.planted[0].second;
  }
  if (plan.options().roles) write_helper_cadres(plan, ids, out, s);
  out.close();
  return out.bytes();
}

std::uint64_t write_recipients(const Planner& plan, const Ids& ids, const std::string& dir, SampleSummary& s) {
  FileWriter out(dir + "/recipients.csv");
  out.put("id,name,gender,birth,ethnicity,category,level,setting,disability_type,disability_grade,disability_cert,"
          "household,city,county,township,village,phone,guardian_name,guardian_relation,status,exit_date\n");
  std::string township, village;
  for (std::uint32_t r = 0; r < plan.options().recipients; ++r) {
    const RecipientPlan p = plan.recipient(r);
    const County& county = plan.county(p.county);
    const int birth_year = static_cast<int>(date::year_month_day{p.birth}.year());
    ids.recipient(out, p, ids.seqs[r]);
    out.put(',');
    out.put(surnames()[p.surname]);
    out.put(given_names(p.female, birth_year)[p.given]);
    out.put(',');
    out.put(gender_word(p.wrong_gender_cell ? !p.female : p.female));
    out.put(',');
    put_day(out, p.birth);
    out.put(',');
    out.put(kEthnicities[p.ethnicity]);
    out.put(',');
    out.put(ledger::category_code(p.category));
    out.put(',');
    if (p.level != 0) out.put_uint(static_cast<std::uint64_t>(p.level));
    out.put(',');
    if (p.category == Category::orphan || p.category == Category::unsupported_child ||
        p.category == Category::extremely_poor)
      out.put(p.institution ? "institution" : "scattered");
    out.put(',');
    const bool disabled = p.category == Category::disabled || p.category == Category::needy_disabled;
    const unsigned grade = 1 + p.disability % 2;
    if (disabled) out.put(kDisabilities[p.disability]);
    out.put(',');
    if (disabled) out.put_uint(grade);
    out.put(',');
    if (disabled) {
      ids.recipient(out, p, ids.seqs[r]);
      out.put('1');
      out.put_uint(grade);
    }
    out.put(',');
    if (p.household) {
      out.put(county.code);
      out.put_uint(p.household_head, 8);
    }
    out.put(',');
    out.put(county.city);
    out.put(',');
    out.put(county.name);
    out.put(',');
    out.put(plan.township_name(p.county, p.township, township));
    out.put(',');
    out.put(plan.village_name(p.county, p.township, p.village, village));
    out.put(',');
    const bool child = birth_year > plan.options().year - 18;
    if (!child) out.put_uint(p.phone);
    out.put(',');
    if (child) {
      out.put(surnames()[p.surname]);
      out.put(given_names(p.guardian % 2 == 0, 1955)[p.given]);
    }
    out.put(',');
    if (child) out.put(kGuardians[p.guardian]);
    out.put(',');
    out.put(p.exited ? "exited," : "active,");
    if (p.exited) put_day(out, p.exit_day);
    out.put('\n');
    s.planted[1].second += p.wrong_gender_cell ? 1 : 0;
  }
  out.close();
  return out.bytes();
}

std::uint64_t write_pairings(const Planner& plan, const Ids& ids, const std::string& dir, SampleSummary& s) {
  FileWriter out(dir + "/pairings.csv");
  const bool roles = plan.options().roles;
  out.put(roles ? "recipient,cadre,start,end,reason,role\n" : "recipient,cadre,start,end,reason\n");
  for (std::uint32_t r = 0; r < plan.options().recipients; ++r) {
    const RecipientPlan p = plan.recipient(r);
    if (p.unpaired) continue;
    // cadre: a cadre's index; helper (--roles): the recipient's helper. An
    // empty role cell is cadre.
    auto row = [&](std::uint32_t cadre, Day start, const std::optional<Day>& end, std::string_view reason,
                   bool helper = false) {
      ids.recipient(out, p, ids.seqs[r]);
      out.put(',');
      if (helper) ids.helper(out, p.county, r);
      else ids.cadre(out, cadre);
      out.put(',');
      put_day(out, start);
      out.put(',');
      if (end) put_day(out, *end);
      out.put(',');
      out.put(reason);
      if (roles) out.put(helper ? ",helper" : ",");
      out.put('\n');
      ++s.pairings;
    };
    const std::string_view exit_reason = "关爱对象退出";
    row(p.cadre_a, p.start_a, p.end_a, p.moved ? "结对干部岗位调整，重新安排结对" : p.exited ? exit_reason : "");
    if (p.moved) row(p.cadre_b, p.start_b, p.end_b, p.end_b ? exit_reason : "");
    if (roles) row(0, p.start_a, helper_end(p), p.exited ? exit_reason : "", true);
  }
  out.close();
  return out.bytes();
}

// One pairing's share of the year: records by `cadre` in [from, to].
struct Window {
  std::uint32_t cadre;
  Day from, to;
};

// What visits.csv needs of a recipient, kept for the twelve monthly passes.
struct VisitPlan {
  Window a{}, b{};
  Window helper{};  // --roles: the helper pairing's share of the year (cadre unused)
  bool has_helper = false;
  std::uint32_t county = 0;
  Day birth{};
  std::uint32_t first_cadre = 0;
  std::uint32_t stray_cadre = 0;
  std::uint8_t windows = 0;  // 0, 1 or 2
  std::uint8_t records = 0;  // over the windows
  bool under = false, stray = false, institution = false;
  std::int8_t bad_record = 0;
};

VisitPlan visit_plan(const Planner& plan, const RecipientPlan& p, std::uint32_t r) {
  VisitPlan v;
  v.institution = p.institution;
  v.county = p.county;
  v.birth = p.birth;
  v.first_cadre = p.cadre_a;
  v.bad_record = static_cast<std::int8_t>(p.bad_record);
  if (p.unpaired) return v;
  const Day y0 = plan.year_first(), y1 = plan.year_last();
  auto clip = [&](std::uint32_t cadre, Day start, const std::optional<Day>& end) {
    return Window{cadre, std::max(start, y0), std::min(end.value_or(y1), y1)};
  };
  const Window a = clip(p.cadre_a, p.start_a, p.end_a);
  if (a.from <= a.to) v.a = a, v.windows = 1;
  if (p.moved) {
    const Window b = clip(p.cadre_b, p.start_b, p.end_b);
    if (b.from <= b.to) (v.windows == 0 ? v.a : v.b) = b, ++v.windows;
  }
  if (plan.options().roles) {
    v.helper = clip(0, p.start_a, helper_end(p));
    v.has_helper = v.helper.from <= v.helper.to;
  }
  Rng rng(plan.options().seed, kScheduleStream, r);
  const int k = static_cast<int>(plan.options().records_per_recipient);
  v.under = p.under_visited;
  v.records = static_cast<std::uint8_t>(v.under ? rng.between(0, 3) : std::max(0, k + rng.between(-2, 2)));
  v.stray = p.stray_record && v.windows > 0;
  v.stray_cadre = p.stray_cadre;
  return v;
}

class VisitWriter {
 public:
  VisitWriter(const Planner& plan, const Ids& ids, FileWriter& out) : plan_(plan), ids_(ids), out_(out) {
    for (std::string_view n : visit_notes()) visit_notes_.push_back(quoted(n));
    for (std::string_view n : contact_notes()) contact_notes_.push_back(quoted(n));
  }

  // The records of recipient r dated in [from, to].
  std::uint64_t write(std::uint32_t r, const VisitPlan& v, Day from, Day to) {
    std::uint64_t written = 0;
    const Window* windows[2] = {&v.a, &v.b};
    const int total_days = (v.windows == 0) ? 0
                           : static_cast<int>((v.a.to - v.a.from).count() + 1 +
                                              (v.windows == 2 ? (v.b.to - v.b.from).count() + 1 : 0));
    std::uint32_t index = 0;
    for (int w = 0; w < v.windows; ++w) {
      const Window& window = *windows[w];
      const int length = static_cast<int>((window.to - window.from).count() + 1);
      // Records spread over the window in proportion to its length; two in
      // five are visits (现场), the rest contacts (线上).
      const int n = (v.records * length + total_days / 2) / std::max(total_days, 1);
      for (int i = 0; i < n; ++i, ++index) {
        Rng rng(plan_.options().seed, kRecordStream, (std::uint64_t{r} << 8) | index);
        const Day day = window.from + days{(i * length + static_cast<int>(rng.below(static_cast<std::uint32_t>(length)))) / n};
        if (day < from || day > to) continue;
        const bool visit = !v.under && (i % 5 == 1 || i % 5 == 3);
        record(rng, v, r, day, window.cadre, visit, 0);
        ++written;
      }
    }
    if (v.has_helper) written += write_helper(r, v, from, to);
    if (v.stray) {
      Rng rng(plan_.options().seed, kRecordStream, (std::uint64_t{r} << 8) | 250);
      const Day day = v.a.from + days{rng.below(static_cast<std::uint32_t>((v.a.to - v.a.from).count() + 1))};
      if (day >= from && day <= to) {
        record(rng, v, r, day, v.stray_cadre, false, 0);
        ++written;
      }
    }
    if (v.bad_record != 0) {
      Rng rng(plan_.options().seed, kRecordStream, (std::uint64_t{r} << 8) | 251);
      const Day day = plan_.year_first() + days{40 + r % 100};
      if (day >= from && day <= to) {
        record(rng, v, r, day, v.first_cadre, false, v.bad_record);
        ++written;
      }
    }
    return written;
  }

 private:
  // The helper's home visits in [from, to]: helper_visits_per_year spread
  // evenly over the helper window (about one a week), each day jittered
  // within its share.
  std::uint64_t write_helper(std::uint32_t r, const VisitPlan& v, Day from, Day to) {
    const int length = static_cast<int>((v.helper.to - v.helper.from).count() + 1);
    const int year_days = static_cast<int>((plan_.year_last() - plan_.year_first()).count() + 1);
    const int n = (static_cast<int>(plan_.options().helper_visits_per_year) * length + year_days / 2) / year_days;
    std::uint64_t written = 0;
    for (int i = 0; i < n; ++i) {
      Rng rng(plan_.options().seed, kHelperRecordStream, (std::uint64_t{r} << 8) | static_cast<std::uint64_t>(i));
      const Day day = v.helper.from + days{(i * length + static_cast<int>(rng.below(static_cast<std::uint32_t>(length)))) / n};
      if (day < from || day > to) continue;
      record(rng, v, r, day, 0, true, 0, true);
      ++written;
    }
    return written;
  }

  void record(Rng& rng, const VisitPlan& v, std::uint32_t r, Day day, std::uint32_t cadre, bool visit, int bad,
              bool helper = false) {
    if (bad == 1) {  // a day February does not have
      out_.put_uint(static_cast<std::uint64_t>(plan_.options().year), 4);
      out_.put("-02-30");
    } else {
      put_day(out_, day);
    }
    out_.put(',');
    if (bad == 2) {  // a valid ID that is in no recipients.csv row
      ids_.recipient(out_, v.county, Day{date::year{1999} / 1 / 1}, kUnusedSequence);
    } else {
      ids_.recipient(out_, v.county, v.birth, ids_.seqs[r]);
    }
    out_.put(',');
    if (helper) ids_.helper(out_, v.county, r);
    else ids_.cadre(out_, cadre);
    out_.put(',');
    const std::uint32_t m = rng.below(100);
    if (bad == 3) {
      out_.put("visit");  // not a mode
    } else if (visit) {
      out_.put(v.institution ? "institution" : m < 90 ? "home" : "other");
    } else {
      out_.put(m < 55 ? "phone" : m < 85 ? "wechat" : m < 97 ? "sms" : "letter");
    }
    out_.put(',');
    out_.put(kItems[rng.below(kItems.size())]);
    const std::uint32_t help = rng.below(100);
    out_.put(visit && help < 10 ? ",1" : ",");
    out_.put(visit && help >= 10 && help < 15 ? ",1" : ",");
    out_.put(visit && help >= 15 && help < 23 ? ",1," : ",,");
    if (visit && help >= 23 && help < 26) out_.put(help == 23 ? "200.00" : help == 24 ? "500.00" : "1000.50");
    out_.put(visit && help == 30 ? ",1," : ",,");
    if (visit && help == 31) out_.put("hospital");
    out_.put(',');
    if (rng.below(100) < 85) {
      const auto& notes = visit ? visit_notes_ : contact_notes_;
      out_.put(notes[rng.below(static_cast<std::uint32_t>(notes.size()))]);
    }
    out_.put('\n');
  }

  const Planner& plan_;
  const Ids& ids_;
  FileWriter& out_;
  std::vector<std::string> visit_notes_, contact_notes_;
};

std::uint64_t write_visits(const Planner& plan, const Ids& ids, const std::string& dir, SampleSummary& s) {
  const std::uint32_t n = plan.options().recipients;
  std::vector<VisitPlan> plans(n);
  for (std::uint32_t r = 0; r < n; ++r) {
    const RecipientPlan p = plan.recipient(r);
    plans[r] = visit_plan(plan, p, r);
    if (p.bad_record != 0) ++s.planted[1 + static_cast<std::size_t>(p.bad_record)].second;
  }
  FileWriter out(dir + "/visits.csv");
  out.put("date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n");
  VisitWriter writer(plan, ids, out);
  for (unsigned month = 1; month <= 12; ++month) {
    const date::year y{plan.options().year};
    const Day from{y / month / 1};
    const Day to{y / month / date::last};
    for (std::uint32_t r = 0; r < n; ++r) {
      const VisitPlan& v = plans[r];
      if (v.windows == 0 && v.bad_record == 0) continue;
      s.records += writer.write(r, v, from, to);
    }
  }
  out.close();
  return out.bytes();
}

}  // namespace

SampleSummary write_sample(const std::string& dir, const SampleOptions& options) {
  const Planner plan(options);
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) throw OutputError(dir + ": " + std::strerror(errno));
  // All four replaceable, or none written.
  for (const char* name : {"/cadres.csv", "/recipients.csv", "/pairings.csv", "/visits.csv"})
    out::check_replaceable(dir + name);
  SampleSummary s;
  s.planted = {{"missing-value (cadre gender)", 0}, {"id-gender-mismatch", 0}, {"bad-date", 0},
               {"unknown-recipient", 0},           {"bad-value (mode)", 0}};
  const std::vector<std::uint16_t> seqs = plan.assign_sequences();
  const Ids ids{plan, seqs};
  s.recipients = options.recipients;
  s.counties = plan.counties();
  s.bytes += write_cadres(plan, ids, dir, s);
  s.cadres = plan.cadres() + s.helpers;
  s.bytes += write_recipients(plan, ids, dir, s);
  s.bytes += write_pairings(plan, ids, dir, s);
  s.bytes += write_visits(plan, ids, dir, s);
  return s;
}

}  // namespace jiedui::sample
