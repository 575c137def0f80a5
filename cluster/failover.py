#!/usr/bin/python3
"""Kills the primary of a running HA cluster (cluster/run) while writes and reads go on, and
writes cluster-check-failover.json.

    /usr/bin/python3 cluster/failover.py OUT/cluster.json OUT/cluster-check-failover.json

Each phase runs two writers (POST /api/v1/sources through HAProxy, every 201 remembered with its
id) and two readers (GET through HAProxy), while a monitor asks every PostgreSQL node every 200 ms
whether it is in recovery (two nodes out of recovery at once is a split brain):

- kill_postgres: kill -9 of the primary's postmaster (Patroni stays and brings it back)
- kill_node: kill -9 of the primary's Patroni and postmaster together (the node is lost; the
  synchronous standby takes over once the leader key expires); the node is then started again and
  rejoins as a replica
- stop_patroni: SIGTERM to the primary's Patroni, as a service manager stops it (it stops
  PostgreSQL and hands the leader key over)
- switchover: patronictl switchover back to node1, planned

Per phase: failover_s (the primary lost → the first acknowledged write after the last refused
one), write_outage_s (the first refused write → that write), failed_writes, failed_reads,
acknowledged_writes_lost (every 201 looked up on the new primary afterwards), split_brain (polls
that saw two primaries), the old and new primary, and listener_follows: a write through instance A
is answered by instance B within 10 s (LISTEN/NOTIFY and read routing followed the failover
without a restart). Uses psycopg2 (Debian's python3-psycopg2, which Patroni needs too).
"""
import base64
import http.client
import json
import subprocess
import sys
import threading
import time
from decimal import Decimal
from urllib.parse import urlparse

import psycopg2

cluster = json.load(open(sys.argv[1]))
out_path = sys.argv[2]
HA = cluster["ha"]
if not HA:
    sys.exit("cluster.json describes a cluster without HA (cluster/run --no-ha): nothing to fail over")
AUTH = "Basic " + base64.b64encode(
    f"{cluster['editor']['username']}:{cluster['editor']['password']}".encode()).decode()
LB = cluster["lb"]
A, B = cluster["instances"]
NODES = HA["nodes"]
PRIMARY_PORT = cluster["primary"]["port"]
STATE = cluster["state"]


def request(base, method, path, body=None, timeout=30):
    url = urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        headers = {"Authorization": AUTH}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def control(*args):
    subprocess.run([cluster["control"], *args], check=True, stdout=subprocess.DEVNULL)


def rest(node, path):
    try:
        status, _ = request(node["rest"], "GET", path, timeout=2)
        return status
    except OSError:
        return None


def primary_node():
    for i, node in enumerate(NODES, start=1):
        if rest(node, "/primary") == 200:
            return i
    return None


def in_recovery(node):
    try:
        with psycopg2.connect(host="127.0.0.1", port=node["port"], user="postgres",
                              dbname="postgres", connect_timeout=1) as conn:
            with conn.cursor() as cur:
                cur.execute("select pg_is_in_recovery()")
                return cur.fetchone()[0]
    except psycopg2.Error:
        return None


