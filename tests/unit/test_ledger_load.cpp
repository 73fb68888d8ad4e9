// load_ledger and for_each_visit over small ledger sets written to a temp
// directory: header aliases and order, ids, pairings, encodings, bad rows.
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>
#include <iconv.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/ledger.hpp"
#include "ledger/vocab.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::ledger;
namespace fs = std::filesystem;

namespace {

Day day(std::string_view iso) { return *parse_day(iso); }

// A ledger set in its own temp directory: every file starts as a header with
// no rows.
class TempLedger : public jiedui::testing::TempDir {
 public:
  TempLedger() : TempDir("ledger") {
    write("recipients.csv", "id,name,category,city,county,township,village\n");
    write("cadres.csv", "id,name,gender,birth\n");
    write("pairings.csv", "recipient,cadre,start,end\n");
    write("visits.csv", "date,recipient,cadre,mode\n");
  }
};

// A work record copied out of the callback (its views die with it).
struct VisitRow {
  std::uint32_t line;
  std::string text;
  bool operator==(const VisitRow&) const = default;
};

struct Loaded {
  Ledger ledger;
  CollectingSink sink;
  std::vector<VisitRow> visits;

  // "visits.csv:3:5 bad-csv: row has …" (the directory left out).
  std::vector<std::string> diagnostics() const {
    std::vector<std::string> out;
    for (const auto& d : sink.diagnostics) {
      std::string file = d.file;
      if (file.starts_with(ledger.dir + "/")) file.erase(0, ledger.dir.size() + 1);
      out.push_back(fmt::format("{}:{}:{} {}[{}]: {}", file, d.line, d.column, severity_name(d.severity),
                                code_name(d.code), d.message));
    }
    return out;
  }
};

std::string describe_birth(const Birth& b) {
  if (!b.known) return "?";
  const std::string day = format_day(b.day);
  return b.month_only ? day.substr(0, 7) : day;
}

std::string describe_gender(Gender g) { return g == Gender::male ? "M" : g == Gender::female ? "F" : "?"; }

std::string describe(const Ledger& l, const Visit& v) {
  return fmt::format("{} {} {} {} items={} p={} d={} deeds={} funds={} esc={} must={} notes={}", format_day(v.date),
                     l.recipients[v.recipient].id, l.cadres[v.cadre].id, mode_code(v.mode), v.items, v.policies,
                     v.difficulties, v.deeds, v.funds_fen, v.escalated, v.must, v.notes);
}

Loaded load(const TempLedger& t, std::optional<Day> today = std::nullopt) {
  Loaded out;
  LoadOptions options;
  if (today) options.today = *today;
  out.ledger = load_ledger(t.dir(), options, out.sink);
  for_each_visit(out.ledger, options, out.sink,
                 [&](const Visit& v) { out.visits.push_back({v.line, describe(out.ledger, v)}); });
  return out;
}

// Every record of a loaded set as text, so two loads compare as a whole.
std::vector<std::string> records(const Loaded& x) {
  const Ledger& l = x.ledger;
  std::vector<std::string> out;
  for (const Recipient& r : l.recipients) {
    const District& d = l.district_of(r);
    out.push_back(fmt::format(
        "recipient {} {} {} {} {} level={} {}/{}/{}/{} household={} status={} exit={} setting={} ethnicity={} "
        "phone={} guardian={} line={}",
        r.id, r.name, describe_gender(r.gender), describe_birth(r.birth), category_code(r.category), r.level, d.city,
        d.county, d.township, d.village, r.household, r.status == RecipientStatus::exited ? "exited" : "active",
        r.exit_date ? format_day(*r.exit_date) : "", r.setting, r.ethnicity, r.phone, r.guardian_name, r.line));
  }
  for (const Cadre& c : l.cadres) {
    out.push_back(fmt::format("cadre {} {} {} {} unit={} rank={} phone={} {}/{}/{} status={} line={}", c.id, c.name,
                              describe_gender(c.gender), describe_birth(c.birth), c.unit, c.rank, c.phone, c.city,
                              c.county, c.township, cadre_status_code(c.status), c.line));
  }
  for (const Pairing& p : l.pairings) {
    out.push_back(fmt::format("pairing {} {} {} {} reason={} line={}", l.recipients[p.recipient].id,
                              l.cadres[p.cadre].id, format_day(p.start), p.end ? format_day(*p.end) : "open",
                              p.reason, p.line));
  }
  for (const VisitRow& v : x.visits) out.push_back(fmt::format("visit line={} {}", v.line, v.text));
  return out;
}

std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = ::iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 16, '\0');
  std::string in_copy = utf8;
  char* in = in_copy.data();
  std::size_t in_left = in_copy.size();
  char* o = out.data();
  std::size_t out_left = out.size();
  const std::size_t rc = ::iconv(cd, &in, &in_left, &o, &out_left);
  ::iconv_close(cd);
  REQUIRE(rc != static_cast<std::size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

// --- one ledger set, written with English and with Chinese headers

const char* const kRecipientRows =
    "620802201403120561,王小花,女,2014-03,汉族,orphan,一级,scattered,H01,平凉市,崆峒区,白水镇,白水村,13800001111,王大山,active,\n"
    "62080220140312057x,王小明,男,2014-03-12,汉族,孤儿,2,,H01,平凉市,崆峒区,白水镇,白水村,,王大山,在册,\n"
    "620102198001011239,李老汉,M,1980-01,回族,特困人员,,集中供养,,平凉市,泾川县,城关镇,东街社区,,,退出,2026-06-30\n";
const char* const kCadreRows =
    "GS-0001,李娟,女,1982-04,崆峒区民政局,一级科员,13900002222,平凉市,崆峒区,,active\n"
    "GS-0002,张伟,男,1975-10-08,泾川县民政局,乡科级副职,,平凉市,泾川县,城关镇,退休\n";
const char* const kPairingRows =
    "620802201403120561,GS-0001,2025-01-01,,\n"
    "62080220140312057x,GS-0001,2025-01-01,,\n"
    "620102198001011239,GS-0002,2024-03-01,2026-06-29,对象退出\n";
const char* const kVisitRows =
    "2026-03-10,620802201403120561,GS-0001,phone,talk;study,,,,,,,电话问候\n"
    "2026-04-12,62080220140312057X,GS-0001,入户,talk,1,2,1,200.5,1,重症住院,\"入户走访，送去慰问金\"\n"
    "2026/5/6,620102198001011239,GS-0002,wechat,,,,,,,,\n";

void write_english(const TempLedger& t) {
  t.write("recipients.csv",
          std::string("id,name,gender,birth,ethnicity,category,level,setting,household,city,county,township,village,"
                      "phone,guardian_name,status,exit_date\n") +
              kRecipientRows);
  t.write("cadres.csv", std::string("id,name,gender,birth,unit,rank,phone,city,county,township,status\n") + kCadreRows);
  t.write("pairings.csv", std::string("recipient,cadre,start,end,reason\n") + kPairingRows);
  t.write("visits.csv",
          std::string("date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes\n") +
              kVisitRows);
}

void write_chinese(const TempLedger& t) {
  t.write("recipients.csv",
          std::string("身份证号,姓名,性别,出生年月,民族,人员类别,关爱帮扶等级,供养方式,户编号,市（州）,县（市、区）,"
                      "乡镇（街道）,村（社区）,联系电话,监护人姓名,状态,退出日期\n") +
              kRecipientRows);
  t.write("cadres.csv",
          std::string("干部编号,姓名,性别,出生年月,工作单位,职务职级,手机号码,市(州),县(市区),乡镇(街道),状态\n") +
              kCadreRows);
  t.write("pairings.csv", std::string("关爱对象身份证号,结对干部编号,结对日期,解除日期,变更原因\n") + kPairingRows);
  t.write("visits.csv",
          std::string("填表日期,关爱对象身份证号,结对干部编号,关爱方式,关爱内容,协调落实政策,解决实际困难,帮办实事,"
                      "资助资金,向上级反映困难,必到事项,工作记录\n") +
              kVisitRows);
}

const std::vector<std::string> kEnglishRecords = {
    "recipient 620802201403120561 王小花 F 2014-03-12 orphan level=1 平凉市/崆峒区/白水镇/白水村 household=H01 "
    "status=active exit= setting=scattered ethnicity=汉族 phone=13800001111 guardian=王大山 line=2",
    "recipient 62080220140312057X 王小明 M 2014-03-12 orphan level=2 平凉市/崆峒区/白水镇/白水村 household=H01 "
    "status=active exit= setting= ethnicity=汉族 phone= guardian=王大山 line=3",
    "recipient 620102198001011239 李老汉 M 1980-01-01 extremely_poor level= 平凉市/泾川县/城关镇/东街社区 household= "
    "status=exited exit=2026-06-30 setting=institution ethnicity=回族 phone= guardian= line=4",
    "cadre GS-0001 李娟 F 1982-04 unit=崆峒区民政局 rank=一级科员 phone=13900002222 平凉市/崆峒区/ status=active line=2",
    "cadre GS-0002 张伟 M 1975-10-08 unit=泾川县民政局 rank=乡科级副职 phone= 平凉市/泾川县/城关镇 status=retired line=3",
    "pairing 620802201403120561 GS-0001 2025-01-01 open reason= line=2",
    "pairing 62080220140312057X GS-0001 2025-01-01 open reason= line=3",
    "pairing 620102198001011239 GS-0002 2024-03-01 2026-06-29 reason=对象退出 line=4",
    "visit line=2 2026-03-10 620802201403120561 GS-0001 phone items=talk;study p=0 d=0 deeds=0 funds=0 esc=0 must= "
    "notes=电话问候",
    "visit line=3 2026-04-12 62080220140312057X GS-0001 home items=talk p=1 d=2 deeds=1 funds=20050 esc=1 "
    "must=重症住院 notes=入户走访，送去慰问金",
    "visit line=4 2026-05-06 620102198001011239 GS-0002 wechat items= p=0 d=0 deeds=0 funds=0 esc=0 must= notes=",
};

}  // namespace

