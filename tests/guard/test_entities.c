/* test_entities.c - secrets and personal data: for every entity type a
 * positive with its exact span and negatives that must not fire (bad
 * checksums, placeholders, numbers that only look alike), the validators
 * on their own, and redaction of exactly the span. */
#include "harness.h"

#include <strings.h>

#include "guard/guard_int.h"
#include "guard_test.h"

/* want: the entity text that must be found as type, or NULL for "nothing of
 * this type here". */
static const struct {
    const char *type, *text, *want;
} cases[] = {
    {"aws_access_key", "key id AKIAZ7QW3ERT5YUI9OPA for prod", "AKIAZ7QW3ERT5YUI9OPA"},
    {"aws_access_key", "AKIAZ7QW3ERT5YUI9OPAX is too long", NULL},
    {"github_token", "token=ghp_Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7 ok", "ghp_Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf9Ed8Cb7"},
    {"github_token", "the ghp_ prefix marks personal tokens", NULL},
    {"slack_token", "bot: xoxb-2048-4096-AbCdEfGhIjKl.", "xoxb-2048-4096-AbCdEfGhIjKl"},
    {"openai_key", "OPENAI_API_KEY=sk-proj-Q2w3E4r5T6y7U8i9O0pLkJhGfDsA1zXcVbNm end",
     "sk-proj-Q2w3E4r5T6y7U8i9O0pLkJhGfDsA1zXcVbNm"},
    {"openai_key", "set it to sk-your-key-here-replace-with-your-own-key", NULL},
    {"anthropic_key", "sk-ant-api03-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3 x",
     "sk-ant-api03-Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3"},
    {"google_api_key", "maps key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW.", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"},
    {"stripe_key", "use sk_live_4eC39HqLyjWDarjtT1zdp7dc now", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
    {"private_key",
     "here:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAKC\n-----END RSA PRIVATE KEY-----\nthanks",
     "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAKC\n-----END RSA PRIVATE KEY-----"},
    {"private_key", "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----", NULL},
    {"jwt", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U.",
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
    {"connection_password", "DATABASE_URL=postgres://app:Xk9-q7Lm2vR@db.internal:5432/app", "Xk9-q7Lm2vR"},
    {"connection_password", "postgres://user:password@localhost/db", NULL},
    {"connection_password", "mysql://root:${DB_PASS}@db/app", NULL},
    {"generic_secret", "client_secret: \"Gq7vR2xT9mK4pL8wZ3nB6cY1\"", "Gq7vR2xT9mK4pL8wZ3nB6cY1"},
    {"generic_secret", "How do I set my API key? api_key = <your key here>", NULL},
    {"generic_secret", "password: correcthorsebatterystaple", NULL},
    {"credit_card", "card 4539 1488 0343 6467 exp 12/27", "4539 1488 0343 6467"},
    {"credit_card", "amex 3479-298416-22949.", "3479-298416-22949"},
    {"credit_card", "card 4539 1488 0343 6468 (bad Luhn)", NULL},
    {"credit_card", "order 1234567812345670 shipped", NULL}, /* Luhn-valid, no issuer */
    {"iban", "pay to DE89 3704 0044 0532 0130 00 today", "DE89 3704 0044 0532 0130 00"},
    {"iban", "IBAN: GB82WEST12345698765432.", "GB82WEST12345698765432"},
    {"iban", "DE89 3704 0044 0532 0130 01 has a bad check", NULL},
    {"email", "write to jane.doe+news@mail.example.co.uk.", "jane.doe+news@mail.example.co.uk"},
    {"email", "ssh git@10.0.0.1 and @mentions and a@b", NULL},
    {"phone", "call +44 20 7946 0958 or", "+44 20 7946 0958"},
    {"phone", "office (415) 555-0132.", "(415) 555-0132"},
    {"phone", "version 1.2.3 released 2024-05-01", NULL},
    {"us_ssn", "SSN 536-22-1234 on file", "536-22-1234"},
    {"us_ssn", "SSN 000-12-3456 and 666-12-3456 are never issued", NULL},
    {"es_dni", "DNI 12345678Z y", "12345678Z"},
    {"es_dni", "NIE X1234567L.", "X1234567L"},
    {"es_dni", "DNI 12345678A es incorrecto", NULL},
    {"fr_nir", "NIR 1 85 05 78 006 084 91 ok", "1 85 05 78 006 084 91"},
    {"fr_nir", "NIR 1 85 05 78 006 084 92 faux", NULL},
    /* Look-alikes users complain about, and the shapes real leaks take. */
    {"aws_access_key", "access_key_id: AKIAIOSFODNN7EXAMPLE (from the AWS docs)", NULL},
    {"generic_secret", "aws_secret_access_key = Zq9vR2mXw7Lk3Tb8Ny5Hc1Pd6Gs4Jf0Ue2Ao7Ix",
     "Zq9vR2mXw7Lk3Tb8Ny5Hc1Pd6Gs4Jf0Ue2Ao7Ix"},
    {"generic_secret", "const apiKey = process.env.OPENAI_API_KEY;", NULL},
    {"generic_secret", "secret_key: settings.SECRET_KEY_BASE", NULL},
    {"connection_password", "redis://:Hs82kQp1Lw9xZe4T@cache-01.internal:6379/0", "Hs82kQp1Lw9xZe4T"},
    {"email", "redis://:Hs82kQp1Lw9xZe4T@cache-01.internal:6379/0", NULL},
    {"email", "SENTRY_DSN=https://a1b2c3d4e5f6@o4504.ingest.sentry.io/4505", NULL},
    {"email", "git clone git@github.com:acme/infra.git", NULL},
    {"email", "<a href=\"mailto:bob@example.org\">", "bob@example.org"},
    {"email", "contact bob@example.org: he knows", "bob@example.org"},
    {"credit_card", "Stripe test card 4242 4242 4242 4242, exp any future date", NULL},
    {"credit_card", "the classic 4111111111111111 and amex 378282246310005", NULL},
    {"credit_card", "iban,card\nFR2198319489394948214162105,4539148803436467\n", "4539148803436467"},
    {"fr_nir", "FR2198319489394948214162105,291036938321758\n", "291036938321758"},
    {"fr_nir", "3,291036938321758 is a decimal number", NULL},
    {"slack_token", "SLACK_APP_TOKEN=xapp-1-A07QZ9X7K2L-7699085417758-9f2c4b1e8a7d6c5b3e2f1a0d9c8b7a6f",
     "xapp-1-A07QZ9X7K2L-7699085417758-9f2c4b1e8a7d6c5b3e2f1a0d9c8b7a6f"},
    {"connection_password", "README: postgres://postgres:postgres@localhost:5432/postgres", NULL},
    {"connection_password", "amqp://app:app@rabbit:5672/", NULL},
    {"generic_secret", "smtp:\n  pass: \"%pYQ2_OQBilCFXuF0DRk\"", "%pYQ2_OQBilCFXuF0DRk"},
    {"generic_secret", "<add key=\"SmtpPassword\" value=\"at77J9OwPsg%Zt7B\" />", "at77J9OwPsg%Zt7B"},
    {"generic_secret", "<add key=\"PasswordHint\" value=\"Kx8vQ2mLp9Wt4zR7\" />", NULL},
    {"generic_secret", "routing: bypass: true, compass: north", NULL},
};

static void test_each_type_positive_and_negative(void)
{
    CHECK(test_guard() != NULL);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct sg_guard_entity e[64];
        size_t n = 0;
        bool trunc;
        enum sg_guard_entity_type t;
        CHECK_OK(sg_guard_entity_parse(cases[i].type, &t), NULL);
        const char *text = cases[i].text;
        CHECK_OK(sg_guard_entities(test_guard(), text, strlen(text), NULL, e, 64, &n, &trunc, NULL), NULL);
        bool found = false;
        for (size_t k = 0; k < n; k++) {
            if (e[k].type != t)
                continue;
            size_t len = e[k].end - e[k].start;
            if (cases[i].want && len == strlen(cases[i].want) &&
                memcmp(text + e[k].start, cases[i].want, len) == 0)
                found = true;
            else
                sg_test_fail(__FILE__, __LINE__, "%s: unexpected span \"%.*s\" in \"%s\"",
                             cases[i].type, (int)len, text + e[k].start, text);
        }
        if (cases[i].want && !found)
            sg_test_fail(__FILE__, __LINE__, "%s: missed \"%s\"", cases[i].type, cases[i].want);
    }
}

static void test_validators(void)
{
    CHECK(sg__guard_luhn("79927398713", 11));
    CHECK(!sg__guard_luhn("79927398710", 11));
    CHECK(sg__guard_iban_valid("GB82WEST12345698765432", 22));
    CHECK(!sg__guard_iban_valid("GB82WEST12345698765433", 22));
    CHECK(!sg__guard_iban_valid("XX82WEST12345698765432", 22));
    CHECK(sg__guard_entropy("aaaa", 4) == 0.0);
    CHECK(sg__guard_entropy("abcd", 4) == 2.0);
}

static void test_redaction_replaces_exact_span(void)
{
    const char *t = "key AKIAZ7QW3ERT5YUI9OPA, mail bob@example.org";
    struct sg_guard_result *r = malloc(sizeof *r);
    CHECK(r);
    sg_buf out;
    sg_buf_init(&out, 4096);
    bool ok = sg_guard_check(test_guard(), SG_GUARD_ROLE_OUTPUT, t, strlen(t), r, NULL) == SG_OK &&
              r->n_entities == 2 && r->action == SG_GUARD_REDACT &&
              sg_guard_redact(t, strlen(t), r->entities, r->n_entities, &out) == SG_OK;
    /* default: secrets redacted, e-mail logged */
    ok = ok && strcmp(out.data, "key [REDACTED:aws_access_key], mail bob@example.org") == 0;
    sg_buf_release(&out);
    free(r);
    CHECK(ok);
}

static void test_pathological_digits_are_bounded(void)
{
    /* 1 MiB of digits and separators: every trigger fires everywhere, the
     * candidate list is capped and the scan still ends. */
    size_t n = (size_t)1 << 20;
    char *t = malloc(n);
    CHECK(t);
    for (size_t i = 0; i < n; i++)
        t[i] = "4111 1111-1111 1111 @a.bc +1 "[i % 29];
    struct sg_guard_entity e[SG_GUARD_MAX_ENTITIES];
    size_t k = 0;
    bool trunc = false;
    sg_err rc = sg_guard_entities(test_guard(), t, n, NULL, e, SG_GUARD_MAX_ENTITIES, &k, &trunc, NULL);
    free(t);
    CHECK_OK(rc, NULL);
    CHECK(k <= SG_GUARD_MAX_ENTITIES);
}

static void test_canary_found_case_insensitively(void)
{
    char c[SG_GUARD_CANARY_LEN + 1], d[SG_GUARD_CANARY_LEN + 1];
    CHECK_OK(sg_guard_canary_new(c, NULL), NULL);
    CHECK_OK(sg_guard_canary_new(d, NULL), NULL);
    CHECK(strncmp(c, "sgc-", 4) == 0 && strlen(c) == SG_GUARD_CANARY_LEN);
    CHECK(strcmp(c, d) != 0);
    char text[128];
    snprintf(text, sizeof text, "my instructions mention %s.", c);
    for (char *p = text; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    struct sg_guard_entity e[8];
    size_t n = 0;
    bool trunc;
    CHECK_OK(sg_guard_entities(test_guard(), text, strlen(text), c, e, 8, &n, &trunc, NULL), NULL);
    CHECK_EQ_INT(n, 1);
    CHECK(e[0].type == SG_ENT_CANARY && e[0].action == SG_GUARD_BLOCK);
    CHECK_EQ_INT(e[0].end - e[0].start, SG_GUARD_CANARY_LEN);
}

/* The regions the mask-driven gate hands over must be those of the plain
 * per-run walk, in the same order (then every Hyperscan call, every hit
 * and the order of the hits are the same too). */
static bool gate_regions_agree(const char *text, size_t len)
{
    static size_t a[6000], b[6000];
    size_t na = sg__guard_entities_gate_regions(text, len, SG__GATE_MASKS, a, 6000);
    size_t nb = sg__guard_entities_gate_regions(text, len, SG__GATE_WALK_REF, b, 6000);
    if (na == nb && memcmp(a, b, (na < 6000 ? na : 6000) * sizeof *a) == 0)
        return true;
    size_t k = 0;
    while (k < na && k < nb && k < 6000 && a[k] == b[k])
        k++;
    k -= k % 3;
    sg_test_fail(__FILE__, __LINE__,
                 "gate regions differ at %zu of %zu/%zu: masks (%zu, %zu, %zu), walk (%zu, %zu, "
                 "%zu) in \"%.80s\"",
                 k / 3, na / 3, nb / 3, k < na ? a[k] : 0, k + 1 < na ? a[k + 1] : 0,
                 k + 2 < na ? a[k + 2] : 0, k < nb ? b[k] : 0, k + 1 < nb ? b[k + 1] : 0,
                 k + 2 < nb ? b[k + 2] : 0, text);
    return false;
}

/* Runs text through the gated pass (mask gate, then the reference walk)
 * and the full scan of the gated triggers; all must agree. */
static void check_gate_agrees(const char *text, size_t len)
{
    static struct sg_guard_entity a[SG_GUARD_MAX_ENTITIES], b[SG_GUARD_MAX_ENTITIES];
    if (!gate_regions_agree(text, len))
        return;
    size_t na = 0, nb = 0;
    bool ta, tb;
    CHECK_OK(sg_guard_entities(test_guard(), text, len, NULL, a, SG_GUARD_MAX_ENTITIES, &na, &ta, NULL),
             NULL);
    for (int mode = SG__GATE_WALK_REF; mode <= SG__GATE_OFF; mode++) {
        sg__guard_entities_set_gate_mode((enum sg__gate_mode)mode);
        sg_err rc =
            sg_guard_entities(test_guard(), text, len, NULL, b, SG_GUARD_MAX_ENTITIES, &nb, &tb, NULL);
        sg__guard_entities_set_gate_mode(SG__GATE_MASKS);
        CHECK_OK(rc, NULL);
        bool same = na == nb && ta == tb;
        for (size_t i = 0; same && i < na; i++)
            same = a[i].type == b[i].type && a[i].start == b[i].start && a[i].end == b[i].end;
        if (!same)
            sg_test_fail(__FILE__, __LINE__, "gate found %zu spans, %s %zu in \"%.80s\"", na,
                         mode == SG__GATE_OFF ? "full scan" : "reference walk", nb, text);
    }
}

/* piece after pad bytes of fill at the start of t; returns the length. */
static size_t place(char *t, size_t pad, char fill, const char *piece)
{
    size_t m = strlen(piece);
    memset(t, fill, pad);
    memcpy(t + pad, piece, m);
    return pad + m;
}

/* n pseudo-random bytes of the alphabet al into t. */
static void soup(char *t, size_t n, const char *al, unsigned *seed)
{
    size_t m = strlen(al);
    for (size_t i = 0; i < n; i++) {
        *seed = *seed * 1103515245u + 12345u;
        t[i] = al[(*seed >> 16) % m];
    }
}

/* The mask gate against the reference walk where the masks are most likely
 * to slip: clusters, runs and "AB12" across 64-byte block boundaries, runs
 * longer than a block, 7 or 8 digits with and without the letter after,
 * gaps of 1, 2 and 3 bytes, and number-heavy prose. */
static void test_gate_masks_hand_over_what_the_walk_does(void)
{
    static const char *const pieces[] = {
        "4539 1488 0343 6467", "2024-03-18", "12345678Z", "X-1234567-L", "1234567-a", "1234567",
        "DE44 5001 0517 5407 3249 31", "AB12", "12:30:45", "1 2 3 4 5 6 7 8 9", "1  2  3  4  5",
        "1   2", "(415) 555-0132", "20240518.3", "v1.2.3", "$19.99", "CVE-2024-3094", "AB1",
        "536-22-1234", "0123456789012345678901234567890123456789012345678901234567890123456789",
        "+33 6 12 34 56 78", "bob@mail.example.org", "xapp-1-ABCDEFGH", "1-2-3", "a@b", "+",
    };
    char t[400];
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++)
        for (size_t pad = 0; pad < 140; pad++) {
            size_t n = place(t, pad, pad % 3 ? 'x' : ' ', pieces[p]);
            memcpy(t + n, " 7 and 1-2 Q", 12);
            if (!gate_regions_agree(t, n + 12) || !gate_regions_agree(t, n))
                return;
        }
    /* Two pieces with every distance between them, across boundaries. */
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++)
        for (size_t q = 0; q < sizeof pieces / sizeof pieces[0]; q += 3)
            for (size_t gap = 0; gap < 6; gap++)
                for (size_t pad = 50; pad < 66; pad++) {
                    size_t m = strlen(pieces[p]), r = strlen(pieces[q]);
                    memset(t, 'a', pad);
                    memcpy(t + pad, pieces[p], m);
                    memset(t + pad + m, gap % 2 ? '.' : 'B', gap);
                    memcpy(t + pad + m + gap, pieces[q], r);
                    if (!gate_regions_agree(t, pad + m + gap + r))
                        return;
                }
    /* Soups over small alphabets, of every length up to a few blocks. */
    static const char *const alphabets[] = {
        "0123456789 -.()+XYZabc@\n", "0123456789 -", "0123456789AB", "01 -:=xX", "9 ",
        "0123456789012345678 -ABCDEFGZa", "00000000000000000001 -a",
    };
    unsigned seed = 5;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)round % 300 + 1;
        soup(t, n, alphabets[round % 7], &seed);
        if (!gate_regions_agree(t, n))
            return;
    }
}

