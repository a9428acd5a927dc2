/* note.c - C2SP signed notes with Ed25519 signatures (the same format and key
 * encodings as Go's golang.org/x/mod/sumdb/note) and C2SP tlog-checkpoint
 * bodies. Written here because no C library implements signed notes; the
 * cryptography itself is OpenSSL's Ed25519. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ledger/ledger_int.h"

#define ALG_ED25519 0x01
/* "— " : U+2014 EM DASH then a space opens every signature line. */
static const char sig_prefix[] = "\xe2\x80\x94 ";

struct sg_note_signer {
    struct sg_note_verifier pub;
    EVP_PKEY *pkey;
};

/* ---- names and key ids ---------------------------------------------------- */

static bool utf8_valid(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > len || (n == 2 && c < 0xc2) || (n == 4 && c > 0xf4))
            return false;
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xc0) != 0x80)
                return false;
        if (n == 3 && ((c == 0xe0 && s[i + 1] < 0xa0) || (c == 0xed && s[i + 1] >= 0xa0)))
            return false;
        if (n == 4 && ((c == 0xf0 && s[i + 1] < 0x90) || (c == 0xf4 && s[i + 1] >= 0x90)))
            return false;
        i += n;
    }
    return true;
}

/* A key name: non-empty UTF-8 without whitespace or '+' (ASCII whitespace is
 * what can reach us from a one-line format; control bytes are refused). */
static bool name_valid(const char *name, size_t len)
{
    if (len == 0 || len > SG_NOTE_MAX_NAME || !utf8_valid((const unsigned char *)name, len))
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c <= 0x20 || c == 0x7f || c == '+')
            return false;
    }
    /* U+00A0, U+2000..U+200A, U+2028/9, U+202F, U+205F, U+3000, U+0085, U+1680 are spaces too */
    static const char *const spaces[] = {"\xc2\xa0", "\xc2\x85", "\xe1\x9a\x80", "\xe2\x80\xa8",
                                         "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f",
                                         "\xe3\x80\x80"};
    for (size_t i = 0; i < sizeof spaces / sizeof *spaces; i++)
        if (memmem(name, len, spaces[i], strlen(spaces[i])))
            return false;
    for (size_t i = 0; i + 2 < len; i++)
        if ((unsigned char)name[i] == 0xe2 && (unsigned char)name[i + 1] == 0x80 &&
            (unsigned char)name[i + 2] >= 0x80 && (unsigned char)name[i + 2] <= 0x8a)
            return false;
    return true;
}

uint32_t sg__note_key_id(const char *name, const uint8_t pub[32])
{
    /* SHA-256(name || "\n" || alg || key)[:4], big-endian */
    size_t nlen = strlen(name);
    uint8_t buf[SG_NOTE_MAX_NAME + 1 + 1 + 32], h[32];
    memcpy(buf, name, nlen);
    buf[nlen] = '\n';
    buf[nlen + 1] = ALG_ED25519;
    memcpy(buf + nlen + 2, pub, 32);
    if (sg_sha256(buf, nlen + 2 + 32, h) != SG_OK)
        return 0;
    return (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 | (uint32_t)h[2] << 8 | h[3];
}

/* ---- verifier keys ------------------------------------------------------- */

sg_err sg_note_vkey_parse(const char *vkey, struct sg_note_verifier *out, struct sg_error *err)
{
    memset(out, 0, sizeof *out);
    const char *p1 = strchr(vkey, '+');
    const char *p2 = p1 ? strchr(p1 + 1, '+') : NULL;
    sg_buf key;
    sg_buf_init(&key, 64);
    sg_err rc = SG_ERR_KEY;
    if (!p2 || !name_valid(vkey, (size_t)(p1 - vkey)) || p2 - p1 - 1 != 8) {
        rc = sg_error_set(err, SG_ERR_KEY, "vkey", "not of the form name+hash+key");
        goto out;
    }
    uint8_t idb[4];
    char idhex[9];
    memcpy(idhex, p1 + 1, 8);
    idhex[8] = '\0';
    if (sg_hex_decode(idhex, idb, 4) != SG_OK ||
        sg_base64_decode(p2 + 1, strlen(p2 + 1), &key) != SG_OK || key.len != 33 ||
        (uint8_t)key.data[0] != ALG_ED25519) {
        rc = sg_error_set(err, SG_ERR_KEY, "vkey", "bad key hash or not an Ed25519 key");
        goto out;
    }
    memcpy(out->name, vkey, (size_t)(p1 - vkey));
    memcpy(out->pub, key.data + 1, 32);
    out->key_id = (uint32_t)idb[0] << 24 | (uint32_t)idb[1] << 16 | (uint32_t)idb[2] << 8 | idb[3];
    if (out->key_id != sg__note_key_id(out->name, out->pub)) {
        rc = sg_error_set(err, SG_ERR_KEY, "vkey", "key hash does not match name and key");
        goto out;
    }
    rc = SG_OK;
out:
    if (rc != SG_OK)
        memset(out, 0, sizeof *out);
    sg_buf_release(&key);
    return rc;
}

void sg_note_vkey_format(const struct sg_note_verifier *v, char *out, size_t size)
{
    uint8_t raw[33];
    raw[0] = ALG_ED25519;
    memcpy(raw + 1, v->pub, 32);
    sg_buf b64;
    sg_buf_init(&b64, 128);
    if (sg_base64_encode(raw, sizeof raw, &b64) != SG_OK)
        snprintf(out, size, "%s", "");
    else
        snprintf(out, size, "%s+%08x+%s", v->name, v->key_id, b64.data);
    sg_buf_release(&b64);
}

/* ---- signing keys -------------------------------------------------------- */

static sg_err signer_from_seed(const char *name, const uint8_t seed[32], sg_note_signer **out,
                               struct sg_error *err)
{
    *out = NULL;
    if (!name_valid(name, strlen(name)))
        return sg_error_set(err, SG_ERR_KEY, name, "invalid key name");
    sg_note_signer *s = calloc(1, sizeof *s);
    if (!s)
        return sg_error_set(err, SG_ERR_NOMEM, name, "out of memory");
    size_t publen = 32;
    s->pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, 32);
    if (!s->pkey || !EVP_PKEY_get_raw_public_key(s->pkey, s->pub.pub, &publen) || publen != 32) {
        sg_note_signer_free(s);
        return sg_error_set(err, SG_ERR_CRYPTO, name, "cannot load Ed25519 key");
    }
    snprintf(s->pub.name, sizeof s->pub.name, "%s", name);
    s->pub.key_id = sg__note_key_id(s->pub.name, s->pub.pub);
    *out = s;
    return SG_OK;
}

