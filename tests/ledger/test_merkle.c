/* test_merkle.c - RFC 6962 hashing against the published tree vectors, every
 * transparency-dev inclusion and consistency proof vector (with the edge-case
 * policy of ledger.h), and proofs we generate checked by our own verifier
 * for every (index, size) and (m, n) pair of small trees. */
#include "harness.h"

#include <dirent.h>
#include <stdlib.h>

#include "ledger/ledger_int.h"
#include "saiguard/ledger.h"

static json_t *load(const char *path)
{
    json_t *j = NULL;
    struct sg_error err = {0};
    if (sg_json_load_file(path, 1 << 20, &j, &err) == SG_OK)
        return j;
    /* Some mutation vectors carry 2^64-1, which jansson's signed integers
     * cannot hold: load those as reals (they are all error cases). */
    json_error_t jerr;
    j = json_load_file(path, JSON_DECODE_INT_AS_REAL, &jerr);
    if (!j)
        fprintf(stderr, "%s: %s\n", path, jerr.text);
    return j;
}

static uint64_t get_u64(const json_t *v, const char *key)
{
    const json_t *x = json_object_get(v, key);
    if (json_is_real(x)) {
        double d = json_real_value(x);
        return d >= 18446744073709551615.0 ? UINT64_MAX : d <= 0 ? 0 : (uint64_t)d;
    }
    return (uint64_t)json_integer_value(x);
}

static bool hex_is(const uint8_t h[32], const char *hex)
{
    char got[65];
    sg_hex_encode(h, 32, got);
    return strcmp(got, hex) == 0;
}

static void test_rfc6962_tree_vectors(void)
{
    json_t *v = load(sg_test_shared("testvectors/rfc6962-tree-vectors.json"));
    CHECK(v);
    json_t *inputs = json_object_get(v, "leaf_inputs_hex");
    json_t *want_leaves = json_object_get(v, "leaf_hashes_hex");
    json_t *roots = json_object_get(v, "roots_by_tree_size_hex");
    size_t n = json_array_size(inputs);
    CHECK(n == 8);
    uint8_t leaves[8][32];
    for (size_t i = 0; i < n; i++) {
        const char *hex = json_string_value(json_array_get(inputs, i));
        uint8_t data[64];
        size_t len = strlen(hex) / 2;
        CHECK_OK(sg_hex_decode(hex, data, len), NULL);
        CHECK_OK(sg_merkle_leaf_hash(data, len, leaves[i]), NULL);
        CHECK(hex_is(leaves[i], json_string_value(json_array_get(want_leaves, i))));
    }
    for (uint64_t size = 0; size <= n; size++) {
        char key[8];
        snprintf(key, sizeof key, "%llu", (unsigned long long)size);
        uint8_t root[32];
        CHECK_OK(sg_merkle_root((const uint8_t(*)[32])leaves, size, root), NULL);
        CHECK(hex_is(root, json_string_value(json_object_get(roots, key))));
    }
    json_t *hv = json_object_get(v, "hasher_vectors");
    uint8_t h[32];
    CHECK_OK(sg_merkle_root(NULL, 0, h), NULL);
    CHECK(hex_is(h, json_string_value(json_object_get(json_array_get(hv, 0), "want"))));
    CHECK_OK(sg_merkle_leaf_hash("L123456", 7, h), NULL);
    CHECK(hex_is(h, json_string_value(json_object_get(json_array_get(hv, 2), "want"))));
    /* node("N123","N456") uses 4-byte children, so hash the concatenation by hand */
    uint8_t node_in[9] = {0x01, 'N', '1', '2', '3', 'N', '4', '5', '6'};
    CHECK_OK(sg_sha256(node_in, sizeof node_in, h), NULL);
    CHECK(hex_is(h, json_string_value(json_object_get(json_array_get(hv, 3), "want"))));
    json_decref(v);
}

/* ---- transparency-dev vectors ------------------------------------------- */

struct decoded {
    sg_buf bufs[80];
    struct sg_merkle_bytes items[80];
    size_t n;
};

static bool decode_one(struct decoded *d, const json_t *s, struct sg_merkle_bytes *out)
{
    if (json_is_null(s) || !s) {
        *out = (struct sg_merkle_bytes){NULL, 0};
        return true;
    }
    if (d->n >= 80)
        return false;
    sg_buf *b = &d->bufs[d->n++];
    sg_buf_init(b, 4096);
    const char *text = json_string_value(s);
    if (!text || sg_base64_decode(text, strlen(text), b) != SG_OK)
        return false;
    *out = (struct sg_merkle_bytes){(const uint8_t *)(b->data ? b->data : ""), b->len};
    return true;
}

static void decoded_release(struct decoded *d)
{
    for (size_t i = 0; i < d->n; i++)
        sg_buf_release(&d->bufs[i]);
    d->n = 0;
}

/* Runs fn on every JSON file below dir; returns the number of vectors. */
static int each_vector(const char *dir, bool (*fn)(const char *path, json_t *v))
{
    DIR *dh = opendir(dir);
    if (!dh)
        return -1;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (e->d_type == DT_DIR) {
            int sub = each_vector(path, fn);
            if (sub < 0) {
                count = -1;
                break;
            }
            count += sub;
            continue;
        }
        json_t *v = load(path);
        bool ok = v && fn(path, v);
        json_decref(v);
        if (!ok) {
            count = -1;
            break;
        }
        count++;
    }
    closedir(dh);
    return count;
}