static void test_digit_gate_finds_what_a_full_scan_finds(void)
{
    static const char *const texts[] = {
        "4539 1488 0343 6467", /* at both ends of the text */
        "x(415) 555-0132", "SSN 536-22-1234, DNI 12345678Z, NIE X-1234567-L.",
        "NIR 1 85 05 78 006 084 91 and card 3782-822463-10005 and 4539148803436467",
        "in 2024 we sold 1,299 units at $19.99; 12:30 on 2024-05-01; v1.2.3; 3 of 7",
        "ids 12 34 56 78 9 then (212) 555-0199 555.123.4567 212-555-0188",
        "digits spread a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8 i 9 j 0 k 1",
        "two cards 4539 1488 0343 6467 4539 1488 0343 6467 glued by one space",
        /* clusters that qualify by their digit count but hold no trigger
         * shape (left out of the batch), next to ones that do */
        "build 20240518.3, host 192.168.100.200, v10.20.30.40 and 555.123.4567",
        "(212)555-0199 (212) 555 0199 1.555.123.4567 212.555.0199x 12.555.1234",
        "X1234567L 12345678-Z 1234567-8Z 123456789 1234567.8Z 12 345 678 9",
        "card 4539-1488-0343-6467 ip 10.0.0.1; 4539.1488.0343.6467; 4539 1488 0343.6467",
        "nir 1 85 05 78 006 084 91 and 1.85.05.78.006.084.91 and 536-22-1234 536.22.1234",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        check_gate_agrees(texts[i], strlen(texts[i]));
    /* Each digit trigger alone, with no other cluster near enough to share
     * its region: the batch must keep every one of them. */
    static const char *const alone[] = {
        "call 415.555.0132 now", "call (415) 555-0132 now", "ssn 536-22-1234 ok",
        "nir 1 85 05 78 006 084 91 ok", "dni 12345678Z ok", "nie X-1234567-L ok",
        "card 4539 1488 0343 6467 ok", "amex 3712-846295-10075 ok",
    };
    for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
        check_gate_agrees(alone[i], strlen(alone[i]));
        struct sg_guard_entity e[4];
        size_t k = 0;
        bool trunc;
        CHECK_OK(sg_guard_entities(test_guard(), alone[i], strlen(alone[i]), NULL, e, 4, &k, &trunc,
                                   NULL),
                 NULL);
        if (k != 1)
            sg_test_fail(__FILE__, __LINE__, "%zu entities in \"%s\", want 1", k, alone[i]);
    }
    /* Every entity shifted across 16-byte vector boundaries. */
    char buf[160];
    for (int pad = 0; pad < 40; pad++) {
        int n = snprintf(buf, sizeof buf, "%*sSSN 536-22-1234 tel (415) 555-0132 DNI 12345678Z",
                         pad, "");
        check_gate_agrees(buf, (size_t)n);
        size_t k = 0;
        bool trunc;
        struct sg_guard_entity e[8];
        CHECK_OK(sg_guard_entities(test_guard(), buf, (size_t)n, NULL, e, 8, &k, &trunc, NULL), NULL);
        CHECK_EQ_INT(k, 3);
    }
    /* Pseudo-random digit soup: dense, sparse and in between. */
    unsigned seed = 1;
    for (int round = 0; round < 200; round++) {
        char t[512];
        for (size_t i = 0; i < sizeof t; i++) {
            seed = seed * 1103515245u + 12345u;
            t[i] = "0123456789 -.()+XYZabc@\n"[(seed >> 16) % (round % 2 ? 24 : 12)];
        }
        check_gate_agrees(t, sizeof t);
    }
}

