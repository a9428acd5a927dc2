#!/usr/bin/env bash
# tls.sh - TLS on both sides: the gateway terminates TLS for its clients
# (curl and the openai client verify its certificate) and speaks TLS to an
# HTTPS upstream, verifying it against a configured CA; an upstream it cannot
# verify is refused with 502; plain HTTP on the TLS port fails cleanly;
# keep-alive and the slow-request 408 work over TLS.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$T/key.pem" -out "$T/cert.pem" 2>/dev/null
TLS_CERT="$T/cert.pem" TLS_KEY="$T/key.pem" start_upstream
read -r KEY HASH < <(make_key k p)
cat >"$T/gw.yaml" <<YAML
server: {header_timeout_s: 1}
listeners:
  - {address: 127.0.0.1, port: 0, tls: {cert: cert.pem, key: key.pem}}
upstreams:
  - {name: good, url: "https://localhost:$UP_PORT", ca_file: cert.pem}
  - {name: unverifiable, url: "https://localhost:$UP_PORT"}
routes:
  - {name: openai, upstream: good}
  - {name: bad, upstream: unverifiable, paths: [/bad/v1/chat/completions]}
policies: [{name: p, models: [gpt-test, embed-test], tools: [get_weather], max_tokens: 1000}]
keys: [{id: k, policy: p, hash: "$HASH"}]
YAML
start_gateway "$T/gw.yaml" gw
G="https://localhost:$GW_PORT"

case_ "TLS termination"
CODE=$(curl -s -o "$T/b" -w '%{http_code}' --cacert "$T/cert.pem" "$G/healthz")
[ "$CODE" = 200 ] && ok "healthz over TLS" || fail "healthz: $CODE"
CODE=$(curl -s -o /dev/null -w '%{http_code}' "$G/healthz")
[ "$CODE" = 000 ] && ok "unknown CA refused by the client" || fail "got $CODE"
CODE=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$GW_PORT/healthz")
[ "$CODE" != 200 ] && ok "plain HTTP on the TLS port fails ($CODE)" || fail "plain HTTP answered"

# A raw TLS client: two requests on one connection, then a head left
# unfinished, which must be cut off with a JSON 408 over TLS.
python3 - "$GW_PORT" "$T/cert.pem" >"$T/raw.out" 2>&1 <<'PY'
import socket, ssl, sys, time
ctx = ssl.create_default_context(cafile=sys.argv[2])
s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10), server_hostname="localhost")
f = s.makefile("rb")
def response():
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = f.readline()
        if not line:
            return head
        head += line
    n = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
    return head + f.read(n[0] if n else 0)
for _ in range(2):
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    print("keepalive", response().split(b" ")[1].decode())
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
t0 = time.time()
r = response()
print("slow", r.split(b" ")[1].decode() if r else "0", b"request_timeout" in r, "%.1f" % (time.time() - t0))
PY
grep -c '^keepalive 200' "$T/raw.out" | grep -q 2 && ok "keep-alive over TLS" || fail "keep-alive: $(cat "$T/raw.out")"
grep -q '^slow 408 True' "$T/raw.out" && ok "slow head cut off with a JSON 408 over TLS" || fail "slow: $(cat "$T/raw.out")"

case_ "TLS upstream"
CODE=$(curl -s -o "$T/b" -w '%{http_code}' --cacert "$T/cert.pem" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary "$(chat gpt-test 'over tls')" "$G/v1/chat/completions")
[ "$CODE" = 200 ] && grep -q 'echo: over tls' "$T/b" && ok "proxied over TLS both ways" || fail "$CODE $(cat "$T/b")"
for i in 1 2 3; do
    CODE=$(curl -s -o "$T/b" -w '%{http_code}' --cacert "$T/cert.pem" -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/json' --data-binary "$(chat gpt-test "again $i")" "$G/v1/chat/completions")
done
[ "$CODE" = 200 ] && ok "pooled TLS connection reused" || fail "reuse: $CODE"
CODE=$(curl -s -o "$T/b" -w '%{http_code}' --cacert "$T/cert.pem" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary "$(chat gpt-test x)" "$G/bad/v1/chat/completions")
[ "$CODE" = 502 ] && ok "unverifiable upstream refused (502)" || fail "unverifiable: $CODE $(cat "$T/b")"
curl -sN --cacert "$T/cert.pem" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary '{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"s t r"}]}' \
    "$G/v1/chat/completions" >"$T/s"
grep -q 'data: \[DONE\]' "$T/s" && [ "$(grep -c '^data: ' "$T/s")" -ge 4 ] && ok "stream over TLS" || fail "stream: $(cat "$T/s")"

case_ "openai client over TLS"
if out=$(cd "$GW_DIR" && NODE_EXTRA_CA_CERTS="$T/cert.pem" node client.js "$G/v1" "$KEY" 2>&1); then
    ok "$(echo "$out" | grep -c '^ok') cases"; else fail "$out"; fi
kill -0 "$GW_PID" && ok "gateway alive" || fail "gateway died"
