#!/usr/bin/env bash
# SPEC §7 crash safety: writers (log import of 300 rows, pair move) are
# SIGKILLed at random moments until at least 200 of them died mid-run. After
# each kill, `jiedui check` must pass, visits.csv must hold the old rows or the
# old plus all 300 new ones, and pairings.csv the old pairings or the move's
# end + add together (an add without its end would be a pairing-overlap);
# recipients.csv (recipient set, every third round) its one row, with the
# old name or the new one.
# Usage: write_kill_loop.sh JIEDUI SRCDIR [KILLS]
set -u
bin=$1 src=$2 want_kills=${3:-200}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
s=$tmp/set
mkdir "$s"
cp "$src"/tests/errors/future-date/ledger/recipients.csv "$s"/
printf 'id,name,gender,birth\nGS-0001,李娟,女,1982-04\nGS-0002,王芳,女,1979-10\n' >"$s/cadres.csv"
printf 'recipient,cadre,start,end,reason\n620802201403120561,GS-0001,2025-01-01,,\n' >"$s/pairings.csv"
echo 'date,recipient,cadre,mode,funds,notes' >"$s/visits.csv"
rows() { echo $(($(wc -l <"$1") - 1)); }
fail() { echo "FAIL (round $round): $*"; exit 1; }

kills=0 mid_write=0 done_imports=0 done_moves=0 round=0
start=$(date +%s)
while [ $kills -lt "$want_kills" ]; do
  round=$((round + 1))
  [ $round -le $((want_kills * 4)) ] || fail "only $kills kills in $round rounds"
  old_visits=$(rows "$s/visits.csv") old_pairings=$(rows "$s/pairings.csv")
  if [ $((round % 3)) = 0 ]; then
    "$bin" -q -C "$s" recipient set 620802201403120561 --name "王小花$round" --as-of 2028-12-31 &
  elif [ $((round % 2)) = 0 ]; then
    # 300 records by the cadre paired on 2026-03-10 (moves happen later).
    awk -v r=$round 'BEGIN { print "date,recipient,cadre,mode,notes";
      for (j = 1; j <= 300; j++) printf "2026-03-10,620802201403120561,GS-0001,phone,\"r%d-%d, 第%d条\"\n", r, j, j }' \
      >"$tmp/import.csv"
    "$bin" -q -C "$s" log import "$tmp/import.csv" --as-of 2028-12-31 &
  else
    current=$(tail -n 1 "$s/pairings.csv" | cut -d, -f2)
    next=GS-0001; [ "$current" = GS-0001 ] && next=GS-0002
    day=$(date -d "2026-04-01 + $round days" +%F)
    "$bin" -q -C "$s" pair move 620802201403120561 $next --date "$day" --reason "round $round" --as-of 2028-12-31 &
  fi
  writer=$!
  sleep "0.$(printf '%03d' $((RANDOM % 40)))"
  kill -KILL $writer 2>/dev/null
  { wait $writer; } 2>/dev/null; status=$?
  [ $status = 137 ] && kills=$((kills + 1))
  # Killed between creating its temp file and the rename: the interesting moment.
  [ $status = 137 ] && compgen -G "$s/.*.csv.jiedui-tmp-*" >/dev/null && mid_write=$((mid_write + 1))
  [ $status = 0 ] || [ $status = 137 ] || fail "writer exited $status"

  new_visits=$(rows "$s/visits.csv") new_pairings=$(rows "$s/pairings.csv")
  case $((new_visits - old_visits)) in
    0) ;; 300) done_imports=$((done_imports + 1)) ;;
    *) fail "visits.csv went from $old_visits to $new_visits rows" ;;
  esac
  case $((new_pairings - old_pairings)) in
    0) ;; 1) done_moves=$((done_moves + 1)) ;;
    *) fail "pairings.csv went from $old_pairings to $new_pairings rows" ;;
  esac
  [ "$(rows "$s/recipients.csv")" = 1 ] || fail "recipients.csv has $(rows "$s/recipients.csv") rows"
  out=$("$bin" -C "$s" check --as-of 2028-12-31 2>&1) || fail "check: $out"
done
# Every import that landed landed whole: each round's notes appear 0 or 300 times.
bad=$(tail -n +2 "$s/visits.csv" | sed -n 's/.*"\(r[0-9]*\)-.*/\1/p' | sort | uniq -c | awk '$1 != 300')
[ -z "$bad" ] || fail "partial imports: $bad"
echo "ok: $kills kills ($mid_write with a temp file written, not yet renamed) in $round rounds ($done_imports imports and $done_moves moves landed), $(($(date +%s) - start)) s"
