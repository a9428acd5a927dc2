/* archive.c - zip containers (PyTorch checkpoints, .npz, .keras, plain zips)
 * read the way loaders read them, with the checks loaders skip: member names
 * that escape (zip-slip, absolute, symlinks), duplicates, local headers that
 * disagree with the central directory, flag and CRC tricks, overlapping
 * members, size and ratio bombs, nesting depth, and data before the archive.
 * Written by hand over zlib rather than with libzip because libzip reads only
 * the central directory and refuses the flag bits (encryption, patch data)
 * that torch's miniz ignores; the scanner must see what every loader sees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "saiguard/path.h"
#include "scan_internal.h"

#define MAX_MEMBERS 1000000
#define CRC_CHECK_MAX ((uint64_t)256 << 20)

struct member {
    const char *name;   /* not NUL-terminated */
    uint16_t name_len;
    uint16_t method, flags;
    uint32_t crc;
    uint64_t csize, usize, lho;
    uint64_t data_off;  /* absolute, 0 if the local header is bad */
    uint32_t ext_attr;
    uint8_t made_by_os;
    bool local_ok;
};

static uint64_t le(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void zadd(struct sg__scan_job *job, const struct sg__scan_where *w, const char *rule,
                 enum sg_scan_severity sev, int64_t off, const char *member, const char *msg)
{
    sg__scan_add(job, w, "zip", rule, sev, off, member, "%s", msg);
}

/* ZIP64 extended information replaces the 0xFFFFFFFF fields, in order. */
static void apply_zip64(struct member *m, const uint8_t *extra, size_t n)
{
    size_t i = 0;
    while (i + 4 <= n) {
        uint16_t id = (uint16_t)le(extra + i, 2), sz = (uint16_t)le(extra + i + 2, 2);
        if (i + 4 + sz > n)
            return;
        if (id == 1) {
            const uint8_t *p = extra + i + 4;
            size_t k = 0;
            if (m->usize == 0xffffffffu && k + 8 <= sz) {
                m->usize = le(p + k, 8);
                k += 8;
            }
            if (m->csize == 0xffffffffu && k + 8 <= sz) {
                m->csize = le(p + k, 8);
                k += 8;
            }
            if (m->lho == 0xffffffffu && k + 8 <= sz)
                m->lho = le(p + k, 8);
            return;
        }
        i += 4 + (size_t)sz;
    }
}

static int cmp_names(const void *a, const void *b)
{
    const struct member *x = *(const struct member *const *)a, *y = *(const struct member *const *)b;
    size_t n = x->name_len < y->name_len ? x->name_len : y->name_len;
    int c = memcmp(x->name, y->name, n);
    return c ? c : (int)x->name_len - (int)y->name_len;
}

static int cmp_offsets(const void *a, const void *b)
{
    const struct member *x = *(const struct member *const *)a, *y = *(const struct member *const *)b;
    return x->lho < y->lho ? -1 : x->lho > y->lho;
}

/* Inflates a deflate stream (wbits as for zlib's inflateInit2: raw, zlib or
 * gzip) into a fresh buffer of at most cap bytes.
 * Returns the buffer (caller frees) and its length, or NULL with *why set. */
uint8_t *sg__scan_inflate(const uint8_t *src, uint64_t csize, uint64_t usize, uint64_t cap,
                          int wbits, size_t *out_len, const char **why)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, wbits) != Z_OK) {
        *why = "zlib could not start";
        return NULL;
    }
    size_t want = (size_t)(usize < cap ? usize : cap);
    uint8_t *out = malloc(want + 1);
    if (!out) {
        inflateEnd(&zs);
        *why = "out of memory";
        return NULL;
    }
    size_t done_in = 0, done_out = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        size_t in_chunk = (size_t)(csize - done_in < (1u << 30) ? csize - done_in : (1u << 30));
        zs.next_in = (Bytef *)(src + done_in);
        zs.avail_in = (uInt)in_chunk;
        /* one spare byte reveals a member that inflates past its declared size */
        size_t room = want + 1 - done_out;
        zs.next_out = out + done_out;
        zs.avail_out = (uInt)(room < (1u << 30) ? room : (1u << 30));
        rc = inflate(&zs, Z_NO_FLUSH);
        done_in += in_chunk - zs.avail_in;
        done_out = (size_t)(zs.next_out - out);
        if (done_out > want) {
            rc = Z_BUF_ERROR;
            break;
        }
        if (rc == Z_OK && zs.avail_in == 0 && done_in >= csize) {
            rc = Z_DATA_ERROR;
            break;
        }
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        *why = done_out > want ? "inflates past its declared size or the analysis limit"
                               : "deflate stream is corrupt or truncated";
        if (done_out > want && usize > cap) {
            *out_len = want;
            return out;
        }
        free(out);
        return NULL;
    }
    *out_len = done_out;
    return out;
}

