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
#   2. added latency at 1,000 req/s, two ways: (a) from the outside, with the
#      open-loop driver bench_gateway_latency (latency from each request's
#      scheduled send time: no coordinated omission) sending to four paths
#      interleaved request by request, each at the full rate and on its own
#      connections: the upstream directly (the reference), the upstream again
#      (A/A: the method's zero), the gateway, nginx as a plain proxy; p99 of
#      each path minus direct's with a 95 % bootstrap interval, the paired
#      differences and the per-round spread; (b) inside, the gateway's own
#      histogram of the time it adds (saiguard_gateway_added_seconds), read
#      from /metrics around the run. PIN="1 0" (default) runs it pinned (the
#      driver and the upstream on CPU 0, the gateway's loop and the proxy
#      nginx on CPU 1; 2+ cores and one loop only) and then unpinned;
#   3. streaming time to first byte added: the node test upstream streaming
#      SSE, direct, direct again (A/A) and through the gateway, interleaved
#      the same way;
#   4. RSS with 10,000 idle client connections.
# Needs the release build (make), nginx-light, wrk, node. BENCH_SECONDS sets
# the length of each wrk run (default 8); GUARD=1 turns the guardrails on;
# WORKERS="1 auto" lists the settings compared (parts 2-4 use the last);
# PARTS="1 2 3 4" the parts run; SAIGUARD= another binary to measure (e.g.
# a build of main, to compare two builds in the same hour). Parts 2 and 3:
# LAT_RATE (1000 req/s per path), LAT_ROUNDS x LAT_SECONDS (6 x 5 s),
# STREAM_RATE (100/s per path), STREAM_ROUNDS x STREAM_SECONDS (5 x 4 s),
# LAT_WARMUP (2 s, not counted), LAT_BOOTSTRAP (1000 resamples), PIN ("1 0"),
# KEEP=DIR keeps the driver's JSON (partN-pinP.json); RT=1 runs the
# processes of parts 2 and 3 at real-time priority (see realtime below);
# AWAKE=1 keeps the virtual CPUs from halting during them (see awake below).
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
if [ "${RT:-0}" = 1 ] && ! chrt -f 10 true 2>/dev/null; then
    echo "bench/gateway: RT=1 needs the right to use SCHED_FIFO (CAP_SYS_NICE or root)"; exit 2
fi
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
# idle_timeout_s: the latency driver keeps spare connections that may sit
# unused for a whole run; closed under it, one would have to be reopened in
# the middle of the measurement, on the gateway's path only.
cat >"$T/gw.yaml" <<YAML
server: {idle_timeout_s: 600}
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

