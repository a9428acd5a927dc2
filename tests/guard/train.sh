# train.sh - `saiguard guard train` is deterministic: with its defaults it
# regenerates the shipped weights file byte for byte (fixed seed, fixed
# order). The full run takes minutes under ASan, so sanitizer builds check
# determinism on a subset and leave the full comparison to release builds
# (or SG_SLOW_TESTS=1).
. "$SG_SOURCE_DIR/tests/harness/lib.sh"

sanitized=false
grep -q '^SG_SANITIZE:BOOL=ON' "$SG_BUILD_DIR/CMakeCache.txt" 2>/dev/null && sanitized=true

if ! $sanitized || [ -n "${SG_SLOW_TESTS:-}" ]; then
    case_ "deterministic training reproduces data/guard/model.bin"
    run "$SAIGUARD" guard train --quiet --out "$T/model.bin" --format json
    [ "$RC" -eq 0 ] && ok "trained" || fail "exit $RC: $ERR"
    if cmp -s "$T/model.bin" "$SG_SOURCE_DIR/data/guard/model.bin"; then ok "same bytes"; else fail "weights differ"; fi
    if cmp -s "$T/model.bin.sha256" "$SG_SOURCE_DIR/data/guard/model.bin.sha256"; then ok "same digest"; else fail "digest differs"; fi
    [ "$(json_get "d['sha256']")" = "$(cat "$SG_SOURCE_DIR/data/guard/model.bin.sha256")" ] && ok "reported digest" || fail "$OUT"
fi

case_ "training twice on the same data gives the same bytes; another seed does not"
mkdir -p sub
head -n 1500 "$SG_SHARED/data/injection/train.jsonl" > sub/train.jsonl
head -n 300 "$SG_SHARED/data/injection/dev.jsonl" > sub/dev.jsonl
x="--extra $SG_SOURCE_DIR/data/guard/train-attacks.jsonl --extra $SG_SOURCE_DIR/data/guard/train-benign.jsonl"
run "$SAIGUARD" guard train --quiet --data sub $x --out a.bin
[ "$RC" -eq 0 ] && ok "first" || fail "exit $RC: $ERR"
run "$SAIGUARD" guard train --quiet --data sub $x --out b.bin
[ "$RC" -eq 0 ] && ok "second" || fail "exit $RC: $ERR"
cmp -s a.bin b.bin && ok "identical" || fail "training is not deterministic"
run "$SAIGUARD" guard train --quiet --data sub $x --seed 8 --out c.bin
cmp -s a.bin c.bin && fail "seed ignored" || ok "seed matters"

case_ "bad training data is a clean error"
mkdir -p bad && printf '{"text": "x", "label": 3}\n' > bad/train.jsonl && cp bad/train.jsonl bad/dev.jsonl
expect_rc 2 "$SAIGUARD" guard train --data bad --out "$T/x.bin"
expect_one_line_error

case_ "the second held-out set is what its generator writes"
python3 "$SG_SOURCE_DIR/data/guard/gen-heldout2.py" > heldout2.jsonl
cmp -s heldout2.jsonl "$SG_SOURCE_DIR/data/guard/heldout2.jsonl" && ok "same bytes" \
    || fail "data/guard/heldout2.jsonl differs from gen-heldout2.py's output"

case_ "the frame-rule training lines are what their generator writes"
python3 "$SG_SOURCE_DIR/data/guard/gen-frames.py" > train-frames.jsonl
cmp -s train-frames.jsonl "$SG_SOURCE_DIR/data/guard/train-frames.jsonl" && ok "same bytes" \
    || fail "data/guard/train-frames.jsonl differs from gen-frames.py's output"
