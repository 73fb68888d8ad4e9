#!/usr/bin/env bash
# Personal data (jiedui(1) PERSONAL DATA): ID and phone numbers planted in a
# ledger set in every shape people write them (an 18-digit ID, one with a
# wrong check letter, one split by a space, one whose birth digits are no
# date, a disability certificate with an X inside, "+86 189 7172 7374",
# "138-7172-7374", "+8613961626364", an ID in a pairing's reason, phones in a
# work record's notes) must not appear in full in anything any command prints
# without --reveal: every table command in every format (the xlsx unzipped,
# its document title included), check's text lines, --dry-run lines, notes,
# warnings and errors on standard error. With --reveal they do appear.
set -eu
bin=$1 src=$2
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import zipfile' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "python3 is not installed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 JIEDUI_LEDGER=
"$py" - "$bin" "$src" "$tmp" <<'PY'
import csv, io, os, re, shutil, subprocess, sys, zipfile

bin, src, tmp = sys.argv[1:4]
ledger = os.path.join(tmp, "set")
shutil.copytree(os.path.join(src, "data-samples", "pingliang"), ledger)

def check_char(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]

def resident_id(first17):
    return first17 + check_char(first17)

# Planted numbers, as written. Each is unique to this test.
ID_A = resident_id("62080220140517301")          # a recipient: in every table, explain's title
ID_REASON = "620802 19800101 " + resident_id("62080219800101331")[14:]  # spaced, in a reason
ID_BADCHECK = "62080220120229017" + ("A")         # a wrong check letter
ID_SPACE = "6208022013 " + resident_id("62080220130315123")[10:]  # 19 characters
ID_BADDATE = resident_id("62080220130230411")    # 2013-02-30 is no date; the checksum is right
CERT = resident_id("62080219751130212")[:17] + "X45"  # a certificate with an X inside, not ID_A's
ID_UNKNOWN = resident_id("62080219911111222")    # named on the command line, in no ledger
P_SPACED = "+86 189 7172 7374"
P_HYPHEN = "138-7172-7374"
P_PLUS = "+8613961626364"
P_NOTES1 = "+86 139 6162 6365"
P_NOTES2 = "138-7172-7376"
CADRE = "GS620802-000901"                        # a staff number: a code, never masked
ids = [ID_A, ID_REASON, ID_BADCHECK, ID_SPACE, ID_BADDATE, CERT, ID_UNKNOWN]
phones = [P_SPACED, P_HYPHEN, P_PLUS, P_NOTES1, P_NOTES2]

