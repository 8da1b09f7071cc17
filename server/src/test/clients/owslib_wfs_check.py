"""OWSLib against our WFS 2.0: capabilities, paging through a bbox without overlap, a filter, GetFeatureById.

Usage: owslib_wfs_check.py OWS_URL TYPENAME MINX,MINY,MAXX,MAXY PAGE_SIZE
Prints "OWSLib WFS checks passed" and exits 0 when every check holds; the bbox is in the native CRS.
"""
import json
import re
import sys
import urllib.request

from owslib.fes2 import PropertyIsGreaterThanOrEqualTo
from owslib.wfs import WebFeatureService
from owslib.etree import etree


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)


def main():
    url, typename, bbox_text, page_size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    bbox = tuple(float(v) for v in bbox_text.split(","))
    wfs = WebFeatureService(url, version="2.0.0")
    if typename not in wfs.contents:
        fail(f"{typename} not in {list(wfs.contents)}")
    layer = wfs.contents[typename]
    if not layer.crsOptions:
        fail("no CRS options")
    print(f"{len(wfs.contents)} feature types; {typename}: {layer.title!r}, {len(layer.crsOptions)} CRSs")
    ops = [op.name for op in wfs.operations]
    for needed in ("GetCapabilities", "DescribeFeatureType", "GetFeature", "GetPropertyValue"):
        if needed not in ops:
            fail(f"operation {needed} missing from {ops}")

    schema = wfs.get_schema(typename)
    if "geom" not in schema.get("properties", {}) and schema.get("geometry_column") != "geom":
        fail(f"schema lacks the geometry: {schema}")

    # numberMatched for the bbox, then every page
    hits = wfs.getfeature(typename=[typename], bbox=bbox + ("urn:ogc:def:crs:EPSG::32632",),
                          outputFormat="application/json", maxfeatures=1)
    matched = json.loads(hits.read())["numberMatched"]
    seen = []
    start = 0
    while True:
        page = wfs.getfeature(typename=[typename], bbox=bbox + ("urn:ogc:def:crs:EPSG::32632",),
                              outputFormat="application/json", maxfeatures=page_size, startindex=start)
        fc = json.loads(page.read())
        ids = [f["id"] for f in fc["features"]]
        if not ids:
            break
        seen.extend(ids)
        start += len(ids)
        if len(ids) < page_size:
            break
    if len(seen) != matched:
        fail(f"paged {len(seen)} features for numberMatched {matched}")
    if len(set(seen)) != len(seen):
        fail("pages overlap")
    print(f"bbox paging: {len(seen)} features in pages of {page_size} = numberMatched {matched}, no overlap")

    # a filter, encoded by OWSLib's fes2 module, as GML
    flt = PropertyIsGreaterThanOrEqualTo(propertyname="pupils", literal="250")
    filter_xml = etree.tostring(flt.toXML()).decode()
    filter_doc = '<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0">' + re.sub(r"^<\?xml[^>]*>", "", filter_xml) + "</fes:Filter>"
    gml = wfs.getfeature(typename=[typename], filter=filter_doc).read()
    if isinstance(gml, bytes):
        gml = gml.decode()
    if "numberMatched" not in gml or "wfs:member" not in gml:
        fail("filtered GetFeature is not a WFS 2.0 collection: " + gml[:300])
    print("filtered GetFeature: " + re.search(r'numberMatched="(\d+)"', gml).group(0))

    by_id = wfs.getfeature(storedQueryID="urn:ogc:def:query:OGC-WFS::GetFeatureById",
                           storedQueryParams={"ID": seen[0]}).read()
    if isinstance(by_id, bytes):
        by_id = by_id.decode()
    if f'gml:id="{seen[0]}"' not in by_id:
        fail("GetFeatureById did not return " + seen[0])
    print("GetFeatureById: " + seen[0])
    print("OWSLib WFS checks passed")


if __name__ == "__main__":
    main()
