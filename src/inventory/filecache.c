/* filecache.c - the file cache of a scan (see filecache.h). A re-scan of an
 * unchanged tree of 100,000 files does little more than a stat and a cache
 * look-up per file, so the cache is one array in the registry's key order
 * with its paths packed into large chunks: no allocation per file, and a
 * walk in directory order reads it almost sequentially. */
#include "inventory/filecache.h"

#include <stdlib.h>
#include <string.h>

#include "saiguard/buf.h"
#include "inventory/internal.h"

enum { CHUNK_SIZE = 256 * 1024 };

struct sg__fcache_chunk {
    struct sg__fcache_chunk *next;
    size_t used, cap;
    char data[];
};

static char *copy_key(struct sg__fcache *fc, const char *s, size_t len)
{
    struct sg__fcache_chunk *c = fc->chunks;
    if (!c || c->cap - c->used < len + 1) {
        size_t cap = len + 1 > CHUNK_SIZE ? len + 1 : CHUNK_SIZE;
        if (!(c = malloc(sizeof *c + cap)))
            return NULL;
        c->next = fc->chunks;
        c->used = 0;
        c->cap = cap;
        fc->chunks = c;
    }
    char *p = c->data + c->used;
    memcpy(p, s, len);
    p[len] = '\0';
    c->used += len + 1;
    return p;
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const struct sg__fcache_entry *)a)->path,
                  ((const struct sg__fcache_entry *)b)->path);
}

sg_err sg__fcache_load(struct sg__fcache *fc, sqlite3 *db, struct sg_error *err)
{
    if (!db)
        return SG_OK;
    sqlite3_stmt *st = NULL;
    /* path is the primary key of a WITHOUT ROWID table: this order costs
     * nothing, and SQLite's BINARY collation is strcmp's order. */
    int rc = sqlite3_prepare_v2(
        db, "SELECT path, dev, ino, size, mtime_ns, asset FROM files ORDER BY path", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return sg__inv_db_error(db, rc, "reading the file cache", err);
    bool sorted = true;
    sg_err out = SG_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *path = (const char *)sqlite3_column_text(st, 0);
        if (!path)
            continue;
        size_t len = (size_t)sqlite3_column_bytes(st, 0);
        struct sg__fcache_entry *grown =
            sg_array_grow(fc->v, &fc->cap, fc->n + 1, sizeof *grown, 4096);
        if (!grown) {
            out = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            goto done;
        }
        fc->v = grown;
        struct sg__fcache_entry *e = &fc->v[fc->n];
        if (!(e->path = copy_key(fc, path, len))) {
            out = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            goto done;
        }
        e->dev = (uint64_t)sqlite3_column_int64(st, 1);
        e->ino = (uint64_t)sqlite3_column_int64(st, 2);
        e->size = (uint64_t)sqlite3_column_int64(st, 3);
        e->mtime_ns = sqlite3_column_int64(st, 4);
        e->asset = sqlite3_column_int(st, 5) != 0;
        e->seen = false;
        if (fc->n && sorted && strcmp(fc->v[fc->n - 1].path, e->path) >= 0)
            sorted = false;
        fc->n++;
    }
    if (rc != SQLITE_DONE)
        out = sg__inv_db_error(db, rc, "reading the file cache", err);
    else if (!sorted) /* a registry edited by other hands: never trust its order */
        qsort(fc->v, fc->n, sizeof *fc->v, compare_entries);
done:
    sqlite3_finalize(st);
    return out;
}

struct sg__fcache_entry *sg__fcache_find(struct sg__fcache *fc, const char *path)
{
    if (fc->next < fc->n && strcmp(fc->v[fc->next].path, path) == 0)
        return &fc->v[fc->next++];
    size_t lo = 0, hi = fc->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(fc->v[mid].path, path);
        if (c == 0) {
            fc->next = mid + 1;
            return &fc->v[mid];
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

void sg__fcache_release(struct sg__fcache *fc)
{
    while (fc->chunks) {
        struct sg__fcache_chunk *next = fc->chunks->next;
        free(fc->chunks);
        fc->chunks = next;
    }
    free(fc->v);
    memset(fc, 0, sizeof *fc);
}
