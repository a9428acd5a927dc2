#!/usr/bin/env bash
# test_samples.sh - runs the real binary over every generated sample (one per
# opcode path, one or more per published bypass class B01-B24, and benign
# real-world shapes) and checks what it reports: malicious samples must reach
# their severity with the named rules and callables; benign ones must stay at
# low or below. Then the CLI contract: exit codes, --fail-on, policy, SARIF
# validated against the official schema, JSON, unreadable input.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"

python3 "$SG_SOURCE_DIR/tests/scan/gen_samples.py" samples >/dev/null || { fail "generator"; exit 1; }

case_ "every sample"
run "$SAIGUARD" scan --format json --min-severity info --fail-on never samples
[ "$RC" -eq 0 ] && ok "scan ran" || fail "scan of samples exited $RC: $ERR"
printf '%s' "$OUT" > report.json
python3 - samples/expect.json report.json <<'EOF'
import json, sys
expect = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
sev = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
by_file = {}
for f in report["findings"]:
    by_file.setdefault(f["file"], []).append(f)
failed = 0
for name, e in sorted(expect.items()):
    fs = by_file.get("samples/" + name, [])
    top = max((sev[f["severity"]] for f in fs), default=0)
    rules = {f["rule"] for f in fs}
    calls = {f.get("callable") for f in fs}
    if "min" in e:
        missing = [r for r in e["rules"] if r not in rules] + [c for c in e["callables"] if c not in calls]
        good = top >= sev[e["min"]] and not missing
        why = "max %s, missing %s" % ([k for k, v in sev.items() if v == top][0], missing)
    else:
        good = top <= sev[e["max"]]
        why = "unexpected: " + "; ".join("%s %s %s" % (f["severity"], f["rule"], f["message"]) for f in fs if sev[f["severity"]] > sev[e["max"]])
    print("%s %s [%s]%s" % ("ok  " if good else "FAIL", e["class"], name, "" if good else ": " + why))
    failed += not good
sys.exit(1 if failed else 0)
EOF
[ $? -eq 0 ] && ok "all samples as expected" || fail "some samples not as expected (see above)"

case_ "exit codes"
expect_rc 1 "$SAIGUARD" scan samples/pickle/stack_global.pkl
expect_out_contains "CRITICAL"
expect_out_contains "os.system"
expect_rc 0 "$SAIGUARD" scan samples/benign/state_dict.pt
expect_out_contains "PASS"
expect_rc 0 "$SAIGUARD" scan --fail-on critical samples/b24/zip_slip.zip
expect_rc 1 "$SAIGUARD" scan --fail-on medium samples/b16/unknown_gadget.pkl
expect_rc 0 "$SAIGUARD" scan samples/b16/unknown_gadget.pkl
expect_rc 2 "$SAIGUARD" scan does-not-exist.pkl
expect_one_line_error
expect_rc 2 "$SAIGUARD" scan --fail-on bogus samples/benign
expect_rc 2 "$SAIGUARD" scan --format yaml samples/benign
expect_rc 2 "$SAIGUARD" scan
expect_rc 0 "$SAIGUARD" scan --help
expect_out_contains "usage: saiguard scan"

case_ "policy"
cat > policy.yaml <<'P'
allow: ["sklearn.*"]
deny: ["collections.OrderedDict"]
disable_rules: ["SG-NPY-001"]
P
expect_rc 0 "$SAIGUARD" scan --fail-on medium --policy policy.yaml samples/joblib/model.joblib
expect_rc 1 "$SAIGUARD" scan --policy policy.yaml samples/benign/ordered.pkl
expect_out_contains "collections.OrderedDict"
echo 'allow: 3' > badpolicy.yaml
expect_rc 2 "$SAIGUARD" scan --policy badpolicy.yaml samples/benign
expect_one_line_error
echo 'frobnicate: []' > badpolicy.yaml
expect_rc 2 "$SAIGUARD" scan --policy badpolicy.yaml samples/benign
expect_err_contains "frobnicate"

case_ "json"
expect_rc 1 "$SAIGUARD" scan --format json samples/b10/crc_mismatch.pt
[ "$(json_get "d['summary']['max_severity']")" = critical ] && ok "max severity" || fail "max severity"
[ "$(json_get "[f['entry'] for f in d['findings'] if f['rule']=='SG-PKL-001'][0]")" = "archive/data.pkl" ] \
    && ok "archive entry named" || fail "entry missing: $OUT"
[ "$(json_get "[f['offset'] for f in d['findings'] if f['rule']=='SG-PKL-001'][0] > 0")" = True ] \
    && ok "byte offset" || fail "offset missing"

case_ "sarif"
run "$SAIGUARD" scan --format sarif --output out.sarif samples
[ "$RC" -eq 1 ] && ok "exit 1 with findings" || fail "sarif exit $RC: $ERR"
python3 "$SG_SHARED/tools/validate-json" "$SG_SHARED/schemas/sarif/sarif-schema-2.1.0.json" out.sarif >v.log 2>&1 \
    && ok "SARIF validates against the 2.1.0 schema" || fail "SARIF invalid: $(head -c 2000 v.log)"
OUT=$(cat out.sarif)
[ "$(json_get "sorted({r['level'] for r in d['runs'][0]['results']})")" = "['error', 'note', 'warning']" ] \
    && ok "levels" || fail "levels: $(json_get "sorted({r['level'] for r in d['runs'][0]['results']})")"
[ "$(json_get "any(r.get('locations',[{}])[0].get('logicalLocations') for r in d['runs'][0]['results'])")" = True ] \
    && ok "archive members as logical locations" || fail "no logical locations"
# a broken SARIF document must fail the validator (the check can fail)
python3 -c "import json;d=json.load(open('out.sarif'));d['runs'][0]['results'][0]['level']='fatal';json.dump(d,open('bad.sarif','w'))"
python3 "$SG_SHARED/tools/validate-json" "$SG_SHARED/schemas/sarif/sarif-schema-2.1.0.json" bad.sarif >/dev/null 2>&1 \
    && fail "validator accepted a bad level" || ok "validator rejects a bad level"
