#!/usr/bin/env bash
# The progress line (SPEC §9: progress only on a terminal): with a visits.csv
# over 50 MB and stderr a terminal (script(1) gives it a pty) the bar is
# drawn and cleared at the end; with -q, or stderr not a terminal, nothing.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
why=$(bash "$src/tests/facility.sh" pty) || { echo "skipped: $why"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src"/data-samples/pingliang/{recipients,cadres,pairings}.csv "$tmp/"
# 57 MB of real records: the sample's 430, over and over.
{ head -n 1 "$src/data-samples/pingliang/visits.csv"
  body=$(tail -n +2 "$src/data-samples/pingliang/visits.csv")
  for _ in $(seq 1 1100); do printf '%s\n' "$body"; done; } >"$tmp/visits.csv"
size=$(stat -c %s "$tmp/visits.csv")
[ "$size" -gt 50000000 ] || { echo "fixture too small: $size"; exit 1; }

run_tty() { script -qec "$*" /dev/null | tr -d '\n' ; }
out=$(run_tty "'$bin' -C '$tmp' report districts --year 2026 --as-of 2026-11-20 -o '$tmp/r.csv'")
case $out in
  *"visits.csv [##############################] 100% "*"/"*" MB"$'\r\e[K'*) ;;
  *) echo "no finished bar on the terminal: $(printf '%q' "$out" | head -c 300)"; exit 1 ;;
esac
[ -s "$tmp/r.csv" ]
out=$(run_tty "'$bin' -q -C '$tmp' report districts --year 2026 --as-of 2026-11-20 -o '$tmp/r.csv'")
[ -z "$out" ] || { echo "-q still drew: $(printf '%q' "$out" | head -c 200)"; exit 1; }
"$bin" -C "$tmp" report districts --year 2026 --as-of 2026-11-20 -o "$tmp/r.csv" 2>"$tmp/err"
[ ! -s "$tmp/err" ] || { echo "drew on a non-terminal stderr: $(head -c 200 "$tmp/err")"; exit 1; }
echo "ok: bar on a terminal for $((size / 1000000)) MB, silent otherwise"
