// The built-in standards table hezheng-2023 (《和政县结对关爱行动实施方案》
// 附件6–8), row by row: each row's condition and amount at its boundaries
// (ages 17/18, 59/60, 79/80, 89/90, 99/100; every disability type and grade;
// urban/rural and dibao class), and how a standards file is read.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "entitle/choose.hpp"
#include "entitle/eligibility.hpp"
#include "entitle/standards.hpp"
#include "ledger/ledger.hpp"

using namespace jiedui;
using entitle::Decision;
using ledger::Category;
using ledger::Day;
using ledger::Recipient;
using ledger::Residence;
using ledger::School;
using ledger::SelfCare;

namespace {

const Day kT = date::sys_days{date::year{2026} / 11 / 20};

const entitle::Standards& builtin() {
  static const entitle::Standards s = [] {
    ledger::CollectingSink sink;
    return entitle::choose_standards("", sink);
  }();
  return s;
}

// Born so as to be exactly `years` old on kT (a birthday on kT).
ledger::Birth aged(int years) {
  const date::year_month_day t{kT};
  return {true, false, Day{(t.year() - date::years{years}) / t.month() / t.day()}};
}
// One day short of `years` on kT: years − 1 completed.
ledger::Birth almost(int years) {
  ledger::Birth b = aged(years);
  b.day += date::days{1};
  return b;
}

Recipient person(Category category, ledger::Birth birth = aged(40)) {
  Recipient r;
  r.category = category;
  r.birth = birth;
  return r;
}

// "eligible 1080.00", "undecided: setting is empty", "not eligible".
std::string verdict(std::string_view benefit, const Recipient& r) {
  const auto index = builtin().find(benefit);
  REQUIRE(index);
  const entitle::Eligibility e = entitle::evaluate(builtin().benefits[*index], r, kT);
  switch (e.decision) {
    case Decision::not_eligible: return "not eligible";
    case Decision::undecided: return "undecided: " + e.to_fill;
    case Decision::eligible:
      if (!e.row->amount_fen) return "eligible";
      return fmt::format("eligible {}.{:02}{}", *e.row->amount_fen / 100, *e.row->amount_fen % 100,
                         e.row->minimum ? " minimum" : "");
  }
  return "";
}

Recipient disabled(std::string_view type, int grade, Category category = Category::disabled) {
  Recipient r = person(category);
  r.disability_type = type;
  r.disability_grade = grade == 0 ? "" : std::to_string(grade);
  return r;
}

}  // namespace

