#!/usr/bin/env bash
# Miller's side of bench/run.sh: peers/miller.sh SET OUT YEAR
# The same numbers as peers/duckdb.mjs, as a Miller pipeline: recipients
# with rules, their pairings clipped to the year, the work records joined
# on (recipient, cadre) and kept inside the pairing's window.
set -eu
set=$1 out=$2 year=$3
mlr --csv --from "$set/recipients.csv" \
  filter '$category == "orphan" || $category == "unsupported_child" || $category == "disabled" || $category == "extremely_poor"' \
  then cut -o -f id,county then rename id,recipient >"$out/r.csv"
mlr --csv --from "$set/pairings.csv" join -j recipient -f "$out/r.csv" \
  then put '$s = $start > "'$year'-01-01" ? $start : "'$year'-01-01";
            $e = ($end == "" || $end > "'$year'-12-31") ? "'$year'-12-31" : $end' \
  then filter '$s <= $e' then cut -o -f recipient,cadre,start,county,s,e >"$out/p.csv"
mlr --csv --from "$set/visits.csv" cut -f date,recipient,cadre,mode \
  then filter '!is_error(strptime($date, "%Y-%m-%d"))' \
  then join -j recipient,cadre -f "$out/p.csv" \
  then filter '$date >= $s && $date <= $e' \
  then put '$contacts = ($mode == "phone" || $mode == "sms" || $mode == "wechat" || $mode == "letter") ? 1 : 0;
            $visits = ($mode == "home" || $mode == "institution" || $mode == "other") ? 1 : 0' \
  then stats1 -a sum -f contacts,visits -g recipient,cadre,start,county \
  then rename contacts_sum,contacts,visits_sum,visits \
  then filter '$contacts + $visits > 0' >"$out/pairings.csv"
mlr --csv --from "$out/pairings.csv" stats1 -a sum -f contacts,visits -g county \
  then rename contacts_sum,contacts,visits_sum,visits >"$out/counties.csv"
rm -f "$out/r.csv" "$out/p.csv"
