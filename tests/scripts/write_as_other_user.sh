#!/usr/bin/env bash
# A ledger set written by several users (jiedui-log(1), FILES): a root write
# (a cron job) leaves a lock file every user can lock through, though not
# write; a ledger file the writer may not write is refused, never replaced
# by rename (which the directory alone would allow) with a new owner; a member
# of the file's group writes it and the group and mode stay.
# Needs root and setpriv(1) to become the other user; skips (77) without.
# Usage: write_as_other_user.sh JIEDUI SRCDIR
set -u
bin=$1 src=$2
if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
  echo "skipped: needs root and setpriv(1) to run jiedui as another user"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
fail() { echo "FAIL: $*"; exit 1; }
as_user="setpriv --reuid=4321 --regid=4321 --groups=5678"
if ! $as_user true 2>/dev/null; then echo "skipped: setpriv cannot switch users here"; exit 77; fi
fresh() {
  rm -rf "$tmp/set"; cp -r "$src/tests/bad-inputs/base" "$tmp/set"
  chmod 777 "$tmp/set"  # anyone may create files (temp files, the lock), as in a shared directory
}
add() {  # WHO NOTE: log add of one record
  local who=$1 note=$2; shift 2
  timeout 20 $who "$bin" -q -C "$tmp/set" log add --date 2026-03-20 --recipient 620802201403120561 --cadre GS-0001 \
    --mode phone --notes "$note" --as-of 2026-11-20 "$@"
}

# Root writes first (under a cron job's umask), then user 4321 writes.
fresh
chmod 666 "$tmp/set/"*.csv
(umask 077; add "" "root first") || fail "root's log add"
[ "$(stat -c %u "$tmp/set/.jiedui.lock")" = 0 ] || fail "the lock file should be root's"
add "$as_user" "user second" 2>"$tmp/err" || fail "user 4321 locked out after a root write: $(cat "$tmp/err")"
grep -q "user second" "$tmp/set/visits.csv" || fail "user 4321's row is missing"

# A file the writer may not write (root's, 0644) is refused, though the
# shared directory would let a rename replace it.
fresh
chmod 644 "$tmp/set/visits.csv"
sum=$(md5sum <"$tmp/set/visits.csv")
add "$as_user" "not mine" 2>"$tmp/err"; st=$?
[ $st = 2 ] || fail "user 4321 writing root's 0644 visits.csv: exit $st, expected 2"
grep -q "read-only for you" "$tmp/err" || fail "message: $(cat "$tmp/err")"
[ "$(md5sum <"$tmp/set/visits.csv")" = "$sum" ] && [ "$(stat -c %u "$tmp/set/visits.csv")" = 0 ] ||
  fail "root's visits.csv was replaced"

# A member of the file's group writes it: the file is the writer's now (only
# root gives files away), but group 5678 and mode 0664 stay.
fresh
chgrp 5678 "$tmp/set/visits.csv"; chmod 664 "$tmp/set/visits.csv"
add "$as_user" "group member" || fail "a group member's log add"
grep -q "group member" "$tmp/set/visits.csv" || fail "the group member's row is missing"
[ "$(stat -c %g:%a "$tmp/set/visits.csv")" = 5678:664 ] ||
  fail "visits.csv became $(stat -c %u:%g:%a "$tmp/set/visits.csv"), expected group 5678, mode 664"
echo "ok: a root write does not lock others out; a file not writable is refused; group and mode kept for a group member"
