#!/usr/bin/env bash
# e2e.sh - the gateway end to end on loopback: a real test upstream (node),
# the real saiguard binary, curl, raw sockets and the official openai client.
# Covers every rejection, upstream faults, streaming, metrics, access log,
# audit records, credentials, reload and graceful shutdown.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

start_upstream
python3 "$GW_DIR/rawhttp.py" blackhole 120 >"$T/hole.out" 2>&1 &
GW_PIDS+=($!)
wait_line "$T/hole.out" '^PORT '
HOLE_PORT=$(awk '/^PORT /{print $2}' "$T/hole.out")
read -r KEY HASH < <(make_key team-a standard)
read -r KEY2 HASH2 < <(make_key tight tight)
read -r KEY3 HASH3 < <(make_key quota quota)
echo "upstream-secret-value" >"$T/upstream.key"
cat >"$T/gw.yaml" <<YAML
server: {max_header_bytes: 8192, max_body_bytes: 1048576, idle_timeout_s: 3, drain_timeout_s: 5}
listeners:
  - {name: main, address: 127.0.0.1, port: 0}
upstreams:
  - name: test
    url: http://127.0.0.1:$UP_PORT
    api_key_file: upstream.key
    read_timeout_ms: 1500
    circuit_breaker: {failures: 50, cooldown_ms: 2000}
  - name: flaky
    url: http://127.0.0.1:$UP_PORT
    read_timeout_ms: 1500
    circuit_breaker: {failures: 2, cooldown_ms: 60000}
  - name: hole
    url: http://127.0.0.1:$HOLE_PORT
    connect_timeout_ms: 400
    read_timeout_ms: 10000
routes:
  - {name: openai, upstream: test}
  - {name: flaky, upstream: flaky, paths: [/flaky/v1/chat/completions]}
  - {name: hole, upstream: hole, paths: [/hole/v1/chat/completions]}
policies:
  - name: standard
    models: [gpt-test, embed-test]
    tools: [get_weather]
    max_tokens: 1000
    max_body_bytes: 65536
    requests_per_minute: 1000
  - {name: tight, models: ["*"], requests_per_minute: 3}
  - {name: quota, models: [gpt-test], daily_tokens: 30}
keys:
  - {id: team-a, policy: standard, hash: "$HASH"}
  - {id: tight, policy: tight, hash: "$HASH2"}
  - {id: quota, policy: quota, hash: "$HASH3"}
audit: {access_log: access.jsonl}
YAML

case_ "check-config"
expect_rc 0 "$SAIGUARD" gateway check-config "$T/gw.yaml"
expect_out_contains "valid"
expect_rc 0 "$SAIGUARD" gateway check-config --format json "$T/gw.yaml"
[ "$(json_get 'd["valid"] and d["keys"][0]["id"]')" = "team-a" ] && ok "json describe" || fail "json describe: $OUT"
case "$OUT" in *upstream-secret*|*sg1\$*) fail "describe leaks a secret" ;; *) ok "no secret in describe" ;; esac
sed 's/max_tokens: 1000/max_tokenz: 1000/' "$T/gw.yaml" >"$T/bad.yaml"
expect_rc 2 "$SAIGUARD" gateway check-config "$T/bad.yaml"
expect_one_line_error
expect_err_contains "max_tokenz"
echo 'keys: [{id: x, policy: standard, hash: "sgk_plaintext"}]' >>"$T/bad.yaml"
expect_rc 2 "$SAIGUARD" gateway --config "$T/bad.yaml"

start_gateway "$T/gw.yaml" gw
G="http://127.0.0.1:$GW_PORT"

case_ "healthz and metrics"
req GET "$G/healthz" ""; expect_code 200
req GET "$G/metrics" ""; expect_code 200
case "$BODY" in *saiguard_gateway_requests_total*) ok "metrics text" ;; *) fail "metrics: $BODY" ;; esac

