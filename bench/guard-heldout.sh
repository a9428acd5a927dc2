#!/usr/bin/env bash
# guard-heldout.sh - how the injection detector does on attack families it
# was not trained on: for each source S of the shared data, train with
# `--exclude-source S` (S is dropped from training AND from the dev lines
# that fit calibration and threshold), then evaluate on every line of S
# (train + dev, both labels) plus the benign dev lines of the other sources.
# Also prints the shipped model on the dev split and on the hand-written
# held-out set. One command reproduces the table in docs/performance.md:
#   make && bench/guard-heldout.sh          (about a minute; nice'd)
# Seed noise: SEEDS="1 2 3" also retrains every model with each of those
# shuffle seeds and prints its rows (the full model on the dev split and the
# hand-written set, then each held-out source), so a difference between two
# variants can be compared with the spread between seeds of one. ONLY=S
# restricts the held-out sources to those whose name contains S.
# A training variant: EXTRA="a.jsonl b.jsonl" adds those files to every
# training run (the default --extra files stay in), so a candidate data set
# is measured on every row and seed the same way as the shipped recipe
# (the first rows stay the shipped model's: add SEEDS for the variant's own).
# The second hand-written set (data/guard/heldout2.jsonl, session 5: hard
# benign user messages and attacks in the same surface forms, written
# without seeing heldout.jsonl) is never trained on either. Sets 1 and 2
# were read while the model was tuned, so since session 6 they calibrate
# the user threshold with dev (`guard train --calib`): their rows show the
# fit, no longer generalisation.
# The third set (data/guard/heldout3.jsonl, user messages, and
# heldout3-tool.jsonl, tool results; session 6, written blind to the
# detector, its training data and sets 1 and 2) is never trained on either;
# after the table, its lines flagged per source and category (shipped model).
# Set 3 had been read per category by session 7, so it calibrates since
# then too (user lines with --calib, documents with --calib-tool). The
# fourth set (data/guard/heldout4.jsonl and heldout4-tool.jsonl; session 7,
# written blind like set 3) was session 7's blind measure; session 8 read it
# per category (its table follows set 3's). The fifth (heldout5.jsonl and
# heldout5-tool.jsonl; session 8, written blind) was session 8's blind
# measure; session 9 read it per category (its table follows set 4's). The
# sixth (heldout6.jsonl and heldout6-tool.jsonl; session 9, written blind)
# was session 9's blind measure; only its figures were read (its
# per-category table only with BYCAT6=1). The seventh (heldout7.jsonl and
# heldout7-tool.jsonl; session 10, written blind) measured session 10's
# first change; only its figures were read (per category with BYCAT7=1).
# The eighth (heldout8.jsonl and heldout8-tool.jsonl; session 10, written
# blind) chose between session 10's last candidates; only its figures were
# read (per category with BYCAT8=1). The ninth (heldout9.jsonl and
# heldout9-tool.jsonl; session 11, written blind) measured session 11's
# document change blind; then its user side fell short and was read per
# category (BYCAT9=1), so it is a development set now. The tenth
# (heldout10.jsonl and heldout10-tool.jsonl; session 11, written blind) was
# session 11's blind measure; only its figures were read (per category with
# BYCAT10=1). The eleventh (heldout11.jsonl and heldout11-tool.jsonl;
# session 12, written blind, one script per side) measured session 12's
# calibration change blind, then was read per category (BYCAT11=1), so it
# is a development set now that calibrates too. The twelfth (heldout12.jsonl and
# heldout12-tool.jsonl; session 12, written blind after set 11 was read) was
# session 12's blind measure, scored once; only its figures were read (per
# category with BYCAT12=1), and it calibrates since session 13. The
# thirteenth (heldout13.jsonl and heldout13-tool.jsonl; session 13, written
# blind) measured session 13's threshold margin, scored once, then was read
# per category (BYCAT13=1), so it is a development set that calibrates too.
# The fourteenth (heldout14.jsonl and heldout14-tool.jsonl; session 13,
# written blind after set 13 was read) is the blind measure: its rows give
# the figures, never its lines; per category with BYCAT14=1.
# Since session 11 the documents of sets 4 to 8, since session 12 both
# sides of sets 4 to 11 and since session 13 of sets 12 and 13, calibrate the
# models (`guard train --calib` and `--calib-tool`), so their rows show the
# fit; the rows "set N left out of the calibration" retrain without set N's
# lines and score them, which is what calibrating on the sets is worth on
# lines it has not seen (about 6 minutes; LOO=0 skips them).
# Tool results are scored by the document model (session 7), whose threshold
# is calibrated on data/guard/calib-tool.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
SAIGUARD=${SAIGUARD:-$PWD/build/saiguard}
SG_SHARED=${SG_SHARED:-$PWD/../shared}
D="$SG_SHARED/data/injection"
T=$(mktemp -d)
X=()
if [ -n "${EXTRA:-}" ]; then
    for f in data/guard/train-*.jsonl $EXTRA; do X+=(--extra "$f"); done
