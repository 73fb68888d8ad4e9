#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/<target>/seed-* from
data-samples/, tests/errors/ and tests/conformance/csv-spectrum/.

Run from the repository root: python3 tests/fuzz/make_seeds.py
Only seed-* files are rewritten; crash-* (inputs that once crashed a target,
kept as regression tests) and other files are left alone. Seeds are cut to a
few rows so the corpus stays small (< 2 MB) and each run is fast; bytes are
kept as they are (BOM, CRLF, GB18030), only whole lines are dropped.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
SAMPLES = ROOT / "data-samples"
ERRORS = ROOT / "tests" / "errors"
SPECTRUM = ROOT / "tests" / "conformance" / "csv-spectrum" / "csvs"
LEDGER_FILES = ["recipients", "cadres", "pairings", "visits"]
SETS = ["pingliang", "pingliang-zh", "pingliang-gb18030", "broken"]
SEP = b"\x1e"  # fuzz_check's file separator


def head(data: bytes, lines: int) -> bytes:
    return b"".join(data.splitlines(keepends=True)[:lines])


def consistent_subset(ledger: pathlib.Path, people: int) -> dict:
    """The first `people` recipients with their pairings, cadres and records."""
    files = {n: (ledger / f"{n}.csv").read_bytes() for n in LEDGER_FILES}
    rec = files["recipients"].splitlines(keepends=True)
    ids = [line.split(b",")[0] for line in rec[1 : people + 1]]
    pairings = [files["pairings"].splitlines(keepends=True)[0]] + [
        line for line in files["pairings"].splitlines(keepends=True)[1:] if line.split(b",")[0] in ids
    ]
    cadre_ids = {line.split(b",")[1] for line in pairings[1:] if b"," in line}
    cadres = [files["cadres"].splitlines(keepends=True)[0]] + [
        line for line in files["cadres"].splitlines(keepends=True)[1:] if line.split(b",")[0] in cadre_ids
    ]
    visits = [files["visits"].splitlines(keepends=True)[0]] + [
        line for line in files["visits"].splitlines(keepends=True)[1:] if b"," in line and line.split(b",")[1] in ids
    ][:40]
    return {
        "recipients": b"".join(rec[: people + 1]),
        "cadres": b"".join(cadres),
        "pairings": b"".join(pairings),
        "visits": b"".join(visits),
    }


def main() -> int:
    seeds = {t: {} for t in ["csv_reader", *LEDGER_FILES, "rules", "check"]}
    # Mode byte of fuzz_csv_reader: bits 0-1 encoding (auto, utf-8, gb18030),
    # bits 2-4 chunk size (1, 2, 3, 7, 17, 64, 4096, 65536).
    for i, path in enumerate(sorted(SPECTRUM.glob("*.csv"))):
        seeds["csv_reader"][f"spectrum-{path.stem}"] = bytes([(i % 8) << 2]) + path.read_bytes()
    for s in SETS:
        subset = consistent_subset(SAMPLES / s, 6) if s != "broken" else {
            n: (SAMPLES / s / f"{n}.csv").read_bytes() for n in LEDGER_FILES}
        for n in LEDGER_FILES:
            seeds[n][f"{s}"] = head(subset[n], 30)
            mode = 0x02 if s == "pingliang-gb18030" else 0x00
            seeds["csv_reader"][f"{s}-{n}"] = bytes([mode | (len(seeds["csv_reader"]) % 8) << 2]) + head(subset[n], 12)
        rules = SAMPLES / s / "rules.csv"
        seeds["check"][s] = SEP.join(subset[n] for n in LEDGER_FILES) + (SEP + rules.read_bytes() if rules.exists() else b"")
    seeds["csv_reader"]["tiny-limit-long-field"] = b"\x40" + b"a," + b"x" * 100 + b"\nb,c\n"
    for path in sorted(ERRORS.glob("*/ledger")):
        case = path.parent.name
        parts = []
        for n in LEDGER_FILES:
            f = path / f"{n}.csv"
            data = f.read_bytes() if f.exists() else b""
            parts.append(data)
            if f.exists() and data not in seeds[n].values():
                seeds[n][f"errors-{case}"] = data
        seeds["check"][f"errors-{case}"] = SEP.join(parts)
    for path in sorted((SAMPLES / "profiles").glob("*.csv")):
        seeds["rules"][f"profile-{path.stem}"] = path.read_bytes()
    seeds["rules"]["broken"] = (SAMPLES / "broken" / "rules.csv").read_bytes()
    seeds["rules"]["days-and-gaps"] = (
        b"category,level,measure,min,per,max_gap\n*,*,any,1,3d,5\norphan,1,contacts,2,week,10\n"
        b"disabled,*,help,1,halfmonth,\n*,2,visits,3,quarter,30\n")

    for target, files in seeds.items():
        d = CORPUS / target
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("seed-*"):
            old.unlink()
        for name, data in files.items():
            (d / f"seed-{name}").write_bytes(data)
    total = sum(f.stat().st_size for f in CORPUS.rglob("*") if f.is_file())
    print(f"{sum(len(f) for f in seeds.values())} seeds, corpus {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
