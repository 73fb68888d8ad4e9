#!/usr/bin/env bash
# jiedui card prints as it should: headless Chromium prints the HTML to PDF,
# and poppler reads it back. One A4 page per card (page count = cards), each
# page holding its recipient's name and its cadre's phone (the helper's for
# 望城街道's form and agreement, one agreement per helper pairing); a card,
# form or agreement with a 60-character address, a 30-character unit and a
# long name still fits one page; the record book's pages (continuations
# included) are the pages printed.
set -eu
bin=$1 src=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then echo "chromium is not installed (make test-deps installs it)"; exit 1; fi
for tool in pdfinfo pdftotext python3; do
  command -v $tool >/dev/null || { echo "$tool is not installed (poppler-utils, python3: make test-deps)"; exit 1; }
done
tmp=${KEEP_TMP:-$(mktemp -d)}; [ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp  # chromium writes its crash/cache dirs under $HOME
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --no-pdf-header-footer
       --user-data-dir="$tmp/profile" --proxy-server=127.0.0.1:9)
print_pdf() {  # HTML PDF
  timeout 120 "$chromium" "${flags[@]}" --print-to-pdf="$2" "file://$1" >"$tmp/chromium.log" 2>&1 ||
    { echo "chromium failed on $1:"; cat "$tmp/chromium.log"; exit 1; }
  [ -s "$2" ] || { echo "no PDF from $1"; cat "$tmp/chromium.log"; exit 1; }
}
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
sections() { grep -c '<section class="page">' "$1"; }

# The recipients of a district active on 2026-11-20, in the cards' order,
# with the phone of their active pairing of ROLE (cadre, helper): "name<TAB>phone"
# lines; with "paired", only those that have such a pairing.
expected() {  # SET DISTRICT-PREFIX [ROLE [paired]]
  python3 - "$1" "$2" "${3:-cadre}" "${4:-all}" <<'PY'
import csv, sys
root, prefix, role, which = sys.argv[1], sys.argv[2].split("/"), sys.argv[3], sys.argv[4]
rec = list(csv.DictReader(open(f"{root}/recipients.csv", encoding="utf-8-sig")))
cad = {c["id"].upper(): c for c in csv.DictReader(open(f"{root}/cadres.csv", encoding="utf-8-sig"))}
pairs = list(csv.DictReader(open(f"{root}/pairings.csv", encoding="utf-8-sig")))
names = {"cadre": {"", "cadre", "结对干部", "包保责任人"}, "helper": {"helper", "关爱帮扶联系人", "联系人"}}[role]
def col(row, *keys): return next((row[k] for k in keys if k in row), "")
def role_of(p): return col(p, "role", "角色", "结对类型", "结对角色").strip()
T = "2026-11-20"
def active(r):
    return col(r, "status", "状态") != "exited" or (col(r, "exit_date") and T < col(r, "exit_date"))
def path(r): return [r["city"], r["county"], r["township"], r["village"]]
rows = [r for r in rec if active(r) and path(r)[:len(prefix)] == prefix]
rows.sort(key=path)
for r in rows:
    rid = col(r, "id", "身份证号").upper()
    live = sorted((p for p in pairs if p["recipient"].upper() == rid and role_of(p) in names and p["start"] <= T
                   and (not p["end"] or T <= p["end"])), key=lambda p: p["start"])
    if live or which == "all":
        print(col(r, "name", "姓名"), cad[live[0]["cadre"].upper()]["phone"] if live else "", sep="\t")
PY
}

