/* manifest.c - hashes a model tree into an OMS manifest: walk (reference
 * order), ignore rules, then whole files or fixed-size shards hashed in
 * parallel with pread() into one bounded buffer per task. A file whose size,
 * mtime or identity changes while it is read fails the whole hash. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "integrity/internal.h"
#include "saiguard/buf.h"
#include "saiguard/path.h"
#include "saiguard/pool.h"
#include "saiguard/walk.h"

/* Reads go through a buffer of this size. 128 KiB stays in the L2 cache, so
 * the copy out of the page cache is cheap and SHA-256 reads it back hot;
 * 1 MiB (the reference's chunk) tripled system time here. */
#define READ_CHUNK ((size_t)1 << 17)
/* A hostile shard size (1 byte on a large model) must hit a limit, not the
 * OOM killer: no manifest gets more entries than this. */
#define MAX_ENTRIES ((size_t)1 << 24)
/* Report progress at most every this many bytes per worker. */
#define PROGRESS_STEP ((uint64_t)32 << 20)

void (*sg__integrity_hash_hook)(const char *path);

static const char *const default_ignores[] = {".git", ".gitattributes", ".github", ".gitignore"};

const char *sg_hash_algo_name(enum sg_hash_algo algo)
{
    return algo == SG_HASH_BLAKE2B ? "blake2b" : "sha256";
}

sg_err sg_serialization_parse(const char *s, enum sg_serialization *out, struct sg_error *err)
{
    if (strcmp(s, "files") == 0)
        *out = SG_SERIALIZE_FILES;
    else if (strcmp(s, "shards") == 0)
        *out = SG_SERIALIZE_SHARDS;
    else
        return sg_error_set(err, SG_ERR_INVALID_ARG, s, "serialization must be 'files' or 'shards'");
    return SG_OK;
}

sg_err sg_hash_algo_parse(const char *s, enum sg_hash_algo *out, struct sg_error *err)
{
    if (strcmp(s, "sha256") == 0)
        *out = SG_HASH_SHA256;
    else if (strcmp(s, "blake2b") == 0)
        *out = SG_HASH_BLAKE2B;
    else
        return sg_error_set(err, SG_ERR_INVALID_ARG, s, "hash algorithm must be sha256 or blake2b");
    return SG_OK;
}

sg_err sg_size_parse(const char *s, uint64_t *out, struct sg_error *err)
{
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    uint64_t mul = 1;
    if (end != s && s[0] != '-' && errno == 0) {
        static const struct {
            const char *suffix;
            uint64_t mul;
        } units[] = {{"", 1},           {"K", 1ULL << 10},   {"M", 1ULL << 20},   {"G", 1ULL << 30},
                     {"KB", 1000},      {"MB", 1000000},     {"GB", 1000000000}, {"KiB", 1ULL << 10},
                     {"MiB", 1ULL << 20}, {"GiB", 1ULL << 30}};
        for (size_t i = 0; i < sizeof units / sizeof *units; i++)
            if (strcmp(end, units[i].suffix) == 0) {
                mul = units[i].mul;
                if (v > 0 && v <= UINT64_MAX / mul) {
                    *out = v * mul;
                    return SG_OK;
                }
            }
    }
    return sg_error_set(err, SG_ERR_INVALID_ARG, s, "not a positive size (e.g. 1000000000, 512M, 2G)");
}

sg_err sg_threads_parse(const char *s, int *out, struct sg_error *err)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || errno || v < 1 || v > 1024)
        return sg_error_set(err, SG_ERR_INVALID_ARG, s, "--threads must be 1 to 1024");
    *out = (int)v;
    return SG_OK;
}

const EVP_MD *sg__integrity_md(enum sg_hash_algo algo)
{
    return algo == SG_HASH_BLAKE2B ? EVP_blake2b512() : EVP_sha256();
}

size_t sg__integrity_digest_len(enum sg_hash_algo algo)
{
    return algo == SG_HASH_BLAKE2B ? 64 : 32;
}

/* ==== ignore rules ====================================================== */

static bool has_glob(const char *p)
{
    return strpbrk(p, "*?[") != NULL;
}

