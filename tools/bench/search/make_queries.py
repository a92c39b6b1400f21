#!/usr/bin/env python3
"""Write the benchmark's fixed mix of search queries, `kind<TAB>query`, from an indexed DB.

Usage: make_queries.py DB SEED [PER_KIND]

Kinds: substring (3 characters from inside a name), short (a name's first 1 or 2
characters), pinyin (a name's toneless pinyin), initials, homophone (a name with its first
character replaced by one that sounds the same: 解放路 → 介放路), traditional (a name in
traditional characters, by `opencc -c s2t.json`), former (a former name). Taken from the
index's own entries, so each has an answer; the same DB and SEED give the same queries.
"""
import random
import sqlite3
import subprocess
import sys

HOMOPHONES = {"解": "介", "建": "见", "人": "仁", "新": "心", "和": "河", "文": "闻", "青": "清", "胜": "圣", "民": "敏",
              "光": "广", "复": "富", "友": "有", "东": "冬", "红": "洪", "金": "今", "银": "音", "龙": "隆", "花": "华"}


def main():
    path, seed = sys.argv[1], int(sys.argv[2])
    per_kind = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    # Current names and their keys, in a fixed order, then a fixed random sample.
    rows = con.execute("SELECT folded, pinyin_key, initials FROM search_entries WHERE tier = 0 AND id % 50 = 0 ORDER BY id").fetchall()
    former = [r[0] for r in con.execute("SELECT folded FROM search_entries WHERE kind = 'former' ORDER BY id").fetchall()]
    queries = []
    long_names = [r[0] for r in rows if len(r[0]) >= 4]
    for name in rng.sample(long_names, per_kind):
        start = rng.randrange(0, len(name) - 2)
        queries.append(("substring", name[start:start + 3]))
    for name in rng.sample([r[0] for r in rows], per_kind):
        queries.append(("short", name[: rng.choice((1, 2))]))
    for _, key, _ in rng.sample(rows, per_kind):
        queries.append(("pinyin", key))
    for _, _, initials in rng.sample([r for r in rows if len(r[2]) >= 2], per_kind):
        queries.append(("initials", initials))
    for name in rng.sample([r[0] for r in rows if r[0][0] in HOMOPHONES], per_kind):
        queries.append(("homophone", HOMOPHONES[name[0]] + name[1:]))
    names = rng.sample([r[0] for r in rows], per_kind * 4)
    converted = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(names), capture_output=True, text=True, check=True).stdout
    traditional = [t for s, t in zip(names, converted.split("\n")) if t != s][:per_kind]
    queries += [("traditional", t) for t in traditional]
    queries += [("former", name) for name in rng.sample(former, min(per_kind, len(former)))]
    for kind, query in queries:
        print(f"{kind}\t{query}")


if __name__ == "__main__":
    main()
