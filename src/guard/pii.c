/* pii.c - personal data in text: payment cards (Luhn and issuer prefixes),
 * IBANs (mod 97 and per-country length), e-mail addresses, phone numbers
 * (international +CC and North-American), and national ids whose format
 * carries a check: US SSN (structural rules), Spanish DNI/NIE (mod-23
 * letter), French NIR (mod-97 key). Validators are what keep precision up:
 * Hyperscan only says where a candidate ends. */
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* Digits joined by single separators from set, expanded both ways from pos. */
static void digit_run(const char *t, size_t len, size_t pos, const char *seps, size_t *s,
                      size_t *e)
{
    size_t a = pos, b = pos;
    while (a > 0) {
        unsigned char c = (unsigned char)t[a - 1];
        if (sg__is_digit(c))
            a--;
        else if (strchr(seps, c) && c && a >= 2 && sg__is_digit((unsigned char)t[a - 2]))
            a--;
        else
            break;
    }
    while (b < len) {
        unsigned char c = (unsigned char)t[b];
        if (sg__is_digit(c))
            b++;
        else if (strchr(seps, c) && c && b + 1 < len && sg__is_digit((unsigned char)t[b + 1]))
            b++;
        else
            break;
    }
    *s = a;
    *e = b;
}

/* Whether the digits ending just before pos form a number of their own
 * (they do not when a letter is glued to them: "FR76...105,2910..." is an
 * IBAN and a CSV comma, not 105,2910). */
static bool number_before(const char *t, size_t pos)
{
    while (pos > 0 && sg__is_digit((unsigned char)t[pos - 1]))
        pos--;
    return pos == 0 || !(sg__is_alnum((unsigned char)t[pos - 1]) || t[pos - 1] == '_');
}

/* Not glued to letters, digits or a decimal point on either side. */
static bool standalone(const char *t, size_t len, size_t s, size_t e)
{
    if (s > 0) {
        unsigned char c = (unsigned char)t[s - 1];
        if (sg__is_alnum(c) || c == '_' ||
            ((c == '.' || c == ',') && s >= 2 && sg__is_digit((unsigned char)t[s - 2]) &&
             number_before(t, s - 1)))
            return false;
    }
    if (e < len) {
        unsigned char c = (unsigned char)t[e];
        if (sg__is_alnum(c) || c == '_' || ((c == '.' || c == ',') && e + 1 < len &&
                                            sg__is_digit((unsigned char)t[e + 1])))
            return false;
    }
    return true;
}

bool sg__guard_luhn(const char *digits, size_t n)
{
    unsigned sum = 0;
    bool dbl = false;
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(digits[i] - '0');
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return n > 0 && sum % 10 == 0;
}

static bool card_prefix_ok(const char *d, size_t n)
{
    int p2 = (d[0] - '0') * 10 + (d[1] - '0');
    int p4 = p2 * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    if (d[0] == '4')
        return n == 13 || n == 16 || n == 19;                       /* Visa */
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return n == 16;                                             /* Mastercard */
    if (p2 == 34 || p2 == 37)
        return n == 15;                                             /* Amex */
    if (p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499) || p2 == 62)
        return n >= 16 && n <= 19;                                  /* Discover, UnionPay */
    if (p2 == 35)
        return n >= 16 && n <= 19;                                  /* JCB */
    if (p2 == 36 || p2 == 38 || p2 == 30)
        return n == 14;                                             /* Diners */
    return false;
}

/* Card numbers the networks and payment providers publish for testing
 * (Stripe, Adyen, Braintree, PayPal documentation): they appear in every
 * integration guide and code answer and can never be charged, so they are
 * not personal data. Sorted for bsearch. */
static const char *const test_pans[] = {
    "2223003122003222", "3056930009020004", "30569309025904",   "3530111333300000",
    "3566002020360505", "36227206271667",   "371449635398431",  "378282246310005",
    "378734493671000",  "38520000023237",   "4000000000000002", "4000000000000069",
    "4000000000000077", "4000000000000101", "4000000000000119", "4000000000000127",
    "4000000000000341", "4000000000003220", "4000000000009995", "4000000760000002",
    "4000002500003155", "4000002760003184", "4000003800000008", "4000056655665556",
    "4000058260000005", "4012000033330026", "4012888888881881", "4111111111111111",
    "4222222222222",    "4242424242424242", "4444333322221111", "4917610000000000",
    "5105105105105100", "5200828282828210", "5431111111111111", "5454545454545454",
    "5500000000000004", "5555555555554444", "6011000990139424", "6011111111111117",
    "6011601160116611", "6200000000000005", "6205500000000000004",
};