bool sg__ignore_matches(const struct sg__ignore *ig, const char *relpath)
{
    for (size_t i = 0; i < ig->n; i++) {
        const char *p = ig->patterns[i];
        /* Literal entries name a path from the root, as the reference records
         * them ("model.sig", ".git"); globs use the gitignore-like matcher. */
        if (has_glob(p) ? sg_path_match(p, relpath) : strcmp(p, relpath) == 0)
            return true;
    }
    return false;
}

sg_err sg__ignore_add(struct sg__ignore *ig, const char *pattern, struct sg_error *err)
{
    /* Normalise "./x" and trailing slashes so "dir/" and "dir" mean the same. */
    while (pattern[0] == '.' && pattern[1] == '/')
        pattern += 2;
    size_t len = strlen(pattern);
    while (len > 1 && pattern[len - 1] == '/')
        len--;
    if (len == 0 || pattern[0] == '/')
        return sg_error_set(err, SG_ERR_INVALID_ARG, pattern,
                            "ignore paths are relative to the model root");
    for (size_t i = 0; i < ig->n; i++)
        if (strlen(ig->patterns[i]) == len && memcmp(ig->patterns[i], pattern, len) == 0)
            return SG_OK;
    char **grown = realloc(ig->patterns, (ig->n + 1) * sizeof *grown);
    if (!grown)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    ig->patterns = grown;
    if (!(ig->patterns[ig->n] = strndup(pattern, len)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    ig->n++;
    return SG_OK;
}

void sg__ignore_release(struct sg__ignore *ig)
{
    for (size_t i = 0; i < ig->n; i++)
        free(ig->patterns[i]);
    free(ig->patterns);
    ig->patterns = NULL;
    ig->n = 0;
}

sg_err sg__ignore_add_defaults(struct sg__ignore *ig, struct sg_error *err)
{
    for (size_t i = 0; i < sizeof default_ignores / sizeof *default_ignores; i++) {
        sg_err rc = sg__ignore_add(ig, default_ignores[i], err);
        if (rc != SG_OK)
            return rc;
    }
    return SG_OK;
}

/* If file lies inside the model directory, adds its path relative to the
 * model: the signature must never sign (or be reported as) itself. The file
 * may not exist yet (sign), so its directory is resolved instead. */
sg_err sg__ignore_add_inside(struct sg__ignore *ig, const char *model, const char *file,
                             struct sg_error *err)
{
    char model_real[PATH_MAX], dir_real[PATH_MAX], dir[PATH_MAX];
    if (!file || !realpath(model, model_real))
        return SG_OK;
    struct stat st;
    if (stat(model_real, &st) != 0 || !S_ISDIR(st.st_mode))
        return SG_OK;
    const char *base = sg_path_basename(file);
    size_t dlen = (size_t)(base - file);
    if (dlen >= sizeof dir)
        return SG_OK;
    if (dlen == 0)
        strcpy(dir, ".");
    else {
        memcpy(dir, file, dlen);
        dir[dlen] = '\0';
    }
    if (!realpath(dir, dir_real))
        return SG_OK;
    size_t mlen = strlen(model_real);
    char rel[PATH_MAX];
    if (strcmp(dir_real, model_real) == 0)
        snprintf(rel, sizeof rel, "%s", base);
    else if (strncmp(dir_real, model_real, mlen) == 0 && dir_real[mlen] == '/')
        snprintf(rel, sizeof rel, "%s/%s", dir_real + mlen + 1, base);
    else
        return SG_OK;
    return sg__ignore_add(ig, rel, err);
}

/* ==== collecting files ================================================== */

struct file_item {
    char *path;   /* as opened */
    char *rel;    /* '/'-separated below the root, or "." for a single-file model */
    uint64_t size;
    struct timespec mtime;
    dev_t dev;
    ino_t ino;
};

struct collector {
    struct file_item *files;
    size_t n, cap;
    const struct sg__ignore *ignore;
    bool single_file;
    uint64_t total;
};

static bool skip_ignored(void *user, const char *relpath, bool is_dir)
{
    (void)is_dir;
    const struct collector *c = user;
    return sg__ignore_matches(c->ignore, relpath);
}

static sg_err collect(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    struct collector *c = user;
    switch (e->kind) {
    case SG_WALK_ERROR:
        return sg_error_errno(err, sg_err_from_errno(e->errnum), e->path, e->errnum,
                              "cannot read");
    case SG_WALK_OTHER:
        return sg_error_set(err, SG_ERR_FORMAT, e->path,
                            "not a regular file (device, socket or fifo)");
    case SG_WALK_SYMLINK:
        return sg_error_set(err, SG_ERR_SYMLINK, e->path, "symbolic link not allowed");
    case SG_WALK_DIR:
        return SG_OK;
    case SG_WALK_FILE:
        break;
    }
    if (!e->name_is_utf8)
        return sg_error_set(err, SG_ERR_ENCODING, e->path,
                            "file name is not valid UTF-8 (OMS manifests need UTF-8 names)");
    /* What verify would refuse must not be signed: a backslash (a path
     * separator elsewhere) makes a name unsafe to join on other systems. */
    if (e->depth > 0 && !sg_path_is_safe_relative(e->relpath))
        return sg_error_set(err, SG_ERR_UNSAFE_PATH, e->path,
                            "file name is not a portable relative path (backslash?)");
    struct file_item *grown = sg_array_grow(c->files, &c->cap, c->n + 1, sizeof *grown, 64);
    if (!grown)
        return sg_error_set(err, SG_ERR_NOMEM, e->path, NULL);
    c->files = grown;
    struct file_item *f = &c->files[c->n];
    memset(f, 0, sizeof *f);
    f->path = strdup(e->path);
    f->rel = strdup(e->depth == 0 ? "." : e->relpath);
    if (!f->path || !f->rel) {
        free(f->path);
        free(f->rel);
        return sg_error_set(err, SG_ERR_NOMEM, e->path, NULL);
    }
    f->size = (uint64_t)e->st->st_size;
    f->mtime = e->st->st_mtim;
    f->dev = e->st->st_dev;
    f->ino = e->st->st_ino;
    c->total += f->size;
    c->n++;
    if (e->depth == 0)
        c->single_file = true;
    return SG_OK;
}

static void free_files(struct file_item *files, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(files[i].path);
        free(files[i].rel);
    }
    free(files);
}

/* ==== parallel hashing ==================================================== */

struct job;

struct task {
    struct job *job;
    const struct file_item *file;
    struct sg_manifest_entry *entry;
};

struct job {
    sg_ctx *ctx;
    const EVP_MD *md;
    bool follow;
    atomic_bool failed;
    atomic_uint_fast64_t done;
    uint64_t total;
    pthread_mutex_t lock; /* guards err and progress reporting */
    struct sg_error err;
    sg_err rc;
};

static void job_fail(struct job *job, const struct sg_error *e)
{
    pthread_mutex_lock(&job->lock);
    if (job->rc == SG_OK) {
        job->rc = e->code;
        job->err = *e;
    }
    pthread_mutex_unlock(&job->lock);
    atomic_store(&job->failed, true);
}

static void job_progress(struct job *job, uint64_t add)
{
    uint64_t before = atomic_fetch_add(&job->done, add);
    if (job->ctx && job->ctx->progress && before / PROGRESS_STEP != (before + add) / PROGRESS_STEP &&
        pthread_mutex_trylock(&job->lock) == 0) {
        sg_progress(job->ctx, "hashing", before + add, job->total);
        pthread_mutex_unlock(&job->lock);
    }
}

static bool same_stat(const struct stat *st, const struct file_item *f)
{
    return (uint64_t)st->st_size == f->size && st->st_mtim.tv_sec == f->mtime.tv_sec &&
           st->st_mtim.tv_nsec == f->mtime.tv_nsec && st->st_dev == f->dev && st->st_ino == f->ino;
}

/* Hashes bytes [start, end) of one file into its entry. */
static sg_err hash_range(struct job *job, const struct file_item *f, struct sg_manifest_entry *e,
                         struct sg_error *err)
{
    sg_err rc = SG_OK;
    unsigned char *buf = NULL;
    EVP_MD_CTX *md = NULL;
    int fd = open(f->path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (job->follow ? 0 : O_NOFOLLOW));
    if (fd < 0)
        return sg_error_errno(err, errno == ELOOP ? SG_ERR_SYMLINK : sg_err_from_errno(errno),
                              f->path, errno, "cannot open");
    struct stat st;
    if (fstat(fd, &st) != 0) {
        rc = sg_error_errno(err, SG_ERR_IO, f->path, errno, "cannot stat");
        goto out;
    }
    if (!S_ISREG(st.st_mode) || !same_stat(&st, f)) {
        rc = sg_error_set(err, SG_ERR_CHANGED, f->path, "file changed while the model was hashed");
        goto out;
    }
    if (sg__integrity_hash_hook)
        sg__integrity_hash_hook(f->path);
    uint64_t len = e->end - e->start;
    size_t bufsize = len < READ_CHUNK ? (size_t)len : READ_CHUNK;
    buf = malloc(bufsize ? bufsize : 1);
    md = EVP_MD_CTX_new();
    if (!buf || !md) {
        rc = sg_error_set(err, SG_ERR_NOMEM, f->path, NULL);
        goto out;
    }
    if (!EVP_DigestInit_ex(md, job->md, NULL)) {
        rc = sg_error_set(err, SG_ERR_CRYPTO, f->path, "digest init failed");
        goto out;
    }
    uint64_t off = e->start, pending = 0;
    while (off < e->end) {
        if (atomic_load(&job->failed))
            goto out; /* another task failed: its error wins */
        size_t want = e->end - off < bufsize ? (size_t)(e->end - off) : bufsize;
        ssize_t n = pread(fd, buf, want, (off_t)off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            rc = sg_error_errno(err, SG_ERR_IO, f->path, errno, "read failed");
            goto out;
        }
        if (n == 0) {
            rc = sg_error_set(err, SG_ERR_CHANGED, f->path, "file shrank while it was hashed");
            goto out;
        }
        if (!EVP_DigestUpdate(md, buf, (size_t)n)) {
            rc = sg_error_set(err, SG_ERR_CRYPTO, f->path, "digest update failed");
            goto out;
        }
        off += (uint64_t)n;
        pending += (uint64_t)n;
        if (pending >= PROGRESS_STEP) {
            job_progress(job, pending);
            pending = 0;
        }
    }
    job_progress(job, pending);
    if (fstat(fd, &st) != 0 || !same_stat(&st, f)) {
        rc = sg_error_set(err, SG_ERR_CHANGED, f->path, "file changed while it was being hashed");
        goto out;
    }
    unsigned int dlen = 0;
    if (!EVP_DigestFinal_ex(md, e->digest, &dlen)) {
        rc = sg_error_set(err, SG_ERR_CRYPTO, f->path, "digest final failed");
        goto out;
    }
    e->digest_len = dlen;
out:
    EVP_MD_CTX_free(md);
    free(buf);
    close(fd);
    return rc;
}

static void run_task(void *arg)
{
    struct task *t = arg;
    if (atomic_load(&t->job->failed))
        return;
    struct sg_error e = {0};
    if (hash_range(t->job, t->file, t->entry, &e) != SG_OK && e.code != SG_OK)
        job_fail(t->job, &e);
}

static int by_length_desc(const void *a, const void *b)
{
    const struct task *x = a, *y = b;
    uint64_t lx = x->entry->end - x->entry->start, ly = y->entry->end - y->entry->start;
    return lx < ly ? 1 : lx > ly ? -1 : 0;
}

/* ==== the manifest ======================================================== */

void sg_manifest_free(struct sg_manifest *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->count; i++) {
        free(m->entries[i].name);
        free(m->entries[i].path);
    }
    free(m->entries);
    for (size_t i = 0; i < m->n_ignore; i++)
        free(m->ignore_paths[i]);
    free(m->ignore_paths);
    free(m->model_name);
    free(m);
}

