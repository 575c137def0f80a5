#!/usr/bin/python3
"""Restores the running HA cluster's backup (cluster/run) to a fresh node at a point in time between
two known writes, and proves the restored database holds exactly the writes before that point.
Writes restore-drill.json.

    /usr/bin/python3 cluster/restore_drill.py OUT/cluster.json OUT/restore-drill.json

1. write A (a source, through the service), then in one snapshot: every table's row count and
   checksum (md5 of its rows in order) and the target time (clock_timestamp());
2. write B, switch the WAL segment and wait until it is archived;
3. pgbackrest restore --type=time --target=<target> into an empty directory, start PostgreSQL there
   on its own port and wait until recovery has stopped at the target and the node is promoted;
4. compare: every table's count and checksum as in the snapshot, A present, B absent.

restore_s is step 3 (restore command to a promoted node answering queries); restore_verified is
step 4. The restored node is stopped and removed afterwards. Uses psycopg2.
"""
import base64
import http.client
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import timezone
from urllib.parse import urlparse

import psycopg2

cluster = json.load(open(sys.argv[1]))
out_path = sys.argv[2]
HA = cluster["ha"]
if not HA:
    sys.exit("cluster.json describes a cluster without HA (cluster/run --no-ha): no backups to restore")
STATE = cluster["state"]
CONF = HA["pgbackrest_config"]
PGBIN = HA["pgbin"]
PRIMARY_PORT = cluster["primary"]["port"]
RESTORED = f"{STATE}/restored"
RESTORED_PORT = 55459
AUTH = "Basic " + base64.b64encode(
    f"{cluster['editor']['username']}:{cluster['editor']['password']}".encode()).decode()


def as_postgres(*args, **kwargs):
    return subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, **kwargs)


def new_source(title):
    url = urlparse(cluster["lb"])
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request("POST", "/api/v1/sources", body=json.dumps({
        "publisher": "SYNTHETIC restore drill", "outlet": "cluster/restore_drill.py", "title": title,
        "publishedOn": "2026-11-01", "description": "Written to prove a point-in-time restore."}),
        headers={"Content-Type": "application/json", "Authorization": AUTH})
    response = conn.getresponse()
    body = response.read()
    assert response.status == 201, body
    return json.loads(body)["id"]


def connect(port, dbname="trade"):
    return psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname=dbname,
                            connect_timeout=3)


def fingerprint(cur):
    """Every table of the public schema: its row count and the md5 of its rows in order."""
    cur.execute("select tablename from pg_tables where schemaname = 'public' order by tablename")
    tables = [r[0] for r in cur.fetchall()]
    result = {}
    for table in tables:
        cur.execute(f'select count(*), md5(coalesce(string_agg(t::text, \'|\' order by t::text), \'\')) '
                    f'from public."{table}" t')
        count, digest = cur.fetchone()
        result[table] = {"rows": count, "md5": digest}
    return result


results = {"tool": subprocess.run(["pgbackrest", "version"], capture_output=True, text=True).stdout.strip()}

# 1. write A, then the snapshot and the target time together
a = new_source("restore drill: A, before the target")
time.sleep(1)
with connect(PRIMARY_PORT) as conn:
    conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
    with conn.cursor() as cur:
        before = fingerprint(cur)
        cur.execute("select clock_timestamp()")
        target = cur.fetchone()[0]
time.sleep(1)

# 2. write B after the target; its WAL segment archived
b = new_source("restore drill: B, after the target")
# autocommit, and no "with conn" (in psycopg2 2.9 it opens a transaction even so), so that every
# poll of pg_stat_archiver sees a fresh snapshot of the statistics
conn = connect(PRIMARY_PORT)
conn.autocommit = True
try:
    with conn.cursor() as cur:
        cur.execute("select pg_walfile_name(pg_switch_wal())")
        segment = cur.fetchone()[0]
        deadline = time.time() + 120
        while time.time() < deadline:
            cur.execute("select last_archived_wal from pg_stat_archiver")
            archived = cur.fetchone()[0]
            if archived and archived[8:] >= segment[8:]:
                break
            time.sleep(0.5)
        else:
            sys.exit(f"WAL segment {segment} was not archived within 120 s")