static bool is_dir_name(const struct member *m)
{
    return m->name_len && m->name[m->name_len - 1] == '/';
}

static void scan_member(struct sg__scan_job *job, const struct sg__scan_where *w,
                        const uint8_t *data, size_t len, const struct member *m, const char *mname,
                        bool torch, bool keras)
{
    char entry[4096];
    snprintf(entry, sizeof entry, "%s%s%s", w->entry ? w->entry : "", w->entry ? "!" : "", mname);
    struct sg__scan_where cw = {.entry = entry, .name = mname, .depth = w->depth,
                                .pickle_depth = w->pickle_depth, .in_torch_zip = torch};
    if (m->usize > job->lim.max_entry_bytes) {
        char msg[256];
        snprintf(msg, sizeof msg, "member '%s' declares %llu bytes uncompressed, above the "
                 "%llu-byte limit; not analysed", mname, (unsigned long long)m->usize,
                 (unsigned long long)job->lim.max_entry_bytes);
        zadd(job, w, "SG-ZIP-006", SG_SCAN_HIGH, (int64_t)m->lho, mname, msg);
        return;
    }
    if (m->method == 8 && m->csize && m->usize / m->csize > job->lim.max_ratio) {
        char msg[256];
        snprintf(msg, sizeof msg, "member '%s' expands %llu:1 (limit %u:1): a compression bomb; "
                 "not analysed", mname, (unsigned long long)(m->usize / m->csize),
                 job->lim.max_ratio);
        zadd(job, w, "SG-ZIP-007", SG_SCAN_HIGH, (int64_t)m->lho, mname, msg);
        return;
    }
    if (!m->data_off || m->data_off > len || m->csize > len - m->data_off) {
        zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)m->lho, mname,
             "member data lies outside the archive; not analysed");
        return;
    }
    const uint8_t *src = data + m->data_off;
    uint8_t *owned = NULL;
    size_t n = 0;
    if (m->method == 0) {
        n = (size_t)m->csize;
        if (m->csize != m->usize)
            zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)m->lho, mname,
                 "stored member whose compressed and uncompressed sizes differ");
    } else if (m->method == 8) {
        const char *why = NULL;
        uint64_t cap = job->lim.max_analysis_bytes;
        if (job->unpacked + m->usize > job->lim.max_total_bytes) {
            zadd(job, w, "SG-ZIP-014", SG_SCAN_HIGH, (int64_t)m->lho, mname,
                 "archive expands past the total uncompressed size limit; the rest is not "
                 "analysed");
            return;
        }
        owned = sg__scan_inflate(src, m->csize, m->usize, cap, -MAX_WBITS, &n, &why);
        if (!owned || m->usize > cap) {
            char msg[300];
            snprintf(msg, sizeof msg, "member '%s' %s%s", mname, why ? why : "is too large",
                     owned ? "; only the first part is analysed" : "; not analysed");
            zadd(job, w, owned ? "SG-ZIP-006" : "SG-ZIP-010", owned ? SG_SCAN_MEDIUM : SG_SCAN_HIGH,
                 (int64_t)m->lho, mname, msg);
            if (!owned)
                return;
        }
        src = owned;
        job->unpacked += n;
    } else {
        char msg[200];
        snprintf(msg, sizeof msg, "member '%s' uses compression method %u, which cannot be "
                 "inspected", mname, m->method);
        zadd(job, w, "SG-ZIP-013", SG_SCAN_MEDIUM, (int64_t)m->lho, mname, msg);
        return;
    }
    if (n <= CRC_CHECK_MAX && (m->method == 8 || !torch || !strstr(mname, "/data/"))) {
        uint32_t crc = (uint32_t)crc32(0L, Z_NULL, 0);
        for (size_t off = 0; off < n; off += 1u << 30)
            crc = (uint32_t)crc32(crc, src + off, (uInt)(n - off < (1u << 30) ? n - off : (1u << 30)));
        if (crc != m->crc) {
            char msg[200];
            snprintf(msg, sizeof msg, "member '%s' fails its CRC-32 check (Python's zipfile "
                     "refuses it, torch's reader does not)", mname);
            zadd(job, w, "SG-ZIP-005", SG_SCAN_HIGH, (int64_t)m->lho, mname, msg);
        }
    }
    if (keras && strcmp(mname, "config.json") == 0) {
        job->rep->scanned++;
        sg__scan_keras_config(job, &cw, (const char *)src, n, "keras");
    } else if (n >= 4 && src[0] == 'P' && src[1] == 'K' && w->depth + 1 > job->lim.max_depth) {
        zadd(job, w, "SG-ZIP-008", SG_SCAN_HIGH, (int64_t)m->lho, mname,
             "nested archive deeper than the nesting limit; not analysed");
    } else {
        cw.depth = w->depth + (n >= 2 && src[0] == 'P' && src[1] == 'K');
        sg__scan_dispatch(job, &cw, src, n);
    }
    free(owned);
}

