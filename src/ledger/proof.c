/* proof.c - reading the ledger: inclusion and consistency proofs from stored
 * subtree hashes (O(log n) reads), the full verification that recomputes
 * the tree from the stored events, and queries for evidence. */
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ledger/ledger_int.h"

/* ---- proofs ---------------------------------------------------------------- */

/* Starts a read for a proof: *size is the log's size and a tree_size of 0
 * means "the whole log". On failure the read is already ended. */
static sg_err begin_proof(sg_ledger *lg, uint64_t *tree_size, uint64_t *size,
                          struct sg_error *err)
{
    *size = 0;
    sg_err rc = sg__ledger_begin_read(lg, err);
    if (rc != SG_OK)
        return rc;
    if ((rc = sg__ledger_size_locked(lg, size, err)) != SG_OK) {
        sg__ledger_end_read(lg);
        return rc;
    }
    if (*tree_size == 0)
        *tree_size = *size;
    return SG_OK;
}

sg_err sg_ledger_prove_inclusion(sg_ledger *lg, uint64_t index, uint64_t tree_size,
                                 struct sg_ledger_proof *out, struct sg_error *err)
{
    memset(out, 0, sizeof *out);
    struct sg__merkle_src src = {sg__ledger_src_node, lg};
    uint64_t size;
    sg_err rc = begin_proof(lg, &tree_size, &size, err);
    if (rc != SG_OK)
        return rc;
    if (tree_size > size || index >= tree_size) {
        rc = sg_error_set(err, SG_ERR_NOT_FOUND, "ledger",
                          "entry %llu is not in a tree of size %llu (the log has %llu entries)",
                          (unsigned long long)index, (unsigned long long)tree_size,
                          (unsigned long long)size);
        goto out;
    }
    out->index = index;
    out->tree_size = tree_size;
    if ((rc = sg__ledger_src_node(lg, 0, index, out->leaf_hash, err)) != SG_OK ||
        (rc = sg__merkle_prove_inclusion(&src, index, tree_size, out, err)) != SG_OK)
        goto out;
    rc = sg_ledger_root(lg, tree_size, out->root, err);
out:
    sg__ledger_end_read(lg);
    if (rc != SG_OK)
        memset(out, 0, sizeof *out);
    return rc;
}

sg_err sg_ledger_prove_consistency(sg_ledger *lg, uint64_t old_size, uint64_t tree_size,
                                   struct sg_ledger_proof *out, struct sg_error *err)
{
    memset(out, 0, sizeof *out);
    struct sg__merkle_src src = {sg__ledger_src_node, lg};
    uint64_t size;
    sg_err rc = begin_proof(lg, &tree_size, &size, err);
    if (rc != SG_OK)
        return rc;
    if (old_size == 0 || old_size > tree_size || tree_size > size) {
        rc = sg_error_set(err, SG_ERR_NOT_FOUND, "ledger",
                          "no consistency proof from size %llu to %llu (the log has %llu entries;"
                          " the old size must be at least 1)",
                          (unsigned long long)old_size, (unsigned long long)tree_size,
                          (unsigned long long)size);
        goto out;
    }
    out->index = old_size;
    out->tree_size = tree_size;
    if ((rc = sg__merkle_prove_consistency(&src, old_size, tree_size, out, err)) == SG_OK &&
        (rc = sg_ledger_root(lg, old_size, out->old_root, err)) == SG_OK)
        rc = sg_ledger_root(lg, tree_size, out->root, err);
out:
    sg__ledger_end_read(lg);
    if (rc != SG_OK)
        memset(out, 0, sizeof *out);
    return rc;
}

/* ---- full verification ----------------------------------------------------- */

struct expect_cp {
    uint64_t size;
    uint8_t root[SG_LEDGER_HASH_LEN];
    const char *source;
};

struct verify_state {
    sg_ledger *lg;
    const uint8_t *nodes; /* the current row's stored subtree hashes */
    size_t nodes_len, checked;
    struct sg_ledger_verify_result *res;
    bool bad;
    sg_err db_rc;
};

