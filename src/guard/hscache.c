/* hscache.c - compiled Hyperscan databases kept in a per-user cache file, so
 * that a process pays the pattern compilation once per pattern set, not at
 * every start. Compiling the guard's rule and entity sets takes 0.3-0.6 s of
 * CPU; every `saiguard guard check` and each gateway start paid it, while
 * loading a serialised database takes about a millisecond. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "saiguard/encode.h"
#include "guard_int.h"

/* A cache file is
 *   magic (8) | key (32) | SHA-256 of the payload (32) | payload length (8, LE) | payload
 * where the key is SHA-256 over the format version, the set's name, every
 * expression with its flags and id, the Hyperscan version and the host
 * platform Hyperscan tunes for. Any mismatch (another pattern set, another
 * Hyperscan, another CPU, a torn or corrupted file) means: compile as if
 * there were no cache, and replace the file.
 *
 * The digest catches corruption, not an attacker: the file sits in a
 * directory only our user may write (checked before use), and whoever can
 * write there can already change our binary's environment. Files and
 * directories writable by others, or owned by someone else, are ignored. */
#define CACHE_MAGIC "SGHSDB1\n"
/* Files of a pattern set this build no longer uses (an upgrade, another
 * version) are removed once nobody has loaded them for this long; loading
 * refreshes a file's mtime at most once a day. */
#define CACHE_KEEP_SECONDS (30 * 24 * 3600)
#define CACHE_TOUCH_SECONDS (24 * 3600)
#define CACHE_HEADER (8 + SG_SHA256_LEN + SG_SHA256_LEN + 8)
#define CACHE_MAX ((size_t)64 << 20)

static atomic_uint cache_hits;

unsigned sg__guard_hs_cache_hits(void) { return atomic_load(&cache_hits); }

/* $SAIGUARD_CACHE_DIR ("off" disables), else $XDG_CACHE_HOME/saiguard, else
 * $HOME/.cache/saiguard. False when there is none. */
static bool cache_dir(char *out, size_t cap)
{
    const char *d = getenv("SAIGUARD_CACHE_DIR");
    int n;
    if (d && *d) {
        if (strcmp(d, "off") == 0)
            return false;
        n = snprintf(out, cap, "%s", d);
    } else if ((d = getenv("XDG_CACHE_HOME")) && *d == '/') {
        n = snprintf(out, cap, "%s/saiguard", d);
    } else if ((d = getenv("HOME")) && *d == '/') {
        n = snprintf(out, cap, "%s/.cache/saiguard", d);
    } else {
        return false;
    }
    return n > 0 && (size_t)n < cap;
}

static bool private_to_us(const struct stat *st)
{
    return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* Creates the directory (and a missing parent such as ~/.cache) 0700 and
 * checks that it is ours and not writable by others. */
static bool dir_ready(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        char parent[PATH_MAX];
        snprintf(parent, sizeof parent, "%s", dir);
        char *slash = strrchr(parent, '/');
        if (slash && slash != parent) {
            *slash = '\0';
            (void)mkdir(parent, 0700); /* EEXIST is the usual answer */
        }
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            return false;
        if (stat(dir, &st) != 0)
            return false;
    }
    return S_ISDIR(st.st_mode) && private_to_us(&st);
}

static sg_err set_key(const char *name, const char *const *exprs, const unsigned *flags,
                      const unsigned *ids, unsigned n, uint8_t key[SG_SHA256_LEN])
{
    hs_platform_info_t plat;
    memset(&plat, 0, sizeof plat);
    if (hs_populate_platform(&plat) != HS_SUCCESS)
        return SG_ERR_INTERNAL;
    sg_buf b;
    sg_buf_init(&b, (size_t)4 << 20);
    sg_err rc = sg_buf_printf(&b, "saiguard-hs-cache 1\n%s\n%s\n%llu %u %u %u\n", name,
                              hs_version(), (unsigned long long)plat.cpu_features, plat.tune,
                              (unsigned)HS_MODE_BLOCK, n);
    for (unsigned i = 0; rc == SG_OK && i < n; i++)
        if ((rc = sg_buf_printf(&b, "%u %u %zu\n", ids[i], flags[i], strlen(exprs[i]))) == SG_OK)
            rc = sg_buf_append(&b, exprs[i], strlen(exprs[i]) + 1);
    if (rc == SG_OK)
        rc = sg_sha256(b.data, b.len, key);
    sg_buf_release(&b);
    return rc;
}