fi
trap 'rm -rf "$T"' EXIT

# source-substring | role it has in the gateway | name in the table
SOURCES="GPTFuzz|user|GPTFuzz
inthewild|user|in-the-wild jailbreaks
promptinject|user|PromptInject
BIPIA|tool|BIPIA (indirect, role tool)"

row() { # name role json
    python3 - "$1" "$2" "$3" <<'EOF'
import json, sys
name, role, path = sys.argv[1:]
r = json.load(open(path))
i = r["injection"]
print(f"| {name} | {role} | {r['lines']} | {i['precision']:.3f} | {i['recall']:.3f} | "
      f"**{i['f1']:.3f}** | {100 * i['fpr']:.1f} % |")
EOF
}

echo "| set | role | lines | precision | recall | F1 | FPR |"
echo "|---|---|---|---|---|---|---|"
"$SAIGUARD" guard eval --jsonl "$D/dev.jsonl" --format json > "$T/dev.json"
row "dev split (shipped model)" user "$T/dev.json"
"$SAIGUARD" guard eval --jsonl "$D/dev.jsonl" --role tool --format json > "$T/devt.json"
row "dev split, every line as a tool result (shipped model)" tool "$T/devt.json"
"$SAIGUARD" guard eval --jsonl data/guard/heldout.jsonl --format json > "$T/ho.json"
row "set 1, 60 hard benign (calibrates since session 6; shipped model)" user "$T/ho.json"
"$SAIGUARD" guard eval --jsonl data/guard/heldout2.jsonl --format json > "$T/ho2.json"
row "set 2, 349 hard benign (calibrates since session 6; shipped model)" user "$T/ho2.json"
BLIND_SET=14 # the set no one has read: its seed rows say "blind"
# The false-positive rate on the hard benign lines of a set alone (their
# source names them "hard"): the issue's second FPR target.
hardrow() { # name weights-or-empty file
    "$SAIGUARD" guard scan ${2:+--weights "$2"} --jsonl "$3" --format jsonl > "$T/hard.jsonl" || true
    python3 - "$1" "$3" "$T/hard.jsonl" <<'EOF'
import json, sys
name, path, scan = sys.argv[1:]
rows = [json.loads(l) for l in open(path, encoding="utf-8")]
res = [json.loads(l)["injection"]["flagged"] for l in open(scan, encoding="utf-8")]
hard = [f for o, f in zip(rows, res) if "hard" in o["source"] and o["label"] == 0]
print(f"| {name}: hard benign only ({len(hard)} texts) | user | | | | | {100 * sum(hard) / len(hard):.1f} % |")
EOF
}
# The rows of the shipped model on set n: n name user-label tool-label (each
# label goes after "<name> set").
setrows() {
    local n=$1 name=$2
    "$SAIGUARD" guard eval --jsonl "data/guard/heldout$n.jsonl" --format json > "$T/ho$n.json"
    row "$name set$3" user "$T/ho$n.json"
    hardrow "$name set" "" "data/guard/heldout$n.jsonl"
    "$SAIGUARD" guard eval --jsonl "data/guard/heldout$n-tool.jsonl" --role tool --format json \
        > "$T/ho${n}t.json"
    row "$name set$4" tool "$T/ho${n}t.json"
}
setrows 3 third ", 243 hard benign (calibrates since session 7; shipped model)" \
    ", tool results (calibrate since session 7; shipped model)"