TEST_SUITE("entitle::standards hezheng-2023") {
  TEST_CASE("the table has the fifteen benefits of the lists, in order, with their units and departments") {
    std::string all;
    for (const auto& b : builtin().benefits)
      all += fmt::format("{} {} {} {}\n", b.code, entitle::unit_name(b.unit), b.department, b.rows.size());
    CHECK(all ==
          "child_living month 县民政局 2\nnursing month 县民政局 2\ndisabled_dibao month 县民政局 5\n"
          "living month 县民政局 3\npoor_basic month 县民政局 2\npoor_care month 县民政局 3\n"
          "elder_service month 县民政局 2\nelder_care month 县民政局 1\nlongevity month 县民政局 3\n"
          "preschool_fee year 县教科局 1\nschool_aid year 县教科局 1\ncollege_grant year 县教科局 1\n"
          "orphan_college year 县民政局 1\nmedical_insurance in-kind 县医保局 1\npension_insurance in-kind 县人社局 1\n");
  }

  TEST_CASE("child_living: 1470 in an institution, 1080 scattered, up to 17; none at 18") {
    for (Category c : {Category::orphan, Category::unsupported_child}) {
      Recipient r = person(c, almost(18));
      r.setting = "institution";
      CHECK(verdict("child_living", r) == "eligible 1470.00");
      r.setting = "scattered";
      CHECK(verdict("child_living", r) == "eligible 1080.00");
      r.birth = aged(18);
      CHECK(verdict("child_living", r) == "not eligible");
      r.birth = aged(17);
      r.setting = "";
      CHECK(verdict("child_living", r) == "undecided: setting is empty");
    }
    Recipient adult = person(Category::disabled, aged(10));
    adult.setting = "scattered";
    CHECK(verdict("child_living", adult) == "not eligible");
  }

  TEST_CASE("nursing: 110 for 视力1 肢体1 智力1-2 精神1-2, 60 for 视力2 肢体2 听力1-2 言语1-2, nothing for 3-4") {
    const std::pair<std::string_view, std::array<const char*, 4>> kWant[] = {
        {"视力", {"eligible 110.00", "eligible 60.00", "not eligible", "not eligible"}},
        {"听力", {"eligible 60.00", "eligible 60.00", "not eligible", "not eligible"}},
        {"言语", {"eligible 60.00", "eligible 60.00", "not eligible", "not eligible"}},
        {"肢体", {"eligible 110.00", "eligible 60.00", "not eligible", "not eligible"}},
        {"智力", {"eligible 110.00", "eligible 110.00", "not eligible", "not eligible"}},
        {"精神", {"eligible 110.00", "eligible 110.00", "not eligible", "not eligible"}},
    };
    for (Category c : {Category::orphan, Category::unsupported_child, Category::disabled}) {
      for (const auto& [type, want] : kWant) {
        for (int grade = 1; grade <= 4; ++grade) {
          CAPTURE(type);
          CAPTURE(grade);
          CHECK(verdict("nursing", disabled(type, grade, c)) == want[static_cast<std::size_t>(grade - 1)]);
        }
      }
    }
    CHECK(verdict("nursing", disabled("肢体", 1, Category::extremely_poor)) == "not eligible");
    CHECK(verdict("nursing", person(Category::disabled)) == "not eligible");  // no disability type
  }

  TEST_CASE("disabled_dibao: urban 707; rural by class 465 442 89 62") {
    Recipient r = disabled("肢体", 1);
    r.residence = Residence::urban;
    CHECK(verdict("disabled_dibao", r) == "eligible 707.00");
    r.residence = Residence::rural;
    const char* want[] = {"eligible 465.00", "eligible 442.00", "eligible 89.00", "eligible 62.00"};
    for (int c = 1; c <= 4; ++c) {
      r.dibao_class = static_cast<std::uint8_t>(c);
      CHECK(verdict("disabled_dibao", r) == want[c - 1]);
    }
    r.dibao_class = 0;
    CHECK(verdict("disabled_dibao", r) == "undecided: dibao_class is empty");
    r.residence = Residence::unknown;
    CHECK(verdict("disabled_dibao", r) == "undecided: residence is empty");
    Recipient orphan = person(Category::orphan, aged(10));
    orphan.residence = Residence::urban;
    CHECK(verdict("disabled_dibao", orphan) == "not eligible");
  }

  TEST_CASE("living: urban 110; rural class 1-2 110; rural class 3-4 set locally") {
    Recipient r = disabled("视力", 2);
    r.residence = Residence::urban;
    CHECK(verdict("living", r) == "eligible 110.00");
    r.residence = Residence::rural;
    const char* want[] = {"eligible 110.00", "eligible 110.00", "eligible", "eligible"};
    for (int c = 1; c <= 4; ++c) {
      r.dibao_class = static_cast<std::uint8_t>(c);
      CHECK(verdict("living", r) == want[c - 1]);
    }
    r.dibao_class = 0;
    CHECK(verdict("living", r) == "undecided: dibao_class is empty");
    // 附件6 一(一)2: a disabled orphan has the nursing subsidy, not this one.
    Recipient orphan = disabled("肢体", 1, Category::orphan);
    orphan.residence = Residence::urban;
    CHECK(verdict("living", orphan) == "not eligible");
  }

  TEST_CASE("poor_basic: urban 919, rural 605; poor_care by self-care 150 301 451") {
    Recipient r = person(Category::extremely_poor, aged(70));
    CHECK(verdict("poor_basic", r) == "undecided: residence is empty");
    r.residence = Residence::urban;
    CHECK(verdict("poor_basic", r) == "eligible 919.00");
    r.residence = Residence::rural;
    CHECK(verdict("poor_basic", r) == "eligible 605.00");
    CHECK(verdict("poor_care", r) == "undecided: self_care is empty");
    r.self_care = SelfCare::full;
    CHECK(verdict("poor_care", r) == "eligible 150.00");
    r.self_care = SelfCare::partial;
    CHECK(verdict("poor_care", r) == "eligible 301.00");
    r.self_care = SelfCare::none;
    CHECK(verdict("poor_care", r) == "eligible 451.00");
    Recipient d = disabled("肢体", 1);
    d.residence = Residence::urban;
    d.self_care = SelfCare::none;
    CHECK(verdict("poor_basic", d) == "not eligible");
    CHECK(verdict("poor_care", d) == "not eligible");
  }

  TEST_CASE("elder_service: 100 from 60 when unable to care for oneself, from 80 for everyone") {
    Recipient r = person(Category::extremely_poor, almost(60));
    r.self_care = SelfCare::none;
    CHECK(verdict("elder_service", r) == "not eligible");  // 59
    r.birth = aged(60);
    CHECK(verdict("elder_service", r) == "eligible 100.00");
    r.self_care = SelfCare::partial;
    CHECK(verdict("elder_service", r) == "not eligible");
    r.birth = almost(80);
    CHECK(verdict("elder_service", r) == "not eligible");  // 79, partial
    r.birth = aged(80);
    CHECK(verdict("elder_service", r) == "eligible 100.00");
    r.self_care = SelfCare::unknown;
    CHECK(verdict("elder_service", r) == "eligible 100.00");  // the second row needs no self-care
    r.birth = aged(70);
    CHECK(verdict("elder_service", r) == "undecided: self_care is empty");
  }

  TEST_CASE("elder_care: 100 from 60 when unable to care for oneself") {
    Recipient r = person(Category::extremely_poor, almost(60));
    r.self_care = SelfCare::none;
    CHECK(verdict("elder_care", r) == "not eligible");
    r.birth = aged(60);
    CHECK(verdict("elder_care", r) == "eligible 100.00");
    r.birth = aged(95);
    r.self_care = SelfCare::full;
    CHECK(verdict("elder_care", r) == "not eligible");
    CHECK(verdict("elder_care", person(Category::disabled, aged(70))) == "not eligible");
  }

  TEST_CASE("longevity: at least 25 at 80-89, 60 at 90-99, 100 from 100") {
    const std::pair<ledger::Birth, const char*> kAges[] = {
        {almost(80), "not eligible"},           {aged(80), "eligible 25.00 minimum"},
        {almost(90), "eligible 25.00 minimum"}, {aged(90), "eligible 60.00 minimum"},
        {almost(100), "eligible 60.00 minimum"}, {aged(100), "eligible 100.00 minimum"},
        {aged(107), "eligible 100.00 minimum"},
    };
    for (const auto& [birth, want] : kAges) CHECK(verdict("longevity", person(Category::extremely_poor, birth)) == want);
    CHECK(verdict("longevity", person(Category::elderly_alone, aged(85))) == "not eligible");
    CHECK(verdict("longevity", person(Category::extremely_poor, ledger::Birth{})) == "undecided: birth is empty");
  }

  TEST_CASE("school benefits: preschool 1000, compulsory 500, college 3300 a year; none out of school") {
    for (Category c : {Category::orphan, Category::unsupported_child, Category::disabled}) {
      Recipient r = person(c, aged(10));
      CHECK(verdict("school_aid", r) == "not eligible");  // an empty school is not in school
      r.school = School::preschool;
      CHECK(verdict("preschool_fee", r) == "eligible 1000.00");
      CHECK(verdict("school_aid", r) == "not eligible");
      r.school = School::compulsory;
      CHECK(verdict("school_aid", r) == "eligible 500.00");
      r.school = School::college;
      CHECK(verdict("college_grant", r) == "eligible 3300.00");
      r.school = School::highschool;
      CHECK(verdict("college_grant", r) == "not eligible");
    }
    Recipient poor = person(Category::extremely_poor, aged(10));
    poor.school = School::compulsory;
    CHECK(verdict("school_aid", poor) == "not eligible");
  }

  TEST_CASE("orphan_college: 10000 a year from 18 at college or vocational school, orphans only") {
    Recipient r = person(Category::orphan, almost(18));
    r.school = School::vocational;
    CHECK(verdict("orphan_college", r) == "not eligible");  // 17
    r.birth = aged(18);
    CHECK(verdict("orphan_college", r) == "eligible 10000.00");
    r.school = School::college;
    CHECK(verdict("orphan_college", r) == "eligible 10000.00");
    r.school = School::highschool;
    CHECK(verdict("orphan_college", r) == "not eligible");
    Recipient child = person(Category::unsupported_child, aged(18));
    child.school = School::college;
    CHECK(verdict("orphan_college", child) == "not eligible");
  }

  TEST_CASE("medical_insurance: in kind for the four categories of the lists") {
    for (Category c : {Category::orphan, Category::unsupported_child, Category::disabled, Category::extremely_poor})
      CHECK(verdict("medical_insurance", person(c)) == "eligible");
    CHECK(verdict("medical_insurance", person(Category::dibao)) == "not eligible");
  }

  TEST_CASE("pension_insurance: in kind for the disabled and extremely poor from 16") {
    CHECK(verdict("pension_insurance", person(Category::disabled, almost(16))) == "not eligible");
    CHECK(verdict("pension_insurance", person(Category::disabled, aged(16))) == "eligible");
    CHECK(verdict("pension_insurance", person(Category::extremely_poor, aged(70))) == "eligible");
    CHECK(verdict("pension_insurance", person(Category::orphan, aged(17))) == "not eligible");
  }
}

