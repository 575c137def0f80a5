#!/usr/bin/env python3
"""Reruns security-review.md's F2, F3 and F5 reproductions against a running instance on this
machine (127.0.0.1 only) and prints what a legitimate client saw. docs/benchmarks.md records a run.

  bench/hostile.py BASE_URL            e.g. http://127.0.0.1:18081

F2: 220 connections from 127.0.0.50, each declaring a 10 MB body, sending 100 bytes, then one byte
    every 5 s (JSON POST, multipart POST, GET with a body), while a client on 127.0.0.2 asks for
    /api/v1/status every second.
F3: 8 concurrent anonymous multipart uploads of 300 MiB each: seconds to the answer, bytes the
    server took before answering (the upload stops as soon as an answer or a close arrives).
F5: 2,000 requests with a spoofed X-Forwarded-For, each a new address: how many were limited.
"""
import json, socket, sys, threading, time, urllib.parse, urllib.request

base = sys.argv[1].rstrip("/")
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port


def legit(seconds, results):
    end = time.time() + seconds
    while time.time() < end:
        s = socket.socket()
        s.bind(("127.0.0.2", 0))
        s.settimeout(5)
        try:
            s.connect((host, port))
            s.sendall(b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            line = s.recv(64).split(b"\r\n")[0].decode()
            results.append(line.split(" ")[1] if line else "closed")
        except Exception as e:
            results.append(type(e).__name__)
        finally:
            s.close()
        time.sleep(1)


def slow(kind, n, seconds):
    heads = {
        "json": b"POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n",
        "multipart": b"POST /api/v1/trade/imports HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n",
        "get": b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\n",
    }
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.50", 0))
        s.settimeout(2)
        try:
            s.connect((host, port))
            s.sendall(heads[kind] + b"Content-Length: 10000000\r\n\r\n" + b"a" * 100)
            socks.append(s)
        except Exception:
            s.close()
    end = time.time() + seconds
    while time.time() < end:
        time.sleep(5)
        for s in list(socks):
            try:
                s.send(b"a")
            except Exception:
                socks.remove(s)
    open_left = len(socks)
    for s in socks:
        s.close()
    return open_left


def f2():
    for kind in ("json", "multipart", "get"):
        results = []
        t = threading.Thread(target=legit, args=(20, results))
        t.start()
        left = slow(kind, 220, 20)
        t.join()
        ok = sum(1 for r in results if r == "200")
        print(json.dumps({"finding": "F2", "variant": kind, "slow_connections": 220,
                          "still_open_after_20s": left, "legit_requests": len(results),
                          "legit_200": ok, "legit_other": [r for r in results if r != "200"]}))


def upload(results):
    s = socket.socket()
    s.settimeout(30)
    s.connect((host, port))
    size = 300 << 20
    start = time.time()
    s.sendall(b"POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
              + b"Content-Length: " + str(size).encode() + b"\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n")
    sent, chunk, status = 0, b"a" * 65536, None
    s.setblocking(False)
    while sent < size:
        try:
            data = s.recv(256)
            status = data.split(b"\r\n")[0].decode() if data else "closed"
            break
        except BlockingIOError:
            pass
        except Exception as e:
            status = type(e).__name__
            break
        try:
            sent += s.send(chunk)
        except BlockingIOError:
            time.sleep(0.001)
        except Exception as e:
            status = type(e).__name__
            break
    results.append({"status": status, "bytes_sent": sent, "seconds": round(time.time() - start, 2)})
    s.close()


def f3():
    results = []
    threads = [threading.Thread(target=upload, args=(results,)) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(json.dumps({"finding": "F3", "uploads": results}))


def f5():
    limited = 0
    for i in range(2000):
        req = urllib.request.Request(base + "/api/v1/status",
                                     headers={"X-Forwarded-For": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}"})
        try:
            urllib.request.urlopen(req, timeout=5).read()
        except urllib.error.HTTPError as e:
            if e.code == 429:
                limited += 1
    print(json.dumps({"finding": "F5", "spoofed_requests": 2000, "limited_429": limited}))


f3()
f2()
f5()
