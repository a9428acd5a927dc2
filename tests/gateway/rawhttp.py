#!/usr/bin/env python3
"""rawhttp.py - raw-socket probes for the gateway tests (things no HTTP
client library will send): request smuggling, malformed requests, oversize
headers, slowloris, keep-alive across a reload, and many idle connections.
Usage: rawhttp.py CASE PORT [ARGS...]; prints the result, exit 0 if as expected."""
import socket
import sys
import time


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s


def read_response(s):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v.strip())
    while len(body) < length:
        chunk = s.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def status(resp):
    try:
        return int(resp.split(b" ", 2)[1])
    except Exception:
        return 0


def closed_after(s):
    s.settimeout(3)
    try:
        return s.recv(1) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False


def main():
    case, port = sys.argv[1], int(sys.argv[2])
    key = sys.argv[3] if len(sys.argv) > 3 else "x"
    body = b'{"model":"gpt-test","messages":[{"role":"user","content":"hello there"}]}'
    auth = b"Authorization: Bearer " + key.encode() + b"\r\n"
    if case == "smuggle-cl-te":
        s = connect(port)
        smuggled = b"0\r\n\r\nPOST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n\r\n"
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Content-Length: %d\r\nTransfer-Encoding: chunked\r\n\r\n" % len(smuggled) + smuggled)
        r = read_response(s)
        print(status(r), "closed" if closed_after(s) else "open")
        return 0 if status(r) == 400 and closed_after(s) else 1
    if case == "smuggle-cl-cl":
        s = connect(port)
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Content-Length: %d\r\nContent-Length: 5\r\n\r\n" % len(body) + body)
        r = read_response(s)
        print(status(r))
        return 0 if status(r) == 400 else 1
    if case == "smuggle-te-obfuscated":
        s = connect(port)
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Transfer-Encoding: xchunked\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        r = read_response(s)
        print(status(r))
        return 0 if status(r) == 400 else 1
    if case == "malformed":
        s = connect(port)
        s.sendall(b"\x00\x01GARBAGE \xff\xfe\r\n\r\n")
        r = read_response(s)
        print(status(r) or "closed")
        return 0 if status(r) in (0, 400) else 1
    if case == "huge-header":
        s = connect(port)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200000 + b"\r\n\r\n")
        try:
            r = read_response(s)
        except (ConnectionResetError, BrokenPipeError):
            r = b""
        print(status(r) or "closed")
        return 0 if status(r) in (0, 400, 413, 431) else 1
    if case == "slowloris":
        # Dribbles a header and must be cut off by the idle timeout (given as ARGS).
        limit = float(sys.argv[3])
        s = connect(port)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        t0 = time.time()
        s.settimeout(limit + 10)
        try:
            while s.recv(1024):
                pass
        except (ConnectionResetError, socket.timeout):
            pass
        took = time.time() - t0
        print("closed after %.1fs" % took)
        return 0 if took < limit + 5 else 1
    if case == "keepalive":
        # Two requests on one connection with a pause for the test to act
        # (e.g. SIGHUP) in between: prints both statuses.
        s = connect(port)
        req = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
               b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        s.sendall(req)
        a = status(read_response(s))
        sys.stdout.write("first %d\n" % a)
        sys.stdout.flush()
        time.sleep(float(sys.argv[4]))
        s.sendall(req)
        b = status(read_response(s))
        print("second %d" % b)
        return 0 if a == 200 and b == 200 else 1
    if case == "idle":
        # Opens N idle connections, holds them, then checks a request still works.
        n = int(sys.argv[3])
        hold = float(sys.argv[4]) if len(sys.argv) > 4 else 0
        conns = []
        for _ in range(n):
            conns.append(connect(port))
        sys.stdout.write("opened %d\n" % n)
        sys.stdout.flush()
        time.sleep(hold)
        s = connect(port)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        st = status(read_response(s))
        print("healthz", st)
        for c in conns:
            c.close()
        return 0 if st == 200 else 1
    print("unknown case", case)
    return 2


sys.exit(main())