/* The generic-secret pass runs only where a keyword sits just before a ':'
 * or '=' (guard_int.h, GENERIC): each keyword in every case, with the most
 * whitespace and quotes the pattern allows, at every offset, must be found
 * exactly as a full scan finds it. */
static void test_generic_gate_finds_what_a_full_scan_finds(void)
{
    static const char *const names[] = {
        "api_key", "API-KEY", "apikey", "SecretKey", "secret", "access_key", "Access-Token",
        "auth_token", "TOKEN", "pass", "PassWd", "password", "pwd", "client_secret",
        "CLIENT-SECRET", "private_key",
    };
    static const char *const seps[] = {":", "=", "\":", "\"   =   \"", "\t\t\t: ", " =\n  '",
                                       "\" :  \""};
    char buf[200];
    size_t found = 0;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        for (size_t s = 0; s < sizeof seps / sizeof seps[0]; s++)
            for (int pad = 0; pad < 20; pad += 3) {
                int n = snprintf(buf, sizeof buf, "%*s%s%sZq9vR2mXw7Lk3Tb8Ny5H", pad, "", names[k],
                                 seps[s]);
                check_gate_agrees(buf, (size_t)n);
                struct sg_guard_entity e[4];
                size_t m = 0;
                bool trunc;
                CHECK_OK(sg_guard_entities(test_guard(), buf, (size_t)n, NULL, e, 4, &m, &trunc, NULL),
                         NULL);
                found += m == 1 && e[0].type == SG_ENT_GENERIC_SECRET;
            }
    /* Every combination above is a secret the scan must report. */
    CHECK_EQ_INT(found, (sizeof names / sizeof names[0]) * (sizeof seps / sizeof seps[0]) * 7);
    /* Keywords that do not qualify, times and ratios, and a keyword four
     * spaces away (one more than the pattern allows). */
    static const char *const near[] = {
        "at 10:00 the token rotated; ratio 3:2; x=1; bypass: 7; record=9",
        "token    : Zq9vR2mXw7Lk3Tb8Ny5H", "tokens: Zq9vR2mXw7Lk3Tb8Ny5H",
        "secret\"\": Zq9vR2mXw7Lk3Tb8Ny5H", ":=:=Zq9vR2mXw7Lk3Tb8Ny5H=:", "pwd=",
    };
    for (size_t i = 0; i < sizeof near / sizeof near[0]; i++)
        check_gate_agrees(near[i], strlen(near[i]));
    /* Keyword soup with separators: merged and batched regions. */
    unsigned seed = 3;
    for (int round = 0; round < 200; round++) {
        char t[600];
        size_t n = 0;
        while (n + 40 < sizeof t) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            const char *w = r % 3 ? names[r % (sizeof names / sizeof names[0])] : "Zq9v+R2mX/w7Lk";
            n += (size_t)snprintf(t + n, sizeof t - n, "%s%s", w, (const char *[]){
                                      ":", "=", " ", "\"", "  ", "'", "\n", ""}[(r >> 5) % 8]);
        }
        check_gate_agrees(t, n);
    }
}

