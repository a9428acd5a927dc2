/* secrets.c - credentials in text: cloud and API keys of common formats,
 * PEM private keys, JWTs, passwords in connection strings, and generic
 * high-entropy values assigned to secret-looking names. Hyperscan finds a
 * likely end (entities.c); the extractors here re-derive the exact span and
 * validate it, so a redaction covers exactly the secret. */
#include <string.h>

#include "guard_int.h"

static bool key_char(unsigned char c) { return sg__is_alnum(c) || c == '_' || c == '-'; }

/* The maximal run of key characters around pos (pos inside or just after). */
static void key_run(const char *t, size_t len, size_t pos, size_t *s, size_t *e)
{
    size_t a = pos, b = pos;
    while (a > 0 && key_char((unsigned char)t[a - 1]))
        a--;
    while (b < len && key_char((unsigned char)t[b]))
        b++;
    *s = a;
    *e = b;
}

static bool has_prefix(const char *t, size_t s, size_t e, const char *p)
{
    size_t n = strlen(p);
    return e - s >= n && memcmp(t + s, p, n) == 0;
}

static bool placeholder(const char *t, size_t s, size_t e);

static bool ex_aws(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    /* AKIAIOSFODNN7EXAMPLE is the key id of the AWS documentation. */
    if (*e - *s != 20 || placeholder(t, *s, *e))
        return false;
    for (size_t i = *s; i < *e; i++)
        if (!((t[i] >= 'A' && t[i] <= 'Z') || sg__is_digit((unsigned char)t[i])))
            return false;
    return true;
}

static bool ex_github(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    size_t n = *e - *s;
    if (has_prefix(t, *s, *e, "github_pat_"))
        return n >= 82 && n <= 100;
    return n == 40 && t[*s] == 'g' && t[*s + 1] == 'h' && t[*s + 3] == '_';
}

static bool ex_slack(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    return (has_prefix(t, *s, *e, "xox") || has_prefix(t, *s, *e, "xapp-")) && *e - *s >= 15 &&
           *e - *s <= 255;
}

/* Placeholders in documentation are not secrets: "sk-your-key-here". */
static bool placeholder(const char *t, size_t s, size_t e)
{
    static const char *const words[] = {"your", "xxxx", "XXXX", "example", "EXAMPLE", "placeholder",
                                        "changeme", "redacted", "REDACTED", "dummy", "here",
                                        "...", "****", "<", ">", "{", "}", "$"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w]);
        for (size_t i = s; i + n <= e; i++)
            if (memcmp(t + i, words[w], n) == 0)
                return true;
    }
    return false;
}

static bool mixed_classes(const char *t, size_t s, size_t e, int need)
{
    bool lower = false, upper = false, digit = false;
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)t[i];
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
        digit |= c >= '0' && c <= '9';
    }
    return (int)lower + (int)upper + (int)digit >= need;
}

static bool ex_openai(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    return has_prefix(t, *s, *e, "sk-") && !has_prefix(t, *s, *e, "sk-ant-") && *e - *s >= 32 &&
           !placeholder(t, *s, *e) && mixed_classes(t, *s, *e, 3) &&
           sg__guard_entropy(t + *s, *e - *s) >= 3.5;
}

static bool ex_anthropic(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    return has_prefix(t, *s, *e, "sk-ant-") && *e - *s >= 40 && !placeholder(t, *s, *e);
}

static bool ex_google(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    return has_prefix(t, *s, *e, "AIza") && *e - *s == 39;
}

static bool ex_stripe(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    key_run(t, len, m - 1, s, e);
    return (has_prefix(t, *s, *e, "sk_") || has_prefix(t, *s, *e, "rk_")) && *e - *s >= 24 &&
           !placeholder(t, *s, *e);
}

static const char *find_mem(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    return n >= k ? memmem(hay, n, needle, k) : NULL;
}

/* A PEM private-key block from "-----BEGIN" to the end marker; with no end
 * marker yet the span runs to the end of the text (a stream holds it back). */
