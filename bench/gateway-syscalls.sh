#!/usr/bin/env bash
# bench/gateway-syscalls.sh - where the gateway's event loop spends a proxied
# request, in counts that do not depend on how busy the machine is: system
# calls per request of the loop thread (strace -c for the breakdown, perf
# stat raw_syscalls:sys_enter for the total) and CPU time per request of
# each gateway thread (loop, audit writer, ledger batcher: the threads
# are named, see saiguard-gateway(1)) from /proc/<pid>/task/*/stat, with
# its voluntary (it slept: epoll_wait, a condition variable) and
# involuntary (it was preempted) context switches per request from
# /proc/<pid>/task/*/status. Same setup as bench/gateway.sh: one loop,
# authentication, limits, quota, policy, audit and access log on, an nginx
# upstream returning a fixed chat completion, wrk POSTing on keep-alive.
# Last, allocations per request of each thread (malloc, calloc, realloc,
# free; the gateway restarted under bench/malloc-count.c, an LD_PRELOAD
# counter compiled here with cc).
#   bench/gateway-syscalls.sh [SAIGUARD_BINARY]   (default build/saiguard)
# Needs nginx, wrk, strace, cc; perf (linux-perf) for the total, skipped if
# absent. ONLY=alloc runs the allocation count alone. ONLY=callgrind counts
# instead the event loop's instructions per request under valgrind's
# callgrind (user space only; a count that does not depend on how busy the
# machine is, for comparing two builds on a shared machine): the gateway
# runs under callgrind with instrumentation switched on around a wrk run
# (CG_SECONDS, default 8), and the requests are the access log's new lines.
# Valgrind's CPU has no SHA extensions, so OpenSSL's SHA-256 runs its
# generic code there: libcrypto's share is printed apart.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${1:-${SAIGUARD:-$PWD/build/saiguard}}
for t in nginx wrk strace "$BIN"; do
    command -v "$t" >/dev/null || [ -x "$t" ] || { echo "bench/gateway-syscalls: $t missing"; exit 2; }
done
T=$(mktemp -d /tmp/sg-bench-sc-XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
. bench/gateway-common.bash
UP=$(port)
mkdir -p "$T/ng"
nginx_write_conf "$T/ng" 1 2000 "$(nginx_upstream_server "$UP")"
nginx -p "$T/ng" -c "$T/ng/nginx.conf" -e "$T/ng/error.log" &
PIDS+=($!)
bench_key "$BIN"
cat >"$T/gw.yaml" <<YAML
listeners: [{address: 127.0.0.1, port: 0}]
upstreams: [{name: nginx, url: "http://127.0.0.1:$UP", max_connections: 64}]
routes: [{name: openai, upstream: nginx, guardrails: false}]
policies:
$(bench_policy)
keys: [{id: bench, policy: bench, hash: "$HASH"}]
audit: {access_log: $T/access.jsonl}
YAML
start_gw() { # [ENV=VALUE...]: GW (pid), URL; state and access log kept across restarts
    : >"$T/gw.err"
    env "$@" "$BIN" gateway --config "$T/gw.yaml" --workers 1 --state "$T/state" 2>"$T/gw.err" &
    GW=$!; PIDS+=($GW)
    for i in $(seq 50); do grep -q listening "$T/gw.err" && break; sleep 0.1; done
    GP=$(awk '/listening/{print $NF; exit}' "$T/gw.err")
    URL="http://127.0.0.1:$GP/v1/chat/completions"
    wrk -t1 -c16 -d1s -s "$T/post.lua" "$URL" >/dev/null # warm: upstream pool open
}
write_post_lua "$T/post.lua"
requests() { awk '/requests in/{print $1}'; }
echo "binary: $BIN"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${ONLY:-}" = callgrind ]; then
    command -v valgrind >/dev/null || { echo "bench/gateway-syscalls: valgrind missing"; exit 2; }
    : >"$T/gw.err"
    valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no \
        --callgrind-out-file="$T/cg.out" "$BIN" gateway --config "$T/gw.yaml" --workers 1 \
        --state "$T/state" 2>"$T/gw.err" &
    GW=$!; PIDS+=($GW)
    for i in $(seq 600); do grep -q listening "$T/gw.err" && break; sleep 0.1; done
    GP=$(awk '/listening/{print $NF; exit}' "$T/gw.err")
    URL="http://127.0.0.1:$GP/v1/chat/completions"
    wrk -t1 -c16 -d2s -s "$T/post.lua" "$URL" >/dev/null
    sleep 1
    A0=$(wc -l <"$T/access.jsonl")
    callgrind_control -i on "$GW" >/dev/null 2>&1
    wrk -t1 -c16 -d"${CG_SECONDS:-8}"s -s "$T/post.lua" "$URL" >/dev/null
    callgrind_control -i off "$GW" >/dev/null 2>&1
    sleep 1
    N=$(( $(wc -l <"$T/access.jsonl") - A0 ))
    callgrind_control -d "$GW" >/dev/null 2>&1
    sleep 1
    # With --workers 1 the loop is the main thread: part 1, thread 1.
    F=$(ls "$T"/cg.out.1-01 2>/dev/null || ls "$T"/cg.out*-01 | head -1)
    TOTAL=$(awk '/^totals:/{print $2}' "$F")
    CRYPTO=$(callgrind_annotate --inclusive=no --threshold=100 "$F" |
        awk '/libcrypto/{gsub(",", "", $1); s += $1} END{print s + 0}')
    echo "-- instructions per request of the event loop (callgrind, wrk -c16 ${CG_SECONDS:-8} s, $N requests)"
    awk -v t="$TOTAL" -v c="$CRYPTO" -v n="$N" 'BEGIN{printf "  %.0f in all, %.0f without libcrypto (SHA-256 without SHA-NI here)\n", t / n, (t - c) / n}'
    echo "-- the event loop's largest functions, instructions per request (self)"
    callgrind_annotate --inclusive=no "$F" | awk -v n="$N" '
        /^ *[0-9,]+ +\(/ && !/PROGRAM TOTALS/ {v = $1; gsub(",", "", v); f = $0;
            sub(/^[^)]*\) +/, "", f); sub(/ .*/, "", f); sub(/.*:/, "", f);
            if (k++ < 20) printf "  %7.0f %s\n", v / n, f }'
    exit 0
