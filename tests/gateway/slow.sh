#!/usr/bin/env bash
# slow.sh - the slow-request limits an inactivity timeout alone lacks (it is
# reset by every byte): a head dribbled byte by byte is cut off at
# server.header_timeout_s, a body slower than server.min_body_rate is cut
# off, both with an OpenAI-shaped 408; a body above the floor and a slow
# upstream answer are not affected.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

start_upstream
read -r KEY HASH < <(make_key k p)
cat >"$T/gw.yaml" <<YAML
server: {header_timeout_s: 2, min_body_rate: 2000, idle_timeout_s: 30}
listeners: [{address: 127.0.0.1, port: 0}]
upstreams: [{name: u, url: "http://127.0.0.1:$UP_PORT"}]
routes: [{name: r, upstream: u}]
policies: [{name: p, models: [gpt-test]}]
keys: [{id: k, policy: p, hash: "$HASH"}]
YAML
sed 's/header_timeout_s: 2/header_timeout_s: 0/' "$T/gw.yaml" >"$T/bad.yaml"
case_ "configuration"
expect_rc 2 "$SAIGUARD" gateway check-config "$T/bad.yaml"
expect_err_contains "header_timeout_s"
start_gateway "$T/gw.yaml" gw

# probe MODE: sends a request the MODE way; prints "<seconds> <status> <error code>".
probe() {
    python3 - "$GW_PORT" "$KEY" "$1" <<'PY'
import json, socket, sys, time
port, key, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = "x" * 3000
body = json.dumps({"model": "gpt-test", "messages": [{"role": "user", "content": text if mode != "slowupstream" else "__delay:2500__ hi"}]}).encode()
head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key.encode() +
        b"\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
s = socket.create_connection(("127.0.0.1", port), timeout=15)
t0 = time.time()
try:
    if mode == "dribble":            # the head, one byte every 0.2 s
        for b in head:
            s.sendall(bytes([b]))
            time.sleep(0.2)
    elif mode == "slowbody":         # the head at once, then 20 bytes/s
        s.sendall(head)
        for i in range(0, len(body), 4):
            s.sendall(body[i:i + 4])
            time.sleep(0.2)
    elif mode == "steadybody":       # ~10 KB/s, above the 2,000 bytes/s floor
        s.sendall(head)
        for i in range(0, len(body), 1000):
            s.sendall(body[i:i + 1000])
            time.sleep(0.1)
    else:                            # slowupstream: all at once
        s.sendall(head + body)
except (BrokenPipeError, ConnectionResetError):
    pass
data = b""
try:
    while True:
        c = s.recv(65536)
        if not c:
            break
        data += c
        if b"\r\n\r\n" in data:
            h, _, b = data.partition(b"\r\n\r\n")
            n = [int(l.split(b":")[1]) for l in h.split(b"\r\n") if l.lower().startswith(b"content-length:")]
            if n and len(b) >= n[0]:
                break
except (socket.timeout, ConnectionResetError):
    pass
st = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "0"
code = "-"
try:
    code = json.loads(data.partition(b"\r\n\r\n")[2])["error"]["code"]
except Exception:
    pass
print("%.1f %s %s" % (time.time() - t0, st, code))
PY
}

case_ "head dribbled byte by byte"
read -r SECS ST CODE < <(probe dribble)
[ "$ST" = 408 ] && [ "$CODE" = request_timeout ] && ok "408 request_timeout after ${SECS}s" || fail "got $ST $CODE after ${SECS}s"
python3 -c "import sys; sys.exit(0 if 1.9 <= $SECS <= 4 else 1)" && ok "cut at the 2 s head deadline" || fail "cut after ${SECS}s"

case_ "body below the rate floor"
read -r SECS ST CODE < <(probe slowbody)
[ "$ST" = 408 ] && [ "$CODE" = request_timeout ] && ok "408 after ${SECS}s" || fail "got $ST $CODE after ${SECS}s"

case_ "body above the floor"
read -r SECS ST CODE < <(probe steadybody)
[ "$ST" = 200 ] && ok "200 after ${SECS}s" || fail "got $ST $CODE after ${SECS}s"

case_ "slow upstream answer is not a slow request"
read -r SECS ST CODE < <(probe slowupstream)
[ "$ST" = 200 ] && ok "200 after ${SECS}s" || fail "got $ST $CODE after ${SECS}s"

case_ "metrics"
req GET "http://127.0.0.1:$GW_PORT/metrics" ""
N=$(printf '%s\n' "$BODY" | awk '$1=="saiguard_gateway_slow_requests_total"{print $2}')
[ "$N" = 2 ] && ok "slow_requests_total 2" || fail "slow_requests_total '$N'"
req GET "http://127.0.0.1:$GW_PORT/healthz" ""
expect_code 200
