#!/usr/bin/env bash
# cli.sh - `saiguard catalog` and `saiguard assess` from the command line:
# filters and formats, the OSCAL catalog against the schema, init, attest
# (sign, verify, tamper), and bad profiles as one-line errors.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
OSCAL=$SG_SHARED/schemas/oscal/oscal_complete_schema-1.2.2.json

case_ "catalog"
expect_rc 0 "$SAIGUARD" catalog
expect_out_contains "72 provisions"
expect_rc 0 "$SAIGUARD" catalog --role data_custodian --format json
[ "$(json_get "d['count']")" = 10 ] && ok "10 for data custodians" || fail "count $(json_get "d['count']")"
expect_rc 0 "$SAIGUARD" catalog --phase end_of_life --format json
[ "$(json_get "[p['id'] for p in d['provisions']]")" = "['5.5.1-1', '5.5.1-2']" ] && ok "end of life" || fail "$OUT"
expect_rc 0 "$SAIGUARD" catalog --id 5.2.4-1.2
expect_out_contains "UK Code 8.1.2"
expect_rc 2 "$SAIGUARD" catalog --role auditor
expect_one_line_error
expect_rc 2 "$SAIGUARD" catalog --id 9.9
expect_one_line_error
"$SAIGUARD" catalog --format oscal > cat.json
run python3 "$SG_SHARED/tools/validate-json" "$OSCAL" cat.json
[ "$RC" -eq 0 ] && ok "OSCAL catalog schema-valid" || fail "$OUT"
"$SAIGUARD" catalog --format oscal --role system_operator --phase design > cat2.json
run python3 "$SG_SHARED/tools/validate-json" "$OSCAL" cat2.json
[ "$RC" -eq 0 ] && ok "filtered OSCAL catalog schema-valid" || fail "$OUT"

"$SAIGUARD" catalog --id 5.2.2-2 --format oscal > one.json
run python3 "$SG_SHARED/tools/validate-json" "$OSCAL" one.json
[ "$RC" -eq 0 ] && [ "$(grep -c '"class": "provision"' one.json)" = 1 ] && ok "one-provision OSCAL catalog" || fail "$OUT"

case_ "assess init proposes assets and roles"
mkdir -p sys/model sys/data sys/prompts
python3 -c "
import json, struct
h = json.dumps({'w': {'dtype': 'F32', 'shape': [2], 'data_offsets': [0, 8]}}).encode()
open('sys/model/model.safetensors', 'wb').write(struct.pack('<Q', len(h)) + h + bytes(8))"
echo '{"model_type": "llama", "architectures": ["LlamaForCausalLM"]}' > sys/model/config.json
echo '{"a":1}' > sys/data/train.jsonl; echo "be nice" > sys/prompts/system-prompt.txt
expect_rc 0 "$SAIGUARD" assess init sys
grep -q "kind: model" sys/saiguard.yaml && grep -q "path: model/" sys/saiguard.yaml && ok "model directory proposed" \
    || fail "$(cat sys/saiguard.yaml)"
grep -q "data_custodian" sys/saiguard.yaml && ok "data custodian role proposed" || fail "no data_custodian"
expect_rc 2 "$SAIGUARD" assess init sys
expect_one_line_error
(cd sys/model && "$SAIGUARD" assess --no-record --fail-on none --format json > "$T/init.json")
[ $? -eq 0 ] && ok "starter profile assesses (found walking up)" || fail "starter profile rejected"

case_ "attest: sign, verify, tamper"
openssl genpkey -algorithm ed25519 -out k.pem 2>/dev/null
openssl pkey -in k.pem -pubout -out sys/k.pub 2>/dev/null
echo "contract reviewed" > sys/memo.md
sed -i '/^attestations: \[\]$/d; /^waivers: \[\]$/d' sys/saiguard.yaml
printf 'keys: {attestation: [k.pub]}\nattestations:\n' >> sys/saiguard.yaml
(cd sys && "$SAIGUARD" assess attest --provision 5.2.2-6 --statement "Cloud contract reviewed" \
    --document memo.md --by "Ann <ann@example.com>" --expires 2030-01-01 --key ../k.pem) >> sys/saiguard.yaml
grep -q 'document: "memo.md"' sys/saiguard.yaml && ok "document path relative to the profile" || fail "$(tail sys/saiguard.yaml)"
verdict() { (cd sys && "$SAIGUARD" assess --no-record --fail-on none --format json) | python3 -c \
    "import json,sys; print([p['verdict'] for p in json.load(sys.stdin)['provisions'] if p['id']=='$1'][0])"; }
[ "$(verdict 5.2.2-6)" = pass ] && ok "signed attestation passes an organisational provision" || fail "$(verdict 5.2.2-6)"
sed -i 's/Cloud contract reviewed/Cloud contract approved/' sys/saiguard.yaml
[ "$(verdict 5.2.2-6)" = fail ] && ok "edited attestation fails" || fail "$(verdict 5.2.2-6)"
sed -i 's/Cloud contract approved/Cloud contract reviewed/' sys/saiguard.yaml
echo "edited" >> sys/memo.md
[ "$(verdict 5.2.2-6)" = inconclusive ] && ok "changed document is inconclusive" || fail "$(verdict 5.2.2-6)"
expect_rc 2 "$SAIGUARD" assess attest --provision 5.2.2-6 --statement s --by b --expires 2030-01-01 --key nowhere.pem
expect_one_line_error
expect_rc 2 "$SAIGUARD" assess attest --provision 1.2.3 --statement s --by b --expires 2030-01-01 --key k.pem
expect_one_line_error

case_ "bad profiles are one-line errors"
mkdir bad && cd bad
expect_rc 2 "$SAIGUARD" assess
expect_one_line_error
expect_err_contains "assess init"
printf 'system: {name: x, version: "1"}\nroles: [developer]\nfoo: 1\n' > saiguard.yaml
expect_rc 2 "$SAIGUARD" assess
expect_one_line_error
expect_err_contains "foo"
printf 'system: {name: x, version: "1"}\nroles: [developer]\nassets: [{name: m, kind: weights, path: .}]\n' > saiguard.yaml
expect_rc 2 "$SAIGUARD" assess
expect_err_contains "weights"
printf 'system: [\n' > saiguard.yaml
expect_rc 2 "$SAIGUARD" assess
expect_one_line_error
expect_rc 2 "$SAIGUARD" assess --format yaml
expect_rc 2 "$SAIGUARD" assess --fail-on maybe
expect_rc 2 "$SAIGUARD" assess --at tomorrow
