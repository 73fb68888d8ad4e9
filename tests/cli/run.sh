#!/usr/bin/env bash
# Golden CLI test: run.sh JIEDUI CASEDIR
# CASEDIR/args    the arguments, as shell words ("$JIEDUI" is prepended); run from the repo root
# CASEDIR/stdout  expected standard output (absent = must be empty)
# CASEDIR/stderr  expected standard error  (absent = must be empty)
# CASEDIR/status  expected exit status     (absent = 0)
# CASEDIR/stdin   fed to standard input     (absent = /dev/null)
# CASEDIR/setup   optional bash script run first (from the repo root, with CASE and TMP set): it
#                 makes generated inputs under $TMP/ (a 10 MB field, NUL bytes …); failing fails the case
# CASEDIR/wrap    optional shell words put before the binary (setpriv to drop root, unshare …)
# CASEDIR/limits  optional "SECONDS MEGABYTES": the run is killed after SECONDS and may not map more
#                 than MEGABYTES (ulimit -v). Under a sanitizer: 10 x SECONDS and no ulimit (its
#                 shadow memory maps terabytes)
# CASEDIR/requires  optional: facilities the case needs, space-separated: `unshare` (a private
#                 mount namespace as a mapped root), `nonroot` (setpriv to nobody), `pty`
#                 (script(1) gives a pseudo-terminal). A machine or container without one skips
#                 the case (exit 77, which ctest shows as skipped) and prints why.
# CASEDIR/not-under-sanitizers  optional: the case measures the real binary's time and memory
#                 (200 MB of garbage); under ASan it is skipped (exit 77, which ctest shows as skipped)
# The temporary directory prints as $TMP in the compared output.
# Set UPDATE_GOLDEN=1 to rewrite the expectations from what the binary does now.
set -u
bin=$1 case=$(realpath --relative-to="$PWD" "$2")  # file names print relative to the repo root
sanitized=; grep -q __asan_init "$bin" && sanitized=1
if [ -n "$sanitized" ] && [ -f "$case/not-under-sanitizers" ]; then
  echo "skipped under a sanitizer: $(cat "$case/not-under-sanitizers")"; exit 77
fi
if [ -f "$case/requires" ]; then
  for need in $(cat "$case/requires"); do
    why=$(bash "$(dirname "$0")/../facility.sh" "$need") || { echo "skipped: $why"; exit 77; }
  done
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
stdin=/dev/null; [ -f "$case/stdin" ] && stdin=$case/stdin
export NO_COLOR=1 JIEDUI_LEDGER= CASE="$case" TMP="$tmp"
if [ -f "$case/setup" ] && ! bash "$case/setup" >"$tmp/setup.log" 2>&1; then
  echo "--- setup failed ($case):"; cat "$tmp/setup.log"; exit 1
fi
wrap=; [ -f "$case/wrap" ] && wrap=$(cat "$case/wrap")
kbytes=
if [ -f "$case/limits" ]; then
  read -r seconds megabytes <"$case/limits"
  [ -n "$sanitized" ] && seconds=$((seconds * 10))  # a hang guard there, not a speed test
  wrap="timeout -k 5 $seconds $wrap"
  [ -n "$sanitized" ] || kbytes=$((megabytes * 1024))
fi
( if [ -n "$kbytes" ]; then ulimit -v "$kbytes"; fi
  eval "$wrap \"\$bin\" $(cat "$case/args")" ) <"$stdin" >"$tmp/stdout" 2>"$tmp/stderr"
echo $? >"$tmp/status"
sed -i "s|$tmp|\$TMP|g" "$tmp/stdout" "$tmp/stderr"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  for f in stdout stderr; do
    if [ -s "$tmp/$f" ]; then cp "$tmp/$f" "$case/$f"; else rm -f "$case/$f"; fi
  done
  if [ "$(cat "$tmp/status")" = 0 ]; then rm -f "$case/status"; else cp "$tmp/status" "$case/status"; fi
  exit 0
fi
fail=0
for f in stdout stderr; do
  want=$case/$f; [ -f "$want" ] || want=/dev/null
  if ! cmp -s "$want" "$tmp/$f"; then
    echo "--- $f differs ($case):"; diff -u "$want" "$tmp/$f" | head -40; fail=1
  fi
done
want_status=0; [ -f "$case/status" ] && want_status=$(cat "$case/status")
if [ "$want_status" != "$(cat "$tmp/status")" ]; then
  echo "--- exit status: want $want_status, got $(cat "$tmp/status") ($case)"; fail=1
fi
exit $fail