TEST_SUITE("entitle::standards undecided") {
  TEST_CASE("多重 matches no disability row: undecided while some row admits its grade") {
    CHECK(verdict("nursing", disabled("多重", 1)) ==
          "undecided: disability_type is 多重 (multiple), which no row lists: decide which type applies");
    CHECK(verdict("nursing", disabled("多重", 0)).starts_with("undecided: disability_type is 多重"));
    CHECK(verdict("nursing", disabled("多重", 4)) == "not eligible");  // no row lists grade 4
  }

  TEST_CASE("a listed type with an empty grade is undecided; a grade with an empty type is no disability") {
    CHECK(verdict("nursing", disabled("视力", 0)) == "undecided: disability_grade is empty");
    CHECK(verdict("nursing", disabled("听力", 0)) == "undecided: disability_grade is empty");
    Recipient r = person(Category::disabled);
    r.disability_grade = "4";
    CHECK(verdict("nursing", r) == "not eligible");
  }

  TEST_CASE("a birth known to the month decides an age it cannot change, and leaves one it can undecided") {
    Recipient r = person(Category::extremely_poor);
    r.birth = {true, true, Day{date::year{1946} / 11 / 1}};  // 80 on kT if born by the 20th, else 79
    CHECK(verdict("longevity", r) == "undecided: birth is known only to the month");
    r.birth = {true, true, Day{date::year{1946} / 10 / 1}};  // 80 whatever the day
    CHECK(verdict("longevity", r) == "eligible 25.00 minimum");
    r.birth = {true, true, Day{date::year{1947} / 1 / 1}};  // 79 whatever the day
    CHECK(verdict("longevity", r) == "not eligible");
  }

  TEST_CASE("a rural recipient with an empty class is undecided for living; a later matching row wins") {
    Recipient r = disabled("肢体", 1);
    r.residence = Residence::rural;
    CHECK(verdict("living", r) == "undecided: dibao_class is empty");
    // elder_service: row 1 needs self_care (empty), row 2 (≥ 80) matches.
    Recipient old = person(Category::extremely_poor, aged(85));
    CHECK(verdict("elder_service", old) == "eligible 100.00");
  }
}