sg_err sg_manifest_compute_root(struct sg_manifest *m, struct sg_error *err)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned int n = 0;
    bool ok = md && EVP_DigestInit_ex(md, EVP_sha256(), NULL);
    for (size_t i = 0; ok && i < m->count; i++)
        ok = EVP_DigestUpdate(md, m->entries[i].digest, m->entries[i].digest_len);
    ok = ok && EVP_DigestFinal_ex(md, m->root, &n) && n == 32;
    EVP_MD_CTX_free(md);
    return ok ? SG_OK : sg_error_set(err, SG_ERR_CRYPTO, NULL, "cannot compute the root digest");
}

/* Fills the entries for the collected files: one per file, or one per shard
 * (zero-byte files have no shards, as in the reference). */
static sg_err plan_entries(struct sg_manifest *m, const struct file_item *files, size_t n,
                           struct sg_error *err)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = m->method == SG_SERIALIZE_FILES
                       ? 1
                       : (size_t)((files[i].size + m->shard_size - 1) / m->shard_size);
        if (k > MAX_ENTRIES || count + k > MAX_ENTRIES)
            return sg_error_set(err, SG_ERR_LIMIT, files[i].path,
                                "more than %zu manifest entries (shard size too small?)",
                                (size_t)MAX_ENTRIES);
        count += k;
    }
    m->entries = calloc(count ? count : 1, sizeof *m->entries);
    if (!m->entries)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    for (size_t i = 0; i < n; i++) {
        const struct file_item *f = &files[i];
        if (m->method == SG_SERIALIZE_FILES) {
            struct sg_manifest_entry *e = &m->entries[m->count];
            e->name = strdup(f->rel);
            e->path = strdup(f->rel);
            e->end = f->size;
            m->count++;
            if (!e->name || !e->path)
                return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            continue;
        }
        for (uint64_t start = 0; start < f->size; start += m->shard_size) {
            struct sg_manifest_entry *e = &m->entries[m->count];
            e->start = start;
            e->end = f->size - start < m->shard_size ? f->size : start + m->shard_size;
            e->path = strdup(f->rel);
            m->count++;
            if (!e->path || asprintf(&e->name, "%s:%" PRIu64 ":%" PRIu64, f->rel, e->start,
                                     e->end) < 0) {
                e->name = NULL;
                return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            }
        }
    }
    return SG_OK;
}

