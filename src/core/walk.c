/* walk.c - deterministic directory walk (see walk.h). Directories are read
 * whole and sorted so the order is stable across filesystems; links that are
 * followed are resolved and must stay below the root's real path; a stack of
 * (device, inode) pairs on the current path catches loops. */
#include "saiguard/walk.h"
#include "saiguard/buf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "saiguard/path.h"

#define DEFAULT_MAX_DEPTH 256

struct dir_id {
    dev_t dev;
    ino_t ino;
};

/* One directory's names: NUL-terminated in one arena, sorted through v.
 * The walker keeps one list per depth and reuses it for every directory at
 * that depth, so a walk of 100,000 files makes a few dozen allocations, not
 * one per name. */
struct names {
    char *arena;
    size_t len, cap;
    union name_ref {
        size_t off; /* while reading: the arena may still move */
        const char *p;
    } *v;
    size_t n, vcap;
};

struct walker {
    const struct sg_walk_options *opt;
    sg_walk_fn fn;
    void *user;
    struct sg_error *err;
    char root_real[PATH_MAX];
    struct dir_id stack[DEFAULT_MAX_DEPTH + 1];
    struct names names[DEFAULT_MAX_DEPTH + 1];
    const char *root; /* as given */
    int max_depth;
    size_t entries;
    /* The entry's path, built in place: the root (as given, trailing
     * slashes dropped, then one '/'), then relpath from rel_off on. */
    char path[PATH_MAX];
    size_t rel_off;
};

bool sg_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        size_t n;
        uint32_t cp;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if ((size_t)(end - p) <= n)
            return false;
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = cp << 6 | (p[i] & 0x3f);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += n + 1;
    }
    return true;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const union name_ref *)a)->p, ((const union name_ref *)b)->p);
}

static void names_release(struct names *l)
{
    free(l->arena);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static bool names_add(struct names *l, const char *name)
{
    size_t len = strlen(name) + 1;
    union name_ref *grown = sg_array_grow(l->v, &l->vcap, l->n + 1, sizeof *grown, 64);
    if (!grown)
        return false;
    l->v = grown;
    if (l->cap - l->len < len) {
        size_t cap = l->cap ? l->cap : 1024;
        while (cap - l->len < len)
            cap *= 2;
        char *a = realloc(l->arena, cap);
        if (!a)
            return false;
        l->arena = a;
        l->cap = cap;
    }
    memcpy(l->arena + l->len, name, len);
    l->v[l->n++].off = l->len;
    l->len += len;
    return true;
}

/* Reads all names of the open directory fd (consumed) into l, sorted
 * bytewise. */
static sg_err read_sorted(int fd, const char *path, struct names *l, struct sg_error *err)
{
    l->len = l->n = 0;
    DIR *d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return sg_error_errno(err, sg_err_from_errno(e), path, e, "cannot read directory");
    }
    sg_err rc = SG_OK;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        const char *nm = de->d_name;
        if (nm[0] == '.' && (nm[1] == '\0' || (nm[1] == '.' && nm[2] == '\0')))
            continue;
        if (!names_add(l, nm)) {
            rc = sg_error_set(err, SG_ERR_NOMEM, path, NULL);
            break;
        }
        errno = 0;
    }
    if (rc == SG_OK && errno != 0)
        rc = sg_error_errno(err, SG_ERR_IO, path, errno, "cannot read directory");
    closedir(d);
    if (rc != SG_OK) {
        l->len = l->n = 0;
        return rc;
    }
    for (size_t i = 0; i < l->n; i++)
        l->v[i].p = l->arena + l->v[i].off;
    if (l->n > 1) /* qsort(NULL, 0) is undefined: an empty directory has no array */
        qsort(l->v, l->n, sizeof *l->v, compare_names);
    return SG_OK;
}

