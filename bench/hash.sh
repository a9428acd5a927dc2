#!/usr/bin/env bash
# bench/hash.sh - hashing throughput of `saiguard hash` (and `verify`) on a
# model directory of about 4 GiB (two large files plus a few hundred small
# ones) held in the page cache, as ratios against baselines measured in the
# same run: the single-core rate of `openssl dgst -sha256` times the number of
# cores (the machine's physical limit), coreutils `sha256sum`, and a Python
# hashlib loop with 1 MiB reads (what the reference implementation does per
# file). Also peak RSS (from /usr/bin/time -v).
#
#   bench/run                      (or: BENCH=hash bench/run)
#   SG_BENCH_GIB=1 bench/hash.sh   smaller model for a quick look
# Each timing is the best of SG_BENCH_RUNS (default 3) runs.
set -euo pipefail
cd "$(dirname "$0")/.."
S=${SAIGUARD:-$PWD/build/saiguard}
GIB=${SG_BENCH_GIB:-4}
RUNS=${SG_BENCH_RUNS:-3}
DIR=${SG_BENCH_DIR:-$PWD/build/bench-hash}
MODEL=$DIR/model
CORES=$(nproc)

[ -x "$S" ] || { echo "build saiguard first (make)"; exit 2; }
mkdir -p "$DIR"

# ---- the model: 2 large files of GIB/2 each, 300 small files (4-260 KiB) ----
large=$((GIB * 512))   # MiB per large file
if [ ! -f "$MODEL/.complete-$GIB" ]; then
    echo "creating a ${GIB} GiB model in $MODEL ..."
    rm -rf "$MODEL"; mkdir -p "$MODEL/shards" "$MODEL/tokenizer"
    # AES-CTR keystream: incompressible bytes at several GB/s
    for i in 1 2; do
        openssl enc -aes-128-ctr -pass pass:saiguard-bench-$i -nosalt -pbkdf2 </dev/zero 2>/dev/null |
            head -c $((large << 20)) >"$MODEL/model-0000$i-of-00002.safetensors" || true
        [ "$(stat -c %s "$MODEL/model-0000$i-of-00002.safetensors")" = $((large << 20)) ] ||
            { echo "could not create the model"; exit 3; }
    done
    for i in $(seq 1 300); do
        head -c $(((i % 64 + 1) * 4096)) "$MODEL/model-00001-of-00002.safetensors" >"$MODEL/shards/part-$i.bin"
    done
    printf '{"architectures":["Bench"]}' >"$MODEL/config.json"
    touch "$MODEL/.complete-$GIB"
fi
rm -f "$MODEL"/.complete-*.sig
bytes=$(find "$MODEL" -type f ! -name '.complete-*' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')
files=$(find "$MODEL" -type f ! -name '.complete-*' | wc -l)
big="$MODEL/model-00001-of-00002.safetensors"
big_bytes=$(stat -c %s "$big")

# Bring everything into the page cache.
find "$MODEL" -type f -exec cat {} + >/dev/null

now() { date +%s.%N; }
best() { # best CMD...: best wall time of RUNS runs (seconds)
    local b="" t0 t1 d
    for _ in $(seq "$RUNS"); do
        t0=$(now); "$@" >/dev/null; t1=$(now)
        d=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$b" ] || [ "$(echo "$d < $b" | bc -l)" = 1 ]; then b=$d; fi
    done
    echo "$b"
}
rate() { echo "scale=3; $1 / $2 / 1000000000" | bc -l; } # bytes seconds -> GB/s

t_openssl=$(best openssl dgst -sha256 "$big")
r_openssl=$(rate "$big_bytes" "$t_openssl")
limit=$(echo "scale=3; $r_openssl * $CORES" | bc -l)

t_files=$(best "$S" hash --quiet "$MODEL")
r_files=$(rate "$bytes" "$t_files")
t_shards=$(best "$S" hash --quiet --serialization shards "$MODEL")
r_shards=$(rate "$bytes" "$t_shards")
t_one=$(best "$S" hash --quiet --threads 1 "$MODEL")
r_one=$(rate "$bytes" "$t_one")

t_sum=$(best sh -c "find '$MODEL' -type f ! -name '.complete-*' -print0 | xargs -0 sha256sum")
r_sum=$(rate "$bytes" "$t_sum")
cat >"$DIR/hashlib_walk.py" <<'EOF'
import hashlib, os, sys
for root, _, names in os.walk(sys.argv[1]):
    for n in names:
        h = hashlib.sha256()
        with open(os.path.join(root, n), "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
EOF
t_py=$(best python3 "$DIR/hashlib_walk.py" "$MODEL")
r_py=$(rate "$bytes" "$t_py")

# verify costs the same as hash: sign once, then time verify.
"$S" keygen --out "$DIR/bench" --force >/dev/null
"$S" sign --quiet "$MODEL" --key "$DIR/bench.key" -o "$DIR/model.sig"
t_verify=$(best "$S" verify --quiet "$MODEL" --sig "$DIR/model.sig" --key "$DIR/bench.pub")
r_verify=$(rate "$bytes" "$t_verify")

# CPU seconds per byte, which other load on a shared machine does not change:
# saiguard's cost relative to openssl's on the same bytes.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{print $1 + $2}'; }
c_openssl=$(cpu openssl dgst -sha256 "$big")
c_files=$(cpu "$S" hash --quiet "$MODEL")

rss_kib=$(/usr/bin/time -v "$S" hash --quiet "$MODEL" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}')
rss_verify_kib=$(/usr/bin/time -v "$S" verify --quiet "$MODEL" --sig "$DIR/model.sig" --key "$DIR/bench.pub" 2>&1 >/dev/null |
    awk '/Maximum resident/ {print $6}')

ratio() { echo "scale=2; $1 / $2" | bc -l; }
cat <<EOF
model: $files files, $bytes bytes ($GIB GiB class), page cache, $CORES cores, load $(cut -d' ' -f1-3 /proc/loadavg)
baseline openssl dgst -sha256 (1 file, 1 core): $r_openssl GB/s -> physical limit $CORES x = $limit GB/s
saiguard hash (files):        $r_files GB/s  = $(ratio "$r_files" "$limit") x limit  (target >= 0.85)
saiguard hash (shards 1e9):   $r_shards GB/s  = $(ratio "$r_shards" "$limit") x limit
saiguard hash --threads 1:    $r_one GB/s  = $(ratio "$r_one" "$r_openssl") x openssl single core
saiguard verify:              $r_verify GB/s  = $(ratio "$t_files" "$t_verify") x hash speed
sha256sum (coreutils):        $r_sum GB/s  -> saiguard is $(ratio "$r_files" "$r_sum") x faster
python hashlib, 1 MiB reads:  $r_py GB/s  -> saiguard is $(ratio "$r_files" "$r_py") x faster
CPU per byte: saiguard hash uses $(echo "scale=2; ($c_files * $big_bytes) / ($c_openssl * $bytes)" | bc -l) x the CPU time of openssl dgst (1.00 = no overhead)
peak RSS: hash $((rss_kib / 1024)) MiB, verify $((rss_verify_kib / 1024)) MiB (target < 64 MiB)
EOF
