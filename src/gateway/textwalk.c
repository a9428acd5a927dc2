/* textwalk.c - the input guardrails' walk over a request and the canary,
 * on the body bytes the scanner validated: texts are read in place (decoded
 * only when they hold escapes), and the canary and any redaction are spliced
 * into a copy of the bytes; the output guardrails' walk over a whole answer,
 * from the same scan that reads its usage. The working memory is the event
 * loop's (struct sg_gw_walkbuf), so a guarded request allocates nothing
 * here. The tree walk (sg__gw_policy_texts with sg__gw_plant_canary) stays
 * the reference; fuzz_gateway_json compares the two on every input. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- the reference: the canary on a tree ------------------------------------------------- */

bool sg__gw_plant_canary(json_t *body, const char *canary, size_t len)
{
    json_t *msgs = json_object_get(body, "messages"), *first = json_array_get(msgs, 0);
    const char *role = json_string_value(json_object_get(first, "role"));
    json_t *content = json_object_get(first, "content");
    if (role && strcmp(role, "system") == 0 && json_is_string(content)) {
        size_t n = json_string_length(content);
        sg_buf s;
        sg_buf_init(&s, n + len + 2);
        if (sg_buf_append(&s, json_string_value(content), n) == SG_OK &&
            sg_buf_append_str(&s, "\n") == SG_OK && sg_buf_append(&s, canary, len) == SG_OK)
            json_string_setn(content, s.data, s.len);
        sg_buf_release(&s);
    } else {
        json_array_insert_new(msgs, 0,
                              json_pack("{s:s, s:s#}", "role", "system", "content", canary,
                                        (int)len));
    }
    return true;
}

/* ---- the walk on bytes ---------------------------------------------------------------------- */

struct bwalk {
    sg_gw_text_fn fn;
    void *user;
    const char *body;
    struct sg_gw_walkbuf *wb; /* the caller's, or &own */
    struct sg_gw_walkbuf own;
    size_t nsp;
    bool rewritten;
    bool nomem;
};

/* Appends s as the body of a JSON string (no quotes), written in place:
 * appending around each escape cost more than the walk itself for the
 * canary's line breaks. Runs of bytes that need no escape are found eight
 * at a time (jscan.c's test) and copied whole. Room for what is left plus
 * one escape is kept reserved, re-reserved after an escape when less
 * remains (so a long text is not reserved 6 bytes a byte). */
static sg_err escape_hex(sg_buf *b, const char *s, size_t n, const char *hex)
{
    if (n > SIZE_MAX - 6)
        return SG_ERR_TOO_LARGE;
    sg_err rc = sg_buf_reserve(b, n + 6);
    if (rc)
        return rc;
    char *d = b->data + b->len;
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *q = sg__gw_json_plain(p, end);
        memcpy(d, p, (size_t)(q - p));
        d += q - p;
        if ((p = q) == end)
            break;
        unsigned char c = (unsigned char)*p++;
        if (c >= 0x20 && c != '"' && c != '\\') {
            /* UTF-8 (copied as it is, the rest of its run too), or the
             * tail the 8-byte test does not reach */
            *d++ = (char)c;
            while (p < end && (unsigned char)*p >= 0x80)
                *d++ = *p++;
            continue;
        }
        *d++ = '\\';
        switch (c) {
        case '"': case '\\': *d++ = (char)c; break;
        case '\n': *d++ = 'n'; break;
        case '\r': *d++ = 'r'; break;
        case '\t': *d++ = 't'; break;
        case '\b': *d++ = 'b'; break;
        case '\f': *d++ = 'f'; break;
        default:
            memcpy(d, "u00", 3);
            d[3] = hex[c >> 4], d[4] = hex[c & 15];
            d += 5;
        }
        /* Keep room for the rest plus one escape (and the terminator). */
        size_t used = (size_t)(d - b->data), left = (size_t)(end - p);
        if (b->cap - 1 - used < left + 6) {
            b->len = used;
            if ((rc = sg_buf_reserve(b, left + 6)))
                return rc;
            d = b->data + b->len;
        }
    }
    b->len = (size_t)(d - b->data);
    b->data[b->len] = '\0';
    return SG_OK;
}