/* The gated literal passes (guard_int.h: PLUS, EMAIL, XAPP) against the
 * full scan: the e-mail ends computed without Hyperscan, and the '+' phone
 * and "xapp-" regions, on edge cases at every offset across a block
 * boundary and on random soups of the bytes they are made of. */
static void test_literal_gates_find_what_a_full_scan_finds(void)
{
    static const char *const pieces[] = {
        "bob@mail.example.org", "a@b.cd", "x@a..bc", "x@.ab", "@ab.cd.ef@gh.ij", "u@x-y.z.co.uk",
        "m@a.b1.cd", "n@a.b", "o@a.bc", "p@-a.bc-", "q@a.b.c.d.ef.gh", "git@github.com:acme/x.git",
        "mailto:r@s.tu", "redis://:pw@host.example.com", "s@t.u\x80v", "@@a.bc",
        "+1 (415) 555-0132", "+44 20 7946 0958", "+33 6 12 34 56 78", "++49 30 1234567", "+1",
        "+(415) 555", "xapp-1-ABCDEFGH12", "xoxb-1234567890-xapp-1-ABCDEFGH", "xapp-1-abcdefgh",
        "Xapp-1-ABCDEFGH", "xapp-12-ABCDEFGH", "1-2-3-4", "--1--",
    };
    char t[200];
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++)
        for (size_t pad = 30; pad < 70; pad++) {
            size_t n = place(t, pad, pad % 2 ? ' ' : 'k', pieces[p]);
            check_gate_agrees(t, n);
            memcpy(t + n, " and x", 6);
            check_gate_agrees(t, n + 6);
        }
    static const char *const alphabets[] = {
        "ab.@-x", "aZ9.@- +", "+0123456789 ().-", "xap-1A@", "a.b@c-d.e+1 2",
    };
    unsigned seed = 11;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)round % 190 + 1;
        soup(t, n, alphabets[round % 5], &seed);
        check_gate_agrees(t, n);
    }
}

