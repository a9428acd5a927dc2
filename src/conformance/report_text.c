/* report_text.c - the terminal report: headline counts, a table by
 * principle, phase and role, then every failure and inconclusive provision
 * with its reasons and the next step; and the text form of a diff between
 * two runs. Rendered from the report JSON only. */
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"

#define RED "\033[31m"
#define GREEN "\033[32m"
#define YELLOW "\033[33m"
#define BLUE "\033[34m"
#define BOLD "\033[1m"
#define DIM "\033[2m"
#define RESET "\033[0m"

struct out {
    sg_buf *b;
    bool color;
    sg_err rc;
};

static void put(struct out *o, const char *fmt, ...) SG_PRINTF(2, 3);
static void put(struct out *o, const char *fmt, ...)
{
    if (o->rc != SG_OK)
        return;
    va_list ap;
    va_start(ap, fmt);
    o->rc = sg_buf_vprintf(o->b, fmt, ap);
    va_end(ap);
}

static const char *c(const struct out *o, const char *ansi)
{
    return o->color ? ansi : "";
}

static long n(const json_t *obj, const char *key)
{
    return (long)json_integer_value(json_object_get(obj, key));
}

static const char *s(const json_t *obj, const char *key)
{
    const char *v = json_string_value(json_object_get(obj, key));
    return v ? v : "";
}

/* A 20-cell bar: pass green, fail red, inconclusive yellow, waived blue. */
static void bar(struct out *o, const json_t *cnt)
{
    long pass = n(cnt, "pass"), fail = n(cnt, "fail"), inc = n(cnt, "inconclusive"), wv = n(cnt, "waived");
    long total = pass + fail + inc + wv;
    if (total == 0) {
        put(o, "%s%-20s%s", c(o, DIM), "not applicable", c(o, RESET));
        return;
    }
    const long cells = 20;
    long np = pass * cells / total, nf = fail * cells / total, ni = inc * cells / total;
    /* every non-zero category gets at least one cell */
    if (fail && !nf) nf = 1;
    if (inc && !ni) ni = 1;
    if (pass && !np) np = 1;
    long nw = cells - np - nf - ni;
    if (nw < 0) { np += nw; nw = 0; }
    if (!wv) { np += nw; nw = 0; }
    const char *glyph = o->color ? "█" : "#";
    put(o, "%s", c(o, GREEN));
    for (long i = 0; i < np; i++) put(o, "%s", o->color ? glyph : "=");
    put(o, "%s%s", c(o, RESET), c(o, RED));
    for (long i = 0; i < nf; i++) put(o, "%s", o->color ? glyph : "X");
    put(o, "%s%s", c(o, RESET), c(o, YELLOW));
    for (long i = 0; i < ni; i++) put(o, "%s", o->color ? glyph : "?");
    put(o, "%s%s", c(o, RESET), c(o, BLUE));
    for (long i = 0; i < nw; i++) put(o, "%s", o->color ? glyph : "w");
    put(o, "%s", c(o, RESET));
}

static void row(struct out *o, const char *label, const json_t *cnt)
{
    put(o, "  %-52.52s %4ld %4ld %4ld %4ld %4ld  ", label, n(cnt, "pass"), n(cnt, "fail"), n(cnt, "inconclusive"),
        n(cnt, "waived"), n(cnt, "not_applicable"));
    bar(o, cnt);
    put(o, "\n");
}

static void header(struct out *o, const char *title)
{
    put(o, "\n%s%-54s pass fail  inc waiv  n/a%s\n", c(o, BOLD), title, c(o, RESET));
}

static void listing(struct out *o, const json_t *report, const char *verdict, const char *title, const char *mark,
                    const char *color)
{
    json_t *list = json_object_get(report, "provisions"), *p, *r;
    size_t i, j, count = 0;
    json_array_foreach(list, i, p) count += strcmp(s(p, "verdict"), verdict) == 0;
    if (count == 0)
        return;
    put(o, "\n%s%s (%zu)%s\n", c(o, BOLD), title, count, c(o, RESET));
    json_array_foreach(list, i, p) {
        if (strcmp(s(p, "verdict"), verdict) != 0)
            continue;
        put(o, "  %s%s %-10s%s %-6s %s\n", c(o, color), mark, s(p, "id"), c(o, RESET), s(p, "level"), s(p, "summary"));
        json_array_foreach(json_object_get(p, "reasons"), j, r) put(o, "      %s%s%s\n", c(o, DIM), json_string_value(r), c(o, RESET));
        if (*s(p, "next_step"))
            put(o, "      %s→ %s%s\n", c(o, BOLD), s(p, "next_step"), c(o, RESET));
    }
}