sg_err sg_note_signer_generate(const char *name, sg_note_signer **out, struct sg_error *err)
{
    uint8_t seed[32];
    if (RAND_priv_bytes(seed, sizeof seed) != 1)
        return sg_error_set(err, SG_ERR_CRYPTO, name, "no randomness for a key");
    sg_err rc = signer_from_seed(name, seed, out, err);
    OPENSSL_cleanse(seed, sizeof seed);
    return rc;
}

sg_err sg_note_signer_parse(const char *skey, sg_note_signer **out, struct sg_error *err)
{
    *out = NULL;
    static const char prefix[] = "PRIVATE+KEY+";
    char name[SG_NOTE_MAX_NAME + 1];
    sg_buf key;
    sg_buf_init(&key, 64);
    sg_err rc;
    const char *p1 = strncmp(skey, prefix, sizeof prefix - 1) == 0
                         ? strchr(skey + sizeof prefix - 1, '+')
                         : NULL;
    const char *n0 = skey + sizeof prefix - 1;
    const char *p2 = p1 ? strchr(p1 + 1, '+') : NULL;
    size_t nlen = p1 ? (size_t)(p1 - n0) : 0;
    size_t klen = p2 ? strcspn(p2 + 1, "\n") : 0;
    if (!p2 || nlen == 0 || nlen > SG_NOTE_MAX_NAME || p2 - p1 - 1 != 8 ||
        sg_base64_decode(p2 + 1, klen, &key) != SG_OK || key.len != 33 ||
        (uint8_t)key.data[0] != ALG_ED25519) {
        rc = sg_error_set(err, SG_ERR_KEY, "signing key", "not a PRIVATE+KEY+name+hash+key");
        goto out;
    }
    memcpy(name, n0, nlen);
    name[nlen] = '\0';
    if ((rc = signer_from_seed(name, (const uint8_t *)key.data + 1, out, err)) != SG_OK)
        goto out;
    char idhex[9];
    snprintf(idhex, sizeof idhex, "%08x", (*out)->pub.key_id);
    if (strncmp(idhex, p1 + 1, 8) != 0) {
        sg_note_signer_free(*out);
        *out = NULL;
        rc = sg_error_set(err, SG_ERR_KEY, "signing key", "key hash does not match");
    }
out:
    sg_buf_release_secure(&key);
    return rc;
}

sg_err sg_note_signer_format(const sg_note_signer *s, sg_buf *out)
{
    uint8_t raw[33];
    size_t len = 32;
    raw[0] = ALG_ED25519;
    if (!EVP_PKEY_get_raw_private_key(s->pkey, raw + 1, &len) || len != 32)
        return SG_ERR_CRYPTO;
    sg_err rc = sg_buf_printf(out, "PRIVATE+KEY+%s+%08x+", s->pub.name, s->pub.key_id);
    if (rc == SG_OK)
        rc = sg_base64_encode(raw, sizeof raw, out);
    if (rc == SG_OK)
        rc = sg_buf_append_byte(out, '\n');
    OPENSSL_cleanse(raw, sizeof raw);
    return rc;
}