static bool run_inclusion(const char *path, json_t *v)
{
    struct decoded d = {0};
    struct sg_merkle_bytes leaf, root, proof[64];
    json_t *p = json_object_get(v, "proof");
    size_t n = json_array_size(p);
    bool ok = n <= 64 && decode_one(&d, json_object_get(v, "leafHash"), &leaf) &&
              decode_one(&d, json_object_get(v, "root"), &root);
    for (size_t i = 0; ok && i < n; i++)
        ok = decode_one(&d, json_array_get(p, i), &proof[i]);
    if (!ok) {
        fprintf(stderr, "%s: cannot decode\n", path);
        decoded_release(&d);
        return false;
    }
    bool want_err = json_is_true(json_object_get(v, "wantErr"));
    sg_err rc = sg_merkle_verify_inclusion(get_u64(v, "leafIdx"), get_u64(v, "treeSize"), leaf,
                                           proof, n, root, NULL);
    decoded_release(&d);
    if ((rc != SG_OK) != want_err) {
        fprintf(stderr, "%s: wantErr=%d but got %s\n", path, want_err, sg_err_name(rc));
        return false;
    }
    return true;
}

static bool run_consistency(const char *path, json_t *v)
{
    struct decoded d = {0};
    struct sg_merkle_bytes r1, r2, proof[64];
    json_t *p = json_object_get(v, "proof");
    size_t n = json_array_size(p);
    bool ok = n <= 64 && decode_one(&d, json_object_get(v, "root1"), &r1) &&
              decode_one(&d, json_object_get(v, "root2"), &r2);
    for (size_t i = 0; ok && i < n; i++)
        ok = decode_one(&d, json_array_get(p, i), &proof[i]);
    if (!ok) {
        fprintf(stderr, "%s: cannot decode\n", path);
        decoded_release(&d);
        return false;
    }
    bool want_err = json_is_true(json_object_get(v, "wantErr"));
    sg_err rc = sg_merkle_verify_consistency(get_u64(v, "size1"), get_u64(v, "size2"), r1, r2,
                                             proof, n, NULL);
    decoded_release(&d);
    if ((rc != SG_OK) != want_err) {
        fprintf(stderr, "%s: wantErr=%d but got %s\n", path, want_err, sg_err_name(rc));
        return false;
    }
    return true;
}

static void test_transparency_dev_inclusion_vectors(void)
{
    int n = each_vector(sg_test_shared("testvectors/transparency-dev-merkle/testdata/inclusion"),
                        run_inclusion);
    CHECK(n >= 98);
}

static void test_transparency_dev_consistency_vectors(void)
{
    int n = each_vector(sg_test_shared("testvectors/transparency-dev-merkle/testdata/consistency"),
                        run_consistency);
    CHECK(n >= 98);
}

/* ---- our proofs, checked by our verifier, for every small tree ---------- */

struct mem_tree {
    uint8_t leaves[70][32];
};

static sg_err mem_node(void *user, unsigned level, uint64_t index, uint8_t out[32],
                       struct sg_error *err)
{
    (void)err;
    struct mem_tree *t = user;
    uint64_t begin = index << level, n = (uint64_t)1 << level;
    return sg_merkle_root((const uint8_t(*)[32])t->leaves[begin], n, out);
}

static void test_generated_proofs_verify(void)
{
    static struct mem_tree t;
    for (int i = 0; i < 70; i++) {
        char data[16];
        int len = snprintf(data, sizeof data, "leaf %d", i);
        CHECK_OK(sg_merkle_leaf_hash(data, (size_t)len, t.leaves[i]), NULL);
    }
    struct sg__merkle_src src = {mem_node, &t};
    static struct sg_ledger_proof p;
    struct sg_merkle_bytes items[64];
    for (uint64_t size = 1; size <= 70; size++) {
        uint8_t root[32];
        CHECK_OK(sg_merkle_root((const uint8_t(*)[32])t.leaves, size, root), NULL);
        uint8_t range_root[32];
        CHECK_OK(sg__merkle_range(&src, 0, size, range_root, NULL), NULL);
        CHECK(memcmp(root, range_root, 32) == 0);
        struct sg_merkle_bytes rb = {root, 32};
        for (uint64_t i = 0; i < size; i++) {
            CHECK_OK(sg__merkle_prove_inclusion(&src, i, size, &p, NULL), NULL);
            for (size_t k = 0; k < p.n; k++)
                items[k] = (struct sg_merkle_bytes){p.hashes[k], 32};
            CHECK_OK(sg_merkle_verify_inclusion(i, size, (struct sg_merkle_bytes){t.leaves[i], 32},
                                                items, p.n, rb, NULL),
                     NULL);
            /* a wrong index must not verify with the same proof */
            if (size > 1)
                CHECK(sg_merkle_verify_inclusion((i + 1) % size, size,
                                                 (struct sg_merkle_bytes){t.leaves[i], 32}, items,
                                                 p.n, rb, NULL) != SG_OK);
        }
        for (uint64_t m = 1; m <= size; m++) {
            uint8_t old[32];
            CHECK_OK(sg_merkle_root((const uint8_t(*)[32])t.leaves, m, old), NULL);
            CHECK_OK(sg__merkle_prove_consistency(&src, m, size, &p, NULL), NULL);
            for (size_t k = 0; k < p.n; k++)
                items[k] = (struct sg_merkle_bytes){p.hashes[k], 32};
            CHECK_OK(sg_merkle_verify_consistency(m, size, (struct sg_merkle_bytes){old, 32}, rb,
                                                  items, p.n, NULL),
                     NULL);
            if (m < size) {
                old[5] ^= 1;
                CHECK(sg_merkle_verify_consistency(m, size, (struct sg_merkle_bytes){old, 32}, rb,
                                                   items, p.n, NULL) != SG_OK);
            }
        }
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_rfc6962_tree_vectors),
        SG_TEST(test_transparency_dev_inclusion_vectors),
        SG_TEST(test_transparency_dev_consistency_vectors),
        SG_TEST(test_generated_proofs_verify),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
