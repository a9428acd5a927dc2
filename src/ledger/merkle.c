/* merkle.c - RFC 6962 / RFC 9162 Merkle tree hashing: leaf and node hashes,
 * roots, the growing right edge used when appending and verifying, proof
 * generation from stored subtree hashes, and proof checking with the
 * edge-case policy documented in ledger.h. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <string.h>

#include "ledger/ledger_int.h"

/* ---- hashing ------------------------------------------------------------ */

/* Fetched once, and one digest context per thread: implicit fetching and
 * allocating inside EVP_Digest cost more than hashing a 65-byte node, and
 * verify hashes millions of them. */
static EVP_MD *sha256_md;
static pthread_key_t ctx_key;
static pthread_once_t sha256_once = PTHREAD_ONCE_INIT;

static void free_ctx(void *ctx)
{
    EVP_MD_CTX_free(ctx);
}

static void sha256_fetch(void)
{
    sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
    if (pthread_key_create(&ctx_key, free_ctx) != 0) {
        EVP_MD_free(sha256_md);
        sha256_md = NULL;
    }
}

static sg_err hash_parts(uint8_t prefix, const void *a, size_t alen, const void *b, size_t blen,
                         uint8_t out[SG_LEDGER_HASH_LEN])
{
    pthread_once(&sha256_once, sha256_fetch);
    if (!sha256_md)
        return SG_ERR_CRYPTO;
    EVP_MD_CTX *ctx = pthread_getspecific(ctx_key);
    if (!ctx) {
        if (!(ctx = EVP_MD_CTX_new()) || pthread_setspecific(ctx_key, ctx) != 0) {
            EVP_MD_CTX_free(ctx);
            return SG_ERR_NOMEM;
        }
    }
    unsigned int n = 0;
    bool ok = EVP_DigestInit_ex2(ctx, sha256_md, NULL) && EVP_DigestUpdate(ctx, &prefix, 1) &&
              (alen == 0 || EVP_DigestUpdate(ctx, a, alen)) &&
              (blen == 0 || EVP_DigestUpdate(ctx, b, blen)) && EVP_DigestFinal_ex(ctx, out, &n) &&
              n == SG_LEDGER_HASH_LEN;
    return ok ? SG_OK : SG_ERR_CRYPTO;
}

sg_err sg_merkle_leaf_hash(const void *data, size_t len, uint8_t out[SG_LEDGER_HASH_LEN])
{
    return hash_parts(0x00, data, len, NULL, 0, out);
}

sg_err sg_merkle_node_hash(const uint8_t left[SG_LEDGER_HASH_LEN],
                           const uint8_t right[SG_LEDGER_HASH_LEN], uint8_t out[SG_LEDGER_HASH_LEN])
{
    return hash_parts(0x01, left, SG_LEDGER_HASH_LEN, right, SG_LEDGER_HASH_LEN, out);
}

/* ---- the growing right edge --------------------------------------------- */

sg_err sg__merkle_frontier_push(struct sg__merkle_frontier *f, const uint8_t leaf[SG_LEDGER_HASH_LEN],
                                sg__merkle_emit_fn emit, void *user)
{
    if (f->n >= 64)
        return SG_ERR_LIMIT;
    uint64_t leaf_index = f->size;
    memcpy(f->hash[f->n], leaf, SG_LEDGER_HASH_LEN);
    f->level[f->n] = 0;
    f->n++;
    while (f->n >= 2 && f->level[f->n - 2] == f->level[f->n - 1]) {
        uint8_t merged[SG_LEDGER_HASH_LEN];
        sg_err rc = sg_merkle_node_hash(f->hash[f->n - 2], f->hash[f->n - 1], merged);
        if (rc != SG_OK)
            return rc;
        f->n--;
        unsigned level = ++f->level[f->n - 1];
        memcpy(f->hash[f->n - 1], merged, SG_LEDGER_HASH_LEN);
        if (emit && (rc = emit(user, level, leaf_index >> level, merged)) != SG_OK)
            return rc;
    }
    f->size++;
    return SG_OK;
}

sg_err sg__merkle_frontier_root(const struct sg__merkle_frontier *f, uint8_t out[SG_LEDGER_HASH_LEN])
{
    if (f->n == 0)
        return sg_sha256("", 0, out);
    uint8_t acc[SG_LEDGER_HASH_LEN];
    memcpy(acc, f->hash[f->n - 1], sizeof acc);
    for (unsigned i = f->n - 1; i-- > 0;) {
        sg_err rc = sg_merkle_node_hash(f->hash[i], acc, acc);
        if (rc != SG_OK)
            return rc;
    }
    memcpy(out, acc, sizeof acc);
    return SG_OK;
}

