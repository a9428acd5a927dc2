/* decode.c - decoding probes for smuggled payloads: instructions hidden as
 * base64 or hex runs, or spelled in leetspeak ("1gn0r3 4ll pr3v10u5"). What
 * the probes recover is scored like the text itself (maximum of the two), so
 * encoding an attack does not hide it. Work is bounded: runs are capped and
 * the decoded total is capped. */
#include <string.h>

#include "guard_int.h"

#define MIN_RUN 16            /* shorter runs are ordinary words and ids */
#define MAX_DECODED 16384     /* total decoded bytes per text */

static int b64val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
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
        tmp[k++] = (unsigned char)(hexval(s[i]) << 4 | hexval(s[i + 1]));
    if (!looks_like_text(tmp, k))
        return false;
    if (sg_buf_append(out, tmp, k) || sg_buf_append_byte(out, '\n'))
        return false;
    *budget -= k;
    return true;
}

unsigned sg__guard_decode_raw(const char *raw, size_t len, sg_buf *out)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t budget = MAX_DECODED;
    unsigned found = 0;
    size_t i = 0;
    while (i < len && budget > 0) {
        if (b64val(s[i]) < 0) {
            i++;
            continue;
        }
        size_t j = i;
        bool all_hex = true, has_upper = false, has_lower = false;
        while (j < len && b64val(s[j]) >= 0) {
            if (hexval(s[j]) < 0)
                all_hex = false;
            if (s[j] >= 'A' && s[j] <= 'Z')
                has_upper = true;
            if (s[j] >= 'a' && s[j] <= 'z')
                has_lower = true;
            j++;
        }
        size_t n = j - i;
        if (n >= MIN_RUN) {
            if (all_hex && n % 2 == 0 && decode_hex_run(s + i, n, out, &budget))
                found |= SG__PROBE_HEX;
            else if (has_upper && has_lower && decode_b64_run(s + i, n, out, &budget))
                found |= SG__PROBE_BASE64;
        }
        i = j;
    }
    return found;
}

static char unleet(unsigned char c)
{
    switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '$': return 's';
    case '!': return 'i';
    case '|': return 'l';
    default: return (char)c;
    }
}

unsigned sg__guard_deleet(const char *norm, size_t len, sg_buf *out)
{
    const unsigned char *s = (const unsigned char *)norm;
    size_t start = out->len;
    bool changed = false;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        bool letter = false, leet = false;
        while (j < len && s[j] != ' ') {
            if (s[j] >= 'a' && s[j] <= 'z')
                letter = true;
            else if (unleet(s[j]) != (char)s[j])
                leet = true;
            j++;
        }
        /* Only tokens mixing letters with leet symbols: "h4ck3r", not "2024". */
        bool mix = letter && leet;
        for (size_t k = i; k < j; k++) {
            char c = mix ? unleet(s[k]) : (char)s[k];
            /* trailing '!' is punctuation, not an i */
            if (mix && s[k] == '!' && (k + 1 == j))
                c = '!';
            if (sg_buf_append_byte(out, (uint8_t)c))
                goto fail;
        }
        changed |= mix;
        if (j < len && sg_buf_append_byte(out, ' '))
            goto fail;
        i = j + 1;
    }
    if (changed)
        return SG__PROBE_LEET;
fail:
    out->len = start;
    if (out->data)
        out->data[start] = '\0';
    return 0;
}