static void mark_bad(struct verify_state *v, uint64_t index, const char *fmt, ...) SG_PRINTF(3, 4);
static void mark_bad(struct verify_state *v, uint64_t index, const char *fmt, ...)
{
    if (v->bad)
        return;
    v->bad = true;
    v->res->is_intact = false;
    v->res->first_bad = index;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->res->problem, sizeof v->res->problem, fmt, ap);
    va_end(ap);
}

/* Each subtree completed by the recomputation must be the one stored with
 * the entry that completed it. */
static sg_err check_node(void *user, unsigned level, uint64_t index,
                         const uint8_t hash[SG_LEDGER_HASH_LEN])
{
    struct verify_state *v = user;
    uint64_t first_leaf = index << level, last_leaf = ((index + 1) << level) - 1;
    size_t off = (size_t)(level - 1) * SG_LEDGER_HASH_LEN;
    v->checked++;
    if (v->nodes_len < off + SG_LEDGER_HASH_LEN ||
        memcmp(v->nodes + off, hash, SG_LEDGER_HASH_LEN) != 0) { /* public hashes */
        mark_bad(v, first_leaf, "stored hash of entries %llu..%llu does not match the entries",
                 (unsigned long long)first_leaf, (unsigned long long)last_leaf);
        return SG_ERR_TAMPERED;
    }
    return SG_OK;
}

static int cmp_cp(const void *a, const void *b)
{
    const struct expect_cp *x = a, *y = b;
    return x->size < y->size ? -1 : x->size > y->size;
}

/* Adds a checkpoint to expect. One of the log's own that does not verify
 * marks the log bad; an external one that does not verify is an error. */
static sg_err add_checkpoint(struct verify_state *v, const char *note, size_t len,
                             const char *source, bool external, struct expect_cp *cps, size_t *n,
                             struct sg_error *err)
{
    if (!v->lg->has_verifier)
        return sg_error_set(err, SG_ERR_KEY, v->lg->dir, "no ledger key to check checkpoints with");
    struct sg_checkpoint cp;
    struct sg_error cerr = {0};
    sg_err rc = sg_checkpoint_open(note, len, &v->lg->verifier, &cp, &cerr);
    if (rc != SG_OK && external) {
        /* a bad witness copy says nothing about the entries: reject it */
        if (err)
            *err = cerr;
        return rc;
    }
    if (rc != SG_OK) {
        mark_bad(v, 0, "%s is not a valid checkpoint of this log: %s", source, cerr.reason);
        return SG_OK;
    }
    cps[*n].size = cp.size;
    memcpy(cps[*n].root, cp.root, SG_LEDGER_HASH_LEN);
    cps[*n].source = source;
    (*n)++;
    return SG_OK;
}

static bool check_data_index(const char *data, size_t len, uint64_t idx)
{
    /* by hand: snprintf here was a tenth of the time of a full verify */
    char buf[40] = "{\"index\":";
    char num[24], *np = num + sizeof num;
    do
        *--np = (char)('0' + idx % 10);
    while ((idx /= 10) != 0);
    size_t dl = (size_t)(num + sizeof num - np), n = 9 + dl;
    memcpy(buf + 9, np, dl);
    return len > n && memcmp(data, buf, n) == 0 &&
           (data[n] == ',' || (data[n] == '}' && len == n + 1)) && data[len - 1] == '}';
}

