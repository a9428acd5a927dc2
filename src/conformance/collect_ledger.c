/* collect_ledger.c - evidence kind "audit_log" through the ledger
 * capability: the tamper-evident ledger of the system's state directory (or
 * ledger.path) verifies end to end, and its newest event for every model,
 * dataset and prompt carries that asset's current digest, so no change went
 * unrecorded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/json.h"
#include "saiguard/ledger.h"

static const struct sg__check_def defs[] = {
    {"ledger.intact", "The audit ledger verifies (no tampering) and records system activity"},
    {"ledger.changes", "Changes to models, datasets and prompts are recorded in the ledger"},
    {NULL, NULL}};

#define KIND "audit_log"

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char dir[PATH_MAX];
    const char *rel = json_string_value(json_object_get(json_object_get(a->profile->doc, "ledger"), "path"));
    if (rel) {
        if (sg_profile_path(a->profile, rel, dir, sizeof dir, NULL) != SG_OK)
            return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "shorten ledger.path", "ledger path too long");
    } else {
        snprintf(dir, sizeof dir, "%s", a->ctx->state_dir);
    }
    struct sg_ledger_verify_result res = {0};
    struct sg_error lerr = {0};
    sg_err rc = sg_ledger_verify_dir(dir, &res, &lerr);
    if (rc == SG_ERR_NOT_FOUND)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_FAIL,
                              "keep a ledger: run saiguard with this state directory (every command records to it) "
                              "and record model, dataset and prompt changes with 'saiguard ledger append'",
                              "no audit ledger in %s", dir);
    if (rc != SG_OK && rc != SG_ERR_TAMPERED)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "make the ledger readable, then assess again",
                              "cannot verify the ledger in %s: %s", dir, lerr.reason);
    char root[80] = "";
    static const char hexd[] = "0123456789abcdef";
    for (int i = 0; i < SG_LEDGER_HASH_LEN; i++) {
        root[2 * i] = hexd[res.root[i] >> 4];
        root[2 * i + 1] = hexd[res.root[i] & 15];
    }
    json_t *c = sg__check(a, "ledger.intact", KIND, defs[0].title, SG_VERDICT_PASS,
                          "investigate the tampering (saiguard ledger verify), restore the ledger from a witness copy",
                          "ledger of %llu entries verifies (%llu checkpoint(s) checked)", (unsigned long long)res.size,
                          (unsigned long long)res.checkpoints_checked);
    sg__check_item(c, dir, NULL, "Merkle root (hex) of the verified ledger");
    json_object_set_new(json_array_get(json_object_get(c, "evidence"), 0), "digest", json_string(root));
    if (rc == SG_ERR_TAMPERED) {
        sg__check_note(c, SG_VERDICT_FAIL, "tampering detected at entry %llu: %s", (unsigned long long)res.first_bad,
                       res.problem);
        return sg__checks_all(a, KIND, defs + 1, SG_VERDICT_FAIL, "restore the ledger, then record the changes again",
                              "the ledger is not intact, so its change records cannot be trusted");
    }
    if (res.size == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "the ledger is empty: nothing about the system is recorded");

    sg_ledger *lg = NULL;
    c = sg__check(a, "ledger.changes", KIND, defs[1].title, SG_VERDICT_PASS,
                  "record each change: saiguard ledger append --type model.updated --subject NAME --digest-after DIGEST",
                  "the current version of every model, dataset and prompt is recorded");
    if (sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &lerr) != SG_OK) {
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "cannot open the ledger: %s", lerr.reason);
        return SG_OK;
    }
    size_t i;
    json_t *as;
    json_array_foreach(a->assets, i, as) {
        const char *name = json_string_value(json_object_get(as, "name"));
        const char *kind = json_string_value(json_object_get(as, "kind"));
        const char *now = json_string_value(json_object_get(as, "digest"));
        if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0 && strcmp(kind, "prompt") != 0)
            continue;
        uint64_t index = 0;
        char *data = NULL;
        json_t *ev = NULL;
        if (sg_ledger_last_for_subject(lg, name, &index, &data, &lerr) != SG_OK) {
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' has no event in the ledger", kind, name);
        } else if (sg_json_parse(data, strlen(data), "ledger entry", &ev, NULL) != SG_OK) {
            sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "entry %llu for '%s' is not JSON", (unsigned long long)index, name);
        } else {
            const char *after = json_string_value(json_object_get(ev, "digest_after"));
            char detail[160];
            snprintf(detail, sizeof detail, "ledger entry %llu (%s)", (unsigned long long)index,
                     json_string_value(json_object_get(ev, "type")) ? json_string_value(json_object_get(ev, "type")) : "?");
            if (!now || !after || strcmp(after, now) != 0)
                sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' changed without a ledger record (last recorded %.19s…, now %.19s…)",
                               kind, name, after ? after : "no digest", now ? now : "unreadable");
            else
                sg__check_item(c, name, after, detail);
        }
        json_decref(ev);
        free(data);
    }
    sg_ledger_close(lg);
    return SG_OK;
}

const struct sg__collector sg__collector_ledger = {"ledger", KIND, "ledger", collect};
