#!/usr/bin/env python3
"""Generate the sample ledger sets of jiedui (see data-samples/README.md).

    python3 data-samples/make_samples.py

Writes, next to this script:
  pingliang/          one city, two counties, calendar year 2026 (English headers, LF, UTF-8)
  pingliang-zh/       the same rows with Chinese headers and values (CRLF, UTF-8 with BOM)
  pingliang-gb18030/  pingliang-zh/ encoded in GB18030 (CRLF, no BOM)
  wangcheng/          a street of 六安市金安区: cadre and helper per recipient, 2026-Q3,
                      inspections.csv (make_wangcheng.py)
  broken/             one instance of each validation code of SPEC §2

Standard library only; a fixed seed, so every run writes the same bytes.
All people, ID numbers and phone numbers are made up. At the end the script
runs check_samples.py (same directory) and fails if a self-check fails.
"""
import datetime as dt
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ next to the samples
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261120
D = dt.date
P0, P1, T = D(2026, 1, 1), D(2026, 12, 31), D(2026, 11, 20)  # --year 2026 --as-of 2026-11-20

# ---------------------------------------------------------------- ID numbers
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


class Ids:
    """Unique, valid GB 11643 resident IDs."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def make(self, area, birth, male, want_x=False):
        seqs = list(range(1, 1000))
        self.rng.shuffle(seqs)
        for seq in seqs:
            if (seq % 2 == 1) != male:
                continue
            s17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
            idn = s17 + check_char(s17)
            if idn in self.used or (want_x and idn[-1] != "X") or (not want_x and idn[-1] == "X"):
                continue
            self.used.add(idn)
            return idn
        raise RuntimeError("no sequence left for %s %s" % (area, birth))


# ---------------------------------------------------------------- names, phones
HAN_SURNAMES = list("王李张刘杨赵陈何魏牛石苏包景雒韩朱吕冯郭徐孙田高梁贾")
HUI_SURNAMES = list("马摆海兰禹杨丁沙")
GIVEN = {
    ("child", "M"): ["浩然", "子轩", "宇航", "梓豪", "俊杰", "博文", "一鸣", "家乐", "晨阳", "天佑", "佳豪", "思源", "文博", "锦程"],
    ("child", "F"): ["欣怡", "梓涵", "雨萱", "佳怡", "思琪", "若曦", "子涵", "可欣", "雨桐", "诗涵", "婉清", "心悦", "佳琪", "语桐"],
    ("old", "M"): ["建国", "志强", "富贵", "有才", "国华", "守仁", "世明", "永福", "德胜", "满仓", "生财", "正元", "宗礼", "进忠"],
    ("old", "F"): ["秀英", "桂兰", "玉兰", "翠花", "凤英", "淑珍", "秀兰", "彩霞", "金花", "兰英", "粉叶", "巧梅", "春梅", "改花"],
    ("mid", "M"): ["伟", "强", "磊", "军", "涛", "斌", "鹏", "亮", "海军", "建军", "志刚", "永刚", "晓东", "文杰", "国栋", "小龙"],
    ("mid", "F"): ["丽", "娟", "静", "敏", "燕", "霞", "婷", "芳", "丽娟", "晓燕", "海燕", "雅琴", "亚楠", "红霞", "慧", "瑞"],
}
HUI_GIVEN = {  # a few names with the flavour of the Hui villages of 峡门
    ("child", "M"): ["尔萨", "穆萨", "哈桑", "志龙"],
    ("child", "F"): ["法图麦", "阿依莎", "海丽", "小花"],
    ("old", "M"): ["尔林", "奴海", "有福", "存良"],
    ("old", "F"): ["哈丽麦", "麦燕", "存花", "梅花"],
    ("mid", "M"): ["文军", "海龙", "尔布", "建林"],
    ("mid", "F"): ["海燕", "丽萍", "玉梅", "萍"],
}
PHONE_PREFIXES = ["138", "139", "151", "150", "152", "158", "159", "177", "186", "187", "189", "133", "153", "181", "199", "136", "137"]


class People:
    def __init__(self, rng):
        self.rng = rng
        self.names = set()
        self.phones = set()

    def generation(self, year):
        return "child" if year >= 2004 else ("old" if year < 1962 else "mid")

    def name(self, gender, year, hui=False, surname=None):
        gen = self.generation(year)
        for _ in range(1000):
            sur = surname or self.rng.choice(HUI_SURNAMES if hui else HAN_SURNAMES)
            pool = GIVEN[(gen, gender)] + (HUI_GIVEN[(gen, gender)] if hui else [])
            n = sur + self.rng.choice(pool)
            if n not in self.names:
                self.names.add(n)
                return n
        raise RuntimeError("names exhausted")

    def phone(self):
        while True:
            p = self.rng.choice(PHONE_PREFIXES) + "%08d" % self.rng.randrange(10 ** 8)
            if p not in self.phones:
                self.phones.add(p)
                return p


# ---------------------------------------------------------------- districts
CITY = "平凉市"
COUNTY = {"KT": ("崆峒区", "620802"), "JN": ("静宁县", "620826")}
TOWNSHIPS = {  # order of the ledger
    "KT": {"峡门回族乡": ["吴坡村", "峡门村"], "白水镇": ["白水村", "崖湾村"], "柳湖镇": ["柳湖村", "南坪村"]},
    "JN": {"城关镇": ["西关社区", "南关村"], "威戎镇": ["威戎村", "杨桥村"], "红寺镇": ["甘湾村", "红寺村"]},
}

# ---------------------------------------------------------------- cadres
# key, id kind ("code" or an area code for an 18-digit ID), gender ("" = not
# filled in), birth as written, ethnicity, unit, position, rank, county, township, status
CADRES = [
    ("C01", "code", "F", "1975-08", "汉族", "平凉市民政局", "副局长", "县处级副职", "", "", "active"),
    ("C02", "code", "M", "1968-05", "汉族", "平凉市民政局", "社会事务科科长", "一级主任科员", "", "", "active"),
    ("C03", "code", "F", "1994-11", "汉族", "平凉市民政局", "科员", "一级科员", "", "", "active"),
    ("C04", "code", "M", "1972-03", "汉族", "平凉市残疾人联合会", "副理事长", "县处级副职", "", "", "active"),
    ("C05", "code", "F", "1983-06-12", "汉族", "平凉市教育局", "学生资助管理中心主任", "二级主任科员", "", "", "active"),
    ("C06", "code", "F", "1979-02", "汉族", "平凉市儿童福利院", "院长", "乡科级正职", "", "", "active"),
    ("C07", "code", "F", "1986-10", "回族", "平凉市儿童福利院", "保育科科长", "三级主任科员", "", "", "active"),
    ("C08", "code", "M", "1970-09", "汉族", "崆峒区民政局", "局长", "乡科级正职", "KT", "", "active"),
    ("C09", "code", "F", "1988-04-21", "汉族", "崆峒区民政局", "儿童福利股股长", "四级主任科员", "KT", "", "active"),
    ("C10", "code", "M", "1974-12", "汉族", "崆峒区残联", "理事长", "乡科级正职", "KT", "", "active"),
    ("C11", "code", "F", "1996-07", "汉族", "崆峒区残联", "科员", "二级科员", "KT", "", "active"),
    ("C12", "code", "F", "1980-01", "汉族", "崆峒区教育局", "副局长", "乡科级副职", "KT", "", "active"),
    ("C13", "code", "M", "1989-04", "汉族", "崆峒区卫生健康局", "科员", "一级科员", "KT", "", "active"),
    ("C14", "620802", "M", "1978-06", "回族", "峡门回族乡人民政府", "乡长", "乡科级正职", "KT", "峡门回族乡", "active"),
    ("C15", "620802", "F", "1990-03-08", "回族", "峡门回族乡人民政府", "民政专干", "一级科员", "KT", "峡门回族乡", "active"),
    ("C16", "code", "M", "1985-10", "回族", "峡门回族乡人民政府", "驻村工作队队员", "二级科员", "KT", "峡门回族乡", "active"),
    ("C17", "620802", "F", "1982-05", "汉族", "白水镇人民政府", "党委副书记", "乡科级副职", "KT", "白水镇", "active"),
    ("C18", "620802", "M", "1976-11-30", "汉族", "白水镇人民政府", "社会事务办主任", "四级主任科员", "KT", "白水镇", "active"),
    ("C19", "code", "F", "1984-09", "汉族", "柳湖镇人民政府", "副镇长", "乡科级副职", "KT", "柳湖镇", "active"),
    ("C20", "code", "", "1990-06", "汉族", "柳湖镇人民政府", "科员", "二级科员", "KT", "柳湖镇", "active"),
    ("C21", "code", "M", "1962-04", "汉族", "崆峒区民政局", "退休干部", "二级主任科员", "KT", "", "retired"),
    ("C22", "code", "M", "1973-07", "汉族", "静宁县民政局", "副局长", "乡科级副职", "JN", "", "active"),
    ("C23", "code", "F", "1992-02-14", "汉族", "静宁县民政局", "社会救助股干部", "一级科员", "JN", "", "active"),
    ("C24", "code", "F", "1977-10", "汉族", "静宁县残联", "副理事长", "乡科级副职", "JN", "", "active"),
    ("C25", "code", "F", "1981-03", "汉族", "静宁县教育局", "教研员", "三级主任科员", "JN", "", "active"),
    ("C26", "code", "M", "1991-09", "汉族", "静宁县教育局", "科员", "一级科员", "JN", "", "active"),
    ("C27", "code", "M", "1969-12", "汉族", "静宁县卫生健康局", "副局长", "乡科级副职", "JN", "", "active"),
    ("C28", "620826", "F", "1985-01-17", "汉族", "城关镇人民政府", "副镇长", "乡科级副职", "JN", "城关镇", "active"),
    ("C29", "620826", "F", "1997-05", "汉族", "城关镇人民政府", "民政干事", "二级科员", "JN", "城关镇", "active"),
    ("C30", "620826", "M", "1975-04", "汉族", "威戎镇人民政府", "党委书记", "乡科级正职", "JN", "威戎镇", "active"),
    ("C31", "620826", "M", "1987-08-02", "汉族", "威戎镇人民政府", "民政专干", "一级科员", "JN", "威戎镇", "active"),
    ("C32", "620826", "F", "1993-12", "汉族", "威戎镇人民政府", "驻村干部", "二级科员", "JN", "威戎镇", "active"),
    ("C33", "620826", "F", "1979-07", "汉族", "红寺镇人民政府", "镇长", "乡科级正职", "JN", "红寺镇", "active"),
    ("C34", "620826", "M", "1995-03", "汉族", "红寺镇人民政府", "科员", "一级科员", "JN", "红寺镇", "active"),
    ("C35", "code", "M", "1983-11", "汉族", "静宁县人力资源和社会保障局", "就业股股长", "四级主任科员", "JN", "", "active"),
    ("C36", "code", "M", "1986-05", "汉族", "静宁县民政局", "科员", "一级科员", "JN", "", "left"),
    ("C37", "code", "F", "1989-08", "汉族", "崆峒区教育局", "科员", "一级科员", "KT", "", "left"),
    ("C38", "code", "M", "1980-02", "汉族", "崆峒区应急管理局", "副局长", "乡科级副职", "KT", "", "active"),
    ("C39", "code", "M", "1963-01", "汉族", "静宁县残联", "退休干部", "三级主任科员", "JN", "", "retired"),
    ("C40", "code", "F", "1978-02", "汉族", "崆峒区民政局", "社会救助股股长", "二级主任科员", "KT", "", "active"),
    ("C41", "code", "F", "1991-04", "汉族", "平凉市残疾人联合会", "科员", "一级科员", "", "", "active"),
]

# ---------------------------------------------------------------- recipients
# key, county, township, village, category, gender, birth ("YYYY" = any day of
# that year), ethnicity, options. Options: setting, level, dis=(type, grade),
# hh (household key), exit (exit date), fmt (birth column: d, m, zh, none),
# nogender (gender cell left empty), want_x (ID check char X), guardian (relation).
RECIPIENTS = [
    ("R01", "KT", "峡门回族乡", "吴坡村", "orphan", "M", "2012-02-29", "回族", dict(setting="scattered", hh="HA", fmt="d")),
    ("R02", "KT", "峡门回族乡", "吴坡村", "orphan", "M", "2015", "回族", dict(setting="scattered", hh="HA")),
    ("R03", "KT", "峡门回族乡", "吴坡村", "disabled", "M", "2019", "回族", dict(dis=("智力", 1), guardian="父亲")),
    ("R04", "KT", "峡门回族乡", "吴坡村", "extremely_poor", "M", "1948", "回族", dict(setting="scattered", level="2")),
    ("R05", "KT", "峡门回族乡", "吴坡村", "elderly_alone", "F", "1946", "回族", dict(level="1")),
    ("R06", "KT", "峡门回族乡", "峡门村", "unsupported_child", "F", "2013", "回族", {}),
    ("R07", "KT", "峡门回族乡", "峡门村", "disabled", "F", "1979", "回族", dict(dis=("肢体", 2), level="2")),
    ("R08", "KT", "峡门回族乡", "峡门村", "orphan", "F", "2016-03-10", "回族", dict(setting="scattered", fmt="d")),
    ("R09", "KT", "白水镇", "白水村", "orphan", "F", "2014-09-03", "汉族", dict(setting="scattered", fmt="m")),
    ("R10", "KT", "白水镇", "白水村", "disabled", "M", "1968", "汉族", dict(dis=("视力", 1), level="1")),
    ("R11", "KT", "白水镇", "白水村", "extremely_poor", "M", "1955", "汉族", dict(setting="scattered", level="一级", nogender=True)),
    ("R12", "KT", "白水镇", "白水村", "unsupported_child", "M", "2011", "汉族", {}),
    ("R13", "KT", "白水镇", "崖湾村", "orphan", "M", "2008-02-14", "汉族", dict(setting="scattered", fmt="d")),
    ("R14", "KT", "白水镇", "崖湾村", "disabled", "F", "1983", "汉族", dict(dis=("精神", 2), level="二级", guardian="丈夫")),
    ("R15", "KT", "白水镇", "崖湾村", "unsupported_child", "F", "2017", "汉族", {}),
    ("R16", "KT", "白水镇", "崖湾村", "extremely_poor", "F", "1951", "汉族", dict(setting="scattered", level="3")),
    ("R17", "KT", "柳湖镇", "柳湖村", "orphan", "F", "2018", "汉族", dict(setting="institution")),
    ("R18", "KT", "柳湖镇", "柳湖村", "orphan", "M", "2013", "汉族", dict(setting="institution")),
    ("R19", "KT", "柳湖镇", "柳湖村", "orphan", "F", "2020", "汉族", dict(setting="institution")),
    ("R20", "KT", "柳湖镇", "柳湖村", "orphan", "M", "2010", "回族", dict(setting="institution")),
    ("R21", "KT", "柳湖镇", "柳湖村", "unsupported_child", "F", "2015", "汉族", {}),
    ("R22", "KT", "柳湖镇", "南坪村", "disabled", "M", "1972", "汉族", dict(dis=("肢体", 1), guardian="妻子")),
    ("R23", "KT", "柳湖镇", "南坪村", "extremely_poor", "M", "1943", "汉族", dict(setting="institution", level="2")),
    ("R24", "KT", "柳湖镇", "南坪村", "orphan", "M", "2009-12", "汉族", dict(setting="scattered")),
    ("R25", "KT", "柳湖镇", "南坪村", "disabled", "M", "1964", "汉族", dict(dis=("言语", 1))),
    ("R26", "KT", "白水镇", "崖湾村", "dibao", "M", "1960", "汉族", dict(level="1", fmt="none")),
    ("R27", "KT", "柳湖镇", "南坪村", "unsupported_child", "M", "2014", "汉族", {}),
    ("R28", "KT", "峡门回族乡", "峡门村", "extremely_poor", "F", "1949", "回族", dict(setting="scattered", level="1")),
    ("R29", "JN", "城关镇", "西关社区", "orphan", "F", "2011", "汉族", dict(setting="scattered", want_x=True, fmt="d")),
    ("R30", "JN", "城关镇", "西关社区", "disabled", "M", "1975", "汉族", dict(dis=("智力", 2), guardian="母亲")),
    ("R31", "JN", "城关镇", "西关社区", "unsupported_child", "F", "2016", "汉族", {}),
    ("R32", "JN", "城关镇", "西关社区", "extremely_poor", "M", "1958", "汉族", dict(setting="scattered", level="2")),
    ("R33", "JN", "城关镇", "西关社区", "elderly_alone", "M", "1941", "汉族", dict(level="三级", fmt="zh")),
    ("R34", "JN", "城关镇", "南关村", "orphan", "M", "2013", "汉族", dict(setting="scattered")),
    ("R35", "JN", "城关镇", "南关村", "disabled", "F", "1985", "汉族", dict(dis=("多重", 1), level="一级", guardian="丈夫")),
    ("R36", "JN", "城关镇", "南关村", "extremely_poor", "M", "1962", "汉族", dict(setting="scattered")),
    ("R37", "JN", "城关镇", "南关村", "unsupported_child", "M", "2019", "汉族", dict(guardian="外祖母")),
    ("R56", "JN", "城关镇", "南关村", "extremely_poor", "F", "1958", "汉族", dict(setting="scattered", level="1")),
    ("R60", "JN", "城关镇", "西关社区", "unsupported_child", "M", "2017", "汉族", {}),
    ("R38", "JN", "威戎镇", "威戎村", "extremely_poor", "M", "1952", "汉族", dict(setting="scattered", hh="HC")),
    ("R39", "JN", "威戎镇", "威戎村", "disabled", "M", "1960", "汉族", dict(dis=("肢体", 1), hh="HC")),
    ("R40", "JN", "威戎镇", "威戎村", "orphan", "F", "2012", "汉族", dict(setting="scattered")),
    ("R41", "JN", "威戎镇", "威戎村", "unsupported_child", "M", "2010", "汉族", {}),
    ("R42", "JN", "威戎镇", "威戎村", "extremely_poor", "M", "1950", "汉族", dict(setting="scattered", level="1")),
    ("R43", "JN", "威戎镇", "杨桥村", "disabled", "F", "1976", "汉族", dict(dis=("肢体", 2), level="1级")),
    ("R44", "JN", "威戎镇", "杨桥村", "orphan", "M", "2014", "汉族", dict(setting="scattered")),
    ("R45", "JN", "威戎镇", "杨桥村", "extremely_poor", "F", "1945", "汉族", dict(setting="scattered", level="二级", nogender=True)),
    ("R46", "JN", "威戎镇", "杨桥村", "unsupported_child", "F", "2014", "汉族", {}),
    ("R58", "JN", "威戎镇", "杨桥村", "disabled", "M", "1985", "汉族", dict(dis=("智力", 1), level="三级", guardian="母亲")),
    ("R47", "JN", "红寺镇", "甘湾村", "disabled", "M", "1981", "汉族", dict(dis=("精神", 1), hh="HB", guardian="母亲")),
    ("R48", "JN", "红寺镇", "甘湾村", "unsupported_child", "F", "2013", "汉族", dict(hh="HB", guardian="祖母")),
    ("R49", "JN", "红寺镇", "甘湾村", "orphan", "M", "2016", "汉族", dict(setting="scattered")),
    ("R50", "JN", "红寺镇", "甘湾村", "extremely_poor", "M", "1947", "汉族", dict(setting="scattered", level="1")),
    ("R51", "JN", "红寺镇", "甘湾村", "disabled", "M", "1966", "汉族", dict(dis=("肢体", 1))),
    ("R52", "JN", "红寺镇", "红寺村", "extremely_poor", "M", "1944", "汉族", dict(setting="scattered", exit="2026-08-15")),
    ("R53", "JN", "红寺镇", "红寺村", "orphan", "F", "2017", "汉族", dict(setting="scattered")),
    ("R54", "JN", "红寺镇", "红寺村", "disabled", "F", "1970", "汉族", dict(dis=("言语", 2))),
    ("R55", "JN", "红寺镇", "红寺村", "unsupported_child", "M", "2012", "汉族", dict(guardian="祖母")),
    ("R57", "KT", "白水镇", "崖湾村", "orphan", "M", "2011", "汉族", dict(setting="scattered")),
    ("R59", "KT", "峡门回族乡", "峡门村", "orphan", "F", "2010", "回族", dict(setting="scattered")),
]

# ---------------------------------------------------------------- pairings
# recipient, cadre, start ("" = a launch day in May 2023), end, reason, plan.
# plan: None = an ordinary pairing (met or on track), else a dict with
# c (contacts), v (visits), help (sum of policies+difficulties+deeds) and
# fixed (explicit rows: date, mode, extra fields); "share" = same records as
# another pairing of the same cadre (one household, visited together).
MOVE_REASON = "结对干部岗位调整，由所在单位重新安排结对"
PAIRINGS = [
    ("R01", "C14", "2023-05-18", "", "", dict(c=6, v=3, help=2)),
    ("R02", "C14", "2023-05-18", "", "", dict(share="R01")),
    ("R03", "C08", "2023-05-22", "", "", dict(c=5, v=3, help=3, fixed=[
        ("2026-04-16", "home", dict(items="talk;health;policy", policies="1", escalated="1",
                                    notes="孩子需继续康复训练，家长反映定点机构名额紧张，已报区关爱办协调康复救助名额。"))])),
    ("R04", "C15", "", "", "", None),
    ("R05", "C15", "", "", "", dict(c=3, v=1, help=0)),
    ("R06", "C15", "", "", "", None),
    ("R07", "C16", "", "", "", None),
    ("R08", "C02", "2023-05-20", "", "", dict(c=5, v=2, help=1)),           # gender-exception
    ("R09", "C13", "2024-03-12", "", "", dict(c=4, v=2, help=1)),           # gender-mismatch
    ("R10", "C18", "", "", "", dict(c=5, v=2, help=1, fixed=[
        ("2026-02-28", "phone", dict(items="talk;health", notes="电话询问近况,老人说眼睛还是看不清,药按时在吃。"))])),
    ("R11", "C18", "", "", "", None),
    ("R26", "C18", "2024-04-08", "", "", dict(c=2, v=1, help=1)),            # no-rule (dibao)
    ("R12", "C17", "", "", "", None),
    ("R13", "C10", "2023-05-19", "", "", dict(c=5, v=2, help=1)),           # aged-out
    ("R14", "C17", "", "", "", None),
    ("R15", "C12", "2024-09-01", "", "", None),
    ("R16", "C11", "", "", "", dict(c=6, v=2, help=1, fixed=[
        ("2026-05-19", "home", dict(items="talk;safety;policy", difficulties="1", escalated="1",
                                    notes="老人住房后墙裂缝加宽，属C级危房，已报镇政府汇总，申请危房改造。"))])),
    ("R17", "C06", "2023-06-01", "", "", dict(c=4, v=3, help=1, fixed=[("2026-06-01", "institution", {})])),
    ("R18", "C07", "2023-06-01", "", "", dict(c=4, v=3, help=1, fixed=[("2026-06-01", "institution", {})])),
    ("R19", "C01", "2023-06-01", "", "", dict(c=5, v=2, help=2, fixed=[("2026-06-01", "institution", {})])),
    ("R20", "C04", "2023-06-01", "", "", dict(c=4, v=2, help=1, fixed=[("2026-06-01", "institution", {})])),
    ("R21", "C20", "2024-10-09", "", "", dict(c=5, v=2, help=1)),           # gender-unverifiable
    ("R22", "C21", "2023-05-23", "", "", dict(c=6, v=4, help=2)),           # retired cadre keeps pairing
    ("R23", "C19", "", "", "", None),
    ("R24", "C09", "", "", "", None),
    ("R59", "C09", "2025-03-10", "", "", None),
    ("R25", "C38", "2023-05-20", "2026-06-30", MOVE_REASON, dict(c=0, v=0, help=0, fixed=[  # contacts/visits-missed
        ("2026-02-10", "phone", dict(items="talk;health", notes="春节前电话问候，询问年货准备情况。")),
        ("2026-08-05", "phone", dict(items="talk", notes="调岗后电话回访老人，告知新结对干部联系方式。"))])),  # visit-not-paired
    ("R25", "C40", "2026-07-01", "", "", dict(c=0, v=0, help=0, fixed=[
        ("2026-07-03", "home", dict(items="talk;safety;policy", policies="1",
                                    notes="接续结对首次入户,核对残疾人两项补贴发放情况,补办护理补贴申请。")),
        ("2026-08-20", "phone", dict(items="talk;health")),
        ("2026-10-12", "wechat", dict(items="talk;health"))])),
    ("R27", "C37", "2024-09-01", "2026-09-30", "结对干部工作调动（调往庆阳市）", dict(c=0, v=0, help=0, fixed=[  # unpaired, help-missed
        ("2026-01-22", "phone", dict(items="talk;study")),
        ("2026-04-03", "home", dict(items="talk;study;safety;gift", funds="150.5",
                                    notes="入户走访，给孩子送去书包、文具。")),
        ("2026-06-28", "wechat", dict(items="talk;study")),
        ("2026-09-26", "phone", dict(items="talk", notes="告知本人即将调离，新的结对干部由区民政局另行安排。"))])),
    ("R28", "C05", "", "", "", None),
    ("R29", "C28", "", "", "", dict(c=6, v=2, help=2, lower_x=True)),
    ("R56", "C28", "2024-02-26", "", "", None),
    ("R30", "C22", "", "", "", dict(c=4, v=3, help=1, fixed=[
        ("2026-02-28", "home", dict(items="talk;safety;guardian;gift", funds="200",
                                    notes="入户走访，母亲年纪大了照料吃力，叮嘱注意用电、取暖安全。"))])),
    ("R50", "C39", "2023-05-20", "2025-05-31", "结对干部退休，本人不再继续结对", dict(c=0, v=0, help=0)),
    ("R50", "C22", "2025-06-01", "", "", dict(c=5, v=2, help=1)),           # window starts 2026-01-01
    ("R60", "C22", "2025-09-01", "", "", None),
    ("R31", "C29", "", "", "", None),
    ("R32", "C35", "", "", "", None),
    ("R52", "C35", "2023-05-20", "2026-08-14", "关爱对象去世", dict(c=3, v=1, help=2, fixed=[
        ("2026-07-10", "other", dict(items="talk;health;policy", must="hospital", difficulties="1", funds="500",
                                     notes="老人因肺心病在静宁县人民医院住院,到病房探望,\n协调落实特困人员医疗救助,垫付部分费用。"))])),
    ("R33", "C23", "", "", "", dict(c=3, v=2, help=1)),                      # no-rule (elderly_alone)
    ("R53", "C23", "", "", "", None),
    ("R34", "C26", "", "", "", None),
    ("R55", "C26", "", "", "", dict(c=5, v=2, help=1, fixed=[
        ("2026-04-06", "home", dict(items="talk;guardian;gift", must="bereavement", funds="200",
                                    notes="孩子祖父去世，前往家中吊唁慰问，叮嘱祖母照顾好孩子和自己。"))])),
    ("R35", "C24", "", "", "", None),
    ("R46", "C24", "2024-06-14", "", "", None),
    ("R36", "C36", "", "", "", dict(c=4, v=2, help=1, last="2026-09-20")),  # cadre-unavailable
    ("R37", "C25", "2026-03-01", "", "", dict(c=3, v=2, help=1, fixed=[
        ("2026-02-28", "home", dict(items="talk;guardian", notes="入户核实孩子父亲服刑、母亲失联情况，准备纳入事实无人抚养儿童保障。")),  # visit-not-paired
        ("2026-03-01", "home", dict(items="talk;safety;guardian;gift", funds="88.88",
                                    notes="结对第一天入户,和孩子外婆一起包饺子,送去冬衣一套。"))])),
    ("R38", "C30", "", "", "", dict(c=4, v=2, help=1, fixed=[
        ("2026-07-22", "home", dict(items="talk;safety", must="disaster", difficulties="1", escalated="1", funds="300",
                                    notes="7月20日暴雨，老人住房后墙漏雨、院墙部分倒塌，\n已协调村委会临时安置，需向镇政府反映危房改造。"))])),
    ("R58", "C30", "", "", "", None),
    ("R39", "C31", "", "", "", None),                                        # household-split with R38
    ("R41", "C31", "", "", "", dict(c=4, v=2, help=2, fixed=[
        ("2026-09-08", "home", dict(items="talk;study;guardian;policy", must="dropout", policies="1",
                                    notes="孩子初中毕业后没有继续上学,入户劝导,联系县职教中心,落实\"雨露计划\"资助。"))])),
    ("R40", "C32", "", "", "", None),
    ("R42", "C32", "", "", "", dict(dense=True)),                           # wangcheng level 1, compliant
    ("R45", "C32", "", "", "", None),
    ("R43", "C27", "", "", "", None),
    ("R44", "C27", "", "", "", None),
    ("R47", "C33", "", "", "", dict(c=5, v=3, help=2, fixed=[
        ("2026-02-28", "wechat", dict(items="talk;health", notes="微信视频，孩子奶奶说父亲最近按时服药，情绪稳定。"))])),
    ("R48", "C33", "", "", "", dict(share="R47")),
    ("R49", "C34", "", "", "", None),
    ("R51", "C34", "", "", "", dict(c=2, v=0, help=0)),                     # contacts/visits-behind
    ("R54", "C03", "", "", "", None),
    ("R57", "C10", "2024-05-06", "", "", None),
]

# ---------------------------------------------------------------- 四个一对一 (roles)
# Pingliang's "四个一对一" (seed 003): teachers for orphans, medics and
# counsellors, village workers visiting scattered extremely poor people
# weekly. Rows of cadres.csv after the cadres (key, id, gender, birth, unit,
# position, county, township) and pairings after the cadres' pairings
# (recipient, person, role, start), so no other row moves. They start in
# November 2026 and have no work records yet (teachers, medics and the
# counsellor on 2026-11-02, in the 15th-of-month window of 2026-11; village
# workers on Monday 2026-11-16, within their first week on 2026-11-20).
ROLE_PERSONS = [
    ("T1", "GS-PL-0101", "F", "1986-09", "崆峒区白水镇中心小学", "教师", "KT", "白水镇"),
    ("T2", "GS-PL-0102", "F", "1990-03", "静宁县威戎镇中学", "教师", "JN", "威戎镇"),
    ("M1", "GS-PL-0103", "M", "1979-06", "静宁县红寺镇卫生院", "医生", "JN", "红寺镇"),
    ("P1", "GS-PL-0104", "F", "1984-11", "平凉市社会工作服务中心", "社会工作者", "", ""),
    ("V1", "GS-PL-0105", "M", "1988-07", "崆峒区白水镇白水村村委会", "村委会委员", "KT", "白水镇"),
    ("V2", "GS-PL-0106", "F", "1992-01", "静宁县威戎镇威戎村村委会", "村文书", "JN", "威戎镇"),
]
ROLE_PAIRINGS = [
    ("R09", "T1", "teacher", "2026-11-02"), ("R57", "T1", "teacher", "2026-11-02"),
    ("R40", "T2", "teacher", "2026-11-02"), ("R44", "T2", "teacher", "2026-11-02"),
    ("R47", "M1", "medic", "2026-11-02"), ("R51", "M1", "medic", "2026-11-02"),
    ("R14", "P1", "counselor", "2026-11-02"),
    ("R11", "V1", "village", "2026-11-16"), ("R16", "V1", "village", "2026-11-16"),
    ("R38", "V2", "village", "2026-11-16"), ("R42", "V2", "village", "2026-11-16"),
]


def add_roles(recipients, cadres, pairings, people):
    """The 四个一对一 persons and pairings, after every other row."""
    rec = {r["_key"]: r for r in recipients}
    by_key = {}
    for key, cid, g, birth, unit, pos, county, town in ROLE_PERSONS:
        row = {"id": cid, "name": people.name(g, int(birth[:4])), "gender": g, "birth": birth, "ethnicity": "汉族",
               "unit": unit, "position": pos, "rank": "", "phone": people.phone(), "city": CITY,
               "county": COUNTY[county][0] if county else "", "township": town, "status": "active"}
        cadres.append(row)
        by_key[key] = row
    for p in pairings:
        p["role"] = ""
    for rk, pk, role, start in ROLE_PAIRINGS:
        pairings.append({"recipient": rec[rk]["id"], "cadre": by_key[pk]["id"], "start": start, "end": "",
                         "reason": "", "role": role, "_key": rk})


# ---------------------------------------------------------------- visit texts
CONTACT_ITEMS = {"child": ["talk;study", "talk;study;safety", "talk;safety", "talk;study;policy"],
                 "adult": ["talk;health", "talk;health;safety", "talk;policy", "talk"]}
VISIT_ITEMS = {"child": ["talk;study;safety;guardian", "talk;safety;guardian;gift", "talk;study;safety;gift",
                         "talk;study;safety;guardian;policy"],
               "adult": ["talk;health;safety", "talk;health;safety;gift", "talk;safety;policy", "talk;health;safety;policy;gift"]}
CONTACT_NOTES = {  # by mode; {s} = the season's safety reminder
    ("child", "phone"): ["电话联系{g}，了解孩子近期学习、身体情况，叮嘱{s}。",
                         "电话询问近况,{g}说孩子在家挺好,学习上没什么困难。",
                         "电话联系{g},叮嘱{s}。", "", ""],
    ("child", "wechat"): ["微信视频通话，孩子说\"这次考试数学考了{n}分\"，鼓励继续努力。",
                          "微信视频，和孩子聊了学校里的事，叮嘱{s}。", ""],
    ("child", "sms"): ["短信提醒{g}：{s}。", ""],
    ("adult", "phone"): ["电话询问近况,说身体还行,药按时在吃。",
                         "电话联系，了解低保金、补贴发放情况，已按月到账。",
                         "电话了解吃水、吃药情况，无困难，叮嘱{s}。", "", ""],
    ("adult", "wechat"): ["微信视频问候，家中一切正常。", "通过家人微信视频，老人精神不错。", ""],
    ("adult", "sms"): ["短信提醒：{s}。", ""],
}
SEASON_SAFETY = {1: "注意取暖安全，防范煤烟中毒", 2: "注意取暖安全，防范煤烟中毒", 3: "注意用火用电安全",
                 4: "注意交通安全", 5: "注意交通安全", 6: "暑期防溺水", 7: "暑期防溺水", 8: "暑期防溺水",
                 9: "注意交通安全", 10: "秋季防火", 11: "注意取暖安全，防范煤烟中毒", 12: "注意取暖安全，防范煤烟中毒"}
SEASON_GIFT = {1: "冬衣、棉鞋", 2: "米、面、油和年货", 3: "书包、文具", 4: "书籍", 5: "书籍、文具", 6: "夏衣",
               7: "夏衣、凉席", 8: "书包、文具", 9: "书包、文具", 10: "秋衣、被褥", 11: "冬衣、棉被", 12: "冬衣、棉鞋"}
VISIT_NOTES = {
    "child": ["入户走访，察看居住环境，检查用电安全，叮嘱{s}。",
              "入户走访,{g}说\"政府的钱都按时到了,就是孩子不爱说话\",已联系班主任多关心。",
              "1.看望孩子，了解学习情况；\n2.提醒{g}履行监护职责；\n3.送去{gift}。",
              "入户看望，孩子长高了不少，送去{gift}。",
              "", ""],
    "adult": ["入户走访，察看住房、用电安全，叮嘱{s}，未发现隐患。",
              "入户走访,帮助打扫院落,送去{gift}。",
              "1.宣传残疾人两项补贴、医疗救助政策；\n2.查看居住环境，提醒{s}。",
              "入户看望，老人说\"你们常来看我，心里暖和\"。",
              "", ""],
}
INSTITUTION_NOTES = ["到平凉市儿童福利院看望孩子，送去{gift}。",
                     "到福利院看望孩子，与保育员交流孩子近期情况。",
                     "到敬老院看望老人，了解集中供养生活情况。"]
LETTER_NOTES = ["给孩子写信，鼓励其好好学习，随信寄去课外书两本。",
                "寄去贺卡一张，写了几句鼓励的话。"]
FUNDS = ["200", "100", "150.5", "88.88", "300", "50", "260", "120.5", "500", "66.6", "80"]
HOT_DAYS = [D(2026, 2, 10), D(2026, 2, 12), D(2026, 2, 13), D(2026, 6, 1), D(2026, 9, 1), D(2026, 9, 23)]

EN_COLS = {
    "recipients": ["id", "name", "gender", "birth", "ethnicity", "category", "level", "setting",
                   "disability_type", "disability_grade", "disability_cert", "household", "city", "county",
                   "township", "village", "phone", "guardian_name", "guardian_relation", "guardian_phone",
                   "guardian_id", "status", "exit_date", "residence", "dibao_class", "self_care", "school", "health"],
    "cadres": ["id", "name", "gender", "birth", "ethnicity", "unit", "position", "rank", "phone",
               "city", "county", "township", "status"],
    "pairings": ["recipient", "cadre", "start", "end", "reason", "role"],
    "visits": ["date", "recipient", "cadre", "mode", "items", "policies", "difficulties", "deeds",
               "funds", "escalated", "must", "notes"],
}
ZH_COLS = {
    "recipients": ["身份证号", "姓名", "性别", "出生年月", "民族", "类别", "等级", "供养方式", "残疾类别", "残疾等级",
                   "残疾证号", "户编号", "市（州）", "县（市区）", "乡镇（街道）", "村（社区）", "联系电话", "监护人姓名",
                   "与关爱对象关系", "监护人联系电话", "监护人身份证号", "状态", "退出日期", "城乡", "低保类别", "自理能力",
                   "在读学段", "健康状况"],
    "cadres": ["干部编号", "姓名", "性别", "出生年月", "民族", "工作单位", "职务", "职务职级", "手机号码", "市（州）",
               "县（市区）", "乡镇（街道）", "状态"],
    "pairings": ["关爱对象身份证号", "结对干部编号", "结对日期", "解除日期", "变更原因", "结对角色"],
    "visits": ["日期", "关爱对象身份证号", "结对干部编号", "关爱方式", "关爱内容", "协调落实政策", "解决实际困难",
               "帮办实事", "资助资金", "向上级反映困难", "必到事项", "工作记录"],
}
ONLINE = ("phone", "sms", "wechat", "letter")
ONSITE = ("home", "institution", "other")
ZH_VALUE = {
    "gender": {"M": "男", "F": "女"},
    "category": {"orphan": "孤儿", "unsupported_child": "事实无人抚养儿童", "disabled": "困难重度残疾人",
                 "extremely_poor": "特困人员", "elderly_alone": "独居老人", "dibao": "低保对象"},
    "setting_child": {"scattered": "社会散居", "institution": "机构养育"},
    "setting_adult": {"scattered": "分散供养", "institution": "集中供养"},
    "grade": {"1": "一级", "2": "二级", "3": "三级", "4": "四级"},
    "role": {"cadre": "结对干部", "helper": "关爱帮扶联系人", "teacher": "教师", "medic": "医护人员",
             "counselor": "心理咨询师", "village": "驻村干部"},
    "level": {"1": "一级", "2": "二级", "3": "三级", "1级": "一级", "一级": "一级", "二级": "二级", "三级": "三级"},
    "rstatus": {"active": "在册", "exited": "退出"},
    "cstatus": {"active": "在岗", "retired": "退休", "left": "调离"},
    "mode": {"phone": "电话", "sms": "短信", "wechat": "微信", "letter": "书信", "home": "入户", "institution": "机构",
             "other": "其他"},
    "must": {"hospital": "重症住院", "dropout": "辍学或待业", "disaster": "意外灾害", "bereavement": "家人去世"},
    "residence": {"urban": "城市", "rural": "农村"},
    "dibao_class": {"1": "一类", "2": "二类", "3": "三类", "4": "四类"},
    "self_care": {"full": "全自理", "partial": "半护理", "none": "全护理"},
    "school": {"preschool": "学前", "compulsory": "义务教育", "highschool": "普通高中", "vocational": "中职",
               "college": "高校"},
}
# The columns broken/ was written with (it plants no policy-column problem).
BROKEN_RECIPIENT_COLS = EN_COLS["recipients"][:23]
CHILD_CATS = ("orphan", "unsupported_child")


def pdate(s):
    return D(int(s[0:4]), int(s[5:7]), int(s[8:10]))


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


# ---------------------------------------------------------------- generation
def build():
    rng = random.Random(SEED)
    ids = Ids(rng)
    people = People(rng)

    # cadres
    cadres, cadre_by_key = [], {}
    code_no = 0
    for (key, kind, g, birth, eth, unit, pos, rank, county, town, status) in CADRES:
        y, m = int(birth[:4]), int(birth[5:7])
        dd = int(birth[8:10]) if len(birth) == 10 else rng.randrange(1, 29)
        if kind == "code":
            code_no += 1
            cid = "GS-PL-%04d" % code_no
        else:
            cid = ids.make(kind, D(y, m, dd), g == "M", want_x=(key == "C33"))
        row = {"id": cid, "name": people.name(g or "F", y, hui=(eth == "回族")), "gender": g, "birth": birth,
               "ethnicity": eth, "unit": unit, "position": pos, "rank": rank, "phone": people.phone(),
               "city": CITY, "county": COUNTY[county][0] if county else "", "township": town, "status": status}
        cadres.append(row)
        cadre_by_key[key] = row

    # recipients
    recipients, rec_by_key, households = [], {}, {}
    order = {(c, t, v): (ci, ti, vi) for ci, c in enumerate(TOWNSHIPS) for ti, t in enumerate(TOWNSHIPS[c])
             for vi, v in enumerate(TOWNSHIPS[c][t])}
    hh_surname, hh_guardian = {}, {}
    for (key, county, town, village, cat, g, birth, eth, opt) in RECIPIENTS:
        if len(birth) == 4:
            b = D(int(birth), rng.randrange(1, 13), rng.randrange(1, 29))
        elif len(birth) == 7:
            b = D(int(birth[:4]), int(birth[5:7]), rng.randrange(1, 29))
        else:
            b = pdate(birth)
        area = COUNTY[county][1]
        rid = ids.make(area, b, g == "M", want_x=opt.get("want_x", False))
        hui = eth == "回族"
        name = people.name(g, b.year, hui=hui, surname=hh_surname.get(opt.get("hh")))
        if opt.get("hh"):
            hh_surname.setdefault(opt["hh"], name[0])
        fmt = opt.get("fmt") or rng.choice(["m", "d", "m", "d", "m"])
        bcol = {"d": b.isoformat(), "m": b.strftime("%Y-%m"), "zh": b.strftime("%Y年%m月"), "none": ""}[fmt]
        child = b.year >= 2004
        row = {k: "" for k in EN_COLS["recipients"]}
        row.update(id=rid, name=name, gender="" if opt.get("nogender") else g, birth=bcol, ethnicity=eth,
                   category=cat, level=opt.get("level", ""), setting=opt.get("setting", ""),
                   city=CITY, county=COUNTY[county][0], township=town, village=village, status="active")
        if "dis" in opt:
            typ, grade = opt["dis"]
            typ_code = "视力听力言语肢体智力精神多重".index(typ) // 2 + 1
            row.update(disability_type=typ, disability_grade=str(grade),
                       disability_cert="%s%d%d" % (rid, typ_code, grade))
        if not child and rng.random() < 0.75:
            row["phone"] = people.phone()
        # guardian (members of one household share theirs)
        rel = opt.get("guardian")
        shared = hh_guardian.get(opt.get("hh"))
        if shared and (child or rel):
            row.update(shared)
            if rel:
                row["guardian_relation"] = rel
        elif opt.get("setting") == "institution" and child:
            row.update(guardian_name=people.name("F", 1985), guardian_relation="机构护理员",
                       guardian_phone=people.phone())
        elif child or rel:
            if not rel:
                rel = rng.choice(["祖母", "祖父", "外祖母", "叔叔", "伯父", "姑姑", "舅舅", "祖母", "祖父"])
            female = rel in ("祖母", "外祖母", "姑姑", "母亲", "妻子", "姐姐")
            same_surname = rel in ("祖父", "叔叔", "伯父", "姑姑", "父亲")
            if rel in ("祖母", "祖父", "外祖母"):
                gy = b.year - rng.randrange(48, 60) if child else b.year - 50
            elif rel in ("父亲", "母亲"):
                gy = b.year - rng.randrange(24, 30) if child else b.year - rng.randrange(22, 28)
            elif rel in ("妻子", "丈夫"):
                gy = b.year + rng.randrange(-3, 4)
            else:
                gy = b.year - rng.randrange(20, 32)
            gb = D(gy, rng.randrange(1, 13), rng.randrange(1, 29))
            gname = people.name("F" if female else "M", gy, hui=hui, surname=name[0] if same_surname else None)
            row.update(guardian_name=gname, guardian_relation=rel, guardian_phone=people.phone(),
                       guardian_id=ids.make(area, gb, not female))
        if opt.get("hh") and row["guardian_name"]:
            hh_guardian.setdefault(opt["hh"], {k: row[k] for k in ("guardian_name", "guardian_relation",
                                                                   "guardian_phone", "guardian_id")})
        if "exit" in opt:
            row.update(status="exited", exit_date=opt["exit"])
        hh = opt.get("hh")
        if hh:
            if hh not in households:
                households[hh] = "%s%02d%02d%04d" % (area, list(TOWNSHIPS[county]).index(town) + 1,
                                                     TOWNSHIPS[county][town].index(village) + 1, rng.randrange(1, 400))
            row["household"] = households[hh]
        elif rng.random() < 0.5:
            row["household"] = "%s%02d%02d%04d" % (area, list(TOWNSHIPS[county]).index(town) + 1,
                                                   TOWNSHIPS[county][town].index(village) + 1, rng.randrange(400, 900))
        row["_key"], row["_birth"], row["_order"] = key, b, order[(county, town, village)]
        recipients.append(row)
        rec_by_key[key] = row
    recipients.sort(key=lambda r: (r["_order"], r["_key"]))

    # pairings and visits
    pairings, visits, generated = [], [], {}
    for idx, (rk, ck, start, end, reason, plan) in enumerate(PAIRINGS):
        r, c = rec_by_key[rk], cadre_by_key[ck]
        if not start:
            start = "2023-05-%02d" % rng.randrange(15, 26)
        pairings.append({"recipient": r["id"], "cadre": c["id"], "start": start, "end": end, "reason": reason,
                         "_key": rk, "_idx": idx})
        s, e = pdate(start), pdate(end) if end else None
        ws, we = max(s, P0), min(e or P1, T)
        if ws > we:
            continue
        plan = plan or {}
        rows = []
        if "share" in plan:
            for src in generated[plan["share"]]:
                v = dict(src)
                v["recipient"] = r["id"]
                rows.append(v)
        elif plan.get("dense"):
            n = 0
            for month in range(1, 12):
                for day in ((8, 22) if month < 11 else (8,)):
                    mode = "home" if n % 2 == 0 or month in (1, 7) else "phone"
                    rows.append(visit_row(rng, D(2026, month, day), r, c, mode, {}))
                    n += 1
            give_help(rng, rows, 2)
        else:
            if "c" in plan:
                nc, nv, nh = plan["c"], plan["v"], plan["help"]
            else:  # an ordinary pairing: mostly met, some on track
                if rng.random() < 0.8:
                    nc, nv = rng.randrange(4, 8), rng.randrange(2, 4)
                else:
                    nc, nv = 3, 1
                nh = rng.choice([0, 1, 1, 1, 2, 2, 3]) if rng.random() < 0.9 else 0
            fixed = [(pdate(fd), fm, extra) for fd, fm, extra in plan.get("fixed", [])]
            last = pdate(plan["last"]) if "last" in plan else we
            fixed_in = [f for f in fixed if ws <= f[0] <= we]
            nc -= sum(1 for f in fixed_in if f[1] in ONLINE)
            nv -= sum(1 for f in fixed_in if f[1] in ONSITE)
            taken = {f[0] for f in fixed}
            kinds = ["c"] * max(nc, 0) + ["v"] * max(nv, 0)
            rng.shuffle(kinds)
            dates = spread_dates(rng, ws, min(last, we), len(kinds), taken)
            for d, kind in zip(dates, kinds):
                rows.append(visit_row(rng, d, r, c, pick_mode(rng, r, kind), {}))
            for fd, fm, extra in fixed:
                rows.append(visit_row(rng, fd, r, c, fm, extra))
            help_rows = [v for v in rows if not v.get("_fixed")]
            give_help(rng, help_rows or rows, nh)
            if plan.get("lower_x"):
                rows.sort(key=lambda v: v["date"])
                rows[1]["recipient"] = rows[1]["recipient"].lower()
        generated[rk] = rows
        visits.extend(rows)
    pairings.sort(key=lambda p: (rec_by_key[p["_key"]]["_order"], p["_key"], p["start"]))
    visits.sort(key=lambda v: (v["date"], v["cadre"], v["recipient"].upper()))
    add_policy_columns(recipients)
    add_roles(recipients, cadres, pairings, people)  # last: no draw above moves
    return recipients, cadres, pairings, visits


def spread_dates(rng, a, b, n, taken):
    """n distinct dates in [a, b], one in each of n equal slices (a cadre spreads the year)."""
    if n == 0:
        return []
    pool = [d for d in days(a, b) if d not in taken]
    out = []
    for i in range(n):
        lo, hi = len(pool) * i // n, len(pool) * (i + 1) // n
        sl = pool[lo:hi]
        hot = [d for d in sl if d in HOT_DAYS]
        out.append(rng.choice(hot) if hot and rng.random() < 0.3 else rng.choice(sl))
    return out


def pick_mode(rng, r, kind):
    child = r["category"] in CHILD_CATS
    if kind == "c":
        modes = ["phone"] * 11 + ["wechat"] * 6 + ["sms"] * 2 + (["letter"] if child else [])
        return rng.choice(modes)
    if r["setting"] == "institution":
        return "institution"
    return "other" if rng.random() < 0.06 else "home"


def visit_row(rng, d, r, c, mode, extra):
    child = r["category"] in CHILD_CATS
    who = "child" if child else "adult"
    v = {k: "" for k in EN_COLS["visits"]}
    v.update(date=d.isoformat(), recipient=r["id"], cadre=c["id"], mode=mode)
    g = r["guardian_relation"] or "家人"
    if mode in ONLINE:
        v["items"] = rng.choice(CONTACT_ITEMS[who])
        v["notes"] = rng.choice(LETTER_NOTES) if mode == "letter" else rng.choice(CONTACT_NOTES[(who, mode)])
    elif mode == "other":
        v["items"] = "outing" if child else "talk;health"
        v["notes"] = "带孩子到城区公园游玩，吃了午饭后送回家。" if child else "在村委会见面交流，了解近期生活情况。"
    else:
        v["items"] = rng.choice(VISIT_ITEMS[who])
        v["notes"] = rng.choice(INSTITUTION_NOTES[:2] if child else INSTITUTION_NOTES[2:]) \
            if mode == "institution" else rng.choice(VISIT_NOTES[who])
        if "gift" in v["items"] and rng.random() < 0.6:
            v["funds"] = rng.choice(FUNDS)
    if d == D(2026, 6, 1) and mode == "institution":
        v["notes"] = "到平凉市儿童福利院和孩子们一起过\"六一\"儿童节，送去{gift}。"
    v["notes"] = v["notes"].format(g=g, n=rng.randrange(70, 99), s=SEASON_SAFETY[d.month], gift=SEASON_GIFT[d.month])
    if extra:
        v.update(extra)
        v["_fixed"] = True
    return v


def give_help(rng, rows, total):
    """Spread `total` help numbers (policies/difficulties/deeds) over the rows, visits first."""
    onsite = [v for v in rows if v["mode"] in ONSITE] or rows
    for i in range(total):
        v = onsite[i % len(onsite)] if len(onsite) < 3 else rng.choice(onsite)
        col = rng.choice(["policies", "difficulties", "deeds", "deeds"])
        v[col] = str(int(v[col] or 0) + 1)


# ---------------------------------------------------------------- policy columns and benefits.csv
# The columns the policy lists need (seed 001 附件6–8, `jiedui entitle`), set
# without the random generator so that no other cell moves. A 社区 is urban,
# a 村 rural. Per key: dibao class (rural disabled), self-care (extremely
# poor), school (overrides the one by age), health, setting (for children the
# ledger leaves without one).
POLICY = {
    "R03": dict(dibao="1", health="脑瘫，康复训练中"),
    "R07": dict(dibao="3", health="右下肢残疾"),           # rural class 3: living subsidy set locally
    "R10": dict(dibao="2", health="双眼低视力"),
    "R14": dict(dibao="1", health="精神分裂症，病情稳定"),
    "R22": dict(dibao="1", health="截瘫"),
    "R25": dict(dibao="2", health="失语"),                 # nursing subsidy missing (benefit-missing)
    "R30": dict(health="智力残疾"),                        # 西关社区: urban
    "R35": dict(dibao="1", health="多重残疾（肢体、言语）"),  # 多重: nursing undecided
    "R39": dict(dibao="2", health="左上肢截肢"),
    "R43": dict(dibao="4", health="下肢残疾"),
    "R58": dict(dibao="1", health="智力残疾"),
    "R47": dict(dibao="1", health="精神残疾，按时服药"),
    "R51": dict(dibao="2", health="肢体残疾"),
    "R54": dict(dibao="2", health="言语残疾"),
    "R04": dict(care="full"), "R11": dict(care="partial"), "R16": dict(care="none", health="中风后卧床"),
    "R23": dict(care="partial"), "R28": dict(care="full"), "R32": dict(care="full"), "R36": dict(care="full"),
    "R56": dict(care="partial"), "R38": dict(care="full"), "R42": dict(care="full"),
    "R45": dict(care="partial"),                           # 81: longevity allowance (80–89, 不低于25元)
    "R50": dict(care="full"),                              # 79: not yet on the longevity allowance
    "R52": dict(care="full"),
    "R13": dict(school="vocational"),                      # 18 since 2026-02-14: 福彩圆梦 aid, no child_living
    "R19": dict(school="preschool"),
    "R41": dict(school=""),                                # left school after 初中 (the dropout record)
}
BENEFIT_NAMES = {  # data-samples/standards/hezheng-2023.csv
    "child_living": "孤儿（事实无人抚养儿童）基本生活保障", "nursing": "重度残疾人护理补贴",
    "disabled_dibao": "困难重度残疾人最低生活保障", "living": "困难残疾人生活补贴", "poor_basic": "特困人员基本生活",
    "poor_care": "特困人员照料护理", "elder_service": "养老服务补贴", "elder_care": "养老护理补贴",
    "longevity": "高龄津贴", "preschool_fee": "学前教育保教费减免", "school_aid": "义务教育学习用品交通补助",
    "college_grant": "本专科国家助学金", "orphan_college": "福彩圆梦孤儿助学",
    "medical_insurance": "城乡居民医保个人缴费资助", "pension_insurance": "城乡居民养老保险代缴",
}
YEARLY = ("preschool_fee", "school_aid", "college_grant", "orphan_college")


def age_on(b, d):
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def add_policy_columns(recipients):
    for r in recipients:
        p = POLICY.get(r["_key"], {})
        age = age_on(r["_birth"], T)
        r["residence"] = "urban" if r["village"].endswith("社区") else "rural"
        if r["category"] == "disabled" and r["residence"] == "rural":
            r["dibao_class"] = p.get("dibao", "1")
        if r["category"] == "extremely_poor":
            r["self_care"] = p.get("care", "full")
        if r["category"] in CHILD_CATS or (r["category"] == "disabled" and age < 18):
            if r["category"] in CHILD_CATS and not r["setting"]:
                r["setting"] = "scattered"
            r["school"] = "preschool" if age <= 5 else "compulsory" if age <= 15 else "highschool" if age <= 17 else ""
        if "school" in p:
            r["school"] = p["school"]
        r["health"] = p.get("health", "健康" if r["_birth"].year >= 2004 else "一般")


def due_benefits(r):
    """What hezheng-2023 says is due on T: [(code, yuan or None for in-kind / set locally)].
    Written apart from jiedui's engine, so the goldens check one against the other."""
    cat, age, out = r["category"], age_on(r["_birth"], T), []
    t, g = r["disability_type"], int(r["disability_grade"] or 0)
    if cat in CHILD_CATS and age <= 17:
        out.append(("child_living", 1470 if r["setting"] == "institution" else 1080))
    if cat in CHILD_CATS + ("disabled",):
        if (t, g) in (("视力", 1), ("肢体", 1), ("智力", 1), ("智力", 2), ("精神", 1), ("精神", 2)):
            out.append(("nursing", 110))
        elif (t, g) in (("视力", 2), ("肢体", 2), ("听力", 1), ("听力", 2), ("言语", 1), ("言语", 2)):
            out.append(("nursing", 60))
    if cat == "disabled":
        if r["residence"] == "urban":
            out += [("disabled_dibao", 707), ("living", 110)]
        else:
            c = int(r["dibao_class"])
            out += [("disabled_dibao", {1: 465, 2: 442, 3: 89, 4: 62}[c]), ("living", 110 if c <= 2 else None)]
    if cat == "extremely_poor":
        care = r["self_care"]
        out.append(("poor_basic", 919 if r["residence"] == "urban" else 605))
        out.append(("poor_care", {"full": 150, "partial": 301, "none": 451}[care]))
        if (age >= 60 and care == "none") or age >= 80:
            out.append(("elder_service", 100))
        if age >= 60 and care == "none":
            out.append(("elder_care", 100))
        if age >= 80:
            out.append(("longevity", 25 if age <= 89 else 60 if age <= 99 else 100))
    if cat in CHILD_CATS + ("disabled",):
        fee = {"preschool": ("preschool_fee", 1000), "compulsory": ("school_aid", 500),
               "college": ("college_grant", 3300)}.get(r["school"])
        if fee:
            out.append(fee)
    if cat == "orphan" and age >= 18 and r["school"] in ("vocational", "college"):
        out.append(("orphan_college", 10000))
    if cat in CHILD_CATS + ("disabled", "extremely_poor"):
        out.append(("medical_insurance", None))
    if cat in ("disabled", "extremely_poor") and age >= 16:
        out.append(("pension_insurance", None))
    return out


