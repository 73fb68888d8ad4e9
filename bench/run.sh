#!/usr/bin/env bash
# bench/run.sh [province] [memory] [huge]: jiedui against the tools an analyst
# would otherwise use, on the same files and machine (see BENCHMARKS.md).
#   province  a 300,000-recipient set (~2.9 M work records, ~450 MB): the CSV
#             reader alone; jiedui check, audit, report districts; and the
#             same per-pairing contact/visit counts and per-county totals by
#             DuckDB (@duckdb/node-api), sqlite3 (.import + SQL) and Miller,
#             whose numbers must agree with jiedui's
#   memory    audit's peak RSS with 10 and 100 records per recipient (3 M and
#             30 M records, same people): memory follows people, not records
#   huge      10 M recipients, 100 M records (~15 GB), generated, audited, deleted
# Each mode writes bench/results/MODE.md; BENCHMARKS.md gets them all below
# its marker line. Environment: JIEDUI (the binary; default build/jiedui),
# BENCH_DATA (scratch dir, default /tmp/jiedui-bench), RECIPIENTS, RECORDS,
# REPEAT (province mode: best of REPEAT runs of each task, default 3).
# `make bench` installs what it needs (time, sqlite3, miller, nodejs, npm,
# and @duckdb/node-api into bench/node_modules) and runs all three.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${JIEDUI:-$root/build/jiedui}
parse_bench=$(dirname "$bin")/parse_bench
data=${BENCH_DATA:-/tmp/jiedui-bench}
recipients=${RECIPIENTS:-300000}
records=${RECORDS:-10}
year=2026 asof=2026-12-31
modes=("$@"); [ ${#modes[@]} -gt 0 ] || modes=(province memory huge)
mkdir -p "$data" "$here/results"
[ -x "$bin" ] || { echo "bench: no $bin (build first, or set JIEDUI)"; exit 2; }

# measure LABEL CMD…: runs CMD (stdout to /dev/null) under /usr/bin/time -v,
# $TIMES times; sets WALL (s) and RSS (MB) of the fastest run and prints a line.
TIMES=1
measure() {
  local label=$1; shift
  local log=$data/time.log best="" best_rss="" wall rss i
  for ((i = 0; i < TIMES; i++)); do
    if ! /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$data/stderr.log"; then
      if ! grep -q "Exit status: 1" "$log"; then  # 1 = findings or problems: fine here
        echo "bench: $label failed:"; cat "$data/stderr.log" "$log" | tail -20; exit 1
      fi
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$wall best_rss=$rss; fi
  done
  WALL=$best RSS=$best_rss
  printf '  %-58s %8.2f s %7s MB%s\n' "$label" "$WALL" "$RSS" "$([ "$TIMES" -gt 1 ] && echo " (best of $TIMES)")"
}

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores visible"
  echo "- RAM: $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo); kernel $(uname -r); $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "- load average when the run started: $1 (1, 5, 15 min; > 0.5 means others were using the machine)"
  echo "- jiedui $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), built RelWithDebInfo (-O2)"
}

warm() { cat "$@" >/dev/null; }  # page cache: every tool reads the same cached files

province() {
  local set=$data/province out=$data/out
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== province: $recipients recipients, $records records each, in $set"
  rm -rf "$set" "$out"; mkdir -p "$out"/{jiedui,duckdb,sqlite,miller}
  measure "jiedui sample --recipients $recipients" "$bin" -q sample -o "$set" --recipients "$recipients" \
    --records-per-recipient "$records" --year $year
  local gen_wall=$WALL
  local bytes; bytes=$(du -cb "$set"/*.csv | tail -1 | cut -f1)
  local visits_bytes; visits_bytes=$(stat -c %s "$set/visits.csv")
  local nrec; nrec=$({ "$bin" --threads 1 -C "$set" check --as-of $asof 2>&1 >/dev/null || true; } | sed -n 's/.*pairings, \([0-9]*\) work records/\1/p')
  warm "$set"/*.csv
  TIMES=${REPEAT:-3}
  local parse; parse=$("$parse_bench" "$set/visits.csv" 3)
  echo "  parse_bench: $parse"
  declare -A W R
  run() { measure "$1" "${@:2}"; W[$1]=$WALL; R[$1]=$RSS; }
  run "jiedui check" "$bin" -q -C "$set" check --as-of $asof
  run "jiedui check --threads 1" "$bin" -q --threads 1 -C "$set" check --as-of $asof
  run "jiedui audit --year" "$bin" -q -C "$set" audit --year $year --as-of $asof --format csv
  run "jiedui audit --year --threads 1" "$bin" -q --threads 1 -C "$set" audit --year $year --as-of $asof --format csv
  local have_report=0
  if "$bin" --help | grep -qE '^  report( |$)'; then
    have_report=1
    run "jiedui report districts --by county" "$bin" -q -C "$set" report districts --by county --year $year \
      --as-of $asof --format csv
  else
    echo "  jiedui report districts --by county: skipped (jiedui report does not exist in this build yet)"
  fi
  TIMES=1
  run "jiedui audit --dump-counts (the numbers compared)" "$bin" -q -C "$set" audit --year $year --as-of $asof \
    --format csv --dump-counts "$out/jiedui/pairings.csv"
  awk -F, 'NR > 1 {c[$4] += $5; v[$4] += $6} END {print "county,contacts,visits"; for (k in c) print k "," c[k] "," v[k]}' \
    "$out/jiedui/pairings.csv" >"$out/jiedui/counties.csv"
  TIMES=${REPEAT:-3}
  local duck_label sqlite_label miller_label
  duck_label="DuckDB (@duckdb/node-api $(cd "$here" && node -p "require('./node_modules/@duckdb/node-api/package.json').version"))"
  sqlite_label="sqlite3 $(sqlite3 --version | cut -d' ' -f1) (.import + index + SQL)"
  miller_label="Miller $(mlr --version | cut -d' ' -f2)"
  run "$duck_label" node "$here/peers/duckdb.mjs" "$set" "$out/duckdb" $year
  run "$sqlite_label" bash "$here/peers/sqlite.sh" "$set" "$out/sqlite" $year
  TIMES=1  # Miller takes a minute
  run "$miller_label" bash "$here/peers/miller.sh" "$set" "$out/miller" $year

  # The numbers must agree: per pairing and per county, byte for byte once sorted.
  local agree=""
  normal() { tr -d '"' <"$1" | sort; }
  for peer in duckdb sqlite miller; do
    for f in pairings.csv counties.csv; do
      if cmp -s <(normal "$out/jiedui/$f") <(normal "$out/$peer/$f"); then
        agree+="$peer $f: same ($(($(wc -l <"$out/jiedui/$f") - 1)) rows); "
      else
        agree+="$peer $f: DIFFERENT; "
        echo "bench: $peer's $f differs from jiedui's:"; diff <(normal "$out/jiedui/$f") <(normal "$out/$peer/$f") | head -5
      fi
    done
  done
  echo "  agreement: $agree"
  local audit_wall=${W["jiedui audit --year"]}
  ratio() { awk -v a="$1" -v b="$audit_wall" 'BEGIN {printf "%.1f×", a / b}'; }
  {
    echo "## Province: $recipients recipients, $nrec work records"
    echo
    echo "Measured $(date -u +'%Y-%m-%d %H:%M UTC') by \`bench/run.sh province\`."
    machine "$load"
    echo
    echo "Data: \`jiedui sample --recipients $recipients --records-per-recipient $records\` (seed 1):" \
         "$(awk -v b="$bytes" 'BEGIN {printf "%.0f MB", b / 1e6}') in four files, visits.csv" \
         "$(awk -v b="$visits_bytes" 'BEGIN {printf "%.0f MB", b / 1e6}'), generated in ${gen_wall} s" \
         "($(awk -v b="$bytes" -v s="$gen_wall" 'BEGIN {printf "%.0f MB/s", b / 1e6 / s}'))." \
         "Files in the page cache; wall time and peak RSS from \`/usr/bin/time -v\`, best of ${REPEAT:-3} runs (Miller: one)."
    echo
    echo "CSV reader alone (\`build/parse_bench visits.csv\`, best of 3): $parse"
    echo
    echo "| tool and task | wall (s) | peak RSS (MB) | time ÷ jiedui audit |"
    echo "|---|---:|---:|---:|"
    for k in "jiedui check" "jiedui check --threads 1" "jiedui audit --year" "jiedui audit --year --threads 1"; do
      echo "| $k | ${W[$k]} | ${R[$k]} | $(ratio "${W[$k]}") |"
    done
    if [ $have_report = 1 ]; then
      echo "| jiedui report districts --by county | ${W["jiedui report districts --by county"]} | ${R["jiedui report districts --by county"]} | $(ratio "${W["jiedui report districts --by county"]}") |"
    else
      echo "| jiedui report districts --by county | skipped: not in this build | | |"
    fi
    for k in "$duck_label" "$sqlite_label" "$miller_label"; do
      echo "| $k: per-pairing counts + per-county totals | ${W[$k]} | ${R[$k]} | $(ratio "${W[$k]}") |"
    done
    echo
    echo "Agreement with jiedui's numbers (\`audit --dump-counts\`; county totals summed from it): $agree"
    echo
  } >"$here/results/province.md"
}

memory() {
  TIMES=1
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== memory: audit RSS with $recipients recipients and 10 or 100 records each"
  local rows=""
  for k in 10 100; do
    local set=$data/memory-$k
    rm -rf "$set"
    measure "jiedui sample --records-per-recipient $k" "$bin" -q sample -o "$set" --recipients "$recipients" \
      --records-per-recipient $k --year $year
    local size; size=$(stat -c %s "$set/visits.csv")
    measure "jiedui audit, $k records per recipient" "$bin" -q -C "$set" audit --year $year --as-of $asof --format csv
    rows+="| $k | $(awk -v b="$size" 'BEGIN {printf "%.2f GB", b / 1e9}') | $WALL | $RSS |"$'\n'
    rm -rf "$set"
  done
  {
    echo "## Memory: the same $recipients recipients, 10× the records"
    echo
    echo "Measured $(date -u +'%Y-%m-%d %H:%M UTC') by \`bench/run.sh memory\`."
    machine "$load"
    echo
    echo "| records per recipient | visits.csv | audit wall (s) | audit peak RSS (MB) |"
    echo "|---:|---:|---:|---:|"
    printf '%s' "$rows"
    echo
  } >"$here/results/memory.md"
}

huge() {
  TIMES=1
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  local n=${HUGE_RECIPIENTS:-10000000} set=$data/huge
  echo "== huge: $n recipients, 10 records each (generated, audited, deleted)"
  rm -rf "$set"
  measure "jiedui sample --recipients $n" "$bin" -q sample -o "$set" --recipients "$n" --year $year
  local gen=$WALL gen_rss=$RSS
  local size; size=$(du -cb "$set"/*.csv | tail -1 | cut -f1)
  local visits_size; visits_size=$(stat -c %s "$set/visits.csv")
  measure "jiedui audit --year" "$bin" -q -C "$set" audit --year $year --as-of $asof --format csv
  local audit=$WALL audit_rss=$RSS
  measure "jiedui check" "$bin" -q -C "$set" check --as-of $asof
  local check=$WALL check_rss=$RSS
  rm -rf "$set"
  {
    echo "## All of China: $n recipients, ~100 M work records"
    echo
    echo "Measured $(date -u +'%Y-%m-%d %H:%M UTC') by \`bench/run.sh huge\`; the set is deleted afterwards."
    machine "$load"
    echo
    echo "Data: $(awk -v b="$size" 'BEGIN {printf "%.1f GB", b / 1e9}') (visits.csv $(awk -v b="$visits_size" 'BEGIN {printf "%.1f GB", b / 1e9}'))," \
         "larger than the page cache can keep beside the other users of this machine, so reads hit the disk."
    echo
    echo "| task | wall (s) | peak RSS (MB) |"
    echo "|---|---:|---:|"
    echo "| jiedui sample --recipients $n | $gen | $gen_rss |"
    echo "| jiedui audit --year | $audit | $audit_rss |"
    echo "| jiedui check | $check | $check_rss |"
    echo
  } >"$here/results/huge.md"
}

for m in "${modes[@]}"; do
  case $m in
    province) (cd "$here" && [ -d node_modules/@duckdb/node-api ]) || { echo "bench: run 'npm install' in bench/ (make bench does)"; exit 2; }
              province ;;
    memory) memory ;;
    huge) huge ;;
    *) echo "bench: unknown mode '$m' (province, memory, huge)"; exit 2 ;;
  esac
done

# BENCHMARKS.md: its own text above the marker, then every results/*.md.
marker='<!-- bench/run.sh writes everything below this line from bench/results/*.md -->'
md=$here/BENCHMARKS.md
# The marker is compared as a string: in a sed address its slashes ended the
# pattern early, sed never stopped there, and every run appended the results
# below all the old ones.
{ awk -v m="$marker" '{ print } $0 == m { exit }' "$md"; for f in province memory huge; do [ -f "$here/results/$f.md" ] && cat "$here/results/$f.md"; done; } >"$md.new"
mv "$md.new" "$md"
echo "bench: wrote $md"