setrows 4 fourth ", 205 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 11; shipped model)"
setrows 5 fifth ", 204 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 11; shipped model)"
setrows 6 sixth ", 223 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 11; shipped model)"
setrows 7 seventh ", 205 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 11; shipped model)"
setrows 8 eighth ", 200 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 11; shipped model)"
setrows 9 ninth ", 244 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 12; shipped model)"
setrows 10 tenth ", 243 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 12; shipped model)"
setrows 11 eleventh ", 319 hard benign (calibrates since session 12; shipped model)" \
    ", tool results (calibrate since session 12; shipped model)"
setrows 12 twelfth ", 371 hard benign (calibrates since session 13; shipped model)" \
    ", tool results (calibrate since session 13; shipped model)"
setrows 13 thirteenth ", 358 hard benign (calibrates since session 13; shipped model)" \
    ", tool results (calibrate since session 13; shipped model)"
setrows 14 fourteenth ", blind, 506 hard benign (shipped model)" ", blind, tool results (shipped model)"
allbenign() { # name json...
    python3 - "$@" <<'EOF'
import json, sys
fp = tn = 0
for p in sys.argv[2:]:
    i = json.load(open(p))["injection"]
    fp, tn = fp + i["fp"], tn + i["tn"]
print(f"| all benign: {sys.argv[1]} ({fp + tn} texts) | user | | | | | {100 * fp / (fp + tn):.1f} % |")
EOF
}
# One row per set added, as the sets came: the row names stay the same.
files=("$T/dev.json" "$T/ho.json")
allbenign "dev + hand-written hard" "${files[@]}"
files+=("$T/ho2.json")
allbenign "dev + both hand-written hard sets" "${files[@]}"
n=3
for word in three four five six seven eight nine ten eleven twelve thirteen fourteen; do
    files+=("$T/ho$n.json")
    allbenign "dev + the $word hand-written sets" "${files[@]}"
    n=$((n + 1))
done

# Sets 4-13 with each set left out of the calibration in turn, then all
# ten pooled per side: the figures on lines the thresholds and the
# document stacker never saw. --exclude-source heldoutK drops both sides of
# set k from the default --calib and --calib-tool files (no training line
# comes from them; no other set's name contains "heldoutK" for k >= 4).
LOO_SETS=(4 5 6 7 8 9 10 11 12 13)
if [ "${LOO:-1}" != 0 ]; then
    for k in "${LOO_SETS[@]}"; do
        nice "$SAIGUARD" guard train --quiet --out "$T/loo.bin" --exclude-source "heldout$k" \
            ${X[@]+"${X[@]}"} > /dev/null
        "$SAIGUARD" guard eval --weights "$T/loo.bin" --jsonl "data/guard/heldout$k.jsonl" \
            --format json > "$T/loou$k.json"
        row "set $k left out of the calibration" user "$T/loou$k.json"
        "$SAIGUARD" guard eval --weights "$T/loo.bin" --role tool --jsonl "data/guard/heldout$k-tool.jsonl" \
            --format json > "$T/loot$k.json"
        row "set $k left out of the calibration, tool results" tool "$T/loot$k.json"
    done
    for side in user tool; do
        pooled=()
        for k in "${LOO_SETS[@]}"; do pooled+=("$T/loo${side:0:1}$k.json"); done
        python3 - "$side" "${LOO_SETS[0]}-${LOO_SETS[-1]}" "${pooled[@]}" <<'EOF'
import json, sys
tp = fp = fn = tn = 0
for p in sys.argv[3:]:
    i = json.load(open(p))["injection"]
    tp, fp, fn, tn = tp + i["tp"], fp + i["fp"], fn + i["fn"], tn + i["tn"]
pr, rc = tp / (tp + fp), tp / (tp + fn)
print(f"| sets {sys.argv[2]} pooled, each left out of the calibration | {sys.argv[1]} | {tp + fp + fn + tn} | "
      f"{pr:.3f} | {rc:.3f} | **{2 * pr * rc / (pr + rc):.3f}** | {100 * fp / (fp + tn):.1f} % |")
EOF
    done
