#!/usr/bin/env python3
"""Measures a running Trade Atlas cluster (cluster/run) and writes cluster-check.json.

    python3 cluster/check.py OUT/cluster.json OUT/cluster-check.json

- propagation_ms: a write through instance A until instance B answers the new value (p50, p99)
- read_your_writes: a write, then at once a read on the same instance: violations over 200 tries
- monotonic_violations: 10,000 reads alternating instances while a writer raises the figure
- replica_down_failed_requests: reads through HAProxy while the replica stops and starts again
- instance_down_failed_requests: reads through HAProxy while instance 2 gets SIGTERM and restarts
- throughput_ratio: uncached reads through HAProxy, two instances over one
"""
import base64
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from decimal import Decimal
from urllib.parse import urlparse

cluster = json.load(open(sys.argv[1]))
out_path = sys.argv[2]
AUTH = "Basic " + base64.b64encode(
    f"{cluster['editor']['username']}:{cluster['editor']['password']}".encode()).decode()
A, B = cluster["instances"]
LB = cluster["lb"]


class Client:
    """One keep-alive connection per base URL, for one thread."""

    def __init__(self):
        self.connections = {}

    def request(self, base, method, path, body=None, headers=None):
        url = urlparse(base)
        for attempt in (1, 2):
            conn = self.connections.get(base)
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                self.connections[base] = conn
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                data = response.read()
                return response.status, data
            except (http.client.HTTPException, ConnectionError, socket.timeout, OSError):
                conn.close()
                self.connections.pop(base, None)
                # a keep-alive connection the server closed meanwhile is not a failed request;
                # a second failure on a fresh connection is
                if attempt == 2:
                    raise


def control(*args):
    subprocess.run([cluster["control"], *args], check=True, stdout=subprocess.DEVNULL)


def haproxy(command):
    s = socket.socket(socket.AF_UNIX)
    s.connect(cluster["haproxy_socket"])
    s.sendall((command + "\n").encode())
    reply = s.recv(4096)
    s.close()
    return reply


client = Client()
status, body = client.request(A, "POST", "/api/v1/sources", json.dumps({
    "publisher": "SYNTHETIC cluster check", "outlet": "cluster/check.py",
    "title": "Cluster check figures", "publishedOn": "2026-11-01",
    "description": "Figures written to measure the cluster; not real data."}),
    {"Content-Type": "application/json", "Authorization": AUTH})
assert status == 201, body
SOURCE = json.loads(body)["id"]


def write(c, base, year, value):
    status, body = c.request(base, "POST", "/api/v1/trade/observations", json.dumps({
        "reporter": "TKM", "partner": "AFG", "flow": "EXPORT", "period": str(year),
        "valueUsd": value, "sourceId": SOURCE}),
        {"Content-Type": "application/json", "Authorization": AUTH})
    assert status in (200, 201), body


def read(c, base, year):
    status, body = c.request(
        base, "GET", f"/api/v1/trade/totals?reporter=TKM&partner=AFG&flow=EXPORT&period={year}")
    assert status == 200, body
    value = json.loads(body)["valueUsd"]
    return None if value is None else Decimal(str(value))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


results = {"machine": None, "consistency": cluster.get("consistency")}
try:
    cpu = open("/proc/cpuinfo").read().count("processor\t:")
    mem = int(open("/proc/meminfo").read().split()[1]) // 1024 // 1024
    results["machine"] = f"{cpu} cores, {mem} GiB; all processes on this machine (loopback)"
except OSError:
    pass

# ---- propagation: write through A, until B answers it
print("propagation ...", flush=True)
delays = []
for i in range(1, 201):
    write(client, A, 1990, i)
    written = time.perf_counter()
    while read(client, B, 1990) != i:
        pass
    delays.append((time.perf_counter() - written) * 1000)
results["propagation_ms"] = {"p50": round(percentile(delays, 50), 2),
                             "p99": round(percentile(delays, 99), 2),
                             "max": round(max(delays), 2), "writes": len(delays)}
print(results["propagation_ms"], flush=True)

# ---- read your writes: the writing instance answers its own write at once
print("read your writes ...", flush=True)
violations = 0
for i in range(1, 201):
    base = A if i % 2 else B
    write(client, base, 1991, i)
    if read(client, base, 1991) != i:
        violations += 1
results["read_your_writes"] = {"tries": 200, "violations": violations}
print(results["read_your_writes"], flush=True)

# ---- monotonic reads across instances while a writer raises the figure
print("monotonic reads ...", flush=True)
stop = threading.Event()
written_values = [0]


def writer():
    c = Client()
    value = 0
    while not stop.is_set():
        value += 1
        write(c, A if value % 2 else B, 1992, value)
        written_values[0] = value