static void test_secrets_survive_a_flood_of_pii(void)
{
    /* 400 e-mail addresses, then a key and the canary: the verdict keeps
     * the key and the canary even though the list is full. */
    sg_buf t;
    sg_buf_init(&t, (size_t)1 << 20);
    for (int i = 0; i < 400; i++)
        CHECK_OK(sg_buf_printf(&t, "user%d@example.org ", i), NULL);
    CHECK_OK(sg_buf_printf(&t, "AKIAZ7QW3ERT5YUI9OPA sgc-abcdefghijklmnopqrst"), NULL);
    static struct sg_guard_entity e[SG_GUARD_MAX_ENTITIES];
    size_t n = 0;
    bool trunc = false;
    CHECK_OK(sg_guard_entities(test_guard(), t.data, t.len, "sgc-abcdefghijklmnopqrst", e,
                               SG_GUARD_MAX_ENTITIES, &n, &trunc, NULL),
             NULL);
    CHECK(trunc);
    CHECK_EQ_INT(n, SG_GUARD_MAX_ENTITIES);
    bool key = false, canary = false;
    for (size_t i = 0; i < n; i++) {
        key |= e[i].type == SG_ENT_AWS_ACCESS_KEY;
        canary |= e[i].type == SG_ENT_CANARY;
        CHECK(i == 0 || e[i].start >= e[i - 1].end);
    }
    CHECK(key && canary);
    sg_buf_release(&t);
}

