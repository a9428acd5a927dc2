/* decode.c - decoding probes for smuggled payloads: instructions hidden as
 * base64 or hex runs, or spelled in leetspeak ("1gn0r3 4ll pr3v10u5"). What
 * the probes recover is scored like the text itself (maximum of the two), so
 * encoding an attack does not hide it. Work is bounded: runs are capped and
 * the decoded total is capped. */
#include <string.h>

#include "saiguard/encode.h"
#include "guard_int.h"

#define MAX_DECODED 16384     /* total decoded bytes per text */

/* base64 (standard and URL-safe) digit values, -1 elsewhere: a table,
 * because this runs on every byte of every checked text. */
static const signed char b64tab[256] = {
    ['A'] = 0,  ['B'] = 1,  ['C'] = 2,  ['D'] = 3,  ['E'] = 4,  ['F'] = 5,  ['G'] = 6,
    ['H'] = 7,  ['I'] = 8,  ['J'] = 9,  ['K'] = 10, ['L'] = 11, ['M'] = 12, ['N'] = 13,
    ['O'] = 14, ['P'] = 15, ['Q'] = 16, ['R'] = 17, ['S'] = 18, ['T'] = 19, ['U'] = 20,
    ['V'] = 21, ['W'] = 22, ['X'] = 23, ['Y'] = 24, ['Z'] = 25, ['a'] = 26, ['b'] = 27,
    ['c'] = 28, ['d'] = 29, ['e'] = 30, ['f'] = 31, ['g'] = 32, ['h'] = 33, ['i'] = 34,
    ['j'] = 35, ['k'] = 36, ['l'] = 37, ['m'] = 38, ['n'] = 39, ['o'] = 40, ['p'] = 41,
    ['q'] = 42, ['r'] = 43, ['s'] = 44, ['t'] = 45, ['u'] = 46, ['v'] = 47, ['w'] = 48,
    ['x'] = 49, ['y'] = 50, ['z'] = 51, ['0'] = 52, ['1'] = 53, ['2'] = 54, ['3'] = 55,
    ['4'] = 56, ['5'] = 57, ['6'] = 58, ['7'] = 59, ['8'] = 60, ['9'] = 61, ['+'] = 62,
    ['-'] = 62, ['/'] = 63, ['_'] = 63,
};

static inline int b64val(unsigned char c)
{
    /* The table's zero entries are 'A' only; everything else unset is -1. */
    return b64tab[c] || c == 'A' ? b64tab[c] : -1;
}

/* Decoded bytes count only if they read as text: mostly printable ASCII
 * (or UTF-8 lead/continuation bytes) with some letters and spaces. */
static bool looks_like_text(const unsigned char *s, size_t n)
{
    if (n < 8)
        return false;
    size_t printable = 0, letters = 0, spaces = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t' || c >= 0x80)
            printable++;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            letters++;
        if (c == ' ')
            spaces++;
    }
    return printable * 10 >= n * 9 && letters * 2 >= n && spaces > 0;
}

static bool decode_b64_run(const unsigned char *s, size_t n, sg_buf *out, size_t *budget)
{
    unsigned char tmp[MAX_DECODED];
    size_t k = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && k < sizeof tmp && k < *budget; i++) {
        int v = b64val(s[i]);
        if (v < 0)
            break; /* '=' padding ends the run */
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            tmp[k++] = (unsigned char)(acc >> bits);
        }
    }
    if (!looks_like_text(tmp, k))
        return false;
    if (sg_buf_append(out, tmp, k) || sg_buf_append_byte(out, '\n'))
        return false;
    *budget -= k;
    return true;
}

static bool decode_hex_run(const unsigned char *s, size_t n, sg_buf *out, size_t *budget)
{
    unsigned char tmp[MAX_DECODED];
    size_t k = 0;
    for (size_t i = 0; i + 1 < n && k < sizeof tmp && k < *budget; i += 2)
        tmp[k++] = (unsigned char)(sg_hex_digit(s[i]) << 4 | sg_hex_digit(s[i + 1]));
    if (!looks_like_text(tmp, k))
        return false;
    if (sg_buf_append(out, tmp, k) || sg_buf_append_byte(out, '\n'))
        return false;
    *budget -= k;
    return true;
}

