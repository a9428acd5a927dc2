# gwlib.bash - helpers for the gateway's end-to-end tests: start and stop the
# test upstream, redis-server and gateway instances on loopback (each on a
# free port, each killed when the test exits), make keys, send requests.
# Sourced after tests/harness/lib.sh.
GW_DIR="$SG_SOURCE_DIR/tests/gateway"
GW_PIDS=()
gw_cleanup() {
    local p
    for p in "${GW_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${GW_PIDS[@]}"; do wait "$p" 2>/dev/null; done
}
trap 'gw_cleanup; sg_finish' EXIT

# wait_line FILE PATTERN: waits up to 30 s for a line matching PATTERN. It
# returns as soon as the line is there; under ASan on a loaded machine a
# gateway starting up has taken more than the 10 s this allowed before.
wait_line() {
    local i
    for i in $(seq 1 300); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "timed out waiting for '$2' in $1:"; cat "$1"; return 1
}

# wait_metric URL NAME VALUE: waits up to 30 s until the gateway's /metrics
# at URL reports NAME (the whole first field, labels included) at a value
# that VALUE, an extended regular expression, matches whole ("1", or
# "[1-9][0-9]*" for at least one). For state the gateway reaches on its own
# time (a Redis connection made or lost, a reload adopted, a request
# recorded): a fixed sleep is either slow or, under ASan on a loaded
# machine, a race.
wait_metric() {
    local i got
    for i in $(seq 1 300); do
        got=$(curl -s --max-time 5 "$1/metrics" | awk -v m="$2" '$1==m{print $2; exit}')
        [[ "$got" =~ ^($3)$ ]] && return 0
        sleep 0.1
    done
    echo "timed out waiting for $2 = $3 at $1/metrics (last: '$got')"; return 1
}

# start_upstream: UP_PORT, UP_PID
start_upstream() {
    node "$GW_DIR/upstream.js" >"$T/upstream.out" 2>&1 &
    UP_PID=$!; GW_PIDS+=("$UP_PID")
    wait_line "$T/upstream.out" '^PORT ' || exit 1
    UP_PORT=$(awk '/^PORT /{print $2; exit}' "$T/upstream.out")
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_redis: REDIS_PORT, REDIS_PID
start_redis() {
    REDIS_PORT=$(free_port)
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
        --daemonize no >"$T/redis.out" 2>&1 &
    REDIS_PID=$!; GW_PIDS+=("$REDIS_PID")
    wait_line "$T/redis.out" 'Ready to accept connections' || exit 1
}

# make_key ID POLICY: prints "<key> <hash>".
make_key() {
    "$SAIGUARD" gateway keygen --format json --id "$1" --policy "$2" |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["key"], d["hash"])'
}

# start_gateway CONFIG NAME: GW_PORT (first listener), GW_PID; stderr in $T/NAME.err
start_gateway() {
    "$SAIGUARD" gateway --config "$1" --state "$T/state-$2" >"$T/$2.out" 2>"$T/$2.err" &
    GW_PID=$!; GW_PIDS+=("$GW_PID")
    wait_line "$T/$2.err" 'listening on port' || exit 1
    GW_PORT=$(awk '/listening on port/{print $NF; exit}' "$T/$2.err")
}

# req METHOD URL KEY [BODY]: CODE, BODY (response), HDRS (response headers)
req() {
    local args=(-s -o "$T/.body" -D "$T/.hdrs" -w '%{http_code}' -X "$1" --max-time 20)
    [ -n "$3" ] && args+=(-H "Authorization: Bearer $3")
    [ $# -ge 4 ] && args+=(-H 'Content-Type: application/json' --data-binary "$4")
    CODE=$(curl "${args[@]}" "$2"); BODY=$(cat "$T/.body"); HDRS=$(cat "$T/.hdrs")
}

# expect_code WANT [ERROR_CODE]: after req.
expect_code() {
    if [ "$CODE" != "$1" ]; then fail "expected HTTP $1, got $CODE: $BODY"; return; fi
    if [ -n "${2:-}" ]; then
        local got
        got=$(printf '%s' "$BODY" | python3 -c 'import json,sys; print(json.load(sys.stdin)["error"]["code"])' 2>/dev/null)
        if [ "$got" != "$2" ]; then fail "expected error code $2, got '$got': $BODY"; return; fi
    fi
    ok "HTTP $1${2:+ $2}"
}

chat() { # chat MODEL TEXT [EXTRA_JSON_FIELDS]
    printf '{"model":"%s","messages":[{"role":"user","content":"%s"}]%s}' "$1" "$2" "${3:+,$3}"
}
