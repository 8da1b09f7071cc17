#!/usr/bin/python3
"""Checks that two WFS 2.0 servers answer the benchmark's GetFeature requests with the same features.

wfs_parity.py OURS_URL OURS_TYPENAME MAPSERVER_URL MAPSERVER_TYPENAME [-n 40] [--seed 42] [--count 500]
              [--extent 8.97,45.30,9.20,45.46] [--geojson FORMAT] [--gml FORMAT]

Takes the first N requests of the same seeded list as the reference wfs_load.sh (gen_requests.py: random
square EPSG:3857 BBOX, COUNT, SRSNAME urn:ogc:def:crs:EPSG::3857) and fetches each from both servers, in
GeoJSON and in GML 3.2. For every request it compares numberMatched, the number of features returned and
their ids, and, in GeoJSON, that both name EPSG:3857 as their CRS and that the first vertex of every feature
agrees within a millimetre (so both really reprojected to EPSG:3857). Prints one line per format with the
totals and the byte sizes, and exits 1 on any difference in numberMatched, features or coordinates.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.environ.get("GEN_REQUESTS", os.path.join(HERE, "../../../shared/tools/mapserver-reference/bench/gen_requests.py"))


def targets(base_url, typename, a, fmt):
    out = subprocess.run(["/usr/bin/python3", GEN, "wfs", base_url, typename, "-n", str(a.n), "--seed", str(a.seed),
                          "--count", str(a.count), "--extent", a.extent, "--format", fmt],
                         check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def fetch(base_url, target):
    host = re.match(r"(https?://[^/]+)", base_url).group(1)
    with urllib.request.urlopen(host + target, timeout=60) as r:
        return r.status, r.headers.get("Content-Type", ""), r.read()


def first_vertex(geom):
    c = geom["coordinates"]
    while isinstance(c[0], list):
        c = c[0]
    return c[0], c[1]


def geojson_summary(body):
    d = json.loads(body)
    crs = (d.get("crs") or {}).get("properties", {}).get("name", "(none: CRS84)")
    feats = {}
    for f in d["features"]:
        fid = f.get("id")
        if fid is None:  # MapServer (OGR) puts the id in the properties
            fid = f["properties"].get("fid")
        fid = str(fid).split(".")[-1]
        feats[fid] = first_vertex(f["geometry"]) if f.get("geometry") else None
    return d.get("numberMatched"), feats, crs


def gml_summary(body):
    text = body.decode("utf-8")
    m = re.search(r'numberMatched="([^"]+)"', text)
    matched = int(m.group(1)) if m and m.group(1).isdigit() else None
    ids = re.findall(r'<wfs:member>\s*<[^ >]+ gml:id="([^"]+)"', text)
    return matched, {i.split(".")[-1]: None for i in ids}, None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ours_url")
    ap.add_argument("ours_type")
    ap.add_argument("ms_url")
    ap.add_argument("ms_type")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--extent", default="8.97,45.30,9.20,45.46")
    ap.add_argument("--geojson", default="application/json; subtype=geojson")
    ap.add_argument("--gml", default="application/gml+xml; version=3.2")
    a = ap.parse_args()

    failed = False
    for label, fmt, summary in (("GeoJSON", a.geojson, geojson_summary), ("GML 3.2", a.gml, gml_summary)):
        ours_t = targets(a.ours_url, a.ours_type, a, fmt)
        ms_t = targets(a.ms_url, a.ms_type, a, fmt)
        tot = {"matched": 0, "max_matched": 0, "empty": 0, "returned": 0, "ours_bytes": 0, "ms_bytes": 0, "max_dev_m": 0.0}
        ctypes = set()
        crss = set()
        for i, (ot, mt) in enumerate(zip(ours_t, ms_t)):
            os_, oct_, ob = fetch(a.ours_url, ot)
            ms_, mct, mb = fetch(a.ms_url, mt)
            ctypes.add((oct_, mct))
            if os_ != 200 or ms_ != 200:
                print(f"  {label} request {i}: HTTP {os_} / {ms_}\n    {ot}\n    {mt}")
                failed = True
                continue
            try:
                om, of, ocrs = summary(ob)
                mm, mf, mcrs = summary(mb)
            except (ValueError, KeyError) as e:
                print(f"  {label} request {i}: unreadable answer ({e}):\n    ours {ob[:200]!r}\n    ms   {mb[:200]!r}")
                failed = True
                continue
            crss.add((ocrs, mcrs))
            tot["matched"] += om or 0
            tot["max_matched"] = max(tot["max_matched"], om or 0)
            tot["empty"] += 1 if not om else 0
            tot["returned"] += len(of)
            tot["ours_bytes"] += len(ob)
            tot["ms_bytes"] += len(mb)
            if om != mm or set(of) != set(mf):
                failed = True
                print(f"  {label} request {i}: numberMatched {om} / {mm}, returned {len(of)} / {len(mf)}, "
                      f"ids only ours {sorted(set(of) - set(mf))[:5]}, only MapServer {sorted(set(mf) - set(of))[:5]}\n"
                      f"    {ot}")
            for fid, v in of.items():
                w = mf.get(fid)
                if v is not None and w is not None:
                    tot["max_dev_m"] = max(tot["max_dev_m"], abs(v[0] - w[0]), abs(v[1] - w[1]))
        if tot["max_dev_m"] > 0.001:
            failed = True
        n = min(len(ours_t), len(ms_t))
        ratio = tot["ms_bytes"] / tot["ours_bytes"] if tot["ours_bytes"] else float("nan")
        print(f"{label}: {n} requests, numberMatched total {tot['matched']} (max {tot['max_matched']}, {tot['empty']} empty), "
              f"features returned {tot['returned']}, "
              f"bytes ours {tot['ours_bytes']:,} / MapServer {tot['ms_bytes']:,} (MapServer {ratio:.2f}x)"
              + (f", first vertices agree within {tot['max_dev_m'] * 1000:.3f} mm" if label == "GeoJSON" else ""))
        print(f"  Content-Type ours / MapServer: {sorted(ctypes)}")
        if label == "GeoJSON":
            print(f"  CRS named ours / MapServer: {sorted(crss)}")
    print("parity: " + ("DIFFERENCES FOUND" if failed else "same numberMatched, same features"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
