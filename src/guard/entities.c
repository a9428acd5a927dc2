/* entities.c - finds every secret and PII trigger in a text and hands each
 * hit to its extractor (secrets.c, pii.c); the validated spans are sorted
 * and de-overlapped (secrets win over PII, longer wins over shorter) so that
 * redaction is exact. To stay near memory speed on prose, one Hyperscan
 * pass runs the literal-anchored triggers over the whole text, and one
 * vectorised gate sends only digit-dense regions to the digit-only triggers
 * (cards, phones, national ids), "AB12" places to the IBAN trigger,
 * keyword-':'/'=' places to the generic-secret trigger, '+' before a digit
 * to the international phone trigger and "-d-" after "xapp" to the Slack
 * app-token trigger; e-mail addresses are found from each '@' directly. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "guard_int.h"

#define MAX_PATTERNS 64

static const struct sg__entity_pattern *pattern_at(unsigned id)
{
    return id < sg__guard_secret_pattern_count
               ? &sg__guard_secret_patterns[id]
               : &sg__guard_pii_patterns[id - sg__guard_secret_pattern_count];
}

/* The database a pass's triggers are compiled into: the gated literal
 * passes (PLUS, EMAIL, XAPP) share GENERIC's. */
static enum sg__entity_pass pass_db(enum sg__entity_pass pass)
{
    return pass > SG__PASS_GENERIC ? SG__PASS_GENERIC : pass;
}

static sg_err compile_pass(enum sg__entity_pass pass, const char *name, hs_database_t **db,
                           struct sg_error *err)
{
    const char *exprs[MAX_PATTERNS];
    unsigned flags[MAX_PATTERNS], ids[MAX_PATTERNS], k = 0;
    unsigned n = (unsigned)(sg__guard_secret_pattern_count + sg__guard_pii_pattern_count);
    if (n > MAX_PATTERNS)
        return sg_error_set(err, SG_ERR_INTERNAL, "guard entities", "too many patterns");
    for (unsigned i = 0; i < n; i++) {
        if (pass_db(pattern_at(i)->pass) != pass)
            continue;
        exprs[k] = pattern_at(i)->expr;
        flags[k] = pattern_at(i)->flags;
        ids[k++] = i; /* the global index, so one callback serves both passes */
    }
    return sg__guard_hs_compile(name, exprs, flags, ids, k, db, err);
}

sg_err sg__guard_entities_compile(hs_database_t **main_db, hs_database_t **digit_db,
                                  hs_database_t **iban_db, hs_database_t **generic_db,
                                  struct sg_error *err)
{
    static const char *const names[] = {"entities", "digits", "iban", "generic"};
    hs_database_t **dbs[] = {main_db, digit_db, iban_db, generic_db};
    _Static_assert(sizeof names / sizeof names[0] == SG__PASS_GENERIC + 1, "one name per pass");
    for (unsigned p = 0; p <= SG__PASS_GENERIC; p++) {
        sg_err rc = compile_pass((enum sg__entity_pass)p, names[p], dbs[p], err);
        if (rc) {
            while (p-- > 0) {
                hs_free_database(*dbs[p]);
                *dbs[p] = NULL;
            }
            return rc;
        }
    }
    return SG_OK;
}

/* Candidates live on the stack up to LOCAL_CANDIDATES (every ordinary answer,
 * no allocation per check) and grow on the heap up to MAX_CANDIDATES: a text
 * made of nothing but card-like digits must not allocate without limit. */
#define LOCAL_CANDIDATES 64
#define MAX_CANDIDATES 4096

struct scan_state {
    const char *text;
    size_t len;
    /* End of the last span found per pass and type: each pass reports its
     * ends in increasing order, the passes one after another or interleaved
     * (gated batches), so each keeps its own. */
    size_t covered[SG__PASS_COUNT][SG_ENT_COUNT];
    struct sg_guard_entity *cand;
    size_t n, cap;
    bool truncated, nomem;
    struct sg_guard_entity local[LOCAL_CANDIDATES];
};

static bool grow(struct scan_state *st)
{
    if (st->cap >= MAX_CANDIDATES)
        return false;
    size_t cap = st->cap * 4 < MAX_CANDIDATES ? st->cap * 4 : MAX_CANDIDATES;
    struct sg_guard_entity *c = malloc(cap * sizeof *c);
    if (!c) {
        st->nomem = true;
        return false;
    }
    memcpy(c, st->cand, st->n * sizeof *c);
    if (st->cand != st->local)
        free(st->cand);
    st->cand = c;
    st->cap = cap;
    return true;
}

/* One trigger hit ending at byte end of the text. */
static int hit(struct scan_state *st, unsigned id, size_t end)
{
    const struct sg__entity_pattern *p = pattern_at(id);
    size_t *covered = &st->covered[p->pass][p->type];
    /* Later end offsets inside a span already found add nothing. */
    if (end <= *covered)
        return 0;
    size_t s, e;
    if (!p->extract(st->text, st->len, end, &s, &e) || e <= s)
        return 0;
    if (e <= *covered && st->n && st->cand[st->n - 1].type == p->type)
        return 0;
    *covered = e;
    if (st->n == st->cap && !grow(st)) {
        st->truncated = true;
        return st->nomem ? 1 : 0;
    }
    st->cand[st->n++] = (struct sg_guard_entity){p->type, s, e, SG_GUARD_LOG};
    return 0;
}

static int on_entity(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                     void *ctx)
{
    (void)from, (void)flags;
    return hit(ctx, id, (size_t)to);
}