sg_err sg_merkle_root(const uint8_t (*leaves)[SG_LEDGER_HASH_LEN], uint64_t n,
                      uint8_t out[SG_LEDGER_HASH_LEN])
{
    struct sg__merkle_frontier f = {0};
    for (uint64_t i = 0; i < n; i++) {
        sg_err rc = sg__merkle_frontier_push(&f, leaves[i], NULL, NULL);
        if (rc != SG_OK)
            return rc;
    }
    return sg__merkle_frontier_root(&f, out);
}

/* ---- proofs from stored subtrees --------------------------------------- */

/* Largest power of two strictly below n (n >= 2). */
static uint64_t split_point(uint64_t n)
{
    uint64_t k = 1;
    while (k << 1 < n)
        k <<= 1;
    return k;
}

sg_err sg__merkle_range(const struct sg__merkle_src *src, uint64_t begin, uint64_t end,
                        uint8_t out[SG_LEDGER_HASH_LEN], struct sg_error *err)
{
    uint64_t n = end - begin;
    /* RFC 6962 splits put every range's begin on a multiple of its
     * largest power of two, so a power-of-two range is one stored subtree. */
    if ((n & (n - 1)) == 0) {
        unsigned level = (unsigned)__builtin_ctzll(n);
        if (begin % n != 0)
            return sg_error_set(err, SG_ERR_INTERNAL, "merkle", "unaligned subtree");
        return src->node(src->user, level, begin >> level, out, err);
    }
    uint64_t k = split_point(n);
    uint8_t left[SG_LEDGER_HASH_LEN], right[SG_LEDGER_HASH_LEN];
    sg_err rc = sg__merkle_range(src, begin, begin + k, left, err);
    if (rc == SG_OK)
        rc = sg__merkle_range(src, begin + k, end, right, err);
    if (rc == SG_OK)
        rc = sg_merkle_node_hash(left, right, out);
    return rc;
}

static sg_err proof_push(struct sg_ledger_proof *p, const struct sg__merkle_src *src,
                         uint64_t begin, uint64_t end, struct sg_error *err)
{
    if (p->n >= SG_LEDGER_MAX_PROOF)
        return sg_error_set(err, SG_ERR_LIMIT, "merkle", "proof too long");
    return sg__merkle_range(src, begin, end, p->hashes[p->n++], err);
}

/* PATH(m, D[begin:end]) with m relative to begin: recursion first, so the
 * hashes come out leaf-side first as the RFC concatenates them. */
static sg_err path(const struct sg__merkle_src *src, uint64_t m, uint64_t begin, uint64_t end,
                   struct sg_ledger_proof *p, struct sg_error *err)
{
    uint64_t n = end - begin;
    if (n <= 1)
        return SG_OK;
    uint64_t k = split_point(n);
    sg_err rc;
    if (m < k) {
        if ((rc = path(src, m, begin, begin + k, p, err)) != SG_OK)
            return rc;
        return proof_push(p, src, begin + k, end, err);
    }
    if ((rc = path(src, m - k, begin + k, end, p, err)) != SG_OK)
        return rc;
    return proof_push(p, src, begin, begin + k, err);
}

sg_err sg__merkle_prove_inclusion(const struct sg__merkle_src *src, uint64_t index, uint64_t size,
                                  struct sg_ledger_proof *p, struct sg_error *err)
{
    if (index >= size)
        return sg_error_set(err, SG_ERR_NOT_FOUND, "merkle", "index %llu is not below size %llu",
                            (unsigned long long)index, (unsigned long long)size);
    p->n = 0;
    return path(src, index, 0, size, p, err);
}

/* SUBPROOF(m, D[begin:end], b) of RFC 6962 section 2.1.2. */
static sg_err subproof(const struct sg__merkle_src *src, uint64_t m, uint64_t begin, uint64_t end,
                       bool complete, struct sg_ledger_proof *p, struct sg_error *err)
{
    uint64_t n = end - begin;
    if (m == n)
        return complete ? SG_OK : proof_push(p, src, begin, end, err);
    uint64_t k = split_point(n);
    sg_err rc;
    if (m <= k) {
        if ((rc = subproof(src, m, begin, begin + k, complete, p, err)) != SG_OK)
            return rc;
        return proof_push(p, src, begin + k, end, err);
    }
    if ((rc = subproof(src, m - k, begin + k, end, false, p, err)) != SG_OK)
        return rc;
    return proof_push(p, src, begin, begin + k, err);
}

sg_err sg__merkle_prove_consistency(const struct sg__merkle_src *src, uint64_t m, uint64_t size,
                                    struct sg_ledger_proof *p, struct sg_error *err)
{
    if (m == 0 || m > size)
        return sg_error_set(err, SG_ERR_INVALID_ARG, "merkle",
                            "consistency needs 0 < old size <= size (%llu, %llu)",
                            (unsigned long long)m, (unsigned long long)size);
    p->n = 0;
    return subproof(src, m, 0, size, true, p, err);
}

