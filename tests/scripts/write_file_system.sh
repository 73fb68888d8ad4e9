#!/usr/bin/env bash
# Writes that respect the file system (jiedui-log(1), jiedui-pair(1), FILES in
# jiedui(1)): a planted lock link is neither followed nor created; a ledger
# kept as a symbolic link is written through, never detached; a link of
# another user is not followed; owner, group and mode of a rewritten file
# stay; a read-only file, a FIFO or a device is refused; init and sample never
# create through a dangling link and write all their files or none.
# tests/bad-inputs has the single-message cases (lock-symlink, read-only-ledger,
# fifo-*, device-ledger-file, stale-temp-user-file); write_as_other_user.sh
# the cases that need a second user.
# Usage: write_file_system.sh JIEDUI SRCDIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
fresh() {
  rm -rf "$tmp/set"; cp -r "$src/tests/bad-inputs/base" "$tmp/set"
  printf 'recipient,cadre,start,end,reason\n620802201403120561,GS-0001,2025-01-01,,\n' >"$tmp/set/pairings.csv"
}
add() {  # log add of one record with NOTE into $tmp/set
  timeout 20 "$bin" -q -C "$tmp/set" log add --date 2026-03-20 --recipient 620802201403120561 --cadre GS-0001 \
    --mode phone --notes "$1" --as-of 2026-11-20 "${@:2}"
}
temps() { find "$@" -name '*jiedui-tmp-*' | grep -q . ; }

# A dangling lock link: its target is not created, nothing is written.
fresh
ln -s "$tmp/created-by-lock" "$tmp/set/.jiedui.lock"
add dangling 2>"$tmp/err"; st=$?
[ $st = 2 ] || fail "dangling .jiedui.lock: exit $st, expected 2"
[ ! -e "$tmp/created-by-lock" ] || fail "the dangling lock link's target was created"
grep -q "symbolic link" "$tmp/err" || fail "dangling .jiedui.lock: $(cat "$tmp/err")"
! grep -q dangling "$tmp/set/visits.csv" || fail "written despite the lock link"

# The lock file others can open to lock, whatever the writer's umask.
fresh
(umask 077; add umask) || fail "log add under umask 077"
[ "$(stat -c %a "$tmp/set/.jiedui.lock")" = 644 ] || fail "lock file mode $(stat -c %a "$tmp/set/.jiedui.lock"), expected 644"
printf '4711\n' >"$tmp/set/.jiedui.lock"  # an older jiedui's pid record: taken over, not truncated
add again || fail "log add over an old lock file"
[ "$(stat -c %s "$tmp/set/.jiedui.lock")" = 16 ] || fail "lock file is $(stat -c %s "$tmp/set/.jiedui.lock") bytes, expected the 16-byte record"
# A lock file with more in it than a pid record (a hard link to something
# else) is locked but never written.
printf 'not a pid record but something longer\n' >"$tmp/set/.jiedui.lock"
add longer || fail "log add with a long lock file"
grep -q "something longer" "$tmp/set/.jiedui.lock" || fail "a long lock file was written to"

# A symbolic link to the ledger is written through: the link stays, the
# file it names gets the row, the temp file went beside it and is gone.
fresh
mkdir "$tmp/share"
mv "$tmp/set/visits.csv" "$tmp/share/visits.csv"
ln -s ../share/visits.csv "$tmp/set/visits.csv"
mv "$tmp/set/pairings.csv" "$tmp/share/pairings.csv"
ln -s "$tmp/share/pairings.csv" "$tmp/set/pairings.csv"
add "through the link" || fail "log add through a symlinked visits.csv"
[ -L "$tmp/set/visits.csv" ] || fail "visits.csv is no longer a symbolic link (detached)"
grep -q "through the link" "$tmp/share/visits.csv" || fail "the link's target did not get the row"
timeout 20 "$bin" -q -C "$tmp/set" pair end 620802201403120561 --date 2026-06-30 --force --reason moved --as-of 2026-11-20 ||
  fail "pair end through a symlinked pairings.csv"
[ -L "$tmp/set/pairings.csv" ] || fail "pairings.csv is no longer a symbolic link (detached)"
grep -q "2026-06-30" "$tmp/share/pairings.csv" || fail "the pairings link's target did not get the end"
! temps "$tmp/set" "$tmp/share" || fail "temp files left: $(find "$tmp" -name '*jiedui-tmp-*')"
"$bin" -q -C "$tmp/set" check --as-of 2026-11-20 >/dev/null || fail "check after writing through links"

