#!/usr/bin/env bash
# SIGTERM or SIGINT while a file is being written (`sample`, `export -o`)
# removes its temp file, and the process still ends by the signal (exit
# status 128 + N as the shell shows it: 143, 130). Before, an interrupted
# export of a province left its whole size behind as FILE's temp file.
# Usage: signal_temp_cleanup.sh JIEDUI SRCDIR
set -u
set -m  # job control: a background job gets SIGINT as a foreground one would (not ignored)
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
temps() { compgen -G "$1/.*jiedui-tmp-*" >/dev/null; }

# Starts COMMAND, waits until a temp file of it appears in DIR, sends SIGNAL;
# sets `status`, and `seen` (the temp file was there when the signal went).
signal_mid_write() {  # SIGNAL DIR COMMAND...
  local sig=$1 dir=$2; shift 2
  "$@" 2>/dev/null &
  local pid=$! i
  disown -h $pid 2>/dev/null
  seen=0
  for ((i = 0; i < 3000; i++)); do
    if temps "$dir"; then seen=1; break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.01
  done
  kill -"$sig" $pid 2>/dev/null
  wait $pid; status=$?
}

# sample writes ~100 MB: the signal comes while visits.csv is being written.
mkdir "$tmp/big"
signal_mid_write TERM "$tmp/big" "$bin" -q sample -o "$tmp/big" --recipients 100000
[ $seen = 1 ] || fail "no temp file of sample seen (exit $status)"
[ $status = 143 ] || fail "sample after SIGTERM: exit $status, expected 143 (killed by SIGTERM)"
! temps "$tmp/big" || fail "sample left $(ls -A "$tmp/big" | grep jiedui-tmp)"

# A set to export from, then export -o interrupted by SIGINT (Ctrl-C).
"$bin" -q sample -o "$tmp/set" --recipients 60000 || fail "sample"
mkdir "$tmp/out"
signal_mid_write INT "$tmp/out" "$bin" -q -C "$tmp/set" export --month 2026-03 --as-of 2026-11-20 \
  -o "$tmp/out/2026-03.csv"
[ $seen = 1 ] || fail "no temp file of export -o seen (exit $status)"
[ $status = 130 ] || fail "export -o after SIGINT: exit $status, expected 130 (killed by SIGINT)"
! temps "$tmp/out" || fail "export -o left $(ls -A "$tmp/out")"
[ ! -e "$tmp/out/2026-03.csv" ] || fail "export -o left a half file in place"

echo "ok: SIGTERM during sample, SIGINT during export -o: no temp file left, ended by the signal"