case_ "proxy"
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test 'hello gateway')"; expect_code 200
case "$BODY" in *"echo: hello gateway"*) ok "answer" ;; *) fail "answer: $BODY" ;; esac
case "$HDRS" in *x-request-id:\ req_*) ok "request id" ;; *) fail "no request id: $HDRS" ;; esac
req GET "http://127.0.0.1:$UP_PORT/__last" ""
case "$BODY" in *"Bearer upstream-secret-value"*) ok "upstream credential injected" ;; *) fail "credential: $BODY" ;; esac
case "$BODY" in *"$KEY"*) fail "client key forwarded upstream" ;; *) ok "client key not forwarded" ;; esac

CODE=$(curl -s -o "$T/.body" -w '%{http_code}' -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' --data-binary "$(chat gpt-test 'chunked body')" "$G/v1/chat/completions")
[ "$CODE" = 200 ] && grep -q 'echo: chunked body' "$T/.body" && ok "chunked request body" || fail "chunked: $CODE"

case_ "rejections"
req POST "$G/v1/nope" "$KEY" '{}'; expect_code 404 not_found
req GET "$G/v1/chat/completions" "$KEY"; expect_code 405 method_not_allowed
req POST "$G/v1/chat/completions" "" "$(chat gpt-test x)"; expect_code 401 unauthorized
case "$HDRS" in *WWW-Authenticate*) ok "WWW-Authenticate" ;; *) fail "no WWW-Authenticate" ;; esac
req POST "$G/v1/chat/completions" "sgk_0123456789abcdef_forged" "$(chat gpt-test x)"; expect_code 401 unauthorized
req POST "$G/v1/chat/completions" "${KEY}x" "$(chat gpt-test x)"; expect_code 401 unauthorized
req POST "$G/v1/chat/completions" "$KEY" '{"model": "gpt-test", "messages": ['; expect_code 400 invalid_json
req POST "$G/v1/chat/completions" "$KEY" '{"model": 5, "messages": []}'; expect_code 400 bad_request
req POST "$G/v1/chat/completions" "$KEY" '{"model": "gpt-test", "messages": "hi"}'; expect_code 400 bad_request
req POST "$G/v1/chat/completions" "$KEY" '{"model": "gpt-test", "stream": "yes", "messages": [{"role":"user","content":"x"}]}'; expect_code 400 bad_request
req POST "$G/v1/chat/completions" "$KEY" '{"model":"a","model":"b","messages":[]}'; expect_code 400 invalid_json
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-other x)"; expect_code 403 model_not_allowed
req POST "$G/v1/chat/completions" "$KEY" '{"model":"gpt-test","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]}'
expect_code 403 modality_not_allowed
req POST "$G/v1/chat/completions" "$KEY" '{"model":"gpt-test","messages":[{"role":"user","content":[{"type":"mystery"}]}]}'
expect_code 403 modality_not_allowed
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test x '"tools":[{"type":"function","function":{"name":"drop_db"}}]')"
expect_code 403 tool_not_allowed
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test x '"functions":[{"name":"drop_db"}]')"
expect_code 403 tool_not_allowed
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test x '"max_completion_tokens":5000')"; expect_code 400 max_tokens_exceeded
BIG=$(head -c 70000 /dev/zero | tr '\0' a)
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test "$BIG")"; expect_code 413 body_too_large
for i in 1 2 3; do req POST "$G/v1/chat/completions" "$KEY2" "$(chat any x)"; done
expect_code 200
req POST "$G/v1/chat/completions" "$KEY2" "$(chat any x)"; expect_code 429 rate_limit_requests
RA=$(printf '%s' "$HDRS" | tr -d '\r' | awk -F': ' 'tolower($1)=="retry-after"{print $2}')
[ -n "$RA" ] && [ "$RA" -ge 1 ] && ok "Retry-After $RA" || fail "Retry-After missing: $HDRS"
req POST "$G/v1/chat/completions" "$KEY3" "$(chat gpt-test 'use up the quota with a long enough prompt')"; expect_code 200
req POST "$G/v1/chat/completions" "$KEY3" "$(chat gpt-test x)"; expect_code 429 quota_exceeded