static void put_le64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* Reads and checks the file; the database on success, NULL otherwise. */
static hs_database_t *cache_load(const char *path, const uint8_t key[SG_SHA256_LEN])
{
    hs_database_t *db = NULL;
    uint8_t *data = NULL;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !private_to_us(&st) ||
        st.st_size < CACHE_HEADER || (size_t)st.st_size > CACHE_MAX)
        goto out;
    size_t len = (size_t)st.st_size, got = 0;
    if (!(data = malloc(len)))
        goto out;
    while (got < len) {
        ssize_t r = read(fd, data + got, len - got);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            goto out;
        }
        got += (size_t)r;
    }
    const uint8_t *payload = data + CACHE_HEADER;
    uint8_t d[SG_SHA256_LEN];
    if (memcmp(data, CACHE_MAGIC, 8) != 0 || CRYPTO_memcmp(data + 8, key, SG_SHA256_LEN) != 0 ||
        get_le64(data + 8 + 2 * SG_SHA256_LEN) != len - CACHE_HEADER ||
        sg_sha256(payload, len - CACHE_HEADER, d) != SG_OK ||
        CRYPTO_memcmp(d, data + 8 + SG_SHA256_LEN, SG_SHA256_LEN) != 0)
        goto out;
    /* Hyperscan checks its own version and platform again here. */
    if (hs_deserialize_database((const char *)payload, len - CACHE_HEADER, &db) != HS_SUCCESS)
        db = NULL;
    else if (time(NULL) - st.st_mtime > CACHE_TOUCH_SECONDS)
        (void)futimens(fd, NULL); /* still in use: keep it from being pruned */
out:
    if (fd >= 0)
        close(fd);
    free(data);
    return db;
}

/* Whether fname is "hs-<name>-<32 hex>.db". */
static bool is_cache_file(const char *fname, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(fname, "hs-", 3) != 0 || strncmp(fname + 3, name, n) != 0 || fname[3 + n] != '-')
        return false;
    const char *h = fname + 4 + n;
    for (int i = 0; i < 32; i++)
        if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
            return false;
    return strcmp(h + 32, ".db") == 0;
}

/* Removes this set's other files that nobody has loaded for a month. */
static void cache_prune(const char *dir, const char *name, const char *keep)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    time_t now = time(NULL);
    for (struct dirent *e; (e = readdir(d));) {
        struct stat st;
        if (!is_cache_file(e->d_name, name) || strcmp(e->d_name, keep) == 0 ||
            fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            now - st.st_mtime < CACHE_KEEP_SECONDS)
            continue;
        (void)unlinkat(dirfd(d), e->d_name, 0);
    }
    closedir(d);
}

/* Best effort: a cache that cannot be written costs the next process a
 * compilation, nothing else. Written to a temporary name and renamed, so a
 * concurrent reader sees the old file or the new one, never half of one. */
static void cache_store(const char *dir, const char *name, const char *path,
                        const uint8_t key[SG_SHA256_LEN], const hs_database_t *db)
{
    char *ser = NULL, tmp[PATH_MAX];
    size_t n = 0;
    if (hs_serialize_database(db, &ser, &n) != HS_SUCCESS || n > CACHE_MAX - CACHE_HEADER)
        goto out;
    uint8_t head[CACHE_HEADER];
    memcpy(head, CACHE_MAGIC, 8);
    memcpy(head + 8, key, SG_SHA256_LEN);
    if (sg_sha256(ser, n, head + 8 + SG_SHA256_LEN) != SG_OK)
        goto out;
    put_le64(head + 8 + 2 * SG_SHA256_LEN, n);
    int k = snprintf(tmp, sizeof tmp, "%s/.hs-XXXXXX", dir);
    if (k < 0 || (size_t)k >= sizeof tmp)
        goto out;
    int fd = mkstemp(tmp);
    if (fd < 0)
        goto out;
    bool ok = write(fd, head, sizeof head) == (ssize_t)sizeof head &&
              write(fd, ser, n) == (ssize_t)n;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        unlink(tmp);
        goto out;
    }
    const char *slash = strrchr(path, '/');
    cache_prune(dir, name, slash ? slash + 1 : path);
out:
    free(ser);
}

sg_err sg__guard_hs_compile(const char *name, const char *const *exprs, const unsigned *flags,
                            const unsigned *ids, unsigned n, hs_database_t **db,
                            struct sg_error *err)
{
    *db = NULL;
    char dir[PATH_MAX], path[PATH_MAX + 96];
    uint8_t key[SG_SHA256_LEN];
    char hex[2 * SG_SHA256_LEN + 1];
    bool use_cache = cache_dir(dir, sizeof dir) && set_key(name, exprs, flags, ids, n, key) == SG_OK;
    if (use_cache) {
        sg_hex_encode(key, sizeof key, hex);
        int k = snprintf(path, sizeof path, "%s/hs-%s-%.32s.db", dir, name, hex);
        use_cache = k > 0 && (size_t)k < sizeof path;
    }
    if (use_cache && (*db = cache_load(path, key))) {
        atomic_fetch_add(&cache_hits, 1);
        return SG_OK;
    }
    hs_compile_error_t *ce = NULL;
    if (hs_compile_multi(exprs, flags, ids, n, HS_MODE_BLOCK, NULL, db, &ce) != HS_SUCCESS) {
        sg_err rc = sg_error_set(err, SG_ERR_INTERNAL, "guard", "%s pattern %d: %s", name,
                                 ce ? ce->expression : -1, ce ? ce->message : "compile failed");
        hs_free_compile_error(ce);
        *db = NULL;
        return rc;
    }
    if (use_cache && dir_ready(dir))
        cache_store(dir, name, path, key, *db);
    return SG_OK;
}
