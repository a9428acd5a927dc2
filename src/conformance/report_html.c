/* report_html.c - the auditor's report: one self-contained HTML file (inline
 * CSS, SVG and a little script; nothing fetched) with the headline verdict, a
 * chart per principle, a filterable table of all 72 provisions with their
 * reasons and evidence (links and digests), the checks behind them and the
 * conformance statement. Rendered from the report JSON only; every string is
 * HTML-escaped. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"

struct html {
    sg_buf *b;
    sg_err rc;
    char base[PATH_MAX]; /* the profile's directory, to make evidence paths links */
};

static void raw(struct html *h, const char *s)
{
    if (h->rc == SG_OK)
        h->rc = sg_buf_append_str(h->b, s);
}

static void fmt(struct html *h, const char *f, ...) SG_PRINTF(2, 3);
static void fmt(struct html *h, const char *f, ...)
{
    if (h->rc != SG_OK)
        return;
    va_list ap;
    va_start(ap, f);
    h->rc = sg_buf_vprintf(h->b, f, ap);
    va_end(ap);
}

static void esc(struct html *h, const char *s)
{
    if (!s)
        return;
    for (; *s && h->rc == SG_OK; s++) {
        switch (*s) {
        case '&': raw(h, "&amp;"); break;
        case '<': raw(h, "&lt;"); break;
        case '>': raw(h, "&gt;"); break;
        case '"': raw(h, "&quot;"); break;
        case '\'': raw(h, "&#39;"); break;
        default: h->rc = sg_buf_append_byte(h->b, (uint8_t)*s);
        }
    }
}

/* A file:// link to an evidence file. */
static void href(struct html *h, const char *path)
{
    if (h->rc == SG_OK)
        h->rc = sg__file_uri(h->base, path, h->b);
}

static const char *s(const json_t *o, const char *k)
{
    const char *v = json_string_value(json_object_get(o, k));
    return v ? v : "";
}

static long n(const json_t *o, const char *k)
{
    return (long)json_integer_value(json_object_get(o, k));
}

static const char CSS[] =
    ":root{--pass:#1a7f37;--fail:#cf222e;--inc:#bf8700;--waived:#5a32a3;--na:#8c959f;--ink:#1f2328;"
    "--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--accent:#0b3d91}"
    "*{box-sizing:border-box}body{margin:0;font:14px/1.5 -apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
    "color:var(--ink);background:var(--bg)}"
    "header{background:linear-gradient(120deg,#0b3d91,#1f6feb);color:#fff;padding:28px 40px 24px}"
    "header h1{margin:0 0 4px;font-size:24px;font-weight:600}header .sub{opacity:.85;font-size:13px}"
    ".badge{display:inline-block;padding:3px 10px;border-radius:999px;font-weight:600;font-size:12px;letter-spacing:.02em}"
    "header .status{float:right;font-size:15px;padding:8px 16px;border-radius:8px;background:#fff}"
    ".status.ok{color:var(--pass)}.status.bad{color:var(--fail)}"
    "main{max-width:1280px;margin:0 auto;padding:24px 40px 60px}"
    "section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:0 0 20px}"
    "h2{font-size:17px;margin:0 0 14px}h3{font-size:14px;margin:0 0 6px}"
    ".kpis{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}"
    ".kpi{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}"
    ".kpi b{display:block;font-size:26px;line-height:1.2}.kpi span{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}"
    ".kpi.pass b{color:var(--pass)}.kpi.fail b{color:var(--fail)}.kpi.inconclusive b{color:var(--inc)}"
    ".kpi.waived b{color:var(--waived)}.kpi.not_applicable b{color:var(--na)}"
    ".principles{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:12px}"
    ".pr{display:flex;gap:12px;align-items:center;border:1px solid var(--line);border-radius:8px;padding:10px 12px;cursor:pointer}"
    ".pr svg{flex:none}.pr:hover{border-color:var(--accent)}.pr .t{font-size:13px;font-weight:600}.pr .c{font-size:12px;color:var(--muted)}"
    ".legend{display:flex;gap:16px;font-size:12px;color:var(--muted);margin:10px 0 0}"
    ".legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}"
    ".bars{display:grid;grid-template-columns:180px 1fr 60px;gap:6px 12px;align-items:center;font-size:13px}"
    ".filters{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px}"
    ".filters input,.filters select{font:inherit;padding:6px 8px;border:1px solid var(--line);border-radius:6px;background:#fff}"
    ".filters input{flex:1;min-width:220px}"
    "table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:8px 8px;border-bottom:1px solid var(--line);vertical-align:top}"
    "th{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;background:#fafbfc;position:sticky;top:0}"
    "td.id{white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px}"
    ".v-pass{background:#dafbe1;color:var(--pass)}.v-fail{background:#ffebe9;color:var(--fail)}"
    ".v-inconclusive{background:#fff8c5;color:#7d4e00}.v-waived{background:#fbefff;color:var(--waived)}"
    ".v-not_applicable{background:#eaeef2;color:var(--muted)}"
    "details summary{cursor:pointer;color:var(--accent);font-size:12.5px}ul.r{margin:6px 0 0;padding-left:18px}"
    ".next{margin-top:6px;font-size:12.5px}.next b{color:var(--accent)}"
    "code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;word-break:break-all}"
    ".ev{font-size:12px;color:var(--muted);margin:4px 0 0}.ev a{color:var(--accent)}"
    ".muted{color:var(--muted)}.grid2{display:grid;grid-template-columns:1fr 1fr;gap:20px}"
    "footer{color:var(--muted);font-size:12px;text-align:center;padding:20px}"
    "@media print{header{background:#0b3d91 !important;-webkit-print-color-adjust:exact}.filters{display:none}}";