case_ "malformed HTTP and smuggling"
for c in smuggle-cl-te smuggle-cl-cl smuggle-te-obfuscated smuggle-te-te malformed bad-version \
         huge-header declared-too-large pipeline http10 expect; do
    if out=$(python3 "$GW_DIR/rawhttp.py" "$c" "$GW_PORT" "$KEY" 2>&1); then ok "$c: $out"; else fail "$c: $out"; fi
done
if out=$(python3 "$GW_DIR/rawhttp.py" slowloris "$GW_PORT" 3 2>&1); then ok "slowloris: $out"; else fail "slowloris: $out"; fi

case_ "upstream faults"
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test __reset__)"; expect_code 502 upstream_error
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test __garbage__)"; expect_code 502 upstream_error
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test __badjson__)"; expect_code 502 upstream_error
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test __stall__)"; expect_code 504 upstream_timeout
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test __status:503__)"; expect_code 503
START=$(date +%s%N)
req POST "$G/hole/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 504 upstream_timeout
MS=$(( ($(date +%s%N) - START) / 1000000 ))
[ "$MS" -lt 3000 ] && ok "connect timeout after ${MS} ms" || fail "connect timeout took ${MS} ms"
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test 'after faults')"; expect_code 200
# The flaky upstream opens its circuit after two failures.
req POST "$G/flaky/v1/chat/completions" "$KEY" "$(chat gpt-test __reset__)"; expect_code 502 upstream_error
req POST "$G/flaky/v1/chat/completions" "$KEY" "$(chat gpt-test __reset__)"; expect_code 502 upstream_error
req POST "$G/flaky/v1/chat/completions" "$KEY" "$(chat gpt-test fine)"; expect_code 503 circuit_open
req GET "$G/metrics" ""
printf '%s' "$BODY" | grep -q 'circuit_open{upstream="flaky"} 1' && ok "circuit gauge" || fail "circuit gauge: $BODY"

case_ "streaming"
curl -sN --max-time 10 -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary '{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"a b c d __chunkdelay:100__"}]}' \
    "$G/v1/chat/completions" >"$T/stream.out" &
SP=$!
wait_line "$T/stream.out" '^data: ' || fail "no chunk"
N1=$(grep -c '^data: ' "$T/stream.out")
wait $SP
N2=$(grep -c '^data: ' "$T/stream.out")
[ "$N1" -ge 1 ] && [ "$N1" -lt "$N2" ] && ok "chunks arrive as they are made ($N1 then $N2)" || fail "not streamed: $N1 then $N2"
tail -n 2 "$T/stream.out" | grep -q 'data: \[DONE\]' && ok "[DONE] passed through" || fail "no [DONE]"
req POST "$G/v1/chat/completions" "$KEY" '{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"__status:500__"}]}'
expect_code 500

case_ "openai client"
if out=$(cd "$GW_DIR" && node client.js "$G/v1" "$KEY" 2>&1); then ok "$(echo "$out" | grep -c '^ok') cases"; else fail "$out"; fi

case_ "metrics after traffic"
req GET "$G/metrics" ""
for m in 'rejections_total{reason="model_not_allowed"} [1-9]' 'tokens_total{key="team-a",kind="prompt"} [1-9]' \
         'upstream_errors_total{upstream="test",kind="timeout"} 1' 'request_duration_seconds_bucket' 'requests_total{code="429"} [1-9]' \
         'added_seconds_count{kind="whole"} [1-9]' 'added_seconds_count{kind="stream"} [1-9]'; do
    printf '%s' "$BODY" | grep -q "saiguard_gateway_$m" && ok "metric $m" || fail "metric $m missing"
