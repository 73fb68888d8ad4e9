#!/usr/bin/env bash
# The crontab lines in README.md work pasted into `crontab -e`: cron turns
# every % not written \% into a line break (the rest of the line becomes the
# command's standard input), so each % must be escaped. Then each line is run
# as cron would run it (the \% unescaped, /bin/sh, a bare environment, no
# terminal) on a copy of the sample set, and must write its file.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/exports" "$tmp/reports"
ln -s "$bin" "$tmp/bin/jiedui"
cp -r "$src/data-samples/pingliang" "$tmp/ledger"

# The lines of ```crontab blocks.
awk '/^```crontab/{on=1; next} /^```/{on=0} on && NF' "$src/README.md" >"$tmp/lines"
[ "$(wc -l <"$tmp/lines")" -ge 2 ] || { echo "README.md has fewer than 2 crontab lines"; exit 1; }

fail=0
while IFS= read -r line; do
  # Five time fields, then a command naming jiedui.
  if ! [[ $line =~ ^([^[:space:]]+[[:space:]]+){5}jiedui[[:space:]] ]]; then
    echo "not a crontab line: $line"; fail=1; continue
  fi
  if grep -q '\(^\|[^\\]\)%' <<<"$line"; then
    echo "a % not written \\% (cron would cut the command there): $line"; fail=1; continue
  fi
  cmd=$(sed -E 's/^([^[:space:]]+[[:space:]]+){5}//; s/\\%/%/g' <<<"$line")
  cmd=${cmd//\/data\/ledger/$tmp/ledger}
  cmd=${cmd//\/exports\//$tmp/exports/}
  cmd=${cmd//\/reports\//$tmp/reports/}
  if ! env -i PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp" /bin/sh -c "$cmd" </dev/null >"$tmp/out" 2>&1; then
    echo "failed as cron runs it: $cmd"; cat "$tmp/out"; fail=1
  fi
done <"$tmp/lines"

month=$(date +%Y-%m)
[ -s "$tmp/exports/$month.csv" ] || { echo "the export line wrote no exports/$month.csv"; ls "$tmp/exports"; fail=1; }
[ -s "$tmp/reports/check-$(date +%F).csv" ] || { echo "the check line wrote no reports/check-DATE.csv"; ls "$tmp/reports"; fail=1; }
exit $fail