/* Maps entries back to their file: both lists are in the same order. */
static sg_err hash_entries(sg_ctx *ctx, struct sg_manifest *m, const struct file_item *files,
                           size_t n, const struct sg_hash_options *opt, struct sg_error *err)
{
    sg_err rc = SG_OK;
    sg_pool *pool = NULL;
    struct task *tasks = calloc(m->count ? m->count : 1, sizeof *tasks);
    struct job job = {.ctx = ctx, .md = sg__integrity_md(m->algo), .follow = opt->follow_symlinks};
    atomic_init(&job.failed, false);
    atomic_init(&job.done, 0);
    pthread_mutex_init(&job.lock, NULL);
    if (!tasks) {
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        goto out;
    }
    size_t fi = 0;
    for (size_t i = 0; i < m->count; i++) {
        while (fi < n && strcmp(files[fi].rel, m->entries[i].path) != 0)
            fi++;
        if (fi == n) {
            rc = sg_error_set(err, SG_ERR_INTERNAL, m->entries[i].path, "entry without a file");
            goto out;
        }
        tasks[i] = (struct task){.job = &job, .file = &files[fi], .entry = &m->entries[i]};
        job.total += m->entries[i].end - m->entries[i].start;
    }
    /* Longest first: a big file queued last would leave the other cores idle. */
    qsort(tasks, m->count, sizeof *tasks, by_length_desc);
    rc = sg_pool_new(opt->threads, &pool);
    if (rc != SG_OK) {
        rc = sg_error_set(err, rc, NULL, "cannot start hashing threads");
        goto out;
    }
    sg_progress(ctx, "hashing", 0, job.total);
    for (size_t i = 0; i < m->count && !atomic_load(&job.failed); i++) {
        rc = sg_pool_submit(pool, run_task, &tasks[i]);
        if (rc != SG_OK) {
            sg_pool_wait(pool);
            rc = sg_error_set(err, rc, NULL, "cannot queue hashing work");
            goto out;
        }
    }
    sg_pool_wait(pool);
    if (job.rc != SG_OK) {
        if (err)
            *err = job.err;
        rc = job.rc;
        goto out;
    }
    sg_progress(ctx, "hashing", job.total, job.total);
    m->total_bytes = job.total;
out:
    sg_pool_free(pool);
    pthread_mutex_destroy(&job.lock);
    free(tasks);
    return rc;
}

