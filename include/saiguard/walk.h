/* walk.h - a deterministic, bounded directory walker. Entries come in
 * per-component byte order (each directory's names sorted, files and
 * directories together, depth first), which is exactly the order the OMS
 * reference implementation gives model files, so manifests need no re-sort.
 * Symbolic links are rejected, skipped or followed (never outside the root,
 * loops detected) as the caller chooses. */
#ifndef SAIGUARD_WALK_H
#define SAIGUARD_WALK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

enum sg_walk_kind {
    SG_WALK_FILE,    /* a regular file (or a followed link to one) */
    SG_WALK_DIR,     /* a directory, before its children; only with include_dirs */
    SG_WALK_SYMLINK, /* a link, not followed; only with SG_SYMLINKS_REPORT */
    SG_WALK_OTHER,   /* a device, socket or fifo */
    SG_WALK_ERROR,   /* an entry that could not be read: errnum says why */
};

enum sg_symlink_policy {
    SG_SYMLINKS_REJECT, /* the walk fails with SG_ERR_SYMLINK at the first link */
    SG_SYMLINKS_SKIP,   /* links are passed over silently */
    SG_SYMLINKS_REPORT, /* links are reported as SG_WALK_SYMLINK, not followed */
    SG_SYMLINKS_FOLLOW, /* followed when the target stays inside the root */
};

struct sg_walk_entry {
    enum sg_walk_kind kind;
    const char *path;    /* root joined with relpath, as opened */
    const char *relpath; /* '/'-separated path below the root; the file's own name when the root is a file */
    const struct stat *st; /* lstat (or stat of the target when followed); NULL for SG_WALK_ERROR */
    int depth;           /* 1 for the root's children */
    bool name_is_utf8;   /* every component of relpath is valid UTF-8 */
    int errnum;          /* SG_WALK_ERROR only */
};

/* Return true to leave this entry out (and, for a directory, all below it). */
typedef bool (*sg_walk_skip_fn)(void *user, const char *relpath, bool is_dir);
/* Called for each entry. Any code but SG_OK stops the walk and is returned
 * by sg_walk; the callback fills err itself. */
typedef sg_err (*sg_walk_fn)(void *user, const struct sg_walk_entry *entry, struct sg_error *err);

struct sg_walk_options {
    enum sg_symlink_policy symlinks;
    bool include_dirs;       /* report directories as SG_WALK_DIR */
    sg_walk_skip_fn skip;    /* optional filter */
    void *skip_user;
    int max_depth;           /* 0 = default (256) */
    size_t max_entries;      /* 0 = unlimited; past it the walk fails with SG_ERR_LIMIT */
};

/* Walks root (a directory, or a single file reported with relpath = its
 * name). Unreadable entries below the root are reported as SG_WALK_ERROR and
 * the walk goes on unless the callback says otherwise; an unreadable root is
 * an error. */
SG_MUST_USE sg_err sg_walk(const char *root, const struct sg_walk_options *opt, sg_walk_fn fn,
                           void *user, struct sg_error *err);

/* True if s (len bytes) is well-formed UTF-8 (no overlongs, no surrogates). */
bool sg_utf8_valid(const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
