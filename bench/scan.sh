#!/usr/bin/env bash
# bench/scan.sh - saiguard scan performance (issue 3 targets):
#   1. pickle analysis throughput on large benign pickles (a 35 MB vocabulary
#      pickle and a large state-dict pickle), in process, against SHA-256 of
#      the same bytes as the same-run baseline;
#   2. safetensors/GGUF header checks independent of tensor size (sparse
#      10 GB files vs the same headers with tiny payloads);
#   3. a directory of 10,000 small files (target < 2 s);
#   4. peak memory of the CLI on the big pickle.
# Needs the release build (make) and build/bench_scan; hyperfine if present.
set -euo pipefail
cd "$(dirname "$0")/.."
SAIGUARD=${SAIGUARD:-$PWD/build/saiguard}
BENCH=${BENCH_SCAN:-$PWD/build/bench_scan}
W=$(mktemp -d "${TMPDIR:-/tmp}/sg-bench-scan-XXXXXX")
trap 'rm -rf "$W"' EXIT
export SAIGUARD_STATE="$W/state"   # the audit ledger writes here, not into the tree

python3 - "$W" <<'PY'
import collections, io, json, os, pickle, struct, sys, types
out = sys.argv[1]
# 1a. vocabulary pickle (~35 MB): dict of token -> id, protocol 4 (as HF/tiktoken caches)
vocab = {("tok_%07d_" % i) + "x" * (i % 9): i for i in range(1_550_000)}
open(os.path.join(out, "vocab.pkl"), "wb").write(pickle.dumps(vocab, protocol=4))
# 1b. state-dict pickle: torch layout, stand-in modules only so pickle emits the right globals
for name in ("torch", "torch._utils"):
    sys.modules[name] = types.ModuleType(name)
def _rebuild_tensor_v2(*a): pass
_rebuild_tensor_v2.__module__ = "torch._utils"
sys.modules["torch._utils"]._rebuild_tensor_v2 = _rebuild_tensor_v2
class FloatStorage: pass
FloatStorage.__module__ = "torch"; sys.modules["torch"].FloatStorage = FloatStorage
class Ref:
    def __init__(s, k): s.k = k
class T:
    def __init__(s, k): s.k = k
    def __reduce__(s): return (_rebuild_tensor_v2, (Ref(s.k), 0, (4096, 4096), (4096, 1), False, collections.OrderedDict()))
class P(pickle.Pickler):
    def persistent_id(s, o): return ("storage", FloatStorage, o.k, "cpu", 16777216) if isinstance(o, Ref) else None
sd = collections.OrderedDict(("model.layers.%d.mlp.weight_%d" % (i // 8, i % 8), T(str(i))) for i in range(200_000))
buf = io.BytesIO(); P(buf, protocol=2).dump(sd)
open(os.path.join(out, "state_dict.pkl"), "wb").write(buf.getvalue())
# 2. sparse 10 GB safetensors and GGUF next to 1 KB twins with the same headers
def st(path, n):
    h = json.dumps({"w%d" % i: {"dtype": "F32", "shape": [n // 4 // 64], "data_offsets": [i * (n // 64), (i + 1) * (n // 64)]} for i in range(64)}).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h); f.truncate(8 + len(h) + (n // 64) * 64)
st(os.path.join(out, "big.safetensors"), 10 << 30); st(os.path.join(out, "small.safetensors"), 1 << 12)
def gguf(path, elems):
    s = lambda x: struct.pack("<Q", len(x)) + x
    kv = s(b"general.architecture") + struct.pack("<I", 8) + s(b"llama")
    kv += s(b"tokenizer.chat_template") + struct.pack("<I", 8) + s(b"{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}{% endfor %}")
    ti = b"".join(s(b"t%d" % i) + struct.pack("<IQIQ", 1, elems, 0, i * elems * 4) for i in range(16))
    head = b"GGUF" + struct.pack("<IQQ", 3, 16, 2) + kv + ti
    head += b"\0" * ((-len(head)) % 32)
    with open(path, "wb") as f:
        f.write(head); f.truncate(len(head) + 16 * elems * 4)
gguf(os.path.join(out, "big.gguf"), (10 << 30) // 64); gguf(os.path.join(out, "small.gguf"), 64)
# 3. 10,000 small files: safetensors, JSON, tiny pickles, text
d = os.path.join(out, "many"); os.makedirs(d)
for i in range(10_000):
    sub = os.path.join(d, "m%03d" % (i // 100)); os.makedirs(sub, exist_ok=True)
    kind = i % 4
    with open(os.path.join(sub, "f%05d%s" % (i, [".pkl", ".json", ".safetensors", ".txt"][kind])), "wb") as f:
        if kind == 0: f.write(pickle.dumps({"step": i, "lr": 0.001}, protocol=4))
        elif kind == 1: f.write(json.dumps({"i": i}).encode())
        elif kind == 2:
            h = json.dumps({"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}).encode()
            f.write(struct.pack("<Q", len(h)) + h + b"\0" * 16)
        else: f.write(b"notes %d\n" % i)
PY

echo "-- 1. pickle throughput (in process, best of 5, same-run SHA-256 baseline)"
nice "$BENCH" -n 5 "$W/vocab.pkl" "$W/state_dict.pkl"

t() { # t LABEL CMD...: wall time of one run, in ms
    local s e; s=$(date +%s%N); "${@:2}" >/dev/null 2>&1 || true; e=$(date +%s%N)
    printf '%-44s %8.1f ms\n' "$1" "$(echo "($e - $s) / 1000000" | bc -l)"
}
echo "-- 2. header checks independent of tensor size (CLI, one run each)"
ls -l "$W/big.safetensors" "$W/big.gguf" | awk '{printf "   %s %.1f GB (sparse)\n", $9, $5/1e9}'
if command -v hyperfine >/dev/null; then
    hyperfine -N -w 3 -r 20 --export-markdown "$W/h.md" \
        "$SAIGUARD scan --quiet $W/small.safetensors" "$SAIGUARD scan --quiet $W/big.safetensors" \
        "$SAIGUARD scan --quiet $W/small.gguf" "$SAIGUARD scan --quiet $W/big.gguf" 2>/dev/null | grep -E "Time|±|Benchmark" || true
else
    for f in small.safetensors big.safetensors small.gguf big.gguf; do t "$f" "$SAIGUARD" scan "$W/$f"; done
fi
echo "-- 3. 10,000 small files"
/usr/bin/time -f "   wall %e s, user %U s, sys %S s, peak RSS %M KB" "$SAIGUARD" scan --quiet --fail-on never "$W/many" | tail -1
echo "   baseline: find + cat of the same tree"
/usr/bin/time -f "   wall %e s" sh -c "find '$W/many' -type f -exec cat {} + >/dev/null"
echo "-- 4. CLI peak memory on the big pickles"
/usr/bin/time -f "   vocab.pkl: wall %e s, peak RSS %M KB" "$SAIGUARD" scan --quiet --fail-on never "$W/vocab.pkl" >/dev/null
/usr/bin/time -f "   state_dict.pkl: wall %e s, peak RSS %M KB" "$SAIGUARD" scan --quiet --fail-on never "$W/state_dict.pkl" >/dev/null
ls -l "$W/vocab.pkl" "$W/state_dict.pkl" | awk '{printf "   %s %.1f MB\n", $9, $5/1e6}'