fi
heldout() { # source-substring role name seed-option...
    local src=$1 role=$2 name=$3
    shift 3
    python3 - "$src" "$D" > "$T/eval.jsonl" <<'EOF'
import json, sys
src, d = sys.argv[1:]
for f in ("train.jsonl", "dev.jsonl"):
    for line in open(f"{d}/{f}", encoding="utf-8"):
        o = json.loads(line)
        if src in o["source"] or (f == "dev.jsonl" and o["label"] == 0):
            print(line, end="")
EOF
    nice "$SAIGUARD" guard train --quiet --exclude-source "$src" --out "$T/m.bin" --format json \
        ${X[@]+"${X[@]}"} "$@" > "$T/train.json"
    "$SAIGUARD" guard eval --weights "$T/m.bin" --role "$role" --jsonl "$T/eval.jsonl" --format json \
        > "$T/r.json"
    row "held-out source: $name${1:+, seed $2}" "$role" "$T/r.json"
}

while IFS='|' read -r src role name; do
    case "$name" in *"${ONLY:-}"*) heldout "$src" "$role" "$name" ;; esac
done <<< "$SOURCES"

# One row of the model in $T/full.bin: name role file.
fullrow() {
    "$SAIGUARD" guard eval --weights "$T/full.bin" --jsonl "$3" --role "$2" --format json > "$T/r.json"
    row "$1" "$2" "$T/r.json"
}

for seed in ${SEEDS:-}; do
    nice "$SAIGUARD" guard train --quiet --seed "$seed" --out "$T/full.bin" ${X[@]+"${X[@]}"} > /dev/null
    fullrow "dev split, seed $seed" user "$D/dev.jsonl"
    fullrow "set 1 (calibration), seed $seed" user data/guard/heldout.jsonl
    fullrow "set 2 (calibration), seed $seed" user data/guard/heldout2.jsonl
    for set in "3 third" "4 fourth" "5 fifth" "6 sixth" "7 seventh" "8 eighth" "9 ninth" \
        "10 tenth" "11 eleventh" "12 twelfth" "13 thirteenth" \
        "14 fourteenth"; do
        n=${set%% *} name=${set#* } blind=
        [ "$n" != "$BLIND_SET" ] || blind=", blind"
        fullrow "$name set$blind, seed $seed" user "data/guard/heldout$n.jsonl"
        hardrow "$name set, seed $seed" "$T/full.bin" "data/guard/heldout$n.jsonl"
        fullrow "$name set$blind, tool results, seed $seed" tool "data/guard/heldout$n-tool.jsonl"
    done
    while IFS='|' read -r src role name; do
        case "$name" in *"${ONLY:-}"*) heldout "$src" "$role" "$name" --seed "$seed" ;; esac
    done <<< "$SOURCES"
done

# Sets 3, 4 and 5 by source and category (shipped model): lines flagged / lines. For
# label 0 these are the false positives, for label 1 the attacks caught.
bycat() { # file role
    local rc=0
    "$SAIGUARD" guard scan --jsonl "$1" --role "$2" --format jsonl > "$T/scan.jsonl" || rc=$?
    [ "$rc" -le 1 ] || { echo "guard-heldout.sh: scan of $1 failed (exit $rc)" >&2; return 1; }
    python3 - "$1" "$2" "$T/scan.jsonl" <<'EOF'
import json, sys
path, role, scan = sys.argv[1:]
lines = [json.loads(l) for l in open(path, encoding="utf-8")]
res = [json.loads(l) for l in open(scan, encoding="utf-8")]
assert len(lines) == len(res), (len(lines), len(res))
by = {}
for o, r in zip(lines, res):
    for key in (("source", o["source"].split(":")[-1]), ("category", o["category"])):
        c = by.setdefault((key, o["label"]), [0, 0])
        c[0] += bool(r["injection"]["flagged"])
        c[1] += 1
print(f"\n| {path} (role {role}) | label | flagged / lines |")
print("|---|---|---|")
for ((kind, name), label), (f, n) in sorted(by.items(), key=lambda x: (x[0][0][0] != "source", x[0][1], x[0][0][1])):
    print(f"| {kind} {name} | {label} | {f} / {n} ({100 * f / n:.1f} %) |")
EOF
}
# Sets 6 to 14 only on request: their lines stay unread.
for n in 3 4 5 ${BYCAT6:+6} ${BYCAT7:+7} ${BYCAT8:+8} ${BYCAT9:+9} ${BYCAT10:+10} ${BYCAT11:+11} \
    ${BYCAT12:+12} ${BYCAT13:+13} ${BYCAT14:+14}; do
    bycat "data/guard/heldout$n.jsonl" user
    bycat "data/guard/heldout$n-tool.jsonl" tool
done
