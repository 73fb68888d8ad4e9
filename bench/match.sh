#!/usr/bin/env bash
# bench/match.sh: `pair suggest` at Pingliang's size (22,427 recipients,
# 20,518 cadres: the 2023 report's figures), every recipient unpaired (the
# sample's pairings.csv cut to its header: the set before the first
# matching), with --max-load 1 and 2; and match_bench's exact-versus-greedy
# figures on the same set. Prints a Markdown block for BENCHMARKS.md.
# Environment: JIEDUI (default build/jiedui), BENCH_DATA (default /tmp/jiedui-bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${JIEDUI:-$root/build/jiedui}
match_bench=$(dirname "$bin")/match_bench
data=${BENCH_DATA:-/tmp/jiedui-bench}/match
mkdir -p "$data"
"$bin" -q sample -o "$data" --recipients 22427 --cadres 20518 --records-per-recipient 0 --force
head -1 "$data/pairings.csv" >"$data/pairings.tmp" && mv "$data/pairings.tmp" "$data/pairings.csv"
counties=$(awk -F, 'NR > 1 { print $14 }' "$data/recipients.csv" | sort -u | wc -l)
echo "## pair suggest at Pingliang's size ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo
echo "22,427 recipients, 20,518 cadres, $counties counties (jiedui sample), none paired yet."
run_set() {
  echo
  echo "| max-load | wall s | CPU s | peak RSS MB | summary |"
  echo "|---|---|---|---|---|"
  for load in 1 2; do
    /usr/bin/time -v -o "$data/time.log" "$bin" -C "$data" pair suggest --as-of 2026-12-01 --max-load "$load" \
      --format csv >/dev/null 2>"$data/stderr.log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$data/time.log")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$data/time.log")
    rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$data/time.log")
    echo "| $load | $wall | $cpu | $rss | $(grep '^pair suggest:' "$data/stderr.log" | sed 's/^pair suggest: //') |"
  done
  echo
  echo "Exact (min-cost flow) against greedy (each unit in row order takes the cheapest cadre with room; CPU"
  echo "seconds of the matching alone, ledger loaded), max-load 1 and 2:"
  echo
  echo '```'
  "$match_bench" "$data" 1
  "$match_bench" "$data" 2 | tail -n +2
  echo '```'
}
echo
echo "### The sample as generated (cadres without township, half of them women)"
run_set
python3 "$here/match_scenario.py" "$data"
echo
echo "### Cadres given townships, three women in four turned men (bench/match_scenario.py)"
run_set
