# lib.sh - helpers for script tests that drive the real saiguard binary.
# Source it; each test runs in a fresh temporary directory ($T), removed on
# success. $SAIGUARD, $SG_SHARED, $SG_SOURCE_DIR come from ctest.
set -u
: "${SAIGUARD:?run through ctest (SAIGUARD unset)}"
: "${SG_SHARED:=$SG_SOURCE_DIR/../shared}"
T=$(mktemp -d "${TMPDIR:-/tmp}/sg-sh-XXXXXX")
export SAIGUARD_STATE="$T/.state"
cd "$T" || exit 3
sg_passed=0
sg_failed=0
sg_case=""
trap 'sg_finish' EXIT

sg_finish() {
    printf '%d passed, %d failed\n' "$sg_passed" "$sg_failed"
    if [ "$sg_failed" -eq 0 ]; then rm -rf "$T"; else echo "kept $T for inspection"; fi
    [ "$sg_failed" -eq 0 ] || exit 1
}

# case NAME: starts a named case (for messages).
case_() { sg_case=$1; }

ok() { sg_passed=$((sg_passed + 1)); printf 'ok   %s\n' "$sg_case${1:+: $1}"; }
fail() { sg_failed=$((sg_failed + 1)); printf 'FAIL %s: %s\n' "$sg_case" "$1"; }

# run CMD...: runs a command, keeping stdout in $OUT, stderr in $ERR, status in $RC.
run() {
    OUT=$("$@" 2>"$T/.stderr"); RC=$?
    ERR=$(cat "$T/.stderr")
}

# expect_rc N CMD...: the command exits with N.
expect_rc() {
    local want=$1; shift
    run "$@"
    if [ "$RC" -eq "$want" ]; then ok "exit $want"; else fail "expected exit $want, got $RC: $* :: $ERR"; fi
}

# expect_out_contains TEXT / expect_err_contains TEXT: after run/expect_rc.
expect_out_contains() {
    case "$OUT" in *"$1"*) ok "stdout has '$1'" ;; *) fail "stdout lacks '$1': $OUT" ;; esac
}
expect_err_contains() {
    case "$ERR" in *"$1"*) ok "stderr has '$1'" ;; *) fail "stderr lacks '$1': $ERR" ;; esac
}
# expect_one_line_error: stderr is exactly one line starting with "saiguard: ".
expect_one_line_error() {
    local lines
    lines=$(printf '%s\n' "$ERR" | grep -c .)
    case "$ERR" in
        saiguard:*) if [ "$lines" -eq 1 ]; then ok "one-line error"; else fail "error has $lines lines: $ERR"; fi ;;
        *) fail "error does not start with 'saiguard:': $ERR" ;;
    esac
}
# json_get EXPR: evaluates a python expression on the JSON in $OUT as 'd'.
json_get() {
    printf '%s' "$OUT" | python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}