def benefit_rows(recipients):
    """benefits.csv rows: every benefit due, recorded in full, except the planted cases."""
    rows = []
    for r in recipients:
        key, due = r["_key"], dict(due_benefits(r))
        if key == "R13":                        # turned 18 on 2026-02-14: child_living still paid (ineligible)
            due = {"child_living": 1080, **due}
        for code, yuan in due.items():
            if key == "R25" and code == "nursing":
                continue                        # eligible, never applied for (benefit-missing)
            if code == "living" and yuan is None:
                yuan = 50                       # class 3: the county's own amount (never short)
            if key == "R09" and code == "child_living":
                yuan = 1000                     # still the 2022 amount (benefit-short)
            if key == "R45" and code == "longevity":
                yuan = 30                       # above the 25-yuan minimum: received
            amount = "" if code in ("medical_insurance", "pension_insurance") else str(yuan)
            if code in YEARLY:
                span = ("2026-09-01", "2027-08-31")  # the school year
            elif code == "medical_insurance":
                span = ("2026-01", "2026-12")
            elif key == "R01" and code == "child_living":
                rows.append((r, code, "1000", "2023-06", "2023-12"))  # before the 2023 standard
                span = ("2024-01", "")
            else:
                span = ("2023-06", "2026-08" if r["status"] == "exited" else "")
            rows.append((r, code, amount, span[0], span[1]))
    return rows