static int cmp_pan(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_test_pan(const char *digits, size_t n)
{
    char key[20];
    memcpy(key, digits, n);
    key[n] = '\0';
    const char *k = key;
    return bsearch(&k, test_pans, sizeof test_pans / sizeof test_pans[0], sizeof test_pans[0],
                   cmp_pan) != NULL;
}

static bool ex_card(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    digit_run(t, len, m - 1, " -", s, e);
    if (!standalone(t, len, *s, *e))
        return false;
    char d[20];
    size_t n = 0;
    char sep = 0;
    for (size_t i = *s; i < *e; i++) {
        if (sg__is_digit((unsigned char)t[i])) {
            if (n == sizeof d)
                return false;
            d[n++] = t[i];
        } else if (!sep) {
            sep = t[i];
        } else if (t[i] != sep) {
            return false; /* "4111 1111-1111 1111" is not how cards are written */
        }
    }
    return n >= 13 && n <= 19 && card_prefix_ok(d, n) && sg__guard_luhn(d, n) &&
           !is_test_pan(d, n);
}

/* IBAN lengths by country (ISO 13616 registry). */
static const struct {
    char cc[3];
    unsigned char len;
} iban_len[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BR", 29}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31},
    {"MU", 30}, {"NL", 18}, {"NO", 15}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25},
    {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24},
    {"SM", 27}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VG", 24}, {"XK", 20},
};

static unsigned iban_country_len(const char *cc)
{
    for (size_t i = 0; i < sizeof iban_len / sizeof iban_len[0]; i++)
        if (iban_len[i].cc[0] == cc[0] && iban_len[i].cc[1] == cc[1])
            return iban_len[i].len;
    return 0;
}

bool sg__guard_iban_valid(const char *c, size_t n)
{
    if (n < 15 || n > 34 || iban_country_len(c) != n)
        return false;
    unsigned rem = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char ch = (unsigned char)c[(k + 4) % n]; /* move the first four to the end */
        if (sg__is_digit(ch))
            rem = (rem * 10 + (ch - '0')) % 97;
        else if (is_upper(ch))
            rem = (rem * 100 + (ch - 'A' + 10)) % 97;
        else
            return false;
    }
    return rem == 1;
}

static bool ex_iban(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    /* The start is the last "CCdd" at a word start before the match end. */
    size_t lo = m > 48 ? m - 48 : 0;
    for (size_t p = m; p-- > lo;) {
        if (p + 4 > len || !is_upper((unsigned char)t[p]) || !is_upper((unsigned char)t[p + 1]) ||
            !sg__is_digit((unsigned char)t[p + 2]) || !sg__is_digit((unsigned char)t[p + 3]))
            continue;
        if (p > 0 && sg__is_alnum((unsigned char)t[p - 1]))
            continue;
        unsigned want = iban_country_len(t + p);
        if (!want)
            return false;
        char c[34];
        size_t n = 0, i = p;
        while (i < len && n < want) {
            unsigned char ch = (unsigned char)t[i];
            if (sg__is_digit(ch) || is_upper(ch))
                c[n++] = (char)ch;
            else if (ch != ' ' || i + 1 >= len || !sg__is_alnum((unsigned char)t[i + 1]))
                break;
            i++;
        }
        if (n != want || (i < len && sg__is_alnum((unsigned char)t[i])))
            return false;
        *s = p;
        *e = i;
        return sg__guard_iban_valid(c, n);
    }
    return false;
}

/* The characters of an address's local part and domain, one load per byte:
 * ex_email walks every address it is handed this way, and text with an
 * address every few lines calls it ~1,600 times per MB. */
enum { EMAIL_LOCAL = 1, EMAIL_DOMAIN = 2 };
static const unsigned char email_class[256] = {
    ['0' ... '9'] = EMAIL_LOCAL | EMAIL_DOMAIN, ['A' ... 'Z'] = EMAIL_LOCAL | EMAIL_DOMAIN,
    ['a' ... 'z'] = EMAIL_LOCAL | EMAIL_DOMAIN, ['.'] = EMAIL_LOCAL | EMAIL_DOMAIN,
    ['-'] = EMAIL_LOCAL | EMAIL_DOMAIN,         ['_'] = EMAIL_LOCAL,
    ['%'] = EMAIL_LOCAL,                        ['+'] = EMAIL_LOCAL,
};

