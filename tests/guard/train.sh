# train.sh - `saiguard guard train` is deterministic: with its defaults it
# regenerates the shipped weights file byte for byte (fixed seeds, fixed
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
    [ "$(json_get "d['shuffles']")" = 3 ] && ok "mean of 3 shuffles" || fail "$OUT"
fi

case_ "training twice on the same data gives the same bytes; another seed does not"
mkdir -p sub
head -n 1500 "$SG_SHARED/data/injection/train.jsonl" > sub/train.jsonl
head -n 300 "$SG_SHARED/data/injection/dev.jsonl" > sub/dev.jsonl
x="--extra $SG_SOURCE_DIR/data/guard/train-attacks.jsonl --extra $SG_SOURCE_DIR/data/guard/train-benign.jsonl"
run "$SAIGUARD" guard train --quiet --data sub $x --out a.bin --format json
[ "$RC" -eq 0 ] && ok "first" || fail "exit $RC: $ERR"
# The user threshold keeps the calibration lines' false positives inside
# the budgets (src/guard/train.c): 1.5 % of benign, 4 % of hard benign.
[ "$(json_get "d['dev']['fpr'] <= 0.015 and d['dev']['hard_fpr'] <= 0.04")" = True ] \
    && ok "threshold within the false-positive budgets" || fail "$OUT"
run "$SAIGUARD" guard train --quiet --data sub $x --out b.bin
[ "$RC" -eq 0 ] && ok "second" || fail "exit $RC: $ERR"
cmp -s a.bin b.bin && ok "identical" || fail "training is not deterministic"
run "$SAIGUARD" guard train --quiet --data sub $x --seed 8 --out c.bin
cmp -s a.bin c.bin && fail "seed ignored" || ok "seed matters"

case_ "--shuffles takes 1 to 64 (the mean itself: tests/guard/test_train_mean.c)"
for k in 0 65 -1 x ""; do
    expect_rc 2 "$SAIGUARD" guard train --data sub --shuffles "$k" --out "$T/x.bin"
    expect_one_line_error
done

case_ "bad training data is a clean error"
mkdir -p bad && printf '{"text": "x", "label": 3}\n' > bad/train.jsonl && cp bad/train.jsonl bad/dev.jsonl
expect_rc 2 "$SAIGUARD" guard train --data bad --out "$T/x.bin"
expect_one_line_error

case_ "the second held-out set is what its generator writes"
python3 "$SG_SOURCE_DIR/data/guard/gen-heldout2.py" > heldout2.jsonl
cmp -s heldout2.jsonl "$SG_SOURCE_DIR/data/guard/heldout2.jsonl" && ok "same bytes" \
    || fail "data/guard/heldout2.jsonl differs from gen-heldout2.py's output"

case_ "the third to fourteenth held-out sets are what their scripts write"
# Each script's output: sets 4 and 5 write under data/guard/ of the current
# folder, the others beside the script (or, set 3, into its argument).
outs=(h3/heldout3.jsonl h3/heldout3-tool.jsonl)
mkdir -p h3
python3 "$SG_SOURCE_DIR/data/guard/heldout3-src.py" h3
for n in 4 5; do
    mkdir -p h$n/data/guard
    (cd h$n && python3 "$SG_SOURCE_DIR/data/guard/heldout$n-src.py" 2> /dev/null) || fail "heldout$n-src.py failed"
    outs+=(h$n/data/guard/heldout$n.jsonl h$n/data/guard/heldout$n-tool.jsonl)
done
for n in 6 7 8 9 10; do # one script writes both sides
    mkdir -p h$n && cp "$SG_SOURCE_DIR/data/guard/heldout$n-src.py" h$n/
    python3 h$n/heldout$n-src.py 2> /dev/null || fail "heldout$n-src.py failed"
    outs+=(h$n/heldout$n.jsonl h$n/heldout$n-tool.jsonl)
done
for n in 11 12 13 14; do # one script per side
    mkdir -p h$n
    for s in heldout$n heldout$n-tool; do
        cp "$SG_SOURCE_DIR/data/guard/$s-src.py" h$n/
        python3 h$n/$s-src.py > /dev/null 2>&1 || fail "$s-src.py failed"
        outs+=(h$n/$s.jsonl)
    done
done
for f in "${outs[@]}"; do
    cmp -s "$f" "$SG_SOURCE_DIR/data/guard/${f##*/}" && ok "${f##*/}: same bytes" \
        || fail "data/guard/${f##*/} differs from its script's output"
done