static void test_canary_anchors(void)
{
    /* All-letter canaries (no '-' to anchor on), at the very start and end,
     * repeated, and almost-canaries. */
    static const struct {
        const char *canary, *text;
        int want;
    } canaries[] = {
        {"zebracanary", "ZebraCanary at the start and at the end: zebracanary", 2},
        {"zebracanary", "zebracanar zebracanarY", 1},
        {"sgc-abcd", "sgc-abc sgc-abcd-sgc-abcd sgc-abcX", 2},
        {"sgc-abcd", "-abcd at the start", 0},
        {"x", "xXx", 3},
    };
    for (size_t i = 0; i < sizeof canaries / sizeof canaries[0]; i++) {
        struct sg_guard_entity e[8];
        size_t n = 0;
        bool trunc;
        const char *t = canaries[i].text;
        CHECK_OK(sg_guard_entities(test_guard(), t, strlen(t), canaries[i].canary, e, 8, &n, &trunc, NULL),
                 NULL);
        int found = 0;
        for (size_t k = 0; k < n; k++)
            found += e[k].type == SG_ENT_CANARY &&
                     strncasecmp(t + e[k].start, canaries[i].canary, strlen(canaries[i].canary)) == 0;
        if (found != canaries[i].want)
            sg_test_fail(__FILE__, __LINE__, "canary %s in \"%s\": %d, want %d", canaries[i].canary,
                         t, found, canaries[i].want);
    }
}