sg_err sg_ledger_verify(sg_ledger *lg, const char *checkpoint_note, size_t note_len,
                        const sg_ctx *progress, struct sg_ledger_verify_result *res,
                        struct sg_error *err)
{
    memset(res, 0, sizeof *res);
    res->is_intact = true;
    struct verify_state v = {.lg = lg, .res = res};
    struct expect_cp cps[3];
    size_t ncp = 0;
    sqlite3_stmt *entries = NULL;
    sg_buf stored, file;
    sg_buf_init(&stored, SG_NOTE_MAX_LEN);
    sg_buf_init(&file, SG_NOTE_MAX_LEN);
    struct sg__merkle_frontier f = {0};
    /* The file first: it never leads the database, so read before our
     * snapshot it cannot claim more than the snapshot holds. */
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/ledger.checkpoint", lg->dir);
    bool have_file = sg_buf_read_file(&file, path, NULL) == SG_OK;
    sg_err rc = sg__ledger_begin_read(lg, err);
    if (rc != SG_OK) {
        sg_buf_release(&stored);
        sg_buf_release(&file);
        return rc;
    }
    /* Checkpoints the log must match: its own latest (database copy and the
     * file beside it) and the caller's, which may be an old witness copy. */
    if ((rc = sg__ledger_stored_checkpoint(lg, &stored, err)) != SG_OK) {
        if (rc == SG_ERR_TAMPERED)
            mark_bad(&v, 0, "%s", err ? err->reason : "database is damaged");
        goto out;
    }
    if (stored.len &&
        (rc = add_checkpoint(&v, stored.data, stored.len, "the stored checkpoint", false, cps, &ncp, err)) != SG_OK)
        goto out;
    if (have_file &&
        (rc = add_checkpoint(&v, file.data, file.len, "ledger.checkpoint", false, cps, &ncp, err)) != SG_OK)
        goto out;
    if (checkpoint_note &&
        (rc = add_checkpoint(&v, checkpoint_note, note_len, "the given checkpoint", true, cps, &ncp, err)) != SG_OK)
        goto out;
    if (v.bad)
        goto out;
    qsort(cps, ncp, sizeof *cps, cmp_cp);

