#!/usr/bin/env python3
"""Times requests for bench/cost-curve: BASE SOURCES RUNS PID name=path... → one JSON line each.

Each request is sent WARMUP times first, not counted (the first answers of a fresh process include
the JIT compiling the code they run); the first of them is recorded as first_ms. Then RUNS timed
runs give p50_ms and p95_ms."""
import json, sys, time, urllib.request, urllib.error

base, sources, runs, pid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]


def rss_mb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024)
    return None


WARMUP = 3

for spec in sys.argv[5:]:
    name, path = spec.split("=", 1)
    times, statuses, size = [], set(), 0
    for _ in range(WARMUP + runs):
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=120) as r:
                body = r.read()
                statuses.add(r.status)
        except urllib.error.HTTPError as e:
            body = e.read()
            statuses.add(e.code)
        except Exception as e:  # a timeout or a dropped connection is a result too
            body = b""
            statuses.add(type(e).__name__)
        times.append((time.perf_counter() - start) * 1000)
        size = len(body)
    first_ms = round(times[0], 1)
    times = sorted(times[WARMUP:])
    print(json.dumps({
        "sources": sources, "request": name, "status": "/".join(map(str, sorted(statuses, key=str))),
        "runs": runs, "p50_ms": round(times[len(times) // 2], 1),
        "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
        "first_ms": first_ms, "bytes": size, "rss_mb": rss_mb()}), flush=True)
