"""The wangcheng/ sample set (see README.md): a street office running 《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》's
scheme (《金安区望城街道特殊困难群体关爱帮扶长效机制实施方案》): every recipient
has a 包保责任人 (role cadre) and a 关爱帮扶联系人 (role helper), levels 1–3,
a quarter (2026-Q3) of records and of 督查表 inspections.

Called by make_samples.py (build(ids, people) returns the tables); standard
library only, its own fixed seed, so a second run writes the same bytes.
"""
import datetime as dt
import random

D = dt.date
SEED = 20260930
Q0, Q1 = D(2026, 7, 1), D(2026, 9, 30)  # --quarter 2026-Q3 --as-of 2026-09-30
AREA = "341502"  # 六安市金安区
CITY, COUNTY, TOWNSHIP = "六安市", "金安区", "望城街道"
# Made-up villages and 社区 of the street (5 × 8 recipients).
VILLAGES = ["望城岗社区", "九墩塘社区", "双河村", "黄墩村", "新桥村"]
CATEGORIES = ["extremely_poor", "disabled", "elderly_alone", "dibao", "extremely_poor", "disabled",
              "elderly_alone", "unsupported_child"]
LEVEL_PERIOD = {"3": 3, "2": 7, "1": 15}  # the profile's cadre rule: any record every 3 days / week / half-month

# Keys of planted helpers (index of the recipient they serve, 0-based) and
# what happens to them; README.md lists them.
H_CLEAN = 0  # all inspections pass: strike 0
H_ONE = 1  # fails in July: strike 1, a warning
H_TWO = 2  # fails twice on one July day (one strike) and once in August: strike 2, August withheld
H_THREE_ENDED = 3  # three strikes by 2026-09-04; pairing ended 2026-09-09, a new helper from 2026-09-10
H_THREE_ACTIVE = 4  # three strikes, pairing still active on T: helper-not-terminated
H_GAP = 5  # misses three weeks in August: the weekly helper rule is missed
H_LATE = 6  # the helper pairing starts 2026-08-12 (mid-month)
R_CADRE_GAP = 9  # level 3: the cadre makes no record 2026-09-01 … 2026-09-14: any-missed, gap-exceeded

EN_RECIPIENTS = ["id", "name", "gender", "birth", "ethnicity", "category", "level", "household", "city", "county",
                 "township", "village", "phone", "guardian_name", "guardian_relation", "guardian_phone", "status",
                 "exit_date"]
EN_CADRES = ["id", "name", "gender", "birth", "ethnicity", "unit", "position", "rank", "phone", "city", "county",
             "township", "status"]
EN_PAIRINGS = ["recipient", "cadre", "start", "end", "reason", "role"]
EN_VISITS = ["date", "recipient", "cadre", "mode", "items", "policies", "difficulties", "deeds", "funds",
             "escalated", "must", "notes"]
EN_INSPECTIONS = ["date", "recipient", "helper", "inspector", "visited", "activities", "environment", "satisfied",
                  "notes"]
INSPECTORS = ["街道民政办 王主任", "街道纪工委 陈干事", "街道党政办 刘科员"]
HELPER_NOTES = ["上门探访，陪老人聊天，查看室内卫生和用电安全。", "打扫院落，整理物品，开窗通风。",
                "电话询问身体状况，提醒按时服药。", "帮助购买生活用品，送到家中。", "陪同到社区卫生服务站测量血压。"]
CADRE_NOTES = ["电话了解近况，宣传帮扶政策。", "入户走访，了解生活困难和需求。", "微信视频，询问身体和生活情况。"]