sg_err sg_report_text(const json_t *report, const struct sg_report_text_options *opt, sg_buf *b, struct sg_error *err)
{
    struct out o = {b, opt && opt->color, SG_OK};
    const json_t *sys = json_object_get(report, "system"), *sum = json_object_get(report, "summary");
    const json_t *x;
    size_t i;
    put(&o, "%ssaiguard assess%s — %s %s  (%s)\n", c(&o, BOLD), c(&o, RESET), s(sys, "name"), s(sys, "version"),
        s(report, "standard"));
    put(&o, "%sprofile %s · roles held:", c(&o, DIM), s(json_object_get(report, "profile"), "path"));
    json_array_foreach(json_object_get(json_object_get(report, "conformance_statement"), "roles_held"), i, x)
        put(&o, " %s", json_string_value(x));
    put(&o, " · %s%s\n\n", s(report, "generated"), c(&o, RESET));
    put(&o, "  %ld provisions · %ld applicable · %s%ld pass%s · %s%ld fail%s · %s%ld inconclusive%s · %s%ld waived%s · %ld not applicable\n",
        n(sum, "total"), n(sum, "applicable"), c(&o, GREEN), n(sum, "pass"), c(&o, RESET), c(&o, RED), n(sum, "fail"),
        c(&o, RESET), c(&o, YELLOW), n(sum, "inconclusive"), c(&o, RESET), c(&o, BLUE), n(sum, "waived"), c(&o, RESET),
        n(sum, "not_applicable"));
    put(&o, "  %ld of the %ld applicable provisions are decided by machine evidence or structured records\n",
        n(sum, "decided_by_machine_evidence"), n(sum, "applicable"));

    header(&o, "By principle");
    json_array_foreach(json_object_get(report, "by_principle"), i, x) {
        char label[128];
        snprintf(label, sizeof label, "%2ld %s", n(x, "number"), s(x, "title"));
        row(&o, label, x);
    }
    header(&o, "By phase");
    json_array_foreach(json_object_get(report, "by_phase"), i, x) row(&o, s(x, "title"), x);
    header(&o, "By role");
    json_array_foreach(json_object_get(report, "by_role"), i, x) {
        char label[128];
        snprintf(label, sizeof label, "%s%s", s(x, "title"), json_is_true(json_object_get(x, "held")) ? "" : " (not held)");
        row(&o, label, x);
    }

    if (opt && opt->summary_only) {
        json_t *p;
        size_t shown = 0;
        json_array_foreach(json_object_get(report, "provisions"), i, p) {
            if (strcmp(s(p, "verdict"), "fail") != 0 || shown == 8)
                continue;
            if (shown++ == 0)
                put(&o, "\n%sFailures%s (first %s; run without --summary for reasons and next steps)\n", c(&o, BOLD),
                    c(&o, RESET), n(sum, "fail") > 8 ? "8" : "all");
            const json_t *r0 = json_array_get(json_object_get(p, "reasons"), 0);
            put(&o, "  %s✗ %-10s%s %.110s\n", c(&o, RED), s(p, "id"), c(&o, RESET), r0 ? json_string_value(r0) : "");
        }
    } else {
        listing(&o, report, "fail", "Failures", "✗", RED);
        listing(&o, report, "inconclusive", "Inconclusive", "?", YELLOW);
        listing(&o, report, "waived", "Waived", "~", BLUE);
    }
    if (opt && opt->verbose && !opt->summary_only)
        listing(&o, report, "pass", "Passing", "✓", GREEN);

    const json_t *re = json_object_get(report, "reassessment");
    if (json_array_size(json_object_get(re, "changed"))) {
        put(&o, "\n%sTracked assets changed since an earlier assessment%s\n", c(&o, BOLD), c(&o, RESET));
        json_array_foreach(json_object_get(re, "changed"), i, x)
            put(&o, "  %s (%s) changed %.10s\n", s(x, "name"), s(x, "kind"), s(x, "changed_at"));
        json_array_foreach(json_object_get(re, "flagged"), i, x) put(&o, "  → re-assess %s: %s\n", s(x, "provision"), s(x, "why"));
    }

    bool ok = json_is_true(json_object_get(sum, "conformant"));
    put(&o, "\n%s%s%s", c(&o, BOLD), ok ? c(&o, GREEN) : c(&o, RED), ok ? "CONFORMANT" : "NOT CONFORMANT");
    put(&o, "%s — %ld shall provision%s failing or unproven, %ld failure%s in all\n", c(&o, RESET), n(sum, "shall_open"),
        n(sum, "shall_open") == 1 ? "" : "s", n(sum, "fail"), n(sum, "fail") == 1 ? "" : "s");
    if (o.rc != SG_OK)
        return sg_error_set(err, o.rc, "report", "cannot render the text report");
    return SG_OK;
}

sg_err sg_report_diff_text(const json_t *diff, bool color, sg_buf *b, struct sg_error *err)
{
    struct out o = {b, color, SG_OK};
    const json_t *before = json_object_get(diff, "summary_before"), *after = json_object_get(diff, "summary_after"), *x;
    size_t i;
    put(&o, "%sChanges since %s%s\n", c(&o, BOLD), s(diff, "before"), c(&o, RESET));
    static const char *const keys[] = {"pass", "fail", "inconclusive", "waived", "not_applicable"};
    for (int k = 0; k < 5; k++) {
        long d = n(after, keys[k]) - n(before, keys[k]);
        put(&o, "  %-15s %3ld → %3ld  %s%+ld%s\n", keys[k], n(before, keys[k]), n(after, keys[k]),
            d == 0 ? c(&o, DIM) : c(&o, BOLD), d, c(&o, RESET));
    }
    if (json_array_size(json_object_get(diff, "changed")) == 0)
        put(&o, "  no verdict changed\n");
    json_array_foreach(json_object_get(diff, "changed"), i, x) {
        const char *after_v = s(x, "after");
        const char *col = strcmp(after_v, "pass") == 0 ? GREEN : strcmp(after_v, "fail") == 0 ? RED : YELLOW;
        put(&o, "  %-10s %-6s %s → %s%s%s\n", s(x, "id"), s(x, "level"), *s(x, "before") ? s(x, "before") : "(new)",
            c(&o, col), after_v, c(&o, RESET));
    }
    if (o.rc != SG_OK)
        return sg_error_set(err, o.rc, "diff", "cannot render the diff");
    return SG_OK;
}