sg_err sg__manifest_hash_ignoring(sg_ctx *ctx, const char *model_path,
                                  const struct sg_hash_options *opt, const struct sg__ignore *ig,
                                  struct sg_manifest **out, struct sg_error *err)
{
    *out = NULL;
    struct collector c = {.ignore = ig};
    struct sg_manifest *m = calloc(1, sizeof *m);
    sg_err rc = SG_OK;
    if (!m)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    m->method = opt->method;
    m->algo = opt->algo;
    m->shard_size = opt->method == SG_SERIALIZE_SHARDS
                        ? (opt->shard_size ? opt->shard_size : SG_DEFAULT_SHARD_SIZE)
                        : 0;
    m->allow_symlinks = opt->follow_symlinks;

    char name_buf[PATH_MAX];
    snprintf(name_buf, sizeof name_buf, "%s", model_path);
    size_t nl = strlen(name_buf);
    while (nl > 1 && name_buf[nl - 1] == '/')
        name_buf[--nl] = '\0';
    const char *base = sg_path_basename(name_buf);
    char real[PATH_MAX];
    if ((!base[0] || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) &&
        realpath(model_path, real))
        base = sg_path_basename(real);
    if (!(m->model_name = strdup(base[0] ? base : "model"))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        goto out;
    }