static const char SCRIPT[] =
    "(function(){var q=document.getElementById('q'),f=document.querySelectorAll('.filters select'),"
    "rows=document.querySelectorAll('#provisions tbody tr'),count=document.getElementById('count');"
    "function apply(){var t=q.value.toLowerCase(),shown=0;rows.forEach(function(r){var ok=!t||r.textContent.toLowerCase().indexOf(t)>=0;"
    "f.forEach(function(s){if(s.value&&(' '+r.getAttribute('data-'+s.name)+' ').indexOf(' '+s.value+' ')<0)ok=false;});"
    "r.style.display=ok?'':'none';if(ok)shown++;});count.textContent=shown+' of '+rows.length+' provisions';}"
    "q.addEventListener('input',apply);f.forEach(function(s){s.addEventListener('change',apply);});"
    "document.querySelectorAll('.pr').forEach(function(p){p.addEventListener('click',function(){"
    "document.getElementById('f-principle').value=p.getAttribute('data-principle');apply();"
    "document.getElementById('table').scrollIntoView();});});apply();})();";

static const char *const VERDICTS[] = {"pass", "fail", "inconclusive", "waived", "not_applicable", NULL};
static const char *const COLORS[] = {"#1a7f37", "#cf222e", "#d4a72c", "#8250df", "#afb8c1"};
static const char *const LABELS[] = {"Pass", "Fail", "Inconclusive", "Waived", "Not applicable", NULL};

/* A donut of the five verdict counts, with the pass share in the middle. */
static void donut(struct html *h, const json_t *cnt, int size)
{
    double total = 0;
    for (int i = 0; i < 5; i++)
        total += (double)n(cnt, VERDICTS[i]);
    double r = size / 2.0 - 6, cx = size / 2.0, circ = 2 * M_PI * r, offset = 0;
    fmt(h, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
           "fill=\"none\" stroke=\"#eaeef2\" stroke-width=\"10\"/>",
        size, size, size, size, cx, cx, r);
    for (int i = 0; i < 5 && total > 0; i++) {
        double len = circ * (double)n(cnt, VERDICTS[i]) / total;
        if (len <= 0)
            continue;
        fmt(h, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"10\" "
               "stroke-dasharray=\"%.2f %.2f\" stroke-dashoffset=\"%.2f\" transform=\"rotate(-90 %.1f %.1f)\"><title>%s: %ld</title></circle>",
            cx, cx, r, COLORS[i], len, circ - len, -offset, cx, cx, LABELS[i], n(cnt, VERDICTS[i]));
        offset += len;
    }
    long applicable = (long)total - n(cnt, "not_applicable");
    fmt(h, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2328\">%ld/%ld</text></svg>",
        cx, cx + 4, n(cnt, "pass"), applicable);
}

/* A horizontal stacked bar, width 100%. */
static void stacked(struct html *h, const json_t *cnt)
{
    double total = 0, x = 0;
    for (int i = 0; i < 5; i++)
        total += (double)n(cnt, VERDICTS[i]);
    raw(h, "<svg width=\"100%\" height=\"14\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\">");
    for (int i = 0; i < 5 && total > 0; i++) {
        double w = 100.0 * (double)n(cnt, VERDICTS[i]) / total;
        if (w <= 0)
            continue;
        fmt(h, "<rect x=\"%.3f\" y=\"0\" width=\"%.3f\" height=\"14\" fill=\"%s\"><title>%s: %ld</title></rect>", x, w,
            COLORS[i], LABELS[i], n(cnt, VERDICTS[i]));
        x += w;
    }
    raw(h, "</svg>");
}