/* As sg_json_dump writes a string (jansson's \\u escapes in capitals would
 * do as well; these bytes go to the upstream, compared as JSON). */
static sg_err escape_into(sg_buf *b, const char *s, size_t n)
{
    return escape_hex(b, s, n, "0123456789abcdef");
}

/* Drops what was appended to b after len bytes (a failed append). */
static void cut_to(sg_buf *b, size_t len)
{
    if (b->data && len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

/* Records a splice whose JSON text is wb->ins's bytes from ins_at on (just
 * appended by the caller). */
static void add_splice(struct bwalk *w, size_t at, size_t cut, size_t ins_at)
{
    struct sg_gw_walkbuf *wb = w->wb;
    struct sg_gw_splice *q = sg_array_grow(wb->sp, &wb->sp_cap, w->nsp + 1, sizeof *q, 8);
    if (!q) {
        w->nomem = true;
        return;
    }
    wb->sp = q;
    wb->sp[w->nsp++] = (struct sg_gw_splice){at, cut, ins_at, wb->ins.len - ins_at};
}

/* The decoded text of string s (plus "\n" and the canary if given): in place
 * when it holds no escape and no canary is added. */
static bool text_of(struct bwalk *w, const struct sg_gw_jv *s, const char *canary, size_t clen,
                    const char **text, size_t *len)
{
    const char *raw = s->p + 1;
    size_t rn = s->n - 2;
    bool esc = memchr(raw, '\\', rn) != NULL;
    if (!esc && !canary) {
        *text = raw, *len = rn;
        return true;
    }
    size_t n = esc ? sg__gw_jv_strlen(s) : rn;
    struct sg_gw_walkbuf *wb = w->wb;
    char *dec = sg_array_grow(wb->dec, &wb->dec_cap, n + clen + 2, 1, 256);
    if (!dec)
        return false;
    wb->dec = dec;
    if (esc)
        (void)sg__gw_jv_str(s, wb->dec, n + 1);
    else
        memcpy(wb->dec, raw, n);
    if (canary) {
        wb->dec[n++] = '\n';
        memcpy(wb->dec + n, canary, clen);
        n += clen;
    }
    wb->dec[n] = '\0';
    *text = wb->dec, *len = n;
    return true;
}

/* Calls fn on text; a replacement (valid UTF-8, as json_string_set wants)
 * becomes a JSON string in *json. Returns fn's reason. */
static enum sg_gw_reason call(struct bwalk *w, const char *role, const char *text, size_t len,
                              sg_buf *json, bool *replaced)
{
    char *replace = NULL;
    *replaced = false;
    enum sg_gw_reason r = w->fn(w->user, role, text, len, &replace);
    if (replace) {
        w->rewritten = true;
        size_t n = strlen(replace);
        /* json_string_set leaves the string as it was if not UTF-8. */
        if (sg__gw_utf8_ok(replace, n)) {
            if (sg_buf_append_byte(json, '"') || escape_into(json, replace, n) ||
                sg_buf_append_byte(json, '"'))
                w->nomem = true;
            else
                *replaced = true;
        }
        free(replace);
    }
    return r;
}

/* Visits string s (with the canary appended to its text if given). */
static enum sg_gw_reason visit(struct bwalk *w, const char *role, const struct sg_gw_jv *s,
                               const char *canary, size_t clen)
{
    const char *text;
    size_t len;
    if (!text_of(w, s, canary, clen, &text, &len)) {
        w->nomem = true;
        return SG_GW_OVERLOADED;
    }
    sg_buf *ins = &w->wb->ins;
    size_t ins_at = ins->len;
    bool replaced;
    enum sg_gw_reason r = call(w, role, text, len, ins, &replaced);
    size_t at = (size_t)(s->p - w->body);
    if (replaced) {
        add_splice(w, at, s->n, ins_at);
    } else if (canary) {
        /* The canary goes before the closing quote. */
        cut_to(ins, ins_at);
        if (sg_buf_append_str(ins, "\\n") || escape_into(ins, canary, clen))
            w->nomem = true;
        else
            add_splice(w, at + s->n - 1, 0, ins_at);
    }
    return r;
}

/* The role of a message as the tree walk reads it: its string, else dflt. */
static const char *role_of(struct bwalk *w, const struct sg_gw_jv *role, const char *dflt)
{
    if (!sg__gw_jv_is(role, '"'))
        return dflt;
    size_t n = sg__gw_jv_strlen(role);
    struct sg_gw_walkbuf *wb = w->wb;
    char *grown = sg_array_grow(wb->role, &wb->role_cap, n + 1, 1, 256);
    if (!grown) {
        w->nomem = true;
        return dflt;
    }
    wb->role = grown;
    (void)sg__gw_jv_str(role, wb->role, n + 1);
    return wb->role;
}

static enum sg_gw_reason visit_content(struct bwalk *w, const char *role,
                                       const struct sg_gw_jv *content)
{
    static const char *const text_key[] = {"text"};
    if (sg__gw_jv_is(content, '"'))
        return visit(w, role, content, NULL, 0);
    if (!sg__gw_jv_is(content, '['))
        return SG_GW_OK;
    struct sg_gw_jit it;
    struct sg_gw_jv part, t;
    enum sg_gw_reason r;
    sg__gw_jv_iter(content, &it);
    while (sg__gw_jv_next(&it, &part)) {
        sg__gw_jv_members(&part, text_key, 1, &t);
        if (sg__gw_jv_is(&t, '"') && (r = visit(w, role, &t, NULL, 0)))
            return r;
    }
    return SG_GW_OK;
}

static enum sg_gw_reason visit_plain(struct bwalk *w, const struct sg_gw_jv *in)
{
    if (sg__gw_jv_is(in, '"'))
        return visit(w, "user", in, NULL, 0);
    if (!sg__gw_jv_is(in, '['))
        return SG_GW_OK;
    struct sg_gw_jit it;
    struct sg_gw_jv x;
    enum sg_gw_reason r;
    sg__gw_jv_iter(in, &it);
    while (sg__gw_jv_next(&it, &x))
        if (sg__gw_jv_is(&x, '"') && (r = visit(w, "user", &x, NULL, 0)))
            return r;
    return SG_GW_OK;
}

/* The chat messages, the canary planted as sg__gw_plant_canary does. */
static enum sg_gw_reason walk_chat(struct bwalk *w, const struct sg_gw_jv *msgs,
                                   const char *canary, size_t clen)
{
    static const char *const mkeys[] = {"role", "content"};
    struct sg_gw_jit it;
    struct sg_gw_jv m, f[2];
    enum sg_gw_reason r = SG_GW_OK;
    bool is_arr = sg__gw_jv_is(msgs, '[');
    bool first = true;
    if (canary && is_arr) {
        /* Into the first message if it is the system's with a string
         * content, else as a new system message in front. */
        bool into_first = false;
        sg__gw_jv_iter(msgs, &it);
        if (sg__gw_jv_next(&it, &m)) {
            sg__gw_jv_members(&m, mkeys, 2, f);
            const char *role = role_of(w, &f[0], NULL);
            into_first = role && strcmp(role, "system") == 0 && sg__gw_jv_is(&f[1], '"');
        }
        if (!into_first) {
            first = false;
            sg_buf *ins = &w->wb->ins;
            size_t ins_at = ins->len;
            bool replaced;
            bool pre_ok = sg_buf_append_str(ins, "{\"role\":\"system\",\"content\":") == SG_OK;
            /* A replacement is appended right after the prefix. */
            r = call(w, "system", canary, clen, ins, &replaced);
            bool more = sg__gw_jv_count(msgs) > 0;
            if (!pre_ok ||
                (!replaced && (sg_buf_append_byte(ins, '"') || escape_into(ins, canary, clen) ||
                               sg_buf_append_byte(ins, '"'))) ||
                sg_buf_append_str(ins, more ? "}," : "}"))
                w->nomem = true;
            else
                add_splice(w, (size_t)(msgs->p - w->body) + 1, 0, ins_at);
            if (r)
                return r;
        }
    }
    if (!is_arr)
        return SG_GW_OK;
    sg__gw_jv_iter(msgs, &it);
    while (sg__gw_jv_next(&it, &m)) {
        sg__gw_jv_members(&m, mkeys, 2, f);
        const char *role = role_of(w, &f[0], "user");
        /* Tool results and retrieved content are where indirect injection
         * arrives: they are checked like any other role. */
        if (first && canary)
            r = visit(w, role, &f[1], canary, clen);
        else
            r = visit_content(w, role, &f[1]);
        first = false;
        if (r)
            break;
    }
    return r;
}

static enum sg_gw_reason walk_responses(struct bwalk *w, const struct sg_gw_jv *ins,
                                        const struct sg_gw_jv *in)
{
    static const char *const ikeys[] = {"role", "output", "content"};
    enum sg_gw_reason r;
    if (sg__gw_jv_is(ins, '"') && (r = visit(w, "system", ins, NULL, 0)))
        return r;
    if (sg__gw_jv_is(in, '"'))
        return visit(w, "user", in, NULL, 0);
    if (!sg__gw_jv_is(in, '['))
        return SG_GW_OK;
    struct sg_gw_jit it;
    struct sg_gw_jv m, f[3];
    sg__gw_jv_iter(in, &it);
    while (sg__gw_jv_next(&it, &m)) {
        sg__gw_jv_members(&m, ikeys, 3, f);
        const char *role = role_of(w, &f[0], "user");
        if (sg__gw_jv_is(&f[1], '"') && (r = visit(w, "tool", &f[1], NULL, 0)))
            return r;
        if ((r = visit_content(w, role, &f[2])))
            return r;
    }
    return SG_GW_OK;
}

static int by_at(const void *a, const void *b)
{
    const struct sg_gw_splice *x = a, *y = b;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* The body with the splices applied, into out. */
static sg_err apply(struct bwalk *w, const char *body, size_t len, sg_buf *out)
{
    const struct sg_gw_walkbuf *wb = w->wb;
    if (w->nsp > 1)
        qsort(wb->sp, w->nsp, sizeof *wb->sp, by_at);
    size_t pos = 0;
    sg_err rc = sg_buf_reserve(out, len + 64);
    for (size_t i = 0; i < w->nsp && rc == SG_OK; i++) {
        rc = sg_buf_append(out, body + pos, wb->sp[i].at - pos);
        if (rc == SG_OK)
            rc = sg_buf_append(out, wb->ins.data + wb->sp[i].ins, wb->sp[i].ins_len);
        pos = wb->sp[i].at + wb->sp[i].cut;
    }
    return rc ? rc : sg_buf_append(out, body + pos, len - pos);
}

/* ---- the walks' working memory ---------------------------------------------------------- */

/* What a walkbuf keeps between walks: enough for ordinary requests, so that
 * a loop's walks allocate nothing, and no more, so that one huge request
 * does not pin its buffers for the loop's lifetime. */
#define WALKBUF_KEEP ((size_t)64 << 10)
#define WALKBUF_KEEP_SPLICES 64

void sg__gw_walkbuf_init(struct sg_gw_walkbuf *wb)
{
    memset(wb, 0, sizeof *wb);
    sg_buf_init(&wb->ins, SIZE_MAX / 2);
}

void sg__gw_walkbuf_release(struct sg_gw_walkbuf *wb)
{
    free(wb->dec);
    free(wb->role);
    free(wb->sp);
    sg_buf_release(&wb->ins);
    sg__gw_walkbuf_init(wb);
}

/* Empties wb for the next walk, freeing what is above the keep limits. */
static void walkbuf_done(struct sg_gw_walkbuf *wb)
{
    if (wb->dec_cap > WALKBUF_KEEP) {
        free(wb->dec);
        wb->dec = NULL, wb->dec_cap = 0;
    }
    if (wb->role_cap > WALKBUF_KEEP) {
        free(wb->role);
        wb->role = NULL, wb->role_cap = 0;
    }
    if (wb->sp_cap > WALKBUF_KEEP_SPLICES) {
        free(wb->sp);
        wb->sp = NULL, wb->sp_cap = 0;
    }
    if (wb->ins.cap > WALKBUF_KEEP)
        sg_buf_release(&wb->ins);
    else
        sg_buf_reset(&wb->ins);
}

/* Starts a walk on the caller's buffers, or on own (released by finish)
 * when there are none. */
static void walk_start(struct bwalk *w, struct sg_gw_walkbuf *wb, sg_gw_text_fn fn, void *user,
                       const char *body)
{
    *w = (struct bwalk){.fn = fn, .user = user, .body = body, .wb = wb ? wb : &w->own};
    if (!wb)
        sg__gw_walkbuf_init(&w->own);
    sg_buf_reset(&w->wb->ins);
}

/* Ends a walk: the body with its splices into out if anything was
 * rewritten; hands the buffers back. nomem is the reason when memory ran
 * out. */
static enum sg_gw_reason finish(struct bwalk *w, enum sg_gw_reason r, enum sg_gw_reason nomem,
                                const char *body, size_t len, sg_buf *out, bool *rewritten)
{
    if (w->nomem && r == SG_GW_OK)
        r = nomem;
    if (r == SG_GW_OK && w->rewritten) {
        *rewritten = true;
        if (apply(w, body, len, out))
            r = SG_GW_TOO_LARGE;
    }
    if (w->wb == &w->own)
        sg__gw_walkbuf_release(&w->own);
    else
        walkbuf_done(w->wb);
    return r;
}

static void root_of(const char *s, size_t len, struct sg_gw_jv *root)
{
    const char *p = s, *e = s + len;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        e--;
    *root = (struct sg_gw_jv){p, (size_t)(e - p)};
}

enum sg_gw_reason sg__gw_guard_texts(struct sg_gw_request_view *v, const char *path,
                                     const char *canary, size_t clen, sg_gw_text_fn fn,
                                     void *user, sg_buf *out, bool *rewritten)
{
    return sg__gw_guard_texts_wb(v, path, canary, clen, fn, user, NULL, out, rewritten);
}

enum sg_gw_reason sg__gw_guard_texts_wb(struct sg_gw_request_view *v, const char *path,
                                        const char *canary, size_t clen, sg_gw_text_fn fn,
                                        void *user, struct sg_gw_walkbuf *wb, sg_buf *out,
                                        bool *rewritten)
{
    enum sg_gw_reason r = SG_GW_OK;
    *rewritten = false;
    if (v->body) {
        /* The scanner was unsure and the reference built the tree: walk it. */
        bool rw = false;
        if (canary)
            *rewritten = sg__gw_plant_canary(v->body, canary, clen);
        if ((r = sg__gw_policy_texts(v, path, fn, user, &rw)))
            return r;
        *rewritten = *rewritten || rw;
        if (*rewritten && sg_json_dump(v->body, JSON_COMPACT, out))
            return SG_GW_TOO_LARGE;
        return SG_GW_OK;
    }
    if (!v->src)
        return SG_GW_OVERLOADED;
    static const char *const keys[] = {"messages", "prompt", "input", "instructions"};
    struct sg_gw_jv root, f[4];
    struct bwalk w;
    walk_start(&w, wb, fn, user, v->src);
    root_of(v->src, v->src_len, &root);
    sg__gw_jv_members(&root, keys, 4, f);
    if (strcmp(path, "/v1/chat/completions") == 0) {
        r = walk_chat(&w, &f[0], canary, clen);
        if (canary)
            w.rewritten = true;
    } else if (strcmp(path, "/v1/completions") == 0) {
        r = visit_plain(&w, &f[1]);
    } else if (strcmp(path, "/v1/embeddings") == 0) {
        r = visit_plain(&w, &f[2]);
    } else if (strcmp(path, "/v1/responses") == 0) {
        r = walk_responses(&w, &f[3], &f[2]);
    }
    /* Out of memory: refuse rather than skip the guardrails. */
    return finish(&w, r, SG_GW_OVERLOADED, v->src, v->src_len, out, rewritten);
}

/* ---- the texts of a whole answer (the output guardrails) ------------------------------------ */

static enum sg_gw_reason tree_text(json_t *holder, const char *field, sg_gw_text_fn fn,
                                   void *user, bool *changed)
{
    json_t *s = json_object_get(holder, field);
    char *replace = NULL;
    if (!json_is_string(s))
        return SG_GW_OK;
    enum sg_gw_reason r = fn(user, "output", json_string_value(s), json_string_length(s), &replace);
    if (replace) {
        json_string_set(s, replace);
        free(replace);
        *changed = true;
    }
    return r;
}

enum sg_gw_reason sg__gw_answer_texts_tree(json_t *doc, sg_gw_text_fn fn, void *user,
                                           bool *changed)
{
    size_t i, j;
    json_t *x, *part;
    enum sg_gw_reason r = SG_GW_OK;
    json_array_foreach(json_object_get(doc, "choices"), i, x)
    {
        json_t *m = json_object_get(x, "message");
        if ((r = tree_text(json_is_object(m) ? m : x, json_is_object(m) ? "content" : "text", fn,
                           user, changed)))
            return r;
    }
    json_array_foreach(json_object_get(doc, "output"), i, x) /* /v1/responses */
        json_array_foreach(json_object_get(x, "content"), j, part) if ((r = tree_text(
            part, "text", fn, user, changed))) return r;
    return r;
}

int sg__gw_answer_scan(const char *data, size_t len, struct sg_gw_answer_scan *a,
                       int64_t *prompt, int64_t *completion, int64_t *total)
{
    static const char *const keys[] = {"choices", "output", "usage"};
    struct sg_gw_jv root;
    a->data = data;
    a->len = len;
    if (!sg__gw_jscan(data, len, keys, 3, &root, a->f) || !sg__gw_jv_is(&root, '{'))
        return -1;
    if (!sg__gw_jv_is(&a->f[2], '{'))
        return 0;
    sg__gw_jv_usage(&a->f[2], prompt, completion, total);
    return 1;
}

enum sg_gw_reason sg__gw_answer_walk(const struct sg_gw_answer_scan *a, sg_gw_text_fn fn,
                                     void *user, struct sg_gw_walkbuf *wb, sg_buf *out,
                                     bool *changed)
{
    static const char *const ckeys[] = {"message", "text"}, *const content[] = {"content"},
                             *const text[] = {"text"};
    struct sg_gw_jv x, c[2], t, part;
    struct sg_gw_jit it, jt;
    struct bwalk w;
    enum sg_gw_reason r = SG_GW_OK;
    *changed = false;
    walk_start(&w, wb, fn, user, a->data);
    if (sg__gw_jv_is(&a->f[0], '[')) {
        sg__gw_jv_iter(&a->f[0], &it);
        while (r == SG_GW_OK && sg__gw_jv_next(&it, &x)) {
            sg__gw_jv_members(&x, ckeys, 2, c);
            if (sg__gw_jv_is(&c[0], '{'))
                sg__gw_jv_members(&c[0], content, 1, &t);
            else
                t = c[1];
            if (sg__gw_jv_is(&t, '"'))
                r = visit(&w, "output", &t, NULL, 0);
        }
    }
    if (r == SG_GW_OK && sg__gw_jv_is(&a->f[1], '[')) {
        sg__gw_jv_iter(&a->f[1], &it);
        while (r == SG_GW_OK && sg__gw_jv_next(&it, &x)) {
            sg__gw_jv_members(&x, content, 1, c);
            if (!sg__gw_jv_is(&c[0], '['))
                continue;
            sg__gw_jv_iter(&c[0], &jt);
            while (r == SG_GW_OK && sg__gw_jv_next(&jt, &part)) {
                sg__gw_jv_members(&part, text, 1, &t);
                if (sg__gw_jv_is(&t, '"'))
                    r = visit(&w, "output", &t, NULL, 0);
            }
        }
    }
    return finish(&w, r, SG_GW_GUARD_OUTPUT, a->data, a->len, out, changed);
}

int sg__gw_answer_texts(const char *data, size_t len, sg_gw_text_fn fn, void *user, sg_buf *out,
                        bool *changed, enum sg_gw_reason *reason)
{
    static const char *const keys[] = {"choices", "output"};
    struct sg_gw_answer_scan a = {data, len, {{NULL, 0}}};
    struct sg_gw_jv root;
    *changed = false;
    if (!sg__gw_jscan(data, len, keys, 2, &root, a.f))
        return -1;
    *reason = sg__gw_answer_walk(&a, fn, user, NULL, out, changed);
    return 0;
}

/* ---- a streamed event's text replaced in its bytes ------------------------------------------- */

bool sg__gw_event_plain(const char *data, size_t len)
{
    if (memchr(data, '\\', len))
        return false;
    /* Without escapes every quote opens or closes a string. */
    bool in_str = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '"') {
            in_str = !in_str;
            continue;
        }
        if (in_str)
            continue;
        switch (c) {
        case ' ': case '\t': case '\n': case '\r': case '.': case '+':
            return false; /* spacing, or a real number: the dump writes them otherwise */
        case 'e': case 'E':
            if (i > 0 && data[i - 1] >= '0' && data[i - 1] <= '9')
                return false; /* an exponent */
            break;
        case '-':
            if (i + 1 < len && data[i + 1] == '0')
                return false; /* -0 is dumped as 0 */
            break;
        default:
            break;
        }
    }
    return !in_str;
}

sg_err sg__gw_event_splice(const char *data, size_t len, const struct sg_gw_jv *text,
                           const char *rel, size_t rlen, sg_buf *out)
{
    size_t at = (size_t)(text->p - data), end = at + text->n;
    sg_err rc = sg_buf_append(out, data, at);
    if (rc == SG_OK && !sg__gw_utf8_ok(rel, rlen))
        rc = sg_buf_append(out, data + at, text->n); /* kept, as json_stringn refuses it */
    else if (rc == SG_OK && !(rc = sg_buf_append_byte(out, '"')) &&
             !(rc = escape_hex(out, rel, rlen, "0123456789ABCDEF")))
        rc = sg_buf_append_byte(out, '"');
    return rc ? rc : sg_buf_append(out, data + end, len - end);
}

bool sg__gw_release_event(const char *path, const char *text, size_t len, sg_buf *out)
{
    const char *head, *tail;
    if (!sg__gw_utf8_ok(text, len))
        return false;
    if (strcmp(path, "/v1/responses") == 0) {
        head = "{\"type\":\"response.output_text.delta\",\"output_index\":0,"
               "\"content_index\":0,\"delta\":\"";
        tail = "\"}";
    } else if (strcmp(path, "/v1/completions") == 0) {
        head = "{\"object\":\"text_completion\",\"choices\":[{\"index\":0,\"text\":\"";
        tail = "\"}]}";
    } else {
        head = "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
               "\"content\":\"";
        tail = "\"}}]}";
    }
    return sg_buf_append_str(out, head) == SG_OK &&
           escape_hex(out, text, len, "0123456789ABCDEF") == SG_OK &&
           sg_buf_append_str(out, tail) == SG_OK;
}
