#!/usr/bin/env bash
# Prints the id of a new disaster event in a demo file: `diming event add` when this build has it
# (the id is the last line of its stdout), else one row written with SQL (the table of migration
# disaster-001-events). Used by tools/crash/run.sh, tools/bench/reports/run.sh and the field form's check.
#
#   tools/crash/event.sh DIMING DB NAME
set -euo pipefail
diming=$1 db=$2 name=$3
start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if "$diming" event --help 2>/dev/null | grep -qE '^ +add( |$)'; then
  "$diming" event add --hazard flood --name "$name" --start "$start" --db "$db" | tail -1
else
  echo "event.sh: this diming has no \`event add\`: the event is one SQL row" >&2
  python3 - "$db" "$name" "$start" <<'PY'
import sqlite3, sys
db, name, start = sys.argv[1:]
con = sqlite3.connect(db)
with con:
    cur = con.execute('INSERT INTO "disaster_events" ("hazard", "name", "started_at", "started_utc", "division", '
                      '"divisions", "created_by", "created_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                      ("flood", name, start, start, "420581", '["420581"]', "tools", start))
print(cur.lastrowid)
PY
fi
