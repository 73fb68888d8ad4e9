#!/usr/bin/env bash
# report districts --format html is one self-contained page: headless
# Chromium loads it from a file with the network off, renders it to a PNG,
# and its DOM holds the table (with the total row) and the SVG chart.
set -eu
bin=$1 src=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then echo "chromium is not installed (make deps installs it)"; exit 1; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
page=$tmp/report.html
"$bin" -C "$src/data-samples/pingliang" report districts --year 2026 --as-of 2026-11-20 --by township --lang zh \
  -o "$page"

# No external resource: nothing to fetch, so the page is the same offline.
if grep -Eq '(src|href)="(https?:)?//' "$page"; then echo "the page links an external resource"; exit 1; fi
grep -q '<svg' "$page" || { echo "no chart in the page"; exit 1; }

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --user-data-dir="$tmp/profile" --proxy-server=127.0.0.1:9 --window-size=1400,1000)
export HOME=$tmp  # chromium writes its crash/cache dirs under $HOME
timeout 120 "$chromium" "${flags[@]}" --screenshot="$tmp/report.png" "file://$page" >"$tmp/shot.log" 2>&1 ||
  { echo "chromium failed to render the page:"; cat "$tmp/shot.log"; exit 1; }
[ -s "$tmp/report.png" ] || { echo "no screenshot"; cat "$tmp/shot.log"; exit 1; }
# A PNG's signature, and a size that means something was drawn.
[ "$(head -c 8 "$tmp/report.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "not a PNG"; exit 1; }
[ "$(stat -c %s "$tmp/report.png")" -gt 20000 ] || { echo "the screenshot is nearly empty"; exit 1; }

timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$page" >"$tmp/dom.html" 2>"$tmp/dom.log" ||
  { echo "chromium --dump-dom failed:"; cat "$tmp/dom.log"; exit 1; }
for want in '<th class="num">覆盖率</th>' '<th class="num">达标率</th>' '<td>合计</td>' '<td>峡门回族乡</td>' \
            '<rect' '覆盖率与达标率'; do
  grep -qF "$want" "$tmp/dom.html" || { echo "the rendered page lacks: $want"; exit 1; }
done
# One bar per district and series: 6 townships × 2.
bars=$(grep -o '<rect ' "$tmp/dom.html" | wc -l)
[ "$bars" = 12 ] || { echo "expected 12 bars, found $bars"; exit 1; }
echo "ok: rendered $(stat -c %s "$tmp/report.png") bytes of PNG"