# ---- parts 2 and 3: latency added, outside and inside --------------------------
# The outside figure comes from one run of the driver with every path
# interleaved request by request: "direct" (the upstream itself, the
# reference), "direct2" (the upstream again, through connections of its own:
# the A/A control, whose difference from "direct" is the method's zero),
# "gateway" and, for the latency part, "nginx" (nginx as a plain proxy: what
# any proxy hop costs on this machine). Each path gets the full rate the
# target names (1,000 req/s through the gateway; the upstream serves the sum)
# and the slots of a block go to the paths in a seeded random order, so a
# burst of steal time or a scheduling delay hits every path alike instead of
# whichever path had its round then. Every figure comes with the A/A row next
# to it and a 95 % bootstrap interval. Streams run at 100/s per path: the
# node upstream spends about a millisecond of JavaScript on each, and at
# 200/s per path it was kept busy enough (pinned, on the driver's CPU) for its
# own queue to show as time added by the gateway.
ALLCPU="0-$(($(nproc) - 1))"
# can_pin 1|0: pinning asked for and possible. Only with one loop: with a
# loop per core, a loop sharing CPU 0 with the upstream is preempted by it
# inside its sends (see part 3).
can_pin() { [ "$1" = 1 ] && [ "$(nproc)" -ge 2 ] && [ "$W" = 1 ] && command -v taskset >/dev/null; }
# pin_proxies UPSTREAM_PIDS: the upstream (and the driver, started under
# taskset -c 0) on CPU 0; the proxies compared on CPU 1: the gateway's event
# loop (its main thread; the audit writer and the ledger batcher, an
# fdatasync every 20 ms, stay free to run on either CPU, as they would
# unpinned, instead of queueing in front of the loop) and nginx's processes.
# A direct request then runs on CPU 0 only, a proxied one on both, and the
# two proxies meet the same arrangement.
pin_proxies() {
    local p
    for p in $1; do taskset -a -p -c 0 "$p" >/dev/null; done
    for p in $(nginx_pids ng); do taskset -a -p -c 1 "$p" >/dev/null; done
    taskset -p -c 1 "$GWPID" >/dev/null
}
unpin_all() {
    local p
    for p in $1 $(nginx_pids ng) "$GWPID"; do taskset -a -p -c "$ALLCPU" "$p" >/dev/null; done
}
# realtime 1|0 PIDS: with RT=1, every thread of PIDS (the upstream, the
# proxies; the driver is started under chrt) to SCHED_FIFO priority 10 (1),
# or back to SCHED_OTHER (0). On a machine shared with other work, their
# time slices then no longer sit between a request's steps: the paths are
# measured as on a quiet machine (interrupts and the hypervisor's steal time
# remain). Needs CAP_SYS_NICE; the benchmark's processes use a few % of a
# CPU at these rates, and the kernel's RT throttling (95 %) still bounds them.
realtime() {
    [ "${RT:-0}" = 1 ] || return 0
    local p
    for p in $2; do
        if [ "$1" = 1 ]; then chrt -f -a -p 10 "$p" >/dev/null; else chrt -o -a -p 0 "$p" >/dev/null; fi
    done
}
# awake 1|0: with AWAKE=1, one busy loop per CPU at SCHED_IDLE (the lowest
# class: it runs only when nothing else wants that CPU, and any waking task
# preempts it at once) while the driver runs (1), stopped again (0). An idle
# virtual CPU halts, and the hypervisor can take milliseconds to run it
# again when a packet or a wake-up arrives: on this VM the driver's own send
# lag had a p99 of 1.5-4 ms without it and 0.13 ms with it. A proxied
# request needs two wake-ups more than a direct one, so without AWAKE=1 the
# outside figure mostly measures the hypervisor (nginx's plain hop "adds"
# 0.5-1.6 ms at p99 as well). A busy server, or bare metal with idle=poll,
# has no such halts. The spinners take only the CPUs' idle time and are
# counted nowhere; where two vCPUs are SMT siblings a spinner can slow the
# other a little, which counts against the paths with more work (the
# proxies), not for them.
AWAKE_PIDS=()
awake() {
    [ "${AWAKE:-0}" = 1 ] || return 0
    local c
    if [ "$1" = 1 ]; then
        for c in $(seq 0 $(($(nproc) - 1))); do
            taskset -c "$c" chrt -i 0 sh -c 'while :; do :; done' & AWAKE_PIDS+=($!); PIDS+=($!)
        done
        echo "   awake (AWAKE=1): one SCHED_IDLE busy loop per CPU keeps the virtual CPUs from halting"
    else
        kill "${AWAKE_PIDS[@]}" 2>/dev/null || true; wait "${AWAKE_PIDS[@]}" 2>/dev/null || true
        AWAKE_PIDS=()
    fi
}
# lat_report DRIVER_JSON HIST_BEFORE HIST_AFTER KIND WHAT: the driver's
# figures per path and against "direct", and the gateway's own histogram of
# KIND (whole | stream) over the same run; WHAT names the figure.
lat_report() {
    local hn h50 h99
    read -r hn h50 h99 < <(added "$2" "$3")
    python3 - "$1" "$hn" "$h50" "$h99" "$4" "$5" <<'PY'
import json, statistics, sys
j = json.load(open(sys.argv[1]))
hn, h50, h99, kind, what = sys.argv[2:7]
def f(v, sign=False):
    return "-" if v is None else (("%+.0f" if sign else "%.0f") % v)
def ci(v):
    return "[%s, %s]" % (f(v[0], True), f(v[1], True))
pt = j["per_target"]
vs = {(c["path"], c["ref"]): c for c in j["compare"]}
print("    per path (us, from the scheduled send time; %d requests each, %g s warm-up not counted):" % (
    j["counted_blocks"], j["warmup_s"]))
print("      %-8s %7s %7s %7s %7s %8s %8s  %s" % ("path", "p50", "p90", "p99", "p99.9", "max", "lag p99", "p99 per round"))
for name, t in pt.items():
    extra = "" if not (t["errors"] or t["lost"]) else "   errors %d, lost %d" % (t["errors"], t["lost"])
    print("      %-8s %7s %7s %7s %7s %8s %8s  %s%s" % (name, f(t["p50_us"]), f(t["p90_us"]), f(t["p99_us"]),
          f(t["p999_us"]), f(t["max_us"]), f(t["send_lag_p99_us"]), " ".join(f(x) for x in t["rounds_p99_us"]), extra))
print("    differences (us): [95 %% interval] from a moving-block bootstrap (%d resamples of 200-ms stretches);" % j["bootstrap"])
print("    noise: the p99 difference's 95 % band with the two paths' latencies swapped at random block by")
print("    block (what this run's noise alone gives); paired: each request minus the other path's request of")
print("    its block; per round: the p99 difference in each of the %d rounds" % j["rounds"])
print("      %-17s %-20s %-24s %-16s %6s %-22s %s" % ("path - ref", "p50 diff", "p99 diff", "noise", "paired",
      "paired p99", "p99 diff per round (median)"))
for (name, ref), v in vs.items():
    r = [x for x in v["rounds_p99_diff_us"] if x is not None]
    print("      %-17s %5s %-14s %6s %-17s %-16s %6s %5s %-16s %s (%s)" % (
        name + " - " + ref, f(v["p50_diff_us"], True), ci(v["p50_diff_ci95_us"]), f(v["p99_diff_us"], True),
        ci(v["p99_diff_ci95_us"]), ci(v["p99_diff_swap95_us"]), f(v["paired_p50_us"], True),
        f(v["paired_p99_us"], True), ci(v["paired_p99_ci95_us"]),
        " ".join(f(x, True) for x in v["rounds_p99_diff_us"]), f(statistics.median(r), True) if r else "-"))
g, a, n = vs.get(("gateway", "direct")), vs.get(("direct2", "direct")), vs.get(("nginx", "direct"))
if g:
    lo, hi = g["p99_diff_ci95_us"]
    verdict = ("met" if hi is not None and hi < 1000 else "NOT met" if lo is not None and lo >= 1000
               else "undecided (the interval spans 1 ms)")
    print("    => %s, outside: gateway p99 minus direct p99 = %s us, 95 %% interval %s: target < 1000 us %s" % (
        what, f(g["p99_diff_us"], True), ci(g["p99_diff_ci95_us"]), verdict))
    if a:
        print("       the method's zero (A/A, direct2 minus direct): %s us %s%s" % (
            f(a["p99_diff_us"], True), ci(a["p99_diff_ci95_us"]),
            "" if not n else "; nginx as the proxy: %s us %s" % (f(n["p99_diff_us"], True), ci(n["p99_diff_ci95_us"]))))
        alo, ahi = a["p99_diff_ci95_us"]
        if alo is None or ahi is None or alo > 0 or ahi < 0:
            print("       WARNING: the A/A interval does not contain 0, so this run's intervals are too narrow")
            print("       (too few 200-ms stretches, or noise that is not shared): do not quote it; run longer")
print("    => inside: saiguard_gateway_added_seconds{kind=\"%s\"} over the same run (warm-up included):" % kind)
print("       %s requests, p50 %s us, p99 %s us   [target: p99 < 1000 us]" % (hn, h50, h99))
PY
}
# interleaved PINS PART: runs the driver for part 2 (latency) or 3 (TTFB)
# once per value in PINS (1 pinned, 0 not).
interleaved() {
    local pin upids targets rate rounds secs kind what pre=() opt=()
    for pin in $1; do
        if [ "$2" = 2 ]; then
            upids="$(nginx_pids up)"; rate=${LAT_RATE:-1000}; rounds=${LAT_ROUNDS:-6}; secs=${LAT_SECONDS:-5}
            targets=(--target "direct:$UP:/v1/chat/completions" --target "direct2:$UP:/v1/chat/completions"
                     --target "gateway:$GW:/v1/chat/completions:Bearer $KEY" --target "nginx:$NG:/v1/chat/completions"
                     --compare gateway:nginx)
            kind=whole; what="added latency at $rate req/s"; opt=(--body "$T/body.json")
        else
            upids="$NODEPID"; rate=${STREAM_RATE:-100}; rounds=${STREAM_ROUNDS:-5}; secs=${STREAM_SECONDS:-4}
            targets=(--target "direct:$NODE:/v1/chat/completions" --target "direct2:$NODE:/v1/chat/completions"
                     --target "gateway:$GW:/stream/v1/chat/completions:Bearer $KEY")
            kind=stream; what="streaming TTFB added at $rate streams/s"; opt=(--body "$T/sbody.json" --ttfb)
        fi
        if [ "$pin" = 1 ] && ! can_pin 1 && [ "$1" != 1 ]; then
            echo "   (pinned run skipped: --workers $W, one CPU or no taskset)"; continue
        fi
        pre=()
        if can_pin "$pin"; then
            pin_proxies "$upids"; pre=(taskset -c 0)
            echo "   pinned: driver and upstream on CPU 0; the gateway's event loop$([ "$2" = 2 ] && echo " and nginx as the proxy") on CPU 1; the gateway's audit threads free"
        else
            echo "   not pinned (PIN=$pin, --workers $W, or one CPU)"
        fi
        if [ "${RT:-0}" = 1 ]; then
            realtime 1 "$upids $(nginx_pids ng) $GWPID"; pre=(chrt -f 10 "${pre[@]}")
            echo "   real-time (RT=1): driver, upstream, gateway (all threads) and nginx at SCHED_FIFO 10"
        fi
        echo "   driver: $(grep -o -- '--target' <<<"${targets[*]}" | wc -l) paths x $rate/s, interleaved in random order within each block, $rounds rounds x $secs s counted"
        awake 1
        scrape "$T/i0" "$kind"
        "${pre[@]}" "$DRIVER" "${opt[@]}" "${targets[@]}" --rate "$rate" --seconds "$((rounds * secs))" \
            --warmup "${LAT_WARMUP:-2}" --rounds "$rounds" --bootstrap "${LAT_BOOTSTRAP:-1000}" >"$T/drv.json" || true
        scrape "$T/i1" "$kind"
        awake 0
        can_pin "$pin" && unpin_all "$upids"
        realtime 0 "$upids $(nginx_pids ng) $GWPID"
        if [ ! -s "$T/drv.json" ]; then echo "    the driver failed (see above): no figures"; continue; fi
        [ -z "${KEEP:-}" ] || { mkdir -p "$KEEP"; cp "$T/drv.json" "$KEEP/part$2-pin$pin.json"; }
        lat_report "$T/drv.json" "$T/i0" "$T/i1" "$kind" "$what"
    done
}

if part 2; then
echo "-- added latency at ${LAT_RATE:-1000} req/s per path: direct, direct2 (A/A), gateway, nginx interleaved request by request"
interleaved "${PIN:-1 0}" 2
fi

if part 3; then
echo "-- streaming time to first byte at ${STREAM_RATE:-100} streams/s per path (node upstream, SSE): direct, direct2 (A/A), gateway"
SBODY='{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"one two three four five six seven eight"}]}'
printf '%s' "$SBODY" >"$T/sbody.json"
interleaved "${PIN:-1 0}" 3
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
