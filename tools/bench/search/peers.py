#!/usr/bin/env python3
"""Time the peer, plain SQL in SQLite itself, on the same queries, and print the table.

Usage: peers.py DB QUERIES DIMING_JSON [SAMPLE]

Peers, through Python's sqlite3 (SQLite 3.40.1), on the same file:
- LIKE: `SELECT uid, name FROM places WHERE name LIKE '%q%' LIMIT 10`, a scan of the places
  (what a SpatiaLite user writes); SAMPLE queries per kind (default 20), as it is slow;
- FTS5: `SELECT rowid FROM search_fts WHERE search_fts MATCH '"q"' LIMIT 10` on diming's
  own trigram table, with no ranking, no pinyin and no traditional folding (queries of 3
  characters or more: trigrams give nothing for shorter ones).
Each query runs once untimed, then 5 times timed. diming's figures (DIMING_JSON) come from
`diming search --bench`, which times Gazetteer.search, the call the CLI and server make.
"""
import json
import sqlite3
import sys
import time

REPEAT = 5


def percentile(values, p):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, -(-int(p * len(ordered) * 1000) // 1000) - 1))
    return ordered[rank]


def timed(con, sql, args):
    con.execute(sql, args).fetchall()
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        con.execute(sql, args).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    path, queries_path, diming_path = sys.argv[1], sys.argv[2], sys.argv[3]
    sample = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    con = sqlite3.connect(path)
    queries = [line.rstrip("\n").split("\t", 1) for line in open(queries_path, encoding="utf-8") if "\t" in line]
    kinds = list(dict.fromkeys(kind for kind, _ in queries))
    like, fts = {}, {}
    for kind in kinds:
        texts = [q for k, q in queries if k == kind]
        for q in texts[:sample]:
            like.setdefault(kind, []).extend(timed(con, "SELECT uid, name FROM places WHERE name LIKE ? LIMIT 10", ("%" + q + "%",)))
        for q in texts:
            if len(q) >= 3 and not q.isascii():
                fts.setdefault(kind, []).extend(timed(con, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 10",
                                                      ('"' + q.replace('"', '""') + '"',)))
    for name, table in (("like", like), ("fts", fts)):
        table["overall"] = [t for kind in kinds for t in table.get(kind, [])]
    diming = json.load(open(diming_path))
    rows = [("kind", "queries", "diming p50", "diming p99", "LIKE p50", "LIKE p99", "FTS5 p50", "FTS5 p99", "LIKE p50 / diming p50")]
    for kind in kinds + ["overall"]:
        d = diming[kind]
        l, f = like.get(kind), fts.get(kind)
        cell = lambda values, p: f"{percentile(values, p):.2f}" if values else "n/a"
        count = len(queries) if kind == "overall" else sum(1 for k, _ in queries if k == kind)
        rows.append((kind, str(count), f"{d['p50_ms']:.2f}", f"{d['p99_ms']:.2f}",
                     cell(l, 0.5), cell(l, 0.99), cell(f, 0.5), cell(f, 0.99),
                     f"{percentile(l, 0.5) / d['p50_ms']:.1f}×" if l else "n/a"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
        if r is rows[0]:
            print("| " + " | ".join("-" * w for w in widths) + " |")
    print("\n(milliseconds; diming: Gazetteer.search with ranking, 10 results; LIKE and FTS5: plain SQL, first 10 rows, unranked)")


if __name__ == "__main__":
    main()
