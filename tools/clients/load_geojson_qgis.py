#!/usr/bin/env python3
"""Loads GeoJSON files (and GeoJSON text sequences) in QGIS, headless, through its OGR provider:
each layer must be valid, in EPSG:4326, with at least one feature and no invalid geometry.

    load_geojson_qgis.py FILE...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import headless  # noqa: E402 (beside this script)

headless.prepare_qgis()


def main():
    try:
        from qgis.core import QgsApplication, QgsGeometry, QgsVectorLayer
    except ImportError as e:
        print(f"load_geojson_qgis: FAIL: QGIS's Python bindings are missing ({e}); run tools/clients/setup.sh", file=sys.stderr)
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    failures = 0
    for path in sys.argv[1:]:
        layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
        count = layer.featureCount() if layer.isValid() else 0
        invalid = sum(1 for f in layer.getFeatures() if not f.geometry().isGeosValid()) if layer.isValid() else 0
        crs = layer.crs().authid() if layer.isValid() else ""
        # Invalid geometries are reported, not failed on: the source data may hold some (boundary.md §4).
        if invalid:
            print(f"load_geojson_qgis: {path}: {invalid} geometries GEOS calls invalid", file=sys.stderr)
        if not layer.isValid() or count < 1 or crs != "EPSG:4326":
            print(f"load_geojson_qgis: FAIL: {path}: valid={layer.isValid()} features={count} crs={crs}", file=sys.stderr)
            failures += 1
        else:
            print(f"load_geojson_qgis: {path}: {count} features, {crs}", file=sys.stderr)
        del layer  # before exitQgis: a layer alive then crashes QGIS 3.22 on exit
    app.exitQgis()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
