#!/usr/bin/env bash
# upstream_head.sh - what the gateway sends upstream, byte for byte: the
# upstream's base path before the API path, the query string as it came, Host
# with the port, Accept passed on, the request id the client is told, the
# upstream credential from the environment, and a POST body with its exact
# Content-Length. The upstream here is a few lines of Python that keep every
# request head they get. Guardrails off: the body goes up as the client
# sent it (with them on, a canary is planted in it).
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

cat >"$T/up.py" <<'PY'
import os, socket, sys, threading
sys.path.insert(0, os.path.join(os.environ["SG_SOURCE_DIR"], "tests", "gateway"))
from rawhttp import read_message
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
print("PORT", s.getsockname()[1], flush=True)
lock, count = threading.Lock(), [0]

def serve(c):  # keep-alive: one request after another on c
    pending = b""
    while True:
        head, body, pending = read_message(c, pending)
        if body is None:
            c.close()
            return
        with lock:
            count[0] += 1
            open("%s/head%d" % (sys.argv[1], count[0]), "wb").write(head + b"\r\n\r\n" + body)
        out = b'{"object":"list","data":[{"id":"gpt-test","object":"model"}]}'
        c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                  % (len(out), out))

while True:
    c, _ = s.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
PY
python3 "$T/up.py" "$T" >"$T/up.out" 2>&1 &
GW_PIDS+=($!)
wait_line "$T/up.out" '^PORT ' || exit 1
UP=$(awk '/^PORT /{print $2; exit}' "$T/up.out")

read -r KEY HASH < <(make_key k p)
cat >"$T/gw.yaml" <<YAML
listeners: [{address: 127.0.0.1, port: 0}]
upstreams: [{name: u, url: "http://127.0.0.1:$UP/prefix", api_key_env: SG_TEST_UPSTREAM_KEY}]
routes: [{name: r, upstream: u, guardrails: false}]
policies: [{name: p, models: [gpt-test]}]
keys: [{id: k, policy: p, hash: "$HASH"}]
YAML
SG_TEST_UPSTREAM_KEY=sk-upstream-secret start_gateway "$T/gw.yaml" gw
G="http://127.0.0.1:$GW_PORT"
rid() { printf '%s\n' "$HDRS" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id"{print $2}'; }

case_ "GET with a query and Accept"
CODE=$(curl -s -o "$T/.body" -D "$T/.hdrs" -w '%{http_code}' -H "Authorization: Bearer $KEY" \
    -H 'Accept: application/json' "$G/v1/models?limit=5&x=%20y")
HDRS=$(cat "$T/.hdrs")
[ "$CODE" = 200 ] && ok "HTTP 200" || fail "HTTP $CODE: $(cat "$T/.body")"
WANT=$(printf 'GET /prefix/v1/models?limit=5&x=%%20y HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAccept-Encoding: identity\r\nx-request-id: %s\r\nAuthorization: Bearer sk-upstream-secret\r\nAccept: application/json\r\n\r\n' "$UP" "$(rid)")
[ "$(cat "$T/head1")" = "$WANT" ] && ok "upstream head byte for byte" ||
    fail "upstream got: $(cat -A "$T/head1")"

case_ "POST with a body"
BODYIN=$(chat gpt-test "hello upstream")
req POST "$G/v1/chat/completions" "$KEY" "$BODYIN"
expect_code 200
WANT=$(printf 'POST /prefix/v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAccept-Encoding: identity\r\nx-request-id: %s\r\nAuthorization: Bearer sk-upstream-secret\r\nAccept: */*\r\nContent-Type: application/json\r\nContent-Length: %s\r\n\r\n%s' "$UP" "$(rid)" "${#BODYIN}" "$BODYIN")
[ "$(cat "$T/head2")" = "$WANT" ] && ok "upstream head and body byte for byte" ||
    fail "upstream got: $(cat -A "$T/head2")"
