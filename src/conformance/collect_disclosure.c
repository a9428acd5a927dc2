/* collect_disclosure.c - a published vulnerability-disclosure contact: the
 * system's RFC 9116 security.txt (documents.security_txt) must carry at least
 * one Contact (mailto:, https: or tel:) and an Expires date in the future and
 * no more than a year ahead (RFC 9116 section 2.5.5 recommends less). */
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"

static const struct sg__check_def defs[] = {
    {"docs.disclosure", "A vulnerability-disclosure contact is published (RFC 9116 security.txt)"},
    {NULL, NULL}};

#define KIND "disclosure"

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char path[PATH_MAX], digest[72] = "";
    if (!sg__doc_path(a, "security_txt", path, sizeof path))
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE,
                              "publish a security.txt (RFC 9116) and name it under documents.security_txt",
                              "no evidence: the profile names no security.txt (documents.security_txt)");
    sg_buf text;
    sg_buf_init(&text, (size_t)64 << 10);
    struct sg_error rerr = {0};
    if (sg_buf_read_file(&text, path, &rerr) != SG_OK) {
        sg_buf_release(&text);
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "make security.txt readable (at most 64 KiB)",
                              "%s: %s", path, rerr.reason);
    }
    (void)sg__file_digest(path, digest, NULL);
    int contacts = 0, expires_count = 0;
    char expires[64] = "";
    for (char *line = text.data; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        if (strncasecmp(line, "Contact:", 8) == 0) {
            const char *v = line + 8;
            while (*v == ' ')
                v++;
            if (strncmp(v, "mailto:", 7) == 0 || strncmp(v, "https://", 8) == 0 || strncmp(v, "tel:", 4) == 0)
                contacts++;
        } else if (strncasecmp(line, "Expires:", 8) == 0) {
            const char *v = line + 8;
            while (*v == ' ')
                v++;
            snprintf(expires, sizeof expires, "%s", v);
            expires_count++;
        }
        line = nl ? nl + 1 : NULL;
    }
    sg_buf_release(&text);
    json_t *c = sg__check(a, "docs.disclosure", KIND, defs[0].title, SG_VERDICT_PASS,
                          "fix security.txt: at least one Contact and one Expires within a year (RFC 9116)",
                          "%d contact(s), expires %s", contacts, expires);
    sg__check_item(c, path, digest, "security.txt");
    time_t t;
    if (contacts == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "no Contact field with a mailto:, https: or tel: URI");
    if (expires_count != 1)
        sg__check_note(c, SG_VERDICT_FAIL, "RFC 9116 requires exactly one Expires field (found %d)", expires_count);
    else if (!sg__parse_date(expires, &t))
        sg__check_note(c, SG_VERDICT_FAIL, "Expires '%s' is not an RFC 3339 date-time", expires);
    else if (sg__days_ago(a, t) > 0)
        sg__check_note(c, SG_VERDICT_FAIL, "security.txt expired on %s", expires);
    else if (sg__days_ago(a, t) < -366)
        sg__check_note(c, SG_VERDICT_FAIL, "Expires %s is more than a year ahead", expires);
    return SG_OK;
}

const struct sg__collector sg__collector_disclosure = {"disclosure", KIND, NULL, collect};
