"""OWSLib against the fixture territory's WMS: capabilities, GetMap and GetFeatureInfo.

Usage: /usr/bin/python3 owslib_wms_check.py http://127.0.0.1:PORT/ows
Exits 0 when every check passes; prints what it checked.
"""
import json
import sys
from owslib.wms import WebMapService

url = sys.argv[1]
wms = WebMapService(url, version="1.3.0")
assert wms.identification.type == "WMS", wms.identification.type
names = set(wms.contents)
assert {"comuni", "schools", "base", "qualita_vita"} <= names, names
schools = wms["schools"]
assert schools.queryable == 1
assert "EPSG:3857" in schools.crsOptions and "EPSG:6707" in schools.crsOptions, schools.crsOptions
assert "schools" in schools.styles and schools.styles["schools"]["legend"], schools.styles
ops = [op.name for op in wms.operations]
assert {"GetCapabilities", "GetMap", "GetFeatureInfo"} <= set(ops), ops
print("capabilities: %d named layers, operations %s" % (len(names), ops))

img = wms.getmap(layers=["comuni", "schools"], styles=["", ""], srs="EPSG:32632",
                 bbox=(500000, 5030000, 510000, 5035000), size=(200, 100), format="image/png", transparent=True)
data = img.read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:100]
print("getmap: %d bytes of PNG" % len(data))

info = wms.getfeatureinfo(layers=["comuni", "schools"], styles=["", ""], srs="EPSG:32632",
                          bbox=(500000, 5030000, 510000, 5035000), size=(200, 100), format="image/png",
                          query_layers=["comuni", "schools"], info_format="application/json", xy=(120, 60),
                          feature_count=5)
fc = json.loads(info.read())
found = [f["properties"]["name"] for f in fc["features"]]
assert found == ["Buccinasco", "Scuola B"], found
print("getfeatureinfo: %s" % found)
print("OWSLib checks passed")
