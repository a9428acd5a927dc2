#!/usr/bin/env bash
# guard.sh - guardrail latency and throughput (bench_guard), then the
# detection figures with `saiguard guard eval` on the dev split and the
# hand-written held-out set. Pinned to one core.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${SG_BUILD:-build}
taskset -c 0 "$B/bench_guard" "${GUARD_ITERS:-20000}"
"$SAIGUARD" guard eval --jsonl "$SG_SHARED/data/injection/dev.jsonl"
"$SAIGUARD" guard eval --jsonl data/guard/heldout.jsonl
"$SAIGUARD" guard eval --jsonl data/guard/entities-eval.jsonl