/* ---- the gates -----------------------------------------------------------------
 * Hyperscan has no literal to skip ahead with in "\\d{4}[ -]?\\d{4}..." or
 * "[A-Z]{2}\\d{2}..." and, mixed with other patterns, runs such triggers in
 * its NFA engine at a fraction of its literal speed (measured on prose with
 * numbers: 0.2 GB/s for the digit set, 0.7 GB/s for the literal-anchored set
 * with the IBAN trigger in it, 2.7 GB/s without). Each such trigger only
 * matches around a cheap-to-spot shape (the contracts in guard_int.h):
 *   DIGITS - a dense cluster of digits, which ordinary numbers (years, dates,
 *            prices, counts, times, versions) do not form;
 *   IBAN   - two capitals and two digits at the start of the match.
 * The caseless generic-secret trigger is literal-anchored but was half the
 * literal pass on its own (many short keywords), so it is gated too:
 *   GENERIC - a ':' or '=' just after the end of one of its keywords;
 * and so are three triggers that made the literal pass three times as
 * costly on text with numbers (guard_int.h: PLUS, EMAIL, XAPP).
 * So one vectorised pass finds the digits and the ':'/'=' bytes, groups the
 * digits into clusters (at most SG__DIGIT_GAP other bytes between two
 * digits), spots "AB12" and looks behind each ':'/'='; only those places,
 * widened to where a match can lie, go to the small DIGITS, IBAN and GENERIC
 * databases. Small regions are copied into a batch separated by NUL
 * bytes (which no gated trigger matches), so a log full of timestamps costs
 * one Hyperscan call per batch, not one per line; a digit region with no
 * trigger's shape in it is not copied at all (digits_may_match). A match
 * always lies inside a region, so the hits are exactly those of a full scan
 * (test_entities.c, fuzz_guard_text and fuzz_guard_entities check this). */

static bool is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

#define BATCH 4096
#define BATCH_REGIONS 128

/* Regions for one database: the pending one (touching regions merge), and
 * the batch; region k sits at buffer offset at[k] and text offset from[k]. */
struct batch {
    const hs_database_t *db;
    enum sg__entity_pass pass; /* hits of other passes' triggers are dropped */
    size_t pend_start, pend_end;
    bool has_pending;
    size_t used, n_reg, cursor, at[BATCH_REGIONS], from[BATCH_REGIONS];
    /* The fill as if every region were copied: a region that cannot match
     * (digits_may_match) is left out, but counted, so the batch is scanned
     * at the same moments and the hits of the three batches arrive in the
     * same order as with it. */
    size_t vused, vn_reg;
    char buf[BATCH];
};

struct gate {
    hs_scratch_t *scratch;
    struct scan_state *st;
    /* gate_walk_ref: the digit cluster being built, and its current run of
     * adjacent digits */
    size_t c_start, c_last, c_digits, run_len;
    bool has_cluster, c_qualifies;
    /* gate_walk: a qualifying cluster whose region is handed over at the
     * next digit (where the reference walk learns that it has ended) */
    size_t q_start, q_last;
    bool has_qualified;
    size_t walked;  /* clusters ending before this are decided */
    bool f_carry;   /* the filled mask's bit for the byte before the block */
    hs_error_t hs_rc;
    struct batch *scanning; /* the batch on_batch_hit maps hits for */
    struct batch digits, iban, generic, plus, email, xapp;
    unsigned email_id; /* the EMAIL trigger's pattern index (gate_email) */
    /* Tests only: when recording, batch_add notes (pass, start, end) in rec
     * and scans nothing. */
    bool recording;
    size_t *rec, rec_n, rec_cap;
};

static int on_batch_hit(unsigned id, unsigned long long from, unsigned long long to,
                        unsigned flags, void *ctx)
{
    (void)from, (void)flags;
    struct gate *g = ctx;
    struct batch *b = g->scanning;
    /* The gated literal passes share one database; each batch keeps its
     * own pass's hits (the others' lie in their own regions too). */
    if (pattern_at(id)->pass != b->pass)
        return 0;
    /* Hits come in increasing end order; the last matched byte, to - 1,
     * lies in the region the cursor reaches. */
    while (b->cursor + 1 < b->n_reg && b->at[b->cursor + 1] <= to - 1)
        b->cursor++;
    return hit(g->st, id, b->from[b->cursor] + (size_t)(to - b->at[b->cursor]));
}

static void batch_scan(struct gate *g, struct batch *b, const char *data, size_t len)
{
    if (b->n_reg > 0 && g->hs_rc == HS_SUCCESS) {
        b->cursor = 0;
        g->scanning = b;
        hs_error_t rc = sg__guard_hs_scan(b->db, data, len, g->scratch, on_batch_hit, g);
        if (rc != HS_SUCCESS)
            g->hs_rc = rc; /* HS_SCAN_TERMINATED: out of memory for candidates;
                              HS_NOMEM: for a copy (sg__guard_hs_scan) */
    }
    b->used = b->n_reg = b->vused = b->vn_reg = 0;
}

/* Whether a DIGITS trigger (pii.c) can match inside the region p[0, n), as
 * Hyperscan sees it (nothing before or after). Each trigger needs one of:
 *   card, Amex, SSN, NIR - 9 or more digits in runs joined by single ' '
 *                          or '-' bytes;
 *   North-American phone - a run of exactly 3 digits, one ' ', '.' or '-',
 *                          then a run of 4 or more (its middle group);
 *   DNI/NIE              - a run of 7 or more digits, then a letter or '-'
 *                          and a letter.
 * A cluster that qualifies for the gate by its digit count alone, such as
 * a build number "20240518.3" or an address "192.168.10.200", has none of
 * these, and Hyperscan's digit patterns cost ~40 instructions a byte. */
static bool digits_may_match(const unsigned char *p, size_t n)
{
    size_t chain = 0, prev_end = SIZE_MAX, prev_len = 0;
    for (size_t i = 0; i < n;) {
        if (!sg__is_digit(p[i])) {
            i++;
            continue;
        }
        size_t a = i;
        while (i < n && sg__is_digit(p[i]))
            i++;
        size_t len = i - a;
        bool one_byte_gap = prev_end != SIZE_MAX && a == prev_end + 1;
        chain = one_byte_gap && (p[prev_end] == ' ' || p[prev_end] == '-') ? chain + len : len;
        if (chain >= SG__DIGIT_MIN)
            return true;
        if (one_byte_gap && prev_len == 3 && len >= 4 &&
            (p[prev_end] == ' ' || p[prev_end] == '.' || p[prev_end] == '-'))
            return true;
        if (len >= SG__DIGIT_RUN &&
            ((i < n && is_letter(p[i])) || (i + 1 < n && p[i] == '-' && is_letter(p[i + 1]))))
            return true;
        prev_end = i;
        prev_len = len;
    }
    return false;
}

