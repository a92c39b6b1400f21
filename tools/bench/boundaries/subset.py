#!/usr/bin/env python3
"""Keep the features of a FeatureCollection whose `code` starts with PREFIX and is a county-level
code (not ending in 00). Usage: subset.py IN.geojson OUT.geojson PREFIX"""
import json
import sys

source, target, prefix = sys.argv[1:4]
with open(source) as f:
    collection = json.load(f)
collection["features"] = [f for f in collection["features"]
                          if f["properties"]["code"].startswith(prefix) and not f["properties"]["code"].endswith("00")]
with open(target, "w") as f:
    json.dump(collection, f, ensure_ascii=False)
print(f"{target}: {len(collection['features'])} features", file=sys.stderr)
