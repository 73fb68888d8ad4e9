// The closed vocabularies of SPEC §1, §3 and §5 (categories, modes, genders,
// statuses, levels) and the header names of §1, as data officers write them.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/schema.hpp"
#include "ledger/vocab.hpp"

using namespace jiedui::ledger;

TEST_SUITE("ledger::vocab") {
  TEST_CASE("the names the programme documents use for a category are read as it") {
    // The programme documents name the same people in several ways (特困供养人员, 分散供养特困人员,
    // 低保人员 …); each is the category, none a bad-value.
    const std::vector<std::pair<std::string_view, Category>> names = {
        {"特困供养人员", Category::extremely_poor},       {"集中供养特困人员", Category::extremely_poor},
        {"城市分散供养特困人员", Category::extremely_poor}, {"农村分散供养特困人员", Category::extremely_poor},
        {"城市三无人员", Category::extremely_poor},       {"独居老年人", Category::elderly_alone},
        {"低保人员", Category::dibao},                     {"低保边缘人员", Category::near_dibao},
        {"赡养、抚养缺失或照护不到位人员", Category::care_deficit},
    };
    for (const auto& [name, category] : names) {
      CAPTURE(name);
      CHECK(parse_category(name) == category);
    }
    CHECK(category_chinese(Category::extremely_poor) == "特困人员");  // what jiedui writes stays the first name
  }

  TEST_CASE("every category of SPEC §3 is read by its code and by each Chinese name") {
    const std::vector<std::pair<Category, std::vector<std::string_view>>> table = {
        {Category::orphan, {"orphan", "孤儿"}},
        {Category::unsupported_child, {"unsupported_child", "事实无人抚养儿童"}},
        {Category::disabled, {"disabled", "困难重度残疾人", "重度残疾人"}},
        {Category::extremely_poor, {"extremely_poor", "特困人员", "特困家庭", "分散供养特困人员"}},
        {Category::elderly_alone, {"elderly_alone", "独居老人", "空巢老人", "留守老人"}},
        {Category::left_behind_child, {"left_behind_child", "农村留守儿童", "留守儿童"}},
        {Category::dibao, {"dibao", "低保对象"}},
        {Category::near_dibao, {"near_dibao", "低保边缘对象"}},
        {Category::needy_disabled, {"needy_disabled", "困难残疾人", "重病患者"}},
        {Category::care_deficit, {"care_deficit", "赡养抚养缺失人员"}},
        {Category::child_in_difficulty, {"child_in_difficulty", "困境儿童"}},
        {Category::homeless, {"homeless", "生活无着流浪乞讨人员"}},
    };
    REQUIRE(table.size() == static_cast<std::size_t>(kCategoryCount));
    for (const auto& [category, names] : table) {
      CHECK(category_code(category) == names[0]);
      CHECK(category_chinese(category) == names[1]);
      for (std::string_view name : names) {
        CAPTURE(name);
        CHECK(parse_category(name) == category);
      }
    }
  }

  TEST_CASE("category codes are read case-insensitively and trimmed, and other text is refused") {
    CHECK(parse_category("Orphan") == Category::orphan);
    CHECK(parse_category("EXTREMELY_POOR") == Category::extremely_poor);
    CHECK(parse_category("  dibao\t") == Category::dibao);
    CHECK(parse_category("\u3000孤儿\u3000") == Category::orphan);
    CHECK_FALSE(parse_category("").has_value());
    CHECK_FALSE(parse_category("orphans").has_value());
    CHECK_FALSE(parse_category("extremely poor").has_value());
    CHECK_FALSE(parse_category("孤儿童").has_value());
    CHECK_FALSE(parse_category("*").has_value());
  }

  TEST_CASE("modes are read by code and Chinese name, and the first four are contacts, the rest visits") {
    const std::vector<std::pair<Mode, std::vector<std::string_view>>> table = {
        {Mode::phone, {"phone", "电话"}},
        {Mode::sms, {"sms", "短信"}},
        {Mode::wechat, {"wechat", "微信"}},
        {Mode::letter, {"letter", "书信"}},
        {Mode::home, {"home", "家庭", "入户", "入户走访", "家庭走访"}},
        {Mode::institution, {"institution", "机构", "机构走访"}},
        {Mode::other, {"other", "其他"}},
    };
    for (const auto& [mode, names] : table) {
      CHECK(mode_code(mode) == names[0]);
      CHECK(mode_chinese(mode) == names[1]);
      for (std::string_view name : names) {
        CAPTURE(name);
        CHECK(parse_mode(name) == mode);
      }
    }
    CHECK(parse_mode("WeChat") == Mode::wechat);
    CHECK(parse_mode(" HOME ") == Mode::home);
    CHECK_FALSE(parse_mode("fax").has_value());
    CHECK_FALSE(parse_mode("传真").has_value());
    CHECK_FALSE(parse_mode("").has_value());
    CHECK_FALSE(is_visit_mode(Mode::phone));
    CHECK_FALSE(is_visit_mode(Mode::sms));
    CHECK_FALSE(is_visit_mode(Mode::wechat));
    CHECK_FALSE(is_visit_mode(Mode::letter));
    CHECK(is_visit_mode(Mode::home));
    CHECK(is_visit_mode(Mode::institution));
    CHECK(is_visit_mode(Mode::other));
  }

  TEST_CASE("genders are 男/女/M/F/male/female, the Latin ones in any case") {
    for (std::string_view text : {"男", "M", "m", "male", "Male", "MALE", " 男 "}) {
      CAPTURE(text);
      CHECK(parse_gender(text) == Gender::male);
    }
    for (std::string_view text : {"女", "F", "f", "female", "Female", "FEMALE", "\u3000女"}) {
      CAPTURE(text);
      CHECK(parse_gender(text) == Gender::female);
    }
    for (std::string_view text : {"", "x", "男女", "man", "woman", "1", "未知"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_gender(text).has_value());
    }
    CHECK(gender_chinese(Gender::male) == "男");
    CHECK(gender_chinese(Gender::female) == "女");
    CHECK(gender_chinese(Gender::unknown) == "");
  }

  TEST_CASE("recipient statuses: active 在册 正常, exited 退出") {
    CHECK(parse_recipient_status("active") == RecipientStatus::active);
    CHECK(parse_recipient_status("Active") == RecipientStatus::active);
    CHECK(parse_recipient_status("在册") == RecipientStatus::active);
    CHECK(parse_recipient_status("正常") == RecipientStatus::active);
    CHECK(parse_recipient_status("exited") == RecipientStatus::exited);
    CHECK(parse_recipient_status("EXITED") == RecipientStatus::exited);
    CHECK(parse_recipient_status(" 退出 ") == RecipientStatus::exited);
    CHECK_FALSE(parse_recipient_status("").has_value());
    CHECK_FALSE(parse_recipient_status("left").has_value());
    CHECK_FALSE(parse_recipient_status("在岗").has_value());
  }

  TEST_CASE("cadre statuses: active 在岗, retired 退休, left 调离 离职") {
    CHECK(parse_cadre_status("active") == CadreStatus::active);
    CHECK(parse_cadre_status("在岗") == CadreStatus::active);
    CHECK(parse_cadre_status("retired") == CadreStatus::retired);
    CHECK(parse_cadre_status("Retired") == CadreStatus::retired);
    CHECK(parse_cadre_status("退休") == CadreStatus::retired);
    CHECK(parse_cadre_status("left") == CadreStatus::left);
    CHECK(parse_cadre_status("调离") == CadreStatus::left);
    CHECK(parse_cadre_status("离职") == CadreStatus::left);
    CHECK_FALSE(parse_cadre_status("").has_value());
    CHECK_FALSE(parse_cadre_status("exited").has_value());
    CHECK_FALSE(parse_cadre_status("在册").has_value());
    CHECK(cadre_status_code(CadreStatus::active) == "active");
    CHECK(cadre_status_code(CadreStatus::retired) == "retired");
    CHECK(cadre_status_code(CadreStatus::left) == "left");
  }

  TEST_CASE("normalize_level turns 一级, 1级 and 1 into the digit and only trims other text") {
    CHECK(normalize_level("一级") == "1");
    CHECK(normalize_level("1级") == "1");
    CHECK(normalize_level("1") == "1");
    CHECK(normalize_level("一") == "1");
    CHECK(normalize_level("二级") == "2");
    CHECK(normalize_level("三级") == "3");
    CHECK(normalize_level("3级") == "3");
    CHECK(normalize_level("四级") == "4");
    CHECK(normalize_level("九级") == "9");
    CHECK(normalize_level(" 二级\u3000") == "2");
    CHECK(normalize_level("high") == "high");
    CHECK(normalize_level(" daily ") == "daily");
    CHECK(normalize_level("High") == "High");  // compared exactly, after trimming (SPEC §4)
    CHECK(normalize_level("") == "");
    CHECK(normalize_level("级") == "级");
    CHECK(normalize_level("10级") == "10级");
  }

  TEST_CASE("settings, musts, disability types and grades are read in English or Chinese") {
    CHECK(parse_setting("scattered") == "scattered");
    CHECK(parse_setting("社会散居") == "scattered");
    CHECK(parse_setting("分散供养") == "scattered");
    CHECK(parse_setting("institution") == "institution");
    CHECK(parse_setting("机构养育") == "institution");
    CHECK(parse_setting("集中供养") == "institution");
    CHECK_FALSE(parse_setting("home").has_value());
    CHECK(parse_must("hospital") == "hospital");
    CHECK(parse_must("重症住院") == "hospital");
    CHECK(parse_must("辍学或待业") == "dropout");
    CHECK(parse_must("意外灾害") == "disaster");
    CHECK(parse_must("家人去世") == "bereavement");
    CHECK_FALSE(parse_must("birthday").has_value());
    CHECK(parse_disability_type("肢体") == "肢体");
    CHECK(parse_disability_type("多重") == "多重");
    CHECK(parse_disability_type("肢体残疾") == "肢体");  // the form the card writes
    CHECK(parse_disability_type("精神残疾") == "精神");
    CHECK_FALSE(parse_disability_type("残疾").has_value());
    CHECK(parse_disability_grade("1") == 1);
    CHECK(parse_disability_grade("一级") == 1);
    CHECK(parse_disability_grade("四级") == 4);
    CHECK_FALSE(parse_disability_grade("五级").has_value());
    CHECK_FALSE(parse_disability_grade("0").has_value());
  }

  TEST_CASE("trim removes spaces, tabs and full-width spaces at both ends, not inside") {
    CHECK(trim("  a b\t") == "a b");
    CHECK(trim("\u3000孤儿\u3000") == "孤儿");
    CHECK(trim("\u3000 \t\u3000孤\u3000儿 \u3000") == "孤\u3000儿");
    CHECK(trim("\u3000\u3000") == "");
    CHECK(trim("") == "");
    CHECK(trim("\n") == "\n");  // line ends are the CSV reader's business
    // Either end alone (the inline test looks at the first and last byte).
    CHECK(trim("a ") == "a");
    CHECK(trim("\ta") == "a");
    CHECK(trim("孤儿\u3000") == "孤儿");
    CHECK(trim("\u3000孤儿") == "孤儿");
    CHECK(trim("一") == "一");  // E4 B8 80 ends in 0x80 but is no space
    CHECK(trim("\u3001x") == "\u3001x");  // E3 80 81 begins with 0xE3
  }

  TEST_CASE("iequals_ascii folds ASCII case only") {
    CHECK(iequals_ascii("Male", "mALE"));
    CHECK_FALSE(iequals_ascii("male", "males"));
    CHECK(iequals_ascii("孤儿", "孤儿"));
    CHECK_FALSE(iequals_ascii("孤儿", "孤女"));
  }
}