    struct sg_walk_options wo = {
        .symlinks = opt->follow_symlinks ? SG_SYMLINKS_FOLLOW : SG_SYMLINKS_REJECT,
        .skip = skip_ignored,
        .skip_user = &c,
    };
    rc = sg_walk(model_path, &wo, collect, &c, err);
    if (rc != SG_OK)
        goto out;
    if (m->method == SG_SERIALIZE_SHARDS && m->shard_size == 0) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, model_path, "shard size must be positive");
        goto out;
    }
    rc = plan_entries(m, c.files, c.n, err);
    if (rc == SG_OK)
        rc = hash_entries(ctx, m, c.files, c.n, opt, err);
    if (rc == SG_OK)
        rc = sg_manifest_compute_root(m, err);
    if (rc == SG_OK && opt->record_ignores && ig->n) {
        if (!(m->ignore_paths = calloc(ig->n, sizeof *m->ignore_paths))) {
            rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            goto out;
        }
        for (; m->n_ignore < ig->n; m->n_ignore++)
            if (!(m->ignore_paths[m->n_ignore] = strdup(ig->patterns[m->n_ignore]))) {
                rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
                goto out;
            }
    }
out:
    free_files(c.files, c.n);
    if (rc != SG_OK)
        sg_manifest_free(m);
    else
        *out = m;
    return rc;
}

sg_err sg_manifest_hash(sg_ctx *ctx, const char *model_path, const struct sg_hash_options *opt,
                        struct sg_manifest **out, struct sg_error *err)
{
    static const struct sg_hash_options defaults = {0};
    if (!opt)
        opt = &defaults;
    *out = NULL;
    struct sg__ignore ig = {0};
    sg_err rc = opt->no_default_ignores ? SG_OK : sg__ignore_add_defaults(&ig, err);
    for (size_t i = 0; rc == SG_OK && i < opt->n_ignore; i++)
        rc = sg__ignore_add(&ig, opt->ignore[i], err);
    if (rc == SG_OK)
        rc = sg__ignore_add_inside(&ig, model_path, opt->signature_path, err);
    if (rc == SG_OK)
        rc = sg__manifest_hash_ignoring(ctx, model_path, opt, &ig, out, err);
    sg__ignore_release(&ig);
    return rc;
}
