#!/usr/bin/env bash
# test_interop.sh - an independent verifier accepts saiguard's ledger: Go's
# golang.org/x/mod/sumdb/note and sumdb/tlog (Debian golang-golang-x-mod-dev),
# driven by tests/ledger/goverify, check our signed checkpoints, every
# inclusion proof, consistency proofs from every earlier checkpoint, and the
# tree rebuilt from `ledger export`; Go signing with our key file gives
# byte-identical notes; and Go rejects what it must.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
L() { "$SAIGUARD" ledger "$@"; }

GV="$SG_BUILD_DIR/sg-ledger-goverify"
case_ "build the Go verifier"
if (cd "$SG_SOURCE_DIR/tests/ledger/goverify" &&
    GOCACHE="$SG_BUILD_DIR/go-cache" GO111MODULE=off GOPATH=/usr/share/gocode \
        go build -o "$GV" . 2>"$T/go-build.log"); then
    ok "built"
else
    fail "go build: $(cat "$T/go-build.log")"
    exit 1
fi

case_ "checkpoints of every size verify in Go"
for i in $(seq 0 16); do
    L append --type inventory.registered --subject "asset-$i" --details "{\"n\":$i}" >/dev/null || fail "append $i"
    L checkpoint --output "cp-$((i + 1))" >/dev/null || fail "checkpoint $i"
done
vkey=$(L key)
bad=0
for n in $(seq 1 17); do
    "$GV" checkpoint "$vkey" "cp-$n" >/dev/null || bad=1
done
[ $bad = 0 ] && ok "17 checkpoints" || fail "a checkpoint did not verify in Go"

case_ "every inclusion proof verifies in Go"
bad=0
for i in $(seq 0 16); do
    L prove "$i" --format json > "incl-$i.json" && "$GV" inclusion "$vkey" cp-17 "incl-$i.json" >/dev/null || bad=1
done
[ $bad = 0 ] && ok "17 inclusion proofs" || fail "an inclusion proof failed in Go"
L prove 5 --size 9 --format json > incl-5-9.json
expect_rc 0 "$GV" inclusion "$vkey" cp-9 incl-5-9.json

case_ "every consistency proof verifies in Go"
bad=0
for m in $(seq 1 17); do
    L prove --from "$m" --format json > "cons-$m.json" && "$GV" consistency "$vkey" "cp-$m" cp-17 "cons-$m.json" >/dev/null || bad=1
done
[ $bad = 0 ] && ok "17 consistency proofs" || fail "a consistency proof failed in Go"

case_ "Go rebuilds the tree from the export"
L export > export.jsonl
expect_rc 0 "$GV" leaves "$vkey" cp-17 export.jsonl
sed 's/asset-3"/asset-X"/' export.jsonl > edited.jsonl
expect_rc 1 "$GV" leaves "$vkey" cp-17 edited.jsonl

case_ "Go signs identical notes with our key file"
head -n 3 cp-17 > cp-17.text
expect_rc 0 "$GV" sign "$SAIGUARD_STATE/ledger.key" cp-17.text
[ "$OUT" = "$(cat cp-17)" ] && ok "byte-identical" || fail "notes differ"

case_ "Go rejects tampered proofs and checkpoints"
python3 - incl-4.json <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); p["index"] = 5
json.dump(p, open("incl-wrong.json", "w"))
PY
expect_rc 1 "$GV" inclusion "$vkey" cp-17 incl-wrong.json
sed 's/^17$/18/' cp-17 > cp-forged
expect_rc 1 "$GV" checkpoint "$vkey" cp-forged
expect_rc 1 "$GV" consistency "$vkey" cp-3 cp-17 cons-4.json