/* The bytes b64tab gives a value, as flags: this runs on every long token
 * (dotted names, paths, URLs), so no branch per byte. */
static const unsigned char b64_alphabet[256] = {
    ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['0' ... '9'] = 1,
    ['+'] = 1, ['-'] = 1, ['/'] = 1, ['_'] = 1,
};

size_t sg__guard_b64_run(const char *raw, size_t len)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < len; i++) {
        run = (run + 1) & (0 - (size_t)b64_alphabet[s[i]]);
        longest = run > longest ? run : longest;
    }
    return longest;
}

unsigned sg__guard_decode_raw(const char *raw, size_t len, sg_buf *out)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t budget = MAX_DECODED;
    unsigned found = 0;
    size_t i = 0;
    /* Only runs of SG__PROBE_MIN_RUN or more bytes are decoded, so look at
     * every SG__PROBE_MIN_RUN-th byte: a byte outside the alphabet there
     * means no such run covers it, and the search moves on past it. Bytes
     * before i never belong to the next run (i is 0 or follows a byte
     * outside the alphabet). b64_alphabet holds exactly the bytes b64val()
     * gives a value. */
    while (i + SG__PROBE_MIN_RUN <= len && budget > 0) {
        size_t p = i + SG__PROBE_MIN_RUN - 1;
        if (!b64_alphabet[s[p]]) {
            i = p + 1;
            continue;
        }
        size_t j = p + 1;
        while (i < p && b64_alphabet[s[p - 1]])
            p--;
        i = p;
        while (j < len && b64_alphabet[s[j]])
            j++;
        size_t n = j - i;
        if (n >= SG__PROBE_MIN_RUN) { /* rare: only now look at what the run is made of */
            bool all_hex = true, has_upper = false, has_lower = false;
            for (size_t k = i; k < j; k++) {
                all_hex &= sg_hex_digit(s[k]) >= 0;
                has_upper |= s[k] >= 'A' && s[k] <= 'Z';
                has_lower |= s[k] >= 'a' && s[k] <= 'z';
            }
            if (all_hex && n % 2 == 0 && decode_hex_run(s + i, n, out, &budget))
                found |= SG__PROBE_HEX;
            else if (has_upper && has_lower && decode_b64_run(s + i, n, out, &budget))
                found |= SG__PROBE_BASE64;
        }
        i = j;
    }
    return found;
}

/* Leet symbol -> the letter it stands for; 0 for every other byte. */
static const char leet_to[256] = {
    ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's',
    ['7'] = 't', ['@'] = 'a', ['$'] = 's', ['!'] = 'i', ['|'] = 'l',
};
static char unleet(unsigned char c) { return leet_to[c] ? leet_to[c] : (char)c; }

/* Does the token s[i..j) mix letters with leet symbols ("h4ck3r", not "2024")? */
static bool leet_token(const unsigned char *s, size_t i, size_t j)
{
    bool letter = false, leet = false;
    for (size_t k = i; k < j; k++) {
        if (s[k] >= 'a' && s[k] <= 'z')
            letter = true;
        else if (leet_to[s[k]])
            leet = true;
    }
    return letter && leet;
}

static bool is_sep(unsigned char c) { return c == ' ' || c == '\n'; }

unsigned sg__guard_deleet(const char *norm, size_t len, sg_buf *out)
{
    const unsigned char *s = (const unsigned char *)norm;
    /* Most texts have no leet token: find one before copying anything. */
    bool any = false;
    for (size_t i = 0; i < len && !any;) {
        size_t j = i;
        while (j < len && !is_sep(s[j]))
            j++;
        any = leet_token(s, i, j);
        i = j + 1;
    }
    if (!any || sg_buf_reserve(out, len))
        return 0;
    char *d = out->data + out->len;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && !is_sep(s[j]))
            j++;
        bool mix = leet_token(s, i, j);
        for (size_t k = i; k < j; k++) {
            /* a trailing '!' is punctuation, not an i */
            d[k] = mix && !(s[k] == '!' && k + 1 == j) ? unleet(s[k]) : (char)s[k];
        }
        if (j < len)
            d[j] = (char)s[j];
        i = j + 1;
    }
    out->len += len;
    out->data[out->len] = '\0';
    return SG__PROBE_LEET;
}
