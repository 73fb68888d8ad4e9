#!/usr/bin/env bash
# Files a spreadsheet or a browser opens (jiedui(1) OUTPUT): a ledger whose
# free text holds what each format's readers interpret — formula starts
# (= + - @ tab CR), quotes, tabs, line breaks, <script>, <img onerror>, pipes,
# Markdown punctuation, U+FFFE/U+FFFF, control characters, Excel's _xHHHH_ —
# is listed by `pair list` in every format, and each file is read back by
# the reader it is for: Python's csv module (csv, and tsv as Excel's
# tab-delimited dialect), its json module, openpyxl (xlsx), an HTML parser
# (html), cmark-gfm rendering GitHub Markdown (md). Every cell must come back
# as the one cell it was (formula-guarded where a spreadsheet opens it; with
# U+FFFD for what the format cannot hold), rows never merge or split, and the
# only markup in html and md is the table's own.
set -eu
bin=$1 src=$2
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "python3-openpyxl is not installed (make test installs it)"; exit 1; }
command -v cmark-gfm >/dev/null || { echo "cmark-gfm is not installed (make test installs it)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 JIEDUI_LEDGER=
"$py" - "$bin" "$src" "$tmp" <<'PY'
import csv, io, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
import openpyxl

bin, src, tmp = sys.argv[1:4]
ledger = os.path.join(tmp, "set")
os.makedirs(ledger)
for name in ("recipients.csv", "cadres.csv"):
    shutil.copy(os.path.join(src, "data-samples", "pingliang", name), ledger)
with open(os.path.join(ledger, "visits.csv"), "w", encoding="utf-8") as f:
    f.write("date,recipient,cadre,mode\n")

# The ledger reader trims spaces and tabs at either end of a cell, so a cell
# starting with a tab is tried by tests/unit/test_out_formats.cpp instead.
HOSTILE = [
    "=1+1", "+1", "-1", "@SUM(A1)", "\r=1", "=cmd|' /C calc'!A0",
    '"=1+1"', '"', 'say "hi"', "a,b", "x\ty", "line1\nline2", "a\r\nb", "a\rb",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a & b &amp; &lt;",
    "a|b", "a\\|b", "back\\slash", "*bold* _it_ `code` [l](http://x) ~~s~~ <http://y>",
    "\ufffe", "end\uffff", "bell\x07 esc\x1b[31m del\x7f", "c1\u0085\u009b", "_x0041_ _x005F_",
    "'=1", "办理中 — 已联系", "\u2028sep\u2029",
]

recipients = []
with open(os.path.join(ledger, "recipients.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        recipients.append(row["id"])
assert len(recipients) >= len(HOSTILE)
with open(os.path.join(ledger, "pairings.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["recipient", "cadre", "start", "end", "reason"])
    for rid, reason in zip(recipients, HOSTILE):
        w.writerow([rid, "GS-PL-0001", "2020-01-01", "2020-12-31", reason])

def pair_list(fmt):
    path = os.path.join(tmp, "list." + fmt)
    out = subprocess.run([bin, "-C", ledger, "-q", "pair", "list", "--format", fmt, "-o", path],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert out.returncode == 0, out.stderr.decode()
    with open(path, "rb") as f:
        return f.read()

def guard(text):
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

def without(text, refused):
    return "".join("\ufffd" if refused(ord(c)) else c for c in text)

def xml_refuses(c):
    return (c < 0x20 and c not in (0x9, 0xA, 0xD)) or c in (0xFFFE, 0xFFFF)

def html_refuses(c):
    return ((c < 0x20 and c not in (0x9, 0xA, 0xC, 0xD)) or 0x7F <= c <= 0x9F
            or 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE)

def html_newlines(text):  # what an HTML parser makes of CR and CRLF
    return text.replace("\r\n", "\n").replace("\r", "\n")

failures = []

def expect(fmt, got, want):
    if len(got) != len(want):
        failures.append(f"{fmt}: {len(got)} reasons read back for {len(want)} rows: {got!r}")
        return
    for g, w in zip(got, want):
        if g != w:
            failures.append(f"{fmt}: {w!r} read back as {g!r}")

# csv and tsv: Python's readers (tsv as Excel's tab-delimited text).
for fmt, dialect in (("csv", "excel"), ("tsv", "excel-tab")):
    rows = list(csv.reader(io.StringIO(pair_list(fmt).decode("utf-8"), newline=""), dialect=dialect))
    if any(len(r) != 8 for r in rows):
        failures.append(f"{fmt}: rows of {sorted(set(len(r) for r in rows))} cells, not 8")
    expect(fmt, [r[7] for r in rows[1:]], [guard(h) for h in HOSTILE])

# json and jsonl: the json module, every cell exactly as it was; JSON Lines
# split with str.splitlines(), as many readers do.
def json_rows(fmt, parse):
    try:
        return [r["reason"] for r in parse(pair_list(fmt).decode("utf-8"))]
    except ValueError as e:
        failures.append(f"{fmt}: not readable: {e}")
        return []

expect("json", json_rows("json", json.loads), HOSTILE)
expect("jsonl", json_rows("jsonl", lambda text: [json.loads(line) for line in text.splitlines()]), HOSTILE)

# xlsx: it must open in openpyxl, and read as Excel reads it: the sheet's
# shared strings with _xHHHH_ decoded (ECMA-376 ST_Xstring: libxlsxwriter
# writes a CR as _x000D_, jiedui a literal _x0041_ as _x005F_x0041_).
# openpyxl decodes neither (it only drops "x005F_"), so it judges the other cells.
xlsx = os.path.join(tmp, "list.xlsx")
with open(xlsx, "wb") as f:
    f.write(pair_list("xlsx"))
want = [without(guard(h), xml_refuses) for h in HOSTILE]
try:
    ws = openpyxl.load_workbook(xlsx).active
    got = [ws.cell(r, 8).value or "" for r in range(2, ws.max_row + 1)]
    plain = [not re.search("_x|\r", h) for h in HOSTILE]
    expect("xlsx (openpyxl)", [g for g, p in zip(got, plain) if p], [w for w, p in zip(want, plain) if p])
except Exception as e:  # openpyxl raises what its XML parser raises
    failures.append(f"xlsx: openpyxl cannot open it: {e!r}")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
excel = lambda v: re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v)
try:
    with zipfile.ZipFile(xlsx) as z:
        shared = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    got = [excel(shared[int(c.find("m:v", NS).text)]) for c in sheet.iter(f"{{{NS['m']}}}c")
           if re.fullmatch("H[0-9]+", c.get("r")) and c.get("r") != "H1"]
    expect("xlsx (as Excel decodes it)", got, want)
except ET.ParseError as e:
    failures.append(f"xlsx: not well-formed XML: {e}")

class Cells(HTMLParser):
    """Text of each td/th, <br> as a line break; every other tag is a failure."""
    TABLE = {"html", "head", "meta", "title", "style", "body", "h1", "p", "div", "table", "thead", "tbody", "tr", "th", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell, self.foreign = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "br" and self.cell is not None:
            self.cell += "\n"
        elif tag not in self.TABLE:
            self.foreign.append(tag)

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

def parse_html(fmt, page):
    parser = Cells()
    parser.feed(page)
    parser.close()
    if parser.foreign:
        failures.append(f"{fmt}: markup from the cells: {sorted(set(parser.foreign))}")
    return parser.rows

# html: the cells as a browser's parser reads them, and no markup but the table's.
page = html_newlines(pair_list("html").decode("utf-8"))  # a browser's input preprocessing
expect("html", [r[7] for r in parse_html("html", page)[1:]],
       [html_newlines(without(h, html_refuses)) for h in HOSTILE])

# md: rendered by GitHub's cmark-gfm with raw HTML let through (--unsafe, as
# many renderers do): one row per reason, its text back, no markup added. (A
# URL in a cell may still become a link where a renderer links bare URLs:
# that shows the text as it is, so it is not tried here.)
rendered = subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "--unsafe"], input=pair_list("md"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
md_want = [html_newlines(without(h, html_refuses)).strip(" ") for h in HOSTILE]
expect("md", [r[7] for r in parse_html("md", rendered)[1:]], md_want)

# table: for eyes; one line per row, nothing that drives a terminal.
table = pair_list("table").decode("utf-8")
if len(table.splitlines()) != len(HOSTILE) + 2:
    failures.append(f"table: {len(table.splitlines())} lines for {len(HOSTILE)} rows")
if re.search("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]", table):
    failures.append("table: control characters reach the terminal")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {len(HOSTILE)} hostile cells read back from csv, tsv, json, jsonl, xlsx, html, md; table one line a row")
PY
