#!/usr/bin/env bash
# bench/gateway.sh - the gateway against nginx as a plain reverse proxy, in
# one run on loopback, both in front of the same upstream (an nginx of its own
# returning a fixed chat completion), always with as many gateway event loops
# as nginx worker processes (proxy and upstream alike):
#   1. throughput and CPU per request: wrk, POST /v1/chat/completions, gateway
#      with auth, rate limits, quota, policy checks, audit queue and access
#      log all on; for each WORKERS setting (default "1 auto": one loop
#      against worker_processes 1, then one loop per core against
#      worker_processes auto); next to it, the p99 of the gateway's own
#      added-time histogram (saiguard_gateway_added_seconds) over the run;
#   2. added latency at 1,000 req/s, two ways: (a) the gateway's own
#      histogram of the time it adds to each request (everything but the
#      upstream's time), read from /metrics around each run; (b) from the
#      outside with the open-loop driver bench_gateway_latency (no
#      coordinated omission): LAT_ROUNDS (6) short rounds of LAT_SECONDS (3)
#      alternating direct / gateway / nginx, and the median over rounds of
#      the per-round p99 difference. With PIN=1 (default; 2+ cores and one
#      loop) the driver and the upstream share CPU 0 and the gateway's loop
#      gets CPU 1, so the direct path is the same in both kinds of round;
#   3. streaming time to first byte added: the node test upstream streaming
#      SSE, direct vs through the gateway;
#   4. RSS with 10,000 idle client connections.
# Needs the release build (make), nginx-light, wrk, node. BENCH_SECONDS sets
# the length of each wrk run (default 8); GUARD=1 turns the guardrails on;
# WORKERS="1 auto" lists the settings compared (parts 2-4 use the last);
# PARTS="1 2 3 4" the parts run; SAIGUARD= another binary to measure (e.g.
# a build of main, to compare two builds in the same hour).
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
mkdir -p "$T/ng" "$T/up"
NGPID=""; UPPID=""
# The upstream is an nginx of its own, apart from the nginx compared as the
# proxy: both proxies then have the same upstream process in front of them,
# and neither gets the upstream's work done by another process than the
# other (with one nginx serving both the proxy and the upstream, nginx
# worker_processes 1 did both in one process while the gateway had the
# upstream's worker beside it: 1.12x in the first run of session 4, unfair).
start_nginx() { # WORKER_PROCESSES: the same for the proxy and the upstream
    nginx_write_conf "$T/up" "$1" 20000 "$(nginx_upstream_server "$UP")"
    nginx_write_conf "$T/ng" "$1" 20000 "    upstream llm { server 127.0.0.1:$UP; keepalive 64; }
    server {
        listen 127.0.0.1:$NG;
        location / {
            proxy_pass http://llm;
            proxy_http_version 1.1;
            proxy_set_header Connection \"\";
        }
    }"
    nginx -p "$T/up" -c "$T/up/nginx.conf" -e "$T/up/error.log" &
    UPPID=$!; PIDS+=($UPPID)
    nginx -p "$T/ng" -c "$T/ng/nginx.conf" -e "$T/ng/error.log" &
    NGPID=$!; PIDS+=($NGPID)
    for i in $(seq 50); do [ -s "$T/ng/nginx.pid" ] && [ -s "$T/up/nginx.pid" ] && break; sleep 0.1; done
    sleep 0.3
}
stop_nginx() {
    kill "$NGPID" "$UPPID" 2>/dev/null || true; wait "$NGPID" "$UPPID" 2>/dev/null || true
    rm -f "$T/ng/nginx.pid" "$T/up/nginx.pid"
}