void sg_note_signer_public(const sg_note_signer *s, struct sg_note_verifier *out)
{
    *out = s->pub;
}

void sg_note_signer_free(sg_note_signer *s)
{
    if (!s)
        return;
    EVP_PKEY_free(s->pkey);
    OPENSSL_cleanse(s, sizeof *s);
    free(s);
}

sg_err sg_note_sign(const sg_note_signer *s, const char *text, size_t len, sg_buf *out,
                    struct sg_error *err)
{
    if (len == 0 || text[len - 1] != '\n')
        return sg_error_set(err, SG_ERR_INVALID_ARG, "note", "text must end with a newline");
    uint8_t sig[4 + 64];
    size_t siglen = 64;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = md && EVP_DigestSignInit(md, NULL, NULL, NULL, s->pkey) == 1 &&
              EVP_DigestSign(md, sig + 4, &siglen, (const uint8_t *)text, len) == 1 &&
              siglen == 64;
    EVP_MD_CTX_free(md);
    if (!ok)
        return sg_error_set(err, SG_ERR_CRYPTO, s->pub.name, "Ed25519 signing failed");
    sig[0] = (uint8_t)(s->pub.key_id >> 24);
    sig[1] = (uint8_t)(s->pub.key_id >> 16);
    sig[2] = (uint8_t)(s->pub.key_id >> 8);
    sig[3] = (uint8_t)s->pub.key_id;
    size_t mark = out->len;
    sg_err rc = sg_buf_append(out, text, len);
    if (rc == SG_OK)
        rc = sg_buf_printf(out, "\n%s%s ", sig_prefix, s->pub.name);
    if (rc == SG_OK)
        rc = sg_base64_encode(sig, sizeof sig, out);
    if (rc == SG_OK)
        rc = sg_buf_append_byte(out, '\n');
    if (rc != SG_OK) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
        return sg_error_set(err, rc, "note", "cannot build the signed note");
    }
    return SG_OK;
}

/* ---- verification ---------------------------------------------------------- */

bool sg__note_ed25519_verify(const uint8_t pub[32], const uint8_t *msg, size_t len,
                             const uint8_t sig[64])
{
    EVP_PKEY *pk = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pub, 32);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = pk && md && EVP_DigestVerifyInit(md, NULL, NULL, NULL, pk) == 1 &&
              EVP_DigestVerify(md, sig, 64, msg, len) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pk);
    return ok;
}

sg_err sg_note_verify(const char *note, size_t len, const struct sg_note_verifier *v,
                      size_t *text_len, struct sg_error *err)
{
    const char *what = "signed note";
    *text_len = 0;
    if (len > SG_NOTE_MAX_LEN)
        return sg_error_set(err, SG_ERR_TOO_LARGE, what, "larger than %zu bytes", SG_NOTE_MAX_LEN);
    if (!utf8_valid((const unsigned char *)note, len))
        return sg_error_set(err, SG_ERR_PARSE, what, "not UTF-8");
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)note[i] < 0x20 && note[i] != '\n') || note[i] == 0x7f)
            return sg_error_set(err, SG_ERR_PARSE, what, "control character at byte %zu", i);
    /* The signature block follows the last blank line. */
    size_t split = len;
    for (size_t i = len; i-- > 1;)
        if (note[i] == '\n' && note[i - 1] == '\n') {
            split = i - 1;
            break;
        }
    if (split == len || len == 0 || note[len - 1] != '\n' || split + 2 >= len)
        return sg_error_set(err, SG_ERR_PARSE, what, "no signature block after a blank line");
    size_t tlen = split + 1;
    bool verified = false;
    unsigned nsigs = 0;
    sg_buf sig;
    sg_buf_init(&sig, 256);
    sg_err rc = SG_OK;
    for (size_t pos = split + 2; pos < len;) {
        const char *line = note + pos;
        const char *nl = memchr(line, '\n', len - pos);
        size_t llen = (size_t)(nl - line);
        pos += llen + 1;
        if (++nsigs > SG_NOTE_MAX_SIGS) {
            rc = sg_error_set(err, SG_ERR_PARSE, what, "more than %d signatures", SG_NOTE_MAX_SIGS);
            break;
        }
        size_t plen = sizeof sig_prefix - 1;
        const char *sp = llen > plen ? memchr(line + plen, ' ', llen - plen) : NULL;
        if (llen <= plen || memcmp(line, sig_prefix, plen) != 0 || !sp ||
            !name_valid(line + plen, (size_t)(sp - line - plen))) {
            rc = sg_error_set(err, SG_ERR_PARSE, what, "malformed signature line %u", nsigs);
            break;
        }
        sg_buf_reset(&sig);
        const char *b64 = sp + 1;
        size_t b64len = (size_t)(line + llen - b64);
        if (b64len == 0 || b64len > 300 || sg_base64_decode(b64, b64len, &sig) != SG_OK ||
            sig.len < 5) {
            rc = sg_error_set(err, SG_ERR_PARSE, what, "malformed signature on line %u", nsigs);
            break;
        }
        size_t nlen = (size_t)(sp - line - plen);
        const uint8_t *s = (const uint8_t *)sig.data;
        uint32_t id = (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3];
        if (nlen != strlen(v->name) || memcmp(line + plen, v->name, nlen) != 0 || id != v->key_id)
            continue; /* another key's signature: ignored, as the spec requires */
        if (sig.len != 4 + 64 || !sg__note_ed25519_verify(v->pub, (const uint8_t *)note, tlen, s + 4)) {
            rc = sg_error_set(err, SG_ERR_SIGNATURE, v->name, "note signature does not verify");
            break;
        }
        verified = true;
    }
    sg_buf_release(&sig);
    if (rc != SG_OK)
        return rc;
    if (!verified)
        return sg_error_set(err, SG_ERR_SIGNATURE, v->name, "note carries no signature by this key");
    *text_len = tlen;
    return SG_OK;
}

