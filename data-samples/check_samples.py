#!/usr/bin/env python3
"""Self-check of the sample ledger sets written by make_samples.py.

    python3 data-samples/check_samples.py [--table] [--findings PROFILE]

1. pingliang/: every ID checksum and embedded birth date, gender/birth columns
   agree with the IDs, unique ids, known references, no overlapping pairings,
   no end before start, exited recipients have exit_date, no date after
   2026-11-20, well-formed numbers and enums (what `jiedui check` checks).
2. pingliang-zh/ and pingliang-gb18030/ decode to the same ledger as pingliang/.
3. A small reference audit (SPEC §5) of pingliang/ for --year 2026
   --as-of 2026-11-20 under gansu, pingliang and wangcheng: the planted cases
   give exactly the findings listed in README.md.
4. broken/: each planted defect is where README.md says.

`--findings PROFILE` prints the reference audit's findings as CSV (with the
columns of SPEC §5, ids unmasked) — handy when writing golden tests;
`--table` prints the planted-case table of README.md.
Standard library only. Exit 0 when every check passes.
"""
import csv
import datetime as dt
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import make_samples as ms  # noqa: E402

D = dt.date
P0, P1, T = ms.P0, ms.P1, ms.T
FAILS = []


def fail(msg):
    FAILS.append(msg)


