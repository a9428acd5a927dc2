#!/usr/bin/env bash
# bench/ledger.sh - the audit ledger's benchmarks (bench/bench_ledger.c) on the
# release build: group commit, synchronous append, verify and proofs at
# LEDGER_ENTRIES entries (default 1,000,000). Figures: docs/performance.md.
set -euo pipefail
bin="$(dirname "$SAIGUARD")/bench_ledger"
[ -x "$bin" ] || { echo "build first: make ($bin missing)"; exit 1; }
nice "$bin" --entries "${LEDGER_ENTRIES:-1000000}"