static void batch_flush_pending(struct gate *g, struct batch *b)
{
    if (!b->has_pending)
        return;
    b->has_pending = false;
    size_t len = b->pend_end - b->pend_start;
    if (b->vused + len + 1 > BATCH || b->vn_reg == BATCH_REGIONS)
        batch_scan(g, b, b->buf, b->used);
    bool live = b != &g->digits ||
                digits_may_match((const unsigned char *)g->st->text + b->pend_start, len);
    if (len + 1 > BATCH) {
        /* A long dense stretch: scan it where it is. */
        if (!live)
            return;
        b->at[0] = 0;
        b->from[0] = b->pend_start;
        b->n_reg = 1;
        batch_scan(g, b, g->st->text + b->pend_start, len);
        return;
    }
    b->vused += len + 1;
    b->vn_reg++;
    if (!live)
        return;
    b->at[b->n_reg] = b->used;
    b->from[b->n_reg++] = b->pend_start;
    memcpy(b->buf + b->used, g->st->text + b->pend_start, len);
    b->used += len;
    b->buf[b->used++] = '\0';
}

/* Regions arrive in increasing start order. */
static void batch_add(struct gate *g, struct batch *b, size_t s, size_t e)
{
    if (e > g->st->len)
        e = g->st->len;
    if (g->recording) {
        if (g->rec_n + 3 <= g->rec_cap) {
            g->rec[g->rec_n] = b->pass;
            g->rec[g->rec_n + 1] = s;
            g->rec[g->rec_n + 2] = e;
        }
        g->rec_n += 3;
        return;
    }
    if (b->has_pending && s <= b->pend_end) {
        if (e > b->pend_end)
            b->pend_end = e;
        return;
    }
    batch_flush_pending(g, b);
    b->pend_start = s;
    b->pend_end = e;
    b->has_pending = true;
}

static void batch_finish(struct gate *g, struct batch *b)
{
    batch_flush_pending(g, b);
    batch_scan(g, b, b->buf, b->used);
}

static void batch_init(struct batch *b, const hs_database_t *db, enum sg__entity_pass pass)
{
    /* Not zeroed whole: the buffer is written before it is read. */
    b->db = db;
    b->pass = pass;
    b->has_pending = false;
    b->used = b->n_reg = b->vused = b->vn_reg = b->cursor = 0;
}


/* The run of adjacent digits ending at c_last is over: a DNI/NIE-shaped run
 * (SG__DIGIT_RUN digits, then a letter or '-' and a letter) qualifies. */
static void gate_end_digit_run(struct gate *g)
{
    if (g->run_len < SG__DIGIT_RUN)
        return;
    const unsigned char *t = (const unsigned char *)g->st->text;
    size_t i = g->c_last + 1, len = g->st->len;
    if ((i < len && is_letter(t[i])) || (i + 1 < len && t[i] == '-' && is_letter(t[i + 1])))
        g->c_qualifies = true;
}

static void gate_end_cluster(struct gate *g)
{
    if (!g->has_cluster)
        return;
    g->has_cluster = false;
    gate_end_digit_run(g);
    if (!g->c_qualifies && g->c_digits < SG__DIGIT_MIN)
        return;
    size_t s = g->c_start > SG__DIGIT_MARGIN ? g->c_start - SG__DIGIT_MARGIN : 0;
    batch_add(g, &g->digits, s, g->c_last + 1 + SG__DIGIT_MARGIN);
}

/* A run of n adjacent digits starting at pos (a run cut by a 64-byte block
 * boundary arrives in two pieces and joins up here). */
static void gate_run(struct gate *g, const unsigned char *t, size_t pos, size_t n)
{
    /* "AB12": the only place an IBAN trigger can start. */
    if (pos >= 2 && is_upper(t[pos - 2]) && is_upper(t[pos - 1]) && pos + 1 < g->st->len &&
        sg__is_digit(t[pos + 1]))
        batch_add(g, &g->iban, pos - 2, pos - 2 + SG__IBAN_SPAN);
    if (g->has_cluster && pos - g->c_last <= SG__DIGIT_GAP + 1) {
        if (pos == g->c_last + 1) {
            g->run_len += n;
        } else {
            gate_end_digit_run(g);
            g->run_len = n;
        }
        g->c_last = pos + n - 1;
        g->c_digits += n;
        return;
    }
    gate_end_cluster(g);
    g->has_cluster = true;
    g->c_qualifies = false;
    g->c_start = pos;
    g->c_last = pos + n - 1;
    g->c_digits = g->run_len = n;
}

/* Bit k of *digits set when p[k] is a digit, of *seps when it is ':' or
 * '=', for n <= 64 bytes. */
static inline void block_masks(const unsigned char *p, size_t n, uint64_t *digits, uint64_t *seps)
{
    uint64_t m = 0, q = 0;
#ifdef __SSE2__
    if (n == 64) {
        const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
        const __m128i colon = _mm_set1_epi8(':'), equals = _mm_set1_epi8('=');
        for (int k = 0; k < 4; k++) {
            __m128i b = _mm_loadu_si128((const __m128i *)(p + 16 * k));
            __m128i v = _mm_sub_epi8(b, zero);
            m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, nine), v))
                 << (16 * k);
            q |= (uint64_t)(unsigned)_mm_movemask_epi8(
                     _mm_or_si128(_mm_cmpeq_epi8(b, colon), _mm_cmpeq_epi8(b, equals)))
                 << (16 * k);
        }
        *digits = m;
        *seps = q;
        return;
    }
#endif
    for (size_t k = 0; k < n; k++) {
        m |= (uint64_t)sg__is_digit(p[k]) << k;
        q |= (uint64_t)(p[k] == ':' || p[k] == '=') << k;
    }
    *digits = m;
    *seps = q;
}