/* The vector canary search finds exactly what the memchr reference finds:
 * random canaries (letters, digits, symbols, every anchor position) planted
 * whole, in mixed case, cut short and overlapping, at every offset near
 * the vector widths and the end of the text. */
static void test_canary_search_matches_reference(void)
{
    static const char alpha[] = "abcXYZ-0129 .@`sgc";
    unsigned seed = 9;
    static char text[9000];
    char canary[40];
    struct sg_guard_entity a[64], b[64];
    for (int round = 0; round < 4000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t k = 1 + (seed >> 16) % 30;
        for (size_t i = 0; i < k; i++) {
            seed = seed * 1103515245u + 12345u;
            canary[i] = alpha[(seed >> 16) % (sizeof alpha - 1)];
        }
        canary[k] = '\0';
        /* some long enough for the search to switch between memchr and
         * vectors (every 4 KiB) */
        size_t n = round % 40 == 0 ? 4000 + (size_t)round : (size_t)round % 200 + 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            text[i] = r % 5 == 0 ? alpha[r / 5 % (sizeof alpha - 1)] : canary[r / 5 % k];
        }
        for (int plant = 0; plant < (n > 300 ? 60 : 3); plant++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 16) % n, m = k - (plant % 3 == 2 ? (seed >> 8) % k : 0);
            for (size_t i = 0; i < m && at + i < n; i++)
                text[at + i] = (char)(plant % 3 == 1 && canary[i] >= 'a' && canary[i] <= 'z'
                                          ? canary[i] - 32
                                          : canary[i]);
        }
        size_t na = 0, nb = 0;
        bool ta = false, tb = false;
        sg__guard_canary_find(text, n, canary, a, 64, &na, &ta);
        sg__guard_canary_find_ref(text, n, canary, b, 64, &nb, &tb);
        bool same = na == nb && ta == tb;
        for (size_t i = 0; same && i < na; i++)
            same = a[i].start == b[i].start && a[i].end == b[i].end && a[i].type == b[i].type;
        if (!same) {
            sg_test_fail(__FILE__, __LINE__, "canary \"%s\" in \"%.*s\": %zu found, reference %zu",
                         canary, (int)(n < 300 ? n : 300), text, na, nb);
            return;
        }
    }
}

