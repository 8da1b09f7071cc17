#!/usr/bin/python3
"""Deterministic request lists for run-ogcapi-comparison.sh (the reference gen_requests.py has no OGC API mode).

gen_ogcapi_requests.py items PATH [-n 2000] [--seed 42] [--extent 8.97,45.30,9.20,45.46]
                                  [--min-size 300] [--max-size 3000] [--limit 1000]
    One items request a line: PATH?f=json&limit=LIMIT&bbox=minlon,minlat,maxlon,maxlat (CRS84, 7 decimals), a
    random square of MIN..MAX metres a side (metres along the meridian and the parallel at its centre) inside
    the extent. The same seed gives the same boxes whatever PATH is, so both servers get the same list.

gen_ogcapi_requests.py candidates [--extent ...] [--zmin 14] [--zmax 16]
    Every WebMercatorQuad tile of zoom ZMIN..ZMAX meeting the extent, as "z,col,row" lines (for psql COPY).

gen_ogcapi_requests.py tiles POOL --lists K --size N [--seed 42] --out PREFIX
    POOL: "z col row features" lines (the candidate tiles with at least one feature). Shuffles each zoom's tiles
    with the seed, cuts each zoom into K equal slices and writes PREFIX0.txt .. PREFIX{K-1}.txt, list i made of
    slice i of every zoom (so every list has the same zoom mix, and no tile is in two lists), shuffled, at most
    N tiles (zooms cut in proportion). Lines are "z col row".
"""
import argparse
import math
import random
import sys

M_PER_DEG = 111_320.0


def tile_range(z, minlon, minlat, maxlon, maxlat):
    n = 2 ** z

    def col(lon):
        return min(n - 1, int((lon + 180.0) / 360.0 * n))

    def row(lat):
        r = math.radians(lat)
        return min(n - 1, int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * n))

    return col(minlon), col(maxlon), row(maxlat), row(minlat)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["items", "candidates", "tiles"])
    ap.add_argument("arg", nargs="?")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--extent", default="8.97,45.30,9.20,45.46")
    ap.add_argument("--min-size", type=float, default=300.0)
    ap.add_argument("--max-size", type=float, default=3000.0)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--zmin", type=int, default=14)
    ap.add_argument("--zmax", type=int, default=16)
    ap.add_argument("--lists", type=int, default=1)
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--out")
    a = ap.parse_args()
    minlon, minlat, maxlon, maxlat = map(float, a.extent.split(","))

    if a.kind == "items":
        rng = random.Random(a.seed)
        for _ in range(a.n):
            s = rng.uniform(a.min_size, a.max_size)
            lat = rng.uniform(minlat, maxlat)
            dlat = s / M_PER_DEG
            dlon = s / (M_PER_DEG * math.cos(math.radians(lat)))
            lat = min(max(lat, minlat + dlat / 2), maxlat - dlat / 2)
            lon = rng.uniform(minlon + dlon / 2, maxlon - dlon / 2)
            bbox = f"{lon - dlon / 2:.7f},{lat - dlat / 2:.7f},{lon + dlon / 2:.7f},{lat + dlat / 2:.7f}"
            print(f"{a.arg}?f=json&limit={a.limit}&bbox={bbox}")
    elif a.kind == "candidates":
        for z in range(a.zmin, a.zmax + 1):
            c0, c1, r0, r1 = tile_range(z, minlon, minlat, maxlon, maxlat)
            for c in range(c0, c1 + 1):
                for r in range(r0, r1 + 1):
                    print(f"{z},{c},{r}")
    else:
        by_zoom = {}
        with open(a.arg) as f:
            for line in f:
                p = line.split()
                if len(p) >= 3:
                    by_zoom.setdefault(int(p[0]), []).append((int(p[0]), int(p[1]), int(p[2])))
        rng = random.Random(a.seed)
        total = sum(len(v) for v in by_zoom.values())
        per_list = min(a.size, total // a.lists)
        lists = [[] for _ in range(a.lists)]
        for z in sorted(by_zoom):
            tiles = sorted(by_zoom[z])
            rng.shuffle(tiles)
            share = len(tiles) // a.lists
            take = min(share, max(1, round(per_list * len(tiles) / total)))
            for i in range(a.lists):
                lists[i].extend(tiles[i * share:i * share + take])
        for i, l in enumerate(lists):
            rng.shuffle(l)
            with open(f"{a.out}{i}.txt", "w") as f:
                for z, c, r in l:
                    f.write(f"{z} {c} {r}\n")
        print(f"{a.lists} lists of {len(lists[0])} tiles from a pool of {total} "
              f"({', '.join(f'z{z}: {len(v)}' for z, v in sorted(by_zoom.items()))})", file=sys.stderr)


if __name__ == "__main__":
    main()
