#!/usr/bin/env python3
"""Count the points two locate outputs assign differently: CSV whose first two
columns are id,code (diming writes id,code,name,on_border,neighbour; the
peers id,code,name). Only the code is compared.

Usage: compare.py A.csv B.csv [MAX_SHOWN]

Compares only ids present in both (the SpatiaLite peer does a sample).
Prints "compared=N disagree=M", then up to MAX_SHOWN (default 5) examples.
With run.sh's points (seed 42, 1,000,000) no point lies in two counties
and all 2,875 polygons are valid (checked with shapely), so each
disagreement is a real difference, unless a point sits exactly on a border,
where tools differ on whether "contains" holds.
"""
import csv
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header[:2] != ["id", "code"]:
            sys.exit(f"{path}: header is {header}, expected id,code,…")
        return {r[0]: r[1] for r in rows}


def main(a_path, b_path, shown=5):
    a, b = read(a_path), read(b_path)
    ids = a.keys() & b.keys()
    differ = [i for i in ids if a[i] != b[i]]
    print(f"compared={len(ids)} disagree={len(differ)} only_in_a={len(a) - len(ids)} "
          f"only_in_b={len(b) - len(ids)}")
    for i in sorted(differ, key=int)[:shown]:
        print(f"  id {i}: {a[i] or '(none)'} vs {b[i] or '(none)'}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:3], *(int(a) for a in sys.argv[3:]))