/* Walks local headers front to back: the fallback when there is no usable
 * central directory (a loader that streams would still read these). */
static void scan_local_only(struct sg__scan_job *job, const struct sg__scan_where *w,
                            const uint8_t *data, size_t len)
{
    size_t pos = 0;
    for (int count = 0; pos + 30 <= len && count < 100000; count++) {
        if (le(data + pos, 4) != 0x04034b50)
            break;
        struct member m = {.method = (uint16_t)le(data + pos + 8, 2),
                           .flags = (uint16_t)le(data + pos + 6, 2),
                           .crc = (uint32_t)le(data + pos + 14, 4),
                           .csize = le(data + pos + 18, 4), .usize = le(data + pos + 22, 4),
                           .lho = pos, .name_len = (uint16_t)le(data + pos + 26, 2)};
        size_t xl = (size_t)le(data + pos + 28, 2);
        if (pos + 30 + m.name_len + xl > len || (m.flags & 8))
            break;
        m.name = (const char *)data + pos + 30;
        m.data_off = pos + 30 + m.name_len + xl;
        char name[1024];
        snprintf(name, sizeof name, "%.*s", (int)m.name_len, m.name);
        if (!is_dir_name(&m))
            scan_member(job, w, data, len, &m, name, false, false);
        if (m.csize > len - m.data_off)
            break;
        pos = (size_t)(m.data_off + m.csize);
    }
}

