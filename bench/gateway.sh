#!/usr/bin/env bash
# bench/gateway.sh - the gateway against nginx as a plain reverse proxy, in
# one run on loopback, both in front of the same upstream (nginx returning a
# fixed chat completion), always with as many gateway event loops as nginx
# worker processes:
#   1. throughput and CPU per request: wrk, POST /v1/chat/completions, gateway
#      with auth, rate limits, quota, policy checks, audit queue and access
#      log all on; for each WORKERS setting (default "1 auto": one loop
#      against worker_processes 1, then one loop per core against
#      worker_processes auto);
#   2. added latency at 1,000 req/s (open-loop driver bench_gateway_latency,
#      no coordinated omission): gateway vs the upstream direct, p50/p99;
#   3. streaming time to first byte added: the node test upstream streaming
#      SSE, direct vs through the gateway;
#   4. RSS with 10,000 idle client connections.
# Needs the release build (make), nginx-light, wrk, node. BENCH_SECONDS sets
# the length of each wrk run (default 8); GUARD=1 turns the guardrails on;
# WORKERS="1 auto" lists the settings compared (parts 2-4 use the last).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SAIGUARD=${SAIGUARD:-$ROOT/build/saiguard}
DRIVER=$ROOT/build/bench_gateway_latency
SECS=${BENCH_SECONDS:-8}
for t in nginx wrk node "$SAIGUARD" "$DRIVER"; do
    command -v "$t" >/dev/null || [ -x "$t" ] || { echo "bench/gateway: $t missing (make; scripts/install-deps --bench)"; exit 2; }