check_cards() {  # SET DISTRICT TEMPLATE [OPTIONS…]
  local set=$1 district=$2 template=$3; shift 3
  local html=$tmp/$template.html pdf=$tmp/$template.pdf
  "$bin" -C "$set" card --template "$template" --district "$district" --as-of 2026-11-20 -q "$@" -o "$html"
  print_pdf "$html" "$pdf"
  case $template in
    wangcheng-form) expected "$set" "$district" helper ;;
    wangcheng-agreement) expected "$set" "$district" helper paired ;;
    *) expected "$set" "$district" ;;
  esac >"$tmp/expected.tsv"
  local want; want=$(wc -l <"$tmp/expected.tsv")
  [ "$want" -gt 3 ] || { echo "too few recipients under $district ($want)"; exit 1; }
  [ "$(pages "$pdf")" = "$want" ] || { echo "$template: $want cards printed on $(pages "$pdf") pages"; exit 1; }
  pdfinfo "$pdf" | grep -q '^Page size:.*(A4)' || { echo "$template: not A4"; pdfinfo "$pdf"; exit 1; }
  local page=0
  while IFS=$'\t' read -r name phone; do
    page=$((page + 1))
    pdftotext -f $page -l $page "$pdf" "$tmp/page.txt"
    # pdftotext may put spaces between wide characters: compare without them.
    tr -d ' \n' <"$tmp/page.txt" >"$tmp/page.flat"
    grep -qF "$name" "$tmp/page.flat" || { echo "$template page $page lacks the recipient $name"; cat "$tmp/page.txt"; exit 1; }
    if [ -n "$phone" ]; then
      grep -qF "$phone" "$tmp/page.flat" || { echo "$template page $page ($name) lacks the phone $phone"; exit 1; }
    fi
  done <"$tmp/expected.tsv"
  echo "ok: $template: $want cards on $want A4 pages, each with its name and phone"
}

check_cards "$src/data-samples/pingliang" 平凉市/崆峒区 gansu
check_cards "$src/data-samples/pingliang" 平凉市/静宁县 shapingba --profile shapingba
# 望城街道: a form per recipient; an agreement per helper pairing (赵兰英 has none).
check_cards "$src/tests/fixtures/wangcheng" 六安市/金安区/望城街道 wangcheng-form
check_cards "$src/tests/fixtures/wangcheng" 六安市/金安区/望城街道 wangcheng-agreement

# The longest card: a 60-character address (a 51-character village name), a
# 30-character unit, a 20-character position, a 12-character name, a long
# disability type and guardian relation.
long=$tmp/long
cp -r "$src/data-samples/pingliang" "$long"
python3 - "$long" <<'PY'
import csv, sys
root = sys.argv[1]
def rewrite(name, change):
    path = f"{root}/{name}"
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    fields = list(rows[0].keys())
    change(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fields, lineterminator="\n"); w.writeheader(); w.writerows(rows)
village = "东岭西川南坪北塬寨前湾后沟大河小溪新城旧堡中和永安长乐太平幸福团结富民兴旺红星光明胜利友谊建设东风"
def rec(rows):
    r = rows[0]
    r.update(name="欧阳司马诸葛慕容皇甫尉迟", village=village[:60 - len("平凉市崆峒区峡门回族乡")],
             guardian_relation="祖父的堂兄弟（远房亲属代为监护）", disability_type="多重")
def cad(rows):
    for c in rows:
        if c["id"] == "620802197806106175":
            c.update(unit="平凉市崆峒区峡门回族乡人民政府农业农村综合服务中心机关党支部",
                     position="党委委员、副乡长兼农业农村综合服务中心主任")
rewrite("recipients.csv", rec); rewrite("cadres.csv", cad)
PY
address_chars=$(python3 -c 'import csv,sys; r=next(csv.DictReader(open(sys.argv[1]))); print(len(r["city"]+r["county"]+r["township"]+r["village"]))' "$long/recipients.csv")
unit_chars=$(python3 -c 'import csv,sys; print([len(c["unit"]) for c in csv.DictReader(open(sys.argv[1])) if c["id"] == "620802197806106175"][0])' "$long/cadres.csv")
[ "$address_chars" = 60 ] && [ "$unit_chars" = 30 ] ||
  { echo "the long address has $address_chars characters (want 60), the unit $unit_chars (want 30)"; exit 1; }
"$bin" -C "$long" card 620802201202290177 --as-of 2026-11-20 -q -o "$tmp/long.html"
print_pdf "$tmp/long.html" "$tmp/long.pdf"
[ "$(pages "$tmp/long.pdf")" = 1 ] || { echo "the long card takes $(pages "$tmp/long.pdf") pages"; exit 1; }
pdftotext "$tmp/long.pdf" - | tr -d ' \n' >"$tmp/long.txt"
# The end of each long value (a wrapped value is read line by line, so its
# last line is what shows it was not cut off).
for want in 皇甫尉迟 建设东风 党支部 服务中心主任 代为监护 填写工作记录表; do
  grep -qF "$want" "$tmp/long.txt" || { echo "the long card lacks '$want' (cut off?)"; exit 1; }