case_ "the third to fourteenth held-out sets have the promised fields and counts"
if python3 - "$SG_SOURCE_DIR/data/guard" <<'EOF'; then ok "fields and counts"; else fail "fields or counts"; fi
import collections, json, sys
d = sys.argv[1]
def load(name, sources):
    """The lines of one file, checked, and their count per source suffix."""
    rows = [json.loads(l) for l in open(f"{d}/{name}", encoding="utf-8")]
    for o in rows:
        assert set(o) == {"text", "label", "source", "category"}, o
        assert isinstance(o["text"], str) and o["text"].strip() and o["label"] in (0, 1), o
        assert o["source"] in sources and sources[o["source"]] == o["label"], o
        assert isinstance(o["category"], str) and o["category"], o
    prefix = name.split("-")[0].split(".")[0] + "-"
    return rows, collections.Counter(o["source"].split(prefix)[1] for o in rows)
# file, {source: label}, least lines per source suffix, least attack categories,
# shortest and longest text (None: any)
SETS = [
    ("heldout3.jsonl", {"saiguard:heldout3-hard-negatives": 0, "saiguard:heldout3-benign": 0,
                        "saiguard:heldout3-attacks": 1},
     {"hard-negatives": 220, "benign": 80, "attacks": 150}, 12, None),
    ("heldout3-tool.jsonl", {"saiguard:heldout3-tool-benign": 0, "saiguard:heldout3-tool-attacks": 1},
     {"tool-benign": 80, "tool-attacks": 60}, 1, (200, 3000)),
    ("heldout4.jsonl", {"saiguard:heldout4-hard-benign": 0, "saiguard:heldout4-benign": 0,
                        "saiguard:heldout4-attack": 1},
     {"hard-benign": 200, "benign": 70, "attack": 180}, 18, None),
    ("heldout4-tool.jsonl", {"saiguard:heldout4-tool-benign": 0, "saiguard:heldout4-tool-attack": 1},
     {"tool-benign": 100, "tool-attack": 80}, 1, (200, 4000)),
    ("heldout5.jsonl", {"saiguard:heldout5-hard-benign": 0, "saiguard:heldout5-benign": 0,
                        "saiguard:heldout5-attack": 1},
     {"hard-benign": 200, "benign": 80, "attack": 240}, 25, None),
    ("heldout5-tool.jsonl", {"saiguard:heldout5-tool-benign": 0, "saiguard:heldout5-tool-attack": 1},
     {"tool-benign": 130, "tool-attack": 125}, 1, (200, 4000)),
    ("heldout6.jsonl", {"saiguard:heldout6-hard-benign": 0, "saiguard:heldout6-benign": 0,
                        "saiguard:heldout6-attack": 1},
     {"hard-benign": 220, "benign": 95, "attack": 235}, 27, None),
    ("heldout6-tool.jsonl", {"saiguard:heldout6-tool-benign": 0, "saiguard:heldout6-tool-attack": 1},
     {"tool-benign": 145, "tool-attack": 145}, 1, (200, 4000)),
    ("heldout7.jsonl", {"saiguard:heldout7-hard-benign": 0, "saiguard:heldout7-benign": 0,
                        "saiguard:heldout7-attack": 1},
     {"hard-benign": 200, "benign": 90, "attack": 225}, 30, None),
    ("heldout7-tool.jsonl", {"saiguard:heldout7-tool-benign": 0, "saiguard:heldout7-tool-attack": 1},
     {"tool-benign": 140, "tool-attack": 140}, 1, (100, 2000)),
    ("heldout8.jsonl", {"saiguard:heldout8-hard-benign": 0, "saiguard:heldout8-benign": 0,
                        "saiguard:heldout8-attack": 1},
     {"hard-benign": 200, "benign": 90, "attack": 220}, 40, None),
    ("heldout8-tool.jsonl", {"saiguard:heldout8-tool-benign": 0, "saiguard:heldout8-tool-attack": 1},
     {"tool-benign": 140, "tool-attack": 140}, 1, (150, 3000)),
    ("heldout9.jsonl", {"saiguard:heldout9-hard-benign": 0, "saiguard:heldout9-benign": 0,
                        "saiguard:heldout9-attack": 1},
     {"hard-benign": 240, "benign": 90, "attack": 260}, 55, None),
    ("heldout9-tool.jsonl", {"saiguard:heldout9-tool-benign": 0, "saiguard:heldout9-tool-attack": 1},
     {"tool-benign": 185, "tool-attack": 185}, 180, (150, 3000)),
    ("heldout10.jsonl", {"saiguard:heldout10-hard-benign": 0, "saiguard:heldout10-benign": 0,
                         "saiguard:heldout10-attack": 1},
     {"hard-benign": 240, "benign": 105, "attack": 260}, 50, None),
    ("heldout10-tool.jsonl", {"saiguard:heldout10-tool-benign": 0, "saiguard:heldout10-tool-attack": 1},
     {"tool-benign": 180, "tool-attack": 180}, 180, (150, 3000)),
    ("heldout11.jsonl", {"saiguard:heldout11-hard-benign": 0, "saiguard:heldout11-benign": 0,
                         "saiguard:heldout11-attack": 1},
     {"hard-benign": 300, "benign": 130, "attack": 300}, 70, (1, 1500)),
    ("heldout11-tool.jsonl", {"saiguard:heldout11-tool-benign": 0, "saiguard:heldout11-tool-attack": 1},
     {"tool-benign": 340, "tool-attack": 325}, 320, (150, 3000)),
    ("heldout12.jsonl", {"saiguard:heldout12-hard-benign": 0, "saiguard:heldout12-benign": 0,
                         "saiguard:heldout12-attack": 1},
     {"hard-benign": 370, "benign": 130, "attack": 390}, 95, (1, 1500)),
    ("heldout12-tool.jsonl", {"saiguard:heldout12-tool-benign": 0, "saiguard:heldout12-tool-attack": 1},
     {"tool-benign": 255, "tool-attack": 255}, 250, (150, 3000)),
    ("heldout13.jsonl", {"saiguard:heldout13-hard-benign": 0, "saiguard:heldout13-benign": 0,
                         "saiguard:heldout13-attack": 1},
     {"hard-benign": 350, "benign": 130, "attack": 365}, 75, (1, 1500)),
    ("heldout13-tool.jsonl", {"saiguard:heldout13-tool-benign": 0, "saiguard:heldout13-tool-attack": 1},
     {"tool-benign": 235, "tool-attack": 235}, 235, (150, 3000)),
    ("heldout14.jsonl", {"saiguard:heldout14-hard-benign": 0, "saiguard:heldout14-benign": 0,
                         "saiguard:heldout14-attack": 1},
     {"hard-benign": 500, "benign": 185, "attack": 400}, 75, (1, 1500)),
    ("heldout14-tool.jsonl", {"saiguard:heldout14-tool-benign": 0, "saiguard:heldout14-tool-attack": 1},
     {"tool-benign": 215, "tool-attack": 215}, 215, (150, 3000)),
]
for name, sources, least, categories, lengths in SETS:
    rows, n = load(name, sources)
    assert all(n[k] >= v for k, v in least.items()), (name, n)
    assert len({o["category"] for o in rows if o["label"]}) >= categories, name
    assert lengths is None or all(lengths[0] <= len(o["text"]) <= lengths[1] for o in rows), name
