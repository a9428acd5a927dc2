# test_cli.sh - `saiguard inventory` end to end on a generated tree holding a
# real file of each supported format: discovery, incremental re-scan, the
# shadow-AI check (unregistered, changed, missing), retire, diff, both
# AI-BOM exports validated against the official schemas, and bad input
# (missing directory, corrupt and locked registry).
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
S=$SAIGUARD
python3 "$SG_SOURCE_DIR/tests/inventory/make_tree.py" tree > expect.json || exit 1

case_ "first scan registers every asset, identified by content"
expect_rc 0 $S inventory scan --format json tree
printf '%s' "$OUT" > scan1.json
got=$(python3 - <<'PY'
import json, os
d = json.load(open("scan1.json")); want = json.load(open("expect.json"))
root = os.path.realpath("tree") + "/"
found = {a["path"][len(root):]: [a["kind"], a["format"]] for a in d["assets"]}
bad = [(k, want.get(k), found.get(k)) for k in set(want) | set(found) if want.get(k) != found.get(k)]
print("OK" if not bad and d["registered"] == len(want) else "MISMATCH %s registered=%d" % (bad, d["registered"]))
PY
)
[ "$got" = OK ] && ok "kinds and formats" || fail "$got"

case_ "extracted metadata"
expect_rc 0 $S inventory show --format json tree/models/tiny.gguf
[ "$(json_get "d['metadata']['quantization'], d['metadata']['context_length'], d['name']")" = "Q4_K_M 2048 tiny" ] \
    && ok "gguf" || fail "gguf metadata: $OUT"
expect_rc 0 $S inventory show --format json tree/models/hostile.gguf
[ "$(json_get "d['metadata']['problems'][0]['code']")" = limit ] && ok "hostile gguf array reported" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/llama/model.safetensors
[ "$(json_get "d['metadata']['parameter_count'], d['metadata']['dtypes']")" = "20 ['F16', 'F32']" ] \
    && ok "safetensors" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/net.onnx
[ "$(json_get "d['metadata']['ir_version'], d['metadata']['producer_name'], d['metadata']['inputs'][0]['shape']")" = "8 pytorch [1, -1]" ] \
    && ok "onnx" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/eval.jsonl
[ "$(json_get "d['metadata']['rows'], d['owner_role']")" = "3 data_custodian" ] && ok "jsonl rows" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/table.parquet
[ "$(json_get "d['metadata']['rows'], d['metadata']['columns'], d['metadata']['created_by']")" = "1000 2 saiguard test" ] \
    && ok "parquet footer" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/mobilenet.tflite
[ "$(json_get "d['metadata']['parameter_count'], d['metadata']['tensor_count'], d['metadata']['min_runtime_version'], d['metadata']['signatures']")" = "224 4 1.5.0 ['serving_default']" ] \
    && ok "tflite" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/table.arrow
[ "$(json_get "d['metadata']['rows'], d['metadata']['columns'], d['metadata']['record_batches']")" = "1234 2 3" ] \
    && ok "arrow rows from the record batches" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/legacy.feather
[ "$(json_get "d['metadata']['rows'], d['metadata']['columns']")" = "42 3" ] && ok "feather v1 rows" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/records.tfrecord
[ "$(json_get "d['metadata']['rows']")" = "3" ] && ok "tfrecord rows" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/cut.tfrecord
[ "$(json_get "d['metadata'].get('rows'), d['metadata']['problems'][0]['code']")" = "None truncated" ] \
    && ok "truncated tfrecord reported" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/new.keras
[ "$(json_get "d['metadata']['keras_version'], d['metadata']['architecture'], d['metadata']['layer_count'], d['metadata']['layer_types']")" = "3.3.3 Sequential 3 ['InputLayer', 'Dense']" ] \
    && ok "keras config and metadata" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/torch.pt
[ "$(json_get "d['metadata']['record_version'], d['metadata']['storages'], d['metadata']['storage_bytes']")" = "3 2 80" ] \
    && ok "pytorch storages (pickle never run)" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/models/export/saved_model.pb
[ "$(json_get "d['metadata']['tensorflow_version'], d['metadata']['tags'], d['metadata']['signatures'], d['metadata']['node_count'], d['metadata']['function_count'], d['metadata']['meta_graphs']")" = "2.15.0 ['serve'] ['serving_default', '__saved_model_init_op'] 3 2 2" ] \
    && ok "savedmodel" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/app/.mcp.json
case "$OUT" in *secret-value*) fail "MCP env value leaked into the registry" ;; *API_TOKEN*) ok "MCP env names only" ;; *) fail "$OUT" ;; esac
expect_rc 0 $S inventory show --format json tree/models/llama/README.md
[ "$(json_get "sorted((e['type'], e['target']) for e in d['edges'])")" = "[('derived-from', 'meta-llama/Llama-2-7b'), ('trained-on', 'data'), ('trained-on', 'org/web-corpus')]" ] \
    && ok "model card edges" || fail "$OUT"