/* Whitespace as Hyperscan's \s sees it, and a little more (a wider set only
 * opens more regions, it never loses a match). */
static bool is_space_ish(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xa0;
}

/* The GENERIC contract (guard_int.h): can a generic-secret match use the
 * ':' or '=' at pos? Whitespace right before it, then an optional quote,
 * then the last three letters of a keyword. In prose a ':' mostly follows
 * a digit ("10:00") or a word that is not a keyword, and opens nothing. */
static bool keyword_before(const unsigned char *t, size_t pos)
{
    size_t j = pos;
    for (int w = 0; w < 3 && j > 0 && is_space_ish(t[j - 1]); w++)
        j--;
    if (j > 0 && (t[j - 1] == '"' || t[j - 1] == '\''))
        j--;
    if (j < 3)
        return false;
    /* | 0x20 lower-cases exactly the letters these suffixes are made of. */
    uint32_t x = ((uint32_t)t[j - 3] | (uint32_t)t[j - 2] << 8 | (uint32_t)t[j - 1] << 16) |
                 0x202020u;
#define SUFFIX(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
    return x == SUFFIX('k', 'e', 'y') || x == SUFFIX('r', 'e', 't') || x == SUFFIX('k', 'e', 'n') ||
           x == SUFFIX('a', 's', 's') || x == SUFFIX('s', 'w', 'd') || x == SUFFIX('o', 'r', 'd') ||
           x == SUFFIX('p', 'w', 'd');
#undef SUFFIX
}

static void gate_generic(struct gate *g, const unsigned char *t, size_t i, uint64_t q)
{
    while (q) {
        size_t pos = i + (unsigned)__builtin_ctzll(q);
        q &= q - 1;
        if (keyword_before(t, pos))
            batch_add(g, &g->generic, pos > SG__GENERIC_BEFORE ? pos - SG__GENERIC_BEFORE : 0,
                      pos + SG__GENERIC_AFTER);
    }
}

static bool label_char(unsigned char c) { return sg__is_alnum(c) || c == '-'; }

/* The EMAIL trigger, "@L+(\.L+)*\.[A-Za-z]{2}" with L = [A-Za-z0-9-], needs
 * no automaton: from the '@' at pos, a match ends two letters after each
 * '.' that closes a chain of non-empty labels. Hands each end to hit() in
 * increasing order, as a scan would (test_entities.c and
 * fuzz_guard_entities compare it with Hyperscan's full scan); when
 * recording, notes the bytes a match can span instead. */
static void gate_email(struct gate *g, const unsigned char *t, size_t pos)
{
    size_t len = g->st->len, j = pos + 1;
    if (g->recording) {
        while (j < len && (label_char(t[j]) || t[j] == '.'))
            j++;
        batch_add(g, &g->email, pos, j);
        return;
    }
    while (j < len && label_char(t[j])) {
        while (j < len && label_char(t[j]))
            j++;
        if (j >= len || t[j] != '.')
            return;
        if (j + 2 < len && is_letter(t[j + 1]) && is_letter(t[j + 2]) &&
            hit(g->st, g->email_id, j + 3))
            g->hs_rc = HS_SCAN_TERMINATED; /* out of memory for candidates */
        j++;
    }
}

/* The gated literal passes for the block at i: ap, '@' or '+'; xdash, a '-'
 * that a digit and another '-' follow. Each opens the region its trigger's
 * contract (guard_int.h) allows: "+" only before a digit. */
static void gate_literals(struct gate *g, const unsigned char *t, size_t i, uint64_t ap,
                          uint64_t xdash)
{
    size_t len = g->st->len;
    for (; ap; ap &= ap - 1) {
        size_t pos = i + (unsigned)__builtin_ctzll(ap);
        if (t[pos] == '@')
            gate_email(g, t, pos);
        else if (pos + 1 < len && sg__is_digit(t[pos + 1]))
            batch_add(g, &g->plus, pos, pos + SG__PLUS_SPAN);
    }
    for (; xdash; xdash &= xdash - 1) {
        size_t pos = i + (unsigned)__builtin_ctzll(xdash);
        if (pos >= SG__XAPP_DASH && memcmp(t + pos - SG__XAPP_DASH, "xapp", 4) == 0)
            batch_add(g, &g->xapp, pos - SG__XAPP_DASH, pos - SG__XAPP_DASH + SG__XAPP_SPAN);
    }
}

/* The same masks for the block at i, n bytes, by a plain loop (the
 * reference walk's). */
static void literal_masks_ref(const unsigned char *t, size_t len, size_t i, size_t n,
                              uint64_t *ap, uint64_t *xdash)
{
    *ap = *xdash = 0;
    for (size_t k = 0; k < n; k++) {
        size_t j = i + k;
        *ap |= (uint64_t)(t[j] == '@' || t[j] == '+') << k;
        *xdash |= (uint64_t)(t[j] == '-' && j + 2 < len && sg__is_digit(t[j + 1]) &&
                             t[j + 2] == '-')
                  << k;
    }
}

/* The reference walk, one step per run of digits ("2024" is one step): the
 * plain statement of which regions the gates hand over, and in what order.
 * gate_walk must hand over exactly the same (test_entities.c and
 * fuzz_guard_entities compare the two). */
static void gate_walk_ref(struct gate *g)
{
    const unsigned char *t = (const unsigned char *)g->st->text;
    size_t len = g->st->len;
    g->has_cluster = false;
    for (size_t i = 0; i < len; i += 64) {
        size_t n = len - i < 64 ? len - i : 64;
        uint64_t m, q;
        block_masks(t + i, n, &m, &q);
        gate_generic(g, t, i, q);
        uint64_t ap, xdash;
        literal_masks_ref(t, len, i, n, &ap, &xdash);
        gate_literals(g, t, i, ap, xdash);
        while (m) {
            unsigned s = (unsigned)__builtin_ctzll(m);
            uint64_t rest = ~(m >> s); /* zero bits: the run; ones above bit 63 - s */
            unsigned r = rest ? (unsigned)__builtin_ctzll(rest) : 64; /* 64 digits in a row */
            gate_run(g, t, i + s, r);
            m = s + r >= 64 ? 0 : m & (~(uint64_t)0 << (s + r));
        }
    }
    gate_end_cluster(g);
}