/* ---- proof checking (RFC 9162 2.1.3.2 and 2.1.4.2) ---------------------- */

static bool is_hash(struct sg_merkle_bytes b)
{
    return b.data && b.len == SG_LEDGER_HASH_LEN;
}

static bool all_hashes(const struct sg_merkle_bytes *proof, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_hash(proof[i]))
            return false;
    return true;
}

sg_err sg_merkle_verify_inclusion(uint64_t index, uint64_t size, struct sg_merkle_bytes leaf_hash,
                                  const struct sg_merkle_bytes *proof, size_t n,
                                  struct sg_merkle_bytes root, struct sg_error *err)
{
    const char *why = NULL;
    if (index >= size)
        why = "index is not below the tree size";
    else if (!is_hash(leaf_hash) || !is_hash(root) || !all_hashes(proof, n))
        why = "a hash is not 32 bytes";
    if (why)
        return sg_error_set(err, SG_ERR_MISMATCH, "inclusion proof", "%s", why);
    uint64_t fn = index, sn = size - 1;
    uint8_t r[SG_LEDGER_HASH_LEN];
    memcpy(r, leaf_hash.data, sizeof r);
    for (size_t i = 0; i < n; i++) {
        if (sn == 0)
            return sg_error_set(err, SG_ERR_MISMATCH, "inclusion proof", "proof too long");
        sg_err rc;
        if ((fn & 1) || fn == sn) {
            rc = sg_merkle_node_hash(proof[i].data, r, r);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            rc = sg_merkle_node_hash(r, proof[i].data, r);
        }
        if (rc != SG_OK)
            return sg_error_set(err, rc, "inclusion proof", "hashing failed");
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return sg_error_set(err, SG_ERR_MISMATCH, "inclusion proof", "proof too short");
    if (CRYPTO_memcmp(r, root.data, sizeof r) != 0)
        return sg_error_set(err, SG_ERR_MISMATCH, "inclusion proof", "root does not match");
    return SG_OK;
}

sg_err sg_merkle_verify_consistency(uint64_t size1, uint64_t size2, struct sg_merkle_bytes root1,
                                    struct sg_merkle_bytes root2,
                                    const struct sg_merkle_bytes *proof, size_t n,
                                    struct sg_error *err)
{
    const char *what = "consistency proof";
    if (size1 == 0)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "a proof from size 0 proves nothing");
    if (size1 > size2)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "old size is larger than new size");
    if (size1 == size2) {
        if (n != 0)
            return sg_error_set(err, SG_ERR_MISMATCH, what, "equal sizes need an empty proof");
        if (!root1.data || !root2.data || root1.len != root2.len ||
            CRYPTO_memcmp(root1.data, root2.data, root1.len) != 0)
            return sg_error_set(err, SG_ERR_MISMATCH, what, "roots differ at equal sizes");
        return SG_OK;
    }
    if (!is_hash(root1) || !is_hash(root2) || !all_hashes(proof, n))
        return sg_error_set(err, SG_ERR_MISMATCH, what, "a hash is not 32 bytes");
    if (n == 0)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "empty proof");
    size_t i = 0;
    uint8_t fr[SG_LEDGER_HASH_LEN], sr[SG_LEDGER_HASH_LEN];
    /* A power-of-two old tree is itself a node of the new one: the proof
     * omits it, so start from the old root. */
    if ((size1 & (size1 - 1)) == 0) {
        memcpy(fr, root1.data, sizeof fr);
    } else {
        memcpy(fr, proof[0].data, sizeof fr);
        i = 1;
    }
    memcpy(sr, fr, sizeof sr);
    uint64_t fn = size1 - 1, sn = size2 - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    for (; i < n; i++) {
        if (sn == 0)
            return sg_error_set(err, SG_ERR_MISMATCH, what, "proof too long");
        sg_err rc = SG_OK;
        if ((fn & 1) || fn == sn) {
            if ((rc = sg_merkle_node_hash(proof[i].data, fr, fr)) == SG_OK)
                rc = sg_merkle_node_hash(proof[i].data, sr, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            rc = sg_merkle_node_hash(sr, proof[i].data, sr);
        }
        if (rc != SG_OK)
            return sg_error_set(err, rc, what, "hashing failed");
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "proof too short");
    if (CRYPTO_memcmp(fr, root1.data, sizeof fr) != 0)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "old root does not match");
    if (CRYPTO_memcmp(sr, root2.data, sizeof sr) != 0)
        return sg_error_set(err, SG_ERR_MISMATCH, what, "new root does not match");
    return SG_OK;
}
