#!/usr/bin/python3
"""QGIS editing the SpatiaLite file directly, headless: the file's guards (migration
core-033-file-guards) audit the edit and refuse a bad one.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/clients/check_qgis_edit.py DB

DB: a Diming demo database that nothing else is writing (run_all.sh makes one with
`diming demo`). With QGIS's "spatialite" provider, as an officer's QGIS opens the file:
  * renames township 420581001 in `divisions` and commits: the commit succeeds and the audit
    log has one entry of account `file`, action feature.update, with the old and new names;
  * adds a place with division 999999999: the commit fails, QGIS's error names
    "places.division: 未知的区划代码", and `places` is unchanged;
  * turns the township into a bow-tie: the commit fails naming "divisions.geom: 几何图形无效".
Exits 1 naming what failed. QGIS's profile goes to tools/clients/work/qgis-profile, not $HOME.
"""
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")

import headless  # noqa: E402 (beside this script)

headless.prepare_qgis()  # QGIS's Python is Debian's, headless, its profile in work/

TOWNSHIP = "420581001"
NEW_NAME = "陆城街道（QGIS）"


def say(msg):
    print(f"check_qgis_edit: {msg}", file=sys.stderr, flush=True)


def rows(db, sql, *args):
    with sqlite3.connect(db) as c:
        return c.execute(sql, args).fetchall()


def main():
    if len(sys.argv) != 2 or not os.path.isfile(sys.argv[1]):
        say("usage: check_qgis_edit.py DB (a Diming demo database)")
        return 2
    db = sys.argv[1]
    try:
        from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, Qgis
    except ImportError as e:
        say(f"FAIL: QGIS's Python bindings are missing ({e}); run tools/clients/setup.sh (python3-qgis, qgis-providers)")
        return 2

    app = QgsApplication([], False)
    app.initQgis()
    say(f"QGIS {Qgis.QGIS_VERSION}, editing {db}")
    failures = []
    logged = []  # QGIS's message log: where 3.22 puts the SQLite error of a failed geometry change
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: logged.append(message))

    def fail(msg):
        say("FAIL: " + msg)
        failures.append(msg)

    def layer(table):
        lyr = QgsVectorLayer(f"dbname='{db}' table=\"{table}\" (geom)", table, "spatialite")
        if not lyr.isValid():
            fail(f"QGIS's spatialite provider could not open {table} in {db}")
            return None
        return lyr

    def township(lyr):
        return next((f for f in lyr.getFeatures() if f["code"] == TOWNSHIP), None)

    # 1. A rename is committed and audited as `file`.
    divisions = layer("divisions")
    if divisions is not None:
        feature = township(divisions)
        if feature is None:
            fail(f"no division {TOWNSHIP} in {db} (not a demo database?)")
        else:
            old_name = feature["name"]
            divisions.startEditing()
            divisions.changeAttributeValue(feature.id(), divisions.fields().indexOf("name"), NEW_NAME)
            if not divisions.commitChanges():
                fail(f"renaming {TOWNSHIP} was refused: {divisions.commitErrors()}")
            entries = rows(db, "SELECT account, role, action, layer, feature_id, before, after FROM diming_audit "
                               "WHERE account = 'file' ORDER BY id")
            if len(entries) != 1:
                fail(f"expected one audit entry of account 'file' after the rename, found {len(entries)}: {entries}")
            else:
                account, role, action, table, fid, before, after = entries[0]
                names = (json.loads(before)["properties"]["name"], json.loads(after)["properties"]["name"])
                if (action, table, fid, names) != ("feature.update", "divisions", TOWNSHIP, (old_name, NEW_NAME)):
                    fail(f"the rename's audit entry is {entries[0]}")
                else:
                    say(f"ok: rename committed and audited: {account}/{role} {action} {table} {fid} {names[0]} -> {names[1]}")

    # 2. A place in an unknown division is refused with the file's message; nothing changes.
    places = layer("places")
    if places is not None:
        before = rows(db, "SELECT count(*), total(id) FROM places")
        places.startEditing()
        f = QgsFeature(places.fields())
        f["name"] = "坏地名"
        f["division"] = "999999999"
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(111.45, 30.39)))
        places.addFeature(f)
        if places.commitChanges():
            fail("a place with division 999999999 was committed")
        else:
            errors = " ".join(places.commitErrors())
            if "places.division: 未知的区划代码" not in errors:
                fail(f"the refusal does not name places.division: {errors}")
            else:
                say(f"ok: bad place refused: {errors[:300]}")
            places.rollBack()
        if rows(db, "SELECT count(*), total(id) FROM places") != before:
            fail("places changed although the commit was refused")

    # 3. A bow-tie polygon is refused by GEOS validity.
    divisions = layer("divisions")
    if divisions is not None and (feature := township(divisions)) is not None:
        divisions.startEditing()
        bow_tie = QgsGeometry.fromWkt("MULTIPOLYGON(((111.40 30.30, 111.50 30.40, 111.50 30.30, 111.40 30.40, 111.40 30.30)))")
        divisions.changeGeometry(feature.id(), bow_tie)
        geometry_before = rows(db, "SELECT hex(geom) FROM divisions WHERE code = ?", TOWNSHIP)
        logged.clear()
        if divisions.commitChanges():
            fail("a bow-tie polygon was committed")
        else:
            errors = " ".join(divisions.commitErrors() + logged)
            if "divisions.geom: 几何图形无效" not in errors:
                fail(f"the refusal does not name divisions.geom: {errors}")
            else:
                line = next(m for m in errors.splitlines() if "divisions.geom" in m)
                say(f"ok: bow-tie refused: {line.strip()}")
            divisions.rollBack()
        if rows(db, "SELECT hex(geom) FROM divisions WHERE code = ?", TOWNSHIP) != geometry_before:
            fail(f"the geometry of {TOWNSHIP} changed although the commit was refused")

    del divisions, places
    app.exitQgis()
    if failures:
        say(f"FAILED ({len(failures)})")
        return 1
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
