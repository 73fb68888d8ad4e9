#!/usr/bin/env python3
"""bench/match_scenario.py DIR: turns a `jiedui sample` set into the harder
matching bench/match.sh also measures. The sample's cadres have no township
and half are women, so the township preference and the gender rule hardly
bite; here each cadre gets a township of its county (its recipients'
townships in turn, by row) and three women in four become men, so girls
compete for few women. Rewrites DIR/cadres.csv in place; deterministic."""
import csv
import sys
from collections import defaultdict

d = sys.argv[1]
townships = defaultdict(list)
with open(f"{d}/recipients.csv", encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        key = (r["city"], r["county"])
        if r["township"] not in townships[key]:
            townships[key].append(r["township"])
with open(f"{d}/cadres.csv", encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    fields, rows = reader.fieldnames, list(reader)
women = 0
for i, c in enumerate(rows):
    ts = townships.get((c["city"], c["county"]))
    if ts:
        c["township"] = ts[i % len(ts)]
    if c["gender"] == "女":
        if women % 4 != 0:
            c["gender"] = "男"
        women += 1
with open(f"{d}/cadres.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
