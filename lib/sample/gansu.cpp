#include "sample/gansu.hpp"

#include <array>

namespace jiedui::sample {
namespace {

using sv = std::string_view;

// Townships (乡镇/街道) as listed by the counties' governments; other
// counties get generated names (documented in jiedui-sample(1)).
constexpr std::array<sv, 23> kChengguanQu = {
    "酒泉路街道", "张掖路街道", "雁南街道", "临夏路街道", "白银路街道", "皋兰路街道", "广武门街道", "伏龙坪街道",
    "靖远路街道", "草场街街道", "火车站街道", "拱星墩街道", "东岗街道", "团结新村街道", "渭源路街道", "盐场路街道",
    "嘉峪关路街道", "焦家湾街道", "铁路东村街道", "铁路西村街道", "五泉街道", "雁北街道", "青白石街道"};
constexpr std::array<sv, 20> kYuzhong = {"城关镇", "夏官营镇", "高崖镇", "金崖镇", "和平镇", "甘草店镇", "青城镇",
                                         "定远镇", "连搭镇", "新营镇", "贡井镇", "马坡乡", "清水驿乡", "龙泉乡",
                                         "韦营乡", "中连川乡", "园子岔乡", "上花岔乡", "哈岘乡", "银山乡"};
constexpr std::array<sv, 28> kHuining = {
    "会师镇", "郭城驿镇", "河畔镇", "头寨子镇", "太平店镇", "甘沟驿镇", "侯家川镇", "柴家门镇", "汉家岔镇", "刘家寨子镇",
    "白草塬镇", "大沟镇", "四房吴镇", "中川镇", "老君坡镇", "平头川镇", "丁家沟镇", "杨崖集镇", "翟家所镇", "韩家集镇",
    "土门岘镇", "新添堡回族乡", "党家岘乡", "八里湾乡", "新庄乡", "草滩镇", "土高山乡", "新塬镇"};
constexpr std::array<sv, 15> kKongtong = {"崆峒镇", "白水镇", "草峰镇", "安国镇", "柳湖镇", "四十里铺镇", "花所镇",
                                          "索罗乡", "香莲乡", "西阳回族乡", "大寨回族乡", "上杨回族乡", "峡门回族乡",
                                          "麻武乡", "寨河回族乡"};
constexpr std::array<sv, 14> kJingchuan = {"城关镇", "玉都镇", "高平镇", "荔堡镇", "王村镇", "窑店镇", "飞云镇",
                                           "丰台镇", "党原镇", "汭丰镇", "罗汉洞乡", "泾明乡", "红河乡", "太平乡"};
constexpr std::array<sv, 24> kJingning = {"城关镇", "威戎镇", "界石铺镇", "八里镇", "李店镇", "古城镇", "仁大镇", "甘沟镇",
                                          "城川镇", "治平镇", "司桥镇", "红寺镇", "细巷镇", "雷大镇", "四河镇", "贾河乡",
                                          "深沟乡", "双岘镇", "原安镇", "三合乡", "余湾乡", "曹务乡", "新店乡", "灵芝乡"};
constexpr std::array<sv, 20> kHuanxian = {"环城镇", "曲子镇", "甜水镇", "木钵镇", "洪德镇", "合道镇", "虎洞镇",
                                          "毛井镇", "车道镇", "八珠乡", "樊家川镇", "天池乡", "南湫乡", "耿湾乡",
                                          "秦团庄乡", "山城乡", "罗山川乡", "小南沟乡", "演武乡", "芦家湾乡"};
constexpr std::array<sv, 18> kMinxian = {"岷阳镇", "蒲麻镇", "西寨镇", "梅川镇", "西江镇", "闾井镇", "十里镇", "茶埠镇",
                                         "中寨镇", "清水乡", "寺沟镇", "麻子川镇", "秦许乡", "马坞镇", "申都乡", "禾驮镇",
                                         "维新镇", "锁龙乡"};
constexpr std::array<sv, 13> kHezheng = {"城关镇", "三合镇", "三十里铺镇", "马家堡镇", "买家集镇", "松鸣镇", "陈家集镇",
                                         "罗家集镇", "新庄乡", "梁家寺乡", "卜家庄乡", "新营乡", "达浪乡"};

constexpr std::span<const sv> none{};

const std::array kCounties = {
    County{"兰州市", "城关区", "620102", kChengguanQu}, County{"兰州市", "七里河区", "620103", none},
    County{"兰州市", "西固区", "620104", none}, County{"兰州市", "安宁区", "620105", none},
    County{"兰州市", "红古区", "620111", none}, County{"兰州市", "永登县", "620121", none},
    County{"兰州市", "皋兰县", "620122", none}, County{"兰州市", "榆中县", "620123", kYuzhong},
    County{"金昌市", "金川区", "620302", none}, County{"金昌市", "永昌县", "620321", none},
    County{"白银市", "白银区", "620402", none}, County{"白银市", "平川区", "620403", none},
    County{"白银市", "靖远县", "620421", none}, County{"白银市", "会宁县", "620422", kHuining},
    County{"白银市", "景泰县", "620423", none}, County{"天水市", "秦州区", "620502", none},
    County{"天水市", "麦积区", "620503", none}, County{"天水市", "清水县", "620521", none},
    County{"天水市", "秦安县", "620522", none}, County{"天水市", "甘谷县", "620523", none},
    County{"天水市", "武山县", "620524", none}, County{"天水市", "张家川回族自治县", "620525", none},
    County{"武威市", "凉州区", "620602", none}, County{"武威市", "民勤县", "620621", none},
    County{"武威市", "古浪县", "620622", none}, County{"武威市", "天祝藏族自治县", "620623", none},
    County{"张掖市", "甘州区", "620702", none}, County{"张掖市", "肃南裕固族自治县", "620721", none},
    County{"张掖市", "民乐县", "620722", none}, County{"张掖市", "临泽县", "620723", none},
    County{"张掖市", "高台县", "620724", none}, County{"张掖市", "山丹县", "620725", none},
    County{"平凉市", "崆峒区", "620802", kKongtong}, County{"平凉市", "泾川县", "620821", kJingchuan},
    County{"平凉市", "灵台县", "620822", none}, County{"平凉市", "崇信县", "620823", none},
    County{"平凉市", "庄浪县", "620825", none}, County{"平凉市", "静宁县", "620826", kJingning},
    County{"平凉市", "华亭市", "620881", none}, County{"酒泉市", "肃州区", "620902", none},
    County{"酒泉市", "金塔县", "620921", none}, County{"酒泉市", "瓜州县", "620922", none},
    County{"酒泉市", "肃北蒙古族自治县", "620923", none}, County{"酒泉市", "阿克塞哈萨克族自治县", "620924", none},
    County{"酒泉市", "玉门市", "620981", none}, County{"酒泉市", "敦煌市", "620982", none},
    County{"庆阳市", "西峰区", "621002", none}, County{"庆阳市", "庆城县", "621021", none},
    County{"庆阳市", "环县", "621022", kHuanxian}, County{"庆阳市", "华池县", "621023", none},
    County{"庆阳市", "合水县", "621024", none}, County{"庆阳市", "正宁县", "621025", none},
    County{"庆阳市", "宁县", "621026", none}, County{"庆阳市", "镇原县", "621027", none},
    County{"定西市", "安定区", "621102", none}, County{"定西市", "通渭县", "621121", none},
    County{"定西市", "陇西县", "621122", none}, County{"定西市", "渭源县", "621123", none},
    County{"定西市", "临洮县", "621124", none}, County{"定西市", "漳县", "621125", none},
    County{"定西市", "岷县", "621126", kMinxian}, County{"陇南市", "武都区", "621202", none},
    County{"陇南市", "成县", "621221", none}, County{"陇南市", "文县", "621222", none},
    County{"陇南市", "宕昌县", "621223", none}, County{"陇南市", "康县", "621224", none},
    County{"陇南市", "西和县", "621225", none}, County{"陇南市", "礼县", "621226", none},
    County{"陇南市", "徽县", "621227", none}, County{"陇南市", "两当县", "621228", none},
    County{"临夏回族自治州", "临夏市", "622901", none}, County{"临夏回族自治州", "临夏县", "622921", none},
    County{"临夏回族自治州", "康乐县", "622922", none}, County{"临夏回族自治州", "永靖县", "622923", none},
    County{"临夏回族自治州", "广河县", "622924", none}, County{"临夏回族自治州", "和政县", "622925", kHezheng},
    County{"临夏回族自治州", "东乡族自治县", "622926", none},
    County{"临夏回族自治州", "积石山保安族东乡族撒拉族自治县", "622927", none},
    County{"甘南藏族自治州", "合作市", "623001", none}, County{"甘南藏族自治州", "临潭县", "623021", none},
    County{"甘南藏族自治州", "卓尼县", "623022", none}, County{"甘南藏族自治州", "舟曲县", "623023", none},
    County{"甘南藏族自治州", "迭部县", "623024", none}, County{"甘南藏族自治州", "玛曲县", "623025", none},
    County{"甘南藏族自治州", "碌曲县", "623026", none}, County{"甘南藏族自治州", "夏河县", "623027", none},
};

constexpr std::array<sv, 40> kSurnames = {"王", "李", "张", "刘", "杨", "赵", "陈", "何", "魏", "牛", "石", "苏", "包", "景",
                                          "雒", "韩", "朱", "吕", "冯", "郭", "徐", "孙", "田", "高", "梁", "贾", "马", "丁",
                                          "沙", "海", "周", "吴", "胡", "罗", "宋", "谢", "任", "党", "俞", "巩"};
constexpr std::array<sv, 16> kChildM = {"浩然", "子轩", "宇航", "梓豪", "俊杰", "博文", "一鸣", "家乐",
                                        "晨阳", "天佑", "佳豪", "思源", "文博", "锦程", "尔萨", "志龙"};
constexpr std::array<sv, 16> kChildF = {"欣怡", "梓涵", "雨萱", "佳怡", "思琪", "若曦", "子涵", "可欣",
                                        "雨桐", "诗涵", "婉清", "心悦", "佳琪", "语桐", "阿依莎", "海丽"};
constexpr std::array<sv, 16> kMidM = {"伟", "强", "磊", "军", "涛", "斌", "鹏", "亮",
                                      "海军", "建军", "志刚", "永刚", "晓东", "文杰", "国栋", "小龙"};
constexpr std::array<sv, 16> kMidF = {"丽", "娟", "静", "敏", "燕", "霞", "婷", "芳",
                                      "丽娟", "晓燕", "海燕", "雅琴", "亚楠", "红霞", "慧", "瑞"};
constexpr std::array<sv, 16> kOldM = {"建国", "志强", "富贵", "有才", "国华", "守仁", "世明", "永福",
                                      "德胜", "满仓", "生财", "正元", "宗礼", "进忠", "尔林", "存良"};
constexpr std::array<sv, 16> kOldF = {"秀英", "桂兰", "玉兰", "翠花", "凤英", "淑珍", "秀兰", "彩霞",
                                      "金花", "兰英", "粉叶", "巧梅", "春梅", "改花", "哈丽麦", "存花"};

constexpr std::array<sv, 24> kStems = {"杨", "李", "王", "张", "马", "石", "柳", "杏", "桃", "槐", "红", "白",
                                       "黑", "大", "小", "上", "下", "东", "西", "南", "北", "中", "新", "高"};
constexpr std::array<sv, 12> kVillageSuffixes = {"家村", "庄村", "湾村", "沟村", "岔村", "川村",
                                                 "坪村", "塬村", "河村", "山村", "寨村", "家社区"};
constexpr std::array<sv, 6> kTownshipSuffixes = {"家集镇", "川镇", "河乡", "湾乡", "堡镇", "寨乡"};

constexpr std::array<sv, 12> kVisitNotes = {
    "入户走访，察看居住环境，检查用电安全，叮嘱注意取暖安全，防范煤烟中毒。",
    "入户走访,了解孩子学习和生活情况,送去书包和文具。",
    "到家中看望，老人身体尚可，药按时在吃，家中粮油充足。",
    "走访时孩子说\"想去县城读初中\"，已向学校了解寄宿条件。",
    "入户核实低保和临时救助落实情况。\n孩子外婆反映冬季取暖煤不够，已联系乡民政办协调。",
    "到机构看望，与保育员交流孩子近况，孩子身体健康、情绪稳定。",
    "入户帮助办理残疾人两项补贴年审，讲解医保报销政策。",
    "看望时送去米面油，叮嘱按时复查。",
    "入户走访，帮助联系村医上门体检,血压偏高，已叮嘱低盐饮食。",
    "走访中了解到房屋漏雨，已上报乡政府，\"危房改造\"政策正在申请。",
    "入户陪同孩子完成作业，与监护人沟通学习安排。\n下次走访带去冬季衣物。",
    "到家中宣讲防溺水、防诈骗知识，检查门窗和用电。"};
constexpr std::array<sv, 10> kContactNotes = {
    "电话联系监护人，了解孩子近期学习、身体情况。",
    "电话询问近况,老人说眼睛还是看不清,药按时在吃。",
    "微信视频通话，孩子说\"考试进步了\"，鼓励继续努力。",
    "短信提醒按时领取补贴。",
    "电话联系，提醒天气转凉注意添衣。",
    "微信联系监护人，转发学生资助政策。\n监护人表示已知晓。",
    "电话了解老人饮食起居，叮嘱注意防滑。",
    "书信一封，附寄学习用品清单。",
    "电话联系村干部，了解家中近况，一切正常。",
    "微信询问孩子假期安排，叮嘱注意安全。"};

// Appended to the county's name: 崆峒区 + 民政局.
constexpr std::array<sv, 10> kUnits = {"民政局",     "残疾人联合会", "教育局",     "卫生健康局", "人力资源和社会保障局",
                                       "应急管理局", "妇女联合会",   "农业农村局", "儿童福利院", "医疗保障局"};
constexpr std::array<sv, 8> kPositions = {"科员", "股长", "副局长", "民政专干", "驻村工作队队员", "社会事务办主任",
                                          "党委副书记", "副乡镇长"};
constexpr std::array<sv, 10> kRanks = {"一级科员", "二级科员", "一级主任科员", "二级主任科员", "三级主任科员",
                                       "四级主任科员", "乡科级副职", "乡科级正职", "县处级副职", "县处级正职"};

}  // namespace

std::span<const County> gansu_counties() { return kCounties; }
std::span<const sv> surnames() { return kSurnames; }
std::span<const sv> given_names(bool female, int birth_year) {
  if (birth_year >= 2004) return female ? std::span<const sv>(kChildF) : std::span<const sv>(kChildM);
  if (birth_year < 1962) return female ? std::span<const sv>(kOldF) : std::span<const sv>(kOldM);
  return female ? std::span<const sv>(kMidF) : std::span<const sv>(kMidM);
}
std::span<const sv> place_stems() { return kStems; }
std::span<const sv> village_suffixes() { return kVillageSuffixes; }
std::span<const sv> township_suffixes() { return kTownshipSuffixes; }
std::span<const sv> visit_notes() { return kVisitNotes; }
std::span<const sv> contact_notes() { return kContactNotes; }
std::span<const sv> cadre_units() { return kUnits; }
std::span<const sv> cadre_positions() { return kPositions; }
std::span<const sv> cadre_ranks() { return kRanks; }

}  // namespace jiedui::sample
