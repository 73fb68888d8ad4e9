#!/usr/bin/env bash
# pair suggest --apply writes what suggest proposed, all at once, and the
# audit then finds none of the matching's problems for the recipients it
# paired: no unpaired, no gender-mismatch, no household-split. Also: the
# proposal is the same byte for byte with one thread or two, and -o x.xlsx
# writes a workbook.
# Usage: pair_suggest_apply.sh JIEDUI SRCDIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
set_dir=$tmp/set
mkdir "$set_dir"
cp "$src"/data-samples/pingliang/{recipients,cadres,visits}.csv "$set_dir"/
head -1 "$src"/data-samples/pingliang/pairings.csv >"$set_dir/pairings.csv"
fail() { echo "FAIL: $*"; exit 1; }

suggest() { "$bin" -q -C "$set_dir" pair suggest --as-of 2026-11-20 --max-load 2 --include-retired "$@"; }
JIEDUI_THREADS=1 suggest --format csv --reveal >"$tmp/one.csv"
JIEDUI_THREADS=2 suggest --format csv --reveal >"$tmp/two.csv"
cmp -s "$tmp/one.csv" "$tmp/two.csv" || fail "the proposal differs between one and two threads"
suggest --format csv --reveal >"$tmp/again.csv"
cmp -s "$tmp/one.csv" "$tmp/again.csv" || fail "two runs propose differently"

# The recipients given a cadre (column 8 non-empty).
awk -F, 'NR > 1 && $8 != "" { print $5 }' "$tmp/one.csv" | sort >"$tmp/paired.txt"
[ -s "$tmp/paired.txt" ] || fail "nothing proposed"

suggest -o "$tmp/建议.xlsx"
[ "$(head -c 2 "$tmp/建议.xlsx")" = PK ] || fail "-o 建议.xlsx is not a workbook"

# All or nothing: a start after --as-of is future-date for every row; nothing is written.
cp "$set_dir/pairings.csv" "$tmp/before.csv"
status=0; suggest --apply --date 2026-12-01 >/dev/null 2>"$tmp/refused.err" || status=$?
[ "$status" = 1 ] || fail "--apply with a future start exited $status, not 1"
grep -q 'future-date' "$tmp/refused.err" || fail "no future-date refusal: $(cat "$tmp/refused.err")"
cmp -s "$tmp/before.csv" "$set_dir/pairings.csv" || fail "a refused --apply changed pairings.csv"

suggest --apply --date 2026-11-20 2>"$tmp/apply.err" >/dev/null || { cat "$tmp/apply.err"; fail "--apply refused"; }
rows=$(($(wc -l <"$set_dir/pairings.csv") - 1))
[ "$rows" = "$(wc -l <"$tmp/paired.txt")" ] || fail "pairings.csv has $rows rows, the proposal $(wc -l <"$tmp/paired.txt")"
"$bin" -q -C "$set_dir" check --as-of 2026-11-20 >/dev/null || fail "check finds errors after --apply"

# The audit on the day: none of these codes for a recipient that was paired.
"$bin" -q -C "$set_dir" audit --from 2026-11-20 --to 2026-11-20 --as-of 2026-11-20 --format csv --reveal \
  --fail-on never >"$tmp/audit.csv"
awk -F, '$2 == "unpaired" || $2 == "gender-mismatch" || $2 == "household-split" { print $9 }' "$tmp/audit.csv" |
  sort -u >"$tmp/flagged.txt"
bad=$(comm -12 "$tmp/paired.txt" "$tmp/flagged.txt")
[ -z "$bad" ] || fail "the audit flags recipients the matching paired: $bad"

# Everything is paired now: a second suggest proposes nothing new for them,
# and a second --apply adds no row for a recipient already paired.
suggest --format csv --reveal >"$tmp/after.csv"
awk -F, 'NR > 1 && $8 != "" { print $5 }' "$tmp/after.csv" | sort >"$tmp/after.txt"
[ -z "$(comm -12 "$tmp/paired.txt" "$tmp/after.txt")" ] || fail "a paired recipient is proposed again"
echo "ok: $(wc -l <"$tmp/paired.txt") recipients paired by --apply, none flagged by audit"
