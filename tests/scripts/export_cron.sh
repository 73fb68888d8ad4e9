#!/usr/bin/env bash
# export as cron runs it (SPEC §8): no terminal, no stdin, a bare
# environment. Two runs give identical bytes; -o leaves no temp file behind;
# a failed run leaves last month's file as it was; the file starts with a
# BOM and holds unmasked 18-digit IDs.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/exports"
cron() { env -i PATH=/usr/bin:/bin HOME="$tmp" "$bin" "$@" </dev/null; }

cron -C "$src/data-samples/pingliang" export --month 2026-07 --as-of 2026-11-20 -o "$tmp/exports/2026-07.csv" \
  2>"$tmp/first.err"
cp "$tmp/exports/2026-07.csv" "$tmp/first.csv"
cron -C "$src/data-samples/pingliang" export --month 2026-07 --as-of 2026-11-20 -o "$tmp/exports/2026-07.csv" \
  2>"$tmp/second.err"
cmp "$tmp/first.csv" "$tmp/exports/2026-07.csv" || { echo "two runs differ"; exit 1; }
cmp "$tmp/first.err" "$tmp/second.err"
# The same bytes as standard output gives.
cron -C "$src/data-samples/pingliang" export --month 2026-07 --as-of 2026-11-20 -q >"$tmp/stdout.csv"
cmp "$tmp/first.csv" "$tmp/stdout.csv" || { echo "-o and stdout differ"; exit 1; }
[ "$(ls -A "$tmp/exports")" = 2026-07.csv ] || { echo "left behind: $(ls -A "$tmp/exports")"; exit 1; }

[ "$(head -c 3 "$tmp/first.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "no BOM"; exit 1; }
grep -q ',620802196402212196,' "$tmp/first.csv" || { echo "IDs are masked"; exit 1; }
if grep -q '\*\*\*\*' "$tmp/first.csv"; then echo "a masked number in the export"; exit 1; fi

# A run that fails (no such ledger) exits 2 and leaves the old file alone.
echo "last month" >"$tmp/exports/old.csv"
if cron -C "$tmp/nowhere" export --month 2026-07 -o "$tmp/exports/old.csv" 2>"$tmp/fail.err"; then
  echo "a missing ledger should fail"; exit 1
else
  [ $? = 2 ] || { echo "expected exit 2"; exit 1; }
fi
[ "$(cat "$tmp/exports/old.csv")" = "last month" ] || { echo "the old file was touched"; exit 1; }
[ "$(ls -A "$tmp/exports" | sort | tr '\n' ' ')" = "2026-07.csv old.csv " ] || { echo "temp file left: $(ls -A "$tmp/exports")"; exit 1; }
grep -q 'jiedui: error: ' "$tmp/fail.err"

# An empty window is not an error: exit 0, the header row only.
cron -C "$src/data-samples/pingliang" export --month 2030-01 --as-of 2030-01-15 -q -o "$tmp/exports/empty.csv"
[ "$(wc -l <"$tmp/exports/empty.csv")" = 1 ] || { echo "the empty window's file is not just a header"; exit 1; }
echo "ok: $(wc -c <"$tmp/first.csv") bytes, identical twice"
