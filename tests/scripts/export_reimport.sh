#!/usr/bin/env bash
# The 15th-of-month file reads back (jiedui-export(1), jiedui-log(1)): every
# column export writes means to `log import` what it meant to export. Into
# the same set a full export adds nothing (its work records are duplicates,
# its 新增/解除 rows are found in pairings.csv); into a copy whose visits.csv
# is empty it brings the records back, so that copy exports the same bytes.
# The month holds a record with notes and items that the formula guard
# prefixes with ' (= and -), and funds under 资助资金（元）.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
J() { "$bin" "$@"; }
cp -r "$src/data-samples/pingliang" "$tmp/set"
J -C "$tmp/set" log add --as-of 2026-11-20 -q --date 2026-07-10 --recipient 620802201202290177 \
  --cadre 620802197806106175 --mode home --items '-food;=SUM(A1)' --funds 1234567.89 --notes '=1+1 送米面油'
J -C "$tmp/set" export --month 2026-07 --as-of 2026-11-20 -q -o "$tmp/2026-07.csv"
grep -q "'=1+1 送米面油" "$tmp/2026-07.csv" || { echo "the month lacks the guarded record"; exit 1; }
grep -q ',1234567.89,' "$tmp/2026-07.csv" || { echo "the month lacks the funds"; exit 1; }
changes=$(grep -c -e '^新增,' -e '^解除,' "$tmp/2026-07.csv" || true)
[ "$changes" -gt 0 ] || { echo "the month has no pairing changes to read back"; exit 1; }
records=$(grep -c '^工作记录,' "$tmp/2026-07.csv")

# Into the same set: nothing added, nothing refused, visits.csv untouched.
cp "$tmp/set/visits.csv" "$tmp/visits.before"
J -C "$tmp/set" log import "$tmp/2026-07.csv" --as-of 2026-11-20 2>"$tmp/same.err" \
  || { echo "import into the same set failed:"; cat "$tmp/same.err"; exit 1; }
want="log import: imported 0, skipped $records duplicates and $changes pairing changes already in pairings.csv"
[ "$(cat "$tmp/same.err")" = "$want" ] || { echo "same set: got '$(cat "$tmp/same.err")', want '$want'"; exit 1; }
cmp "$tmp/visits.before" "$tmp/set/visits.csv" || { echo "visits.csv changed"; exit 1; }

# Into a copy with no records: the month's records come back, identical.
cp -r "$tmp/set" "$tmp/empty"
head -n 1 "$tmp/set/visits.csv" >"$tmp/empty/visits.csv"
J -C "$tmp/empty" log import "$tmp/2026-07.csv" --as-of 2026-11-20 2>"$tmp/empty.err" \
  || { echo "import into the empty copy failed:"; cat "$tmp/empty.err"; exit 1; }
want="log import: imported $records, skipped 0 duplicates and $changes pairing changes already in pairings.csv"
[ "$(cat "$tmp/empty.err")" = "$want" ] || { echo "empty copy: got '$(cat "$tmp/empty.err")', want '$want'"; exit 1; }
J -C "$tmp/empty" export --month 2026-07 --as-of 2026-11-20 -q -o "$tmp/again.csv"
cmp "$tmp/2026-07.csv" "$tmp/again.csv" || { diff "$tmp/2026-07.csv" "$tmp/again.csv" | head; exit 1; }
grep -q '^2026-07-10,.*,=1+1 送米面油$' "$tmp/empty/visits.csv" || { echo "the guard's ' was kept"; exit 1; }
J -C "$tmp/empty" check --as-of 2026-11-20 -q --fail-on error >/dev/null

# A 新增 row that pairings.csv does not hold is refused, not dropped.
sed '0,/^新增,/s//新增,/; 0,/^新增,\(.*\),2026-0[67]-\([0-9][0-9]\),,,,/s//新增,\1,2026-06-01,,,,/' "$tmp/2026-07.csv" >"$tmp/moved.csv"
if cmp -s "$tmp/2026-07.csv" "$tmp/moved.csv"; then echo "could not make the unknown change"; exit 1; fi
if J -C "$tmp/set" log import "$tmp/moved.csv" --as-of 2026-11-20 2>"$tmp/moved.err"; then
  echo "an unknown pairing change was accepted"; exit 1
fi
grep -q 'no-pairing: the 新增 of recipient .* is not in pairings.csv' "$tmp/moved.err" || { cat "$tmp/moved.err"; exit 1; }
cmp "$tmp/visits.before" "$tmp/set/visits.csv" || { echo "visits.csv changed"; exit 1; }
echo ok
