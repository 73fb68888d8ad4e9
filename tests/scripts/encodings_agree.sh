#!/usr/bin/env bash
# The Pingliang sample with Chinese headers (UTF-8 + BOM, CRLF) and in GB18030
# must give exactly what the UTF-8 English-header set gives, for every command
# that reads a ledger.
set -u
bin=$1; cd "$2" || exit 1
fail=0
run() {  # run SET ARGS… → output with the set's name replaced
  local set=$1; shift
  "$bin" -q -C "data-samples/$set" "$@" 2>&1 | sed "s#data-samples/$set/#SET/#g"
  echo "exit ${PIPESTATUS[0]}"
}
for args in "check --as-of 2026-11-20" "check --as-of 2026-11-20 --format json --reveal" \
    "audit --year 2026 --as-of 2026-11-20 --format csv --reveal" "audit --year 2026 --as-of 2026-11-20 --profile wangcheng --format csv" \
    "report districts --year 2026 --as-of 2026-11-20 --by village --format csv" \
    "report pairings --quarter 2026Q2 --as-of 2026-11-20 --format csv" \
    "export --month 2026-07 --as-of 2026-11-20"; do
  want=$(run pingliang $args)
  for set in pingliang-zh pingliang-gb18030; do
    got=$(run $set $args)
    if [ "$want" != "$got" ]; then
      echo "FAIL: '$args' on $set differs from pingliang:"; diff <(echo "$want") <(echo "$got") | head -20; fail=1
    fi
  done
done
[ $fail = 0 ] && echo "ok: pingliang, pingliang-zh and pingliang-gb18030 agree"
exit $fail
