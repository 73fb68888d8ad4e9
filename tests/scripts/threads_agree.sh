#!/usr/bin/env bash
# One thread or several, any chunk size: check, audit, due, report and export
# must print the same bytes and exit the same, on the samples, on a generated
# set and on a set whose recipients.csv has every kind of bad row
# (lib/ledger/chunked_read.cpp reads recipients.csv and visits.csv in chunks;
# tests/unit/test_chunked_read.cpp tests the readers themselves).
# JIEDUI_CHUNK_BYTES makes these small files split into many chunks, as a
# province's files would.
set -u
bin=$1; cd "$2" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0 runs=0
"$bin" -q sample -o "$tmp/gen" --recipients 400 --seed 3 || { echo "FAIL: sample"; exit 1; }
# The broken set, its recipients.csv followed by duplicates of a good and of
# an unusable row (each way round), bad ids, bad values, quoted line breaks,
# a wrong field count, a bad byte, CRLF, and no final newline.
cp -r data-samples/broken "$tmp/bad-recipients"
place=平凉市,崆峒区,白水镇,白水村
for i in 1 2 3; do
  printf '620802201403120561,重复%s,F,2014-03,汉族,martian,,,,,,,%s,,,,,,active,\n' $i $place
  printf '620802201501010016,缺村%s,F,,汉族,orphan,,,,,,,平凉市,崆峒区,白水镇,,,,,,,active,\n' $i
  printf '620802201501010016,又一%s,F,,汉族,orphan,,,,,,,%s,,,,,,active,\n' $i $place
  printf '620802201502020021,好%s,F,,汉族,orphan,,,,,,,%s,,,,,,active,\n' $i $place
  printf '620802201502020021,坏%s,男,1990-13,汉族,alien,,,,,,,%s,,,,,,gone,\n' $i $place
  printf '620802201503030030,错号%s,F,,汉族,orphan,,,,,,,%s,,,,,,active,\n' $i $place
  printf '62082619500101003%s,"老\n人",F,,汉族,extremely_poor,,,,,,"一,\r\n二",%s,,,,,,exited,\r\n' $((i * 3)) $place
  printf '620826195001010039,少列%s,F\n' $i
  printf '620826195001010039,"caf\351%s",F,,汉族,orphan,,,,,,,%s,,,,,,active,\n' $i $place
done >>"$tmp/bad-recipients/recipients.csv"
printf '620826195001010039,末行,F,,汉族,orphan,,,,,,,%s,,,,,,active,' $place >>"$tmp/bad-recipients/recipients.csv"
commands=("check --as-of 2026-11-20" "check --as-of 2026-11-20 --format csv --reveal"
  "audit --year 2026 --as-of 2026-11-20 --format csv --reveal"
  "audit --year 2026 --as-of 2026-11-20 --profile wangcheng --format csv"
  "due --as-of 2026-11-20 --format csv"
  "report districts --by county --year 2026 --as-of 2026-11-20 --format csv"
  "report districts --by village --month 2026-10 --as-of 2026-11-20 --format json"
  "report pairings --year 2026 --as-of 2026-11-20 --format csv --reveal"
  "report cadres --quarter 2026Q3 --as-of 2026-11-20 --format csv"
  "export --month 2026-11 --as-of 2026-11-20")
for set in data-samples/pingliang data-samples/pingliang-zh data-samples/pingliang-gb18030 data-samples/broken "$tmp/gen" \
    "$tmp/bad-recipients"; do
  for args in "${commands[@]}"; do
    want=$("$bin" --threads 1 -C "$set" $args 2>&1; echo "exit $?")
    for chunk in 200 4096; do
      got=$(JIEDUI_CHUNK_BYTES=$chunk "$bin" --threads 3 -C "$set" $args 2>&1; echo "exit $?")
      runs=$((runs + 1))
      if [ "$want" != "$got" ]; then
        echo "FAIL: '$args' on $set, 3 threads, chunks of $chunk bytes, differs from 1 thread:"
        diff <(echo "$want") <(echo "$got") | head -10; fail=1
      fi
    done
  done
done
# $JIEDUI_THREADS and --threads: bad values are usage errors.
JIEDUI_THREADS=abc "$bin" -C data-samples/pingliang check --as-of 2026-11-20 >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "JIEDUI_THREADS" "$tmp/err" || { echo "FAIL: JIEDUI_THREADS=abc is not a usage error"; fail=1; }
"$bin" --threads 0 -C data-samples/pingliang check >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL: --threads 0 is not a usage error"; fail=1; }
[ $fail = 0 ] && echo "ok: $runs multi-threaded runs agree byte for byte with one thread"
exit $fail
