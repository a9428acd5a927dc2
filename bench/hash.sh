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
# SG_BENCH_RUNS paired rounds (default 5); see below.
set -euo pipefail
cd "$(dirname "$0")/.."
S=${SAIGUARD:-$PWD/build/saiguard}
GIB=${SG_BENCH_GIB:-4}
RUNS=${SG_BENCH_RUNS:-5}
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
secs() { # secs CMD...: wall seconds of one run; aborts the benchmark if CMD fails
    local t0 t1
    t0=$(now)
    "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; kill -TERM $$; }
    t1=$(now)
    echo "$t1 - $t0" | bc -l
}
div() { echo "scale=3; $1 / $2" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
maxof() { printf '%s\n' "$@" | sort -g | tail -n 1; }
gbps() { echo "scale=3; $1 / $2 / 1000000000" | bc -l; } # bytes seconds -> GB/s

"$S" keygen --out "$DIR/bench" --force >/dev/null
"$S" sign --quiet "$MODEL" --key "$DIR/bench.key" -o "$DIR/model.sig"

# Paired rounds: on a shared machine the load drifts from one second to the
# next, so each round times the baseline and saiguard back to back and the
# ratios are taken within the round; the median and best rounds are reported.
# limit = cores x the single-core rate of openssl dgst -sha256 on one file.
r_hash=() r_shards=() r_one=() r_verify=() g_openssl=() g_hash=()
for _ in $(seq "$RUNS"); do
    to=$(secs openssl dgst -sha256 "$big")
    th=$(secs "$S" hash --quiet "$MODEL")
    ts=$(secs "$S" hash --quiet --serialization shards "$MODEL")
    t1=$(secs "$S" hash --quiet --threads 1 "$MODEL")
    tv=$(secs "$S" verify --quiet "$MODEL" --sig "$DIR/model.sig" --key "$DIR/bench.pub")
    rate_o=$(gbps "$big_bytes" "$to")
    limit=$(echo "$rate_o * $CORES" | bc -l)
    g_openssl+=("$rate_o")
    g_hash+=("$(gbps "$bytes" "$th")")
    r_hash+=("$(div "$(gbps "$bytes" "$th")" "$limit")")
    r_shards+=("$(div "$(gbps "$bytes" "$ts")" "$limit")")
    r_one+=("$(div "$(gbps "$bytes" "$t1")" "$rate_o")")
    r_verify+=("$(div "$th" "$tv")")
done

# The slow baselines once each, next to a saiguard run.
th=$(secs "$S" hash --quiet "$MODEL")
tsum=$(secs sh -c "find '$MODEL' -type f ! -name '.complete-*' -print0 | xargs -0 sha256sum")
cat >"$DIR/hashlib_walk.py" <<'EOF'
import hashlib, os, sys
for root, _, names in os.walk(sys.argv[1]):
    for n in names:
        h = hashlib.sha256()
        with open(os.path.join(root, n), "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
EOF
th2=$(secs "$S" hash --quiet "$MODEL")
tpy=$(secs python3 "$DIR/hashlib_walk.py" "$MODEL")

# CPU seconds per byte, which other load does not change much: saiguard's
# cost relative to openssl's on the same bytes (1.00 = no overhead).
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{print $1 + $2}'; }
c_openssl=$(cpu openssl dgst -sha256 "$big")
c_files=$(cpu "$S" hash --quiet "$MODEL")

rss_kib=$(/usr/bin/time -v "$S" hash --quiet "$MODEL" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}')
rss_verify_kib=$(/usr/bin/time -v "$S" verify --quiet "$MODEL" --sig "$DIR/model.sig" --key "$DIR/bench.pub" 2>&1 >/dev/null |
    awk '/Maximum resident/ {print $6}')

cat <<EOF
model: $files files, $bytes bytes ($GIB GiB class) in the page cache, $CORES cores, $RUNS paired rounds
load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)
openssl dgst -sha256, 1 file, 1 core: median $(median "${g_openssl[@]}") GB/s; saiguard hash: median $(median "${g_hash[@]}") GB/s
saiguard hash (files) / (cores x openssl):   median $(median "${r_hash[@]}"), best $(maxof "${r_hash[@]}")  (target >= 0.85)
saiguard hash (shards 1e9) / (cores x openssl): median $(median "${r_shards[@]}"), best $(maxof "${r_shards[@]}")
saiguard hash --threads 1 / openssl:          median $(median "${r_one[@]}"), best $(maxof "${r_one[@]}")
saiguard verify speed / hash speed:           median $(median "${r_verify[@]}"), best $(maxof "${r_verify[@]}")  (verify = hash: 1.00)
saiguard hash vs sha256sum (coreutils):       $(div "$tsum" "$th") x faster
saiguard hash vs python hashlib (1 MiB reads): $(div "$tpy" "$th2") x faster
CPU time per byte, saiguard hash / openssl dgst: $(echo "scale=2; ($c_files * $big_bytes) / ($c_openssl * $bytes)" | bc -l)
peak RSS: hash $((rss_kib / 1024)) MiB, verify $((rss_verify_kib / 1024)) MiB (target < 64 MiB)
EOF
