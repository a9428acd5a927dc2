/* verify.c - verifies a model against its bundle: signature first, then the
 * model is re-hashed with the parameters the signed manifest records
 * (algorithm, shard size, ignore paths, symlink policy) and the two
 * manifests are compared file by file to name what was modified, added or
 * removed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/crypto.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"
#include "saiguard/path.h"

const char *sg_change_kind_name(enum sg_change_kind kind)
{
    switch (kind) {
    case SG_CHANGE_MODIFIED:
        return "modified";
    case SG_CHANGE_ADDED:
        return "added";
    case SG_CHANGE_REMOVED:
        return "removed";
    }
    return "?";
}

void sg_verify_result_release(struct sg_verify_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_changes; i++)
        free(r->changes[i].path);
    free(r->changes);
    r->changes = NULL;
    r->n_changes = 0;
}

static int by_path_start(const void *a, const void *b)
{
    const struct sg_manifest_entry *const *x = a, *const *y = b;
    int c = strcmp((*x)->path, (*y)->path);
    if (c)
        return c;
    return (*x)->start < (*y)->start ? -1 : (*x)->start > (*y)->start;
}

static struct sg_manifest_entry **sorted_entries(const struct sg_manifest *m)
{
    struct sg_manifest_entry **v = malloc((m->count ? m->count : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < m->count; i++)
        v[i] = &m->entries[i];
    qsort(v, m->count, sizeof *v, by_path_start);
    return v;
}

static sg_err add_change(struct sg_verify_result *r, enum sg_change_kind kind, const char *path,
                         const char *single_name, struct sg_error *err)
{
    struct sg_change *grown = realloc(r->changes, (r->n_changes + 1) * sizeof *grown);
    if (!grown)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    r->changes = grown;
    /* "." is how a single-file model names its one file: show the file. */
    const char *shown = strcmp(path, ".") == 0 && single_name ? single_name : path;
    if (!(r->changes[r->n_changes].path = strdup(shown)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    r->changes[r->n_changes++].kind = kind;
    return SG_OK;
}

/* Walks both manifests sorted by (path, start); a file differs when its
 * entries (ranges and digests) differ in any way. */
static sg_err diff(const struct sg_manifest *want, const struct sg_manifest *have, bool ignore_added,
                   const char *single_name, struct sg_verify_result *r, struct sg_error *err)
{
    struct sg_manifest_entry **a = sorted_entries(want), **b = sorted_entries(have);
    sg_err rc = a && b ? SG_OK : sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    size_t i = 0, j = 0;
    while (rc == SG_OK && (i < want->count || j < have->count)) {
        int c = i == want->count ? 1 : j == have->count ? -1 : strcmp(a[i]->path, b[j]->path);
        if (c < 0) {
            const char *p = a[i]->path;
            rc = add_change(r, SG_CHANGE_REMOVED, p, single_name, err);
            while (i < want->count && strcmp(a[i]->path, p) == 0)
                i++;
            continue;
        }
        if (c > 0) {
            const char *p = b[j]->path;
            if (!ignore_added)
                rc = add_change(r, SG_CHANGE_ADDED, p, single_name, err);
            while (j < have->count && strcmp(b[j]->path, p) == 0)
                j++;
            continue;
        }
        const char *p = a[i]->path;
        bool same = true;
        while (i < want->count && j < have->count && strcmp(a[i]->path, p) == 0 &&
               strcmp(b[j]->path, p) == 0) {
            /* Whole-file entries carry no range in the signed manifest. */
            bool ranged = want->method == SG_SERIALIZE_SHARDS;
            if ((ranged && (a[i]->start != b[j]->start || a[i]->end != b[j]->end)) ||
                a[i]->digest_len != b[j]->digest_len ||
                CRYPTO_memcmp(a[i]->digest, b[j]->digest, a[i]->digest_len) != 0)
                same = false;
            i++, j++;
        }
        /* Leftover shards on either side: the file grew or shrank. */
        while (i < want->count && strcmp(a[i]->path, p) == 0)
            same = false, i++;
        while (j < have->count && strcmp(b[j]->path, p) == 0)
            same = false, j++;
        if (!same)
            rc = add_change(r, SG_CHANGE_MODIFIED, p, single_name, err);
    }
    free(a);
    free(b);
    return rc;
}

/* A single-file model may be named "." (the reference) or by its basename
 * (the spec): map both to ".". */
static void normalise_single(struct sg_manifest *m, const char *base)
{
    for (size_t i = 0; i < m->count; i++)
        if (strcmp(m->entries[i].path, base) == 0)
            strcpy(m->entries[i].path, ".");
}

static sg_err verify_files(sg_ctx *ctx, const char *model_path, const struct sg_verify_options *opt,
                           struct sg_manifest *want, struct sg_verify_result *r, struct sg_error *err)
{
    struct sg__ignore ig = {0};
    struct sg_manifest *have = NULL;
    sg_err rc = SG_OK;
    /* Ignore what the signer recorded; bundles from before ignore_paths was
     * recorded (< v1.1) had the reference's defaults. */
    for (size_t i = 0; rc == SG_OK && i < want->n_ignore; i++)
        rc = sg__ignore_add(&ig, want->ignore_paths[i], err);
    if (rc == SG_OK && want->n_ignore == 0)
        rc = sg__ignore_add_defaults(&ig, err);
    for (size_t i = 0; rc == SG_OK && i < opt->n_ignore; i++)
        rc = sg__ignore_add(&ig, opt->ignore[i], err);
    if (rc == SG_OK)
        rc = sg__ignore_add_inside(&ig, model_path, opt->sig_path, err);
    if (rc != SG_OK)
        goto out;
    struct sg_hash_options hopt = {
        .method = want->method,
        .algo = want->algo,
        .shard_size = want->shard_size,
        .follow_symlinks = want->allow_symlinks,
        .threads = opt->threads,
    };
    struct stat st;
    bool single = stat(model_path, &st) == 0 && S_ISREG(st.st_mode);
    if ((rc = sg__manifest_hash_ignoring(ctx, model_path, &hopt, &ig, &have, err)))
        goto out;
    const char *single_name = NULL;
    if (single) {
        single_name = sg_path_basename(model_path);
        normalise_single(want, single_name);
    }
    r->files_checked = have->count;
    r->bytes = have->total_bytes;
    rc = diff(want, have, opt->ignore_unsigned, single_name, r, err);
out:
    sg_manifest_free(have);
    sg__ignore_release(&ig);
    return rc;
}

sg_err sg_model_verify(sg_ctx *ctx, const char *model_path, const struct sg_verify_options *opt,
                       struct sg_verify_result *r, struct sg_error *err)
{
    memset(r, 0, sizeof *r);
    struct sg_manifest *want = NULL;
    sg_buf bundle;
    sg_buf_init(&bundle, SG__BUNDLE_MAX);
    sg_err rc;
    if (!opt || !opt->sig_path) {
        rc = sg_error_set(err, SG_ERR_USAGE, NULL, "a signature bundle (--sig) is required");
        goto record;
    }
    struct stat st;
    if (stat(model_path, &st) != 0) {
        rc = sg_error_errno(err, sg_err_from_errno(errno), model_path, errno, "cannot open model");
        goto record;
    }
    if ((rc = sg_buf_read_file(&bundle, opt->sig_path, err)) ||
        (rc = sg_bundle_verify(bundle.data, bundle.len, opt, &want, r, err)) ||
        (rc = verify_files(ctx, model_path, opt, want, r, err)))
        goto record;
    if (r->n_changes) {
        size_t mod = 0, add = 0, rem = 0;
        for (size_t i = 0; i < r->n_changes; i++)
            r->changes[i].kind == SG_CHANGE_MODIFIED ? mod++
            : r->changes[i].kind == SG_CHANGE_ADDED  ? add++
                                                     : rem++;
        rc = sg_error_set(err, SG_ERR_TAMPERED, model_path,
                          "model does not match its signature: %zu modified, %zu added, %zu removed "
                          "(first: %s '%s')",
                          mod, add, rem, sg_change_kind_name(r->changes[0].kind), r->changes[0].path);
    } else
        r->verified = true;
record:;
    char digest[80];
    snprintf(digest, sizeof digest, "sha256:%s", r->root_hex);
    json_t *details = json_pack("{s:s?, s:s?, s:I, s:s?}", "method", r->method[0] ? r->method : NULL,
                                "signer", r->signer[0] ? r->signer : NULL, "changes",
                                (json_int_t)r->n_changes, "error",
                                rc == SG_OK ? NULL : sg_err_name(rc));
    struct sg_audit_event ev = {
        .type = "model.verified",
        .subject = model_path,
        .role = "system_operator",
        .outcome = rc == SG_OK ? "ok" : "fail",
        .digest_after = r->root_hex[0] ? digest : NULL,
        .details = details,
    };
    struct sg_error aerr = {0};
    sg_err arc = ctx ? sg_audit_record(ctx, &ev, &aerr) : SG_OK;
    json_decref(details);
    sg_manifest_free(want);
    sg_buf_release(&bundle);
    if (rc == SG_OK && arc != SG_OK) {
        r->verified = false;
        if (err)
            *err = aerr;
        rc = arc;
    }
    return rc;
}