def append(name, row):
    path = os.path.join(ledger, name)
    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f))
    with open(path, "a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow([row.get(column, "") for column in header])

place = {"city": "平凉市", "county": "崆峒区", "township": "峡门回族乡", "village": "吴坡村"}
append("recipients.csv", dict(id=ID_A, name="马小刚", gender="M", birth="2014-05", category="disabled",
                              disability_type="肢体", disability_grade="2", disability_cert=CERT,
                              phone=P_SPACED, guardian_phone=P_HYPHEN, **place))
for bad in (ID_BADCHECK, ID_SPACE, ID_BADDATE):
    append("recipients.csv", dict(id=bad, name="错号", category="orphan", **place))
append("cadres.csv", dict(id=CADRE, name="马志强", gender="M", birth="1980-01", phone=P_PLUS,
                          city="平凉市", county="崆峒区"))
append("pairings.csv", dict(recipient=ID_A, cadre="GS-PL-0001", start="2022-01-01", end="2022-12-31",
                            reason=f"干部调动，原干部电话 {P_SPACED}，备用 {P_HYPHEN}，接收人身份证 {ID_REASON}"))
append("pairings.csv", dict(recipient=ID_A, cadre=CADRE, start="2023-01-01"))

def digits(text):
    return re.sub(r"[\s\-\u00a0\u3000\u2010-\u2015\uff0d+]", "", text)

def separators_out(text):
    return re.sub(r"[ \-\u00a0\u3000\u2010-\u2015\uff0d]", "", text)

def leaks(text):
    """The planted numbers `text` shows in full (or, for an ID, its birth digits)."""
    flat = separators_out(text)
    found = [p for p in ids + phones if p in text or digits(p) in flat]
    found += [p for p in ids if digits(p)[6:14] in text]
    return sorted(set(found))

FORMATS = ["table", "csv", "tsv", "json", "jsonl", "md", "html", "xlsx"]
period = ["--year", "2026", "--as-of", "2026-11-20"]
TABLES = {
    "check": ["check", "--as-of", "2026-11-20"],
    "audit": ["audit"] + period,
    "due": ["due", "--as-of", "2026-11-20"],
    "explain": ["explain", ID_A] + period,
    "report districts": ["report", "districts"] + period,
    "report cadres": ["report", "cadres"] + period,
    "report pairings": ["report", "pairings"] + period,
    "pair list": ["pair", "list"],
    "pair suggest": ["pair", "suggest", "--as-of", "2026-11-20"],
    "entitle": ["entitle", "--as-of", "2026-11-20", "--all"],
    "entitle RECIPIENT": ["entitle", ID_A, "--as-of", "2026-11-20"],
    "report entitlements": ["report", "entitlements", "--as-of", "2026-11-20"],
}
OTHERS = {  # text lines on stdout and messages on stderr
    "check (text lines)": ["check", "--as-of", "2026-11-20"],
    "log add --dry-run": ["log", "add", "--dry-run", "--date", "2026-11-01", "--recipient", ID_A,
                          "--cadre", CADRE, "--mode", "phone", "--as-of", "2026-11-20",
                          "--notes", f"回访：监护人电话 {P_NOTES1}，邻居 {P_NOTES2}"],
    "pair add (unknown recipient)": ["pair", "add", ID_UNKNOWN, CADRE, "--date", "2026-11-01", "--dry-run"],
    "explain (unknown recipient)": ["explain", ID_UNKNOWN] + period,
    "export (its messages)": ["export", "--month", "2026-11", "-o", os.path.join(tmp, "export.csv")],
}

def run(args, refusal_ok=False):
    out = subprocess.run([bin, "-C", ledger] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if out.returncode not in ((0, 1, 2) if refusal_ok else (0, 1)):
        sys.exit(f"exit {out.returncode}: {' '.join(args)}\n{out.stderr.decode()}")
    return out.stdout, out.stderr.decode("utf-8")

def shown(args, fmt):
    """Everything a user sees of one run: stdout (an xlsx's XML parts), stderr."""
    if fmt == "xlsx":
        path = os.path.join(tmp, "out.xlsx")
        _, err = run(args + ["-o", path])
        with zipfile.ZipFile(path) as z:
            xml = "".join(z.read(name).decode("utf-8") for name in z.namelist() if name.endswith(".xml"))
        os.remove(path)
        return xml + err
    out, err = run(args + ["--format", fmt])
    return out.decode("utf-8") + err

failures = []
runs = 0
revealed = {}
for fmt in FORMATS:
    seen = ""
    for name, args in TABLES.items():
        masked = shown(args, fmt)
        runs += 1
        if leaks(masked):
            failures.append(f"{name} --format {fmt} shows {leaks(masked)}")
        if name == "due" and CADRE not in masked:  # not over-masked: a code stays readable
            failures.append(f"due --format {fmt} masks the cadre id {CADRE}")
        seen += shown(args + ["--reveal"], fmt)
    revealed[fmt] = seen
for name, args in OTHERS.items():
    out, err = run(args, refusal_ok=True)
    runs += 1
    if leaks(out.decode("utf-8") + err):
        failures.append(f"{name} shows {leaks(out.decode('utf-8') + err)}")
    out, err = run(args + ["--reveal"] if name != "export (its messages)" else args, refusal_ok=True)
    revealed["text"] = revealed.get("text", "") + out.decode("utf-8") + err

# With --reveal every planted number shows where it is printed.
in_tables = [ID_A, ID_REASON, ID_BADCHECK, ID_SPACE, ID_BADDATE, CERT, P_SPACED, P_HYPHEN, P_PLUS]
for fmt in FORMATS:
    flat = separators_out(revealed[fmt])
    missing = [p for p in in_tables if digits(p) not in flat]
    if missing:
        failures.append(f"--reveal --format {fmt}: never shows {missing}")
flat = separators_out(revealed["text"])
missing = [p for p in [ID_A, ID_BADCHECK, ID_SPACE, ID_BADDATE, CERT, ID_UNKNOWN, P_NOTES1, P_NOTES2]
           if digits(p) not in flat]
if missing:
    failures.append(f"--reveal on text lines and messages: never shows {missing}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {runs} runs ({len(TABLES)} table commands x {len(FORMATS)} formats, {len(OTHERS)} others), "
      f"{len(ids) + len(phones)} planted numbers masked; all shown with --reveal")
PY