TEST_SUITE("entitle::standards unknown values") {
  TEST_CASE("a cell the table does not know (a check bad-value, kept by the loader) matches no row") {
    Recipient poor = person(Category::extremely_poor, aged(70));
    poor.residence = static_cast<Residence>(3);  // recipient_row.hpp's kOtherResidence
    CHECK(verdict("poor_basic", poor) == "not eligible");
    poor.self_care = static_cast<SelfCare>(4);
    CHECK(verdict("poor_care", poor) == "not eligible");
    Recipient child = person(Category::orphan, aged(10));
    child.setting = "散养";
    CHECK(verdict("child_living", child) == "not eligible");
    child.school = static_cast<School>(6);
    CHECK(verdict("school_aid", child) == "not eligible");
    Recipient d = disabled("肢体", 0);
    d.disability_grade = "五级";
    CHECK(verdict("nursing", d) == "not eligible");
    d.residence = Residence::rural;
    d.dibao_class = 7;
    CHECK(verdict("disabled_dibao", d) == "not eligible");
  }
}

TEST_SUITE("entitle::standards file") {
  TEST_CASE("--print-standards rows read back through --standards give the same rows") {
    const auto rows = entitle::standards_rows(builtin());
    std::string text = fmt::format("{}\n", fmt::join(entitle::standards_columns(), ","));
    for (const auto& row : rows) text += fmt::format("{}\n", fmt::join(row, ","));
    CHECK(text == *entitle::builtin_standards_text("hezheng-2023"));  // the file is written canonically
    ledger::CollectingSink sink;
    const entitle::Standards again = entitle::parse_standards(text, "again.csv", sink);
    CHECK(sink.diagnostics.empty());
    CHECK(entitle::standards_rows(again) == rows);
  }

  TEST_CASE("a bad standards file is reported row by row with line and column") {
    const std::string header =
        "benefit,name,unit,department,category,age_min,age_max,setting,residence,dibao_class,self_care,disability,"
        "school,amount,minimum\n";
    ledger::CollectingSink sink;
    const entitle::Standards s = entitle::parse_standards(
        header +
            "a,甲,month,民政,orphan,,17,,,,,,,100,\n"
            "a,乙,month,民政,orphan,,,,,,,,,100,\n"   // another name for a
            "b,丙,week,民政,orphan,,,,,,,,,100,\n"     // bad unit
            "c,丁,month,民政,adult,,,,,,,,,100,\n"     // bad category
            "d,戊,month,民政,,20,10,,,,,,,100,\n"      // age_max < age_min
            "e,己,month,民政,,,,,,,,肢体:5,,100,\n"    // bad grade
            "f,庚,in-kind,民政,,,,,,,,,,100,\n"        // in kind with an amount
            "g,辛,month,民政,,,,,,,,,,12.345,\n"       // three decimals
            "h,壬,month,民政,,,,,,,,,,,yes\n",         // minimum without an amount
        "bad.csv", sink);
    std::string got;
    for (const auto& d : sink.diagnostics)
      got += fmt::format("{}:{}:{} {}\n", d.file, d.line, d.column, ledger::code_name(d.code));
    CHECK(got ==
          "bad.csv:3:2 bad-value\nbad.csv:4:3 bad-value\nbad.csv:5:5 bad-value\nbad.csv:6:7 bad-value\n"
          "bad.csv:7:12 bad-value\nbad.csv:8:14 bad-value\nbad.csv:9:14 bad-value\nbad.csv:10:15 bad-value\n");
    REQUIRE(s.benefits.size() == 1);
    CHECK(s.benefits[0].code == "a");
  }
}