bench_key "$SAIGUARD"
node "$ROOT/tests/gateway/upstream.js" >"$T/node.out" 2>&1 &
NODEPID=$!; PIDS+=($NODEPID)
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
# nginx_pids DIR: the master and workers of the nginx under DIR (ng: the
# proxy compared, up: the upstream).
nginx_pids() { echo "$(cat "$T/$1/nginx.pid") $(pgrep -P "$(cat "$T/$1/nginx.pid")" | tr '\n' ' ')"; }
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
# scrape FILE [KIND]: the gateway's added-time buckets of KIND (whole) now;
# empty for a build without the histogram.
scrape() { curl -s "http://127.0.0.1:$GW/metrics" | grep "^saiguard_gateway_added_seconds_bucket{kind=\"${2:-whole}\"" >"$1" || true; }
# added BEFORE AFTER: "count p50_us p99_us" of the requests between the two
# scrapes, interpolated inside the bucket as Prometheus' histogram_quantile
# does ("n/a" without the histogram; ">10000" past the last bucket).
added() {
    python3 - "$1" "$2" <<'PY'
import re, sys
def load(f):
    return {float(m.group(1)) if m.group(1) != "+Inf" else float("inf"): float(m.group(2))
            for m in (re.search(r'le="([^"]+)"\} (\S+)', l) for l in open(f)) if m}
a, b = load(sys.argv[1]), load(sys.argv[2])
if not b:
    print("0 n/a n/a"); sys.exit()
les = sorted(b)
cum = [b[le] - a.get(le, 0) for le in les]
n = cum[-1]
def q(p):
    if n <= 0:
        return "n/a"
    rank, lo, prev = p * n, 0.0, 0.0
    for le, c in zip(les, cum):
        if c >= rank:
            if le == float("inf"):
                return ">%.0f" % (lo * 1e6)
            return "%.0f" % ((lo + (le - lo) * (rank - prev) / max(c - prev, 1e-9)) * 1e6)
        lo, prev = le, c
print("%d %s %s" % (n, q(0.5), q(0.99)))
PY
}
PARTS=${PARTS:-1 2 3 4}
part() { [[ " $PARTS " == *" $1 "* ]]; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (machine shared with other agents)"
echo "binary: $SAIGUARD"
WLIST=${WORKERS:-1 auto}
part 1 || WLIST=$(printf '%s\n' $WLIST | tail -1)
for W in $WLIST; do
    stop_nginx; start_nginx "$W"
    start_gateway "$W"
    part 1 || continue
    NGW=$(grep -c . <<<"$(pgrep -P "$(cat "$T/ng/nginx.pid")")")
    echo "-- throughput, gateway --workers $W vs nginx worker_processes $W ($NGW worker(s)); wrk -t1 -c64 -d${SECS}s, POST chat completion, 3 alternating rounds"
    echo "   (CPU/req: user+system time of all the gateway's threads, of the proxy nginx's processes (not the upstream's), per request; added p99: the gateway's own histogram over the run, at saturation)"
    NGS=(); GWS=(); NGC=(); GWC=()
    for round in 1 2 3; do
        read -r r c < <(rps "$NG" $(nginx_pids ng)); NGS+=("$r"); NGC+=("$c")
        scrape "$T/h0"
        read -r r c < <(rps "$GW" "$GWPID"); GWS+=("$r"); GWC+=("$c")
        scrape "$T/h1"
        read -r hn h50 h99 < <(added "$T/h0" "$T/h1")
        echo "round $round: nginx ${NGS[-1]} req/s (${NGC[-1]} us CPU/req), gateway ${GWS[-1]} req/s (${GWC[-1]} us CPU/req; added p50 $h50 us, p99 $h99 us)"
    done
    NGM=$(med "${NGS[@]}"); GWM=$(med "${GWS[@]}")
    echo "median [$W vs $W]: nginx $NGM req/s, gateway $GWM req/s, ratio $(python3 -c "print(f'{$GWM/$NGM:.2f}')"); CPU/req nginx $(med "${NGC[@]}") us, gateway $(med "${GWC[@]}") us"
    [ "$W" = "$(printf '%s\n' $WLIST | tail -1)" ] || stop_gateway
done

if part 2; then
LR=${LAT_ROUNDS:-6}; LS=${LAT_SECONDS:-3}
NCPU=$(nproc)
PINNED=""
# Only with one loop: with a loop per core, a loop sharing CPU 0 with the
# upstream is preempted by it inside its sends (see part 3).
if [ "${PIN:-1}" = 1 ] && [ "$NCPU" -ge 2 ] && [ "$W" = 1 ] && command -v taskset >/dev/null; then
    # The upstream (and nginx as the proxy compared) and the driver on CPU
    # 0, the gateway with all its threads on CPU 1: a direct round and a
    # gateway round then differ by the gateway only.
    # Only the event loop is pinned: the audit writer and the ledger
    # batcher (an fdatasync every 20 ms) may run on either CPU, as they
    # would unpinned, instead of queueing in front of the loop.
    for p in $(nginx_pids ng) $(nginx_pids up); do taskset -a -p -c 0 "$p" >/dev/null; done
    taskset -p -c 1 "$GWPID" >/dev/null # the loop is the main thread
    PINNED="taskset -c 0"
fi
echo "-- added latency at 1,000 req/s: $LR alternating rounds of $LS s (direct, gateway, nginx; order alternates)"
if [ -n "$PINNED" ]; then echo "   pinning: driver and upstream (nginx) on CPU 0, the gateway's event loop on CPU 1, its audit threads free"
else echo "   pinning: none (PIN=0, --workers $W, or one CPU)"; fi
LAT="$T/lat.jsonl"
drive() { # TARGET PORT [AUTH]
    local r; r=$($PINNED "$DRIVER" "$2" 1000 "$LS" /v1/chat/completions "$T/body.json" ${3:+"$3"}) || true
    [ -n "$r" ] && printf '{"round":%d,"target":"%s","r":%s}\n' "$round" "$1" "$r" >>"$LAT"
}
gw_round() {
    scrape "$T/h0"; drive gateway "$GW" "Bearer $KEY"; scrape "$T/h1"
    read -r hn h50 h99 < <(added "$T/h0" "$T/h1")
    printf '{"round":%d,"target":"histogram","r":{"requests":%s,"p50":"%s","p99":"%s"}}\n' "$round" "$hn" "$h50" "$h99" >>"$LAT"
    cat "$T/h1" >"$T/hlast"
}
scrape "$T/hfirst"
for round in $(seq "$LR"); do
    if [ $((round % 2)) = 1 ]; then drive direct "$UP"; gw_round; else gw_round; drive direct "$UP"; fi
    drive nginx "$NG"
done
read -r HN H50 H99 < <(added "$T/hfirst" "$T/hlast")
[ -n "$PINNED" ] && { for p in $(nginx_pids ng) $(nginx_pids up); do taskset -a -p -c "0-$((NCPU - 1))" "$p" >/dev/null; done
                      taskset -a -p -c "0-$((NCPU - 1))" "$GWPID" >/dev/null; }
python3 - "$LAT" "$HN" "$H50" "$H99" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
hn, h50, h99 = sys.argv[2:5]
def by(t):
    return {r["round"]: r["r"] for r in rows if r["target"] == t}
d, g, n, h = by("direct"), by("gateway"), by("nginx"), by("histogram")
print("(a) inside: saiguard_gateway_added_seconds{kind=\"whole\"}, the time the gateway itself adds to a")
print("    request (request's last byte read -> its last byte written upstream, plus the upstream read")
print("    that completes the answer -> answer written to the client); upstream and loopback excluded")
print("    per round p50/p99 (us): " + ", ".join("%s/%s" % (h[k]["p50"], h[k]["p99"]) for k in sorted(h)))
print("    all rounds together: %s requests, p50 %s us, p99 %s us   [target: p99 < 1000 us]" % (hn, h50, h99))
print("    (wall time between the stamps: it includes the loop being preempted by other processes on")
print("    its CPU, but not the wait for the loop to wake up to a request nor the kernel's loopback)")
print("(b) outside: driver latency from each request's scheduled send time; gateway minus direct per")
print("    round, so that the direct path's own swings between rounds cancel")
print("    round  direct p50/p99    gateway p50/p99   nginx p50/p99     gateway-direct p99  nginx-direct p99")
gd, nd, g50 = [], [], []
for k in sorted(d):
    if k not in g:
        continue
    gd.append(g[k]["p99_us"] - d[k]["p99_us"]); g50.append(g[k]["p50_us"] - d[k]["p50_us"])
    nn = n.get(k)
    if nn:
        nd.append(nn["p99_us"] - d[k]["p99_us"])
    print("    %5d  %6.0f/%-8.0f  %6.0f/%-8.0f  %s  %+18.0f  %s" % (
        k, d[k]["p50_us"], d[k]["p99_us"], g[k]["p50_us"], g[k]["p99_us"],
        "%6.0f/%-8.0f" % (nn["p50_us"], nn["p99_us"]) if nn else "%-15s" % "-",
        gd[-1], "%+16.0f" % nd[-1] if nn else "-"))
if gd:
    print("    median over %d rounds: gateway adds p50 %+.0f us, p99 %+.0f us (rounds range %+.0f .. %+.0f us)%s" % (
        len(gd), statistics.median(g50), statistics.median(gd), min(gd), max(gd),
        "; nginx adds p99 %+.0f us" % statistics.median(nd) if nd else ""))
    print("    the direct path's own p99 ranged %.0f .. %.0f us over the rounds" % (
        min(r["p99_us"] for r in d.values()), max(r["p99_us"] for r in d.values())))
PY
fi

if part 3; then
echo "-- streaming time to first byte at 200 req/s for 5 s (node upstream, SSE)"
SBODY='{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"one two three four five six seven eight"}]}'
printf '%s' "$SBODY" >"$T/sbody.json"
SD=$("$DRIVER" "$NODE" 200 5 /v1/chat/completions "$T/sbody.json" --ttfb) || true # late or failed requests are in its figures
# Pinned as in part 2 (node and the driver on CPU 0, the gateway's loop on
# CPU 1): sharing a CPU, node woken by the gateway's send preempts the loop
# inside that system call, and its run time then shows as gateway time.
SPIN=""
if [ "${PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && [ "$W" = 1 ] && command -v taskset >/dev/null; then
    taskset -a -p -c 0 "$NODEPID" >/dev/null; taskset -p -c 1 "$GWPID" >/dev/null; SPIN="taskset -c 0"
    echo "   pinning: driver and node upstream on CPU 0, the gateway's event loop on CPU 1"
fi
scrape "$T/s0" stream
SG=$($SPIN "$DRIVER" "$GW" 200 5 /stream/v1/chat/completions "$T/sbody.json" "Bearer $KEY" --ttfb) || true
scrape "$T/s1" stream
[ -n "$SPIN" ] && { taskset -a -p -c "0-$(($(nproc) - 1))" "$NODEPID" >/dev/null
                    taskset -p -c "0-$(($(nproc) - 1))" "$GWPID" >/dev/null; }
read -r SN S50 S99 < <(added "$T/s0" "$T/s1")
echo "direct:  $SD"; echo "gateway: $SG"
python3 - "$SD" "$SG" <<'PY'
import json, sys
d, g = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("TTFB added by the gateway, outside (driver, gateway minus direct): p50 %.0f us, p99 %.0f us" % (g["p50_us"] - d["p50_us"], g["p99_us"] - d["p99_us"]))
PY
echo "TTFB added by the gateway, inside (saiguard_gateway_added_seconds{kind=\"stream\"}: request in -> upstream, read of the first chunk -> first chunk out): $SN streams, p50 $S50 us, p99 $S99 us   [target: < 1000 us]"

fi

if part 4; then
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
fi
