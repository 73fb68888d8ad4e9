// Chinese column headers for `--lang zh`: the names printed on the seed forms
// (000's contact card and work record, 003's district statistics) where one
// exists, so a table pastes into the provincial templates unchanged.
#include <utility>

#include "out/table_writer.hpp"

namespace jiedui::out {

namespace {

constexpr std::pair<std::string_view, std::string_view> kZhHeaders[] = {
    // diagnostics (check) and findings (audit)
    {"severity", "严重程度"},
    {"code", "代码"},
    {"file", "文件"},
    {"line", "行"},
    {"column", "列"},
    {"message", "说明"},
    {"detail", "说明"},
    // the district path
    {"city", "市（州）"},
    {"county", "县（市区）"},
    {"township", "乡镇（街道）"},
    {"village", "村（社区）"},
    // people and pairings
    {"id", "编号"},
    {"cadre", "结对干部编号"},
    {"cadre_name", "结对干部姓名"},
    {"recipient", "关爱对象身份证号"},
    {"recipient_name", "关爱对象姓名"},
    {"name", "姓名"},
    {"gender", "性别"},
    {"birth", "出生年月"},
    {"ethnicity", "民族"},
    {"phone", "联系电话"},
    {"unit", "工作单位"},
    {"position", "职务"},
    {"rank", "职务职级"},
    {"category", "类别"},
    {"level", "等级"},
    {"setting", "供养方式"},
    {"disability_type", "残疾类别"},
    {"disability_grade", "残疾等级"},
    {"disability_cert", "残疾证号"},
    {"household", "户编号"},
    {"guardian_name", "监护人姓名"},
    {"guardian_relation", "与关爱对象关系"},
    {"guardian_phone", "监护人联系电话"},
    {"guardian_id", "监护人身份证号"},
    {"status", "状态"},
    {"exit_date", "退出日期"},
    {"start", "结对日期"},
    {"end", "解除日期"},
    {"reason", "变更原因"},
    {"role", "结对角色"},
    // work records
    {"date", "日期"},
    {"mode", "关爱方式"},
    {"items", "关爱内容"},
    {"must", "必到事项"},
    {"notes", "工作记录"},
    // rules and compliance
    {"measure", "考核项目"},
    {"per", "周期"},
    {"min", "最少次数"},
    {"max_gap", "最长间隔天数"},
    {"required", "应完成"},
    {"done", "已完成"},
    {"from", "开始日期"},
    {"to", "结束日期"},
    {"due", "截止日期"},
    {"overdue", "逾期天数"},
    {"owed", "尚欠次数"},
    // district report (seed 003)
    {"recipients", "关爱对象数"},
    {"paired", "结对数"},
    {"coverage", "覆盖率"},
    {"cadres", "结对干部数"},
    {"contacts", "联系交流"},
    {"visits", "走访探视"},
    {"policies", "协调落实政策"},
    {"difficulties", "解决实际困难"},
    {"deeds", "帮办实事"},
    {"funds", "资助资金（元）"},
    {"escalated", "向上级反映困难"},
    {"pairings", "结对关系数"},
    {"pairings_met", "达标结对数"},
    {"compliance", "达标率"},
    // cadre and pairing reports: per measure, what was required and done
    {"contacts_required", "联系交流应完成"},
    {"contacts_done", "联系交流已完成"},
    {"visits_required", "走访探视应完成"},
    {"visits_done", "走访探视已完成"},
    {"any_required", "联系走访应完成"},
    {"any_done", "联系走访已完成"},
    {"help_required", "帮办实事应完成"},
    {"help_done", "帮办实事已完成"},
    {"last_record", "最近记录日期"},
    // due and explain
    {"cadre_phone", "结对干部联系电话"},
    {"bucket", "考核周期"},
    {"bucket_from", "周期开始日期"},
    {"bucket_to", "周期结束日期"},
    {"bucket_days", "周期天数"},
    {"covered", "在期天数"},
    {"pairing_line", "结对关系行号"},
    {"window_from", "考核开始日期"},
    {"window_to", "考核结束日期"},
    {"records", "计入的工作记录行号"},
    {"role", "结对角色"},
    // pair suggest
    {"cost", "代价"},
    {"reasons", "理由"},
    {"held", "已结对户数"},
    {"outcome", "结果"},
    {"taken_by", "已安排给"},
    // recipient columns of the policy lists, and entitlements (entitle,
    // report entitlements, the standards table): the lists' own words
    {"residence", "城乡"},
    {"dibao_class", "低保类别"},
    {"self_care", "自理能力"},
    {"school", "在读学段"},
    {"health", "健康状况"},
    {"benefit", "政策项目"},
    {"benefit_name", "政策名称"},
    {"standard", "应享标准（元）"},
    {"received", "实际享受"},
    {"department", "责任部门"},
    {"eligible", "符合条件人数"},
    {"missing", "应享未享人数"},
    {"short", "享受不足人数"},
    {"undecided", "待核实人数"},
    {"missing_monthly", "每月应补金额（元）"},
    {"age_min", "最小年龄"},
    {"age_max", "最大年龄"},
    {"disability", "残疾类别和等级"},
    {"amount", "金额"},
    {"minimum", "不低于"},
    // category columns of the district report: SPEC §3's first Chinese name
    {"orphan", "孤儿"},
    {"unsupported_child", "事实无人抚养儿童"},
    {"disabled", "困难重度残疾人"},
    {"extremely_poor", "特困人员"},
    {"elderly_alone", "独居老人"},
    {"left_behind_child", "农村留守儿童"},
    {"dibao", "低保对象"},
    {"near_dibao", "低保边缘对象"},
    {"needy_disabled", "困难残疾人"},
    {"care_deficit", "赡养抚养缺失人员"},
    {"child_in_difficulty", "困境儿童"},
    {"homeless", "生活无着流浪乞讨人员"},
};

}  // namespace

std::string_view zh_header(std::string_view name) {
  for (const auto& [english, chinese] : kZhHeaders) {
    if (english == name) return chinese;
  }
  return name;
}

}  // namespace jiedui::out