# ---------------------------------------------------------------- reading
def read_table(path):
    """Rows as dicts with canonical English keys, plus each record's physical line."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    table = os.path.basename(path)[:-4]
    alias = {}
    for en, zh in zip(ms.EN_COLS[table], ms.ZH_COLS[table]):
        alias[en] = en
        alias[zh] = en
    rd = csv.reader(io.StringIO(text, newline=""))
    header = [alias[h.strip().lower() if h.strip().lower() in alias else h.strip()] for h in next(rd)]
    rows, line = [], 2
    for rec in rd:
        row = dict(zip(header, rec))
        if len(rec) != len(header):
            fail("%s:%d: ragged row" % (path, line))
        row["_line"] = line
        rows.append(row)
        line += 1 + sum(f.count("\n") for f in rec)
    return rows, raw


REV = {k: {zh: en for en, zh in v.items()} for k, v in ms.ZH_VALUE.items()}
LEVEL = {"1": "1", "2": "2", "3": "3", "一级": "1", "二级": "2", "三级": "3", "1级": "1", "2级": "2", "3级": "3"}
RANKS = ["省部级正职", "省部级副职", "厅局级正职", "厅局级副职", "一巡", "省管二巡", "二巡", "县处级正职", "县处级副职",
         "一调", "二调", "三调", "四调", "乡科级正职", "乡科级副职", "一级主任科员", "二级主任科员", "三级主任科员",
         "四级主任科员", "一级科员", "二级科员"]


def gender(s):
    return {"男": "M", "女": "F", "M": "M", "F": "F", "male": "M", "female": "F", "": None}[s.strip()]


def birth(s):
    """(y, m, d or None) from YYYY-MM, YYYY-MM-DD, YYYY.MM, YYYY年MM月; None if empty."""
    s = s.strip()
    if not s:
        return None
    if s.endswith("月") and "年" in s:
        y, m = s[:-1].split("年")
        return (int(y), int(m), None)
    parts = s.replace(".", "-").split("-")
    y, m = int(parts[0]), int(parts[1])
    d = int(parts[2]) if len(parts) == 3 else None
    D(y, m, d or 1)
    return (y, m, d)


def pdate(s):
    if len(s) != 10 or s[4] != "-" or s[7] != "-":
        raise ValueError(s)
    return D(int(s[:4]), int(s[5:7]), int(s[8:]))


def id_ok(i):
    i = i.upper()
    if len(i) != 18 or not i[:17].isdigit() or ms.check_char(i[:17]) != i[17]:
        return None
    try:
        b = D(int(i[6:10]), int(i[10:12]), int(i[12:14]))
    except ValueError:
        return None
    return b, ("M" if int(i[16]) % 2 else "F")


def load(dirpath):
    """A ledger set in canonical form: values normalised to the English codes."""
    out = {}
    for t in ("recipients", "cadres", "pairings", "visits"):
        rows, _ = read_table(os.path.join(dirpath, t + ".csv"))
        for r in rows:
            if t == "recipients":
                r["gender"] = gender(r["gender"])
                r["category"] = REV["category"].get(r["category"], r["category"])
                r["level"] = LEVEL.get(r["level"], r["level"])
                r["setting"] = REV["setting_child"].get(r["setting"], REV["setting_adult"].get(r["setting"], r["setting"]))
                r["disability_grade"] = REV["grade"].get(r["disability_grade"], r["disability_grade"])
                r["birth"] = birth(r["birth"])
                r["status"] = REV["rstatus"].get(r["status"], r["status"]) or "active"
                for col in ("residence", "dibao_class", "self_care", "school"):
                    r[col] = REV[col].get(r[col], r[col])
                r["id"] = r["id"].upper()
            elif t == "cadres":
                r["gender"] = gender(r["gender"])
                r["birth"] = birth(r["birth"])
                r["status"] = REV["cstatus"].get(r["status"], r["status"]) or "active"
                r["id"] = r["id"].upper()
            elif t == "pairings":
                r["recipient"], r["cadre"] = r["recipient"].upper(), r["cadre"].upper()
                role = r.get("role", "")
                r["role"] = REV["role"].get(role, role) or "cadre"
            else:
                r["mode"] = REV["mode"].get(r["mode"], r["mode"])
                r["must"] = REV["must"].get(r["must"], r["must"])
                r["recipient"], r["cadre"] = r["recipient"].upper(), r["cadre"].upper()
        out[t] = rows
    return out


# ---------------------------------------------------------------- 1. validity
def validate(L, name):
    rec_ids, cad_ids = {}, {}
    for r in L["recipients"]:
        where = "%s/recipients.csv:%d" % (name, r["_line"])
        ok = id_ok(r["id"])
        if not ok:
            fail(where + ": bad id " + r["id"])
            continue
        b, g = ok
        if r["id"] in rec_ids:
            fail(where + ": duplicate id")
        rec_ids[r["id"]] = r
        if r["gender"] and r["gender"] != g:
            fail(where + ": gender disagrees with id")
        if r["birth"] and (r["birth"][:2] != (b.year, b.month) or r["birth"][2] not in (None, b.day)):
            fail(where + ": birth disagrees with id")
        if r["category"] not in ms.ZH_VALUE["category"]:
            fail(where + ": category " + r["category"])
        if r["disability_cert"] and (len(r["disability_cert"]) != 20 or r["disability_cert"][:18] != r["id"]
                                     or not r["disability_cert"][18:].isdigit()):
            fail(where + ": disability cert")
        if r["disability_grade"] not in ("", "1", "2", "3", "4"):
            fail(where + ": disability grade")
        if r["status"] == "exited" and not r["exit_date"]:
            fail(where + ": exited without exit_date")
        if r["exit_date"] and pdate(r["exit_date"]) > T:
            fail(where + ": exit_date after as-of")
        for col in ("phone", "guardian_phone"):
            if r[col] and (len(r[col]) != 11 or not r[col].isdigit() or r[col][0] != "1"):
                fail(where + ": phone " + r[col])
        if r["guardian_id"] and not id_ok(r["guardian_id"]):
            fail(where + ": guardian id")
        for col in ("city", "county", "township", "village", "name"):
            if not r[col]:
                fail(where + ": empty " + col)
        r["_b"], r["_g"] = b, g
    for c in L["cadres"]:
        where = "%s/cadres.csv:%d" % (name, c["_line"])
        if c["id"] in cad_ids:
            fail(where + ": duplicate id")
        cad_ids[c["id"]] = c
        if len(c["id"]) == 18 and c["id"][:17].isdigit():
            ok = id_ok(c["id"])
            if not ok:
                fail(where + ": bad id")
            elif (c["gender"] and c["gender"] != ok[1]) or (c["birth"] and c["birth"][:2] != (ok[0].year, ok[0].month)):
                fail(where + ": gender/birth disagree with id")
        if c["rank"] and c["rank"] not in RANKS:
            fail(where + ": rank " + c["rank"])
        if c["status"] not in ("active", "retired", "left"):
            fail(where + ": status")
        if c["birth"] and not 1960 <= c["birth"][0] <= 1998:
            fail(where + ": cadre birth year")
    by_rec = {}
    for p in L["pairings"]:
        where = "%s/pairings.csv:%d" % (name, p["_line"])
        if p["recipient"] not in rec_ids:
            fail(where + ": unknown recipient")
        if p["cadre"] not in cad_ids:
            fail(where + ": unknown cadre")
        p["_s"] = pdate(p["start"])
        p["_e"] = pdate(p["end"]) if p["end"] else None
        if p["_s"] > T or (p["_e"] and p["_e"] > T):
            fail(where + ": date after as-of")
        if p["_e"] and p["_e"] < p["_s"]:
            fail(where + ": end before start")
        by_rec.setdefault((p["recipient"], p["role"]), []).append(p)  # one active pairing per role
    for (rid, _), ps in by_rec.items():
        ps.sort(key=lambda p: p["_s"])
        for a, b in zip(ps, ps[1:]):
            if a["_e"] is None or a["_e"] >= b["_s"]:
                fail("%s: overlapping pairings of %s" % (name, rid))
        r = rec_ids.get(rid)
        if r and r["status"] == "exited":
            ex = pdate(r["exit_date"])
            if any(p["_e"] is None or p["_e"] >= ex for p in ps):
                fail("%s: pairing of exited %s runs past exit_date" % (name, rid))
    for v in L["visits"]:
        where = "%s/visits.csv:%d" % (name, v["_line"])
        v["_d"] = pdate(v["date"])
        if v["_d"] > T or v["_d"] < P0:
            fail(where + ": date outside 2026-01-01..2026-11-20")
        if v["recipient"] not in rec_ids:
            fail(where + ": unknown recipient")
        if v["cadre"] not in cad_ids:
            fail(where + ": unknown cadre")
        if v["mode"] not in ms.ONLINE + ms.ONSITE:
            fail(where + ": mode")
        if v["must"] not in ("", "hospital", "dropout", "disaster", "bereavement"):
            fail(where + ": must")
        for col in ("policies", "difficulties", "deeds", "escalated"):
            if v[col] and not v[col].isdigit():
                fail(where + ": " + col)
        f = v["funds"]
        if f and not (f.replace(".", "", 1).isdigit() and (("." not in f) or 1 <= len(f.split(".")[1]) <= 2)):
            fail(where + ": funds " + f)
        v["_help"] = sum(int(v[c] or 0) for c in ("policies", "difficulties", "deeds"))
    return rec_ids, cad_ids


def canonical(L):
    """A comparable picture of a ledger set: every cell, normalised."""
    out = {}
    for t, rows in L.items():
        out[t] = [tuple((k, v) for k, v in sorted(r.items()) if not k.startswith("_") and k != "birth")
                  + (("birth_parsed", r.get("birth") if t in ("recipients", "cadres") else None),)
                  for r in rows]
    return out


# ---------------------------------------------------------------- 3. reference audit
def load_rules(profile):
    rows, _ = read_rules(os.path.join(HERE, "profiles", profile + ".csv"))
    return rows


def read_rules(path):
    rd = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    return [(r["category"], LEVEL.get(r["level"], r["level"]), r["measure"], int(r["min"]), r["per"],
             int(r["max_gap"]) if r["max_gap"] else None, r.get("role") or "cadre") for r in rd], None


def rules_for(r, rules, role="cadre"):
    """The rows of `role` (a pairing uses its own role's rows), most specific match first."""
    rules = [x[:6] for x in rules if x[6] == role]
    lvl = r["level"]
    keys = [(r["category"], "*"), ("*", "*")] if not lvl else \
        [(r["category"], lvl), (r["category"], "*"), ("*", lvl), ("*", "*")]
    for k in keys:
        rows = [x for x in rules if (x[0], x[1]) == k]
        if rows:
            return rows
    return []


def buckets(per, w0, w1, start):
    one = dt.timedelta(days=1)
    out = []
    d = w0
    while d <= w1:
        if per == "year":
            b0, b1 = D(d.year, 1, 1), D(d.year, 12, 31)
        elif per == "quarter":
            q0 = 3 * ((d.month - 1) // 3) + 1
            b0 = D(d.year, q0, 1)
            b1 = (D(d.year + 1, 1, 1) if q0 == 10 else D(d.year, q0 + 3, 1)) - one
        elif per == "month":
            b0 = D(d.year, d.month, 1)
            b1 = (D(d.year + 1, 1, 1) if d.month == 12 else D(d.year, d.month + 1, 1)) - one
        elif per == "halfmonth":
            if d.day <= 15:
                b0, b1 = D(d.year, d.month, 1), D(d.year, d.month, 15)
            else:
                b0 = D(d.year, d.month, 16)
                b1 = (D(d.year + 1, 1, 1) if d.month == 12 else D(d.year, d.month + 1, 1)) - one
        elif per == "week":
            b0 = d - dt.timedelta(days=d.weekday())
            b1 = b0 + dt.timedelta(days=6)
        elif per == "day":
            b0 = b1 = d
        elif per.endswith("d"):
            n = int(per[:-1])
            k = (d - start).days // n
            b0 = start + dt.timedelta(days=k * n)
            b1 = b0 + dt.timedelta(days=n - 1)
        else:
            raise ValueError(per)
        out.append((b0, b1))
        d = b1 + one
    return out


RANK = {"met": 0, "on_track": 1, "behind": 2, "missed": 3}
SEV = {"gender-mismatch": "error", "gender-exception": "notice", "gender-unverifiable": "error", "unpaired": "error",
       "household-split": "warning", "aged-out": "warning", "cadre-unavailable": "error",
       "visit-not-paired": "warning", "no-rule": "notice", "overdue": "error", "gap-exceeded": "warning"}


def qualifies(v, measure):
    return {"contacts": v["mode"] in ms.ONLINE, "visits": v["mode"] in ms.ONSITE, "any": True,
            "help": True}[measure]


def audit(L, recs, cads, rules, gender_gap):
    found = []  # dicts

    def add(code, r, cadre="", measure="", per="", required="", done="", frm="", to=""):
        sev = SEV.get(code) or ("error" if code.endswith("-missed") else "warning")
        found.append(dict(severity=sev, code=code, city=r["city"], county=r["county"], township=r["township"],
                          village=r["village"], cadre=cadre, cadre_name=cads[cadre]["name"] if cadre else "",
                          recipient=r["id"], recipient_name=r["name"], measure=measure, per=per,
                          required=str(required), done=str(done), **{"from": str(frm or ""), "to": str(to or "")},
                          detail=""))

    def active_rec(r, d):
        return r["status"] != "exited" or d < pdate(r["exit_date"])

    def active(p, d):
        return p["_s"] <= d and (p["_e"] is None or d <= p["_e"])

    pairs = L["pairings"]
    in_p = [p for p in pairs if p["_s"] <= P1 and (p["_e"] is None or p["_e"] >= P0)]

    def pairing_on(rid, d):  # the cadre pairing
        ps = sorted((p for p in pairs if p["recipient"] == rid and p["role"] == "cadre" and active(p, d)),
                    key=lambda p: p["_s"])
        return ps[0] if ps else None

    # gender rule
    if gender_gap:
        for p in in_p:
            r, c = recs[p["recipient"]], cads[p["cadre"]]
            if r["_g"] != "F" or r["category"] not in ms.CHILD_CATS or c["gender"] == "F":
                continue
            w0, w1 = max(p["_s"], P0), min(p["_e"] or P1, P1)
            passes = None
            if c["birth"]:
                cy, cm, cd = c["birth"]
                rb = r["_b"]
                if cd is None:
                    passes = (rb.year - cy) * 12 + (rb.month - cm) >= 12 * gender_gap
                else:
                    passes = rb.year - cy - ((rb.month, rb.day) < (cm, cd)) >= gender_gap
            if c["gender"] == "M" and passes is not None:
                add("gender-exception" if passes else "gender-mismatch", r, p["cadre"], frm=w0, to=w1)
            elif not passes:
                add("gender-unverifiable", r, p["cadre"], frm=w0, to=w1)
    # recipients on T
    for rid, r in recs.items():
        if not active_rec(r, T):
            continue
        p = pairing_on(rid, T)
        if not p:
            add("unpaired", r)
        age = T.year - r["_b"].year - ((T.month, T.day) < (r["_b"].month, r["_b"].day))
        if r["category"] in ms.CHILD_CATS and age >= 18:
            add("aged-out", r, p["cadre"] if p else "")
        if any(q["recipient"] == rid and q["role"] == "cadre" for q in in_p) and not rules_for(r, rules):
            add("no-rule", r)
    hh = {}
    for rid, r in recs.items():
        p = pairing_on(rid, T)
        if r["household"] and active_rec(r, T) and p:
            hh.setdefault(r["household"], []).append((r, p["cadre"]))
    for members in hh.values():
        if len({c for _, c in members}) > 1:
            for r, c in members:
                add("household-split", r, c)
    for p in pairs:
        if active(p, T) and cads[p["cadre"]]["status"] == "left":
            add("cadre-unavailable", recs[p["recipient"]], p["cadre"], frm=p["start"], to=p["end"])
    for v in L["visits"]:
        if P0 <= v["_d"] <= min(P1, T):
            p = pairing_on(v["recipient"], v["_d"])
            other = any(q["recipient"] == v["recipient"] and q["cadre"] == v["cadre"] and q["role"] != "cadre"
                        and active(q, v["_d"]) for q in pairs)  # a record counts for a pairing of any role
            if (not p or p["cadre"] != v["cadre"]) and not other:
                add("visit-not-paired", recs[v["recipient"]], v["cadre"], frm=v["_d"], to=v["_d"])
    # compliance and gaps
    statuses = {}
    for p in in_p:
        r = recs[p["recipient"]]
        w0, w1 = max(p["_s"], P0), min(p["_e"] or P1, P1)
        own = [v for v in L["visits"] if v["recipient"] == p["recipient"] and v["cadre"] == p["cadre"]
               and w0 <= v["_d"] <= w1 and v["_d"] <= T]
        worst = "met"
        for (_, _, measure, mn, per, gap) in rules_for(r, rules, p["role"]):
            status, req_sum, done_sum = "met", 0, 0
            for b0, b1 in buckets(per, w0, w1, p["_s"]):
                lo, hi = max(b0, w0), min(b1, w1)
                covered, nb = (hi - lo).days + 1, (b1 - b0).days + 1
                req = (2 * mn * covered + nb) // (2 * nb)
                recs_b = [v for v in own if lo <= v["_d"] <= hi and qualifies(v, measure)]
                done = sum(v["_help"] for v in recs_b) if measure == "help" else len(recs_b)
                if done >= req:
                    st = "met"
                elif T >= hi:
                    st = "missed"
                else:
                    elapsed = max(0, (min(hi, T) - lo).days + 1)
                    st = "on_track" if done >= (req * elapsed) // covered else "behind"
                status = max(status, st, key=RANK.get)
                req_sum += req
                done_sum += done
            worst = max(worst, status, key=RANK.get)
            if status in ("missed", "behind"):
                add("%s-%s" % (measure, status), r, p["cadre"], measure, per, req_sum, done_sum, w0, w1)
            if gap is not None and w0 <= T:
                pts = sorted([w0] + [v["_d"] for v in own if qualifies(v, measure)])
                for a, b in zip(pts, pts[1:]):
                    if (b - a).days > gap:
                        add("gap-exceeded", r, p["cadre"], measure, per, gap, (b - a).days, a, b)
                end = min(T, w1)
                if (end - pts[-1]).days > gap:
                    add("overdue" if w0 <= T <= w1 else "gap-exceeded", r, p["cadre"], measure, per, gap,
                        (end - pts[-1]).days, pts[-1], end)
        if rules_for(r, rules, p["role"]):
            statuses[(p["recipient"], p["cadre"], p["start"])] = worst
    order = {"error": 0, "warning": 1, "notice": 2}
    found.sort(key=lambda f: (order[f["severity"]], f["city"].encode(), f["county"].encode(),
                              f["township"].encode(), f["village"].encode(), f["cadre"].encode(),
                              f["recipient"].encode(), f["code"], f["from"], f["to"], f["measure"], f["per"]))
    return found, statuses


# ---------------------------------------------------------------- planted cases
def planted(keys):
    """(profile, code) -> set of (recipient key, cadre key) expected exactly."""
    gansu = {
        "gender-mismatch": {("R09", "C13")},
        "gender-exception": {("R08", "C02")},
        "gender-unverifiable": {("R21", "C20")},
        "unpaired": {("R27", "")},
        "household-split": {("R38", "C30"), ("R39", "C31")},
        "aged-out": {("R13", "C10")},
        "cadre-unavailable": {("R36", "C36")},
        "visit-not-paired": {("R25", "C38"), ("R37", "C25")},
        "contacts-missed": {("R25", "C38")},
        "visits-missed": {("R25", "C38")},
        "contacts-behind": {("R51", "C34")},
        "visits-behind": {("R51", "C34")},
        "no-rule": {("R05", ""), ("R26", ""), ("R33", "")},
    }
    pingliang = dict(gansu)
    pingliang["help-missed"] = {("R27", "C37")}
    return {"gansu": gansu, "pingliang": pingliang}


def main(argv):
    recipients, cadres, pairings, visits = ms.build()
    rkey = {r["id"]: r["_key"] for r in recipients}
    ckey = {c["id"]: k for k, c in zip([x[0] for x in ms.CADRES], cadres)}
    sets = {}
    for name in ("pingliang", "pingliang-zh", "pingliang-gb18030"):
        L = load(os.path.join(HERE, name))
        recs, cads = validate(L, name)
        sets[name] = (L, recs, cads)
    # 1b. dialect of each set
    for name, bom, eol, enc in (("pingliang", False, "\n", "utf-8"), ("pingliang-zh", True, "\r\n", "utf-8"),
                                ("pingliang-gb18030", False, "\r\n", "gb18030")):
        for t in ("recipients", "cadres", "pairings", "visits"):
            raw = open(os.path.join(HERE, name, t + ".csv"), "rb").read()
            if raw.startswith(b"\xef\xbb\xbf") != bom:
                fail("%s/%s.csv: BOM" % (name, t))
            text = raw.decode("utf-8-sig" if enc == "utf-8" else enc)
            ends = text.count("\r\n") if eol == "\r\n" else text.count("\n") - text.count("\r\n")
            if ends == 0 or (eol == "\n" and "\r" in text):
                fail("%s/%s.csv: line ends" % (name, t))
    # 2. same ledger in all three
    base = canonical(sets["pingliang"][0])
    for name in ("pingliang-zh", "pingliang-gb18030"):
        if canonical(sets[name][0]) != base:
            fail(name + " differs from pingliang")
    L, recs, cads = sets["pingliang"]
    # size and coverage
    cats = [r["category"] for r in L["recipients"]]
    modes = {v["mode"] for v in L["visits"]}
    musts = {v["must"] for v in L["visits"]} - {""}
    notes = [v["notes"] for v in L["visits"]]
    births = [r["birth"] for r in L["recipients"]]
    checks = [
        (50 <= len(L["recipients"]) <= 70, "50-70 recipients"),
        (35 <= len([c for c in L["cadres"] if not any(p["cadre"] == c["id"] and p["role"] != "cadre"
                                                      for p in L["pairings"])]) <= 45, "about 40 cadres"),
        ({p["role"] for p in L["pairings"]} == {"cadre", "teacher", "medic", "counselor", "village"},
         "pairings of the roles of 四个一对一"),
        (300 <= len(L["visits"]) <= 600, "300-600 visits"),
        (modes == set(ms.ONLINE + ms.ONSITE), "every mode"),
        (musts == {"hospital", "dropout", "disaster", "bereavement"}, "every must"),
        (any("," in n for n in notes) and any('"' in n for n in notes) and any("\n" in n for n in notes),
         "notes with commas, quotes, line breaks"),
        (any(r["id"].endswith("X") for r in L["recipients"]), "an ID with check char X"),
        (any(v["date"] == "2026-02-28" for v in L["visits"]), "records on 2026-02-28"),
        (any(p["start"] == "2026-03-01" for p in L["pairings"]), "a pairing from 2026-03-01"),
        (any(p["start"] == "2025-06-01" for p in L["pairings"]), "a pairing from 2025-06-01"),
        (any(c["status"] == "retired" and any(p["cadre"] == c["id"] and p["_e"] is None for p in L["pairings"])
             for c in L["cadres"]), "a retired cadre keeps a pairing"),
        (any(b and b[2] is None for b in births) and any(b and b[2] for b in births), "birth at both precisions"),
        (sum(1 for r in L["recipients"] if r["level"]) * 4 >= len(L["recipients"]), "a third with a level"),
        (all(2009 <= r["_b"].year <= 2022 for r in L["recipients"] if r["category"] in ms.CHILD_CATS
             and rkey[r["id"]] != "R13"), "children born 2009-2022"),
        (all(1940 <= r["_b"].year <= 1985 for r in L["recipients"]
             if r["category"] not in ms.CHILD_CATS and rkey[r["id"]] != "R03"), "adults born 1940-1985"),
    ]
    raw_vis = open(os.path.join(HERE, "pingliang", "visits.csv"), encoding="utf-8").read()
    checks.append(('""' in raw_vis, 'a "" escape in visits.csv'))
    checks.append((any(p.endswith("x") for p in raw_vis.split(",")), "a lower-case x id reference"))
    for ok, what in checks:
        if not ok:
            fail("pingliang: missing " + what)
    # 3. reference audit
    expect = planted(None)
    results = {}
    for profile, gap in (("gansu", 40), ("pingliang", 40), ("wangcheng", 0), ("shapingba", 0)):
        found, statuses = audit(L, recs, cads, load_rules(profile), gap)
        results[profile] = (found, statuses)
        if profile in expect:
            got = {}
            for f in found:
                got.setdefault(f["code"], set()).add((rkey[f["recipient"]], ckey.get(f["cadre"], "")))
            if got != expect[profile]:
                for code in sorted(set(got) | set(expect[profile])):
                    if got.get(code) != expect[profile].get(code):
                        fail("%s: %s: got %s, want %s" % (profile, code, sorted(got.get(code, ())),
                                                          sorted(expect[profile].get(code, ()))))
    wf, wst = results["wangcheng"]
    wcodes = {f["code"] for f in wf}
    for code in ("any-missed", "gap-exceeded", "overdue", "no-rule"):
        if code not in wcodes:
            fail("wangcheng: no " + code)
    if any(rkey[f["recipient"]] == "R42" for f in wf):
        fail("wangcheng: R42 (dense) has findings")
    gst = results["gansu"][1]
    good = sum(1 for s in gst.values() if s in ("met", "on_track"))
    if good * 10 < len(gst) * 8:
        fail("gansu: fewer than 80% of pairings compliant (%d of %d)" % (good, len(gst)))
    # 4. broken/
    check_broken()
    # report
    def count(found):
        c = {}
        for f in found:
            c[f["code"]] = c.get(f["code"], 0) + 1
        return ", ".join("%s %d" % kv for kv in sorted(c.items()))
    if "--findings" in argv:
        prof = argv[argv.index("--findings") + 1]
        cols = ["severity", "code", "city", "county", "township", "village", "cadre", "cadre_name", "recipient",
                "recipient_name", "measure", "per", "required", "done", "from", "to", "detail"]
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        for f in results[prof][0]:
            w.writerow([f[k] for k in cols])
        return 1 if FAILS else 0
    print("pingliang: %d recipients, %d cadres, %d pairings, %d visits" % tuple(
        len(L[t]) for t in ("recipients", "cadres", "pairings", "visits")))
    for profile in ("gansu", "pingliang", "wangcheng", "shapingba"):
        found, st = results[profile]
        tally = {}
        for s in st.values():
            tally[s] = tally.get(s, 0) + 1
        print("audit %-9s findings: %s" % (profile, count(found)))
        print("          pairing status: %s" % ", ".join("%s %d" % kv for kv in sorted(tally.items())))
    if "--table" in argv:
        print_table(L, recs, cads, rkey, ckey)
    for f in FAILS:
        print("FAIL:", f, file=sys.stderr)
    print("self-check: %s" % ("FAILED (%d)" % len(FAILS) if FAILS else "ok"))
    return 1 if FAILS else 0


def print_table(L, recs, cads, rkey, ckey):
    """The planted-case table of README.md, from the files as written (ids and line numbers)."""
    rid = {v: k for k, v in rkey.items()}
    cid = {v: k for k, v in ckey.items()}

    def r(k):
        return "`%s` %s" % (rid[k], recs[rid[k]]["name"])

    def c(k):
        return "`%s` %s" % (cid[k], cads[cid[k]]["name"])

    def rl(*ks):
        return "recipients %s" % ",".join(str(recs[rid[k]]["_line"]) for k in ks)

    def cl(*ks):
        return "cadres %s" % ",".join(str(cads[cid[k]]["_line"]) for k in ks)

    def pl(*ks):
        return "pairings %s" % ",".join(str(p["_line"]) for p in L["pairings"] if rkey.get(p["recipient"]) in ks)

    def vl(k, ck=None, date=None, must=None):
        return ",".join(str(v["_line"]) for v in L["visits"] if rkey.get(v["recipient"]) == k
                        and (ck is None or ckey.get(v["cadre"]) == ck) and (date is None or v["date"] == date)
                        and (must is None or v["must"] == must))

    def lower_x_line():
        raw = open(os.path.join(HERE, "pingliang", "visits.csv"), encoding="utf-8").read().split("\n")
        return ",".join(str(i) for i, l in enumerate(raw, 1) if any(f.endswith("x") and len(f) == 18
                                                                       for f in l.split(",")))
    g = "tests/cli/… (golden)"
    rows = [
        ("gender-mismatch", r("R09"), c("C13"), "%s; %s; %s" % (rl("R09"), cl("C13"), pl("R09")),
         "girl born 2014-09-03, male cadre born 1989-04 (305 months apart): `gender-mismatch` error (gansu, pingliang)"),
        ("gender-exception", r("R08"), c("C02"), "%s; %s; %s" % (rl("R08"), cl("C02"), pl("R08")),
         "girl born 2016-03-10, male cadre born 1968-05 (574 months ≥ 480): `gender-exception` notice"),
        ("gender-unverifiable", r("R21"), c("C20"), "%s; %s; %s" % (rl("R21"), cl("C20"), pl("R21")),
         "female unsupported_child, cadre's gender cell empty, born 1990-06: `gender-unverifiable` error; "
         "`check` only warns about the empty required cell"),
        ("unpaired + help-missed", r("R27"), c("C37"), "%s; %s; %s; visits %s" % (rl("R27"), cl("C37"), pl("R27"),
                                                                              vl("R27")),
         "pairing ended 2026-09-30 (cadre transferred, status left), nobody took over: `unpaired` error; "
         "3 contacts + 1 visit meet the prorated 3/1, but no help in 273 days: `help-missed` (pingliang only)"),
        ("household-split", r("R38") + ", " + r("R39"), c("C30") + ", " + c("C31"),
         "%s; %s" % (rl("R38", "R39"), pl("R38", "R39")),
         "household `%s`, two brothers with two cadres: two `household-split` warnings" % recs[rid["R38"]]["household"]),
        ("household kept together", r("R01") + ", " + r("R02") + "; " + r("R47") + ", " + r("R48"),
         c("C14") + "; " + c("C33"), "%s; %s" % (rl("R01", "R02", "R47", "R48"), pl("R01", "R02", "R47", "R48")),
         "two households whose members share one cadre (《和政县结对关爱孤儿、困难重度残疾人和特困家庭行动实施方案》六.4): no finding; R47/R48 is a disabled father "
         "and his daughter"),
        ("aged-out", r("R13"), c("C10"), "%s; %s" % (rl("R13"), pl("R13")),
         "active orphan born 2008-02-14, 18 on 2026-11-20: `aged-out` warning"),
        ("cadre-unavailable", r("R36"), c("C36"), "%s; %s; %s" % (rl("R36"), cl("C36"), pl("R36")),
         "active pairing, cadre status `left` (records stop in August): `cadre-unavailable` error, from = start, to empty"),
        ("pairing moved mid-year", r("R25"), c("C38") + " → " + c("C40"),
         "%s; %s; visits %s (C38), %s (C40)" % (rl("R25"), pl("R25"), vl("R25", "C38"), vl("R25", "C40")),
         "C38 until 2026-06-30 (reason given), C40 from 2026-07-01. C38 made 1 contact, 0 visits in 181 days "
         "(required 2 and 1): `contacts-missed`, `visits-missed`; his call of 2026-08-05 (visits %s): "
         "`visit-not-paired`. C40: 2 contacts, 1 visit, 1 help = met" % vl("R25", "C38", "2026-08-05")),
        ("behind", r("R51"), c("C34"), "%s; %s; visits %s" % (rl("R51"), pl("R51"), vl("R51")),
         "2 contacts, 0 visits by 2026-11-20 (thresholds 3 and 1): `contacts-behind`, `visits-behind` warnings"),
        ("no-rule", r("R05") + ", " + r("R26") + ", " + r("R33"), c("C15") + ", " + c("C18") + ", " + c("C23"),
         "%s; %s" % (rl("R05", "R26", "R33"), pl("R05", "R26", "R33")),
         "elderly_alone, dibao, elderly_alone: no rule in gansu/pingliang: 3 `no-rule` notices (cadre empty)"),
        ("new pairing 2026-03-01", r("R37"), c("C25"), "%s; %s; visits %s" % (rl("R37"), pl("R37"), vl("R37")),
         "newly identified child; the cadre's check-up visit of 2026-02-28 (visits %s) precedes the pairing: "
         "`visit-not-paired`; first paired visit on 2026-03-01 counts (window 306 days)" % vl("R37", date="2026-02-28")),
        ("exited recipient", r("R52"), c("C35"), "%s; %s; visits %s" % (rl("R52"), pl("R52"), vl("R52")),
         "status exited, exit_date 2026-08-15, pairing ended 2026-08-14 with reason; hospital visit (must=hospital) "
         "on 2026-07-10; met in its 226-day window; not active on T, so never unpaired"),
        ("retired cadre keeps pairing", r("R22"), c("C21"), "%s; %s; %s" % (rl("R22"), cl("C21"), pl("R22")),
         "cadre status retired, pairing active (《和政县结对关爱孤儿、困难重度残疾人和特困家庭行动实施方案》五(三)): no finding, met"),
        ("pairing from 2025-06-01", r("R50"), c("C39") + " → " + c("C22"), "%s; %s" % (rl("R50"), pl("R50")),
         "C39 2023-05-20..2025-05-31 (retired; not active in 2026, ignored), C22 from 2025-06-01: window starts "
         "2026-01-01, met"),
        ("check char X, lower-case x", r("R29"), c("C33"),
         "%s; %s; visits %s" % (rl("R29"), cl("C33"), lower_x_line()),
         "recipient R29 and cadre C33 have IDs ending in X; one visit row writes R29's id with a lower-case x "
         "(must match after upper-casing)"),
        ("leap-day birth", r("R01"), c("C14"), rl("R01"), "born 2012-02-29 (valid date in the ID)"),
        ("birth/gender cells", r("R33") + ", " + r("R26") + ", " + r("R11") + ", " + r("R45"), "",
         rl("R33", "R26", "R11", "R45"),
         "R33 birth `1941年12月`; R26 birth empty; R11, R45 gender empty: all derived from the ID, no error"),
        ("four musts", r("R52") + ", " + r("R41") + ", " + r("R38") + ", " + r("R55"), "",
         "visits %s, %s, %s, %s" % (vl("R52", must="hospital"), vl("R41", must="dropout"),
                                    vl("R38", must="disaster"), vl("R55", must="bereavement")),
         "must = hospital, dropout, disaster (also escalated=1, funds 300, multi-line note), bereavement"),
        ("dense level-1 record", r("R42"), c("C32"), "%s; %s" % (rl("R42"), pl("R42")),
         "level 1, 21 records on the 8th and 22nd: compliant under wangcheng (no any-missed, no gap)"),
        ("records on 2026-02-28", "", "", "visits %s" % ",".join(str(v["_line"]) for v in L["visits"]
                                                               if v["date"] == "2026-02-28"),
         "month-end records (one of them is R37's visit-not-paired)"),
    ]
    print("| planted case | recipient id | cadre id | rows (pingliang/*.csv line) | what it shows | test |")
    print("|---|---|---|---|---|---|")
    for case, rr, cc, lines, what in rows:
        print("| %s | %s | %s | %s | %s | %s |" % (case, rr, cc, lines, what, g))


def check_broken():
    b = os.path.join(HERE, "broken")
    raw = open(os.path.join(b, "visits.csv"), "rb").read()
    lines = raw.split(b"\n")
    if b"\xff\xfe" not in raw:
        fail("broken/visits.csv: no \\xff\\xfe")
    if lines[-2].count(b'"') != 1:
        fail("broken/visits.csv: last row is not an unterminated quote")
    for enc in ("utf-8", "gb18030"):
        try:
            raw.decode(enc)
            fail("broken/visits.csv decodes as " + enc)
        except UnicodeDecodeError:
            pass
    recs = list(csv.DictReader(open(os.path.join(b, "recipients.csv"), encoding="utf-8", newline="")))
    bad = [r["id"] for r in recs if not id_ok(r["id"])]
    if len(bad) != 1:
        fail("broken/recipients.csv: want one bad id, got %s" % bad)
    cads = list(csv.reader(open(os.path.join(b, "cadres.csv"), encoding="utf-8", newline="")))
    if sum(1 for r in cads if len(r) != len(cads[0])) != 1:
        fail("broken/cadres.csv: want one ragged row")
    ids = [r[0] for r in cads[1:]]
    if len(ids) - len(set(ids)) != 1:
        fail("broken/cadres.csv: want one duplicate id")
    rules = open(os.path.join(b, "rules.csv"), encoding="utf-8").readline()
    if "per" in rules.strip().split(","):
        fail("broken/rules.csv has per")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
