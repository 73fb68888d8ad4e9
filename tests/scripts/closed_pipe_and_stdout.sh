#!/usr/bin/env bash
# SPEC §9: a closed pipe ends quietly; xlsx never goes to a terminal; -o picks
# the format from the extension and writes atomically.
set -u
bin=$1; cd "$2" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
set -o pipefail
# A long output (5,000 problems, far past the pipe's buffer) cut by head:
# no error message, and the status is the run's own (1: the errors found).
cp -r data-samples/pingliang "$tmp/big"
row=$(sed -n 2p "$tmp/big/visits.csv")
for i in $(seq 5000); do echo "2026-01-0x,${row#*,}"; done >>"$tmp/big/visits.csv"
"$bin" -q -C "$tmp/big" check --max-errors 0 2>"$tmp/err" | head -1 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 1 ] || fail "check | head exited $st, not its own 1 (5,000 bad-date errors)"
[ ! -s "$tmp/err" ] || fail "audit | head printed: $(cat "$tmp/err")"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/f.json" || [ $? = 1 ] || fail "-o f.json"
head -c 2 "$tmp/f.json" | grep -q '^\[' || fail "-o f.json is not JSON"
ls -A "$tmp" | grep -q tmp- && fail "a temp file was left behind"
"$bin" -q -C data-samples/pingliang audit --year 2026 --as-of 2026-11-20 -o "$tmp/f.xlsx"; [ $? -le 1 ] || fail "-o f.xlsx"
head -c 2 "$tmp/f.xlsx" | grep -q PK || fail "-o f.xlsx is not a zip"
"$bin" -q -C data-samples/pingliang audit -o "$tmp/f.unknown" 2>"$tmp/err"; [ $? = 2 ] || fail "unknown extension should exit 2"
# Text printed outside a table (completion scripts, dry-run lines): a full
# disk is an error (exit 2), not a silent loss; a reader gone is quiet.
"$bin" completion bash >/dev/full 2>"$tmp/err"; st=$?
[ $st = 2 ] && grep -q "cannot write to standard output" "$tmp/err" || fail "completion >/dev/full exited $st: $(cat "$tmp/err")"
"$bin" -C tests/bad-inputs/base log add --dry-run --date 2026-03-20 --recipient 620802201403120561 --cadre GS-0001 \
  --mode phone >/dev/full 2>/dev/null; st=$?
[ $st = 2 ] || fail "log add --dry-run >/dev/full exited $st"
"$bin" completion zsh 2>"$tmp/err" | head -c 1 >/dev/null; st=${PIPESTATUS[0]}
[ "$st" = 0 ] && [ ! -s "$tmp/err" ] || fail "completion | head -c 1 exited $st: $(cat "$tmp/err")"
echo "ok: closed pipe quiet, -o by extension (json, xlsx), unknown extension refused, a full disk under stdout text an error"