def zh_month(text):
    return "%s年%s月" % (text[:4], text[5:7]) if len(text) == 7 else text


def write_benefits(recipients):
    rows = benefit_rows(recipients)
    en = [[r["id"], code, amount, a, b] for r, code, amount, a, b in rows]
    zh = [[r["id"], BENEFIT_NAMES[code], amount, zh_month(a), zh_month(b)] for r, code, amount, a, b in rows]
    write(os.path.join(HERE, "pingliang", "benefits.csv"),
          csv_text(["recipient", "benefit", "amount", "from", "to"], en, "\n").encode("utf-8"))
    zh_text = csv_text(["身份证号", "政策项目", "金额", "开始日期", "结束日期"], zh, "\r\n")
    write(os.path.join(HERE, "pingliang-zh", "benefits.csv"), zh_text.encode("utf-8-sig"))
    write(os.path.join(HERE, "pingliang-gb18030", "benefits.csv"), zh_text.encode("gb18030"))


# ---------------------------------------------------------------- writing
def csv_field(s):
    if any(ch in s for ch in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_text(header, rows, eol):
    lines = [",".join(csv_field(h) for h in header)]
    for row in rows:
        lines.append(",".join(csv_field(x) for x in row))
    return eol.join(lines) + eol


def to_zh(table, row):
    z = dict(row)
    if table == "recipients":
        child = row["category"] in CHILD_CATS
        z["gender"] = ZH_VALUE["gender"].get(row["gender"], "")
        z["category"] = ZH_VALUE["category"][row["category"]]
        z["level"] = ZH_VALUE["level"].get(row["level"], row["level"])
        if row["setting"]:
            z["setting"] = ZH_VALUE["setting_child" if child else "setting_adult"][row["setting"]]
        z["disability_grade"] = ZH_VALUE["grade"].get(row["disability_grade"], "")
        if len(row["birth"]) == 7:
            z["birth"] = "%s年%s月" % (row["birth"][:4], row["birth"][5:7])
        z["status"] = ZH_VALUE["rstatus"][row["status"]]
        for col in ("residence", "dibao_class", "self_care", "school"):
            z[col] = ZH_VALUE[col].get(row[col], "")
    elif table == "cadres":
        z["gender"] = ZH_VALUE["gender"].get(row["gender"], "")
        z["status"] = ZH_VALUE["cstatus"][row["status"]]
    elif table == "pairings":
        z["role"] = ZH_VALUE["role"].get(row["role"], "")
    elif table == "visits":
        z["mode"] = ZH_VALUE["mode"][row["mode"]]
        z["must"] = ZH_VALUE["must"].get(row["must"], "")
    return z


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_sets(tables):
    for name, rows in tables.items():
        en = [[r[k] for k in EN_COLS[name]] for r in rows]
        zh = [[z[k] for k in EN_COLS[name]] for z in (to_zh(name, r) for r in rows)]
        write(os.path.join(HERE, "pingliang", name + ".csv"), csv_text(EN_COLS[name], en, "\n").encode("utf-8"))
        zh_text = csv_text(ZH_COLS[name], zh, "\r\n")
        write(os.path.join(HERE, "pingliang-zh", name + ".csv"), zh_text.encode("utf-8-sig"))
        write(os.path.join(HERE, "pingliang-gb18030", name + ".csv"), zh_text.encode("gb18030"))


# ---------------------------------------------------------------- broken/
def write_broken():
    rng = random.Random(SEED + 1)
    ids = Ids(rng)
    mk = lambda area, y, m, d, male: ids.make(area, D(y, m, d), male)
    b1 = mk("620802", 2014, 3, 12, False)   # valid orphan
    b2 = mk("620802", 1971, 8, 5, True)     # valid disabled
    b3 = mk("620826", 2012, 11, 2, True)    # pairing-overlap
    b4 = mk("620826", 1956, 1, 20, False)   # end-before-start
    b5 = mk("620826", 1962, 6, 30, True)    # missing-value (pairing start)
    b6 = mk("620802", 2016, 7, 7, True)     # unknown-cadre
    good = mk("620802", 2013, 5, 1, True)
    bad_id = good[:17] + ("0" if good[17] != "0" else "1")  # wrong check char
    birth_mm = mk("620826", 2013, 6, 18, False)            # birth column says 2013-07
    gender_mm = mk("620826", 1966, 9, 9, True)             # gender column says 女
    exited = mk("620802", 1950, 2, 3, False)               # exited, no exit_date
    stranger = mk("620826", 2011, 4, 4, False)              # in no ledger: unknown-recipient
    kt = ["平凉市", "崆峒区", "白水镇", "白水村"]
    jn = ["平凉市", "静宁县", "威戎镇", "杨桥村"]

    def rec(i, name, g, birth, cat, place, status="active", exit_date="", **kw):
        r = {k: "" for k in BROKEN_RECIPIENT_COLS}
        r.update(id=i, name=name, gender=g, birth=birth, category=cat, city=place[0], county=place[1],
                 township=place[2], village=place[3], status=status, exit_date=exit_date, ethnicity="汉族", **kw)
        return [r[k] for k in BROKEN_RECIPIENT_COLS]

    recs = [
        rec(b1, "王欣怡", "F", "2014-03", "orphan", kt, setting="scattered"),
        rec(b2, "李建军", "M", "1971-08-05", "disabled", kt, disability_type="肢体", disability_grade="1",
            disability_cert=b2 + "41"),
        rec(b3, "张浩然", "M", "2012-11", "unsupported_child", jn),
        rec(b4, "赵秀英", "F", "1956-01", "extremely_poor", jn, setting="scattered"),
        rec(b5, "刘满仓", "M", "1962-06-30", "extremely_poor", jn),
        rec(b6, "陈宇航", "M", "2016-07", "orphan", kt, setting="scattered"),
        rec(bad_id, "杨子轩", "M", "2013-05", "orphan", kt),                      # bad-id
        rec(birth_mm, "何雨萱", "F", "2013-07", "unsupported_child", jn),          # id-birth-mismatch
        rec(gender_mm, "魏志强", "女", "1966-09", "disabled", jn, disability_type="视力",
            disability_grade="2", disability_cert=gender_mm + "12"),                # id-gender-mismatch
        rec(exited, "苏桂兰", "F", "1950-02", "extremely_poor", kt, status="exited"),  # missing-exit-date
    ]
    cad_cols = EN_COLS["cadres"]
    cads = [
        ["GS-BR-0001", "高丽娟", "F", "1982-04", "汉族", "崆峒区民政局", "股长", "四级主任科员", "13893312345",
         "平凉市", "崆峒区", "", "active"],
        ["GS-BR-0002", "孙海军", "M", "1975-10", "汉族", "静宁县残联", "副理事长", "乡科级副职", "13909331234",
         "平凉市", "静宁县", "", "active"],
        ["GS-BR-0003", "田晓燕", "F", "1990-01", "汉族", "威戎镇人民政府", "民政专干", "一级科员", "15101932468",
         "平凉市", "静宁县", "威戎镇", "active"],
        ["GS-BR-0002", "孙海涛", "M", "1979-03", "汉族", "静宁县民政局", "科员", "一级科员", "15193370011",
         "平凉市", "静宁县", "", "active"],                                           # duplicate-id
        ["GS-BR-0005", "韩静", "F"],                                                   # bad-csv (ragged row)
        ["GS-BR-0006", "郭志刚", "M", "1984-12", "汉族", "红寺镇人民政府", "副镇长", "乡科级副职", "13830452211",
         "平凉市", "静宁县", "红寺镇", "active"],
    ]
    pairs = [
        [b1, "GS-BR-0001", "2024-05-01", "", ""],
        [b2, "GS-BR-0002", "2024-05-01", "", ""],
        [b3, "GS-BR-0001", "2025-01-01", "2026-03-31", "工作调动"],
        [b3, "GS-BR-0003", "2026-03-01", "", ""],                                    # pairing-overlap (March 2026)
        [b4, "GS-BR-0003", "2026-05-01", "2026-04-30", "录入错误"],                  # end-before-start
        [b5, "GS-BR-0006", "", "", ""],                                                # missing-value (start)
        [b6, "GS-BR-0099", "2025-06-01", "", ""],                                    # unknown-cadre
    ]
    vcols = EN_COLS["visits"]

    def vis(date, r, c, mode, funds="", notes=""):
        v = {k: "" for k in vcols}
        v.update(date=date, recipient=r, cadre=c, mode=mode, funds=funds, notes=notes, items="talk")
        return ",".join(csv_field(v[k]) for k in vcols).encode("ascii")

    lines = [",".join(vcols).encode("ascii"),
             vis("2026-03-10", b1, "GS-BR-0001", "phone", notes="called the grandmother"),
             vis("2026-04-12", b2, "GS-BR-0002", "home", funds="200"),
             vis("2026-02-30", b1, "GS-BR-0001", "phone"),                           # bad-date
             vis("2999-01-01", b2, "GS-BR-0002", "phone"),                           # future-date
             vis("2026-05-06", b1, "GS-BR-0001", "fax"),                             # bad-value (mode)
             vis("2026-05-20", b2, "GS-BR-0002", "home", funds="12.345"),            # bad-value (funds)
             vis("2026-06-01", stranger, "GS-BR-0001", "phone"),                     # unknown-recipient
             vis("2026-06-15", b1, "GS-BR-0001", "home", notes="BAD") .replace(b"BAD", b"note \xff\xfe here"),  # bad-encoding
             ("2026-07-01,%s,GS-BR-0002,phone,talk,,,,,,,\"unterminated note" % b2).encode("ascii")]  # bad-csv (last row)
    out = os.path.join(HERE, "broken")
    write(os.path.join(out, "recipients.csv"), csv_text(BROKEN_RECIPIENT_COLS, recs, "\n").encode("utf-8"))
    write(os.path.join(out, "cadres.csv"), csv_text(cad_cols, cads, "\n").encode("utf-8"))
    write(os.path.join(out, "pairings.csv"), csv_text(EN_COLS["pairings"][:5], pairs, "\n").encode("utf-8"))
    write(os.path.join(out, "visits.csv"), b"\n".join(lines) + b"\n")
    write(os.path.join(out, "rules.csv"),                                           # missing-column (no `per`)
          b"category,level,measure,min,max_gap\norphan,*,contacts,4,\norphan,*,visits,2,\n")


def write_wangcheng():
    import make_wangcheng
    rng = random.Random(make_wangcheng.SEED + 1)
    out = os.path.join(HERE, "wangcheng")
    tables = make_wangcheng.build(Ids(rng), People(rng))
    for name, (header, rows) in tables.items():
        write(os.path.join(out, name + ".csv"), csv_text(header, rows, "\n").encode("utf-8"))
    write(os.path.join(out, "jiedui.toml"), make_wangcheng.TOML.encode("utf-8"))
    return make_wangcheng.self_check(tables)


def main():
    recipients, cadres, pairings, visits = build()
    write_sets({"recipients": recipients, "cadres": cadres, "pairings": pairings, "visits": visits})
    write_benefits(recipients)
    write_broken()
    sys.path.insert(0, HERE)
    problems = write_wangcheng()
    for p in problems:
        print("FAIL: wangcheng: " + p)
    import check_samples
    return check_samples.main([]) or (1 if problems else 0)


if __name__ == "__main__":
    sys.exit(main())
