#!/usr/bin/env bash
# redis.sh - two gateway instances sharing one rate limit and one daily
# quota through a real redis-server; then Redis goes away (killed, hung) and
# comes back: fail_closed refuses with 503, fail_open serves, both say so in
# /metrics, and nothing crashes.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

start_upstream
start_redis
read -r KEY HASH < <(make_key shared four)
read -r KEYQ HASHQ < <(make_key q quota)
write_config() { # NAME MODE
    cat >"$T/$1.yaml" <<YAML
listeners: [{address: 127.0.0.1, port: 0}]
upstreams: [{name: test, url: "http://127.0.0.1:$UP_PORT"}]
routes: [{name: openai, upstream: test}]
policies:
  - {name: four, models: [gpt-test], requests_per_minute: 4}
  - {name: quota, models: [gpt-test], daily_tokens: 30}
keys:
  - {id: shared, policy: four, hash: "$HASH"}
  - {id: q, policy: quota, hash: "$HASHQ"}
limits:
  backend: redis
  redis: {address: 127.0.0.1, port: $REDIS_PORT, prefix: "t$$:", timeout_ms: 200}
  on_redis_failure: $2
YAML
}
write_config a fail_closed
write_config b fail_open
start_gateway "$T/a.yaml" a; A="http://127.0.0.1:$GW_PORT"; APID=$GW_PID
start_gateway "$T/b.yaml" b; B="http://127.0.0.1:$GW_PORT"; BPID=$GW_PID
wait_metric "$A" saiguard_gateway_redis_up 1 && wait_metric "$B" saiguard_gateway_redis_up 1 || exit 1

# quota_spent MIN: the day's token counter of key q in Redis is at least MIN.
# The gateway commits what an answer used after the answer, on its own time.
quota_spent() {
    local k
    k=$(redis-cli -p "$REDIS_PORT" --scan --pattern "t$$:day:q:*" | head -n 1)
    [ -n "$k" ] && [ "$(redis-cli -p "$REDIS_PORT" get "$k")" -ge "$1" ]
}

case_ "one limit across two instances"
for g in "$A" "$B" "$A" "$B"; do req POST "$g/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 200; done
req POST "$A/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 429 rate_limit_requests
req POST "$B/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 429 rate_limit_requests

case_ "one daily quota across two instances"
req POST "$A/v1/chat/completions" "$KEYQ" "$(chat gpt-test 'a prompt long enough to spend the whole quota')"; expect_code 200
for i in $(seq 1 300); do quota_spent 30 && break; sleep 0.1; done
quota_spent 30 && ok "the answer's tokens committed to redis" || fail "quota counter below 30"
req POST "$B/v1/chat/completions" "$KEYQ" "$(chat gpt-test x)"; expect_code 429 quota_exceeded
[ "$(redis-cli -p "$REDIS_PORT" --scan --pattern "t$$:day:q:*" | wc -l)" = 1 ] && ok "quota counter in redis" || fail "no quota key"

case_ "redis up"
req GET "$A/metrics" ""
printf '%s' "$BODY" | grep -q '^saiguard_gateway_redis_up 1' && ok "redis_up 1" || fail "redis_up: $BODY"

case_ "redis killed"
kill -KILL "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null
wait_metric "$A" saiguard_gateway_redis_up 0 && wait_metric "$B" saiguard_gateway_redis_up 0 ||
    fail "a gateway did not notice redis go"
req POST "$A/v1/chat/completions" "$KEYQ" "$(chat gpt-test x)"; expect_code 503 limiter_unavailable
case "$HDRS" in *Retry-After*) ok "Retry-After" ;; *) fail "no Retry-After" ;; esac
req POST "$B/v1/chat/completions" "$KEYQ" "$(chat gpt-test x)"; expect_code 200
req GET "$A/metrics" ""
printf '%s' "$BODY" | grep -q '^saiguard_gateway_redis_up 0' && ok "redis_up 0" || fail "redis_up after kill"
printf '%s' "$BODY" | grep -q 'limiter_failures_total{mode="fail_closed"} [1-9]' && ok "fail_closed counted" || fail "fail_closed not counted"
req GET "$B/metrics" ""
printf '%s' "$BODY" | grep -q 'limiter_failures_total{mode="fail_open"} [1-9]' && ok "fail_open counted" || fail "fail_open not counted"

case_ "redis back"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$T/redis2.out" 2>&1 &
REDIS_PID=$!; GW_PIDS+=("$REDIS_PID")
wait_line "$T/redis2.out" 'Ready to accept connections'
wait_metric "$A" saiguard_gateway_redis_up 1 && wait_metric "$B" saiguard_gateway_redis_up 1 ||
    fail "a gateway did not reconnect"
req POST "$A/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 200

case_ "redis hung"
kill -STOP "$REDIS_PID"
START=$(date +%s%N)
req POST "$A/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 503 limiter_unavailable
MS=$(( ($(date +%s%N) - START) / 1000000 ))
[ "$MS" -lt 2000 ] && ok "answered in ${MS} ms" || fail "took ${MS} ms"
req POST "$B/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 200
kill -CONT "$REDIS_PID"

case_ "both alive"
kill -0 "$APID" && kill -0 "$BPID" && ok "no crash" || fail "a gateway died"