void sg__scan_zip(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                  size_t len, size_t zip_start)
{
    struct member *ms = NULL, **order = NULL;
    size_t count = 0;
    char msg[600];
    /* The last end-of-central-directory record wins, as in every reader. */
    int64_t eocd = -1;
    size_t lo = len > 65557 ? len - 65557 : 0;
    for (size_t i = len >= 22 ? len - 22 + 1 : 0; i-- > lo;)
        if (le(data + i, 4) == 0x06054b50) {
            eocd = (int64_t)i;
            break;
        }
    if (eocd < 0) {
        zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, 0, NULL,
             "zip data without an end-of-central-directory record; members read from local "
             "headers");
        scan_local_only(job, w, data, len);
        return;
    }
    const uint8_t *e = data + eocd;
    uint64_t total = le(e + 10, 2), cd_size = le(e + 12, 4), cd_off = le(e + 16, 4);
    if ((total == 0xffff || cd_size == 0xffffffffu || cd_off == 0xffffffffu) && eocd >= 20 &&
        le(e - 20, 4) == 0x07064b50) {
        uint64_t z64 = le(e - 20 + 8, 8);
        if (z64 + 56 <= len && le(data + z64, 4) == 0x06064b50) {
            total = le(data + z64 + 32, 8);
            cd_size = le(data + z64 + 40, 8);
            cd_off = le(data + z64 + 48, 8);
        }
    }
    /* Where the central directory really is tells how many bytes precede
     * the archive (a polyglot: PNG, safetensors or script in front). */
    uint64_t cd_end = (uint64_t)eocd;
    if (cd_end >= 20 && le(data + cd_end - 20, 4) == 0x07064b50)
        cd_end = le(data + cd_end - 20 + 8, 8);
    if (cd_size > cd_end || cd_off > cd_end - cd_size) {
        zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, eocd, NULL,
             "central directory offsets point outside the file; members read from local headers");
        scan_local_only(job, w, data, len);
        return;
    }
    uint64_t prefix = cd_end - cd_size - cd_off;
    if (prefix || zip_start == SIZE_MAX) {
        snprintf(msg, sizeof msg, "%llu bytes of other data precede the zip archive (a polyglot: "
                 "one file, two formats, read differently by different tools)",
                 (unsigned long long)(prefix ? prefix : (uint64_t)0));
        zadd(job, w, "SG-ZIP-012", SG_SCAN_HIGH, 0, NULL, msg);
        if (prefix) {
            /* What precedes the archive is itself scanned. */
            struct sg__scan_where pw = *w;
            char entry[1024];
            snprintf(entry, sizeof entry, "%s%s[data before zip]", w->entry ? w->entry : "",
                     w->entry ? "!" : "");
            pw.entry = entry;
            pw.name = "prefix";
            if (w->depth + 1 <= job->lim.max_depth && le(data, 4) != 0x04034b50) {
                pw.depth = w->depth + 1;
                size_t before = job->rep->count;
                if (!sg__scan_pickle(job, &pw, data, (size_t)prefix,
                                     data[0] == 0x80 ? SG__PICKLE_SURE : SG__PICKLE_PROBE))
                    sg__scan_truncate(job, before);
            }
        }
    }
    if (total > MAX_MEMBERS) {
        zadd(job, w, "SG-ZIP-006", SG_SCAN_HIGH, eocd, NULL,
             "archive declares more than 1,000,000 members; not analysed");
        return;
    }
    ms = calloc(total ? total : 1, sizeof *ms);
    order = calloc(total ? total : 1, sizeof *order);
    if (!ms || !order)
        goto out;
    bool torch = false, keras = false;
    uint64_t sum_usize = 0;
    size_t p = (size_t)(prefix + cd_off), cd_stop = (size_t)(prefix + cd_off + cd_size);
    for (uint64_t i = 0; i < total; i++) {
        if (p + 46 > cd_stop || le(data + p, 4) != 0x02014b50) {
            zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)p, NULL,
                 "central directory is shorter than its declared member count");
            break;
        }
        const uint8_t *c = data + p;
        struct member *m = &ms[count];
        m->made_by_os = c[5];
        m->flags = (uint16_t)le(c + 8, 2);
        m->method = (uint16_t)le(c + 10, 2);
        m->crc = (uint32_t)le(c + 16, 4);
        m->csize = le(c + 20, 4);
        m->usize = le(c + 24, 4);
        m->name_len = (uint16_t)le(c + 28, 2);
        size_t xl = (size_t)le(c + 30, 2), cl = (size_t)le(c + 32, 2);
        m->ext_attr = (uint32_t)le(c + 38, 4);
        m->lho = le(c + 42, 4);
        if (p + 46 + m->name_len + xl + cl > cd_stop) {
            zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)p, NULL,
                 "central directory entry runs past the directory");
            break;
        }
        m->name = (const char *)c + 46;
        apply_zip64(m, c + 46 + m->name_len, xl);
        p += 46 + m->name_len + xl + cl;
        order[count] = m;
        count++;
        sum_usize += m->usize;
        if (m->name_len >= 8 && memcmp(m->name + m->name_len - 8, "data.pkl", 8) == 0)
            torch = true;
        if (m->name_len == 11 && memcmp(m->name, "config.json", 11) == 0)
            keras = true;
    }
    if (sum_usize > job->lim.max_total_bytes) {
        snprintf(msg, sizeof msg, "members declare %llu bytes uncompressed in total, above the "
                 "%llu-byte limit", (unsigned long long)sum_usize,
                 (unsigned long long)job->lim.max_total_bytes);
        zadd(job, w, "SG-ZIP-014", SG_SCAN_HIGH, eocd, NULL, msg);
    }

    /* duplicates */
    qsort(order, count, sizeof *order, cmp_names);
    for (size_t i = 1; i < count; i++)
        if (cmp_names(&order[i - 1], &order[i]) == 0 && (i < 2 || cmp_names(&order[i - 2], &order[i]))) {
            snprintf(msg, sizeof msg, "member name '%.*s' appears more than once; loaders "
                     "disagree on which copy they read", (int)order[i]->name_len, order[i]->name);
            zadd(job, w, "SG-ZIP-002", SG_SCAN_HIGH, (int64_t)order[i]->lho, NULL, msg);
        }
    /* overlapping members (many directory entries over one local entry) */
    qsort(order, count, sizeof *order, cmp_offsets);
    size_t overlaps = 0;
    for (size_t i = 1; i < count; i++)
        if (order[i]->lho < order[i - 1]->lho + 30 + order[i - 1]->name_len + order[i - 1]->csize)
            overlaps++;
    if (overlaps) {
        snprintf(msg, sizeof msg, "%zu members overlap other members' data (an overlapping-entry "
                 "bomb or a parser differential)", overlaps);
        zadd(job, w, "SG-ZIP-009", SG_SCAN_HIGH, -1, NULL, msg);
    }

    for (size_t i = 0; i < count && !job->fatal; i++) {
        struct member *m = &ms[i];
        char name[1024];
        snprintf(name, sizeof name, "%.*s", (int)m->name_len, m->name);
        if (memchr(m->name, 0, m->name_len))
            snprintf(name + strlen(name), sizeof name - strlen(name), "\\0...");
        char clean[1024];
        snprintf(clean, sizeof clean, "%s", name);
        size_t cl = strlen(clean);
        while (cl && clean[cl - 1] == '/')
            clean[--cl] = 0;
        if (!cl || !sg_path_is_safe_relative(clean) || strchr(clean, ':') ||
            memchr(m->name, 0, m->name_len)) {
            snprintf(msg, sizeof msg, "member name '%.300s' is absolute or escapes the extraction "
                     "directory (zip-slip)", name);
            zadd(job, w, "SG-ZIP-001", SG_SCAN_HIGH, (int64_t)m->lho, name, msg);
        }
        if (m->made_by_os == 3 && ((m->ext_attr >> 16) & 0170000) == 0120000) {
            snprintf(msg, sizeof msg, "member '%.300s' is a symbolic link; extracting it can point "
                     "later writes anywhere", name);
            zadd(job, w, "SG-ZIP-011", SG_SCAN_HIGH, (int64_t)m->lho, name, msg);
        }
        if (m->flags & 0x61) {
            snprintf(msg, sizeof msg, "member '%.300s' has flag bits 0x%x (%s%s%s): Python's zipfile "
                     "refuses or misreads it while torch's reader ignores them", name,
                     m->flags & 0x61, m->flags & 1 ? "encrypted " : "",
                     m->flags & 0x20 ? "patch-data " : "", m->flags & 0x40 ? "strong-encryption" : "");
            zadd(job, w, "SG-ZIP-004", SG_SCAN_HIGH, (int64_t)m->lho, name, msg);
        }
        /* the local header must agree with the central directory */
        uint64_t lh = prefix + m->lho;
        if (lh + 30 > len || le(data + lh, 4) != 0x04034b50) {
            snprintf(msg, sizeof msg, "member '%.300s' has no local header where the central "
                     "directory points", name);
            zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)lh, name, msg);
            continue;
        }
        uint16_t lname = (uint16_t)le(data + lh + 26, 2), lxl = (uint16_t)le(data + lh + 28, 2);
        if (lh + 30 + lname + lxl > len) {
            zadd(job, w, "SG-ZIP-010", SG_SCAN_MEDIUM, (int64_t)lh, name,
                 "local header runs past the end of the file");
            continue;
        }
        if (lname != m->name_len || memcmp(data + lh + 30, m->name, lname) != 0) {
            snprintf(msg, sizeof msg, "local header names the member '%.*s' but the central "
                     "directory names it '%.300s': scanners and loaders see different files",
                     (int)(lname < 200 ? lname : 200), (const char *)data + lh + 30, name);
            zadd(job, w, "SG-ZIP-003", SG_SCAN_HIGH, (int64_t)lh, name, msg);
        }
        uint16_t lflags = (uint16_t)le(data + lh + 6, 2), lmethod = (uint16_t)le(data + lh + 8, 2);
        if (lmethod != m->method || ((lflags ^ m->flags) & 0x61)) {
            snprintf(msg, sizeof msg, "local header of '%.300s' disagrees with the central directory "
                     "on method or flags", name);
            zadd(job, w, "SG-ZIP-003", SG_SCAN_HIGH, (int64_t)lh, name, msg);
        }
        m->data_off = lh + 30 + lname + lxl;
        if (is_dir_name(m))
            continue;
        scan_member(job, w, data, len, m, name, torch, keras);
    }
out:
    free(ms);
    free(order);
}
