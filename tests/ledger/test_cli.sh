#!/usr/bin/env bash
# test_cli.sh - `saiguard ledger` end to end: lazy creation, every verb in
# text and JSON, bad input, tampering with the SQLite file (edited, deleted,
# swapped rows, edited hashes, truncated file), rollback caught with a
# witness checkpoint, and checkpoints that are corrupt or from another key.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
L() { "$SAIGUARD" ledger "$@"; }

case_ "commands that record nothing create no state"
expect_rc 0 "$SAIGUARD" version
expect_rc 2 L show
expect_one_line_error
expect_rc 2 L verify
[ ! -e "$SAIGUARD_STATE" ] && ok "no state dir" || fail "state dir created"

case_ "bad input leaves nothing behind"
expect_rc 2 L append --type model.signed
expect_rc 2 L append --type 'Bad Type' --subject x
expect_one_line_error
expect_rc 2 L append --type a --subject x --details '[1]'
expect_rc 2 L append --type a --subject x --details '{bad'
expect_one_line_error
expect_rc 2 L append --type a --subject x --digest-before 'my secret prompt'
expect_rc 2 L frobnicate
expect_rc 2 L show --checkpoint x
expect_rc 2 L prove
expect_rc 2 L prove 1 --from 2
expect_rc 2 L key --format yaml
[ ! -e "$SAIGUARD_STATE" ] && ok "still no state dir" || fail "state dir created by bad input"

case_ "append creates the ledger and its key privately"
expect_rc 0 L append --type model.signed --subject models/a --details '{"bundle":"a.sig"}' \
    --digest-after sha256:0000000000000000000000000000000000000000000000000000000000000001
expect_out_contains "appended entry 0"
for f in ledger.db ledger.key ledger.checkpoint; do
    m=$(stat -c %a "$SAIGUARD_STATE/$f")
    [ "$m" = 600 ] && ok "$f is 0600" || fail "$f mode $m"
done
m=$(stat -c %a "$SAIGUARD_STATE"); [ "$m" = 700 ] && ok "state 0700" || fail "state mode $m"
for i in 1 2 3 4 5 6 7 8 9 10; do
    L append --type scan.finding --subject "models/m$i" --outcome fail --role developer >/dev/null || fail "append $i"
done
expect_rc 0 L append --type model.verified --subject models/a --format json
[ "$(json_get "d['index']")" = 11 ] && ok "json index" || fail "json index: $OUT"

case_ "show and export"
expect_rc 0 L show
expect_out_contains "scan.finding"
expect_rc 0 L show --type scan. --since 5 --format json
[ "$(json_get "len(d)")" = 6 ] && ok "6 findings from 5" || fail "show filter: $OUT"
[ "$(json_get "d[0]['index']")" = 5 ] && ok "starts at 5" || fail "since"
expect_rc 0 L show --subject models/a --format json
[ "$(json_get "[e['type'] for e in d]")" = "['model.signed', 'model.verified']" ] && ok "by subject" || fail "$OUT"
[ "$(json_get "d[0]['actor']")" = "$(id -un)" ] && ok "actor defaults to the user" || fail "actor"
expect_rc 0 L export
[ "$(printf '%s\n' "$OUT" | wc -l)" = 12 ] && ok "12 lines" || fail "export lines"
printf '%s\n' "$OUT" | head -1 | grep -q '^{"index":0,' && ok "leaf data starts with its index" || fail "export form"

case_ "verify, checkpoint, key, prove"
expect_rc 0 L verify
expect_out_contains "ledger intact: 12 entries"
expect_rc 0 L verify --format json
[ "$(json_get "d['intact']")" = True ] && ok "intact" || fail "$OUT"
expect_rc 0 L key
vkey=$OUT
case "$vkey" in *+*+*) ok "vkey form" ;; *) fail "vkey $vkey" ;; esac
expect_rc 0 L checkpoint --output witness-12
expect_rc 0 L checkpoint --format json
[ "$(json_get "d['tree_size']")" = 12 ] && ok "checkpoint size" || fail "$OUT"
expect_rc 0 L prove 7 --format json
[ "$(json_get "(d['index'], d['tree_size'], len(d['proof']))")" = "(7, 12, 4)" ] && ok "inclusion proof" || fail "$OUT"
expect_rc 0 L prove --from 5 --format json
[ "$(json_get "(d['old_size'], d['tree_size'])")" = "(5, 12)" ] && ok "consistency proof" || fail "$OUT"
expect_rc 2 L prove 12
expect_one_line_error
expect_rc 2 L prove --from 0
expect_rc 0 L prove 3
expect_out_contains "leaf hash"

