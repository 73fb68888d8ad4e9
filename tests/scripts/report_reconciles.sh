#!/usr/bin/env bash
# report districts reconciles (SPEC §6), for a month, a quarter and a year and
# at every --by level: the total row is the sum of the rows (cadres: distinct,
# so at most the sum); contacts + visits equals the records of visits.csv in
# the period and up to T, counted here independently from the CSV; funds sum
# to the fen; coverage and compliance are the rounded ratios of their counts;
# and `pairings` equals the pairings that `report pairings` lists.
set -eu
bin=$1 src=$2
ledger=$src/data-samples/pingliang
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
as_of=2026-11-20
check() {  # check PERIOD-OPTION VALUE FIRST-DAY LAST-DAY
  for by in city county township village; do
    "$bin" -C "$ledger" report districts "$1" "$2" --as-of $as_of --by $by --format csv >"$tmp/d.csv"
    "$bin" -C "$ledger" report pairings "$1" "$2" --as-of $as_of --format csv --reveal >"$tmp/p.csv"
    python3 - "$tmp" "$ledger/visits.csv" "$3" "$4" "$as_of" "$by" <<'PY'
import csv, sys
from decimal import Decimal
tmp, visits, first, last, as_of, by = sys.argv[1:]
rows = list(csv.DictReader(open(f"{tmp}/d.csv", encoding="utf-8")))
total, rows = rows[-1], rows[:-1]
assert total["city"] == "total", total
keys = ["city", "county", "township", "village"]
keys = keys[:keys.index(by) + 1]
numbers = [k for k in total if k not in keys and k not in ("coverage", "compliance", "funds")]
for k in numbers:
    s = sum(int(r[k]) for r in rows)
    if k == "cadres":
        assert int(total[k]) <= s, (k, total[k], s)
    else:
        assert int(total[k]) == s, (k, total[k], s)
fen = lambda text: int(Decimal(text) * 100)
assert fen(total["funds"]) == sum(fen(r["funds"]) for r in rows)

def pct(n, d):
    return "" if d == 0 else f"{(2000 * n + d) // (2 * d) // 10}.{(2000 * n + d) // (2 * d) % 10}"
for r in rows + [total]:
    assert r["coverage"] == pct(int(r["paired"]), int(r["recipients"])), r
    assert r["compliance"] == pct(int(r["pairings_met"]), int(r["pairings"])), r

# Independent count over the raw file: records dated in P and <= T.
end = min(last, as_of)
recs = [v for v in csv.DictReader(open(visits, encoding="utf-8-sig")) if first <= v["date"] <= end]
assert int(total["contacts"]) + int(total["visits"]) == len(recs), (total["contacts"], total["visits"], len(recs))
online = {"phone", "sms", "wechat", "letter"}
assert int(total["contacts"]) == sum(v["mode"] in online for v in recs)
assert fen(total["funds"]) == sum(fen(v["funds"] or "0") for v in recs), total["funds"]
for k in ("policies", "difficulties", "deeds", "escalated"):
    assert int(total[k]) == sum(int(v[k] or 0) for v in recs), k

pairings = {(p["recipient"], p["cadre"], p["start"]) for p in csv.DictReader(open(f"{tmp}/p.csv", encoding="utf-8"))}
assert int(total["pairings"]) == len(pairings), (total["pairings"], len(pairings))
print(f"ok {first}..{end} by {by}: {len(rows)} rows, {len(recs)} records, {total['funds']} yuan")
PY
  done
}
check --year 2026 2026-01-01 2026-12-31
check --quarter 2026Q2 2026-04-01 2026-06-30
check --month 2026-02 2026-02-01 2026-02-28
check --month 2026-11 2026-11-01 2026-11-30