fi

if [ "${ONLY:-}" != alloc ]; then
start_gw

# With --workers 1 the event loop is the main thread (tid == pid).
strace -c -q -p "$GW" -o "$T/strace.txt" &
ST=$!
sleep 0.5
N=$(wrk -t1 -c16 -d3s -s "$T/post.lua" "$URL" | requests)
kill -INT "$ST"; wait "$ST" 2>/dev/null || true
echo "-- system calls of the event-loop thread per request (strace -c, $N requests, wrk -c16 3 s, slowed by strace)"
awk -v n="$N" '$1 ~ /^[0-9.]+$/ && NF >= 5 && $NF != "total" {printf "  %-12s %6.2f\n", $NF, $4 / n}' "$T/strace.txt"

if command -v perf >/dev/null; then
    perf stat -e raw_syscalls:sys_enter -t "$GW" -o "$T/perf.txt" -- sleep 3.4 &
    PS=$!
    sleep 0.2
    OUT=$(wrk -t1 -c16 -d3s -s "$T/post.lua" "$URL")
    wait "$PS" || true
    N=$(printf '%s\n' "$OUT" | requests)
    S=$(awk '/raw_syscalls/{gsub(",", "", $1); print $1}' "$T/perf.txt")
    echo "-- perf stat raw_syscalls:sys_enter, event-loop thread: $(python3 -c "print(f'{$S/$N:.2f}')") per request ($N requests)"
fi

snap() { # tid user+sys-ticks voluntary involuntary name
    for t in /proc/"$GW"/task/*; do
        echo "$(basename "$t") $(awk '{print $14+$15}' "$t/stat") $(awk '/^voluntary_ctxt/{v=$2} /^nonvoluntary_ctxt/{i=$2} END{print v, i}' "$t/status") $(tr -d ' ' <"$t/comm")"
    done
}
snap >"$T/a.txt"
OUT=$(wrk -t1 -c64 -d4s -s "$T/post.lua" "$URL")
snap >"$T/b.txt"
N=$(printf '%s\n' "$OUT" | requests)
echo "-- CPU per request by thread (wrk -c64 4 s, $(printf '%s\n' "$OUT" | awk '/Requests\/sec/{print int($2)}') req/s)"
join <(sort "$T/a.txt") <(sort "$T/b.txt") | awk -v n="$N" -v hz="$(getconf CLK_TCK)" -v loop="$GW" '
    { d = $6 - $2; tot += d; name = ($1 == loop ? "event loop" : $5) " (" $1 ")"
      printf "  %-22s %6.1f us   context switches: %5.2f voluntary, %5.2f involuntary\n", name,
             d * 1e6 / hz / n, ($7 - $3) / n, ($8 - $4) / n }
    END { printf "  %-22s %6.1f us\n", "all threads", tot * 1e6 / hz / n }'
kill "$GW"; wait "$GW" 2>/dev/null || true
fi

# Allocations per request, by thread: the counters live in a file the shim
# maps, read around a wrk run (start-up and warm-up drop out).
cc -O2 -shared -fPIC -o "$T/malloc-count.so" bench/malloc-count.c -ldl
start_gw LD_PRELOAD="$T/malloc-count.so" MALLOC_COUNT_FILE="$T/mc.bin"
cp "$T/mc.bin" "$T/mc0.bin"
OUT=$(wrk -t1 -c64 -d3s -s "$T/post.lua" "$URL")
cp "$T/mc.bin" "$T/mc1.bin"
N=$(printf '%s\n' "$OUT" | requests)
echo "-- allocations per request by thread (wrk -c64 3 s, $N requests; malloc+calloc+realloc+aligned / free)"
python3 - "$T/mc0.bin" "$T/mc1.bin" "$N" "$GW" <<'PY'
import struct, sys
def load(f):
    d = open(f, "rb").read()
    return {r[0]: r[1:6] for r in (struct.unpack_from("8Q", d, i * 64) for i in range(len(d) // 64)) if r[0]}
a, b, n, loop = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def name(tid):
    try:
        return "%s (%d)" % (open("/proc/%d/task/%d/comm" % (loop, tid)).read().strip(), tid)
    except OSError:
        return "thread %d" % tid
tot = [0, 0]
for tid in sorted(b):
    d = [x - y for x, y in zip(b[tid], a.get(tid, (0,) * 5))]
    allocs, frees = d[0] + d[1] + d[2] + d[4], d[3]
    if not allocs and not frees:
        continue
    tot[0] += allocs; tot[1] += frees
    print("  %-16s %6.2f allocations, %6.2f frees per request (malloc %.2f, calloc %.2f, realloc %.2f)" % (
        "event loop" if tid == loop else name(tid), allocs / n, frees / n, d[0] / n, d[1] / n, d[2] / n))
print("  %-16s %6.2f allocations, %6.2f frees per request" % ("all threads", tot[0] / n, tot[1] / n))
PY