static bool ex_pem(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    size_t back = m > 80 ? m - 80 : 0;
    const char *b = NULL;
    for (const char *p = t + back; (p = find_mem(p, (size_t)(t + m - p), "-----BEGIN"));) {
        b = p;
        p += 10;
    }
    if (!b)
        return false;
    *s = (size_t)(b - t);
    const char *end = find_mem(t + m, len - m, "-----END");
    if (!end) {
        *e = len;
        return true;
    }
    const char *close = find_mem(end + 8, (size_t)(t + len - (end + 8)), "-----");
    if (!close || close - end > 80) {
        *e = len;
        return true;
    }
    *e = (size_t)(close - t) + 5;
    return true;
}

static bool jwt_char(unsigned char c) { return key_char(c) || c == '.'; }

static bool ex_jwt(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    size_t a = m - 1, b = m;
    while (a > 0 && jwt_char((unsigned char)t[a - 1]))
        a--;
    while (b < len && jwt_char((unsigned char)t[b]))
        b++;
    while (b > a && t[b - 1] == '.')
        b--;
    if (!has_prefix(t, a, b, "eyJ"))
        return false;
    size_t dots = 0;
    for (size_t i = a; i < b; i++)
        dots += t[i] == '.';
    if (dots != 2)
        return false;
    /* The header decodes to JSON naming the algorithm: '{"alg"' or '{"typ"'
     * start with eyJhbGci / eyJ0eXAi; accept any JSON header base64url. */
    *s = a;
    *e = b;
    return b - a >= 36;
}

static bool pw_char(unsigned char c) { return c > ' ' && c != '@' && c != '/' && c < 0x7f; }

static bool ex_connpw(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    (void)len;
    size_t at = m - 1; /* the trigger ends at '@' */
    if (t[at] != '@')
        return false;
    size_t p = at;
    while (p > 0 && pw_char((unsigned char)t[p - 1]) && t[p - 1] != ':')
        p--;
    if (p == 0 || t[p - 1] != ':' || p == at)
        return false;
    /* user part, then "://" */
    size_t u = p - 1;
    while (u > 0 && pw_char((unsigned char)t[u - 1]) && t[u - 1] != ':')
        u--;
    if (u < 3 || memcmp(t + u - 3, "://", 3) != 0)
        return false;
    *s = p;
    *e = at;
    size_t n = at - p;
    static const char *const fake[] = {"password", "pass", "passwd", "pwd", "secret", "PASSWORD",
                                       "Password", "pw", "changeme", "123456", "test", "mypassword",
                                       "yourpassword", "user", "admin", "postgres", "root",
                                       "guest", "mysql", "redis", "rabbitmq", "sa"};
    for (size_t i = 0; i < sizeof fake / sizeof fake[0]; i++)
        if (strlen(fake[i]) == n && memcmp(t + p, fake[i], n) == 0)
            return false;
    if (placeholder(t, p, at))
        return false;
    /* "app:app@" and "postgres:postgres@" are tutorial defaults. */
    if (p - 1 - u == n && memcmp(t + u, t + p, n) == 0)
        return false;
    bool all_star = true;
    for (size_t i = p; i < at; i++)
        all_star &= t[i] == '*' || t[i] == 'x' || t[i] == 'X';
    return !all_star;
}

static bool val_char(unsigned char c)
{
    return sg__is_alnum(c) || c == '_' || c == '-' || c == '+' || c == '/' || c == '.' ||
           c == '~' || c == '!' || c == '#' || c == '%' || c == '^' || c == '&' || c == '*';
}

/* "apiKey = process.env.OPENAI_API_KEY", "secret: settings.SECRET_KEY":
 * a dotted path of identifiers names where the secret is, it is not one. */
static bool code_reference(const char *t, size_t s, size_t e)
{
    size_t parts = 0, part_len = 0;
    for (size_t i = s; i <= e; i++) {
        unsigned char c = i < e ? (unsigned char)t[i] : '.';
        if (c == '.') {
            if (part_len == 0 || part_len > 40)
                return false;
            parts++;
            part_len = 0;
        } else if (sg__is_alnum(c) || c == '_') {
            if (part_len == 0 && sg__is_digit(c))
                return false;
            part_len++;
        } else {
            return false;
        }
    }
    return parts >= 2;
}

/* name = value: the value only, entropy-checked so that "token: the
 * refresh button" and "password: hunter2" style prose does not count. */
