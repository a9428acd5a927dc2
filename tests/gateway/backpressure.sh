#!/usr/bin/env bash
# backpressure.sh - a client that reads a long SSE stream slowly does not
# make the gateway buffer the stream: once about 1 MiB waits for the client
# the upstream is not read until the client catches up, so the gateway's
# memory stays flat while the upstream has produced many MiB; the client
# still gets the whole stream, [DONE] included. A client that goes away
# mid-stream ends the request (recorded with the status it was sent).
# Requests beyond an upstream's max_connections wait in line for one.
# Under ASan (whose quarantine keeps freed memory) the stream is shorter
# and memory is not judged.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

start_upstream
read -r KEY HASH < <(make_key k p)
cat >"$T/gw.yaml" <<YAML
server: {max_body_bytes: 4194304}
listeners: [{address: 127.0.0.1, port: 0}]
upstreams:
  - {name: u, url: "http://127.0.0.1:$UP_PORT", read_timeout_ms: 20000}
  - {name: one, url: "http://127.0.0.1:$UP_PORT", max_connections: 1}
routes:
  - {name: r, upstream: u, guardrails: false}
  - {name: one, upstream: one, paths: [/one/v1/chat/completions], guardrails: false}
policies: [{name: p, models: [gpt-test], max_body_bytes: 4194304}]
keys: [{id: k, policy: p, hash: "$HASH"}]
YAML
start_gateway "$T/gw.yaml" gw

ASAN=""
ldd "$SAIGUARD" 2>/dev/null | grep -q libasan && ASAN=1
WORDS=300000 # ~50 MB of SSE; buffering it would take 50+ MiB
[ -n "$ASAN" ] && WORDS=40000

case_ "slow reader of a long stream"
python3 - "$GW_PORT" "$KEY" "$GW_PID" "$WORDS" >"$T/slow.out" 2>&1 <<'PY'
import json, socket, sys, time
port, key, pid = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def rss():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
words = "w " * int(sys.argv[4])  # one SSE event per word
body = json.dumps({"model": "gpt-test", "stream": True,
                   "messages": [{"role": "user", "content": words}]}).encode()
s = socket.create_connection(("127.0.0.1", port), timeout=30)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key.encode() +
          b"\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
before = rss()
time.sleep(3)  # not reading: the upstream has long finished producing
held = rss()
got = b""
while not got.endswith(b"0\r\n\r\n"):
    c = s.recv(1 << 20)
    if not c:
        break
    got += c
print("rss before %d held %d MiB; received %d bytes; done %s" % (before, held, len(got), b"data: [DONE]" in got))
PY
read -r _ _ BEFORE _ HELD _ _ BYTES _ _ DONE <"$T/slow.out"
[ "$DONE" = True ] && [ "${BYTES:-0}" -gt $((WORDS * 130)) ] && ok "whole stream delivered ($BYTES bytes)" || fail "$(cat "$T/slow.out")"
if [ -n "$ASAN" ]; then
    ok "memory not judged under ASan (its quarantine keeps freed memory): RSS $BEFORE -> $HELD MiB"
else
    [ -n "$HELD" ] && [ $((HELD - BEFORE)) -lt 20 ] && ok "memory flat while the client lags (RSS $BEFORE -> $HELD MiB)" || fail "RSS grew: $(cat "$T/slow.out")"
fi

case_ "requests wait for a connection (max_connections: 1)"
CPIDS=()
for i in 1 2 3 4 5 6; do
    curl -s -o "$T/one.$i" -w '%{http_code}\n' --max-time 10 -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/json' --data-binary "$(chat gpt-test "__delay:150__ in line $i")" \
        "http://127.0.0.1:$GW_PORT/one/v1/chat/completions" >"$T/one.code.$i" &
    CPIDS+=($!)
done
wait "${CPIDS[@]}"
[ "$(cat "$T"/one.code.* | sort -u)" = 200 ] && grep -q 'in line 6' "$T/one.6" && ok "six requests served one after another" || fail "codes: $(cat "$T"/one.code.*)"

case_ "client gone mid-stream"
curl -sN --max-time 1 -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary '{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"a b c d e f g h i j k l m n o p __chunkdelay:200__"}]}' \
    "http://127.0.0.1:$GW_PORT/v1/chat/completions" >"$T/gone.out" || true
# The gateway notices the closed connection and records the request on its
# own time.
wait_metric "http://127.0.0.1:$GW_PORT" 'saiguard_gateway_requests_total{code="200"}' '[1-9][0-9]*' &&
    ok "stream recorded when the client left" || fail "no 200 recorded"
kill -0 "$GW_PID" && ok "gateway alive" || fail "gateway died"