def build(ids, people):
    rng = random.Random(SEED)
    recipients, cadres, pairings, visits, inspections = [], [], [], [], []

    def cadre_row(cid, unit, position, rank, gender, year):
        c = {k: "" for k in EN_CADRES}
        c.update(id=cid, name=people.name(gender, year), gender=gender, birth="%04d-%02d" % (year, rng.randrange(1, 13)),
                 ethnicity="汉族", unit=unit, position=position, rank=rank, phone=people.phone(), city=CITY,
                 county=COUNTY, township=TOWNSHIP, status="active")
        cadres.append(c)
        return c

    # 包保责任人: street and village cadres, one per four recipients.
    bao = [cadre_row("WC-B-%02d" % (i + 1), "望城街道办事处" if i < 5 else VILLAGES[i - 5] + "两委",
                     "包保责任人", "一级科员" if i < 5 else "", "F" if i % 3 == 0 else "M", 1970 + 2 * i)
           for i in range(10)]
    # 关爱帮扶联系人: residents and volunteers, one per recipient, plus the replacement of H_THREE_ENDED.
    helpers = [cadre_row("WC-L-%02d" % (i + 1), VILLAGES[min(i // 8, 4)] + "志愿者服务队", "关爱帮扶联系人", "",
                         "F" if i % 2 == 0 or CATEGORIES[i % 8] == "unsupported_child" else "M", 1965 + (i * 7) % 30)
               for i in range(41)]

    for i in range(40):
        village = VILLAGES[i // 8]
        cat = CATEGORIES[i % 8]
        child = cat == "unsupported_child"
        male = rng.random() < 0.5
        year = 2014 + i % 5 if child else 1938 + (i * 3) % 30
        birth = D(year, 1 + (i * 5) % 12, 1 + (i * 7) % 28)
        r = {k: "" for k in EN_RECIPIENTS}
        level = "3" if i % 3 == 0 else ("2" if i % 3 == 1 else "1")
        if i == H_LATE:
            level = "2"  # 300 a month: 300 × 20/31 = 193.55 for August (12th–31st)
        r.update(id=ids.make(AREA, birth, male), name=people.name("M" if male else "F", year), gender="M" if male else "F",
                 birth=birth.strftime("%Y-%m-%d"), ethnicity="汉族", category=cat, level=level, city=CITY,
                 county=COUNTY, township=TOWNSHIP, village=village, phone=people.phone(), status="active")
        if child:
            r.update(guardian_name=people.name("F", 1958), guardian_relation="祖母", guardian_phone=people.phone())
        recipients.append(r)

        cadre = bao[i // 4]
        helper = helpers[i]
        pairings.append([r["id"], cadre["id"], "2026-01-01", "", "", "cadre"])
        if i == H_THREE_ENDED:
            pairings.append([r["id"], helper["id"], "2026-01-01", "2026-09-09", "三次督查不合格，终止帮扶协议", "helper"])
            pairings.append([r["id"], helpers[40]["id"], "2026-09-10", "", "", "helper"])
        elif i == H_LATE:
            pairings.append([r["id"], helper["id"], "2026-08-12", "", "", "helper"])
        else:
            pairings.append([r["id"], helper["id"], "2026-01-01", "", "", "helper"])

        # The cadre's records: one every LEVEL_PERIOD days from the quarter's
        # first day, a phone call or a visit: every bucket of the rule has one.
        step = LEVEL_PERIOD[level]
        d = Q0
        while d <= Q1:
            mode = "home" if rng.random() < 0.4 else "phone"
            if not (i == R_CADRE_GAP and D(2026, 9, 1) <= d <= D(2026, 9, 14)):
                visits.append(visit(d, r, cadre, mode, rng.choice(CADRE_NOTES), rng))
            d += dt.timedelta(days=step)

        # The helper's records: a home visit in every week (Monday to Sunday).
        def helper_weeks(who, first, last, skip=()):
            monday = first - dt.timedelta(days=first.weekday())
            while monday <= last:
                lo, hi = max(monday, first), min(monday + dt.timedelta(days=6), last)
                if monday not in skip:
                    day = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
                    visits.append(visit(day, r, who, "home", rng.choice(HELPER_NOTES), rng))
                monday += dt.timedelta(days=7)

        if i == H_THREE_ENDED:
            helper_weeks(helper, Q0, D(2026, 9, 9))
            helper_weeks(helpers[40], D(2026, 9, 10), Q1)
        elif i == H_LATE:
            helper_weeks(helper, D(2026, 8, 12), Q1)
        elif i == H_GAP:
            helper_weeks(helper, Q0, Q1, skip={D(2026, 8, 3), D(2026, 8, 10), D(2026, 8, 17)})
        else:
            helper_weeks(helper, Q0, Q1)

        # 督查表: each helper inspected once a month; the planted ones fail.
        def inspect(day, who, ok=(True, True, True, True), note=""):
            row = {k: "" for k in EN_INSPECTIONS}
            style = len(inspections) % 4  # every accepted spelling of yes/no appears
            yes, no = [("yes", "no"), ("是", "否"), ("√", "×"), ("1", "0")][style]
            row.update(date=day.isoformat(), recipient=r["id"], helper=who["id"],
                       inspector=INSPECTORS[len(inspections) % 3], notes=note)
            for col, good in zip(("visited", "activities", "environment", "satisfied"), ok):
                row[col] = yes if good else no
            if style == 1:
                row["satisfied"] = "满意" if ok[3] else "不满意"
            inspections.append(row)

        first = helpers[40] if i == H_THREE_ENDED else helper
        if i == H_ONE:
            inspect(D(2026, 7, 16), helper, (True, True, False, True), "院落杂乱，室内有异味")
            inspect(D(2026, 8, 18), helper)
            inspect(D(2026, 9, 15), helper)
        elif i == H_TWO:
            inspect(D(2026, 7, 16), helper, (False, True, True, True), "本月未开展走访")
            inspect(D(2026, 7, 16), helper, (True, True, True, False), "对象反映联系人态度不好")  # same day: one strike
            inspect(D(2026, 8, 18), helper, (True, False, True, True), "未开展关爱帮扶活动")
            inspect(D(2026, 9, 15), helper)
        elif i == H_THREE_ENDED:
            inspect(D(2026, 7, 8), helper, (True, True, False, True), "家中卫生差")
            inspect(D(2026, 8, 5), helper, (False, True, True, True), "未按要求每周探访")
            inspect(D(2026, 9, 4), helper, (True, True, True, False), "对象不满意")
            inspect(D(2026, 9, 22), first)
        elif i == H_THREE_ACTIVE:
            inspect(D(2026, 7, 9), helper, (False, False, True, True), "走访记录不实")
            inspect(D(2026, 8, 6), helper, (True, True, False, True), "门前院落不整洁")
            inspect(D(2026, 9, 3), helper, (True, True, True, False), "对象不满意")
        elif i == H_LATE:
            inspect(D(2026, 9, 15), helper)
        else:
            for day in (D(2026, 7, 14 + i % 5), D(2026, 8, 17 + i % 5), D(2026, 9, 14 + i % 5)):
                inspect(day, helper)
    visits.sort(key=lambda v: (v["date"], v["recipient"], v["cadre"]))
    inspections.sort(key=lambda v: (v["date"], v["recipient"]))
    return {"recipients": (EN_RECIPIENTS, [[r[k] for k in EN_RECIPIENTS] for r in recipients]),
            "cadres": (EN_CADRES, [[c[k] for k in EN_CADRES] for c in cadres]),
            "pairings": (EN_PAIRINGS, pairings),
            "visits": (EN_VISITS, [[v[k] for k in EN_VISITS] for v in visits]),
            "inspections": (EN_INSPECTIONS, [[v[k] for k in EN_INSPECTIONS] for v in inspections])}


def visit(d, r, who, mode, note, rng):
    v = {k: "" for k in EN_VISITS}
    v.update(date=d.isoformat(), recipient=r["id"], cadre=who["id"], mode=mode,
             items="talk;health" if mode == "home" else "talk", notes=note)
    if mode == "home" and rng.random() < 0.1:
        v["deeds"] = "1"
    return v


def self_check(tables):
    """The planted cases of README.md, recomputed from the rows: the strikes
    (failed dates) of each planted helper, the weeks without a helper visit,
    the helper pairing that ended and the ones that start mid-month."""
    problems = []
    _, inspections = tables["inspections"]
    no = {"no", "否", "×", "0", "不满意"}
    failed = {}
    for row in inspections:
        if any(cell in no for cell in row[4:8]):
            failed.setdefault(row[2], set()).add(row[0])
    want = {"WC-L-01": 0, "WC-L-02": 1, "WC-L-03": 2, "WC-L-04": 3, "WC-L-05": 3}
    for helper, n in want.items():
        if len(failed.get(helper, ())) != n:
            problems.append("%s: %d strikes, want %d" % (helper, len(failed.get(helper, ())), n))
    if set(failed) != {h for h, n in want.items() if n}:
        problems.append("unplanted strikes: %s" % sorted(set(failed) - set(want)))
    _, visits = tables["visits"]
    weeks = {dt.date.fromisoformat(v[0]).isocalendar()[1] for v in visits if v[2] == "WC-L-06"}
    missing = set(range(Q0.isocalendar()[1], Q1.isocalendar()[1] + 1)) - weeks
    if missing != {32, 33, 34}:
        problems.append("WC-L-06 misses weeks %s, want 32-34" % sorted(missing))
    _, pairings = tables["pairings"]
    ended = [p for p in pairings if p[3]]
    if [(p[1], p[3]) for p in ended] != [("WC-L-04", "2026-09-09")]:
        problems.append("ended helper pairings: %s" % ended)
    late = sorted((p[1], p[2]) for p in pairings if p[2] not in ("2026-01-01",))
    if late != [("WC-L-07", "2026-08-12"), ("WC-L-41", "2026-09-10")]:
        problems.append("mid-month helper pairings: %s" % late)
    return problems


TOML = """# 望城街道: the wangcheng profile's frequency rules by level, and the
# helpers' 200 / 300 yuan a month (level 1 / levels 2 and 3).
profile = "wangcheng"
"""
