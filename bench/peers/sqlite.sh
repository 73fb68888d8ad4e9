#!/usr/bin/env bash
# sqlite3's side of bench/run.sh: peers/sqlite.sh SET OUT YEAR
# The same numbers as peers/duckdb.mjs: .import the CSV files into an
# in-memory database, index the work records, one query. (date(d) keeps
# 2026-02-30 as it is; date(d, '+0 days') normalises it, so a non-date fails.)
set -eu
set=$1 out=$2 year=$3
sqlite3 :memory: <<SQL
.mode csv
.import $set/recipients.csv r
.import $set/pairings.csv p
.import $set/visits.csv v
CREATE INDEX v_pair ON v(recipient, cadre);
CREATE TEMP TABLE counts AS
WITH pw AS (
  SELECT p.recipient, p.cadre, p.start, r.county,
         max(p.start, '$year-01-01') AS s,
         min(CASE WHEN p."end" = '' THEN '$year-12-31' ELSE p."end" END, '$year-12-31') AS e
  FROM p JOIN r ON r.id = p.recipient
  WHERE r.category IN ('orphan', 'unsupported_child', 'disabled', 'extremely_poor'))
SELECT pw.recipient, pw.cadre, pw.start, pw.county,
       sum(v.mode IN ('phone', 'sms', 'wechat', 'letter')) AS contacts,
       sum(v.mode IN ('home', 'institution', 'other')) AS visits
FROM pw JOIN v ON v.recipient = pw.recipient AND v.cadre = pw.cadre
                AND v.date BETWEEN pw.s AND pw.e AND date(v.date, '+0 days') = v.date
WHERE pw.s <= pw.e
GROUP BY pw.recipient, pw.cadre, pw.start, pw.county
HAVING contacts + visits > 0;
.headers on
.output $out/pairings.csv
SELECT * FROM counts;
.output $out/counties.csv
SELECT county, sum(contacts) AS contacts, sum(visits) AS visits FROM counts GROUP BY county;
SQL
