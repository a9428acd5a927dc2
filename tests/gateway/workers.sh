#!/usr/bin/env bash
# workers.sh - the gateway on several event loops (--workers 3, more loops
# than this machine may have cores, so that connections really spread): one
# rate limit enforced exactly across the loops, /metrics adding up every
# loop, every request audited once, a reload reaching every loop, reloads
# that would need a restart refused with the reason, and a clean stop.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
. "$SG_SOURCE_DIR/tests/gateway/gwlib.bash"

start_upstream
read -r KEY HASH < <(make_key team team)
write_config() { # RPM PORT
    cat >"$T/gw.yaml" <<YAML
listeners: [{address: 127.0.0.1, port: $2}]
upstreams: [{name: u, url: "http://127.0.0.1:$UP_PORT"}]
routes: [{name: r, upstream: u}]
policies: [{name: team, models: [gpt-test], requests_per_minute: $1}]
keys: [{id: team, policy: team, hash: "$HASH"}]
audit: {access_log: access.jsonl}
YAML
}

case_ "workers option"
# 2 requests a minute: the bucket refills one request every 30 s, far longer
# than this test takes even on a loaded machine (at 20 a minute a refill every
# 3 s let a 21st request through under load).
write_config 2 0
expect_rc 2 "$SAIGUARD" gateway --config "$T/gw.yaml" --workers 0
expect_one_line_error
printf 'server: {workers: 300}\n' >"$T/bad.yaml"
sed -n '1,$p' "$T/gw.yaml" >>"$T/bad.yaml"
expect_rc 2 "$SAIGUARD" gateway check-config "$T/bad.yaml"
expect_err_contains "workers"

"$SAIGUARD" gateway --config "$T/gw.yaml" --workers 3 --state "$T/state" >"$T/gw.out" 2>"$T/gw.err" &
GW_PID=$!; GW_PIDS+=("$GW_PID")
wait_line "$T/gw.err" 'listening on port' || exit 1
GW_PORT=$(awk '/listening on port/{print $NF; exit}' "$T/gw.err")
G="http://127.0.0.1:$GW_PORT"
[ "$(grep -c 'listening on port' "$T/gw.err")" = 1 ] && ok "one port for three loops" || fail "$(cat "$T/gw.err")"

# burst N: N requests at once, each on its own connection (so the kernel
# spreads them over the loops); prints the sorted status codes, counted.
burst() {
    local i
    for i in $(seq "$1"); do
        curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 -H "Authorization: Bearer $KEY" \
            -H 'Content-Type: application/json' --data-binary "$(chat gpt-test "burst $i")" \
            "$G/v1/chat/completions" &
    done | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}'
    wait
}

case_ "one limit across the loops"
GOT=$(burst 40)
[ "$GOT" = "200:2 429:38 " ] && ok "requests_per_minute 2 over 40 parallel connections on 3 loops: $GOT" ||
    fail "expected 2 allowed and 38 refused, got: $GOT"

case_ "metrics add up every loop"
req GET "$G/metrics" ""
expect_code 200
metric() { printf '%s\n' "$BODY" | awk -v m="$1" '$1==m{print $2}'; }
[ "$(metric saiguard_gateway_event_loops)" = 3 ] && ok "3 event loops" || fail "event_loops: $(metric saiguard_gateway_event_loops)"
[ "$(metric saiguard_gateway_config_loops_current)" = 3 ] && ok "3 loops on the current configuration" ||
    fail "config_loops_current: $(metric saiguard_gateway_config_loops_current)"
[ "$(metric 'saiguard_gateway_requests_total{code="200"}')" = 2 ] && ok "200s counted once" ||
    fail "200s: $(metric 'saiguard_gateway_requests_total{code="200"}')"
[ "$(metric 'saiguard_gateway_rejections_total{reason="rate_limit_requests"}')" = 38 ] && ok "429s counted" ||
    fail "429s: $(metric 'saiguard_gateway_rejections_total{reason="rate_limit_requests"}')"

case_ "reload"
# A listener change needs a restart: refused as a whole, with the reason.
write_config 1000 "$(free_port)"
kill -HUP "$GW_PID"
wait_line "$T/gw.err" 'listeners changed, which needs a restart' && ok "listener change refused" ||
    fail "no refusal: $(cat "$T/gw.err")"
req POST "$G/v1/chat/completions" "$KEY" "$(chat gpt-test x)"; expect_code 429 rate_limit_requests
# The same change on the running port is applied by every loop.
write_config 1000 "$GW_PORT"
kill -HUP "$GW_PID"
# Loop 0 counts the reload; the others adopt it on their own threads just
# after, which /metrics shows (a fixed sleep here once lost the race on a
# loaded machine under ASan).
wait_metric "$G" 'saiguard_gateway_config_reloads_total{result="ok"}' 1 &&
    wait_metric "$G" saiguard_gateway_config_loops_current 3 && ok "every loop adopted the reload" ||
    fail "not every loop adopted the reload"
# The key's bucket carries over a reload (limits are kept by key id) and
# refills at the new rate, 1000 a minute: 12 requests need 0.72 s of it. The
# old policy would refuse all 12 (one request every 30 s).
sleep 1.5
GOT=$(burst 12)
[ "$GOT" = "200:12 " ] && ok "every loop serves the reloaded policy: $GOT" || fail "after reload: $GOT"
req GET "$G/metrics" ""
[ "$(metric 'saiguard_gateway_config_reloads_total{result="failed"}')" = 1 ] &&
    [ "$(metric 'saiguard_gateway_config_reloads_total{result="ok"}')" = 1 ] && ok "reload counters" ||
    fail "reload counters: $(printf '%s\n' "$BODY" | grep reloads)"

case_ "stop"
kill -TERM "$GW_PID"
wait "$GW_PID"; RC=$?
[ "$RC" = 0 ] && ok "all loops stopped, exit 0" || fail "exit $RC: $(cat "$T/gw.err")"
N_ACCESS=$(grep -c '/v1/chat/completions' "$T/access.jsonl")
N_AUDIT=$("$SAIGUARD" ledger export --state "$T/state" | grep -c '"gateway.request"')
[ "$N_ACCESS" = 53 ] && [ "$N_AUDIT" = "$N_ACCESS" ] && ok "53 requests, each audited once" ||
    fail "access log $N_ACCESS, ledger $N_AUDIT (want 53)"
"$SAIGUARD" ledger export --state "$T/state" | grep -q '"refused"' && ok "refused reload audited" ||
    fail "no refused reload in the ledger"
expect_rc 0 "$SAIGUARD" ledger verify --state "$T/state"