done
# The added time is part of each request's duration: its sum cannot exceed
# the durations' (which also count refused requests), and it is not zero.
printf '%s\n' "$BODY" | awk '/^saiguard_gateway_added_seconds_sum/ {a += $2}
    /^saiguard_gateway_request_duration_seconds_sum/ {d = $2}
    END {exit !(a > 0 && a < d)}' && ok "added time within the request durations" ||
    fail "added time sum not within the durations: $(printf '%s' "$BODY" | grep -E 'added_seconds_sum|duration_seconds_sum')"

case_ "reload keeps connections"
python3 "$GW_DIR/rawhttp.py" keepalive "$GW_PORT" "$KEY" 1.5 >"$T/ka.out" 2>&1 &
KP=$!
wait_line "$T/ka.out" '^first'
sed -i 's/models: \[gpt-test, embed-test\]/models: [gpt-test, embed-test, gpt-other]/' "$T/gw.yaml"
kill -HUP "$GW_PID"
if wait $KP; then ok "keep-alive across SIGHUP: $(tr '\n' ' ' <"$T/ka.out")"; else fail "keep-alive: $(cat "$T/ka.out")"; fi
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-other x)"; expect_code 200
echo "listeners: [[[" >>"$T/gw.yaml"
kill -HUP "$GW_PID"
# Waits for the refusal rather than a fixed time, then checks that the
# running configuration stayed.
wait_line "$T/gw.err" "reload refused" >/dev/null && ok "bad reload refused" || fail "bad reload not reported"
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-other x)"; expect_code 200

case_ "graceful shutdown"
curl -s -o "$T/slow.out" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary "$(chat gpt-test '__delay:800__ slow')" \
    "$G/v1/chat/completions" >"$T/slow.code" &
CP=$!
# SIGTERM only once the request is in flight (the upstream is holding it).
wait_line "$T/upstream.out" '^delaying 800$' || fail "the slow request never reached the upstream"
kill -TERM "$GW_PID"
wait $CP
[ "$(cat "$T/slow.code")" = 200 ] && ok "in-flight request finished" || fail "in-flight: $(cat "$T/slow.code")"
wait "$GW_PID"; RC=$?
[ "$RC" = 0 ] && ok "exit 0 after SIGTERM" || fail "exit $RC after SIGTERM: $(cat "$T/gw.err")"

case_ "access log"
LINES=$(wc -l <"$T/access.jsonl")
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$T/access.jsonl" && ok "$LINES JSON lines" || fail "bad access log"
grep -q '"reason":"model_not_allowed"' "$T/access.jsonl" && ok "reasons logged" || fail "no reasons"
grep -q "$KEY" "$T/access.jsonl" && fail "key in access log" || ok "no key in access log"
grep -q "upstream-secret" "$T/access.jsonl" "$T/gw.err" && fail "credential logged" || ok "credential never logged"

case_ "audit ledger"
expect_rc 0 "$SAIGUARD" ledger verify --state "$T/state-gw"
N_AUDIT=$("$SAIGUARD" ledger export --state "$T/state-gw" | grep -c '"gateway.request"')
N_ACCESS=$(grep -vc '"path":"/\(metrics\|healthz\)"' "$T/access.jsonl")
[ "$N_AUDIT" = "$N_ACCESS" ] && ok "every request in the ledger ($N_AUDIT)" || fail "ledger has $N_AUDIT gateway.request events, access log $N_ACCESS requests"
"$SAIGUARD" ledger export --state "$T/state-gw" | grep -q '"gateway.start"' && ok "start recorded" || fail "no gateway.start"
"$SAIGUARD" ledger export --state "$T/state-gw" | grep -q '"gateway.stop"' && ok "stop recorded" || fail "no gateway.stop"
"$SAIGUARD" ledger export --state "$T/state-gw" | grep -q 'hello gateway' && fail "prompt text in the ledger" || ok "no prompt text in the ledger"
