#!/usr/bin/env bash
# bench/roles.sh: does recording helpers slow reads? `jiedui audit --profile
# wangcheng` on one generated set three ways: without roles; with --roles
# --helper-visits 0 (a helper pairing per recipient and the role column, the
# same work records: the cost of roles themselves); and with --roles (the
# helpers' weekly visits too: about 52 more records per recipient). The
# target (issue: reads stay as fast as today) is the roles-only run within
# 1.3× of the run without roles; the weekly-visit run is reported with its
# time per million records, since it reads several times the records.
# Prints a Markdown block for BENCHMARKS.md.
# Environment: JIEDUI (default build/jiedui), BENCH_DATA (default
# /tmp/jiedui-bench), RECIPIENTS (default 300000, the province), RUNS (default 3;
# the fastest counts).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${JIEDUI:-$root/build/jiedui}
data=${BENCH_DATA:-/tmp/jiedui-bench}/roles
recipients=${RECIPIENTS:-300000}
runs=${RUNS:-3}
mkdir -p "$data"

# the fastest of `runs` audits of set $1: sets $wall (seconds), $rss (MB) and $records
time_audit() {
  local dir=$1 best="" i w
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$data/time.log" "$bin" -C "$dir" audit --profile wangcheng --year 2026 \
      --as-of 2026-12-31 --format csv >/dev/null 2>"$data/stderr.log" || [ $? -eq 1 ]
    w=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$data/time.log")
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$w; fi
  done
  wall=$best
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$data/time.log")
  records=$(($(wc -l <"$dir/visits.csv") - 1))  # lines: a few notes hold a line break
}

"$bin" -q sample -o "$data/plain" --recipients "$recipients" --force
"$bin" -q sample -o "$data/roles0" --recipients "$recipients" --roles --helper-visits 0 --force
"$bin" -q sample -o "$data/roles" --recipients "$recipients" --roles --force

echo "## audit with and without roles ($(date -u +%Y-%m-%d), $(nproc) cores, $recipients recipients)"
echo
echo "\`jiedui audit --profile wangcheng --year 2026\`, fastest of $runs runs."
echo
echo "| set | visits.csv lines | wall s | s per million lines | peak RSS MB | × without roles |"
echo "|---|---|---|---|---|---|"
base=
for set in plain roles0 roles; do
  time_audit "$data/$set"
  base=${base:-$wall}
  case $set in
    plain) what="without roles" ;;
    roles0) what="--roles --helper-visits 0 (a helper pairing each)" ;;
    roles) what="--roles (and the helpers' weekly visits)" ;;
  esac
  echo "| $what | $records | $wall | $(awk -v w="$wall" -v n="$records" 'BEGIN { printf "%.2f", w * 1e6 / n }') | $rss | $(awk -v w="$wall" -v b="$base" 'BEGIN { printf "%.2f", w / b }') |"
done