static bool is_under_root(const struct walker *w, const char *real)
{
    size_t n = strlen(w->root_real);
    if (strcmp(w->root_real, "/") == 0)
        return true;
    return strncmp(real, w->root_real, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

static sg_err emit(struct walker *w, enum sg_walk_kind kind, const char *path, const char *rel,
                   const struct stat *st, int depth, bool utf8, int errnum)
{
    if (w->opt->max_entries && ++w->entries > w->opt->max_entries)
        return sg_error_set(w->err, SG_ERR_LIMIT, path, "more than %zu entries",
                            w->opt->max_entries);
    struct sg_walk_entry e = {
        .kind = kind,
        .path = path,
        .relpath = rel,
        .st = st,
        .depth = depth,
        .name_is_utf8 = utf8,
        .errnum = errnum,
    };
    return w->fn(w->user, &e, w->err);
}

static sg_err walk_dir(struct walker *w, int fd, const char *path, size_t len, bool utf8,
                       int depth);

/* Handles one name inside the directory open at dirfd, whose path fills
 * w->path up to base (exclusive of the separator; base == rel_off for the
 * root, whose prefix already ends in one). */
static sg_err visit(struct walker *w, int dirfd, size_t base, bool dir_utf8, const char *name,
                    int depth)
{
    char *path = w->path, *rel = w->path + w->rel_off;
    size_t name_len = strlen(name);
    bool utf8 = dir_utf8 && sg_utf8_valid(name, name_len);
    if (base + name_len >= sizeof w->path) {
        const char *dirpath = w->root;
        if (base > w->rel_off) {
            path[base - 1] = '\0';
            dirpath = path;
        }
        return emit(w, SG_WALK_ERROR, dirpath, name, NULL, depth, utf8, ENAMETOOLONG);
    }
    if (base > w->rel_off)
        path[base - 1] = '/';
    memcpy(path + base, name, name_len + 1);
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, utf8, errno);

    if (S_ISLNK(st.st_mode)) {
        switch (w->opt->symlinks) {
        case SG_SYMLINKS_REJECT:
            return sg_error_set(w->err, SG_ERR_SYMLINK, path,
                                "symbolic link (use --follow-symlinks to allow links inside the root)");
        case SG_SYMLINKS_SKIP:
            return SG_OK;
        case SG_SYMLINKS_REPORT:
            if (w->opt->skip && w->opt->skip(w->opt->skip_user, rel, false))
                return SG_OK;
            return emit(w, SG_WALK_SYMLINK, path, rel, &st, depth, utf8, 0);
        case SG_SYMLINKS_FOLLOW: {
            char real[PATH_MAX];
            if (!realpath(path, real))
                return errno == ELOOP
                           ? sg_error_set(w->err, SG_ERR_SYMLINK, path, "symbolic link loop")
                           : emit(w, SG_WALK_ERROR, path, rel, NULL, depth, utf8, errno);
            if (!is_under_root(w, real))
                return sg_error_set(w->err, SG_ERR_UNSAFE_PATH, path,
                                    "symbolic link points outside the root ('%s')", real);
            if (fstatat(dirfd, name, &st, 0) != 0)
                return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, utf8, errno);
            break;
        }
        }
    }
    bool is_dir = S_ISDIR(st.st_mode);
    if (w->opt->skip && w->opt->skip(w->opt->skip_user, rel, is_dir))
        return SG_OK;
    if (S_ISREG(st.st_mode))
        return emit(w, SG_WALK_FILE, path, rel, &st, depth, utf8, 0);
    if (!is_dir)
        return emit(w, SG_WALK_OTHER, path, rel, &st, depth, utf8, 0);

    if (depth >= w->max_depth)
        return sg_error_set(w->err, SG_ERR_LIMIT, path, "directories nested deeper than %d",
                            w->max_depth);
    for (int i = 0; i < depth; i++)
        if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino)
            return sg_error_set(w->err, SG_ERR_SYMLINK, path, "directory loop through a symbolic link");
    if (w->opt->include_dirs) {
        sg_err rc = emit(w, SG_WALK_DIR, path, rel, &st, depth, utf8, 0);
        if (rc != SG_OK)
            return rc;
    }
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, utf8, errno);
    w->stack[depth].dev = st.st_dev;
    w->stack[depth].ino = st.st_ino;
    return walk_dir(w, fd, path, base + name_len, utf8, depth);
}