    int s;
    if ((s = sqlite3_prepare_v2(lg->db, "SELECT idx, data, leaf, nodes FROM entries ORDER BY idx",
                                -1, &entries, NULL)) != SQLITE_OK) {
        rc = sg__ledger_db_error(lg, s, "read entries", err);
        if (rc == SG_ERR_TAMPERED)
            mark_bad(&v, 0, "the database is damaged: %s", sqlite3_errmsg(lg->db));
        goto out;
    }
    size_t next_cp = 0;
    uint64_t expected = 0, total = 0;
    if (sg__ledger_size_locked(lg, &total, NULL) != SG_OK)
        total = 0; /* only for the progress bar; damage shows up below */
    for (;;) {
        /* checkpoints of the size verified so far */
        while (next_cp < ncp && cps[next_cp].size == expected && !v.bad) {
            uint8_t root[SG_LEDGER_HASH_LEN];
            if ((rc = sg__merkle_frontier_root(&f, root)) != SG_OK)
                goto out;
            if (CRYPTO_memcmp(root, cps[next_cp].root, sizeof root) != 0)
                mark_bad(&v, expected ? expected - 1 : 0,
                         "the first %llu entries do not hash to the root signed in %s "
                         "(history rewritten at or before this index)",
                         (unsigned long long)expected, cps[next_cp].source);
            next_cp++;
            res->checkpoints_checked++;
        }
        if (v.bad)
            break;
        s = sqlite3_step(entries);
        if (s == SQLITE_DONE)
            break;
        if (s != SQLITE_ROW) {
            mark_bad(&v, expected, "the database cannot be read from here on: %s",
                     sqlite3_errmsg(lg->db));
            break;
        }
        int64_t idx = sqlite3_column_int64(entries, 0);
        const char *data = (const char *)sqlite3_column_text(entries, 1);
        size_t len = (size_t)sqlite3_column_bytes(entries, 1);
        if (idx < 0 || (uint64_t)idx != expected) {
            mark_bad(&v, expected, "entry %llu is missing (next stored index is %lld)",
                     (unsigned long long)expected, (long long)idx);
            break;
        }
        if (!data || !check_data_index(data, len, expected)) {
            mark_bad(&v, expected, "entry %llu does not carry its own index (moved or edited)",
                     (unsigned long long)expected);
            break;
        }
        uint8_t leaf[SG_LEDGER_HASH_LEN];
        if ((rc = sg_merkle_leaf_hash(data, len, leaf)) != SG_OK)
            goto out;
        if (sqlite3_column_bytes(entries, 2) != SG_LEDGER_HASH_LEN ||
            memcmp(sqlite3_column_blob(entries, 2), leaf, sizeof leaf) != 0) {
            mark_bad(&v, expected, "entry %llu was modified (its hash does not match)",
                     (unsigned long long)expected);
            break;
        }
        v.nodes = sqlite3_column_blob(entries, 3);
        v.nodes_len = (size_t)sqlite3_column_bytes(entries, 3);
        v.checked = 0;
        rc = sg__merkle_frontier_push(&f, leaf, check_node, &v);
        if (rc == SG_ERR_TAMPERED) {
            rc = SG_OK;
            break;
        }
        if (rc != SG_OK)
            goto out;
        if (v.nodes_len != v.checked * SG_LEDGER_HASH_LEN) {
            mark_bad(&v, expected, "entry %llu carries stored hashes it did not complete",
                     (unsigned long long)expected);
            break;
        }
        expected++;
        if ((expected & 0xffff) == 0)
            sg_progress(progress, "verifying", expected, total > expected ? total : 0);
    }
    res->size = expected;
    if (!v.bad && next_cp < ncp)
        mark_bad(&v, expected,
                 "the log has %llu entries but %s covers %llu: entries from index %llu are gone "
                 "(truncated or rolled back)",
                 (unsigned long long)expected, cps[next_cp].source,
                 (unsigned long long)cps[next_cp].size, (unsigned long long)expected);
    if ((rc = sg__merkle_frontier_root(&f, res->root)) != SG_OK)
        goto out;
    sg_progress(progress, "verifying", expected, expected);
out:
    sqlite3_finalize(entries);
    sg__ledger_end_read(lg);
    sg_buf_release(&stored);
    sg_buf_release(&file);
    if (v.bad) {
        res->is_intact = false;
        char subject[48];
        snprintf(subject, sizeof subject, "entry %llu", (unsigned long long)res->first_bad);
        return sg_error_set(err, SG_ERR_TAMPERED, subject, "%s", res->problem);
    }
    return rc;
}

sg_err sg_ledger_verify_dir(const char *state_dir, struct sg_ledger_verify_result *res,
                            struct sg_error *err)
{
    memset(res, 0, sizeof *res);
    sg_ledger *lg = NULL;
    sg_err rc = sg_ledger_open(state_dir, SG_LEDGER_READONLY, &lg, err);
    if (rc == SG_ERR_TAMPERED) {
        res->is_intact = false;
        snprintf(res->problem, sizeof res->problem, "%s", err ? err->reason : "damaged");
        return rc;
    }
    if (rc != SG_OK)
        return rc;
    rc = sg_ledger_verify(lg, NULL, 0, NULL, res, err);
    sg_ledger_close(lg);
    return rc;
}

/* ---- queries ------------------------------------------------------------------ */