static bool local_char(unsigned char c) { return email_class[c] & EMAIL_LOCAL; }
static bool domain_char(unsigned char c) { return email_class[c] & EMAIL_DOMAIN; }

static bool ex_email(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    const char *at = NULL;
    for (size_t p = m; p-- > 0 && m - p < 256;)
        if (t[p] == '@') {
            at = t + p;
            break;
        }
    if (!at)
        return false;
    size_t a = (size_t)(at - t), b = a + 1;
    while (a > 0 && local_char((unsigned char)t[a - 1]) && (size_t)(at - t) - a < 64)
        a--;
    while (a < (size_t)(at - t) && t[a] == '.')
        a++;
    while (b < len && domain_char((unsigned char)t[b]))
        b++;
    while (b > (size_t)(at - t) + 1 && (t[b - 1] == '.' || t[b - 1] == '-'))
        b--;
    if (a == (size_t)(at - t))
        return false;
    /* "scheme://user@host" and "redis://:pw@host" are URLs with user info
     * (connection strings are secrets.c's business), not e-mail addresses;
     * "mailto:bob@x.org" is one. */
    if (a > 0 && (t[a - 1] == '/' || t[a - 1] == ':')) {
        size_t k = a - 1;
        while (k > 0 && t[k - 1] != '/' && !sg__is_space((unsigned char)t[k - 1]) && a - k < 256)
            k--;
        if (t[a - 1] == '/' || (k >= 2 && t[k - 1] == '/' && t[k - 2] == '/'))
            return false;
    }
    size_t dot = b;
    while (dot > (size_t)(at - t) && t[dot - 1] != '.')
        dot--;
    if (dot <= (size_t)(at - t) + 1 || b - dot < 2)
        return false;
    for (size_t i = dot; i < b; i++)
        if (sg__is_digit((unsigned char)t[i]) || t[i] == '-')
            return false; /* the TLD is letters: "user@10.0.0.1" is not an address */
    /* "git@github.com:acme/infra.git" is an scp-style remote. */
    if (b + 1 < len && t[b] == ':' && !sg__is_space((unsigned char)t[b + 1]))
        return false;
    *s = a;
    *e = b;
    return true;
}

static bool phone_char(unsigned char c)
{
    return sg__is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
}

static bool ex_phone(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    size_t a = m, b = m;
    while (a > 0 && phone_char((unsigned char)t[a - 1]) && m - a < 32)
        a--;
    while (b < len && phone_char((unsigned char)t[b]) && b - m < 16)
        b++;
    /* Trim to a '+' or digit or '(' at the start, a digit at the end. */
    while (a < b && !(sg__is_digit((unsigned char)t[a]) || t[a] == '+' || t[a] == '('))
        a++;
    while (b > a && !sg__is_digit((unsigned char)t[b - 1]))
        b--;
    /* A '+' only starts the number; '(' must be closed. */
    const char *plus = memchr(t + a, '+', b - a);
    if (plus && plus != t + a)
        a = (size_t)(plus - t);
    if (!standalone(t, len, a, b))
        return false;
    char d[20];
    size_t n = 0, groups = 0;
    bool in_digit = false;
    for (size_t i = a; i < b; i++) {
        if (sg__is_digit((unsigned char)t[i])) {
            if (n == sizeof d)
                return false;
            d[n++] = t[i];
            if (!in_digit)
                groups++;
            in_digit = true;
        } else {
            if (t[i] == ' ' && i + 1 < b && t[i + 1] == ' ')
                return false;
            in_digit = false;
        }
    }
    if (groups > 6)
        return false;
    *s = a;
    *e = b;
    if (t[a] == '+')
        return n >= 8 && n <= 15 && d[0] != '0';
    /* North American: optional leading 1, area and exchange start 2-9. */
    const char *nd = d;
    if (n == 11 && d[0] == '1') {
        nd++;
        n--;
    }
    return n == 10 && groups >= 3 && nd[0] >= '2' && nd[3] >= '2';
}

