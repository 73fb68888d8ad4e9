#!/usr/bin/env bash
# Standard error closed (2>&-), full (2>/dev/full), or a pipe whose reader
# has gone (2>&1 | head -1, and a reader that closed before the first
# message): no command aborts (SIGABRT, 134); the exit status is the run's
# own (0, 1 or 2). And with standard error closed, a message meant for it
# never lands in a file jiedui opens: the export's -o file, the lock file.
# Usage: stderr_unwritable.sh JIEDUI SRCDIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
s=$tmp/set
cp -r "$src/data-samples/pingliang" "$s"
# One bad record: check exits 1, and every command reading the set warns.
echo "2026-03-0x,620802197908231583,GS-PL-0014,phone,,,,,,,," >>"$s/visits.csv"

cases=(
  "check|-C $s check --as-of 2026-11-20|1"
  "audit|-C $s audit --year 2026 --as-of 2026-11-20|1"
  "usage error|-C $s check --no-such-option|2"
  "unknown command|chek|2"
  "unreadable input|-C $tmp/none check|2"
  "export|-C $s export --month 2026-03 --as-of 2026-11-20|0"
)
# A pipe whose reader closed before anything was written: every write EPIPE.
gone_reader() {
  rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
  ( exec 4<"$tmp/fifo" ) &
  exec 5>"$tmp/fifo"
  wait $!
}
checked=0
for c in "${cases[@]}"; do
  IFS='|' read -r name args want <<<"$c"
  # shellcheck disable=SC2086  # args are words
  "$bin" $args >/dev/null 2>/dev/null; st=$?
  [ $st = "$want" ] || fail "$name: exit $st with a working stderr, expected $want"
  "$bin" $args >/dev/null 2>&-; st=$?
  [ $st = "$want" ] || fail "$name 2>&-: exit $st, expected $want"
  "$bin" $args >/dev/null 2>/dev/full; st=$?
  [ $st = "$want" ] || fail "$name 2>/dev/full: exit $st, expected $want"
  "$bin" $args 2>&1 >/dev/null | head -1 >/dev/null; st=${PIPESTATUS[0]}
  [ $st = "$want" ] || fail "$name 2>&1 | head -1: exit $st, expected $want"
  gone_reader
  "$bin" $args >/dev/null 2>&5; st=$?
  exec 5>&-
  [ $st = "$want" ] || fail "$name 2> a pipe without reader: exit $st, expected $want"
  checked=$((checked + 1))
done

# With standard error closed, the export's temp file must not become fd 2:
# the warning about the bad record would be the first line of the file.
"$bin" -C "$s" export --month 2026-03 --as-of 2026-11-20 -o "$tmp/want.csv" 2>/dev/null || fail "export -o"
"$bin" -C "$s" export --month 2026-03 --as-of 2026-11-20 -o "$tmp/got.csv" 2>&-; st=$?
[ $st = 0 ] || fail "export -o 2>&-: exit $st"
cmp -s "$tmp/want.csv" "$tmp/got.csv" || fail "export -o 2>&- wrote: $(grep -m1 jiedui "$tmp/got.csv")"

# A write with standard error closed writes its row, and its summary goes nowhere.
"$bin" -C "$s" log add --date 2026-03-20 --recipient 620802197908231583 --cadre GS-PL-0014 --mode phone \
  --notes "stderr closed" --as-of 2026-11-20 2>&-; st=$?
[ $st = 0 ] || fail "log add 2>&-: exit $st"
grep -q "stderr closed" "$s/visits.csv" || fail "log add 2>&- did not write its row"
! grep -q "wrote" "$s/.jiedui.lock" || fail "log add 2>&- wrote its summary into .jiedui.lock"
echo "ok: $checked commands x 5 unwritable stderrs keep their exit status; export -o and log add with 2>&- write only their data"