/* A 64-byte block's digits, ':'/'=', upper-case letters, '@' or '+', and
 * '-', bit k for byte k (bytes past n read as none of them). */
struct gate_masks {
    uint64_t d, q, u, ap, dash;
};

static inline void gate_masks_plain(const unsigned char *p, size_t n, struct gate_masks *m)
{
    m->d = m->q = m->u = m->ap = m->dash = 0;
    for (size_t k = 0; k < n; k++) {
        m->d |= (uint64_t)sg__is_digit(p[k]) << k;
        m->q |= (uint64_t)(p[k] == ':' || p[k] == '=') << k;
        m->u |= (uint64_t)is_upper(p[k]) << k;
        m->ap |= (uint64_t)(p[k] == '@' || p[k] == '+') << k;
        m->dash |= (uint64_t)(p[k] == '-') << k;
    }
}

#ifdef __SSE2__
/* Unsigned "x - lo <= span" as signed "x + (0x80 - lo) < 0x80 + span + 1":
 * two operations per class of bytes. */
#define SG_BIAS(lo) ((char)(0x80 - (lo)))
#define SG_LIMIT(span) ((char)(-128 + (span) + 1))

static inline void gate_masks_sse2(const unsigned char *p, struct gate_masks *m)
{
    const __m128i db = _mm_set1_epi8(SG_BIAS('0')), dl = _mm_set1_epi8(SG_LIMIT(9));
    const __m128i ub = _mm_set1_epi8(SG_BIAS('A')), ul = _mm_set1_epi8(SG_LIMIT(25));
    const __m128i colon = _mm_set1_epi8(':'), equals = _mm_set1_epi8('=');
    const __m128i at = _mm_set1_epi8('@'), plus = _mm_set1_epi8('+'), dash = _mm_set1_epi8('-');
    uint64_t d = 0, q = 0, u = 0, a = 0, da = 0;
    for (int k = 0; k < 4; k++) {
        __m128i b = _mm_loadu_si128((const __m128i *)(p + 16 * k));
        a |= (uint64_t)(unsigned)_mm_movemask_epi8(
                 _mm_or_si128(_mm_cmpeq_epi8(b, at), _mm_cmpeq_epi8(b, plus)))
             << (16 * k);
        da |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, dash)) << (16 * k);
        d |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(b, db), dl)) << (16 * k);
        u |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(b, ub), ul)) << (16 * k);
        q |= (uint64_t)(unsigned)_mm_movemask_epi8(
                 _mm_or_si128(_mm_cmpeq_epi8(b, colon), _mm_cmpeq_epi8(b, equals)))
             << (16 * k);
    }
    m->d = d, m->q = q, m->u = u, m->ap = a, m->dash = da;
}
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SG_GATE_AVX2 1
#include <immintrin.h>
__attribute__((target("avx2"))) static inline void gate_masks_avx2(const unsigned char *p,
                                                                   struct gate_masks *m)
{
    const __m256i db = _mm256_set1_epi8(SG_BIAS('0')), dl = _mm256_set1_epi8(SG_LIMIT(9));
    const __m256i ub = _mm256_set1_epi8(SG_BIAS('A')), ul = _mm256_set1_epi8(SG_LIMIT(25));
    const __m256i colon = _mm256_set1_epi8(':'), equals = _mm256_set1_epi8('=');
    __m256i lo = _mm256_loadu_si256((const __m256i *)p), hi = _mm256_loadu_si256((const __m256i *)(p + 32));
#define SG_MASK(v) ((uint64_t)(uint32_t)_mm256_movemask_epi8(v))
#define SG_CLASS(b, bias, lim) _mm256_cmpgt_epi8(lim, _mm256_add_epi8(b, bias))
    m->d = SG_MASK(SG_CLASS(lo, db, dl)) | SG_MASK(SG_CLASS(hi, db, dl)) << 32;
    m->u = SG_MASK(SG_CLASS(lo, ub, ul)) | SG_MASK(SG_CLASS(hi, ub, ul)) << 32;
    m->q = SG_MASK(_mm256_or_si256(_mm256_cmpeq_epi8(lo, colon), _mm256_cmpeq_epi8(lo, equals))) |
           SG_MASK(_mm256_or_si256(_mm256_cmpeq_epi8(hi, colon), _mm256_cmpeq_epi8(hi, equals))) << 32;
    const __m256i at = _mm256_set1_epi8('@'), plus = _mm256_set1_epi8('+'), dash = _mm256_set1_epi8('-');
    m->ap = SG_MASK(_mm256_or_si256(_mm256_cmpeq_epi8(lo, at), _mm256_cmpeq_epi8(lo, plus))) |
            SG_MASK(_mm256_or_si256(_mm256_cmpeq_epi8(hi, at), _mm256_cmpeq_epi8(hi, plus))) << 32;
    m->dash = SG_MASK(_mm256_cmpeq_epi8(lo, dash)) | SG_MASK(_mm256_cmpeq_epi8(hi, dash)) << 32;
#undef SG_CLASS
#undef SG_MASK
}
#endif

/* x moved k (1..63) bits up, the top k bits of the block before (prev)
 * coming in at the bottom: bit j then tells about byte j - k. */
static inline uint64_t up(uint64_t x, uint64_t prev, unsigned k)
{
    return x << k | prev >> (64 - k);
}

/* Bits of a block starting at i for the bytes at pos and after. */
static inline uint64_t from(size_t pos, size_t i)
{
    return pos <= i ? ~(uint64_t)0 : pos - i >= 64 ? 0 : ~(uint64_t)0 << (pos - i);
}

/* The cluster of digits starting at s (the reference's c_start): whether it
 * qualifies (gate_end_cluster's test) and where its last digit is. */
