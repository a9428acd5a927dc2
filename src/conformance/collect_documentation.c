/* collect_documentation.c - structured documents for end users and
 * responders: the user guide (Markdown; the sections the deployment
 * provisions ask for, found by their headings), the incident plan (AI-specific
 * incidents, recovery, disaster recovery / rollback) and the update-notice log
 * (users told about the version deployed now). */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"

#define KIND "documentation"

static const struct sg__check_def guide_defs[] = {
    {"docs.data_use", "User guide explains how user data is used, accessed and stored"},
    {"docs.guidance", "User guide covers using, integrating and configuring the system"},
    {"docs.limitations", "User guide states what the system suits, its limitations and failure modes"},
    {"docs.prohibited_use", "User guide says which uses are not allowed"},
    {"docs.incident_support", "User guide helps users contain and report security incidents"},
    {NULL, NULL}};
static const struct sg__check_def plan_defs[] = {
    {"docs.incident_plan", "Incident plan covers AI-specific incidents and recovery"},
    {"docs.disaster_recovery", "Disaster recovery covers AI-specific attacks and rollback"},
    {NULL, NULL}};
static const struct sg__check_def notice_defs[] = {
    {"docs.update_notices", "Users were notified of the deployed version and its security-relevant changes"},
    {NULL, NULL}};

/* Lowercased Markdown headings of a file, one per line, into out. */
static bool headings(const char *path, sg_buf *out, char digest[72], char *why, size_t size)
{
    sg_buf text;
    sg_buf_init(&text, (size_t)4 << 20);
    struct sg_error err = {0};
    if (sg_buf_read_file(&text, path, &err) != SG_OK) {
        snprintf(why, size, "%s: %s", path, err.reason);
        sg_buf_release(&text);
        return false;
    }
    (void)sg__file_digest(path, digest, NULL);
    for (char *line = text.data; line && *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (len > 1 && line[0] == '#') {
            /* past the cap, later headings are simply not seen */
            bool ok = true;
            for (size_t i = 0; ok && i < len; i++)
                ok = sg_buf_append_byte(out, (uint8_t)tolower((unsigned char)line[i])) == SG_OK;
            if (!ok || sg_buf_append_byte(out, '\n') != SG_OK)
                break;
        }
        line = nl ? nl + 1 : NULL;
    }
    sg_buf_release(&text);
    return true;
}

/* True when some heading contains every word of one of the alternatives
 * ("data use|privacy" = a heading with "data" and "use", or one with "privacy"). */
static bool has_section(const char *heads, const char *alternatives)
{
    char alts[256];
    snprintf(alts, sizeof alts, "%s", alternatives);
    char *save_alt = NULL;
    for (char *alt = strtok_r(alts, "|", &save_alt); alt; alt = strtok_r(NULL, "|", &save_alt)) {
        for (const char *line = heads; *line;) {
            const char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            char h[512];
            snprintf(h, sizeof h, "%.*s", (int)(len < sizeof h ? len : sizeof h - 1), line);
            char words[256], *save = NULL;
            snprintf(words, sizeof words, "%s", alt);
            bool all = true;
            for (char *w = strtok_r(words, " ", &save); w; w = strtok_r(NULL, " ", &save))
                all &= strstr(h, w) != NULL;
            if (all)
                return true;
            line = nl ? nl + 1 : line + len;
        }
    }
    return false;
}

static void section(struct sg__assess *a, const char *id, const struct sg__check_def *defs, const char *heads,
                    const char *path, const char *digest, const char *what, const char *const *need)
{
    json_t *c = sg__check(a, id, KIND, sg__check_title(defs, id), SG_VERDICT_PASS, NULL, "%s", what);
    sg__check_item(c, path, digest, what);
    for (int i = 0; need[i]; i += 2)
        if (!has_section(heads, need[i]))
            sg__check_note(c, SG_VERDICT_FAIL, "no section on %s (a heading with %s)", need[i + 1], need[i]);
    if (strcmp(json_string_value(json_object_get(c, "status")), "pass") != 0) {
        char next[256];
        snprintf(next, sizeof next, "add the missing section(s) to %s", path);
        json_object_set_new(c, "next_step", json_string(next));
    }
}