static void legend(struct html *h)
{
    raw(h, "<div class=\"legend\">");
    for (int i = 0; i < 5; i++)
        fmt(h, "<span><i style=\"background:%s\"></i>%s</span>", COLORS[i], LABELS[i]);
    raw(h, "</div>");
}

static void verdict_badge(struct html *h, const char *v)
{
    fmt(h, "<span class=\"badge v-%s\">", v);
    esc(h, strcmp(v, "not_applicable") == 0 ? "n/a" : v);
    raw(h, "</span>");
}

static void evidence_items(struct html *h, const json_t *check)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(check, "evidence"), i, e) {
        raw(h, "<div class=\"ev\">");
        if (*s(e, "detail")) {
            esc(h, s(e, "detail"));
            raw(h, " ");
        }
        if (*s(e, "path")) {
            raw(h, "<a href=\"");
            href(h, s(e, "path"));
            raw(h, "\">");
            esc(h, s(e, "path"));
            raw(h, "</a> ");
        }
        if (*s(e, "digest")) {
            raw(h, "<code>");
            esc(h, s(e, "digest"));
            raw(h, "</code>");
        }
        raw(h, "</div>");
    }
}

static const json_t *find_check(const json_t *report, const char *id)
{
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(report, "checks"), i, c) if (strcmp(s(c, "id"), id) == 0) return c;
    return NULL;
}

static void provision_row(struct html *h, const json_t *report, const json_t *p)
{
    size_t i;
    json_t *x;
    char roles[96] = "";
    json_array_foreach(json_object_get(p, "roles"), i, x) {
        strncat(roles, i ? " " : "", sizeof roles - strlen(roles) - 1);
        strncat(roles, json_string_value(x), sizeof roles - strlen(roles) - 1);
    }
    fmt(h, "<tr data-verdict=\"%s\" data-level=\"%s\" data-phase=\"%s\" data-role=\"%s\" data-principle=\"%ld\">",
        s(p, "verdict"), s(p, "level"), s(p, "phase"), roles, n(p, "principle"));
    raw(h, "<td class=\"id\">");
    esc(h, s(p, "id"));
    raw(h, "</td><td>");
    verdict_badge(h, s(p, "verdict"));
    fmt(h, "</td><td>%s</td><td>", s(p, "level"));
    esc(h, s(p, "summary"));
    raw(h, "<details><summary>");
    fmt(h, "%zu reason%s · %s", json_array_size(json_object_get(p, "reasons")),
        json_array_size(json_object_get(p, "reasons")) == 1 ? "" : "s", s(p, "basis"));
    raw(h, "</summary><ul class=\"r\">");
    json_array_foreach(json_object_get(p, "reasons"), i, x) {
        raw(h, "<li>");
        esc(h, json_string_value(x));
        raw(h, "</li>");
    }
    raw(h, "</ul>");
    json_array_foreach(json_object_get(p, "checks"), i, x) {
        const json_t *c = find_check(report, json_string_value(x));
        if (!c)
            continue;
        raw(h, "<div class=\"ev\"><b>");
        esc(h, s(c, "id"));
        raw(h, "</b> ");
        verdict_badge(h, s(c, "status"));
        raw(h, "</div>");
        evidence_items(h, c);
    }
    json_array_foreach(json_object_get(p, "attestations"), i, x) {
        raw(h, "<div class=\"ev\">attestation by ");
        esc(h, s(x, "by"));
        raw(h, " · ");
        esc(h, s(x, "reason"));
        if (*s(x, "document")) {
            raw(h, " · <a href=\"");
            href(h, s(x, "document"));
            raw(h, "\">");
            esc(h, s(x, "document"));
            raw(h, "</a> <code>");
            esc(h, s(x, "document_digest"));
            raw(h, "</code>");
        }
        raw(h, "</div>");
    }
    raw(h, "</details>");
    if (*s(p, "next_step")) {
        raw(h, "<div class=\"next\"><b>Next step:</b> ");
        esc(h, s(p, "next_step"));
        raw(h, "</div>");
    }
    fmt(h, "</td><td>%ld</td><td>%s</td><td>", n(p, "principle"), s(p, "phase"));
    esc(h, roles);
    raw(h, "</td></tr>\n");
}

