# entities_eval.sh - the secrets/PII targets as a regression test: on both
# evaluation sets (the generated one and the hand-written realistic one,
# exact spans) every entity type must keep precision >= 0.98 and recall
# >= 0.99, and every type must have positives in each set.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"

cat >targets.py <<'PY'
import json, sys
d = json.load(sys.stdin)["entities"]
bad = ["%s: precision %.3f recall %.3f" % (t, m["precision"], m["recall"])
       for t, m in d.items() if m["precision"] < 0.98 or m["recall"] < 0.99]
want = {"aws_access_key", "github_token", "slack_token", "openai_key", "anthropic_key",
        "google_api_key", "stripe_key", "private_key", "jwt", "connection_password",
        "generic_secret", "credit_card", "iban", "email", "phone", "us_ssn", "es_dni", "fr_nir"}
missing = want - {t for t, m in d.items() if m["tp"] + m["fn"] > 0}
if bad or missing:
    sys.exit("below target: %s; no positives for: %s" % (bad, sorted(missing)))
PY
for set in entities-eval entities-realistic; do
    case_ "$set"
    expect_rc 0 "$SAIGUARD" guard eval --jsonl "$SG_SOURCE_DIR/data/guard/$set.jsonl" --format json
    if printf '%s' "$OUT" | python3 targets.py; then ok "per-type targets"; else fail "targets missed"; fi
done

# The committed sets are what their scripts write.
for gen in gen-entities:entities-eval gen-realistic:entities-realistic; do
    case_ "${gen%%:*}.py"
    python3 "$SG_SOURCE_DIR/data/guard/${gen%%:*}.py" >regen.jsonl
    if cmp -s regen.jsonl "$SG_SOURCE_DIR/data/guard/${gen#*:}.jsonl"; then
        ok "reproduces ${gen#*:}.jsonl"
    else
        fail "${gen#*:}.jsonl is stale: rerun data/guard/${gen%%:*}.py"
    fi
done
