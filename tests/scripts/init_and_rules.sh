#!/usr/bin/env bash
# init writes an empty ledger set that check accepts, refuses to overwrite,
# and rules --profile prints the built-in profile byte for byte.
set -u
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bin" -q init "$tmp/set" || fail "init exited $?"
[ "$(cat "$tmp/set/recipients.csv")" = "id,name,gender,birth,ethnicity,category,level,setting,disability_type,disability_grade,disability_cert,household,city,county,township,village,phone,guardian_name,guardian_relation,guardian_phone,guardian_id,status,exit_date,residence,dibao_class,self_care,school,health" ] \
  || fail "recipients.csv header: $(cat "$tmp/set/recipients.csv")"
[ "$(cat "$tmp/set/visits.csv")" = "date,recipient,cadre,mode,items,policies,difficulties,deeds,funds,escalated,must,notes" ] || fail "visits.csv header"
out=$("$bin" -C "$tmp/set" check 2>&1) || fail "check of an empty set exited $?: $out"

echo "changed" > "$tmp/set/visits.csv"
"$bin" -q init "$tmp/set" 2>"$tmp/err"; st=$?
[ $st = 2 ] || fail "init over an existing set exited $st, want 2"
grep -q "exists; nothing written" "$tmp/err" || fail "refusal message: $(cat "$tmp/err")"
[ "$(cat "$tmp/set/visits.csv")" = "changed" ] || fail "init overwrote a file"

"$bin" -q init --lang zh --profile wangcheng "$tmp/zh" || fail "init --lang zh"
head -c 3 "$tmp/zh/recipients.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "zh headers lack a BOM"
grep -q '身份证号,姓名' "$tmp/zh/recipients.csv" || fail "zh headers"
grep -q 'profile = "wangcheng"' "$tmp/zh/jiedui.toml" || fail "jiedui.toml"
"$bin" -q -C "$tmp/zh" check || fail "check of a zh set"
[ "$("$bin" -q -C "$tmp/zh" rules | head -2 | tail -1)" = "*,3,any,1,3d,5,cadre" ] || fail "jiedui.toml's profile not in effect"

for p in gansu pingliang wangcheng shapingba; do
  cmp -s <("$bin" rules --profile $p) "$src/data-samples/profiles/$p.csv" || fail "rules --profile $p differs from data-samples/profiles/$p.csv"
done
echo "ok: init, refusal, zh headers, jiedui.toml, profiles byte for byte"