static void select_filter(struct html *h, const char *name, const char *label, const char *const *values,
                          const char *const *labels)
{
    fmt(h, "<select name=\"%s\" id=\"f-%s\" aria-label=\"%s\"><option value=\"\">%s: all</option>", name, name, label, label);
    for (int i = 0; values[i]; i++) {
        fmt(h, "<option value=\"%s\">", values[i]);
        esc(h, labels ? labels[i] : values[i]);
        raw(h, "</option>");
    }
    raw(h, "</select>");
}

sg_err sg_report_html(const json_t *report, sg_buf *out, struct sg_error *err)
{
    struct html h = {out, SG_OK, ""};
    const json_t *sys = json_object_get(report, "system"), *sum = json_object_get(report, "summary");
    const json_t *prof = json_object_get(report, "profile"), *x;
    size_t i, j;
    snprintf(h.base, sizeof h.base, "%s", s(prof, "path"));
    char *slash = strrchr(h.base, '/');
    if (slash)
        *slash = '\0';
    bool ok = json_is_true(json_object_get(sum, "conformant"));

    raw(&h, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\"><title>");
    esc(&h, s(sys, "name"));
    raw(&h, " — ETSI EN 304 223 conformance</title><style>");
    raw(&h, CSS);
    raw(&h, "</style></head><body><header>");
    fmt(&h, "<span class=\"status %s\">%s</span>", ok ? "ok" : "bad", ok ? "&#10003; Conformant" : "&#10007; Not conformant");
    raw(&h, "<h1>");
    esc(&h, s(sys, "name"));
    raw(&h, " <span style=\"font-weight:400;opacity:.8\">");
    esc(&h, s(sys, "version"));
    raw(&h, "</span></h1><div class=\"sub\">Conformance with ");
    esc(&h, s(report, "standard"));
    raw(&h, " · assessed ");
    esc(&h, s(report, "generated"));
    raw(&h, " by saiguard ");
    esc(&h, s(json_object_get(report, "tool"), "version"));
    if (*s(sys, "description")) {
        raw(&h, "<br>");
        esc(&h, s(sys, "description"));
    }
    raw(&h, "</div></header><main>");

    /* ---- overview */
    raw(&h, "<section id=\"overview\"><h2>Overview</h2><div class=\"kpis\">");
    for (int k = 0; k < 5; k++)
        fmt(&h, "<div class=\"kpi %s\"><b>%ld</b><span>%s</span></div>", VERDICTS[k], n(sum, VERDICTS[k]), LABELS[k]);
    fmt(&h, "<div class=\"kpi\"><b>%ld<small style=\"font-size:14px;color:#59636e\">/%ld</small></b><span>machine-decided</span></div>",
        n(sum, "decided_by_machine_evidence"), n(sum, "applicable"));
    raw(&h, "</div>");
    fmt(&h, "<p class=\"muted\" style=\"margin:14px 0 0\">%ld of %ld applicable provisions pass. %ld shall-level provision%s "
            "fail or lack evidence. Machine-decided provisions are judged from signatures, scans, the audit ledger, the "
            "gateway configuration and structured records; the rest rest on signed attestations.</p>",
        n(sum, "pass"), n(sum, "applicable"), n(sum, "shall_open"), n(sum, "shall_open") == 1 ? "" : "s");
    raw(&h, "</section>");

    raw(&h, "<section id=\"principles\"><h2>By principle</h2><div class=\"principles\">");
    json_array_foreach(json_object_get(report, "by_principle"), i, x) {
        fmt(&h, "<div class=\"pr\" data-principle=\"%ld\" title=\"Show these provisions\">", n(x, "number"));
        donut(&h, x, 64);
        fmt(&h, "<div><div class=\"t\">%ld. ", n(x, "number"));
        esc(&h, s(x, "title"));
        fmt(&h, "</div><div class=\"c\">%s · %ld pass · %ld fail · %ld inconclusive%s</div></div></div>", s(x, "clause"),
            n(x, "pass"), n(x, "fail"), n(x, "inconclusive"),
            n(x, "waived") ? " · waived" : "");
    }
    raw(&h, "</div>");
    legend(&h);
    raw(&h, "</section>");

    raw(&h, "<section class=\"grid2\" style=\"display:grid\"><div><h2>By lifecycle phase</h2><div class=\"bars\">");
    json_array_foreach(json_object_get(report, "by_phase"), i, x) {
        raw(&h, "<span>");
        esc(&h, s(x, "title"));
        raw(&h, "</span>");
        stacked(&h, x);
        fmt(&h, "<span class=\"muted\">%ld/%ld</span>", n(x, "pass"),
            n(x, "pass") + n(x, "fail") + n(x, "inconclusive") + n(x, "waived"));
    }
    raw(&h, "</div></div><div><h2>By role</h2><div class=\"bars\">");
    json_array_foreach(json_object_get(report, "by_role"), i, x) {
        raw(&h, "<span>");
        esc(&h, s(x, "title"));
        if (!json_is_true(json_object_get(x, "held")))
            raw(&h, " <small class=\"muted\">(not held)</small>");
        raw(&h, "</span>");
        stacked(&h, x);
        fmt(&h, "<span class=\"muted\">%ld/%ld</span>", n(x, "pass"),
            n(x, "pass") + n(x, "fail") + n(x, "inconclusive") + n(x, "waived"));
    }
    raw(&h, "</div></div></section>");

    /* ---- re-assessment */
    const json_t *re = json_object_get(report, "reassessment");
    if (json_array_size(json_object_get(re, "changed"))) {
        raw(&h, "<section id=\"changes\"><h2>Tracked assets changed since an earlier assessment</h2><table><thead><tr>"
                "<th>Asset</th><th>Kind</th><th>Changed</th><th>Now</th></tr></thead><tbody>");
        json_array_foreach(json_object_get(re, "changed"), i, x) {
            raw(&h, "<tr><td>");
            esc(&h, s(x, "name"));
            raw(&h, "</td><td>");
            esc(&h, s(x, "kind"));
            raw(&h, "</td><td>");
            esc(&h, s(x, "changed_at"));
            raw(&h, "</td><td><code>");
            esc(&h, s(x, "after"));
            raw(&h, "</code></td></tr>");
        }
        raw(&h, "</tbody></table><ul class=\"r\">");
        json_array_foreach(json_object_get(re, "flagged"), i, x) {
            raw(&h, "<li>Re-assess <b>");
            esc(&h, s(x, "provision"));
            raw(&h, "</b>: ");
            esc(&h, s(x, "why"));
            raw(&h, "</li>");
        }
        raw(&h, "</ul></section>");
    }

    /* ---- the table */
    raw(&h, "<section id=\"table\"><h2>All provisions</h2><div class=\"filters\">"
            "<input id=\"q\" type=\"search\" placeholder=\"Search id, text, reason, evidence…\" aria-label=\"Search\">");
    select_filter(&h, "verdict", "Verdict", VERDICTS, LABELS);
    select_filter(&h, "level", "Level", (const char *const[]){"shall", "should", NULL}, NULL);
    select_filter(&h, "phase", "Phase",
                  (const char *const[]){"design", "development", "deployment", "maintenance", "end_of_life", NULL}, NULL);
    select_filter(&h, "role", "Role", (const char *const[]){"developer", "system_operator", "data_custodian", NULL},
                  (const char *const[]){"Developer", "System Operator", "Data Custodian", NULL});
    {
        static const char *const nums[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", NULL};
        select_filter(&h, "principle", "Principle", nums, NULL);
    }
    raw(&h, "<span id=\"count\" class=\"muted\" style=\"align-self:center\"></span></div>"
            "<table id=\"provisions\"><thead><tr><th>Provision</th><th>Verdict</th><th>Level</th><th>Summary, reasons and "
            "evidence</th><th>P.</th><th>Phase</th><th>Roles</th></tr></thead><tbody>\n");
    json_array_foreach(json_object_get(report, "provisions"), i, x) provision_row(&h, report, x);
    raw(&h, "</tbody></table></section>");

    /* ---- evidence */
    raw(&h, "<section id=\"evidence\"><h2>Evidence collected</h2><table><thead><tr><th>Check</th><th>Status</th>"
            "<th>Kind</th><th>Reasons and evidence</th></tr></thead><tbody>");
    json_array_foreach(json_object_get(report, "checks"), i, x) {
        raw(&h, "<tr><td class=\"id\">");
        esc(&h, s(x, "id"));
        raw(&h, "</td><td>");
        verdict_badge(&h, s(x, "status"));
        raw(&h, "</td><td>");
        esc(&h, s(x, "kind"));
        raw(&h, "</td><td><b>");
        esc(&h, s(x, "title"));
        raw(&h, "</b><ul class=\"r\">");
        json_t *r;
        json_array_foreach(json_object_get(x, "reasons"), j, r) {
            raw(&h, "<li>");
            esc(&h, json_string_value(r));
            raw(&h, "</li>");
        }
        raw(&h, "</ul>");
        evidence_items(&h, x);
        raw(&h, "</td></tr>\n");
    }
    raw(&h, "</tbody></table><h3 style=\"margin-top:18px\">Tracked assets</h3><table><thead><tr><th>Asset</th><th>Kind</th>"
            "<th>Path</th><th>SHA-256</th></tr></thead><tbody>");
    json_array_foreach(json_object_get(report, "assets"), i, x) {
        raw(&h, "<tr><td>");
        esc(&h, s(x, "name"));
        raw(&h, "</td><td>");
        esc(&h, s(x, "kind"));
        raw(&h, "</td><td><a href=\"");
        href(&h, s(x, "path"));
        raw(&h, "\">");
        esc(&h, s(x, "path"));
        raw(&h, "</a></td><td><code>");
        esc(&h, *s(x, "digest") ? s(x, "digest") : s(x, "error"));
        raw(&h, "</code></td></tr>");
    }
    raw(&h, "</tbody></table></section>");

    /* ---- conformance statement */
    const json_t *st = json_object_get(report, "conformance_statement");
    raw(&h, "<section id=\"statement\"><h2>Implementation conformance statement</h2><p>System <b>");
    esc(&h, s(sys, "name"));
    raw(&h, " ");
    esc(&h, s(sys, "version"));
    raw(&h, "</b> is assessed against <b>");
    esc(&h, s(st, "standard"));
    raw(&h, "</b>. The organisation holds the role(s): ");
    json_array_foreach(json_object_get(st, "roles_held"), i, x) {
        raw(&h, i ? ", <b>" : "<b>");
        esc(&h, json_string_value(x));
        raw(&h, "</b>");
    }
    fmt(&h, ". %zu provisions apply; %zu are excluded because they oblige only roles the organisation does not hold.</p>",
        json_array_size(json_object_get(st, "applicable")), json_array_size(json_object_get(st, "excluded")));
    if (json_array_size(json_object_get(st, "excluded"))) {
        raw(&h, "<p class=\"muted\">Excluded: ");
        json_array_foreach(json_object_get(st, "excluded"), i, x) {
            raw(&h, i ? ", " : "");
            esc(&h, s(x, "id"));
        }
        raw(&h, "</p>");
    }
    raw(&h, "<h3>Waivers</h3>");
    if (json_array_size(json_object_get(st, "waived")) == 0)
        raw(&h, "<p class=\"muted\">No provision is waived.</p>");
    else {
        raw(&h, "<table><thead><tr><th>Provision</th><th>Reason</th><th>Approver</th><th>Expires</th><th>Scope</th></tr></thead><tbody>");
        json_array_foreach(json_object_get(st, "waived"), i, x) {
            const json_t *w = json_object_get(x, "waiver"), *sc;
            raw(&h, "<tr><td class=\"id\">");
            esc(&h, s(x, "id"));
            raw(&h, "</td><td>");
            esc(&h, s(w, "reason"));
            raw(&h, "</td><td>");
            esc(&h, s(w, "approver"));
            raw(&h, "</td><td>");
            esc(&h, s(w, "expires"));
            raw(&h, "</td><td>");
            json_array_foreach(json_object_get(w, "scope"), j, sc) {
                esc(&h, s(sc, "asset"));
                raw(&h, " <code>");
                esc(&h, s(sc, "digest"));
                raw(&h, "</code><br>");
            }
            raw(&h, "</td></tr>");
        }
        raw(&h, "</tbody></table>");
    }
    raw(&h, "<p class=\"muted\" style=\"margin-top:14px\">Provision summaries are saiguard's own paraphrases, not text of the "
            "standard. Verdicts: fail dominates; missing evidence is inconclusive, never a pass; an attestation alone "
            "decides only organisational provisions.</p></section>");

    raw(&h, "</main><footer>Profile <code>");
    esc(&h, s(prof, "path"));
    raw(&h, "</code> · <code>");
    esc(&h, s(prof, "digest"));
    raw(&h, "</code><br>Generated by saiguard — machine-readable form: <code>saiguard assess --format json</code>, OSCAL: "
            "<code>--format oscal</code></footer><script>");
    raw(&h, SCRIPT);
    raw(&h, "</script></body></html>\n");
    if (h.rc != SG_OK)
        return sg_error_set(err, h.rc, "html", "cannot render the HTML report");
    return SG_OK;
}