static void guide(struct sg__assess *a)
{
    char path[PATH_MAX], digest[72] = "", why[600];
    if (!sg__doc_path(a, "user_guide", path, sizeof path)) {
        (void)sg__checks_all(a, KIND, guide_defs, SG_VERDICT_INCONCLUSIVE,
                             "write a user guide and name it in the profile under documents.user_guide",
                             "no evidence: the profile names no user guide (documents.user_guide)");
        return;
    }
    sg_buf heads;
    sg_buf_init(&heads, (size_t)1 << 20);
    if (!headings(path, &heads, digest, why, sizeof why)) {
        (void)sg__checks_all(a, KIND, guide_defs, SG_VERDICT_INCONCLUSIVE, "make the user guide readable", "%s", why);
        sg_buf_release(&heads);
        return;
    }
    const char *h = heads.data ? heads.data : "";
    section(a, "docs.data_use", guide_defs, h, path, digest, "user guide: data use",
            (const char *const[]){"data|privacy", "how user data is used and stored", NULL});
    section(a, "docs.guidance", guide_defs, h, path, digest, "user guide: use and configuration",
            (const char *const[]){"configur|integrat|getting started|using", "using and configuring the system", NULL});
    section(a, "docs.limitations", guide_defs, h, path, digest, "user guide: limitations and failure modes",
            (const char *const[]){"limitation", "limitations", "failure", "failure modes", "intended use|suitab|appropriate use",
                                  "what the system is suitable for", NULL});
    section(a, "docs.prohibited_use", guide_defs, h, path, digest, "user guide: prohibited uses",
            (const char *const[]){"prohibited|not allowed|acceptable use|misuse", "uses that are not allowed", NULL});
    section(a, "docs.incident_support", guide_defs, h, path, digest, "user guide: incidents",
            (const char *const[]){"incident|report a security|security issue", "what to do in a security incident", NULL});
    sg_buf_release(&heads);
}

static void plan(struct sg__assess *a)
{
    char path[PATH_MAX], digest[72] = "", why[600];
    if (!sg__doc_path(a, "incident_plan", path, sizeof path)) {
        (void)sg__checks_all(a, KIND, plan_defs, SG_VERDICT_INCONCLUSIVE,
                             "write an AI incident response plan and name it under documents.incident_plan",
                             "no evidence: the profile names no incident plan (documents.incident_plan)");
        return;
    }
    sg_buf heads;
    sg_buf_init(&heads, (size_t)1 << 20);
    if (!headings(path, &heads, digest, why, sizeof why)) {
        (void)sg__checks_all(a, KIND, plan_defs, SG_VERDICT_INCONCLUSIVE, "make the incident plan readable", "%s", why);
        sg_buf_release(&heads);
        return;
    }
    const char *h = heads.data ? heads.data : "";
    section(a, "docs.incident_plan", plan_defs, h, path, digest, "incident plan",
            (const char *const[]){"ai|model|prompt|poison", "AI-specific incidents (model, prompt, poisoning)",
                                  "detect|triage|respon", "detection and response", "recover", "recovery", NULL});
    section(a, "docs.disaster_recovery", plan_defs, h, path, digest, "incident plan: disaster recovery",
            (const char *const[]){"disaster|rollback|roll back|restore", "disaster recovery or rollback", NULL});
    sg_buf_release(&heads);
}

static void notices(struct sg__assess *a)
{
    char path[PATH_MAX], digest[72] = "";
    json_t *doc = sg__collector_doc(a, "update_notices", KIND, notice_defs, path, sizeof path);
    if (!doc)
        return;
    (void)sg__file_digest(path, digest, NULL);
    json_t *list = json_object_get(doc, "notices"), *n;
    json_t *c = sg__check(a, "docs.update_notices", KIND, notice_defs[0].title, SG_VERDICT_PASS,
                          "notify users of the deployed version before it goes live and log the notice",
                          "users were notified of version %s", a->profile->version);
    sg__check_item(c, path, digest, "update notices");
    bool found = false;
    size_t i;
    json_array_foreach(list, i, n) {
        const char *v = json_string_value(json_object_get(n, "version"));
        time_t t;
        if (v && strcmp(v, a->profile->version) == 0 && sg__date_field(n, "date", &t) &&
            json_string_value(json_object_get(n, "channel")))
            found = true;
    }
    if (!found)
        sg__check_note(c, SG_VERDICT_FAIL, "no dated notice with a channel for the deployed version %s", a->profile->version);
    json_decref(doc);
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    guide(a);
    plan(a);
    notices(a);
    return SG_OK;
}

const struct sg__collector sg__collector_documentation = {"documentation", KIND, NULL, collect};