done
echo "ok: a card with a 60-character address and a 30-character unit prints on one page"

# The longest form and agreement: a 60-character address, a 12-character
# name, a 30-character unit and position for the cadre and the helper.
wlong=$tmp/wlong village=东岭西川南坪北塬寨前湾后沟大河小溪新城旧堡中和永安长乐太平幸福团结富民兴旺红星光明胜利友谊建设东风
cp -r "$src/tests/fixtures/wangcheng" "$wlong"
python3 - "$wlong" "$village" <<'PY'
import csv, sys
root, village = sys.argv[1], sys.argv[2]
def rewrite(name, change):
    path = f"{root}/{name}"
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    fields = list(rows[0].keys())
    change(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fields, lineterminator="\n"); w.writeheader(); w.writerows(rows)
def rec(rows):
    rows[0].update(姓名="欧阳司马诸葛慕容皇甫尉迟", village=village + "村", 与关爱对象关系="祖父的堂兄弟（远房亲属代为监护）")
    assert len("".join([rows[0]["city"], rows[0]["county"], rows[0]["township"], rows[0]["village"]])) == 60
def cad(rows):
    for c in rows:
        if c["id"] in ("WC-01", "WC-11"):
            c.update(unit="六安市金安区望城街道办事处双河村村民委员会第三党支部委员会办",
                     position="村委会副主任兼第三村民小组组长、网格长、党员志愿服务队副队长")
            assert len(c["unit"]) == 30 and len(c["position"]) == 30
rewrite("recipients.csv", rec); rewrite("cadres.csv", cad)
PY
for template in wangcheng-form wangcheng-agreement; do
  "$bin" -C "$wlong" card --template $template 341502194703151049 --as-of 2026-11-20 -q -o "$tmp/wlong.html"
  print_pdf "$tmp/wlong.html" "$tmp/wlong.pdf"
  [ "$(pages "$tmp/wlong.pdf")" = 1 ] || { echo "the long $template takes $(pages "$tmp/wlong.pdf") pages"; exit 1; }
  # -raw: in drawing order, so a value wrapped in a narrow cell reads as one.
  pdftotext -raw "$tmp/wlong.pdf" - | tr -d ' \n' >"$tmp/wlong.txt"
  for want in 皇甫尉迟 建设东风村 服务队副队长 15856402001 13905641001; do
    grep -qF "$want" "$tmp/wlong.txt" || { echo "the long $template lacks '$want' (cut off?)"; exit 1; }
  done
done
grep -qF 签约日期 "$tmp/wlong.txt" || { echo "the long agreement lacks its last line (签约日期)"; exit 1; }
echo "ok: a form and an agreement with a 60-character address and a 30-character position print on one page each"

# The record book: a village with 40 October records, some with long notes,
# continues on （续） pages; every page of the HTML is one printed page.
python3 - "$long" <<'PY'
import sys
root = sys.argv[1]
with open(f"{root}/visits.csv", "a", encoding="utf-8") as f:
    for i in range(40):
        note = "入户走访，了解近况，" * (1 + (i % 7) * 4)
        f.write(f"2026-10-{1 + i % 28:02d},620802201202290177,620802197806106175,home,talk;safety,1,,,,,,{note}\n")
PY
"$bin" -C "$long" card --template record-book --month 2026-10 --district 平凉市/崆峒区/峡门回族乡 \
  --as-of 2026-11-20 -q -o "$tmp/book.html"
print_pdf "$tmp/book.html" "$tmp/book.pdf"
want=$(sections "$tmp/book.html")
[ "$want" -ge 4 ] || { echo "expected continuation pages, got $want pages"; exit 1; }
[ "$(pages "$tmp/book.pdf")" = "$want" ] || { echo "record book: $want pages made, $(pages "$tmp/book.pdf") printed"; exit 1; }
pdftotext -f 2 -l 2 "$tmp/book.pdf" - | tr -d ' \n' | grep -qF '关爱服务记录台账（续）' ||
  { echo "page 2 of the record book is not marked 续"; exit 1; }
echo "ok: the record book prints $want pages, continuations marked 续"
