#!/usr/bin/env bash
# jiedui sample is deterministic: `--recipients 50 --seed 1` writes exactly
# the bytes whose sha256 is in tests/scripts/sample/sha256, and check and
# audit on it give exactly tests/scripts/sample/{check,audit}.txt (the
# planted problems, nothing else). A second seed differs; a bigger set's
# check finds only planted codes. UPDATE_GOLDEN=1 rewrites the expectations.
set -u
bin=$1; cd "$2" || exit 1
want=tests/scripts/sample
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
"$bin" sample -o "$tmp/s" --recipients 50 --seed 1 2>"$tmp/summary" || { echo "FAIL: sample exited $?"; exit 1; }
(cd "$tmp/s" && sha256sum cadres.csv pairings.csv recipients.csv visits.csv) >"$tmp/sha256"
{ sed "s#$tmp/s#SET#g" "$tmp/summary"
  "$bin" -C "$tmp/s" check --as-of 2026-12-31 2>&1 | sed "s#$tmp/s#SET#g"; echo "exit ${PIPESTATUS[0]}"; } >"$tmp/check.txt"
{ "$bin" -C "$tmp/s" audit --year 2026 --as-of 2026-12-31 --format csv --reveal 2>&1; echo "exit $?"; } >"$tmp/audit.txt"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$tmp/sha256" "$tmp/check.txt" "$tmp/audit.txt" "$want/"; echo "updated $want"; exit 0
fi
for f in sha256 check.txt audit.txt; do
  if ! cmp -s "$want/$f" "$tmp/$f"; then echo "FAIL: $f differs:"; diff "$want/$f" "$tmp/$f" | head -20; fail=1; fi
done
# Another seed gives another set.
"$bin" -q sample -o "$tmp/t" --recipients 50 --seed 2
cmp -s "$tmp/s/visits.csv" "$tmp/t/visits.csv" && { echo "FAIL: seeds 1 and 2 wrote the same visits.csv"; fail=1; }
# A county-size set: check reports only the codes the generator plants.
"$bin" -q sample -o "$tmp/c" --recipients 3000 --seed 5
codes=$("$bin" -C "$tmp/c" check --as-of 2026-12-31 --format csv --max-errors 0 2>/dev/null | cut -d, -f5 | sort -u | tr '\n' ' ')
case "$codes" in
  *bad-date*bad-value*id-gender-mismatch*missing-value*unknown-recipient*) ;;
  *) echo "FAIL: planted codes missing from check: $codes"; fail=1 ;;
esac
extra=$(echo "$codes" | tr ' ' '\n' | grep -vxE 'code|bad-date|bad-value|id-gender-mismatch|missing-value|unknown-recipient|' )
[ -z "$extra" ] || { echo "FAIL: check found problems the generator did not plant: $extra"; fail=1; }
# The audit findings the generator plants all appear in it.
findings=$("$bin" -C "$tmp/c" audit --year 2026 --as-of 2026-11-20 --format csv 2>/dev/null | cut -d, -f2 | sort -u | tr '\n' ' ')
for code in gender-mismatch unpaired household-split aged-out cadre-unavailable visit-not-paired \
    contacts-missed contacts-behind visits-behind no-rule; do
  case " $findings " in *" $code "*) ;; *) echo "FAIL: audit of a generated county has no $code: $findings"; fail=1 ;; esac
done
[ $fail = 0 ] && echo "ok: sample is deterministic and plants what it says"
exit $fail