finally:
    conn.close()
# pgBackRest's form: milliseconds at most (A and B are a second either side of it), UTC offset
target_text = target.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + "+00"
results["writes"] = {"a_before_target": a, "b_after_target": b, "target": target_text,
                     "last_segment": segment}
print(results["writes"], flush=True)

# 3. restore to a fresh directory and start it
subprocess.run([f"{PGBIN}/pg_ctl", "-D", RESTORED, "-m", "immediate", "stop"],
               capture_output=True)
shutil.rmtree(RESTORED, ignore_errors=True)
os.makedirs(RESTORED, mode=0o700)
shutil.chown(RESTORED, "postgres")
started = time.time()
as_postgres("pgbackrest", f"--config={CONF}", "--stanza=trade", f"--pg1-path={RESTORED}",
            "--type=time", f"--target={target_text}", "--target-action=promote", "restore")
with open(f"{RESTORED}/postgresql.auto.conf", "a") as f:
    # its own port and no part in the cluster: not archiving into the cluster's repository, not
    # waiting for a synchronous standby, the restored pg_hba of the node it was taken from
    f.write(f"\nport = {RESTORED_PORT}\nlisten_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{STATE}'\narchive_mode = off\n"
            "synchronous_standby_names = ''\nprimary_conninfo = ''\nprimary_slot_name = ''\n"
            f"hba_file = '{RESTORED}/pg_hba.conf'\nident_file = '{RESTORED}/pg_ident.conf'\n")
as_postgres(f"{PGBIN}/pg_ctl", "-D", RESTORED, "-l", f"{STATE}/restored.log", "-w", "-t", "300",
            "start", stdout=subprocess.DEVNULL)
deadline = time.time() + 300
while True:
    try:
        with connect(RESTORED_PORT) as conn:
            with conn.cursor() as cur:
                cur.execute("select pg_is_in_recovery()")
                if cur.fetchone()[0] is False:
                    break
    except psycopg2.Error:
        pass
    if time.time() > deadline:
        sys.exit("the restored node was not promoted within 300 s; see restored.log")
    time.sleep(0.2)
results["restore_s"] = round(time.time() - started, 2)

# 4. compare
with connect(RESTORED_PORT) as conn:
    with conn.cursor() as cur:
        after = fingerprint(cur)
        cur.execute("select count(*) filter (where id = %s), count(*) filter (where id = %s) from source",
                    (a, b))
        has_a, has_b = cur.fetchone()
differing = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
results["tables"] = len(before)
results["rows"] = sum(t["rows"] for t in before.values())
results["tables_differing"] = {t: {"snapshot": before.get(t), "restored": after.get(t)}
                               for t in differing}
results["a_present"] = has_a == 1
results["b_absent"] = has_b == 0
results["restore_verified"] = not differing and has_a == 1 and has_b == 0
subprocess.run(["runuser", "-u", "postgres", "--", f"{PGBIN}/pg_ctl", "-D", RESTORED, "-m", "fast",
                "-w", "stop"], capture_output=True)
shutil.rmtree(RESTORED, ignore_errors=True)
info = subprocess.run(["runuser", "-u", "postgres", "--", "pgbackrest", f"--config={CONF}",
                       "--stanza=trade", "--output=json", "info"], capture_output=True, text=True)
try:
    backups = json.loads(info.stdout)[0]["backup"]
    results["backup"] = {"label": backups[-1]["label"], "type": backups[-1]["type"],
                         "size_bytes": backups[-1]["info"]["size"]}
except (ValueError, KeyError, IndexError):
    pass
json.dump(results, open(out_path, "w"), indent=2, default=str)
print(json.dumps({k: results[k] for k in ("restore_s", "restore_verified", "tables", "rows",
                                          "a_present", "b_absent")}, indent=2))
