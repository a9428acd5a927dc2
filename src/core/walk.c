/* walk.c - deterministic directory walk (see walk.h). Directories are read
 * whole and sorted so the order is stable across filesystems; links that are
 * followed are resolved and must stay below the root's real path; a stack of
 * (device, inode) pairs on the current path catches loops. */
#include "saiguard/walk.h"

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

struct walker {
    const struct sg_walk_options *opt;
    sg_walk_fn fn;
    void *user;
    struct sg_error *err;
    char root_real[PATH_MAX];
    struct dir_id stack[DEFAULT_MAX_DEPTH + 1];
    int max_depth;
    size_t entries;
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
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* Reads all names of the open directory fd (consumed) sorted bytewise. */
static sg_err read_sorted(int fd, const char *path, char ***out, size_t *count, struct sg_error *err)
{
    *out = NULL;
    *count = 0;
    DIR *d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return sg_error_errno(err, sg_err_from_errno(e), path, e, "cannot read directory");
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    sg_err rc = SG_OK;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **grown = realloc(names, ncap * sizeof *names);
            if (!grown) {
                rc = sg_error_set(err, SG_ERR_NOMEM, path, NULL);
                goto out;
            }
            names = grown;
            cap = ncap;
        }
        if (!(names[n] = strdup(de->d_name))) {
            rc = sg_error_set(err, SG_ERR_NOMEM, path, NULL);
            goto out;
        }
        n++;
        errno = 0;
    }
    if (errno != 0)
        rc = sg_error_errno(err, SG_ERR_IO, path, errno, "cannot read directory");
out:
    closedir(d);
    if (rc != SG_OK) {
        free_names(names, n);
        return rc;
    }
    if (n > 1) /* qsort(NULL, 0) is undefined: an empty directory has no array */
        qsort(names, n, sizeof *names, compare_names);
    *out = names;
    *count = n;
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
                   const struct stat *st, int depth, int errnum)
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
        .name_is_utf8 = sg_utf8_valid(rel, strlen(rel)),
        .errnum = errnum,
    };
    return w->fn(w->user, &e, w->err);
}

static sg_err walk_dir(struct walker *w, int dirfd, const char *path, const char *rel, int depth);

/* Handles one name inside the directory open at dirfd. */
static sg_err visit(struct walker *w, int dirfd, const char *dirpath, const char *dirrel,
                    const char *name, int depth)
{
    char path[PATH_MAX], rel[PATH_MAX];
    int rel_len = dirrel[0] ? snprintf(rel, sizeof rel, "%s/%s", dirrel, name)
                            : snprintf(rel, sizeof rel, "%s", name);
    if (sg_path_join(path, sizeof path, dirpath, name) != SG_OK || rel_len < 0 ||
        (size_t)rel_len >= sizeof rel)
        return emit(w, SG_WALK_ERROR, dirpath, name, NULL, depth, ENAMETOOLONG);
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, errno);

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
            return emit(w, SG_WALK_SYMLINK, path, rel, &st, depth, 0);
        case SG_SYMLINKS_FOLLOW: {
            char real[PATH_MAX];
            if (!realpath(path, real))
                return errno == ELOOP
                           ? sg_error_set(w->err, SG_ERR_SYMLINK, path, "symbolic link loop")
                           : emit(w, SG_WALK_ERROR, path, rel, NULL, depth, errno);
            if (!is_under_root(w, real))
                return sg_error_set(w->err, SG_ERR_UNSAFE_PATH, path,
                                    "symbolic link points outside the root ('%s')", real);
            if (fstatat(dirfd, name, &st, 0) != 0)
                return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, errno);
            break;
        }
        }
    }
    bool is_dir = S_ISDIR(st.st_mode);
    if (w->opt->skip && w->opt->skip(w->opt->skip_user, rel, is_dir))
        return SG_OK;
    if (S_ISREG(st.st_mode))
        return emit(w, SG_WALK_FILE, path, rel, &st, depth, 0);
    if (!is_dir)
        return emit(w, SG_WALK_OTHER, path, rel, &st, depth, 0);

    if (depth >= w->max_depth)
        return sg_error_set(w->err, SG_ERR_LIMIT, path, "directories nested deeper than %d",
                            w->max_depth);
    for (int i = 0; i < depth; i++)
        if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino)
            return sg_error_set(w->err, SG_ERR_SYMLINK, path, "directory loop through a symbolic link");
    if (w->opt->include_dirs) {
        sg_err rc = emit(w, SG_WALK_DIR, path, rel, &st, depth, 0);
        if (rc != SG_OK)
            return rc;
    }
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return emit(w, SG_WALK_ERROR, path, rel, NULL, depth, errno);
    w->stack[depth].dev = st.st_dev;
    w->stack[depth].ino = st.st_ino;
    return walk_dir(w, fd, path, rel, depth);
}

/* Walks the directory open at fd (consumed); its children are at depth + 1. */
static sg_err walk_dir(struct walker *w, int fd, const char *path, const char *rel, int depth)
{
    int iter_fd = dup(fd);
    if (iter_fd < 0) {
        int e = errno;
        close(fd);
        return sg_error_errno(w->err, sg_err_from_errno(e), path, e, "cannot read directory");
    }
    char **names;
    size_t n;
    sg_err rc = read_sorted(iter_fd, path, &names, &n, w->err);
    if (rc != SG_OK) {
        close(fd);
        return rc;
    }
    for (size_t i = 0; i < n && rc == SG_OK; i++)
        rc = visit(w, fd, path, rel, names[i], depth + 1);
    free_names(names, n);
    close(fd);
    return rc;
}

sg_err sg_walk(const char *root, const struct sg_walk_options *opt, sg_walk_fn fn, void *user,
               struct sg_error *err)
{
    static const struct sg_walk_options defaults = {.symlinks = SG_SYMLINKS_REJECT};
    struct walker w = {.opt = opt ? opt : &defaults, .fn = fn, .user = user, .err = err};
    w.max_depth = w.opt->max_depth > 0 && w.opt->max_depth < DEFAULT_MAX_DEPTH ? w.opt->max_depth
                                                                               : DEFAULT_MAX_DEPTH;
    struct stat st;
    if (lstat(root, &st) != 0)
        return sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot open");
    if (S_ISLNK(st.st_mode)) {
        if (w.opt->symlinks != SG_SYMLINKS_FOLLOW)
            return sg_error_set(err, SG_ERR_SYMLINK, root, "is a symbolic link");
        if (stat(root, &st) != 0)
            return sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot follow link");
    }
    if (!realpath(root, w.root_real))
        return sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot resolve");
    if (S_ISREG(st.st_mode)) {
        struct sg_walk_entry e = {
            .kind = SG_WALK_FILE,
            .path = root,
            .relpath = sg_path_basename(root),
            .st = &st,
            .depth = 0,
        };
        e.name_is_utf8 = sg_utf8_valid(e.relpath, strlen(e.relpath));
        return fn(user, &e, err);
    }
    if (!S_ISDIR(st.st_mode))
        return sg_error_set(err, SG_ERR_INVALID_ARG, root, "not a file or directory");
    int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), root, errno, "cannot open directory");
    w.stack[0].dev = st.st_dev;
    w.stack[0].ino = st.st_ino;
    return walk_dir(&w, fd, root, "", 0);
}