static bool ex_ssn(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    if (m < 11)
        return false;
    *s = m - 11;
    *e = m;
    if (!standalone(t, len, *s, *e))
        return false;
    const char *p = t + *s;
    int area = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
    int group = (p[4] - '0') * 10 + (p[5] - '0');
    int serial = (p[7] - '0') * 1000 + (p[8] - '0') * 100 + (p[9] - '0') * 10 + (p[10] - '0');
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

static bool ex_dni(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    static const char letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
    size_t a = m - 1;
    while (a > 0 && (sg__is_alnum((unsigned char)t[a - 1]) || t[a - 1] == '-') && m - a < 12)
        a--;
    if (!standalone(t, len, a, m))
        return false;
    char d[10];
    size_t n = 0;
    unsigned long num = 0;
    char first = t[a], check = t[m - 1];
    for (size_t i = a; i + 1 < m; i++) {
        char c = t[i];
        if (c == '-')
            continue;
        if (n == sizeof d)
            return false;
        d[n++] = c;
    }
    if (n != 8)
        return false;
    size_t k = 0;
    if (first == 'X' || first == 'Y' || first == 'Z' || first == 'x' || first == 'y' || first == 'z') {
        num = (unsigned long)((first | 0x20) - 'x');
        k = 1;
    }
    for (; k < n; k++) {
        if (!sg__is_digit((unsigned char)d[k]))
            return false;
        num = num * 10 + (unsigned long)(d[k] - '0');
    }
    *s = a;
    *e = m;
    return (check & ~0x20) == letters[num % 23];
}

static bool ex_nir(const char *t, size_t len, size_t m, size_t *s, size_t *e)
{
    digit_run(t, len, m - 1, " ", s, e);
    if (!standalone(t, len, *s, *e))
        return false;
    char d[16];
    size_t n = 0;
    for (size_t i = *s; i < *e; i++)
        if (sg__is_digit((unsigned char)t[i])) {
            if (n == sizeof d)
                return false;
            d[n++] = t[i];
        }
    if (n != 15 || (d[0] != '1' && d[0] != '2'))
        return false;
    unsigned long long body = 0;
    for (int i = 0; i < 13; i++)
        body = body * 10 + (unsigned)(d[i] - '0');
    unsigned key = (unsigned)(d[13] - '0') * 10 + (unsigned)(d[14] - '0');
    return key == 97 - body % 97;
}

/* DIGITS triggers run only on digit-dense regions (entities.c); each keeps
 * the contract in guard_int.h: at most 2 bytes between digits (") " in a
 * phone number), at most 2 before the first ("X-") and after the last ("-L")
 * digit, and 9 or more digits (SSN 9, phone 10, card 13+, NIR 15) - except
 * the DNI/NIE, 7 or 8 adjacent digits followed by its letter. The IBAN
 * trigger starts with "CCdd" and spans at most 14 bytes (SG__PASS_IBAN).
 * The e-mail and '+' phone triggers run on the regions after each '@' and
 * each '+' before a digit (SG__PASS_EMAIL, SG__PASS_PLUS). */
const struct sg__entity_pattern sg__guard_pii_patterns[] = {
    {SG_ENT_CREDIT_CARD, "\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{1,4}", 0, ex_card, SG__PASS_DIGITS},
    {SG_ENT_CREDIT_CARD, "3[47]\\d{2}[ -]?\\d{6}[ -]?\\d{5}", 0, ex_card, SG__PASS_DIGITS},
    {SG_ENT_IBAN, "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2}", 0, ex_iban, SG__PASS_IBAN},
    {SG_ENT_EMAIL, "@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2}", 0, ex_email, SG__PASS_EMAIL},
    {SG_ENT_PHONE, "\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}[ .-]?\\d{2,4}[ .-]?\\d{2,4}", 0,
     ex_phone, SG__PASS_PLUS},
    {SG_ENT_PHONE, "(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}", 0, ex_phone, SG__PASS_DIGITS},
    {SG_ENT_US_SSN, "\\d{3}-\\d{2}-\\d{4}", 0, ex_ssn, SG__PASS_DIGITS},
    {SG_ENT_ES_DNI, "(?:\\d{8}|[XYZ]-?\\d{7})-?[A-Za-z]", 0, ex_dni, SG__PASS_DIGITS},
    {SG_ENT_FR_NIR, "[12] ?\\d{2} ?\\d{2} ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}", 0, ex_nir, SG__PASS_DIGITS},
};
const size_t sg__guard_pii_pattern_count =
    sizeof sg__guard_pii_patterns / sizeof sg__guard_pii_patterns[0];