TEST_SUITE("ledger::load") {
  TEST_CASE("a ledger set with English headers loads every record, with no diagnostic") {
    TempLedger t;
    write_english(t);
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(x.sink.notes.empty());
    CHECK(records(x) == kEnglishRecords);
  }

  TEST_CASE("Chinese headers map to the same records as English ones") {
    TempLedger t;
    write_chinese(t);
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(records(x) == kEnglishRecords);
  }

  TEST_CASE("header names match case-insensitively and after trimming") {
    TempLedger t;
    write_english(t);
    t.write("pairings.csv", std::string(" Recipient ,CADRE,Start,\u3000End\u3000,Reason\n") + kPairingRows);
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(records(x) == kEnglishRecords);
  }

  TEST_CASE("columns may come in any order") {
    TempLedger t;
    write_english(t);
    t.write("pairings.csv",
            "reason,end,start,cadre,recipient\n"
            ",,2025-01-01,GS-0001,620802201403120561\n"
            ",,2025-01-01,GS-0001,62080220140312057x\n"
            "对象退出,2026-06-29,2024-03-01,GS-0002,620102198001011239\n");
    t.write("visits.csv",
            "notes,must,escalated,funds,deeds,difficulties,policies,items,mode,cadre,recipient,date\n"
            "电话问候,,,,,,,talk;study,phone,GS-0001,620802201403120561,2026-03-10\n"
            "\"入户走访，送去慰问金\",重症住院,1,200.5,1,2,1,talk,入户,GS-0001,62080220140312057X,2026-04-12\n"
            ",,,,,,,,wechat,GS-0002,620102198001011239,2026/5/6\n");
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(records(x) == kEnglishRecords);
  }

  TEST_CASE("unknown columns are ignored") {
    TempLedger t;
    write_english(t);
    t.write("cadres.csv",
            "备注,id,name,gender,birth,unit,rank,phone,city,county,township,status,extra\n"
            "新任,GS-0001,李娟,女,1982-04,崆峒区民政局,一级科员,13900002222,平凉市,崆峒区,,active,x\n"
            ",GS-0002,张伟,男,1975-10-08,泾川县民政局,乡科级副职,,平凉市,泾川县,城关镇,退休,\n");
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(records(x) == kEnglishRecords);
  }

  TEST_CASE("a header with both id and 身份证号 is duplicate-column, and the file's rows are not read") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,身份证号,category,city,county,township,village\n"
            "620802201403120561,王小花,620802201403120561,orphan,平凉市,崆峒区,白水镇,白水村\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"recipients.csv:1:3 error[duplicate-column]: '身份证号' is column 1 again (id); keep one"});
    CHECK(x.ledger.recipients.empty());
  }

  TEST_CASE("a header without a required column is missing-column, naming its aliases") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,city,county,township,village\n"
            "620802201403120561,王小花,平凉市,崆峒区,白水镇,白水村\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() == std::vector<std::string>{"recipients.csv:1:1 error[missing-column]: no column category / "
                                                      "类别 / 对象类别 / 人员类别 in the header"});
    CHECK(x.ledger.recipients.empty());
  }

  TEST_CASE("a recipient's birth and gender come from a valid ID, to the day, whatever the columns say") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,gender,birth,category,city,county,township,village\n"
            "620802201403120561,王小花,,2014-03,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "62080220140312057X,王小明,女,2015-01-01,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "620802201403120562,错号码,女,2014-03,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "620102198001011239,李老汉,,,orphan,平凉市,崆峒区,白水镇,白水村\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() == std::vector<std::string>{
                                 "recipients.csv:3:3 error[id-gender-mismatch]: gender '女' disagrees with the ID (male)",
                                 "recipients.csv:3:4 error[id-birth-mismatch]: birth '2015-01-01' disagrees with the ID "
                                 "(2014-03-12)",
                                 "recipients.csv:4:1 error[bad-id]: '620802201403120562' fails its checksum: check "
                                 "character should be 1",
                             });
    const auto& r = x.ledger.recipients;
    REQUIRE(r.size() == 4);
    // The month in the birth column agrees; the ID adds the day.
    CHECK(r[0].birth.known);
    CHECK_FALSE(r[0].birth.month_only);
    CHECK(r[0].birth.day == day("2014-03-12"));
    CHECK(r[0].gender == Gender::female);
    // Columns that disagree are errors, and the ID still wins.
    CHECK(r[1].birth.day == day("2014-03-12"));
    CHECK_FALSE(r[1].birth.month_only);
    CHECK(r[1].gender == Gender::male);
    // An invalid ID gives nothing: the columns are used.
    CHECK(r[2].birth.known);
    CHECK(r[2].birth.month_only);
    CHECK(r[2].birth.day == day("2014-03-01"));
    CHECK(r[2].gender == Gender::female);
    // Empty columns: the ID fills both.
    CHECK(r[3].birth.day == day("1980-01-01"));
    CHECK_FALSE(r[3].birth.month_only);
    CHECK(r[3].gender == Gender::male);
  }

  TEST_CASE("a birth after the as-of day, in an ID or a birth cell, is future-date; the row is kept") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,gender,birth,category,city,county,township,village\n"
            "62080220700611056X,未出生,,,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "620802201403120561,王小花,,2026-11,orphan,平凉市,崆峒区,白水镇,白水村\n");
    t.write("cadres.csv",
            "id,name,gender,birth\n"
            "GS-0001,李娟,女,2070-06\n"
            "GS-0002,张敏,女,2026-11\n"
            "GS-0003,赵强,男,2026-12\n"
            "GS-0004,钱多,男,2026-11-21\n");
    const Loaded x = load(t, day("2026-11-20"));
    CHECK(x.diagnostics() == std::vector<std::string>{
                                 "recipients.csv:2:1 error[future-date]: the ID's birth date 2070-06-11 is after "
                                 "today (2026-11-20)",
                                 "recipients.csv:3:4 error[id-birth-mismatch]: birth '2026-11' disagrees with the "
                                 "ID (2014-03-12)",
                                 "cadres.csv:2:4 error[future-date]: birth 2070-06 is after today (2026-11-20)",
                                 "cadres.csv:4:4 error[future-date]: birth 2026-12 is after today (2026-11-20)",
                                 "cadres.csv:5:4 error[future-date]: birth 2026-11-21 is after today (2026-11-20)",
                             });
    CHECK(x.ledger.recipients.size() == 2);
    CHECK(x.ledger.cadres.size() == 4);
    // Without an as-of day (a loader that does not judge dates) nothing is said.
    const Loaded y = load(t);
    CHECK(y.diagnostics().size() == 1);
  }

  TEST_CASE("a cadre's 18-digit id never fills its gender or birth, and empty ones are warnings") {
    TempLedger t;
    t.write("cadres.csv",
            "id,name,gender,birth\n"
            "620102198001011239,赵强,,\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() == std::vector<std::string>{
                                 "cadres.csv:2:3 warning[missing-value]: gender is empty: the gender rule cannot be checked",
                                 "cadres.csv:2:4 warning[missing-value]: birth is empty: the gender rule cannot be checked",
                             });
    REQUIRE(x.ledger.cadres.size() == 1);
    CHECK(x.ledger.cadres[0].gender == Gender::unknown);
    CHECK_FALSE(x.ledger.cadres[0].birth.known);
  }

  TEST_CASE("a duplicate recipient id is an error and the first row wins, x or X alike") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "620802201403120561,王小花,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "62080220140312057x,王小明,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "620802201403120561,王小华,disabled,平凉市,泾川县,城关镇,东街社区\n"
            "62080220140312057X,王晓明,disabled,平凉市,泾川县,城关镇,东街社区\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{
              "recipients.csv:4:1 error[duplicate-id]: id 620802201403120561 is already on line 2",
              "recipients.csv:5:1 error[duplicate-id]: id 62080220140312057X is already on line 3",
          });
    const Ledger& l = x.ledger;
    REQUIRE(l.recipients.size() == 2);
    CHECK(l.recipients[0].name == "王小花");
    CHECK(l.recipients[0].category == Category::orphan);
    CHECK(l.recipients[1].id == "62080220140312057X");
    CHECK(l.recipients[1].name == "王小明");
    CHECK(l.find_recipient("620802201403120561") == std::optional<std::uint32_t>{0});
    CHECK(l.find_recipient("62080220140312057x") == std::optional<std::uint32_t>{1});
    CHECK(l.find_recipient("62080220140312057X") == std::optional<std::uint32_t>{1});
    CHECK_FALSE(l.find_recipient("620826201211022474").has_value());
    CHECK(l.districts.size() == 1);  // the duplicates' districts were never interned
  }

  TEST_CASE("a duplicate cadre id is an error and the first row wins") {
    TempLedger t;
    t.write("cadres.csv",
            "id,name,gender,birth\n"
            "GS-0001,李娟,女,1982-04\n"
            "GS-0001,李军,男,1979-03\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"cadres.csv:3:1 error[duplicate-id]: id GS-0001 is already on line 2"});
    REQUIRE(x.ledger.cadres.size() == 1);
    CHECK(x.ledger.cadres[0].name == "李娟");
  }

  TEST_CASE("pairings_of lists a recipient's pairings by start date, whatever the file order") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "620802201403120561,王小花,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "62080220140312057X,王小明,orphan,平凉市,崆峒区,白水镇,白水村\n");
    t.write("cadres.csv", "id,name,gender,birth\nGS-0001,李娟,女,1982-04\nGS-0002,张伟,女,1979-03\n");
    t.write("pairings.csv",
            "recipient,cadre,start,end\n"
            "620802201403120561,GS-0001,2025-01-01,\n"
            "620802201403120561,GS-0002,2023-01-01,2023-12-31\n"
            "62080220140312057X,GS-0002,2024-06-01,\n"
            "620802201403120561,GS-0001,2024-01-01,2024-12-31\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics().empty());
    const Ledger& l = x.ledger;
    REQUIRE(l.pairings.size() == 4);
    CHECK(std::ranges::equal(l.pairings_of(0), std::vector<std::uint32_t>{1, 3, 0}));
    CHECK(std::ranges::equal(l.pairings_of(1), std::vector<std::uint32_t>{2}));
    CHECK(l.active_pairing(0, day("2023-06-01")) == std::optional<std::uint32_t>{1});
    CHECK(l.active_pairing(0, day("2023-12-31")) == std::optional<std::uint32_t>{1});  // end is inclusive
    CHECK(l.active_pairing(0, day("2024-01-01")) == std::optional<std::uint32_t>{3});
    CHECK(l.active_pairing(0, day("2030-01-01")) == std::optional<std::uint32_t>{0});
    CHECK_FALSE(l.active_pairing(0, day("2022-12-31")).has_value());
    CHECK_FALSE(l.active_pairing(1, day("2024-05-31")).has_value());
  }

  TEST_CASE("with overlapping pairings, active_pairing picks the earliest-starting one") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "620802201403120561,王小花,orphan,平凉市,崆峒区,白水镇,白水村\n");
    t.write("cadres.csv", "id,name,gender,birth\nGS-0001,李娟,女,1982-04\nGS-0002,张伟,女,1979-03\n");
    t.write("pairings.csv",
            "recipient,cadre,start,end\n"
            "620802201403120561,GS-0002,2026-03-01,\n"
            "620802201403120561,GS-0001,2025-01-01,2026-03-31\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"pairings.csv:2:3 error[pairing-overlap]: recipient 620802201403120561 already has "
                                   "the pairing on line 3 (2025-01-01 – 2026-03-31) on 2026-03-01"});
    const Ledger& l = x.ledger;
    REQUIRE(l.pairings.size() == 2);  // both kept: check reports, the others choose
    CHECK(std::ranges::equal(l.pairings_of(0), std::vector<std::uint32_t>{1, 0}));
    CHECK(l.active_pairing(0, day("2026-03-01")) == std::optional<std::uint32_t>{1});
    CHECK(l.active_pairing(0, day("2026-03-31")) == std::optional<std::uint32_t>{1});
    CHECK(l.active_pairing(0, day("2026-04-01")) == std::optional<std::uint32_t>{0});
    CHECK_FALSE(l.active_pairing(0, day("2024-12-31")).has_value());
  }

  TEST_CASE("a visit or pairing that writes an id with lower-case x matches the recipient written with X") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "62080220140312057X,王小明,orphan,平凉市,崆峒区,白水镇,白水村\n");
    t.write("cadres.csv", "id,name,gender,birth\nGS-0001X,李娟,女,1982-04\n");
    t.write("pairings.csv", "recipient,cadre,start,end\n62080220140312057x,GS-0001x,2025-01-01,\n");
    t.write("visits.csv",
            "date,recipient,cadre,mode\n"
            "2026-03-10,62080220140312057x,GS-0001x,phone\n"
            "2026-03-11,62080220140312057X,GS-0001X,home\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics().empty());
    REQUIRE(x.ledger.pairings.size() == 1);
    CHECK(x.ledger.pairings[0].recipient == 0);
    CHECK(x.ledger.pairings[0].cadre == 0);
    CHECK(x.visits == std::vector<VisitRow>{
                          {2, "2026-03-10 62080220140312057X GS-0001X phone items= p=0 d=0 deeds=0 funds=0 esc=0 "
                              "must= notes="},
                          {3, "2026-03-11 62080220140312057X GS-0001X home items= p=0 d=0 deeds=0 funds=0 esc=0 "
                              "must= notes="},
                      });
  }

  TEST_CASE("an unknown id in a visit is reported with x upper-cased, and the visit is left out") {
    TempLedger t;
    write_english(t);
    t.write("visits.csv",
            "date,recipient,cadre,mode\n"
            "2026-03-10,11010519491231002x,GS-0001,phone\n"
            "2026-03-11,620802201403120561,GS-9999,phone\n"
            "2026-03-12,620802201403120561,GS-0001,phone\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() == std::vector<std::string>{
                                 "visits.csv:2:2 error[unknown-recipient]: recipient 11010519491231002X is not in "
                                 "recipients.csv",
                                 "visits.csv:3:3 error[unknown-cadre]: cadre GS-9999 is not in cadres.csv",
                             });
    REQUIRE(x.visits.size() == 1);
    CHECK(x.visits[0].line == 4);
  }

  TEST_CASE("a file in GB18030 gives the same records, and a note says it was not UTF-8") {
    TempLedger utf8;
    write_english(utf8);
    const std::vector<std::string> want = records(load(utf8, day("2026-11-20")));
    REQUIRE(want == kEnglishRecords);

    TempLedger gb;
    write_english(gb);
    gb.write("recipients.csv",
             to_gb18030(std::string("id,name,gender,birth,ethnicity,category,level,setting,household,city,county,"
                                    "township,village,phone,guardian_name,status,exit_date\n") +
                        kRecipientRows));
    gb.write("visits.csv",
             to_gb18030(
                 std::string("日期,关爱对象身份证号,结对干部编号,关爱方式,关爱内容,协调落实政策,解决实际困难,帮办实事,"
                             "资助资金,向上级反映困难,必到事项,工作记录\n") +
                 kVisitRows));
    const Loaded x = load(gb, day("2026-11-20"));
    CHECK(x.diagnostics().empty());
    CHECK(records(x) == want);
    CHECK(x.sink.notes == std::vector<std::string>{
                              gb.dir() + "/recipients.csv is not UTF-8; read as GB18030",
                              gb.dir() + "/visits.csv is not UTF-8; read as GB18030",
                          });
  }

  TEST_CASE("a ragged row is reported at its line and first missing or extra column, and the next row is read") {
    TempLedger t;
    write_english(t);
    t.write("visits.csv",
            "date,recipient,cadre,mode\n"
            "2026-03-10,620802201403120561,GS-0001,phone\n"
            "2026-03-11,620802201403120561\n"
            "2026-03-12,620802201403120561,GS-0001,home\n"
            "2026-03-13,620802201403120561,GS-0001,phone,extra,more\n"
            "2026-03-14,620802201403120561,GS-0001,sms\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() == std::vector<std::string>{
                                 "visits.csv:3:3 error[bad-csv]: row has 2 fields; the header has 4",
                                 "visits.csv:5:5 error[bad-csv]: row has 6 fields; the header has 4",
                             });
    std::vector<std::uint32_t> lines;
    for (const auto& v : x.visits) lines.push_back(v.line);
    CHECK(lines == std::vector<std::uint32_t>{2, 4, 6});
  }

  TEST_CASE("a ragged recipient row is left out and the recipients after it are read") {
    TempLedger t;
    t.write("recipients.csv",
            "id,name,category,city,county,township,village\n"
            "620802201403120561,王小花,orphan,平凉市,崆峒区,白水镇,白水村\n"
            "62080220140312057X,王小明\n"
            "620102198001011239,李老汉,特困人员,平凉市,泾川县,城关镇,东街社区\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"recipients.csv:3:3 error[bad-csv]: row has 2 fields; the header has 7"});
    REQUIRE(x.ledger.recipients.size() == 2);
    CHECK(x.ledger.recipients[0].line == 2);
    CHECK(x.ledger.recipients[1].line == 4);
    CHECK(x.ledger.recipients[1].id == "620102198001011239");
  }

  TEST_CASE("a quoted note over several lines keeps the physical line numbers of the rows below it") {
    TempLedger t;
    write_english(t);
    t.write("visits.csv",
            "date,recipient,cadre,mode,notes\n"
            "2026-03-10,620802201403120561,GS-0001,home,\"第一行\n第二行\n第三行\"\n"
            "2026-03-11,620802201403120561,GS-0001,fax,\n");
    const Loaded x = load(t);
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"visits.csv:5:4 error[bad-value]: 'fax' is not a mode (phone 电话, sms 短信, wechat "
                                   "微信, letter 书信, home 家庭, institution 机构, other 其他)"});
    REQUIRE(x.visits.size() == 1);
    CHECK(x.visits[0].line == 2);
    CHECK(x.visits[0].text.ends_with("notes=第一行\n第二行\n第三行"));
  }

  TEST_CASE("a visit after the as-of day is future-date and is not passed on") {
    TempLedger t;
    write_english(t);
    const Loaded x = load(t, day("2026-04-12"));
    CHECK(x.diagnostics() ==
          std::vector<std::string>{"visits.csv:4:1 error[future-date]: 2026-05-06 is after today (2026-04-12)"});
    CHECK(x.visits.size() == 2);
  }

  TEST_CASE("a missing ledger file or directory throws InputError") {
    TempLedger t;
    CollectingSink sink;
    CHECK_THROWS_WITH(load_ledger(t.dir() + "/nope", {}, sink), "no such ledger directory");
    fs::remove(fs::path(t.dir()) / "cadres.csv");
    CHECK_THROWS_AS(load_ledger(t.dir(), {}, sink), jiedui::InputError);
  }
}
