#!/usr/bin/env bash
# SPEC §9: a closed pipe ends quietly; xlsx never goes to a terminal; -o picks
# the format from the extension and writes atomically.
set -u
bin=$1; cd "$2" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
set -o pipefail
# A long output (5,000 problems, far past the pipe's buffer) cut by head:
# no error message, status 0 from jiedui.
cp -r data-samples/pingliang "$tmp/big"
row=$(sed -n 2p "$tmp/big/visits.csv")
for i in $(seq 5000); do echo "2026-01-0x,${row#*,}"; done >>"$tmp/big/visits.csv"
"$bin" -q -C "$tmp/big" check --max-errors 0 2>"$tmp/err" | head -1 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 0 ] || fail "audit | head exited $st"
[ ! -s "$tmp/err" ] || fail "audit | head printed: $(cat "$tmp/err")"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/f.json" || [ $? = 1 ] || fail "-o f.json"
head -c 2 "$tmp/f.json" | grep -q '^\[' || fail "-o f.json is not JSON"
ls -A "$tmp" | grep -q tmp- && fail "a temp file was left behind"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/f.xlsx"; [ $? -le 1 ] || fail "-o f.xlsx"
head -c 2 "$tmp/f.xlsx" | grep -q PK || fail "-o f.xlsx is not a zip"
"$bin" -q -C data-samples/pingliang audit -o "$tmp/f.unknown" 2>"$tmp/err"; [ $? = 2 ] || fail "unknown extension should exit 2"
echo "ok: closed pipe quiet, -o by extension (json, xlsx), unknown extension refused"