TEST_SUITE("ledger::schema") {
  TEST_CASE("normalize_header trims, folds ASCII case and full-width brackets, and drops 、") {
    CHECK(normalize_header(" ID ") == "id");
    CHECK(normalize_header("Recipient") == "recipient");
    CHECK(normalize_header("\u3000身份证号\u3000") == "身份证号");
    CHECK(normalize_header("市（州）") == "市(州)");
    CHECK(normalize_header("市(州)") == "市(州)");
    CHECK(normalize_header("县（市、区）") == "县(市区)");
    CHECK(normalize_header("县（市区）") == "县(市区)");
    CHECK(normalize_header("县(市、区)") == "县(市区)");
    CHECK(normalize_header("县（市、区）") == normalize_header("县(市区)"));
    CHECK(normalize_header("乡镇（街道）") == normalize_header("乡镇(街道)"));
    CHECK(normalize_header("村（社区）") == "村(社区)");
  }

  TEST_CASE("the district columns are required in recipients.csv and optional in cadres.csv") {
    auto find = [](const FileSpec& spec, std::string_view name) -> const ColumnSpec* {
      for (const auto& c : spec.columns)
        if (c.name == name) return &c;
      return nullptr;
    };
    for (std::string_view name : {"city", "county", "township", "village", "id", "name", "category"}) {
      CAPTURE(name);
      REQUIRE(find(recipients_spec(), name) != nullptr);
      CHECK(find(recipients_spec(), name)->required);
    }
    for (std::string_view name : {"city", "county", "township"}) {
      CAPTURE(name);
      REQUIRE(find(cadres_spec(), name) != nullptr);
      CHECK_FALSE(find(cadres_spec(), name)->required);
    }
    CHECK(find(cadres_spec(), "gender")->required);
    CHECK(find(cadres_spec(), "birth")->required);
  }
}