case_ "witness checkpoint proves consistency; rollback is caught"
cp -a "$SAIGUARD_STATE" "$T/old-state"
L append --type prompt.changed --subject prompts/sys \
    --digest-before sha256:1111111111111111111111111111111111111111111111111111111111111111 \
    --digest-after sha256:2222222222222222222222222222222222222222222222222222222222222222 >/dev/null
expect_rc 0 L verify --checkpoint witness-12
expect_out_contains "3 signed checkpoint(s)"
L checkpoint --output witness-13 >/dev/null
# roll the whole state directory back to its copy at 12 entries
expect_rc 1 "$SAIGUARD" --state "$T/old-state" ledger verify --checkpoint witness-13
expect_err_contains "entry 12"
expect_err_contains "rolled back"
expect_one_line_error

case_ "a corrupt checkpoint or one by another key is rejected"
sed 's/^12$/11/' witness-12 > corrupt
expect_rc 1 L verify --checkpoint corrupt
expect_one_line_error
printf 'garbage\n' > garbage
expect_rc 2 L verify --checkpoint garbage
"$SAIGUARD" --state "$T/other" ledger append --type x --subject y >/dev/null
"$SAIGUARD" --state "$T/other" ledger checkpoint --output other-key
expect_rc 1 L verify --checkpoint other-key
expect_err_contains "other-key"

# tamper NAME SQL EXPECTED-INDEX: a copy of the state edited with sqlite3.
tamper() {
    local name=$1 sql=$2 want=$3
    case_ "tamper: $name"
    rm -rf "$T/t"; cp -a "$SAIGUARD_STATE" "$T/t"
    sqlite3 "$T/t/ledger.db" "$sql" || { fail "sqlite3"; return; }
    expect_rc 1 "$SAIGUARD" --state "$T/t" ledger verify
    expect_err_contains "entry $want:"
    expect_one_line_error
}
tamper "edited row" "UPDATE entries SET data = replace(data, 'models/m4', 'models/m5') WHERE idx = 4" 4
tamper "edited row and its leaf hash" \
    "UPDATE entries SET data = replace(data, 'fail', 'ok'), leaf = (SELECT leaf FROM entries WHERE idx = 6) WHERE idx = 6" 6
tamper "deleted row" "DELETE FROM entries WHERE idx = 3" 3
tamper "swapped rows" "UPDATE entries SET idx = -1 WHERE idx = 2; UPDATE entries SET idx = 2 WHERE idx = 8; UPDATE entries SET idx = 8 WHERE idx = -1" 2
tamper "deleted last row" "DELETE FROM entries WHERE idx = 12" 12
tamper "edited subtree hash" "UPDATE entries SET nodes = substr(nodes, 1, 32) || zeroblob(32) WHERE idx = 3" 0
tamper "dropped table" "DROP TABLE entries" 0
tamper "stray subtree hash" "UPDATE entries SET nodes = zeroblob(32) WHERE idx = 4" 4

case_ "tamper: truncated file"
rm -rf "$T/t"; cp -a "$SAIGUARD_STATE" "$T/t"
size=$(stat -c %s "$T/t/ledger.db")
truncate -s $((size / 2)) "$T/t/ledger.db"
expect_rc 1 "$SAIGUARD" --state "$T/t" ledger verify
expect_err_contains "entry "
expect_one_line_error

case_ "tamper: deleted database"
rm -rf "$T/t"; cp -a "$SAIGUARD_STATE" "$T/t"
rm -f "$T/t/ledger.db"*
expect_rc 1 "$SAIGUARD" --state "$T/t" ledger verify
expect_err_contains "entry 0"
expect_one_line_error