def wait_healthy(seconds=120):
    """Until Patroni has a primary and two streaming replicas."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if primary_node() and sum(rest(n, "/replica") == 200 for n in NODES) == 2:
            return True
        time.sleep(1)
    return False


def listener_follows():
    """A figure written through A is read through B within 10 s."""
    value = int(time.time() * 1000) % 1_000_000_000
    status, body = request(A, "POST", "/api/v1/trade/observations", {
        "reporter": "TKM", "partner": "AFG", "flow": "EXPORT", "period": "1985",
        "valueUsd": value, "sourceId": SOURCE})
    if status not in (200, 201):
        return False
    deadline = time.time() + 10
    while time.time() < deadline:
        status, body = request(B, "GET",
                               "/api/v1/trade/totals?reporter=TKM&partner=AFG&flow=EXPORT&period=1985")
        if status == 200 and Decimal(str(json.loads(body)["valueUsd"])) == value:
            return True
        time.sleep(0.1)
    return False


status, body = request(A, "POST", "/api/v1/sources", {
    "publisher": "SYNTHETIC failover check", "outlet": "cluster/failover.py",
    "title": "Failover check figures", "publishedOn": "2026-11-01",
    "description": "Written to measure failover; not real data."})
assert status == 201, body
SOURCE = json.loads(body)["id"]


def phase(name, action, settle=None):
    print(f"{name} ...", flush=True)
    assert wait_healthy(), "the cluster is not healthy before the phase"
    old = primary_node()
    stop = threading.Event()
    lock = threading.Lock()
    acked, refused_at, ok_at = [], [], []
    reads = {"ok": 0, "failed": 0, "errors": []}
    brains = {"polls": 0, "split": 0}

    def writer(k):
        i = 0
        while not stop.is_set():
            i += 1
            t = time.time()
            try:
                status, body = request(LB, "POST", "/api/v1/sources", {
                    "publisher": "SYNTHETIC failover check", "outlet": f"writer {k}",
                    "title": f"{name} {k}-{i}", "publishedOn": "2026-11-01",
                    "description": "An acknowledged write, looked up after the failover."},
                    timeout=40)
            except OSError:
                status, body = None, b""
            with lock:
                if status == 201:
                    acked.append(json.loads(body)["id"])
                    ok_at.append(time.time())
                else:
                    refused_at.append(t)
            if status != 201:
                time.sleep(0.05)

    def reader():
        while not stop.is_set():
            try:
                status, body = request(LB, "GET", f"/api/v1/sources/{SOURCE}", timeout=40)
            except OSError as e:
                status, body = None, repr(e).encode()
            with lock:
                if status == 200:
                    reads["ok"] += 1
                else:
                    reads["failed"] += 1
                    reads.setdefault("failed_at", []).append(time.time())
                    reads["errors"].append(f"{status} {body[:120]!r}")
            if status != 200:
                time.sleep(0.05)  # as a client backing off would; failures are not counted in a spin

    def monitor():
        while not stop.is_set():
            primaries = [n["name"] for n in NODES if in_recovery(n) is False]
            with lock:
                brains["polls"] += 1
                if len(primaries) > 1:
                    brains["split"] += 1
                    brains.setdefault("seen", []).append(primaries)
            time.sleep(0.2)

    threads = [threading.Thread(target=writer, args=(k,)) for k in (1, 2)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    threads.append(threading.Thread(target=monitor))
    for t in threads:
        t.start()
    time.sleep(3)
    lost_at = time.time()
    action(old)
    # until writes have been acknowledged for 5 s after the last refusal (at most 120 s)
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.5)
        with lock:
            last_refused = max(refused_at) if refused_at else None
            recovered = [t for t in ok_at if last_refused is None or t > last_refused]
        if recovered and time.time() - recovered[0] > 5:
            break
    if settle:
        settle(old)
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join()
    new = primary_node()
    first_ok = min((t for t in ok_at if not refused_at or t > max(refused_at)), default=None)
    with psycopg2.connect(host="127.0.0.1", port=PRIMARY_PORT, user="postgres", dbname="trade",
                          connect_timeout=5) as conn:
        with conn.cursor() as cur:
            cur.execute("select count(*) from source where id = any(%s)", (acked,))
            present = cur.fetchone()[0]
    result = {
        "old_primary": f"node{old}", "new_primary": f"node{new}" if new else None,
        "failover_s": round(first_ok - lost_at, 2) if first_ok else None,
        "write_outage_s": round(first_ok - min(refused_at), 2) if refused_at and first_ok else 0.0,
        "acknowledged_writes": len(acked), "failed_writes": len(refused_at),
        "acknowledged_writes_lost": len(acked) - present,
        "reads": reads["ok"] + reads["failed"], "failed_reads_during_failover": reads["failed"],
        "read_outage_s": round(max(reads["failed_at"]) - min(reads["failed_at"]), 2)
        if reads.get("failed_at") else 0.0,
        "read_errors": reads["errors"][:3],
        "split_brain": brains["split"], "split_brain_polls": brains["polls"],
        "listener_follows": listener_follows(),
    }
    print(result, flush=True)
    return result


def restart_node(old):
    control("--node", str(old), "start")
    wait_healthy()


results = {"nodes": len(NODES), "synchronous_mode": True, "ttl_s": 10, "loop_wait_s": 2}
results["kill_postgres"] = phase(
    "kill -9 the primary's PostgreSQL", lambda n: control("--node", str(n), "kill-postgres"))
results["kill_node"] = phase(
    "kill -9 the primary's Patroni and PostgreSQL", lambda n: control("--node", str(n), "kill"),
    settle=restart_node)
results["stop_patroni"] = phase(
    "stop the primary's Patroni", lambda n: control("--node", str(n), "stop"), settle=restart_node)


def switchover(old):
    target = "node1" if old != 1 else "node2"
    subprocess.run(["runuser", "-u", "postgres", "--", "patronictl", "-c",
                    f"{STATE}/patroni-1.yml", "switchover", "--leader", f"node{old}",
                    "--candidate", target, "--force"], check=True, stdout=subprocess.DEVNULL)


results["switchover"] = phase("switchover back", switchover)
phases = [results[k] for k in ("kill_postgres", "kill_node", "stop_patroni", "switchover")]
results["summary"] = {
    "failover_s_max": max(p["failover_s"] or 0 for p in phases),
    "acknowledged_writes_lost": sum(p["acknowledged_writes_lost"] for p in phases),
    "split_brain": sum(p["split_brain"] for p in phases),
    "failed_reads_during_failover": sum(p["failed_reads_during_failover"] for p in phases),
    "read_outage_s_max": max(p["read_outage_s"] for p in phases),
    "listener_follows": all(p["listener_follows"] for p in phases),
    "targets": "failover ≤ 30 s, 0 acknowledged writes lost, 0 split brain",
}
json.dump(results, open(out_path, "w"), indent=2)
print(json.dumps(results["summary"], indent=2))