write(client, A, 1992, 0)
w = threading.Thread(target=writer)
w.start()
last = Decimal(-1)
monotonic_violations = 0
for i in range(10000):
    value = read(client, A if i % 2 else B, 1992)
    if value < last:
        monotonic_violations += 1
    last = max(last, value)
stop.set()
w.join()
results["monotonic_violations"] = {"reads": 10000, "writes_meanwhile": written_values[0],
                                   "violations": monotonic_violations}
print(results["monotonic_violations"], flush=True)


# ---- load through HAProxy: uncached reads of real figures (a random period and asOf each)
def uncached_path():
    year = random.randint(2010, 2025)
    as_of = f"{random.randint(2012, 2026)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    return f"/api/v1/trade/totals?reporter=KGZ&partner=CHN&flow=TURNOVER&period={year}&asOf={as_of}"


def load(seconds_or_event, threads=4):
    """Reads through HAProxy; returns (requests, failures, seconds)."""
    counts = {"ok": 0, "failed": 0, "errors": []}
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = None if isinstance(seconds_or_event, threading.Event) else started + seconds_or_event

    def run():
        c = Client()
        ok = failed = 0
        while not (seconds_or_event.is_set() if deadline is None else time.perf_counter() > deadline):
            try:
                status, body = c.request(LB, "GET", uncached_path())
                if status == 200:
                    ok += 1
                else:
                    failed += 1
                    with lock:
                        counts["errors"].append(f"{status} {body[:200]!r}")
            except Exception as e:  # noqa: BLE001 - every failure counts
                failed += 1
                with lock:
                    counts["errors"].append(repr(e)[:200])
        with lock:
            counts["ok"] += ok
            counts["failed"] += failed

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for t in workers:
        t.start()
    return workers, counts, started


def finish(workers, counts, started):
    for t in workers:
        t.join()
    return {"requests": counts["ok"] + counts["failed"], "failed": counts["failed"],
            "seconds": round(time.perf_counter() - started, 1), "errors": counts["errors"][:5]}


def outage(name, stop, start, down_seconds):
    """Reads through HAProxy while one part is stopped and started again; failed requests counted."""
    print(f"{name} ...", flush=True)
    done = threading.Event()
    running = load(done)
    time.sleep(3)
    control(*stop)
    time.sleep(down_seconds)
    control(*start)
    time.sleep(5)
    done.set()
    r = finish(*running)
    key = name.replace(" ", "_")
    results[f"{key}_failed_requests"] = r["failed"]
    results[key] = r
    print(r, flush=True)


outage("replica down", ("--replica", "stop"), ("--replica", "start"), 5)
outage("instance down", ("--instance", "2", "stop"), ("--instance", "2", "start"), 2)

print("throughput ...", flush=True)
# instance 2 was just restarted: warm both, then alternate one and two instances, twice each
finish(*load(30))
rates = {"one": [], "two": []}
for _ in range(2):
    for setup in ("two", "one"):
        if setup == "one":
            haproxy("disable server instances/app2")
            time.sleep(1)
        r = finish(*load(10))
        rates[setup].append(r["requests"] / r["seconds"])
        haproxy("enable server instances/app2")
        time.sleep(1.5)
rps_two = statistics.mean(rates["two"])
rps_one = statistics.mean(rates["one"])
results["throughput_ratio"] = round(rps_two / rps_one, 2)
results["throughput"] = {"two_instances_rps": round(rps_two, 1), "one_instance_rps": round(rps_one, 1),
                         "client_threads": 4, "note": "uncached totals (random period and asOf); "
                         "the client (Python, 4 threads), HAProxy, both JVMs and PostgreSQL share 2 cores"}
print(results["throughput"], "ratio", results["throughput_ratio"], flush=True)

# where the reads of the whole check went, per instance (an account may read the metrics)
routed = {}
for base in (A, B):
    counts = {}
    for target in ("replica", "primary"):
        status, body = client.request(
            base, "GET", f"/actuator/metrics/trade.reads?tag=target:{target}",
            headers={"Authorization": AUTH})
        counts[target] = int(json.loads(body)["measurements"][0]["value"]) if status == 200 else None
    status, body = client.request(base, "GET", "/actuator/metrics/trade.reads.replica.behind",
                                  headers={"Authorization": AUTH})
    counts["primary_because_replica_behind"] = (
        int(json.loads(body)["measurements"][0]["value"]) if status == 200 else None)
    routed[base] = counts
results["reads_routed"] = routed
print(routed, flush=True)

json.dump(results, open(out_path, "w"), indent=2)
print(json.dumps(results, indent=2))
