#!/usr/bin/python3
"""Requests every target of a list exactly once, C at a time, over keep-alive connections (the "cold" tile load
of run-ogcapi-comparison.sh: wrk cycles through its list, this does not).

tiles_once.py HOST_URL REQUEST_FILE CONCURRENCY [CONTENT_TYPE_SUBSTRING]

C threads, each with its own HTTP/1.1 connection, take the next target of the file in order until none is left.
Prints one RESULT line in the format of the reference cycle.lua (requests, seconds, rps, p50/p90/p99/max ms,
bytes, ok, empty, bad_status, bad_type, socket errors) and FIRST_ERROR when something failed. An empty answer
(HTTP 204, or HTTP 200 with no body) counts as ok, in "empty"; another status, or a body whose Content-Type does
not contain CONTENT_TYPE_SUBSTRING, is an error. The clock runs from the first request to the last answer.
"""
import http.client
import sys
import threading
import time
import urllib.parse


def main():
    host_url, path_file, conc = sys.argv[1], sys.argv[2], int(sys.argv[3])
    want = sys.argv[4] if len(sys.argv) > 4 else ""
    u = urllib.parse.urlsplit(host_url)
    with open(path_file) as f:
        paths = [line.strip() for line in f if line.strip()]
    lock = threading.Lock()
    nxt = [0]
    lat, stats = [], {"bytes": 0, "ok": 0, "empty": 0, "bad_status": 0, "bad_type": 0, "sock": 0, "first": ""}

    def bad(key, msg):
        with lock:
            stats[key] += 1
            if not stats["first"]:
                stats["first"] = msg

    def worker():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= len(paths):
                break
            t0 = time.perf_counter()
            try:
                conn.request("GET", paths[i])
                r = conn.getresponse()
                body = r.read()
            except Exception as e:  # noqa: BLE001 - any failure is a socket error here
                bad("sock", f"{paths[i]}: {e!r}")
                conn.close()
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
                continue
            dt = time.perf_counter() - t0
            ct = r.getheader("Content-Type", "")
            with lock:
                lat.append(dt)
                stats["bytes"] += len(body)
            if r.status == 204 or (r.status == 200 and not body):
                with lock:
                    stats["empty"] += 1
            elif r.status != 200:
                bad("bad_status", f"HTTP {r.status} {paths[i]} {body[:200]!r}")
            elif want and want not in ct:
                bad("bad_type", f"{ct} {paths[i]} {body[:200]!r}")
            else:
                with lock:
                    stats["ok"] += 1
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(conc)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = time.perf_counter() - start
    lat.sort()

    def pct(p):
        return 1000 * lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else 0.0

    n = len(lat) + stats["sock"]
    print(f"RESULT requests={n} seconds={secs:.2f} rps={n / secs:.2f} p50_ms={pct(50):.2f} p90_ms={pct(90):.2f} "
          f"p99_ms={pct(99):.2f} max_ms={1000 * (lat[-1] if lat else 0):.2f} "
          f"mean_ms={1000 * sum(lat) / max(1, len(lat)):.2f} bytes={stats['bytes']} ok={stats['ok']} "
          f"empty={stats['empty']} bad_status={stats['bad_status']} bad_type={stats['bad_type']} sock_connect=0 "
          f"sock_read={stats['sock']} sock_write=0 sock_timeout=0")
    if stats["first"]:
        print("FIRST_ERROR " + stats["first"].replace("\n", " ")[:300])


if __name__ == "__main__":
    main()
