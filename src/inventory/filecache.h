/* filecache.h - the scan's file cache (internal to the inventory): the stat
 * of every file the last recording scan looked at, loaded with one query
 * into one sorted array, looked up by absolute path. */
#ifndef SG_INVENTORY_FILECACHE_H
#define SG_INVENTORY_FILECACHE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "saiguard/error.h"

struct sg__fcache_entry {
    const char *path; /* owned by the cache */
    uint64_t dev, ino, size;
    int64_t mtime_ns;
    bool asset; /* the file was an AI asset */
    bool seen;  /* found by this scan (set by the caller) */
};

struct sg__fcache_chunk;

/* Zero-initialise; sg__fcache_release frees. Not thread-safe. */
struct sg__fcache {
    struct sg__fcache_entry *v; /* sorted by path, strcmp order */
    size_t n, cap;
    size_t next; /* where the next look-up is expected to land */
    struct sg__fcache_chunk *chunks;
};

/* Loads the table `files` of db (NULL db: an empty cache). */
SG_MUST_USE sg_err sg__fcache_load(struct sg__fcache *fc, sqlite3 *db, struct sg_error *err);
/* The entry for path, or NULL. Fastest when called in the walk's order:
 * a directory walk visits paths almost in the cache's order, so most
 * look-ups are one comparison with the entry after the previous hit and
 * the rest a binary search. */
struct sg__fcache_entry *sg__fcache_find(struct sg__fcache *fc, const char *path);
void sg__fcache_release(struct sg__fcache *fc);

#endif