# A link that belongs to another user (uid 4321) and ends at a file that user
# does not own is not followed: a planted link cannot redirect a root write.
fresh
cp "$tmp/set/visits.csv" "$tmp/victim.csv"
rm "$tmp/set/visits.csv"; ln -s "$tmp/victim.csv" "$tmp/set/visits.csv"; chown -h 4321 "$tmp/set/visits.csv"
sum=$(md5sum <"$tmp/victim.csv")
add foreign 2>"$tmp/err"; st=$?
[ $st = 2 ] || fail "a foreign link: exit $st, expected 2"
grep -q "symbolic link of another user" "$tmp/err" || fail "a foreign link: $(cat "$tmp/err")"
[ "$(md5sum <"$tmp/victim.csv")" = "$sum" ] || fail "a foreign link's target was changed"
# ... but the same link is followed when its owner owns the file too.
chown 4321 "$tmp/victim.csv"
add "owner's link" || fail "a link whose owner owns its target"
grep -q "owner's link" "$tmp/victim.csv" || fail "a link whose owner owns its target was not written through"
[ "$(stat -c %u "$tmp/victim.csv")" = 4321 ] || fail "the target's owner changed to $(stat -c %u "$tmp/victim.csv")"

# Owner, group and mode of a rewritten ledger stay (root writes here).
fresh
chown 1234:5678 "$tmp/set/visits.csv" "$tmp/set/pairings.csv"
chmod 640 "$tmp/set/visits.csv"; chmod 604 "$tmp/set/pairings.csv"
add kept || fail "log add to a file of another owner"
[ "$(stat -c %u:%g:%a "$tmp/set/visits.csv")" = 1234:5678:640 ] ||
  fail "visits.csv became $(stat -c %u:%g:%a "$tmp/set/visits.csv"), expected 1234:5678:640"
timeout 20 "$bin" -q -C "$tmp/set" pair end 620802201403120561 --date 2026-06-30 --force --reason kept --as-of 2026-11-20 ||
  fail "pair end"
[ "$(stat -c %u:%g:%a "$tmp/set/pairings.csv")" = 1234:5678:604 ] ||
  fail "pairings.csv became $(stat -c %u:%g:%a "$tmp/set/pairings.csv"), expected 1234:5678:604"

# -o: a FIFO or a device is refused at once (never opened, never replaced);
# a read-only file is left as it is; a link of one's own is written through.
mkfifo "$tmp/out.csv"
timeout 20 "$bin" -q -C "$tmp/set" audit --year 2026 --as-of 2026-11-20 -o "$tmp/out.csv" 2>"$tmp/err"; st=$?
[ $st = 2 ] || fail "-o FIFO: exit $st, expected 2"
grep -q "not a regular file" "$tmp/err" || fail "-o FIFO: $(cat "$tmp/err")"
[ -p "$tmp/out.csv" ] || fail "-o FIFO: the FIFO was replaced"
ln -s /dev/null "$tmp/null.csv"
timeout 20 "$bin" -q -C "$tmp/set" audit --year 2026 --as-of 2026-11-20 -o "$tmp/null.csv" 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ -c /dev/null ] || fail "-o a link to /dev/null: exit $st, /dev/null $(stat -c %F /dev/null)"
echo keep >"$tmp/ro.csv"; chmod 444 "$tmp/ro.csv"
timeout 20 "$bin" -q -C "$tmp/set" audit --year 2026 --as-of 2026-11-20 -o "$tmp/ro.csv" 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ "$(cat "$tmp/ro.csv")" = keep ] || fail "-o a read-only file: exit $st, now $(head -c 40 "$tmp/ro.csv")"
grep -q "read-only (mode 0444)" "$tmp/err" || fail "-o a read-only file: $(cat "$tmp/err")"
mkdir "$tmp/exports"; ln -s exports/month.csv "$tmp/month.csv"
timeout 20 "$bin" -q -C "$tmp/set" export --month 2026-03 --as-of 2026-11-20 -o "$tmp/month.csv" || fail "-o own link"
[ -L "$tmp/month.csv" ] && [ -s "$tmp/exports/month.csv" ] || fail "-o own link was not written through"

# init and sample never create through a dangling link, and write all their
# files or none.
mkdir "$tmp/new"; ln -s "$tmp/elsewhere.csv" "$tmp/new/visits.csv"
"$bin" -q init "$tmp/new" 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ ! -e "$tmp/elsewhere.csv" ] && [ ! -e "$tmp/new/recipients.csv" ] ||
  fail "init over a dangling link: exit $st: $(cat "$tmp/err")"
"$bin" -q sample -o "$tmp/new" --recipients 20 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ ! -e "$tmp/elsewhere.csv" ] || fail "sample over a dangling link: exit $st: $(cat "$tmp/err")"
fresh
chmod 444 "$tmp/set/visits.csv"; sum=$(md5sum "$tmp/set/"*.csv)
"$bin" -q init --force "$tmp/set" 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ "$(md5sum "$tmp/set/"*.csv)" = "$sum" ] || fail "init --force with a read-only visits.csv: exit $st, files changed"
"$bin" -q sample --force -o "$tmp/set" --recipients 20 2>"$tmp/err"; st=$?
[ $st = 2 ] && [ "$(md5sum "$tmp/set/"*.csv)" = "$sum" ] || fail "sample --force with a read-only visits.csv: exit $st, files changed"
! temps "$tmp" || fail "temp files left: $(find "$tmp" -name '*jiedui-tmp-*')"
echo "ok: lock links refused, ledgers written through own links only, owner/group/mode kept, read-only and non-regular files refused, init/sample all or nothing"
