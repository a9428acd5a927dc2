/* check.c - building checks (the unit collectors report) and the small
 * helpers every collector needs: dates, digests of files and directories,
 * loading structured documents. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <openssl/evp.h>

#include "conformance/internal.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "saiguard/walk.h"
#include "saiguard/yaml.h"

/* ---- checks ----------------------------------------------------------------- */

json_t *sg__check(struct sg__assess *a, const char *id, const char *kind, const char *title,
                  enum sg_verdict status, const char *next_step, const char *fmt, ...)
{
    char reason[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    json_t *c = json_pack("{s:s, s:s, s:s, s:s, s:[s], s:[]}", "id", id, "kind", kind, "title", title, "status",
                          sg_verdict_name(status), "reasons", reason, "evidence");
    if (!c)
        return NULL;
    if (next_step && status != SG_VERDICT_PASS)
        json_object_set_new(c, "next_step", json_string(next_step));
    if (json_object_set_new(a->checks, id, c) != 0)
        return NULL;
    return c;
}

void sg__check_item(json_t *check, const char *path, const char *digest, const char *detail)
{
    if (!check)
        return;
    json_t *item = json_object();
    if (!item)
        return;
    if (path)
        json_object_set_new(item, "path", json_string(path));
    if (digest)
        json_object_set_new(item, "digest", json_string(digest));
    if (detail)
        json_object_set_new(item, "detail", json_string(detail));
    json_array_append_new(json_object_get(check, "evidence"), item);
}

void sg__check_note(json_t *check, enum sg_verdict status, const char *fmt, ...)
{
    if (!check)
        return;
    char reason[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    json_t *reasons = json_object_get(check, "reasons");
    /* the reason of a passing check is a placeholder: a problem replaces it
     * (so the reasons say why it failed), and so does a better pass reason */
    int before = sg_verdict_parse(json_string_value(json_object_get(check, "status")));
    enum sg_verdict now = sg_verdict_combine((enum sg_verdict)before, status);
    if (before == SG_VERDICT_PASS && (now != SG_VERDICT_PASS || status == SG_VERDICT_PASS))
        json_array_clear(reasons);
    json_array_append_new(reasons, json_string(reason));
    json_object_set_new(check, "status", json_string(sg_verdict_name(now)));
}

sg_err sg__checks_all(struct sg__assess *a, const char *kind, const struct sg__check_def *defs,
                      enum sg_verdict status, const char *next_step, const char *fmt, ...)
{
    char reason[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    for (size_t i = 0; defs[i].id; i++)
        if (!sg__check(a, defs[i].id, kind, defs[i].title, status, next_step, "%s", reason))
            return SG_ERR_NOMEM;
    return SG_OK;
}

const char *sg__check_title(const struct sg__check_def *defs, const char *id)
{
    for (size_t i = 0; defs[i].id; i++)
        if (strcmp(defs[i].id, id) == 0)
            return defs[i].title;
    return "";
}

json_t *sg__collector_doc(struct sg__assess *a, const char *key, const char *kind,
                          const struct sg__check_def *defs, char *path, size_t size)
{
    char next[256];
    if (!sg__doc_path(a, key, path, size)) {
        snprintf(next, sizeof next, "write the document and name it in the profile under documents.%s", key);
        (void)sg__checks_all(a, kind, defs, SG_VERDICT_INCONCLUSIVE, next,
                             "no evidence: the profile names no %s document (documents.%s)", kind, key);
        return NULL;
    }
    json_t *doc = NULL;
    struct sg_error err = {0};
    if (sg__load_doc(path, &doc, &err) != SG_OK) {
        snprintf(next, sizeof next, "fix the %s document so that it parses", key);
        (void)sg__checks_all(a, kind, defs, SG_VERDICT_INCONCLUSIVE, next, "%s: %s", err.subject, err.reason);
        return NULL;
    }
    if (!json_is_object(doc)) {
        snprintf(next, sizeof next, "fix the %s document: it must be a mapping", key);
        (void)sg__checks_all(a, kind, defs, SG_VERDICT_INCONCLUSIVE, next, "%s: not a mapping", path);
        json_decref(doc);
        return NULL;
    }
    return doc;
}

/* ---- helpers ------------------------------------------------------------------- */

const char *sg__doc_path(struct sg__assess *a, const char *key, char *out, size_t size)
{
    const char *rel = json_string_value(json_object_get(json_object_get(a->profile->doc, "documents"), key));
    if (!rel || sg_profile_path(a->profile, rel, out, size, NULL) != SG_OK)
        return NULL;
    return out;
}

struct dir_digest {
    EVP_MD_CTX *md;
    sg_err rc;
};

/* A directory's digest is SHA-256 over its sha256sum(1)-style listing
 * ("<hex>  <relpath>\n" per regular file, in the walker's sorted order), so
 * it changes when any file is added, removed, renamed or edited. */
static sg_err dir_entry(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    struct dir_digest *d = user;
    if (e->kind == SG_WALK_ERROR)
        return sg_error_errno(err, SG_ERR_IO, e->path, e->errnum, "cannot read");
    if (e->kind != SG_WALK_FILE)
        return SG_OK;
    uint8_t h[SG_SHA256_LEN];
    char hex[SG_SHA256_HEX_LEN + 1];
    sg_err rc = sg_sha256_file(e->path, h, err);
    if (rc != SG_OK)
        return rc;
    sg_hex_encode(h, sizeof h, hex);
    if (EVP_DigestUpdate(d->md, hex, SG_SHA256_HEX_LEN) != 1 || EVP_DigestUpdate(d->md, "  ", 2) != 1 ||
        EVP_DigestUpdate(d->md, e->relpath, strlen(e->relpath)) != 1 || EVP_DigestUpdate(d->md, "\n", 1) != 1)
        return sg_error_set(err, SG_ERR_CRYPTO, e->path, "digest failed");
    return SG_OK;
}

sg_err sg__file_digest(const char *path, char out[72], struct sg_error *err)
{
    struct stat st;
    uint8_t h[SG_SHA256_LEN];
    char hex[SG_SHA256_HEX_LEN + 1];
    out[0] = '\0';
    if (stat(path, &st) != 0)
        return sg_error_errno(err, SG_ERR_NOT_FOUND, path, errno, "cannot read");
    if (S_ISDIR(st.st_mode)) {
        struct dir_digest d = {EVP_MD_CTX_new(), SG_OK};
        if (!d.md || EVP_DigestInit_ex(d.md, EVP_sha256(), NULL) != 1) {
            EVP_MD_CTX_free(d.md);
            return sg_error_set(err, SG_ERR_CRYPTO, path, "digest failed");
        }
        struct sg_walk_options opt = {.symlinks = SG_SYMLINKS_SKIP, .max_entries = 1000000};
        sg_err rc = sg_walk(path, &opt, dir_entry, &d, err);
        unsigned int len = 0;
        if (rc == SG_OK && EVP_DigestFinal_ex(d.md, h, &len) != 1)
            rc = sg_error_set(err, SG_ERR_CRYPTO, path, "digest failed");
        EVP_MD_CTX_free(d.md);
        if (rc != SG_OK)
            return rc;
    } else {
        sg_err rc = sg_sha256_file(path, h, err);
        if (rc != SG_OK)
            return rc;
    }
    sg_hex_encode(h, sizeof h, hex);
    snprintf(out, 72, "sha256:%s", hex);
    return SG_OK;
}

bool sg__parse_date(const char *s, time_t *out)
{
    /* YYYY-MM-DD, or RFC 3339 date-time: fractional seconds and a Z or
     * +hh:mm / -hh:mm offset (security.txt writes either) */
    struct tm tm = {0};
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    long offset = 0;
    if (!s)
        return false;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
        return false;
    const char *p = s + 10;
    if (*p) {
        int m = 0;
        if ((*p != 'T' && *p != 't') || sscanf(p + 1, "%2d:%2d:%2d%n", &h, &mi, &sec, &m) != 3 || m != 8)
            return false;
        p += 9;
        if (*p == '.') {
            p++;
            if (!isdigit((unsigned char)*p))
                return false;
            while (isdigit((unsigned char)*p))
                p++;
        }
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int oh, om, k = 0;
            if (sscanf(p + 1, "%2d:%2d%n", &oh, &om, &k) != 2 || k != 5 || oh > 23 || om > 59)
                return false;
            offset = (*p == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
            p += 6;
        } else {
            return false;
        }
        if (*p)
            return false;
    }
    if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = sec;
    time_t t = timegm(&tm);
    /* reject 2026-02-31 and friends, which timegm would roll over */
    struct tm back;
    gmtime_r(&t, &back);
    if (back.tm_mday != d || back.tm_mon != mo - 1)
        return false;
    *out = t - offset;
    return true;
}

double sg__days_ago(const struct sg__assess *a, time_t t)
{
    return difftime(a->now, t) / 86400.0;
}

sg_err sg__load_doc(const char *path, json_t **out, struct sg_error *err)
{
    size_t len = strlen(path);
    if (len > 5 && strcmp(path + len - 5, ".json") == 0)
        return sg_json_load_file(path, (size_t)4 << 20, out, err);
    return sg_yaml_load_file(path, (size_t)4 << 20, out, err);
}

unsigned sg__held_roles(const struct sg__assess *a)
{
    return a->profile->roles;
}

bool sg__date_field(const json_t *obj, const char *key, time_t *out)
{
    return sg__parse_date(json_string_value(json_object_get(obj, key)), out);
}

bool sg__list_has(const json_t *list, const char *value)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v) if (json_is_string(v) && strcasecmp(json_string_value(v), value) == 0) return true;
    return false;
}

sg_err sg__file_uri(const char *base, const char *path, sg_buf *out)
{
    char abs[PATH_MAX * 2];
    if (path[0] == '/')
        snprintf(abs, sizeof abs, "%s", path);
    else
        snprintf(abs, sizeof abs, "%s/%s", base, path);
    sg_err rc = sg_buf_append_str(out, "file://");
    /* RFC 3986 path characters pass; everything else is percent-encoded */
    for (const unsigned char *p = (const unsigned char *)abs; *p && rc == SG_OK; p++) {
        if (isalnum(*p) || strchr("/-._~", *p))
            rc = sg_buf_append_byte(out, *p);
        else
            rc = sg_buf_printf(out, "%%%02X", *p);
    }
    return rc;
}
