#!/usr/bin/env bash
# catalog_current.sh - the committed catalog_data.c is what scripts/gen-catalog
# makes from the shared catalogue now (someone changed one without the other).
. "$SG_SOURCE_DIR/tests/harness/lib.sh"
case_ "catalog_data.c is current"
run python3 "$SG_SOURCE_DIR/scripts/gen-catalog" "$SG_SHARED" "$T/catalog_data.c"
[ "$RC" -eq 0 ] && ok "generated" || fail "$ERR"
if cmp -s "$T/catalog_data.c" "$SG_SOURCE_DIR/src/conformance/catalog_data.c"; then ok "identical"
else fail "src/conformance/catalog_data.c is stale: run scripts/gen-catalog"; fi