/* The same checks on the SSE2 paths, which a CPU with AVX2 never takes. */
static void test_sse2_paths_match_the_references(void)
{
    sg__guard_entities_allow_avx2(false);
    test_gate_masks_hand_over_what_the_walk_does();
    test_digit_gate_finds_what_a_full_scan_finds();
    test_literal_gates_find_what_a_full_scan_finds();
    test_canary_search_matches_reference();
    sg__guard_entities_allow_avx2(true);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_each_type_positive_and_negative),
        SG_TEST(test_validators),
        SG_TEST(test_redaction_replaces_exact_span),
        SG_TEST(test_pathological_digits_are_bounded),
        SG_TEST(test_canary_found_case_insensitively),
        SG_TEST(test_digit_gate_finds_what_a_full_scan_finds),
        SG_TEST(test_gate_masks_hand_over_what_the_walk_does),
        SG_TEST(test_generic_gate_finds_what_a_full_scan_finds),
        SG_TEST(test_literal_gates_find_what_a_full_scan_finds),
        SG_TEST(test_secrets_survive_a_flood_of_pii),
        SG_TEST(test_canary_anchors),
        SG_TEST(test_canary_search_matches_reference),
        SG_TEST(test_sse2_paths_match_the_references),
        {NULL, NULL},
    };
    int rc = sg_test_main(argc, argv, tests);
    sg_guard_free(test_guard());
    return rc;
}