/* Walks the directory open at fd (consumed), named path, whose path fills
 * w->path up to len; its children are at depth + 1. */
static sg_err walk_dir(struct walker *w, int fd, const char *path, size_t len, bool utf8,
                       int depth)
{
    int iter_fd = dup(fd);
    if (iter_fd < 0) {
        int e = errno;
        close(fd);
        return sg_error_errno(w->err, sg_err_from_errno(e), path, e, "cannot read directory");
    }
    struct names *l = &w->names[depth];
    sg_err rc = read_sorted(iter_fd, path, l, w->err);
    if (rc != SG_OK) {
        close(fd);
        return rc;
    }
    size_t base = depth == 0 ? w->rel_off : len + 1;
    for (size_t i = 0; i < l->n && rc == SG_OK; i++)
        rc = visit(w, fd, base, utf8, l->v[i].p, depth + 1);
    close(fd);
    return rc;
}

/* The prefix every entry's path starts with: root without its trailing
 * slashes, then '/' (sg_path_join's rule), so paths read as before. */
static sg_err set_prefix(struct walker *w, const char *root)
{
    size_t la = strlen(root);
    while (la > 1 && root[la - 1] == '/')
        la--;
    bool sep = !(la && root[la - 1] == '/');
    if (la + sep >= sizeof w->path)
        return sg_error_set(w->err, SG_ERR_TOO_LARGE, root, "path too long");
    memcpy(w->path, root, la);
    if (sep)
        w->path[la++] = '/';
    w->path[la] = '\0';
    w->rel_off = la;
    return SG_OK;
}

sg_err sg_walk(const char *root, const struct sg_walk_options *opt, sg_walk_fn fn, void *user,
               struct sg_error *err)
{
    static const struct sg_walk_options defaults = {.symlinks = SG_SYMLINKS_REJECT};
    struct walker *w = calloc(1, sizeof *w);
    if (!w)
        return sg_error_set(err, SG_ERR_NOMEM, root, NULL);
    w->opt = opt ? opt : &defaults;
    w->fn = fn;
    w->user = user;
    w->err = err;
    w->root = root;
    w->max_depth = w->opt->max_depth > 0 && w->opt->max_depth < DEFAULT_MAX_DEPTH
                       ? w->opt->max_depth
                       : DEFAULT_MAX_DEPTH;
    sg_err rc = SG_OK;
    struct stat st;
    if (lstat(root, &st) != 0) {
        rc = sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot open");
        goto out;
    }
    if (S_ISLNK(st.st_mode)) {
        if (w->opt->symlinks != SG_SYMLINKS_FOLLOW) {
            rc = sg_error_set(err, SG_ERR_SYMLINK, root, "is a symbolic link");
            goto out;
        }
        if (stat(root, &st) != 0) {
            rc = sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot follow link");
            goto out;
        }
    }
    if (!realpath(root, w->root_real)) {
        rc = sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot resolve");
        goto out;
    }
    if (S_ISREG(st.st_mode)) {
        struct sg_walk_entry e = {
            .kind = SG_WALK_FILE,
            .path = root,
            .relpath = sg_path_basename(root),
            .st = &st,
            .depth = 0,
        };
        e.name_is_utf8 = sg_utf8_valid(e.relpath, strlen(e.relpath));
        rc = fn(user, &e, err);
        goto out;
    }
    if (!S_ISDIR(st.st_mode)) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, root, "not a file or directory");
        goto out;
    }
    if ((rc = set_prefix(w, root)) != SG_OK)
        goto out;
    int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        rc = sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot open directory");
        goto out;
    }
    w->stack[0].dev = st.st_dev;
    w->stack[0].ino = st.st_ino;
    rc = walk_dir(w, fd, root, 0, true, 0);
out:
    for (int i = 0; i <= DEFAULT_MAX_DEPTH; i++)
        names_release(&w->names[i]);
    free(w);
    return rc;
}
