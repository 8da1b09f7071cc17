#!/usr/bin/python3
"""Checks that SmartLand Twin and MapServer answer the OGC API comparison's requests with the same features.

ogcapi_parity.py items OURS_HOST OURS_LIST MS_HOST MS_LIST [-n 100] [--psql CMD]
    The first N lines of both request lists (same boxes, generated with the same seed): per request, HTTP status,
    Content-Type, numberMatched, numberReturned, the ids in page order, and the first vertex of every feature
    (within 2e-7 degrees: both write 7 decimals, rounding may differ by one unit). Requests whose numberMatched is
    above the page size also have their second page checked: ours with offset=LIMIT against MapServer's single
    page of up to 10,000 (MapServer 8.0.0 ignores offset). MapServer filters on the bounding box of the bbox
    reprojected to the layer's CRS and returns some features that do not meet the bbox: with --psql (a psql
    command line), such MapServer-only features are checked with PostGIS (ST_Intersects in CRS84) and the two
    answers compared without them. Exit 1 on any other difference.

ogcapi_parity.py tiles OURS_HOST OURS_PATTERN MS_HOST MS_PATTERN TILE_LIST [-n 20] [--psql CMD] [--keep DIR]
    The first N tiles ("z col row" lines; the patterns take {z} {x} {y}): the number of features and the
    feature ids of both tiles, decoded with GDAL's MVT driver (ogrinfo, field mvt_id), and, with --psql, how many
    buildings PostGIS finds whose bounding box meets the tile (what MapServer selects) and the tile grown by 64/4096
    (what ours selects). Reports differences; does not fail on them (the two encoders are not meant to agree on
    the tiles' edges and on slivers).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request


def get(url):
    req = urllib.request.Request(url)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def first_vertex(geom):
    c = geom["coordinates"]
    while isinstance(c[0], list):
        c = c[0]
    return c[0], c[1]


def summary(body):
    d = json.loads(body)
    ids = [str(f.get("id")) for f in d["features"]]
    verts = {str(f.get("id")): first_vertex(f["geometry"]) for f in d["features"] if f.get("geometry")}
    return d.get("numberMatched"), d.get("numberReturned"), ids, verts


def items(a):
    ours = [l.strip() for l in open(a.ours_list) if l.strip()][:a.n]
    ms = [l.strip() for l in open(a.ms_list) if l.strip()][:a.n]
    bad, total, empty, full, biggest, sizes = 0, 0, 0, 0, 0, [0, 0]
    vert_diffs = 0
    raw_diff, outside_total = 0, 0
    for i, (o, m) in enumerate(zip(ours, ms), 1):
        so, co, bo = get(a.ours_host + o)
        sm, cm, bm = get(a.ms_host + m)
        sizes[0] += len(bo)
        sizes[1] += len(bm)
        if so != 200 or sm != 200 or "json" not in co or "json" not in cm:
            print(f"request {i}: HTTP {so} {co} / MapServer HTTP {sm} {cm}: {o}")
            bad += 1
            continue
        mo, ro, io, vo = summary(bo)
        mm, rm, im, vm = summary(bm)
        total += ro
        empty += ro == 0
        biggest = max(biggest, mo or 0)
        limit = int(re.search(r"limit=(\d+)", o).group(1))
        bbox = re.search(r"bbox=([-0-9.,]+)", o).group(1)
        all_ms = im
        if mo and mo > limit:
            full += 1
            all_ms = summary(get(a.ms_host + m.replace(f"limit={limit}", "limit=10000"))[2])[2]
        outside = set()
        if mo != mm or io != im:
            raw_diff += 1
            extra = sorted(set(all_ms) - set(io), key=int)
            if a.psql and extra:
                table = re.search(r"collections/(\w+)/items", o).group(1)
                outside = set(psql(a.psql, f"select fid from sud_ovest_milano.{table} where fid in "
                                           f"({','.join(extra)}) and not st_intersects(st_transform(geom, 4326), "
                                           f"st_makeenvelope({bbox}, 4326))").split())
            outside_total += len(outside)
            print(f"request {i}: numberMatched {mo} vs MapServer {mm}, numberReturned {ro} vs {rm}; ids only "
                  f"MapServer {len(set(im) - set(io))} {sorted(set(im) - set(io), key=int)[:10]}, only ours "
                  f"{len(set(io) - set(im))} {sorted(set(io) - set(im), key=int)[:10]}; MapServer features that do "
                  f"not meet the bbox (PostGIS, CRS84): {len(outside)}")
        kept = [k for k in im if k not in outside]
        kept_all = [k for k in all_ms if k not in outside]
        if (mo is not None and mm is not None and mo != mm - len(outside)) or kept != io[:len(kept)] \
                or (rm < limit and kept != io):
            print(f"request {i}: differs beyond MapServer's features outside the bbox; {o}")
            bad += 1
        for k, (x, y) in vo.items():
            if k in vm and (abs(x - vm[k][0]) > 2e-7 or abs(y - vm[k][1]) > 2e-7):
                vert_diffs += 1
                if vert_diffs <= 5:
                    print(f"request {i}: feature {k} first vertex {x},{y} vs {vm[k]}")
        if mo and mo > limit:
            p2 = summary(get(a.ours_host + o + f"&offset={limit}")[2])[2]
            if p2 != kept_all[limit:2 * limit]:
                print(f"request {i}: our second page ({len(p2)} ids) differs from MapServer's features "
                      f"{limit + 1}-{2 * limit} of {len(kept_all)} (those meeting the bbox)")
                bad += 1
    print(f"items parity: {len(ours)} requests, {total} features returned by ours, {empty} empty pages, "
          f"{full} with numberMatched above the limit (second page checked), largest numberMatched {biggest}; "
          f"requests whose answers differ: {raw_diff}, by {outside_total} MapServer features that do not meet the "
          f"bbox; requests that differ otherwise: {bad}; first vertices further apart than 2e-7 degrees: {vert_diffs}; bytes ours "
          f"{sizes[0]} MapServer {sizes[1]} ({sizes[1] / max(1, sizes[0]):.2f}x)")
    return 1 if bad or vert_diffs else 0


def psql(cmd, q):
    return subprocess.run(cmd.split() + ["-tAc", q], capture_output=True, text=True, check=True).stdout


def mvt_ids(path):
    out = subprocess.run(["ogrinfo", "-ro", "-al", "-q", path], capture_output=True, text=True).stdout
    return [int(x) for x in re.findall(r"mvt_id \(Integer64\) = (\d+)", out)]


def tiles(a):
    lines = [l.split() for l in open(a.tile_list) if l.strip()][:a.n]
    keep = a.keep or tempfile.mkdtemp()
    os.makedirs(keep, exist_ok=True)
    same, diff_tiles, tot = 0, 0, [0, 0]
    for z, x, y in lines:
        counts = []
        ids = []
        for who, host, pat in (("ours", a.ours_host, a.ours_pattern), ("ms", a.ms_host, a.ms_pattern)):
            s, ct, body = get(host + pat.format(z=z, x=x, y=y))
            p = os.path.join(keep, f"{who}-{z}-{x}-{y}.mvt")
            with open(p, "wb") as f:
                f.write(body)
            i = mvt_ids(p) if body else []
            ids.append(set(i))
            counts.append(len(i))
            if s not in (200, 204):
                print(f"tile {z}/{x}/{y} {who}: HTTP {s} {ct}")
        db = ""
        if a.psql:
            q = (f"select count(*) filter (where geom && st_transform(st_tileenvelope({z},{x},{y}), 32632)), "
                 f"count(*) from sud_ovest_milano.buildings where geom && "
                 f"st_transform(st_tileenvelope({z},{x},{y}, margin => 64.0/4096), 32632)")
            r = psql(a.psql, q).strip()
            db = f"; PostGIS bbox meets tile {r.split('|')[0]}, tile+buffer {r.split('|')[-1]}"
        tot[0] += counts[0]
        tot[1] += counts[1]
        if ids[0] == ids[1]:
            same += 1
        else:
            diff_tiles += 1
        print(f"tile {z}/{x}/{y}: ours {counts[0]} features, MapServer {counts[1]}; only ours "
              f"{len(ids[0] - ids[1])}, only MapServer {len(ids[1] - ids[0])}{db}")
    print(f"tiles parity: {len(lines)} tiles, features ours {tot[0]} MapServer {tot[1]}, same id set on {same} "
          f"tiles, different on {diff_tiles}; tiles saved in {keep}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="kind", required=True)
    i = sub.add_parser("items")
    for k in ("ours_host", "ours_list", "ms_host", "ms_list"):
        i.add_argument(k)
    i.add_argument("-n", type=int, default=100)
    i.add_argument("--psql")
    t = sub.add_parser("tiles")
    for k in ("ours_host", "ours_pattern", "ms_host", "ms_pattern", "tile_list"):
        t.add_argument(k)
    t.add_argument("-n", type=int, default=20)
    t.add_argument("--psql")
    t.add_argument("--keep")
    a = ap.parse_args()
    sys.exit(items(a) if a.kind == "items" else tiles(a))


if __name__ == "__main__":
    main()