sg_err sg_ledger_scan(sg_ledger *lg, const struct sg_ledger_query *q, sg_ledger_entry_fn fn,
                      void *user, struct sg_error *err)
{
    static const struct sg_ledger_query all = {0};
    if (!q)
        q = &all;
    char sql[512] = "SELECT idx, data, leaf FROM entries WHERE idx >= ?1";
    size_t type_len = q->type ? strlen(q->type) : 0;
    bool type_prefix = type_len && q->type[type_len - 1] == '.';
    if (q->type)
        strcat(sql, type_prefix ? " AND substr(json_extract(data, '$.type'), 1, ?3) = ?2"
                                : " AND json_extract(data, '$.type') = ?2");
    if (q->subject)
        strcat(sql, " AND json_extract(data, '$.subject') = ?4");
    if (q->since_time)
        strcat(sql, " AND json_extract(data, '$.time') >= ?5");
    strcat(sql, q->newest_first ? " ORDER BY idx DESC" : " ORDER BY idx");
    if (q->limit)
        strcat(sql, " LIMIT ?6");
    sqlite3_stmt *st = NULL;
    int s = sqlite3_prepare_v2(lg->db, sql, -1, &st, NULL);
    if (s != SQLITE_OK)
        return sg__ledger_db_error(lg, s, "query", err);
    sqlite3_bind_int64(st, 1, q->since_index > INT64_MAX ? INT64_MAX : (int64_t)q->since_index);
    if (q->type) {
        sqlite3_bind_text(st, 2, q->type, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, (int64_t)type_len);
    }
    if (q->subject)
        sqlite3_bind_text(st, 4, q->subject, -1, SQLITE_STATIC);
    /* Stored times carry milliseconds; a whole-second bound must compare as
     * ".000Z" or it would sort after events within its own second. */
    char since[40];
    if (q->since_time) {
        size_t len = strlen(q->since_time);
        if (len == 20 && q->since_time[19] == 'Z')
            snprintf(since, sizeof since, "%.19s.000Z", q->since_time);
        else
            snprintf(since, sizeof since, "%.39s", q->since_time);
        sqlite3_bind_text(st, 5, since, -1, SQLITE_TRANSIENT);
    }
    if (q->limit)
        sqlite3_bind_int64(st, 6, q->limit > INT64_MAX ? INT64_MAX : (int64_t)q->limit);
    sg_err rc = SG_OK;
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const void *leaf = sqlite3_column_blob(st, 2);
        uint8_t zero[SG_LEDGER_HASH_LEN] = {0};
        if (sqlite3_column_bytes(st, 2) != SG_LEDGER_HASH_LEN)
            leaf = zero;
        rc = fn(user, (uint64_t)sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
                (size_t)sqlite3_column_bytes(st, 1), leaf);
        if (rc != SG_OK)
            break;
    }
    if (rc == SG_OK && s != SQLITE_DONE)
        rc = sg__ledger_db_error(lg, s, "query", err);
    sqlite3_finalize(st);
    return rc;
}

static sg_err count_one(void *user, uint64_t index, const char *data, size_t len,
                        const uint8_t leaf[SG_LEDGER_HASH_LEN])
{
    (void)index, (void)data, (void)len, (void)leaf;
    ++*(uint64_t *)user;
    return SG_OK;
}

sg_err sg_ledger_count(sg_ledger *lg, const char *type, const char *since_time, uint64_t *count,
                       struct sg_error *err)
{
    *count = 0;
    struct sg_ledger_query q = {.type = type, .since_time = since_time};
    return sg_ledger_scan(lg, &q, count_one, count, err);
}

struct last_state {
    uint64_t index;
    char *data;
};

static sg_err keep_one(void *user, uint64_t index, const char *data, size_t len,
                       const uint8_t leaf[SG_LEDGER_HASH_LEN])
{
    (void)leaf;
    struct last_state *l = user;
    l->index = index;
    l->data = strndup(data, len);
    return l->data ? SG_OK : SG_ERR_NOMEM;
}

sg_err sg_ledger_last_for_subject(sg_ledger *lg, const char *subject, uint64_t *index, char **data,
                                  struct sg_error *err)
{
    *data = NULL;
    *index = 0;
    struct last_state l = {0};
    struct sg_ledger_query q = {.subject = subject, .newest_first = true, .limit = 1};
    sg_err rc = sg_ledger_scan(lg, &q, keep_one, &l, err);
    if (rc == SG_ERR_NOMEM)
        return sg_error_set(err, rc, subject, "out of memory");
    if (rc != SG_OK)
        return rc;
    if (!l.data)
        return sg_error_set(err, SG_ERR_NOT_FOUND, subject, "no ledger event for this subject");
    *index = l.index;
    *data = l.data;
    return SG_OK;
}