static bool ex_generic(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    size_t a = m - 1, b = m;
    while (a > 0 && val_char((unsigned char)t[a - 1]))
        a--;
    while (b < len && val_char((unsigned char)t[b]))
        b++;
    while (b < len && t[b] == '=' && b - a < 4096)
        b++; /* base64 padding */
    while (b > a && (t[b - 1] == '.' || t[b - 1] == ','))
        b--;
    if (b - a < 16 || b - a > 512)
        return false;
    if (placeholder(t, a, b) || !mixed_classes(t, a, b, 2) || code_reference(t, a, b))
        return false;
    if (sg__guard_entropy(t + a, b - a) < 3.3)
        return false;
    *s = a;
    *e = b;
    return true;
}

const struct sg__entity_pattern sg__guard_secret_patterns[] = {
    {SG_ENT_AWS_ACCESS_KEY, "(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}", 0, ex_aws, SG__PASS_MAIN},
    {SG_ENT_GITHUB_TOKEN, "gh[pousr]_[A-Za-z0-9]{36}", 0, ex_github, SG__PASS_MAIN},
    {SG_ENT_GITHUB_TOKEN, "github_pat_[A-Za-z0-9_]{70}", 0, ex_github, SG__PASS_MAIN},
    {SG_ENT_SLACK_TOKEN, "xox[baprse]-[A-Za-z0-9-]{10}", 0, ex_slack, SG__PASS_MAIN},
    {SG_ENT_SLACK_TOKEN, "xapp-\\d-[A-Z0-9]{8}", 0, ex_slack, SG__PASS_XAPP},
    {SG_ENT_OPENAI_KEY, "sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{28}", 0, ex_openai, SG__PASS_MAIN},
    {SG_ENT_ANTHROPIC_KEY, "sk-ant-[a-z]{2,6}\\d{2}-[A-Za-z0-9_-]{20}", 0, ex_anthropic, SG__PASS_MAIN},
    {SG_ENT_GOOGLE_API_KEY, "AIza[0-9A-Za-z_-]{35}", 0, ex_google, SG__PASS_MAIN},
    {SG_ENT_STRIPE_KEY, "[sr]k_(?:live|test)_[0-9a-zA-Z]{16}", 0, ex_stripe, SG__PASS_MAIN},
    {SG_ENT_PRIVATE_KEY, "-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----", 0, ex_pem, SG__PASS_MAIN},
    {SG_ENT_JWT, "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8}", 0, ex_jwt, SG__PASS_MAIN},
    {SG_ENT_CONN_PASSWORD, "[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/@]{0,64}:[^\\s@/]{1,128}@", 0,
     ex_connpw, SG__PASS_MAIN},
    /* GENERIC pass (guard_int.h): the keywords end in key, ret, ken, ass,
     * swd, ord or pwd, the longest ("client_secret") is 13 bytes. */
    {SG_ENT_GENERIC_SECRET,
     "(?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?key|access[_-]?token|auth[_-]?token|token|"
     "pass(?:w(?:or)?d)?|pwd|client[_-]?secret|private[_-]?key)[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?"
     "[A-Za-z0-9+/_.~!#%^&*-]{16}",
     HS_FLAG_CASELESS, ex_generic, SG__PASS_GENERIC},
    /* .NET appSettings and the like: the name and the value are attributes. */
    {SG_ENT_GENERIC_SECRET,
     "key=[\"'][A-Za-z0-9_.:-]{0,40}(?:passw(?:or)?d|pwd|secret|token|api[_-]?key)[\"']\\s{1,3}"
     "value=[\"'][A-Za-z0-9+/_.~!#%^&*-]{16}",
     HS_FLAG_CASELESS, ex_generic, SG__PASS_MAIN},
};
const size_t sg__guard_secret_pattern_count =
    sizeof sg__guard_secret_patterns / sizeof sg__guard_secret_patterns[0];

double sg__guard_entropy(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned counts[256] = {0};
    for (size_t i = 0; i < n; i++)
        counts[(unsigned char)s[i]]++;
    double h = 0;
    for (int c = 0; c < 256; c++)
        if (counts[c]) {
            double p = (double)counts[c] / (double)n;
            h -= p * __builtin_log2(p);
        }
    return h;
}
