#!/usr/bin/env bash
# The built-in standards table printed by `entitle --print-standards`, read
# back with --standards, prints the same bytes and gives the same findings;
# an edited amount changes the findings (the file is really used); the
# GB18030 and Chinese-header forms of a table read as the same table.
set -eu
bin=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
set_dir=$src/data-samples/pingliang
"$bin" entitle --print-standards >"$tmp/printed.csv"
cmp -s "$tmp/printed.csv" "$src/data-samples/standards/hezheng-2023.csv" || fail "printed table differs from the shipped CSV"
"$bin" entitle --print-standards --standards "$tmp/printed.csv" >"$tmp/again.csv"
cmp -s "$tmp/printed.csv" "$tmp/again.csv" || fail "the table read back prints differently"
"$bin" -C "$set_dir" entitle --as-of 2026-11-20 --all --format csv >"$tmp/builtin.out" 2>/dev/null || true
"$bin" -C "$set_dir" entitle --as-of 2026-11-20 --all --format csv --standards "$tmp/printed.csv" >"$tmp/file.out" 2>/dev/null || true
cmp -s "$tmp/builtin.out" "$tmp/file.out" || fail "findings differ between the built-in table and its printed copy"
# Next year's amounts: the scattered orphan's standard goes up to 1100.
sed 's/,scattered,,,,,,1080,$/,scattered,,,,,,1100,/' "$tmp/printed.csv" >"$tmp/next.csv"
cmp -s "$tmp/printed.csv" "$tmp/next.csv" && fail "sed did not edit the table"
"$bin" -C "$set_dir" entitle --as-of 2026-11-20 --format csv --standards "$tmp/next.csv" >"$tmp/next.out" 2>/dev/null || true
n=$(grep -c ',benefit-short,.*,child_living,.*,1100.00,1080.00,' "$tmp/next.out" || true)
[ "$n" -gt 10 ] || fail "an edited amount did not make the 1080-yuan orphans short ($n rows)"
# Chinese headers and GB18030, as WPS saves a table.
"$bin" entitle --print-standards --lang zh --encoding gb18030 >"$tmp/zh.csv"
"$bin" entitle --print-standards --standards "$tmp/zh.csv" >"$tmp/from-zh.csv" 2>"$tmp/zh.err"
cmp -s "$tmp/printed.csv" "$tmp/from-zh.csv" || fail "the Chinese GB18030 table reads differently"
grep -q 'is not UTF-8; read as GB18030' "$tmp/zh.err" || fail "no GB18030 note: $(cat "$tmp/zh.err")"
echo ok
