#!/usr/bin/env bash
# report … --format xlsx read back with openpyxl: header row, frozen pane,
# numbers as numbers with the percent and yuan formats, IDs as text cells
# (an 18-digit ID as a number would lose its last 3 digits in Excel).
set -eu
bin=$1 src=$2
# Debian's python3-openpyxl lives in /usr/bin/python3, which a pyenv shim may hide.
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "python3-openpyxl is not installed (make deps installs it)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" -C "$src/data-samples/pingliang" report districts --year 2026 --as-of 2026-11-20 -o "$tmp/districts.xlsx"
"$bin" -C "$src/data-samples/pingliang" report pairings --year 2026 --as-of 2026-11-20 --reveal -o "$tmp/pairings.xlsx"
"$bin" -C "$src/data-samples/pingliang" report districts --year 2026 --as-of 2026-11-20 --format csv >"$tmp/districts.csv"
# entitle: what a county data officer sends on (`-o 应享未享.xlsx`), IDs revealed.
"$bin" -C "$src/data-samples/pingliang" -q entitle --as-of 2026-11-20 --all --reveal -o "$tmp/应享未享.xlsx" || true
"$bin" -C "$src/data-samples/pingliang" -q entitle --as-of 2026-11-20 --all --reveal --format csv >"$tmp/entitle.csv" || true
"$py" - "$tmp" <<'PY'
import csv, sys
import openpyxl
tmp = sys.argv[1]
ws = openpyxl.load_workbook(f"{tmp}/districts.xlsx").active
rows = list(ws.iter_rows(values_only=True))
text = list(csv.reader(open(f"{tmp}/districts.csv", encoding="utf-8")))
header = list(rows[0])
assert header == text[0], (header, text[0])
assert ws.freeze_panes == "A2", ws.freeze_panes
assert len(rows) == len(text), (len(rows), len(text))
col = {name: i + 1 for i, name in enumerate(header)}
for r in range(2, len(rows) + 1):
    cov = ws.cell(r, col["coverage"])
    assert cov.data_type == "n" and cov.number_format == "0.0%", (cov.value, cov.number_format)
    assert f"{cov.value * 100:.1f}" == text[r - 1][col["coverage"] - 1], (cov.value, text[r - 1])
    funds = ws.cell(r, col["funds"])
    assert funds.data_type == "n" and funds.number_format == "#,##0.00", (funds.value, funds.number_format)
    assert f"{funds.value:.2f}" == text[r - 1][col["funds"] - 1]
    rec = ws.cell(r, col["recipients"])
    assert rec.data_type == "n" and rec.value == int(text[r - 1][col["recipients"] - 1])
assert ws.cell(len(rows), 1).value == "total"
assert ws.cell(2, col["county"]).value == "崆峒区"

ws = openpyxl.load_workbook(f"{tmp}/pairings.xlsx").active
header = [c.value for c in ws[1]]
ids = 0
for r in range(2, ws.max_row + 1):
    for name in ("recipient",):
        cell = ws.cell(r, header.index(name) + 1)
        assert cell.data_type == "s" and len(cell.value) == 18, (cell.value, cell.data_type)
        ids += 1
assert ids > 100, ids
ws = openpyxl.load_workbook(f"{tmp}/应享未享.xlsx").active
text = list(csv.reader(open(f"{tmp}/entitle.csv", encoding="utf-8")))
header = [c.value for c in ws[1]]
assert header == text[0], header
assert ws.max_row == len(text), (ws.max_row, len(text))
money = 0
for r in range(2, ws.max_row + 1):
    for name in ("recipient",):
        cell = ws.cell(r, header.index(name) + 1)
        assert cell.data_type == "s" and cell.value == text[r - 1][header.index(name)], (cell.value, text[r - 1])
    standard = ws.cell(r, header.index("standard") + 1)
    want = text[r - 1][header.index("standard")]
    if want:
        assert standard.data_type == "n" and f"{standard.value:.2f}" == want, (standard.value, want)
        money += 1
    else:
        assert standard.value is None, standard.value
assert money > 100, money
print(f"ok: {len(rows) - 1} district rows, {ids} ID cells as text, {ws.max_row - 1} entitle rows ({money} amounts as numbers)")
PY