/* ---- checkpoints ------------------------------------------------------------ */

sg_err sg_checkpoint_parse(const char *text, size_t len, struct sg_checkpoint *out,
                           struct sg_error *err)
{
    const char *what = "checkpoint";
    memset(out, 0, sizeof *out);
    const char *lines[3];
    size_t lens[3];
    size_t pos = 0;
    for (int i = 0; i < 3; i++) {
        const char *nl = pos < len ? memchr(text + pos, '\n', len - pos) : NULL;
        if (!nl)
            return sg_error_set(err, SG_ERR_PARSE, what, "fewer than three lines");
        lines[i] = text + pos;
        lens[i] = (size_t)(nl - lines[i]);
        pos += lens[i] + 1;
    }
    if (lens[0] == 0 || lens[0] > SG_NOTE_MAX_NAME)
        return sg_error_set(err, SG_ERR_PARSE, what, "empty or overlong origin");
    if (!utf8_valid((const unsigned char *)lines[0], lens[0]))
        return sg_error_set(err, SG_ERR_PARSE, what, "origin is not UTF-8");
    for (size_t i = 0; i < lens[0]; i++)
        if ((unsigned char)lines[0][i] < 0x20 || lines[0][i] == 0x7f)
            return sg_error_set(err, SG_ERR_PARSE, what, "control character in the origin");
    /* Extension lines are opaque, but they must be lines. */
    if (pos < len && text[len - 1] != '\n')
        return sg_error_set(err, SG_ERR_PARSE, what, "text does not end with a newline");
    uint64_t size = 0;
    if (lens[1] == 0 || lens[1] > 20 || (lens[1] > 1 && lines[1][0] == '0'))
        return sg_error_set(err, SG_ERR_PARSE, what, "tree size is not a canonical number");
    for (size_t i = 0; i < lens[1]; i++) {
        unsigned d = (unsigned)(lines[1][i] - '0');
        if (d > 9 || size > (UINT64_MAX - d) / 10)
            return sg_error_set(err, SG_ERR_PARSE, what, "tree size is not a canonical number");
        size = size * 10 + d;
    }
    sg_buf root;
    sg_buf_init(&root, 64);
    if (lens[2] != 44 || sg_base64_decode(lines[2], lens[2], &root) != SG_OK ||
        root.len != SG_LEDGER_HASH_LEN) {
        sg_buf_release(&root);
        return sg_error_set(err, SG_ERR_PARSE, what, "root hash is not 32 bytes of base64");
    }
    memcpy(out->origin, lines[0], lens[0]);
    out->size = size;
    memcpy(out->root, root.data, SG_LEDGER_HASH_LEN);
    sg_buf_release(&root);
    return SG_OK;
}

sg_err sg_checkpoint_open(const char *note, size_t len, const struct sg_note_verifier *v,
                          struct sg_checkpoint *out, struct sg_error *err)
{
    memset(out, 0, sizeof *out);
    size_t tlen = 0;
    sg_err rc = sg_note_verify(note, len, v, &tlen, err);
    if (rc == SG_OK)
        rc = sg_checkpoint_parse(note, tlen, out, err);
    if (rc == SG_OK && strcmp(out->origin, v->name) != 0)
        rc = sg_error_set(err, SG_ERR_SIGNATURE, "checkpoint", "origin '%s' is not the log '%s'",
                          out->origin, v->name);
    if (rc != SG_OK)
        memset(out, 0, sizeof *out);
    return rc;
}