done
T=$(mktemp -d /tmp/sg-bench-gw-XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
ulimit -n "$(ulimit -Hn)"
. bench/gateway-common.bash
UP=$(port); NG=$(port)
mkdir -p "$T/ng"
NGPID=""
start_nginx() { # WORKER_PROCESSES
cat >"$T/ng/nginx.conf" <<NGINX
worker_processes $1;
daemon off;
pid $T/ng/nginx.pid;
error_log $T/ng/error.log;
events { worker_connections 20000; }
http {
$(nginx_http_common "$T/ng")
    upstream llm { server 127.0.0.1:$UP; keepalive 64; }
$(nginx_upstream_server "$UP")
    server {
        listen 127.0.0.1:$NG;
        location / {
            proxy_pass http://llm;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
NGINX
nginx -p "$T/ng" -c "$T/ng/nginx.conf" -e "$T/ng/error.log" &
NGPID=$!; PIDS+=($NGPID)
for i in $(seq 50); do [ -s "$T/ng/nginx.pid" ] && break; sleep 0.1; done
sleep 0.3
}
stop_nginx() { kill "$NGPID" 2>/dev/null || true; wait "$NGPID" 2>/dev/null || true; rm -f "$T/ng/nginx.pid"; }

bench_key "$SAIGUARD"
node "$ROOT/tests/gateway/upstream.js" >"$T/node.out" 2>&1 &
PIDS+=($!)
for i in $(seq 100); do grep -q '^PORT' "$T/node.out" && break; sleep 0.1; done
NODE=$(awk '/^PORT/{print $2}' "$T/node.out")
GUARDRAILS=false
[ -n "${GUARD:-}" ] && GUARDRAILS=true
cat >"$T/gw.yaml" <<YAML
listeners: [{address: 127.0.0.1, port: 0}]
upstreams:
  - {name: nginx, url: "http://127.0.0.1:$UP", max_connections: 64}
  - {name: node, url: "http://127.0.0.1:$NODE", max_connections: 64}
routes:
  # What the target names: authentication, rate limits, quota, policy checks
  # and audit on. Guardrails (an ML model on every text) are measured by the
  # guard benchmark; GUARD=1 turns them on here too.
  - {name: openai, upstream: nginx, guardrails: $GUARDRAILS}
  - {name: stream, upstream: node, paths: [/stream/v1/chat/completions], guardrails: $GUARDRAILS}
policies:
$(bench_policy)
keys: [{id: bench, policy: bench, hash: "$HASH"}]
audit: {access_log: $T/access.jsonl}
YAML
start_gateway() { # WORKERS (a number, or auto = one loop per core)
    local w=()
    [ "$1" != auto ] && w=(--workers "$1")
    "$SAIGUARD" gateway --config "$T/gw.yaml" "${w[@]}" --state "$T/state" 2>"$T/gw.err" &
    GWPID=$!; PIDS+=($GWPID)
    for i in $(seq 50); do grep -q listening "$T/gw.err" && break; sleep 0.1; done
    GW=$(awk '/listening/{print $NF; exit}' "$T/gw.err")
    sleep 0.3
}
stop_gateway() { kill "$GWPID" 2>/dev/null || true; wait "$GWPID" 2>/dev/null || true; }

printf '%s' "$BODY" >"$T/body.json"
write_post_lua "$T/post.lua"
# cpu PID...: user+system CPU ticks of the processes (all their threads).
cpu() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
ngpids() { echo "$(cat "$T/ng/nginx.pid") $(pgrep -P "$(cat "$T/ng/nginx.pid")" | tr '\n' ' ')"; }
# rps PORT PIDS...: req/s of one wrk run, and CPU microseconds per request of PIDS.
rps() {
    local port=$1; shift
    local c0; c0=$(cpu "$@")
    local out; out=$(wrk -t1 -c64 -d"${SECS}s" -s "$T/post.lua" "http://127.0.0.1:$port/v1/chat/completions")
    local c1; c1=$(cpu "$@")
    printf '%s\n' "$out" | awk '/Non-2xx/{print "non2xx " $NF > "/dev/stderr"}'
    local n; n=$(printf '%s\n' "$out" | awk '/requests in/{print $1}')
    printf '%s %s\n' "$(printf '%s\n' "$out" | awk '/Requests\/sec/{print int($2)}')" \
        "$(( (c1 - c0) * 1000000 / $(getconf CLK_TCK) / (n > 0 ? n : 1) ))"
}
med() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (machine shared with other agents)"
for W in ${WORKERS:-1 auto}; do
    stop_nginx; start_nginx "$W"
    start_gateway "$W"
    NGW=$(grep -c . <<<"$(pgrep -P "$(cat "$T/ng/nginx.pid")")")
    echo "-- throughput, gateway --workers $W vs nginx worker_processes $W ($NGW worker(s)); wrk -t1 -c64 -d${SECS}s, POST chat completion, 3 alternating rounds"
    NGS=(); GWS=(); NGC=(); GWC=()
    for round in 1 2 3; do
        read -r r c < <(rps "$NG" $(ngpids)); NGS+=("$r"); NGC+=("$c")
        read -r r c < <(rps "$GW" "$GWPID"); GWS+=("$r"); GWC+=("$c")
        echo "round $round: nginx ${NGS[-1]} req/s (${NGC[-1]} us CPU/req, proxy + upstream), gateway ${GWS[-1]} req/s (${GWC[-1]} us CPU/req)"
    done
    NGM=$(med "${NGS[@]}"); GWM=$(med "${GWS[@]}")
    echo "median [$W vs $W]: nginx $NGM req/s, gateway $GWM req/s, ratio $(python3 -c "print(f'{$GWM/$NGM:.2f}')"); CPU/req nginx $(med "${NGC[@]}") us (proxy + upstream), gateway $(med "${GWC[@]}") us"
    [ "$W" = "$(printf '%s\n' ${WORKERS:-1 auto} | tail -1)" ] || stop_gateway
done

echo "-- latency at 1000 req/s (open loop, from scheduled send time), 3 alternating rounds of 5 s"
LAT="$T/lat.jsonl"
for round in 1 2 3; do
    printf '{"target":"direct","r":%s}\n' "$("$DRIVER" "$UP" 1000 5 /v1/chat/completions "$T/body.json")" >>"$LAT"
    printf '{"target":"gateway","r":%s}\n' "$("$DRIVER" "$GW" 1000 5 /v1/chat/completions "$T/body.json" "Bearer $KEY")" >>"$LAT"
    printf '{"target":"nginx","r":%s}\n' "$("$DRIVER" "$NG" 1000 5 /v1/chat/completions "$T/body.json")" >>"$LAT"
done
python3 - "$LAT" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
med = {}
for t in ("direct", "gateway", "nginx"):
    rs = [r["r"] for r in rows if r["target"] == t]
    med[t] = {k: statistics.median(r[k] for r in rs) for k in ("p50_us", "p99_us", "rate")}
    print("%-8s p50 %6.0f us  p99 %7.0f us  (per round p99: %s)" % (t, med[t]["p50_us"], med[t]["p99_us"],
          ", ".join("%.0f" % r["p99_us"] for r in rs)))
print("added by the gateway (medians): p50 %.0f us, p99 %.0f us; by nginx: p50 %.0f us, p99 %.0f us" % (
    med["gateway"]["p50_us"] - med["direct"]["p50_us"], med["gateway"]["p99_us"] - med["direct"]["p99_us"],
    med["nginx"]["p50_us"] - med["direct"]["p50_us"], med["nginx"]["p99_us"] - med["direct"]["p99_us"]))
PY

echo "-- streaming time to first byte at 200 req/s for 5 s (node upstream, SSE)"
SBODY='{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"one two three four five six seven eight"}]}'
printf '%s' "$SBODY" >"$T/sbody.json"
SD=$("$DRIVER" "$NODE" 200 5 /v1/chat/completions "$T/sbody.json" --ttfb)
SG=$("$DRIVER" "$GW" 200 5 /stream/v1/chat/completions "$T/sbody.json" "Bearer $KEY" --ttfb)
echo "direct:  $SD"; echo "gateway: $SG"
python3 - "$SD" "$SG" <<'PY'
import json, sys
d, g = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("TTFB added by the gateway: p50 %.0f us, p99 %.0f us" % (g["p50_us"] - d["p50_us"], g["p99_us"] - d["p99_us"]))
PY

echo "-- memory with 10,000 idle connections"
R0=$(awk '/VmRSS/{print $2}' /proc/$GWPID/status)
python3 "$ROOT/tests/gateway/rawhttp.py" idle "$GW" 10000 3 >"$T/idle.out" 2>&1 &
IP=$!
for i in $(seq 100); do grep -q opened "$T/idle.out" && break; sleep 0.1; done
sleep 1
R1=$(awk '/VmRSS/{print $2}' /proc/$GWPID/status)
wait $IP && echo "$(tail -1 "$T/idle.out")"
echo "gateway RSS: $((R0 / 1024)) MiB idle before, $((R1 / 1024)) MiB with 10,000 idle connections"
echo "access log lines: $(wc -l <"$T/access.jsonl")"
