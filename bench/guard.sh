#!/usr/bin/env bash
# guard.sh - guardrail latency and throughput (bench_guard), then the
# detection figures with `saiguard guard eval` on the dev split, the
# hand-written held-out set and both entity sets, then the start-up cost of
# one `guard check` with and without the compiled-matcher cache. Pinned to
# one core.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${SG_BUILD:-build}
taskset -c 0 "$B/bench_guard" "${GUARD_ITERS:-20000}"
"$SAIGUARD" guard eval --jsonl "$SG_SHARED/data/injection/dev.jsonl"
"$SAIGUARD" guard eval --jsonl data/guard/heldout.jsonl
"$SAIGUARD" guard eval --jsonl data/guard/entities-eval.jsonl
"$SAIGUARD" guard eval --jsonl data/guard/entities-realistic.jsonl
# Start-up: CPU time of five `guard check` runs compiling the matchers
# (cache off) against five loading them from a warm cache.
C=$(mktemp -d)
printf 'Thanks, the order shipped.' >"$C/in.txt"
SAIGUARD_CACHE_DIR=$C/cache "$SAIGUARD" guard check --role output <"$C/in.txt" >/dev/null
for mode in off on; do
    dir=off; [ "$mode" = on ] && dir=$C/cache
    SAIGUARD_CACHE_DIR=$dir /usr/bin/time -f "guard check x5, cache $mode: %U s user + %S s sys" \
        sh -c "for i in 1 2 3 4 5; do '$SAIGUARD' guard check --role output <'$C/in.txt' >/dev/null; done"
done
rm -rf "$C"