static bool cluster_qualifies(const unsigned char *t, size_t len, size_t s, size_t *last)
{
    _Static_assert(SG__DIGIT_GAP == 2, "gate_walk's fill masks bridge gaps of 1 and 2 bytes");
    size_t p = s, digits = 0;
    bool q = false;
    for (;;) {
        size_t r = p;
        while (r < len && sg__is_digit(t[r]))
            r++;
        digits += r - p;
        if (r - p >= SG__DIGIT_RUN &&
            ((r < len && is_letter(t[r])) || (r + 1 < len && t[r] == '-' && is_letter(t[r + 1]))))
            q = true;
        *last = r - 1;
        if (r + 1 < len && sg__is_digit(t[r + 1]))
            p = r + 1;
        else if (r + 2 < len && sg__is_digit(t[r + 2]))
            p = r + 2;
        else
            break;
    }
    return q || digits >= SG__DIGIT_MIN;
}

/* Bits set in x, without the popcnt instruction the baseline x86-64 lacks
 * (the compiler's fallback is a call). */
static inline unsigned popcount64(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* Where the cluster holding byte pos (a digit, or a gap byte between two of
 * its digits) starts: its first digit. */
static size_t cluster_start(const unsigned char *t, size_t pos)
{
    while (!sg__is_digit(t[pos]))
        pos--;
    for (;;) {
        if (pos >= 1 && sg__is_digit(t[pos - 1]))
            pos -= 1;
        else if (pos >= 2 && sg__is_digit(t[pos - 2]))
            pos -= 2;
        else if (pos >= 3 && sg__is_digit(t[pos - 3]))
            pos -= 3;
        else
            return pos;
    }
}

/* One block's events, in the reference's order: by position, and at one
 * position the "AB12" check, then the qualifying cluster before it, then
 * the cluster starting there. d: the block's digits; f: filled; iban:
 * "AB12" ends; cand: bits of clusters with 7 filled bytes in a row not yet
 * decided. */
static void gate_block_events(struct gate *g, size_t i, uint64_t d, uint64_t f, uint64_t iban,
                              uint64_t cand)
{
    const unsigned char *t = (const unsigned char *)g->st->text;
    for (;;) {
        size_t p_iban = iban ? i + (unsigned)__builtin_ctzll(iban) : SIZE_MAX;
        size_t p_next = SIZE_MAX, p_cand = SIZE_MAX;
        if (g->has_qualified) {
            uint64_t after = d & from(g->q_last + 1, i);
            if (after)
                p_next = i + (unsigned)__builtin_ctzll(after);
        }
        unsigned b = 0;
        uint64_t before = 0;
        if (cand) {
            b = (unsigned)__builtin_ctzll(cand);
            /* cluster starts in the block up to bit b */
            before = f & ~(f << 1 | (uint64_t)(i > 0 && g->f_carry)) & (~(uint64_t)0 >> (63 - b));
            p_cand = before ? i + 63 - (unsigned)__builtin_clzll(before) : cluster_start(t, i + b);
        }
        if (p_iban == SIZE_MAX && p_next == SIZE_MAX && p_cand == SIZE_MAX)
            return;
        if (p_iban <= p_next && p_iban <= p_cand) {
            batch_add(g, &g->iban, p_iban - 2, p_iban - 2 + SG__IBAN_SPAN);
            iban &= iban - 1;
        } else if (p_next <= p_cand) {
            g->has_qualified = false;
            batch_add(g, &g->digits, g->q_start > SG__DIGIT_MARGIN ? g->q_start - SG__DIGIT_MARGIN : 0,
                      g->q_last + 1 + SG__DIGIT_MARGIN);
        } else {
            /* When the cluster lies in this block its digits are counted
             * from the masks; with 7 or 8 of them (and 7 in a row), or
             * when it crosses a block boundary, it is walked. */
            size_t last;
            bool qualifies;
            uint64_t ends = ~f & (~(uint64_t)0 << b);
            if (before && ends) {
                unsigned sb = 63 - (unsigned)__builtin_clzll(before);
                unsigned eb = (unsigned)__builtin_ctzll(ends);
                uint64_t span = (~(uint64_t)0 << sb) & ~(~(uint64_t)0 << eb);
                unsigned digits = popcount64(d & span);
                /* 7 digits in a row inside the cluster (it starts in this
                 * block, so no bit from before is needed) */
                uint64_t d2 = d & d << 1, d4 = d2 & d2 << 2, d7 = d4 & d4 << 3;
                last = i + eb - 1;
                qualifies = digits >= SG__DIGIT_MIN ||
                            ((d7 & span) && cluster_qualifies(t, g->st->len, p_cand, &last));
            } else {
                qualifies = cluster_qualifies(t, g->st->len, p_cand, &last);
            }
            if (qualifies) {
                g->has_qualified = true;
                g->q_start = p_cand;
                g->q_last = last;
            }
            g->walked = last + 1;
            cand &= from(g->walked, i);
        }
    }
}

/* The gate from 64-byte bit masks: hands over the same regions as
 * gate_walk_ref, in the same order, without a step per run of digits. A
 * cluster is a run of ones in F, the digits with gaps of at most 2 bytes
 * filled in. Only a cluster with 7 filled bytes in a row can qualify (9
 * digits, or 7 in a row); only those are counted (a popcount) or walked
 * (cluster_qualifies), a few per kilobyte of text full of dates, prices
 * and versions instead of every number. The reference hands a qualifying
 * cluster over when it meets the next digit (or the end of the text),
 * after the "AB12" check of the run starting there; so does this walk. The
 * masks of the next block are built before a block is looked at (the fill
 * needs its first two digits). */
#define GATE_SPAN 16 /* blocks whose masks are built before their events are handled */

static inline __attribute__((always_inline)) void gate_block_masks(const unsigned char *t,
                                                                   size_t len, size_t j,
                                                                   bool avx2,
                                                                   struct gate_masks *m)
{
    size_t i = j * 64, n = i < len ? (len - i < 64 ? len - i : 64) : 0;
    (void)avx2;
    if (n < 64)
        gate_masks_plain(t + (n ? i : 0), n, m);
#ifdef SG_GATE_AVX2
    else if (avx2)
        gate_masks_avx2(t + i, m);
#endif
    else
#ifdef __SSE2__
        gate_masks_sse2(t + i, m);
#else
        gate_masks_plain(t + i, n, m);
#endif
}

static inline __attribute__((always_inline)) void gate_block_masks_full(const unsigned char *p,
                                                                        bool avx2,
                                                                        struct gate_masks *m)
{
    (void)avx2;
#ifdef SG_GATE_AVX2
    if (avx2) {
        gate_masks_avx2(p, m);
        return;
    }
#endif
#ifdef __SSE2__
    gate_masks_sse2(p, m);
#else
    gate_masks_plain(p, 64, m);
#endif
}

static inline __attribute__((always_inline)) void gate_walk_body(struct gate *g, bool avx2)
{
    const unsigned char *t = (const unsigned char *)g->st->text;
    size_t len = g->st->len;
    size_t blocks = (len + 63) / 64;
    /* The previous block's masks, for the bits that look back across it. */
    uint64_t pd = 0, pf = 0, pf2 = 0, pf4 = 0, pu = 0;
    g->has_qualified = false;
    g->walked = 0;
    struct gate_masks m[GATE_SPAN + 1];
    if (blocks)
        gate_block_masks(t, len, 0, avx2, &m[0]);
    for (size_t j0 = 0; j0 < blocks; j0 += GATE_SPAN) {
        /* The masks first, in a loop without calls (so the vector constants
         * stay in registers). */
        size_t nb = blocks - j0 < GATE_SPAN ? blocks - j0 : GATE_SPAN;
        /* Whole blocks in a loop of vector code alone (with the byte loop
         * of the last block in it, the compiler reloaded the constants
         * every block), then the last, short one and those past the end. */
        size_t full = len / 64, km = 1;
        for (; km <= nb && j0 + km < full; km++)
            gate_block_masks_full(t + (j0 + km) * 64, avx2, &m[km]);
        for (; km <= nb; km++)
            gate_block_masks(t, len, j0 + km, avx2, &m[km]); /* past the end: none */
        /* Then each block's combinations and events (the combinations only
         * look at masks, so the events between them change nothing). */
        for (size_t k = 0; k < nb; k++) {
            uint64_t d = m[k].d, u = m[k].u, nd = m[k + 1].d;
            size_t i = (j0 + k) * 64;
            if (m[k].q)
                gate_generic(g, t, i, m[k].q);
            /* '-', a digit, '-' */
            uint64_t xdash = m[k].dash & (d >> 1 | nd << 63) & (m[k].dash >> 2 | m[k + 1].dash << 62);
            if (m[k].ap | xdash)
                gate_literals(g, t, i, m[k].ap, xdash);
            if (!(d | pd)) {
                /* No digit here or in the block before: nothing below can
                 * be set (prose is mostly such blocks). */
                pf = pf2 = pf4 = 0;
                pu = u;
                continue;
            }
            uint64_t dn = d >> 1 | nd << 63, dnn = d >> 2 | nd << 62; /* digit at j + 1, j + 2 */
            uint64_t dp = up(d, pd, 1), dpp = up(d, pd, 2);           /* digit at j - 1, j - 2 */
            uint64_t f = d | (dp & (dn | dnn)) | (dpp & dn);
            uint64_t f2 = f & up(f, pf, 1), f4 = f2 & up(f2, pf2, 2);
            uint64_t f7 = f4 & up(f4, pf4, 3);                  /* f at j - 6 .. j */
            uint64_t iban = d & dn & up(u, pu, 1) & up(u, pu, 2); /* "AB12" at j - 2 */
            bool f_carry = pf >> 63;
            pd = d, pf = f, pf2 = f2, pf4 = f4, pu = u;
            uint64_t cand = g->walked > i ? f7 & from(g->walked, i) : f7;
            if (iban | cand || (g->has_qualified && (d & from(g->q_last + 1, i)))) {
                g->f_carry = f_carry;
                gate_block_events(g, i, d, f, iban, cand);
            }
        }
        m[0] = m[nb];
    }
    if (g->has_qualified) {
        g->has_qualified = false;
        batch_add(g, &g->digits, g->q_start > SG__DIGIT_MARGIN ? g->q_start - SG__DIGIT_MARGIN : 0,
                  g->q_last + 1 + SG__DIGIT_MARGIN);
    }
}

static void gate_walk_sse2(struct gate *g) { gate_walk_body(g, false); }

#ifdef SG_GATE_AVX2
__attribute__((target("avx2"))) static void gate_walk_avx2(struct gate *g)
{
    gate_walk_body(g, true);
}
#endif

static atomic_bool avx2_refused;

void sg__guard_entities_allow_avx2(bool allow) { atomic_store(&avx2_refused, !allow); }

bool sg__guard_entities_use_avx2(void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    return !atomic_load_explicit(&avx2_refused, memory_order_relaxed) &&
           __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

static void gate_walk(struct gate *g)
{
#ifdef SG_GATE_AVX2
    if (sg__guard_entities_use_avx2()) {
        gate_walk_avx2(g);
        return;
    }
#endif
    gate_walk_sse2(g);
}

static _Atomic int gate_mode = SG__GATE_MASKS;

void sg__guard_entities_set_gate_mode(enum sg__gate_mode mode) { atomic_store(&gate_mode, (int)mode); }

void sg__guard_entities_set_gate(bool on)
{
    sg__guard_entities_set_gate_mode(on ? SG__GATE_MASKS : SG__GATE_OFF);
}

static void gate_init(struct gate *g, const sg_guard *sg, hs_scratch_t *scratch,
                      struct scan_state *st)
{
    g->scratch = scratch;
    g->st = st;
    g->hs_rc = HS_SUCCESS;
    g->recording = false;
    g->rec = NULL;
    g->rec_n = g->rec_cap = 0;
    batch_init(&g->digits, sg ? sg->digit_db : NULL, SG__PASS_DIGITS);
    batch_init(&g->iban, sg ? sg->iban_db : NULL, SG__PASS_IBAN);
    batch_init(&g->generic, sg ? sg->generic_db : NULL, SG__PASS_GENERIC);
    batch_init(&g->plus, sg ? sg->generic_db : NULL, SG__PASS_PLUS);
    batch_init(&g->email, sg ? sg->generic_db : NULL, SG__PASS_EMAIL);
    batch_init(&g->xapp, sg ? sg->generic_db : NULL, SG__PASS_XAPP);
    unsigned n = (unsigned)(sg__guard_secret_pattern_count + sg__guard_pii_pattern_count);
    for (g->email_id = 0; g->email_id + 1 < n && pattern_at(g->email_id)->pass != SG__PASS_EMAIL;)
        g->email_id++;
}

size_t sg__guard_entities_gate_regions(const char *text, size_t len, enum sg__gate_mode mode,
                                       size_t *out, size_t cap)
{
    struct scan_state st = {.text = text, .len = len};
    struct gate gs, *g = &gs;
    gate_init(g, NULL, NULL, &st);
    g->recording = true;
    g->rec = out;
    g->rec_cap = cap;
    if (mode == SG__GATE_WALK_REF)
        gate_walk_ref(g);
    else
        gate_walk(g);
    return g->rec_n;
}

static hs_error_t gated_passes(const sg_guard *sg, hs_scratch_t *scratch, struct scan_state *st)
{
    int mode = atomic_load_explicit(&gate_mode, memory_order_relaxed);
    if (mode == SG__GATE_OFF) {
        hs_error_t rc = sg__guard_hs_scan(sg->digit_db, st->text, st->len, scratch, on_entity, st);
        if (rc == HS_SUCCESS)
            rc = sg__guard_hs_scan(sg->iban_db, st->text, st->len, scratch, on_entity, st);
        if (rc == HS_SUCCESS)
            rc = sg__guard_hs_scan(sg->generic_db, st->text, st->len, scratch, on_entity, st);
        return rc;
    }
    struct gate gs, *g = &gs;
    gate_init(g, sg, scratch, st);
    if (mode == SG__GATE_WALK_REF)
        gate_walk_ref(g);
    else
        gate_walk(g);
    /* Each pass's hits arrive in increasing order of their ends (each keeps
     * its own covered[]), however the batches interleave. */
    batch_finish(g, &g->digits);
    batch_finish(g, &g->iban);
    batch_finish(g, &g->generic);
    batch_finish(g, &g->plus);
    batch_finish(g, &g->email);
    batch_finish(g, &g->xapp);
    return g->hs_rc;
}

static int by_start(const void *a, const void *b)
{
    const struct sg_guard_entity *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1; /* secrets (lower enum) first */
    return x->end > y->end ? -1 : x->end < y->end;
}

/* Between two overlapping spans keep the secret, else the longer. */
static bool better(const struct sg_guard_entity *a, const struct sg_guard_entity *b)
{
    bool sa = sg_guard_entity_is_secret(a->type), sb = sg_guard_entity_is_secret(b->type);
    if (sa != sb)
        return sa;
    return a->end - a->start >= b->end - b->start;
}

sg_err sg__guard_entities_scan(const sg_guard *g, hs_scratch_t *scratch, const char *text,
                               size_t len, const char *canary, struct sg_guard_entity *out,
                               size_t cap, size_t *n, bool *truncated, struct sg_error *err)
{
    *n = 0;
    *truncated = false;
    struct scan_state st = {.text = text, .len = len};
    st.cand = st.local;
    st.cap = LOCAL_CANDIDATES;
    sg_err rc = SG_OK;
    /* Hyperscan takes 32-bit lengths; the CLI and gateway cap far below. */
    if (len > ((size_t)1 << 31))
        return sg_error_set(err, SG_ERR_TOO_LARGE, "guard", "text of %zu bytes is too large", len);
    /* Canaries first: whatever else a hostile text fills the list with, a
     * leaked system prompt is never the entry that gets cut. */
    sg__guard_canary_find(text, len, canary, st.cand, st.cap, &st.n, &st.truncated);
    if (len > 0) {
        hs_error_t hr = sg__guard_hs_scan(g->ent_db, text, len, scratch, on_entity, &st);
        if (hr == HS_SUCCESS)
            hr = gated_passes(g, scratch, &st);
        if (st.nomem || hr == HS_NOMEM) {
            rc = sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
            goto out;
        }
        if (hr != HS_SUCCESS) {
            rc = sg_error_set(err, SG_ERR_INTERNAL, "guard", "entity scan failed (%d)", (int)hr);
            goto out;
        }
    }

    struct sg_guard_entity *cand = st.cand;
    /* Usually in order already (one pass found them all, by end offset):
     * then qsort would only move equal entries, which are identical. */
    size_t unsorted = 1;
    while (unsorted < st.n && by_start(&cand[unsorted - 1], &cand[unsorted]) <= 0)
        unsorted++;
    if (unsorted < st.n)
        qsort(cand, st.n, sizeof *cand, by_start);
    size_t k = 0;
    for (size_t i = 0; i < st.n; i++) {
        if (k > 0 && cand[i].start < cand[k - 1].end) {
            if (!better(&cand[k - 1], &cand[i]))
                cand[k - 1] = cand[i];
            continue;
        }
        cand[k++] = cand[i];
    }
    *truncated = st.truncated;
    if (k <= cap) {
        memcpy(out, cand, k * sizeof *cand);
        *n = k;
    } else {
        /* More spans than the caller holds: keep canaries and secrets before
         * PII, so that 300 e-mail addresses cannot push a key or a leaked
         * system prompt out of the verdict. */
        *truncated = true;
        for (int secret = 1; secret >= 0; secret--)
            for (size_t i = 0; i < k && *n < cap; i++)
                if (sg_guard_entity_is_secret(cand[i].type) == (bool)secret)
                    out[(*n)++] = cand[i];
        qsort(out, *n, sizeof *out, by_start);
    }
out:
    if (st.cand != st.local)
        free(st.cand);
    return rc;
}