EOF

case_ "the written training and calibration files are what their scripts write"
for s in written-user1 written-user2 written-tool; do
    cp "$SG_SOURCE_DIR/data/guard/$s-src.py" "$T/"
    python3 "$T/$s-src.py" > /dev/null || fail "$s-src.py failed"
done
for s in written-user3 written-user4 written-tool2 written-tool3 written-user5 written-tool4 \
    written-user6 written-user7 written-tool5 written-user8 written-tool6 written-tool7 \
    written-user9 written-user10 written-tool8 written-user11 written-user12 \
    written-tool9 written-tool10 written-user13 written-tool11 written-tool12 written-tool13 \
    written-tool14 written-tool15 written-tool16 written-tool17 written-user14 written-user15 \
    written-tool18 written-tool19 written-tool20 written-user16; do # these print their training lines
    cp "$SG_SOURCE_DIR/data/guard/$s-src.py" "$T/"
    python3 "$T/$s-src.py" > "$T/train-$s.jsonl" 2> /dev/null || fail "$s-src.py failed"
done
for f in train-written-user1 train-written-user2 train-written-tool calib-tool \
    train-written-user3 train-written-user4 train-written-tool2 train-written-tool3 calib-tool2 \
    train-written-user5 train-written-tool4 train-written-user6 train-written-user7 train-written-tool5 \
    train-written-user8 train-written-tool6 train-written-tool7 train-written-user9 train-written-user10 \
    train-written-tool8 train-written-user11 train-written-user12 \
    train-written-tool9 train-written-tool10 train-written-user13 train-written-tool11 \
    train-written-tool12 train-written-tool13 train-written-tool14 train-written-tool15 \
    train-written-tool16 train-written-tool17 train-written-user14 train-written-user15 \
    train-written-tool18 train-written-tool19 train-written-tool20 train-written-user16; do
    cmp -s "$T/$f.jsonl" "$SG_SOURCE_DIR/data/guard/$f.jsonl" && ok "$f.jsonl" ||
        fail "data/guard/$f.jsonl differs from its script's output"
done

case_ "the frame-rule training lines are what their generator writes"
python3 "$SG_SOURCE_DIR/data/guard/gen-frames.py" > train-frames.jsonl
cmp -s train-frames.jsonl "$SG_SOURCE_DIR/data/guard/train-frames.jsonl" && ok "same bytes" \
    || fail "data/guard/train-frames.jsonl differs from gen-frames.py's output"
