# bench/gateway-common.bash - what bench/gateway.sh and bench/gateway-syscalls.sh
# share, so that both measure the same request, key policy and upstream answer.
# Sourced (it is not a benchmark of its own: bench/run runs only *.sh).

# port: a free loopback port.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The upstream's fixed chat completion and the request the benchmarks send.
ANSWER='{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-test","choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I help you today?"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":9,"total_tokens":21}}'
BODY='{"model":"gpt-test","max_tokens":64,"messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Hello there, what can you do?"}]}'

# nginx_http_common DIR: the http-block lines every nginx of the benchmarks
# has (no access log, temp paths under DIR, unlimited keep-alive requests).
nginx_http_common() {
    cat <<NGINX
    access_log off;
    client_body_temp_path $1/body; proxy_temp_path $1/proxy;
    fastcgi_temp_path $1/fcgi; uwsgi_temp_path $1/uwsgi; scgi_temp_path $1/scgi;
    keepalive_requests 10000000;
NGINX
}

# nginx_write_conf DIR WORKERS CONNECTIONS HTTP_LINES: DIR/nginx.conf, a
# foreground nginx with its pid and error log in DIR, the common http-block
# lines and then HTTP_LINES (the servers).
nginx_write_conf() {
    cat >"$1/nginx.conf" <<NGINX
worker_processes $2;
daemon off;
pid $1/nginx.pid;
error_log $1/error.log;
events { worker_connections $3; }
http {
$(nginx_http_common "$1")
$4
}
NGINX
}

# nginx_upstream_server PORT: the server block that answers every request with ANSWER.
nginx_upstream_server() {
    cat <<NGINX
    server {
        listen 127.0.0.1:$1;
        location / { default_type application/json; return 200 '$ANSWER'; }
    }
NGINX
}

# bench_key BINARY: sets KEY and HASH of a new key "bench" with policy "bench".
bench_key() {
    local kj
    kj=$("$1" gateway keygen --format json --id bench --policy bench)
    KEY=$(printf '%s' "$kj" | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
    HASH=$(printf '%s' "$kj" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hash"])')
}

# bench_policy: the YAML list item of policy "bench": every check on, limits
# high enough never to refuse during a run.
bench_policy() {
    cat <<'YAML'
  - {name: bench, models: [gpt-test], tools: [get_weather], max_tokens: 4096,
     requests_per_minute: 100000000, tokens_per_minute: 1000000000000, daily_tokens: 1000000000000000}
YAML
}

# write_post_lua FILE: a wrk script POSTing BODY with KEY.
write_post_lua() {
    cat >"$1" <<LUA
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
LUA
}
