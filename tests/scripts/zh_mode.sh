#!/usr/bin/env bash
# --lang zh (jiedui(1) LANGUAGE): every word a person reads in a zh audit or
# report table is Chinese. What may stay in Latin letters: IDs (GS-PL-0027 and
# masked resident IDs), dates, numbers, the names of the built-in profiles and
# of the ledger files. Without --lang zh the stable English values stay.
# Also: the rules that `rules --lang zh` prints read back as the same rules.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
J() { "$bin" -C "$src/data-samples/pingliang" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

# Latin words left in the cells after IDs (letters and digits with a digit
# and a hyphen), file names and profile names are taken out.
latin_words() {
  sed -E 's/[A-Za-z0-9]+(-[A-Za-z0-9]+)+//g; s/[a-z_]+\.csv//g; s/(gansu|pingliang|wangcheng|shapingba)//g' "$1" |
    grep -oE '[A-Za-z]{2,}' | sort | uniq -c || true
}

J audit --year 2026 --as-of 2026-11-20 --profile pingliang --lang zh --format csv -q --fail-on never >"$tmp/audit.csv"
J report pairings --year 2026 --as-of 2026-11-20 --profile pingliang --lang zh --format csv >"$tmp/pairings.csv"
J report cadres --year 2026 --as-of 2026-11-20 --profile pingliang --lang zh --format csv >"$tmp/cadres.csv"
J report districts --year 2026 --as-of 2026-11-20 --by township --lang zh --format csv >"$tmp/districts.csv"
J due --as-of 2026-11-20 --profile wangcheng --lang zh --format csv -q >"$tmp/due.csv"
for f in audit pairings cadres districts due; do
  [ "$(wc -l <"$tmp/$f.csv")" -gt 2 ] || fail "$f.csv has no rows"
  left=$(latin_words "$tmp/$f.csv")
  [ -z "$left" ] || fail "Latin words in the zh $f table: $left"
done
grep -q '^合计,' "$tmp/districts.csv" || fail "the total row does not say 合计"
grep -q '男性干部结对，干部年长25岁5个月（需年长40岁以上）' "$tmp/audit.csv" || fail "no age in years and months"

# The same run without --lang zh keeps the stable English values.
J audit --year 2026 --as-of 2026-11-20 --profile pingliang --format csv -q --fail-on never >"$tmp/audit-en.csv"
head -n 1 "$tmp/audit-en.csv" | grep -q '^severity,code,' || fail "English header changed"
grep -q '^error,contacts-missed,' "$tmp/audit-en.csv" || fail "English values changed"
[ "$(wc -l <"$tmp/audit.csv")" = "$(wc -l <"$tmp/audit-en.csv")" ] || fail "zh and en audits differ in rows"

# The summary on standard error speaks Chinese too.
J audit --year 2026 --as-of 2026-11-20 --profile pingliang --lang zh --format csv --fail-on never 2>"$tmp/err" >/dev/null
grep -q '^共[0-9]*条：错误[0-9]*条' "$tmp/err" || fail "audit summary: $(cat "$tmp/err")"

# html and xlsx carry the Chinese title.
J audit --year 2026 --as-of 2026-11-20 --lang zh -q --fail-on never -o "$tmp/a.html"
grep -q '<title>结对关爱问题清单' "$tmp/a.html" || fail "html title is not Chinese"

# rules --lang zh reads back: the same audit with the printed rules.
for p in gansu pingliang wangcheng shapingba; do
  "$bin" rules --profile "$p" --lang zh --format csv >"$tmp/rules-$p.csv"
  "$bin" rules --profile "$p" --format csv >"$tmp/rules-$p-en.csv"
  "$bin" rules --rules "$tmp/rules-$p.csv" --format csv >"$tmp/back-$p.csv" 2>"$tmp/back.err" ||
    fail "rules --lang zh of $p does not read back: $(cat "$tmp/back.err")"
  cmp -s "$tmp/rules-$p-en.csv" "$tmp/back-$p.csv" || fail "rules of $p read back differently"
done
echo ok
