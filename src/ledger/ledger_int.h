/* ledger_int.h - what the ledger's source files share and nobody else needs:
 * the subtree-hash source behind proof generation, the SQLite store, and the
 * key/checkpoint plumbing. */
#ifndef SG_LEDGER_INT_H
#define SG_LEDGER_INT_H

#include <limits.h>
#include <pthread.h>
#include <sqlite3.h>

#include "saiguard/buf.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "saiguard/ledger.h"

/* ---- merkle.c ---------------------------------------------------------- */

/* Supplies the hash of the complete subtree at level (0 = leaf) and index
 * (leaves index<<level .. ((index+1)<<level)-1). */
struct sg__merkle_src {
    sg_err (*node)(void *user, unsigned level, uint64_t index, uint8_t out[SG_LEDGER_HASH_LEN],
                   struct sg_error *err);
    void *user;
};

/* Hash of the leaves [begin, end), end > begin, from O(log n) subtrees. */
SG_MUST_USE sg_err sg__merkle_range(const struct sg__merkle_src *src, uint64_t begin,
                                    uint64_t end, uint8_t out[SG_LEDGER_HASH_LEN],
                                    struct sg_error *err);
/* RFC 6962 PATH(index, D[0:size]) into p (hashes, n). */
SG_MUST_USE sg_err sg__merkle_prove_inclusion(const struct sg__merkle_src *src, uint64_t index,
                                              uint64_t size, struct sg_ledger_proof *p,
                                              struct sg_error *err);
/* RFC 6962 PROOF(m, D[0:size]) into p (hashes, n); 0 < m <= size. */
SG_MUST_USE sg_err sg__merkle_prove_consistency(const struct sg__merkle_src *src, uint64_t m,
                                                uint64_t size, struct sg_ledger_proof *p,
                                                struct sg_error *err);

/* The right edge of a tree while it grows: one hash per set bit of size,
 * highest level first. Appending a leaf merges equal levels, reporting each
 * new complete subtree through emit (may be NULL). */
struct sg__merkle_frontier {
    uint64_t size;
    unsigned n;
    unsigned level[64];
    uint8_t hash[64][SG_LEDGER_HASH_LEN];
};
typedef sg_err (*sg__merkle_emit_fn)(void *user, unsigned level, uint64_t index,
                                     const uint8_t hash[SG_LEDGER_HASH_LEN]);
SG_MUST_USE sg_err sg__merkle_frontier_push(struct sg__merkle_frontier *f,
                                            const uint8_t leaf[SG_LEDGER_HASH_LEN],
                                            sg__merkle_emit_fn emit, void *user);
/* Root of the tree the frontier describes. */
SG_MUST_USE sg_err sg__merkle_frontier_root(const struct sg__merkle_frontier *f,
                                            uint8_t out[SG_LEDGER_HASH_LEN]);

/* ---- store.c ----------------------------------------------------------- */

struct sg_ledger {
    sqlite3 *db;
    char dir[PATH_MAX];
    bool readonly;
    sg_note_signer *signer; /* NULL when opened read-only without a key */
    struct sg_note_verifier verifier;
    bool has_verifier;
    /* frontier cache: valid while nobody else appended (checked by size) */
    struct sg__merkle_frontier frontier;
    bool frontier_valid;
    /* the latest checkpoint this handle signed, not yet in ledger.checkpoint */
    sg_buf pending_checkpoint;
    double checkpoint_written; /* CLOCK_MONOTONIC seconds */
    sqlite3_stmt *st_insert_entry, *st_get_hashes, *st_size, *st_set_meta;
    sqlite3_stmt *st_insert_group; /* INSERT_GROUP rows at once, prepared when first needed */
};

/* Complete subtree hashes are stored with the entry that completes them:
 * appending entry i completes the subtrees at levels 1..t, t = the number of
 * trailing one bits of i, and entries.nodes holds their hashes in level
 * order (t * 32 bytes). One row per event keeps appends fast; the subtree
 * (level, index) lives in the row of its last leaf. */
static inline uint64_t sg__ledger_node_row(unsigned level, uint64_t index)
{
    return ((index + 1) << level) - 1;
}

SG_MUST_USE sg_err sg__ledger_db_error(sg_ledger *lg, int rc, const char *what,
                                       struct sg_error *err);
SG_MUST_USE sg_err sg__ledger_src_node(void *user, unsigned level, uint64_t index,
                                       uint8_t out[SG_LEDGER_HASH_LEN], struct sg_error *err);
SG_MUST_USE sg_err sg__ledger_begin_read(sg_ledger *lg, struct sg_error *err);
void sg__ledger_end_read(sg_ledger *lg);
SG_MUST_USE sg_err sg__ledger_size_locked(sg_ledger *lg, uint64_t *size, struct sg_error *err);
/* Latest signed checkpoint note stored in the database, or "" if none. */
SG_MUST_USE sg_err sg__ledger_stored_checkpoint(sg_ledger *lg, sg_buf *out, struct sg_error *err);
/* Appends the bodies at bytes + spans[i].off (spans[i].len bytes each, as
 * sg_ledger_event_body writes them) like sg_ledger_append_bodies, without a
 * copy: each body must have SG__LEDGER_HEADROOM bytes before it that may be
 * overwritten, and its first byte is overwritten too (the entry's index
 * goes there). */
#define SG__LEDGER_HEADROOM 32
struct sg__ledger_span {
    size_t off, len;
};
SG_MUST_USE sg_err sg__ledger_append_spans(sg_ledger *lg, char *bytes,
                                           const struct sg__ledger_span *spans, size_t n,
                                           uint64_t *first, struct sg_error *err);
/* Signs a checkpoint for (size, root) into out. */
SG_MUST_USE sg_err sg__ledger_sign_checkpoint(sg_ledger *lg, uint64_t size,
                                              const uint8_t root[SG_LEDGER_HASH_LEN], sg_buf *out,
                                              struct sg_error *err);

/* ---- note.c ------------------------------------------------------------ */

/* Verifies an Ed25519 signature of msg by pub (constant outcome on failure). */
bool sg__note_ed25519_verify(const uint8_t pub[32], const uint8_t *msg, size_t len,
                             const uint8_t sig[64]);
uint32_t sg__note_key_id(const char *name, const uint8_t pub[32]);

#endif