case_ "unchanged re-scan reads nothing"
expect_rc 0 $S inventory scan --format json tree
[ "$(json_get "d['files_read'], d['assets_found'], len(d['findings'])")" = "0 31 0" ] && ok "incremental" || fail "$OUT"

case_ "every registration is in the ledger, committed in batches"
expect_rc 0 $S ledger show --type inventory.registered --format json
[ "$(json_get "len(d)")" = "$(python3 -c "import json; print(json.load(open('scan1.json'))['registered'])")" ] \
    && ok "one event per registered asset" || fail "$OUT"
expect_rc 0 $S ledger verify
events=$($S ledger show --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
expect_rc 0 $S inventory scan tree
[ "$($S ledger show --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = "$events" ] \
    && ok "an unchanged re-scan records nothing" || fail "ledger grew"

case_ "a matching tree passes the check"
expect_rc 0 $S inventory scan --check tree
expect_out_contains "tree matches the registry"

case_ "shadow AI: unregistered, changed and missing assets"
cp tree/models/tiny.gguf tree/shadow.gguf
printf 'text,label\nhello,1\nworld,1\n' > tree/data/train.csv
rm tree/prompts/system.txt
before=$($S inventory list --format json | python3 -c "import json,sys; print(sorted((a['path'], a['digest']) for a in json.load(sys.stdin)))")
expect_rc 1 $S inventory scan --check --format json tree
[ "$(json_get "sorted((f['finding'], f['path'].split('/tree/')[1]) for f in d['findings'])")" = \
  "[('changed', 'data/train.csv'), ('missing', 'prompts/system.txt'), ('unregistered', 'shadow.gguf')]" ] \
    && ok "three findings" || fail "$OUT"
after=$($S inventory list --format json | python3 -c "import json,sys; print(sorted((a['path'], a['digest']) for a in json.load(sys.stdin)))")
[ "$before" = "$after" ] && ok "check changed nothing" || fail "registry changed by --check"
expect_rc 1 $S inventory scan --check tree
expect_out_contains "UNREGISTERED"
expect_out_contains "shadow AI found"

case_ "recording the changes"
$S inventory export --format json > before.json
expect_rc 0 $S inventory scan --format json tree
[ "$(json_get "d['registered'], d['changed'], d['missing']")" = "1 1 1" ] && ok "recorded" || fail "$OUT"
expect_rc 0 $S inventory show --format json tree/data/train.csv
[ "$(json_get "d['version'], len(d['versions'])")" = "2 2" ] && ok "version history" || fail "$OUT"
expect_rc 1 $S inventory diff before.json
expect_out_contains "added"
expect_rc 1 $S inventory scan --check tree
expect_out_contains "MISSING"
id=$($S inventory list --format json --status missing | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
expect_rc 0 $S inventory retire "${id:0:8}" --reason "prompt removed"
expect_rc 0 $S inventory scan --check tree
expect_rc 0 $S inventory show --format json "$id"
[ "$(json_get "d['status'], d['retired_reason']")" = "retired prompt removed" ] && ok "retired" || fail "$OUT"

case_ "register a file by hand"
printf 'plain notes\n' > tree/notes.txt
expect_rc 2 $S inventory register tree/notes.txt
expect_one_line_error
expect_rc 0 $S inventory register --kind prompt --owner-role system_operator tree/notes.txt
expect_rc 0 $S inventory scan --check tree
printf 'plain notes, edited\n' > tree/notes.txt
expect_rc 1 $S inventory scan --check --format json tree
[ "$(json_get "[(f['finding'], f['kind']) for f in d['findings']]")" = "[('changed', 'prompt')]" ] \
    && ok "hand-registered file changes, not missing" || fail "$OUT"
expect_rc 0 $S inventory scan --quiet tree
expect_rc 0 $S inventory scan --check tree

case_ "settings from a config file"
mkdir -p cfg/vendor cfg/agents && printf 'You are terse.\n' > cfg/agents/bot.sys
cp tree/models/tiny.gguf cfg/vendor/third-party.gguf && cp tree/models/tiny.gguf cfg/own.gguf
printf 'prompt_globs: ["*.sys"]\nexclude: [vendor]\nowner_role: system_operator\n' > inv.yaml
expect_rc 0 $S inventory scan --state "$T/s6" --config inv.yaml --format json cfg
[ "$(json_get "sorted((a['path'].split('/cfg/')[1], a['kind']) for a in d['assets'])")" = \
  "[('agents/bot.sys', 'prompt'), ('own.gguf', 'model')]" ] && ok "globs and exclusions" || fail "$OUT"
expect_rc 0 $S inventory list --state "$T/s6" --format json --kind model
[ "$(json_get "d[0]['owner_role']")" = system_operator ] && ok "owner role from config" || fail "$OUT"
printf 'prompt_glob: ["*.sys"]\n' > typo.yaml
expect_rc 2 $S inventory scan --state "$T/s6" --config typo.yaml cfg
expect_one_line_error
expect_err_contains "prompt_glob"

case_ "exports validate against the official schemas"
$S inventory export --format cyclonedx > bom.cdx.json
V="python3 $SG_SHARED/tools/validate-json"
C=$SG_SHARED/schemas/cyclonedx
if $V $C/bom-1.6.schema.json bom.cdx.json $C/spdx.schema.json $C/jsf-0.82.schema.json >v.log 2>&1; then ok "CycloneDX 1.6"; else fail "$(cat v.log)"; fi
python3 - <<'PY' && ok "ML-BOM content" || fail "CycloneDX content"
import json
d = json.load(open("bom.cdx.json"))
models = [c for c in d["components"] if c["type"] == "machine-learning-model" and "hashes" in c]
data = [c for c in d["components"] if c["type"] == "data"]
refs = {c["bom-ref"] for c in d["components"]}
assert len(models) >= 12 and len(data) >= 10, (len(models), len(data))
llama = next(c for c in models if c["name"] == "llama/model.safetensors")
assert llama["modelCard"]["modelParameters"]["architectureFamily"] == "llama"
assert any(r["ref"] in refs for r in llama["modelCard"]["modelParameters"]["datasets"])
deps = {x["ref"]: x["dependsOn"] for x in d["dependencies"]}
assert "ext:meta-llama/Llama-2-7b" in deps[llama["bom-ref"]]
assert all(r in refs for v in deps.values() for r in v)
PY
$S inventory export --format spdx > bom.spdx.json
# jsonschema needs about a second per element against the SPDX 3 schema, so
# the schema check runs on a smaller tree: a model directory and a dataset.
mkdir -p small/data && cp -r tree/models/llama small/ && cp tree/data/eval.jsonl small/data/
$S inventory scan --quiet --state "$T/s5" small >/dev/null
$S inventory export --state "$T/s5" --format spdx > small.spdx.json
if $V $SG_SHARED/schemas/spdx3/spdx-3.0.1-schema.json small.spdx.json >v.log 2>&1; then ok "SPDX 3.0.1"; else fail "$(cat v.log)"; fi
python3 - <<'PY' && ok "SPDX AI and Dataset profiles" || fail "SPDX content"
import json
g = json.load(open("bom.spdx.json"))["@graph"]
types = [e["type"] for e in g]
assert types.count("ai_AIPackage") >= 13 and types.count("dataset_DatasetPackage") >= 8, types
rels = {e["relationshipType"] for e in g if e["type"] == "Relationship"}
assert {"trainedOn", "descendantOf", "hasMetadata", "hasDeclaredLicense"} <= rels, rels
assert any(e.get("simplelicensing_licenseExpression") == "apache-2.0" for e in g)
ids = {e.get("spdxId") for e in g}
assert all(t in ids for e in g if e["type"] == "Relationship" for t in e["to"] + [e["from"]])
PY
$S inventory export --format json -o inv.json
$S inventory export --format json > inv2.json
expect_rc 0 $S inventory diff inv.json inv2.json

case_ "bad input"
expect_rc 2 $S inventory scan does-not-exist
expect_one_line_error
expect_rc 2 $S inventory frobnicate
expect_rc 2 $S inventory scan --owner-role boss tree
expect_one_line_error
expect_rc 2 $S inventory show 00000000-nope
expect_one_line_error
mkdir -p bad && printf 'GGUF\3\0\0\0' > bad/trunc.gguf && printf '\x10\0\0\0\0\0\0\0{"a":' > bad/trunc.safetensors
expect_rc 0 $S inventory scan --state "$T/s2" bad
expect_rc 0 $S inventory show --state "$T/s2" --format json bad/trunc.gguf
[ "$(json_get "d['metadata']['problems'][0]['code']")" = truncated ] && ok "truncated gguf recorded" || fail "$OUT"
if [ "$(id -u)" != 0 ]; then
    mkdir -p locked/inner && chmod 000 locked/inner
    expect_rc 1 $S inventory scan --check --state "$T/s3" locked
    expect_out_contains "UNREADABLE"
    chmod 755 locked/inner
fi
# a registry locked by another writer: clear error after the busy timeout, exit 3
python3 -c "
import sqlite3, sys, time, subprocess, os
db = sqlite3.connect(os.environ['SAIGUARD_STATE'] + '/inventory.db', isolation_level=None)
db.execute('BEGIN EXCLUSIVE')
r = subprocess.run([os.environ['SAIGUARD'], 'inventory', 'scan', 'tree'], capture_output=True, text=True)
print(r.returncode, r.stderr.strip())
" > locked.txt
case "$(cat locked.txt)" in "3 saiguard: inventory: inventory.db:"*locked*) ok "locked registry" ;; *) fail "locked: $(cat locked.txt)" ;; esac
# a corrupt registry: clear one-line error, exit 3, nothing overwritten
mkdir -p "$T/s4" && head -c 8192 /dev/urandom > "$T/s4/inventory.db" && cp "$T/s4/inventory.db" corrupt.copy
expect_rc 3 $S inventory scan --state "$T/s4" tree
expect_one_line_error
expect_err_contains "corrupt"
cmp -s "$T/s4/inventory.db" corrupt.copy && ok "corrupt registry untouched" || fail "corrupt registry modified"
