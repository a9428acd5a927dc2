#!/usr/bin/env python3
"""rawhttp.py - raw-socket probes for the gateway tests (things no HTTP
client library will send): request smuggling, malformed requests, oversize
headers, slowloris, keep-alive across a reload, and many idle connections.
Usage: rawhttp.py CASE PORT [ARGS...]; prints the result, exit 0 if as expected.
       rawhttp.py blackhole SECONDS: an unreachable port for connect timeouts."""
import socket
import sys
import time


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s


def read_message(s, pending=b""):
    """One HTTP message with a Content-Length body (or none) from s, after the
    bytes already read in pending: (head, body, the bytes after it). If the
    peer closes before the head ends: (what came, None, b""). Keep-alive
    readers pass the third item back as pending; a body cut short by the
    close is returned as it came."""
    data = pending
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return data, None, b""
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
    return head, body[:length], body[length:]


def read_response(s):
    head, body, _ = read_message(s)
    return head if body is None else head + b"\r\n\r\n" + body


def error_code(resp):
    """The OpenAI-shaped error's code in a response, or None."""
    import json
    try:
        return json.loads(resp.partition(b"\r\n\r\n")[2])["error"]["code"]
    except Exception:
        return None


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


def blackhole(seconds):
    """A port whose accept queue is full: connecting to it hangs (SYNs are
    dropped), which is how an unreachable upstream looks. Prints PORT n."""
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(0)
    port = lst.getsockname()[1]
    held = []
    for _ in range(3):
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        held.append(c)
    time.sleep(0.2)
    print("PORT", port, flush=True)
    time.sleep(seconds)
    return 0


def main():
    if sys.argv[1] == "blackhole":
        return blackhole(float(sys.argv[2]))
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
    if case == "smuggle-te-te":
        s = connect(port)
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n")
        r = read_response(s)
        print(status(r), error_code(r))
        return 0 if status(r) == 400 and error_code(r) == "ambiguous_framing" else 1
    if case == "malformed":
        # Not HTTP: an OpenAI-shaped 400 (evhttp could only close).
        s = connect(port)
        s.sendall(b"\x00\x01GARBAGE \xff\xfe\r\n\r\n")
        r = read_response(s)
        print(status(r), error_code(r), "closed" if closed_after(s) else "open")
        return 0 if status(r) == 400 and error_code(r) == "malformed_request" else 1
    if case == "bad-version":
        s = connect(port)
        s.sendall(b"GET /healthz HTTP/9.x\r\nHost: x\r\n\r\n")
        r = read_response(s)
        print(status(r), error_code(r))
        return 0 if status(r) == 400 and error_code(r) == "malformed_request" else 1
    if case == "huge-header":
        s = connect(port)
        try:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200000 + b"\r\n\r\n")
            r = read_response(s)
        except (ConnectionResetError, BrokenPipeError):
            r = b""
        print(status(r), error_code(r))
        return 0 if status(r) == 431 and error_code(r) == "headers_too_large" else 1
    if case == "declared-too-large":
        # Refused from Content-Length alone, before any body byte is sent.
        s = connect(port)
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Content-Length: 900000000\r\n\r\n")
        r = read_response(s)
        print(status(r), error_code(r))
        return 0 if status(r) == 413 and error_code(r) == "body_too_large" else 1
    if case == "pipeline":
        # Three requests in one write: answered in order on one connection.
        s = connect(port)
        post = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + post +
                  b"GET /v1/nope HTTP/1.1\r\nHost: x\r\n\r\n")
        f = s.makefile("rb")  # buffered: responses may arrive in one segment
        got = []
        for _ in range(3):
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                line = f.readline()
                if not line:
                    break
                head += line
            n = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
            got.append(head + f.read(n[0] if n else 0))
        sts = [status(r) for r in got]
        print(*sts)
        return 0 if sts == [200, 200, 404] and b"hello there" in got[1] else 1
    if case == "http10":
        # HTTP/1.0 without keep-alive: answered, then closed.
        s = connect(port)
        s.sendall(b"GET /healthz HTTP/1.0\r\n\r\n")
        r = read_response(s)
        print(status(r), "closed" if closed_after(s) else "open")
        return 0 if status(r) == 200 and closed_after(s) else 1
    if case == "expect":
        # Expect: 100-continue gets its interim answer before the body is sent.
        s = connect(port)
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + auth +
                  b"Expect: 100-continue\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body))
        interim = b""
        while b"\r\n\r\n" not in interim:
            c = s.recv(1)
            if not c:
                break
            interim += c
        s.sendall(body)
        r = read_response(s)
        print(status(interim), status(r))
        return 0 if status(interim) == 100 and status(r) == 200 else 1
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


if __name__ == "__main__":
    sys.exit(main())
