#!/usr/bin/env bash
# test_basics.sh - the CLI contract every command shares: help, version,
# formats, exit codes and one-line errors.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"

case_ "version"
expect_rc 0 "$SAIGUARD" --version
expect_out_contains "saiguard "
expect_rc 0 "$SAIGUARD" version --format json
[ "$(json_get "d['saiguard']")" != "" ] && ok "json version" || fail "no version in JSON"

case_ "help"
expect_rc 0 "$SAIGUARD" --help
for c in hash keygen sign verify scan inventory ledger gateway guard assess catalog version; do
    expect_out_contains "$c"
done
expect_rc 0 "$SAIGUARD" help hash
expect_out_contains "usage: saiguard hash"
expect_rc 0 "$SAIGUARD" hash --help
expect_out_contains "usage: saiguard hash"

case_ "usage errors exit 2 with one line"
expect_rc 2 "$SAIGUARD"
expect_rc 2 "$SAIGUARD" frobnicate
expect_one_line_error
expect_rc 2 "$SAIGUARD" help frobnicate
expect_one_line_error
expect_rc 2 "$SAIGUARD" version --format yaml
expect_one_line_error
expect_err_contains "text, json"
expect_rc 2 "$SAIGUARD" version --bogus
expect_rc 2 "$SAIGUARD" --bogus version

case_ "stdout write errors are not success"
if [ -w /dev/full ]; then
    expect_rc 3 sh -c "\"$SAIGUARD\" --help > /dev/full"
fi
