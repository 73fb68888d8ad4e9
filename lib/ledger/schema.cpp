#include "ledger/schema.hpp"

#include <string>

#include "ledger/vocab.hpp"

namespace jiedui::ledger {

// Column indices in these tables are used by the loaders: keep the order.
const FileSpec& recipients_spec() {
  static const FileSpec spec{"recipients.csv",
                             {
                                 {"id", {"身份证号", "公民身份号码"}, true},
                                 {"name", {"姓名"}, true},
                                 {"gender", {"性别"}, false},
                                 {"birth", {"出生年月", "出生日期"}, false},
                                 {"ethnicity", {"民族"}, false},
                                 {"category", {"类别", "对象类别", "人员类别"}, true},
                                 {"level", {"等级", "帮扶等级", "关爱帮扶等级"}, false},
                                 {"setting", {"供养方式", "养育方式"}, false},
                                 {"disability_type", {"残疾类别"}, false},
                                 {"disability_grade", {"残疾等级"}, false},
                                 {"disability_cert", {"残疾证号", "残疾人证号"}, false},
                                 {"household", {"户编号", "家庭编号"}, false},
                                 {"city", {"市（州）"}, true},
                                 {"county", {"县（市区）", "县（市、区）"}, true},
                                 {"township", {"乡镇（街道）"}, true},
                                 {"village", {"村（社区）"}, true},
                                 {"phone", {"联系电话"}, false},
                                 {"guardian_name", {"监护人姓名"}, false},
                                 {"guardian_relation", {"与关爱对象关系"}, false},
                                 {"guardian_phone", {"监护人联系电话"}, false},
                                 {"guardian_id", {"监护人身份证号"}, false},
                                 {"status", {"状态"}, false},
                                 {"exit_date", {"退出日期"}, false},
                                 // the policy lists' columns (附件6–8), after the others: the
                                 // loaders index columns by this order
                                 {"residence", {"城乡", "城乡类别", "户籍性质"}, false},
                                 {"dibao_class", {"低保类别"}, false},
                                 {"self_care", {"自理能力", "生活自理能力"}, false},
                                 {"school", {"在读学段", "就学情况"}, false},
                                 {"health", {"健康状况"}, false},
                             }};
  return spec;
}

const FileSpec& cadres_spec() {
  static const FileSpec spec{"cadres.csv",
                             {
                                 {"id", {"干部编号", "身份证号"}, true},
                                 {"name", {"姓名"}, true},
                                 {"gender", {"性别"}, true},
                                 {"birth", {"出生年月"}, true},
                                 {"ethnicity", {"民族"}, false},
                                 {"unit", {"工作单位"}, false},
                                 {"position", {"职务"}, false},
                                 {"rank", {"职务职级"}, false},
                                 {"phone", {"手机号码", "联系电话"}, false},
                                 {"city", {"市（州）"}, false},
                                 {"county", {"县（市区）", "县（市、区）"}, false},
                                 {"township", {"乡镇（街道）"}, false},
                                 {"status", {"状态"}, false},
                             }};
  return spec;
}

const FileSpec& pairings_spec() {
  static const FileSpec spec{"pairings.csv",
                             {
                                 {"recipient", {"关爱对象身份证号"}, true},
                                 {"cadre", {"结对干部编号"}, true},
                                 {"start", {"结对日期", "开始日期"}, true},
                                 {"end", {"解除日期", "结束日期"}, false},
                                 {"reason", {"变更原因"}, false},
                                 {"role", {"角色", "结对类型", "结对角色"}, false},
                             }};
  return spec;
}

const FileSpec& visits_spec() {
  static const FileSpec spec{"visits.csv",
                             {
                                 {"date", {"日期", "填表日期"}, true},
                                 {"recipient", {"关爱对象身份证号"}, true},
                                 {"cadre", {"结对干部编号"}, true},
                                 {"mode", {"关爱方式"}, true},
                                 {"items", {"关爱内容"}, false},
                                 {"policies", {"协调落实政策"}, false},
                                 {"difficulties", {"解决实际困难"}, false},
                                 {"deeds", {"帮办实事"}, false},
                                 // 资助资金（元）: the 15th-of-month file's header (jiedui-export(1)).
                                 {"funds", {"资助资金", "资助资金（元）"}, false},
                                 {"escalated", {"向上级反映困难"}, false},
                                 {"must", {"必到事项"}, false},
                                 {"notes", {"工作记录", "工作说明"}, false},
                             }};
  return spec;
}

const FileSpec& visit_import_spec() {
  // visits_spec()'s columns in its order, then the pairing-change columns of
  // the 15th-of-month file, so an export reads back whole.
  static const FileSpec spec = [] {
    FileSpec s{"visits.csv", visits_spec().columns};
    s.columns.push_back({"change", {"变更类型"}, false});
    s.columns.push_back({"start", {"结对日期"}, false});
    s.columns.push_back({"end", {"解除日期"}, false});
    s.columns.push_back({"reason", {"变更原因"}, false});
    return s;
  }();
  return spec;
}

const FileSpec& rules_spec() {
  static const FileSpec spec{"rules.csv",
                             {
                                 {"category", {"类别"}, true},
                                 {"level", {"等级"}, true},
                                 {"measure", {"考核项目"}, true},
                                 {"min", {"最少次数"}, true},
                                 {"per", {"周期"}, true},
                                 {"max_gap", {"最长间隔天数"}, false},
                                 {"role", {"角色", "结对类型", "结对角色"}, false},
                             }};
  return spec;
}

const FileSpec& inspections_spec() {
  // The four questions of the 督查表, each answered yes or no.
  static const FileSpec spec{"inspections.csv",
                             {
                                 {"date", {"督查时间", "督查日期"}, true},
                                 {"recipient", {"关爱帮扶对象身份证号", "身份证号"}, true},
                                 {"helper", {"关爱帮扶联系人编号", "联系人编号"}, true},
                                 {"inspector", {"督查人员"}, false},
                                 {"visited", {"是否开展联系走访"}, true},
                                 {"activities", {"是否开展关爱帮扶活动"}, true},
                                 {"environment", {"家庭环境"}, true},
                                 {"satisfied", {"满意度"}, true},
                                 {"notes", {"备注"}, false},
                             }};
  return spec;
}

std::string normalize_header(std::string_view name) {
  const std::string_view t = trim(name);
  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size();) {
    const std::string_view rest = t.substr(i);
    if (rest.starts_with("（")) { out += '('; i += 3; continue; }
    if (rest.starts_with("）")) { out += ')'; i += 3; continue; }
    if (rest.starts_with("、")) { i += 3; continue; }
    char c = t[i++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  return out;
}

}  // namespace jiedui::ledger
