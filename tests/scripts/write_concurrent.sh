#!/usr/bin/env bash
# SPEC §7 locking: 8 processes × 500 `jiedui log add` at once on one ledger
# set (the issue's size; 11.5 s on 2 quiet cores). Every row must be there
# exactly once, none torn or glued to another, and `jiedui check` must read
# the file cleanly. Under ASan every process is ~10× slower, so the
# sanitizer build runs 8 × 100 (the same races, fewer rounds).
# Usage: write_concurrent.sh JIEDUI SRCDIR [PROCESSES] [ROWS_EACH]
set -eu
bin=$1 src=$2
default_each=500; grep -q __asan_init "$bin" && default_each=100
procs=${3:-8} each=${4:-$default_each}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
set_dir=$tmp/set
mkdir "$set_dir"
# A tiny set: one recipient, one cadre, one pairing; visits.csv header only,
# so each process spends its time on the lock and the write, not on reading.
cp "$src"/tests/errors/future-date/ledger/{recipients,cadres,pairings}.csv "$set_dir"/
echo 'date,recipient,cadre,mode,funds,notes' >"$set_dir/visits.csv"

start=$(date +%s.%N)
for p in $(seq 1 "$procs"); do
  (
    for i in $(seq 1 "$each"); do
      "$bin" -q -C "$set_dir" log add --date 2026-03-10 --recipient 620802201403120561 --cadre GS-0001 \
        --mode phone --notes "p$p-$i, 第$i次" --wait 120 --as-of 2026-11-20 ||
        { echo "FAIL: writer $p row $i exited $?"; exit 1; }
    done
  ) &
done
fail=0
for job in $(jobs -p); do wait "$job" || fail=1; done
end=$(date +%s.%N)
[ $fail = 0 ] || { echo "FAIL: a writer failed"; exit 1; }

want=$((procs * each))
rows=$(($(wc -l <"$set_dir/visits.csv") - 1))
[ "$rows" = "$want" ] || { echo "FAIL: $rows rows, want $want"; exit 1; }
# Every row whole and present once: the notes p<P>-<I> form exactly the expected set.
expected=$(for p in $(seq 1 "$procs"); do for i in $(seq 1 "$each"); do echo "2026-03-10,620802201403120561,GS-0001,phone,,\"p$p-$i, 第$i次\""; done; done | sort)
actual=$(tail -n +2 "$set_dir/visits.csv" | sort)
[ "$expected" = "$actual" ] || { echo "FAIL: rows differ from the expected set"; diff <(echo "$expected") <(echo "$actual") | head; exit 1; }
out=$("$bin" -C "$set_dir" check --as-of 2026-11-20 2>&1) || { echo "FAIL: check: $out"; exit 1; }
case $out in *"$want work records"*) ;; *) echo "FAIL: check says: $out"; exit 1 ;; esac
ls -a "$set_dir" | grep -q 'tmp-' && { echo "FAIL: temp files left"; ls -a "$set_dir"; exit 1; }
echo "ok: $procs × $each log add → $want rows, in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
