#!/usr/bin/env bash
# The sharp edges of daily use: a closed pipe keeps the run's exit status;
# check -o receives every problem whatever --max-errors; an html page and an
# xlsx workbook stand alone (period, as-of day and profile in them, dates as
# dates, filter buttons, a sheet named for the table, rows coloured by
# severity, print styles); the masked-id lookup refuses an ambiguous id.
set -u
bin=$1; cd "$2" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# audit | head: findings reach --fail-on, so the status is 1 with or without the pipe.
"$bin" -q sample -o "$tmp/big" --recipients 8000 --seed 3 >/dev/null || fail "sample"
"$bin" -q -C "$tmp/big" audit --year 2026 --as-of 2026-11-20 --format csv >"$tmp/all.csv"; want=$?
[ "$want" = 1 ] || fail "the sample's audit exited $want, expected findings (1)"
[ "$(stat -c %s "$tmp/all.csv")" -gt 200000 ] || fail "the audit output is too small to fill a pipe"
"$bin" -q -C "$tmp/big" audit --year 2026 --as-of 2026-11-20 --format csv 2>"$tmp/err" | head -1 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 1 ] || fail "audit | head exited $st, not the run's 1"
[ ! -s "$tmp/err" ] || fail "audit | head printed: $(cat "$tmp/err")"
"$bin" -q -C "$tmp/big" check --max-errors 0 --as-of 2026-11-20 2>"$tmp/err" | head -1 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 1 ] || fail "check | head exited $st, not the run's 1"

# check -o FILE: every problem, not the first 100 (--max-errors is for a screen).
"$bin" -q -C "$tmp/big" check --as-of 2026-11-20 --max-errors 0 --format csv >"$tmp/every.csv"
"$bin" -q -C "$tmp/big" check --as-of 2026-11-20 --max-errors 5 -o "$tmp/problems.csv"
total=$(($(wc -l <"$tmp/every.csv") - 1))
[ "$total" -gt 100 ] || fail "the sample has only $total problems"
got=$(($(wc -l <"$tmp/problems.csv") - 1))
[ "$got" = "$total" ] || fail "check -o problems.csv got $got of $total problems"

# html: the about line, nowrap columns, severity rows, print styles, the table in a scroller.
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/audit.html"
for want in '<p class="about">period: 2026-01-01 to 2026-12-31 · as of: 2026-11-20 · profile: gansu</p>' \
            '<tr class="error">' '<tr class="warning">' '<tr class="notice">' '@media print' '@page{size:A4 landscape}' \
            '<div class="wide">' 'td:nth-child(15)' '{white-space:nowrap}'; do
  grep -qF "$want" "$tmp/audit.html" || fail "audit.html lacks $want"
done

# xlsx, read back with openpyxl.
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || fail "python3-openpyxl is not installed (make deps installs it)"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/audit.xlsx"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 --lang zh -o "$tmp/audit-zh.xlsx"
"$py" - "$tmp" <<'PY' || fail "the xlsx workbook does not stand alone"
import datetime, sys
import openpyxl
tmp = sys.argv[1]
wb = openpyxl.load_workbook(f"{tmp}/audit.xlsx")
assert wb.sheetnames == ["audit"], wb.sheetnames
ws = wb["audit"]
header = [c.value for c in ws[1]]
assert ws.auto_filter.ref == f"A1:{chr(64 + ws.max_column)}{ws.max_row}", ws.auto_filter.ref
dates = [ws.cell(r, header.index("from") + 1) for r in range(2, ws.max_row + 1)]
real = [c for c in dates if c.value is not None]
assert real and all(isinstance(c.value, datetime.datetime) and c.number_format == "yyyy-mm-dd" for c in real), \
    [(c.value, c.number_format) for c in real[:3]]
props = wb.properties
assert props.title == "jiedui audit", props.title
assert props.subject == "period: 2026-01-01 to 2026-12-31; as of: 2026-11-20; profile: gansu", props.subject
import zipfile
custom_xml = zipfile.ZipFile(f"{tmp}/audit.xlsx").read("docProps/custom.xml").decode()
assert 'name="profile"' in custom_xml and "<vt:lpwstr>gansu</vt:lpwstr>" in custom_xml, custom_xml
if hasattr(wb, "custom_doc_props"):  # openpyxl 3.1 reads custom properties; older ones do not
    custom = {p.name: p.value for p in wb.custom_doc_props.props}
    assert custom == {"period": "2026-01-01 to 2026-12-31", "as of": "2026-11-20", "profile": "gansu"}, custom
assert "2026-11-20" in ws.oddHeader.center.text, ws.oddHeader.center.text
assert openpyxl.load_workbook(f"{tmp}/audit-zh.xlsx").sheetnames == ["审计"]
PY
echo "ok: closed pipe keeps status 1, check -o gets all $total problems, html and xlsx stand alone"
