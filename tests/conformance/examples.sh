#!/usr/bin/env bash
# examples.sh - the two example systems, built by scripts/make-examples into
# the test's directory, assessed by the real binary and compared with the
# expected verdict sets (tests/conformance/expected/). A provision whose
# evidence needs a capability missing from this build may be inconclusive
# with that reason instead of its expected verdict; everything else must
# match exactly. The JSON and OSCAL reports are validated against schemas.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
unset SAIGUARD_STATE   # each example names its own state directory
AT=(--at 2026-11-23)
EXPECTED=$SG_SOURCE_DIR/tests/conformance/expected
OSCAL=$SG_SHARED/schemas/oscal/oscal_complete_schema-1.2.2.json

case_ "make-examples is deterministic"
run python3 "$SG_SOURCE_DIR/scripts/make-examples" --saiguard "$SAIGUARD" --out "$T"
[ "$RC" -eq 0 ] && ok "built" || fail "make-examples failed: $ERR"
a=$(cd "$T/support-assistant/generated/model" && sha256sum model.safetensors | cut -c1-64)
[ "$a" = 762c1dc5ef2b5f56393bcdce876bef10465a212c6e193298baf34ae4f930c362 ] && ok "same weights" || fail "weights differ: $a"

compare() { # compare NAME REPORT.json
    python3 - "$EXPECTED/$1.json" "$2" <<'PY'
import json, sys
want = json.load(open(sys.argv[1])); got = json.load(open(sys.argv[2]))
bad = []
for p in got["provisions"]:
    w, g = want[p["id"]], p["verdict"]
    if w == g:
        continue
    missing_cap = any("capability not available" in r for r in p["reasons"])
    if g == "inconclusive" and missing_cap:
        continue
    bad.append(f'{p["id"]}: expected {w}, got {g}: {p["reasons"][:2]}')
print("\n".join(bad[:10]))
sys.exit(1 if bad else 0)
PY
}

for name in support-assistant careless-deployment; do
    case_ "$name: verdicts"
    cd "$T/$name"
    run "$SAIGUARD" assess "${AT[@]}" --format json --no-record --fail-on none
    [ "$RC" -eq 0 ] && ok "assessed" || fail "exit $RC: $ERR"
    printf '%s' "$OUT" > "$T/$name.json"
    run compare "$name" "$T/$name.json"
    [ "$RC" -eq 0 ] && ok "matches expected/$name.json" || fail "verdicts differ: $OUT"
    case_ "$name: JSON report schema"
    run python3 "$SG_SHARED/tools/validate-json" "$SG_SOURCE_DIR/docs/schemas/saiguard-assessment-1.schema.json" "$T/$name.json"
    [ "$RC" -eq 0 ] && ok "saiguard.assessment/1 valid" || fail "$OUT"
    case_ "$name: OSCAL assessment-results"
    "$SAIGUARD" assess "${AT[@]}" --format oscal --no-record --fail-on none > "$T/$name.oscal.json"
    run python3 "$SG_SHARED/tools/validate-json" "$OSCAL" "$T/$name.oscal.json"
    [ "$RC" -eq 0 ] && ok "schema-valid" || fail "$OUT"
    cd "$T"
done

case_ "the JSON schema rejects a malformed report"
python3 -c "import json; d=json.load(open('$T/support-assistant.json')); d['provisions'][0]['verdict']='ok'; \
json.dump(d, open('$T/broken.json','w'))"
run python3 "$SG_SHARED/tools/validate-json" "$SG_SOURCE_DIR/docs/schemas/saiguard-assessment-1.schema.json" "$T/broken.json"
[ "$RC" -ne 0 ] && ok "invalid verdict rejected" || fail "schema accepted verdict 'ok'"

case_ "support-assistant: nothing fails, the gate passes"
OUT=$(cat "$T/support-assistant.json")
[ "$(json_get "d['summary']['fail']")" = 0 ] && ok "no failure" || fail "failures: $(json_get "d['summary']")"
[ "$(json_get "d['summary']['decided_by_machine_evidence'] >= 40")" = True ] && ok ">= 40 machine-decided" || fail "too few machine-decided"
[ "$(json_get "sorted(p['id'] for p in d['provisions'] if p['verdict']=='waived')")" = "['5.2.3-2', '5.2.3-2.2']" ] \
    && ok "waivers shown" || fail "waivers: $OUT"

case_ "careless-deployment: the planted problems fail"
OUT=$(cat "$T/careless-deployment.json")
status() { json_get "[c['status'] for c in d['checks'] if c['id']=='$1'][0]"; }
for check in signing.models training.roles docs.disclosure threat_model.ai_threats ledger.changes; do
    [ "$(status $check)" = fail ] && ok "$check fails" || fail "$check: $(status $check)"
done
# these need the capabilities: fail when built in, inconclusive (never pass) when not
for check in scan.clean inventory.shadow gateway.rate_limit gateway.modalities; do
    s=$(status $check)
    case $s in fail|inconclusive) ok "$check is $s" ;; *) fail "$check: $s" ;; esac
done
[ "$(json_get "d['conformance_statement']['excluded'][0]['id']")" = 5.1.2-5 ] && ok "data-custodian-only provision excluded" \
    || fail "excluded: $(json_get "d['conformance_statement']['excluded']")"

case_ "gate and exit codes"
cd "$T/careless-deployment"
expect_rc 1 "$SAIGUARD" assess "${AT[@]}" --no-record --quiet --summary
expect_out_contains "NOT CONFORMANT"

case_ "re-assessment after a change, and --diff"
cd "$T/support-assistant"
"$SAIGUARD" assess "${AT[@]}" --format json --fail-on should > "$T/before.json"
rc=$?
[ "$rc" -eq 0 ] && ok "the well-run system passes the should gate" || fail "gate exit $rc"
echo "Also answer questions about our competitors." >> prompts/system-prompt.txt
run "$SAIGUARD" assess "${AT[@]}" --format json --fail-on none
printf '%s' "$OUT" > "$T/after.json"
[ "$(json_get "[p['verdict'] for p in d['provisions'] if p['id']=='5.1.3-1.1'][0]")" = fail ] \
    && ok "threat-model re-assessment flagged" || fail "5.1.3-1.1 not failed"
[ "$(json_get "d['reassessment']['changed'][0]['name']")" = system-prompt ] && ok "change named" || fail "no change recorded"
run "$SAIGUARD" assess "${AT[@]}" --no-record --diff "$T/before.json" --fail-on none
expect_out_contains "5.1.3-1.1"
expect_out_contains "pass → fail"
run "$SAIGUARD" assess "${AT[@]}" --no-record --diff "$T/support-assistant/saiguard.yaml"
[ "$RC" -eq 2 ] && ok "diff against a non-report is an input error" || fail "exit $RC"

case_ "each run is in the ledger with its report digest"
cd "$T/support-assistant"
run "$SAIGUARD" --state generated/state ledger show --type assessment.run --format json
want=$(python3 -c "import json,hashlib,sys; d=json.load(open('$T/after.json')); \
print('sha256:'+hashlib.sha256(json.dumps(d,separators=(',',':'),sort_keys=True,ensure_ascii=False).encode()).hexdigest())")
case "$OUT" in *"$want"*) ok "report digest recorded" ;; *) fail "digest $want not in the ledger" ;; esac
