#!/usr/bin/env bash
# A ledger file of random bytes, too big for CI: how long `jiedui check` takes
# and how much memory it uses. Usage: bench/garbage.sh [JIEDUI] [MEGABYTES]
# (defaults build/jiedui, 2048). Two shapes of garbage, in visits.csv and in
# recipients.csv (whose diagnostics are held to be sorted):
#   headless: random bytes only (the header itself is garbage)
#   headed:   a valid header, then random bytes (every line a bad row)
# Prints one line per run: shape, file, seconds, peak RSS (MiB), exit status,
# and the summary line check printed. Record the results in README's RELIABILITY.
set -eu
bin=${1:-build/jiedui} megabytes=${2:-2048}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
head -c $((megabytes * 1000 * 1000)) /dev/urandom >"$tmp/garbage"
echo "garbage: $megabytes MB of /dev/urandom; jiedui: $bin"
for file in visits recipients; do
  for shape in headless headed; do
    rm -rf "$tmp/set"; cp -r "$root/tests/bad-inputs/base" "$tmp/set"
    if [ "$shape" = headless ]; then
      mv "$tmp/garbage" "$tmp/set/$file.csv"
    else
      head -1 "$root/tests/bad-inputs/base/$file.csv" >"$tmp/set/$file.csv"
      cat "$tmp/garbage" >>"$tmp/set/$file.csv"
    fi
    python3 - "$bin" "$tmp/set" "$shape" "$file" <<'PY'
import resource, subprocess, sys, time
bin, ledger, shape, file = sys.argv[1:]
t0 = time.monotonic()
p = subprocess.run([bin, "-C", ledger, "check", "--as-of", "2026-11-20"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, text=True, errors="replace")
seconds = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
summary = [line for line in p.stderr.splitlines() if line.startswith("check:") or "error:" in line][-1:]
print(f"{shape:9} {file}.csv  {seconds:7.1f} s  {rss:7.1f} MiB  exit {p.returncode}  {summary[0] if summary else ''}")
PY
    [ "$shape" = headless ] && mv "$tmp/set/$file.csv" "$tmp/garbage"
  done
done
