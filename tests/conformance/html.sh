#!/usr/bin/env bash
# html.sh - the HTML report rendered by headless Chromium (Debian's
# chromium): the DOM after scripts ran must show the headline, a chart per
# principle, all 72 provisions in the table (the filter script ran and
# counted them), evidence digests and the conformance statement; the file
# must fetch nothing (no src/href to http). Skipped with a note when
# chromium is not installed.
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
unset SAIGUARD_STATE
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then echo "chromium not installed: skipped"; exit 0; fi

python3 "$SG_SOURCE_DIR/scripts/make-examples" --saiguard "$SAIGUARD" --out "$T" careless-deployment >/dev/null
cd "$T/careless-deployment"
"$SAIGUARD" assess --at 2026-11-23 --no-record --fail-on none --format html --output "$T/report.html" 2>/dev/null

render() {
    timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$T/chrome" "$@" 2>/dev/null
}

case_ "self-contained"
grep -Eq '(src|href)="https?:' "$T/report.html" && fail "external reference" || ok "no external fetch"
grep -q '<svg' "$T/report.html" && ok "inline SVG" || fail "no SVG"

case_ "rendered DOM"
render --dump-dom "file://$T/report.html" > "$T/dom.html"
[ -s "$T/dom.html" ] && ok "chromium rendered" || fail "empty DOM"
OUT=$(cat "$T/dom.html")
expect_out_contains "careless-chatbot"
expect_out_contains "Not conformant"
expect_out_contains "72 of 72 provisions"        # written by the filter script: it ran
expect_out_contains "Implementation conformance statement"
expect_out_contains "5.2.2-2"
expect_out_contains "sha256:"
n=$(grep -o 'class="pr"' "$T/dom.html" | wc -l)
[ "$n" -eq 13 ] && ok "a chart per principle" || fail "$n principle charts"
n=$(grep -o '<tr data-verdict=' "$T/dom.html" | wc -l)
[ "$n" -eq 72 ] && ok "72 table rows" || fail "$n rows"

case_ "screenshot"
render --window-size=1280,1800 --screenshot="$T/shot.png" "file://$T/report.html"
[ -s "$T/shot.png" ] && ok "screenshot taken" || fail "no screenshot"
