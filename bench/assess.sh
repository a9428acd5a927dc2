#!/usr/bin/env bash
# bench/assess.sh - how long a full assessment takes (every collector, all
# 72 verdicts, the report) on the two example systems, as a ratio to the
# baseline of merely hashing every file of the same system once with
# sha256sum (the I/O any assessment must at least do). Also the HTML and
# OSCAL renderers. Uses hyperfine when installed.
set -euo pipefail
: "${SAIGUARD:?}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 "$(dirname "$0")/../scripts/make-examples" --saiguard "$SAIGUARD" --out "$T" >/dev/null
for name in support-assistant careless-deployment; do
    cd "$T/$name"
    echo "-- $name ($(find . -type f | wc -l) files, $(du -sh . | cut -f1))"
    if command -v hyperfine >/dev/null; then
        hyperfine -N --warmup 2 --runs 15 --export-json "$T/$name.json" \
            "find . -type f -exec sha256sum {} +" \
            "$SAIGUARD assess --at 2026-11-23 --no-record --fail-on none --format json" \
            "$SAIGUARD assess --at 2026-11-23 --no-record --fail-on none --format html" \
            "$SAIGUARD assess --at 2026-11-23 --no-record --fail-on none --format oscal" 2>/dev/null |
            grep -E "Time|±|times faster|^  " || true
        python3 - "$T/$name.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]["mean"]
for x in r[1:]:
    print(f"   ratio {x['mean'] / base:6.1f}x baseline  ({x['mean'] * 1000:.1f} ms)  {x['command'].split('--format ')[1]}")
PY
    else
        s=$(date +%s%N); find . -type f -exec sha256sum {} + >/dev/null; b=$(( $(date +%s%N) - s ))
        s=$(date +%s%N); "$SAIGUARD" assess --at 2026-11-23 --no-record --fail-on none --format json >/dev/null; a=$(( $(date +%s%N) - s ))
        echo "   baseline $((b / 1000000)) ms, assess $((a / 1000000)) ms"
    fi
done
