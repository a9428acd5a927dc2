/* ledger.h - the tamper-evident audit ledger: an append-only log of audit
 * events in SQLite (WAL), hashed into an RFC 6962 / RFC 9162 Merkle tree
 * (SHA-256, leaf prefix 0x00, node prefix 0x01), with C2SP tlog-checkpoints
 * signed as C2SP signed notes (Ed25519), inclusion and consistency proofs.
 *
 * Files in the state directory (created on first write, mode 0600):
 *   ledger.db          the log (entries + stored complete-subtree hashes)
 *   ledger.key         the Ed25519 note signing key (Go sumdb "skey" form)
 *   ledger.checkpoint  the latest signed checkpoint, rewritten after each
 *                      commit; a copy kept elsewhere is a witness
 *
 * Entry data (the Merkle leaf input) is one compact JSON object that begins
 * with {"index":N, and holds type, time, actor, role, subject, outcome,
 * digest_before, digest_after, details. Binding the index into the leaf makes
 * swapped or re-numbered rows detectable without any other state.
 *
 * Thread safety: an sg_ledger handle is used by one thread at a time. Any
 * number of handles, in any number of processes, may append to the same
 * ledger: appends take SQLite's write lock (BEGIN IMMEDIATE) and choose their
 * index inside the transaction, so the log has one total order. The batcher
 * is the thread-safe path for servers. */
#ifndef SAIGUARD_LEDGER_H
#define SAIGUARD_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "context.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SG_LEDGER_HASH_LEN 32
/* More hashes than any proof in a tree of up to 2^63 leaves needs. */
#define SG_LEDGER_MAX_PROOF 128
/* Largest entry data accepted (the serialised event JSON). */
#define SG_LEDGER_MAX_ENTRY ((size_t)1 << 20)

/* ======================================================================
 * Merkle tree hashing and proof checking (RFC 9162 sections 2.1.3.2 and
 * 2.1.4.2). Pure functions; thread-safe.
 *
 * Edge-case policy (the same as transparency-dev/merkle, whose vectors we
 * pass): every hash must be exactly 32 bytes; a consistency proof from
 * size 0 is rejected (it proves nothing), even 0 -> 0; size1 == size2
 * succeeds only with an empty proof and byte-equal roots; size1 > size2 and
 * index >= size are rejected. Failures return SG_ERR_MISMATCH.
 * ====================================================================== */

/* SHA-256(0x00 || data) */
SG_MUST_USE sg_err sg_merkle_leaf_hash(const void *data, size_t len,
                                       uint8_t out[SG_LEDGER_HASH_LEN]);
/* SHA-256(0x01 || left || right) */
SG_MUST_USE sg_err sg_merkle_node_hash(const uint8_t left[SG_LEDGER_HASH_LEN],
                                       const uint8_t right[SG_LEDGER_HASH_LEN],
                                       uint8_t out[SG_LEDGER_HASH_LEN]);
/* Root of n leaf hashes (n = 0 gives SHA-256 of the empty string). */
SG_MUST_USE sg_err sg_merkle_root(const uint8_t (*leaves)[SG_LEDGER_HASH_LEN], uint64_t n,
                                  uint8_t out[SG_LEDGER_HASH_LEN]);

/* A hash of arbitrary length as it arrives from outside (vectors, JSON). */
struct sg_merkle_bytes {
    const uint8_t *data;
    size_t len;
};

SG_MUST_USE sg_err sg_merkle_verify_inclusion(uint64_t index, uint64_t size,
                                              struct sg_merkle_bytes leaf_hash,
                                              const struct sg_merkle_bytes *proof, size_t n,
                                              struct sg_merkle_bytes root, struct sg_error *err);
SG_MUST_USE sg_err sg_merkle_verify_consistency(uint64_t size1, uint64_t size2,
                                                struct sg_merkle_bytes root1,
                                                struct sg_merkle_bytes root2,
                                                const struct sg_merkle_bytes *proof, size_t n,
                                                struct sg_error *err);

/* ======================================================================
 * C2SP signed notes and tlog-checkpoints.
 * ====================================================================== */

#define SG_NOTE_MAX_LEN ((size_t)64 << 10) /* whole note, text and signatures */
#define SG_NOTE_MAX_NAME 255
#define SG_NOTE_MAX_SIGS 100

/* A public Ed25519 note verifier key: vkey "name+hash+base64(0x01||key)",
 * where hash is SHA-256(name || "\n" || 0x01 || key)[:4] in hex. */
struct sg_note_verifier {
    char name[SG_NOTE_MAX_NAME + 1];
    uint32_t key_id;
    uint8_t pub[32];
};

/* Parses a vkey; SG_ERR_KEY if malformed, unknown algorithm or if the key
 * hash does not match the name and key. */
SG_MUST_USE sg_err sg_note_vkey_parse(const char *vkey, struct sg_note_verifier *out,
                                      struct sg_error *err);
/* Formats v as a vkey into out (at least 512 bytes). */
void sg_note_vkey_format(const struct sg_note_verifier *v, char *out, size_t size);

/* Verifies a signed note: at least one signature line by v (same name and
 * key id) must be a valid Ed25519 signature over the text; lines by other
 * keys are ignored (as the spec requires), malformed notes are rejected
 * (SG_ERR_PARSE) and a note with no valid signature by v fails with
 * SG_ERR_SIGNATURE. On success *text_len is the length of the signed text
 * (which ends in '\n'). */
SG_MUST_USE sg_err sg_note_verify(const char *note, size_t len,
                                  const struct sg_note_verifier *v, size_t *text_len,
                                  struct sg_error *err);

/* An Ed25519 note signing key; opaque. */
typedef struct sg_note_signer sg_note_signer;

/* Generates a new key named name (no spaces, '+' or newlines). */
SG_MUST_USE sg_err sg_note_signer_generate(const char *name, sg_note_signer **out,
                                           struct sg_error *err);
/* Parses Go's "PRIVATE+KEY+name+hash+base64(0x01||seed)" form. */
SG_MUST_USE sg_err sg_note_signer_parse(const char *skey, sg_note_signer **out,
                                        struct sg_error *err);
/* The skey text into out (owned: sg_buf_release_secure it). */
SG_MUST_USE sg_err sg_note_signer_format(const sg_note_signer *s, sg_buf *out);
void sg_note_signer_public(const sg_note_signer *s, struct sg_note_verifier *out);
/* Appends text (must end in '\n') and one signature line to out. */
SG_MUST_USE sg_err sg_note_sign(const sg_note_signer *s, const char *text, size_t len,
                                sg_buf *out, struct sg_error *err);
/* Wipes and frees; NULL is fine. */
void sg_note_signer_free(sg_note_signer *s);

/* The body of a C2SP tlog-checkpoint: origin line, decimal size, base64
 * root hash, then optional extension lines (kept opaque, not interpreted). */
struct sg_checkpoint {
    char origin[SG_NOTE_MAX_NAME + 1];
    uint64_t size;
    uint8_t root[SG_LEDGER_HASH_LEN];
};
/* Parses checkpoint text (the signed text of a note). SG_ERR_PARSE on a
 * missing line, non-canonical number, or a root that is not 32 bytes. */
SG_MUST_USE sg_err sg_checkpoint_parse(const char *text, size_t len, struct sg_checkpoint *out,
                                       struct sg_error *err);
/* Verifies the note with v, parses its checkpoint and requires the origin to
 * equal v's name. */
SG_MUST_USE sg_err sg_checkpoint_open(const char *note, size_t len,
                                      const struct sg_note_verifier *v,
                                      struct sg_checkpoint *out, struct sg_error *err);

/* ======================================================================
 * The ledger.
 * ====================================================================== */

typedef struct sg_ledger sg_ledger;

enum {
    SG_LEDGER_CREATE = 1 << 0,   /* create state dir, database and key if missing */
    SG_LEDGER_READONLY = 1 << 1, /* never write (verify, show, prove, export) */
};

/* Opens the ledger in state_dir. Without SG_LEDGER_CREATE a missing ledger
 * is SG_ERR_NOT_FOUND. Close with sg_ledger_close. */
SG_MUST_USE sg_err sg_ledger_open(const char *state_dir, unsigned flags, sg_ledger **out,
                                  struct sg_error *err);
void sg_ledger_close(sg_ledger *lg);

/* Appends one event durably (fsync'd before return) and returns its index.
 * event->time may be NULL for now; actor NULL = the current user. */
SG_MUST_USE sg_err sg_ledger_append(sg_ledger *lg, const struct sg_audit_event *event,
                                    uint64_t *index, struct sg_error *err);

/* An event already serialised (by sg_ledger_event_body): a compact JSON
 * object without "index". Used by the batcher and for bulk loads. */
SG_MUST_USE sg_err sg_ledger_event_body(const struct sg_audit_event *event, sg_buf *out,
                                        struct sg_error *err);
/* Appends n bodies in one transaction (one fsync); *first = index of the
 * first. Either all are appended or none. */
SG_MUST_USE sg_err sg_ledger_append_bodies(sg_ledger *lg, const sg_buf *bodies, size_t n,
                                           uint64_t *first, struct sg_error *err);

SG_MUST_USE sg_err sg_ledger_size(sg_ledger *lg, uint64_t *size, struct sg_error *err);
/* Root hash of the first size entries, from stored subtree hashes. */
SG_MUST_USE sg_err sg_ledger_root(sg_ledger *lg, uint64_t size, uint8_t out[SG_LEDGER_HASH_LEN],
                                  struct sg_error *err);

/* The log's verifier key (name = checkpoint origin). */
void sg_ledger_verifier(const sg_ledger *lg, struct sg_note_verifier *out);
/* Signs a checkpoint of the current tree; *note is malloc'd (free()). */
SG_MUST_USE sg_err sg_ledger_checkpoint(sg_ledger *lg, char **note, struct sg_error *err);

struct sg_ledger_proof {
    uint64_t index;      /* inclusion: the entry; consistency: the old size */
    uint64_t tree_size;
    uint8_t leaf_hash[SG_LEDGER_HASH_LEN]; /* inclusion only */
    uint8_t old_root[SG_LEDGER_HASH_LEN];  /* consistency only */
    uint8_t root[SG_LEDGER_HASH_LEN];
    size_t n;
    uint8_t hashes[SG_LEDGER_MAX_PROOF][SG_LEDGER_HASH_LEN];
};
/* Inclusion proof of entry index in the tree of tree_size entries (0 = the
 * current size). O(log n) database reads. SG_ERR_NOT_FOUND if out of range. */
SG_MUST_USE sg_err sg_ledger_prove_inclusion(sg_ledger *lg, uint64_t index, uint64_t tree_size,
                                             struct sg_ledger_proof *out, struct sg_error *err);
/* Consistency proof from old_size (>= 1) to tree_size (0 = current). */
SG_MUST_USE sg_err sg_ledger_prove_consistency(sg_ledger *lg, uint64_t old_size,
                                               uint64_t tree_size, struct sg_ledger_proof *out,
                                               struct sg_error *err);

/* Result of a full verification. */
struct sg_ledger_verify_result {
    uint64_t size;          /* entries read */
    uint8_t root[SG_LEDGER_HASH_LEN];
    bool is_intact;
    uint64_t first_bad;     /* valid when !is_intact: first entry index found bad */
    uint64_t checkpoints_checked;
    char problem[512];      /* when !is_intact: what was wrong */
};
/* Recomputes every leaf and subtree hash from the stored event data and
 * checks: contiguous indexes, each entry's embedded index, stored leaf and
 * node hashes, the latest signed checkpoint (database copy and
 * ledger.checkpoint file) and, if checkpoint_note is not NULL, that
 * externally kept checkpoint (signature, origin and - by recomputing the root
 * at its size - consistency; a checkpoint larger than the log means
 * rollback). Returns SG_OK if intact, SG_ERR_TAMPERED (with res and err
 * naming the first bad index) if not, other codes if it could not run.
 * progress (may be NULL) is called with the entries read. */
SG_MUST_USE sg_err sg_ledger_verify(sg_ledger *lg, const char *checkpoint_note, size_t note_len,
                                    const sg_ctx *progress, struct sg_ledger_verify_result *res,
                                    struct sg_error *err);

/* A query for scanning entries; zeroed = everything. */
struct sg_ledger_query {
    uint64_t since_index;   /* first index */
    const char *type;       /* exact type, or prefix ending in '.' ("model.") */
    const char *subject;    /* exact subject */
    const char *since_time; /* RFC 3339 UTC ("...T12:00:00Z", optionally with
                               milliseconds); entries with time >= since_time */
    uint64_t limit;         /* 0 = no limit */
    bool newest_first;
};
/* Called once per matching entry with its data (valid for the call). A
 * non-SG_OK return stops the scan and is returned. */
typedef sg_err (*sg_ledger_entry_fn)(void *user, uint64_t index, const char *data, size_t len,
                                     const uint8_t leaf_hash[SG_LEDGER_HASH_LEN]);
SG_MUST_USE sg_err sg_ledger_scan(sg_ledger *lg, const struct sg_ledger_query *q,
                                  sg_ledger_entry_fn fn, void *user, struct sg_error *err);
/* Evidence helpers for the assessment: events of type (exact or "x." prefix)
 * since an RFC 3339 time (NULL = ever), and the newest event for a subject
 * (*data malloc'd; SG_ERR_NOT_FOUND if none). */
SG_MUST_USE sg_err sg_ledger_count(sg_ledger *lg, const char *type, const char *since_time,
                                   uint64_t *count, struct sg_error *err);
SG_MUST_USE sg_err sg_ledger_last_for_subject(sg_ledger *lg, const char *subject,
                                              uint64_t *index, char **data,
                                              struct sg_error *err);
/* Opens the ledger of state_dir read-only and verifies it: the one call an
 * auditor needs. SG_ERR_NOT_FOUND if there is no ledger. */
SG_MUST_USE sg_err sg_ledger_verify_dir(const char *state_dir,
                                        struct sg_ledger_verify_result *res,
                                        struct sg_error *err);

/* ======================================================================
 * Group commit for servers (the gateway). One background thread owns its
 * own ledger handle and commits queued events in one transaction (one
 * fsync) every interval_ms or max_batch events, whichever comes first.
 *
 *   sg_ledger_batcher *b;
 *   sg_ledger_batcher_new(state_dir, NULL, &b, &err);   // defaults
 *   sg_ledger_batcher_submit(b, &event, &ticket, &err);  // any thread, never waits on disk
 *   sg_ledger_batcher_wait(b, ticket, &err);             // optional: until durable
 *   sg_ledger_batcher_free(b);                           // flushes everything queued
 *
 * submit copies the event (serialised) and returns at once; if the queue
 * holds max_queue events, or 512 MiB of them, it fails with SG_ERR_BUSY
 * rather than block. A
 * commit failure is sticky: later submits and waits return it. All
 * functions are thread-safe except _free, which must be the last call.
 * ====================================================================== */

typedef struct sg_ledger_batcher sg_ledger_batcher;

struct sg_ledger_batcher_opts {
    unsigned interval_ms; /* default 5 */
    size_t max_batch;     /* default 4096 */
    size_t max_queue;     /* default 1,000,000 */
};

SG_MUST_USE sg_err sg_ledger_batcher_new(const char *state_dir,
                                         const struct sg_ledger_batcher_opts *opts,
                                         sg_ledger_batcher **out, struct sg_error *err);
/* *ticket (optional) identifies the event for _wait. */
SG_MUST_USE sg_err sg_ledger_batcher_submit(sg_ledger_batcher *b,
                                            const struct sg_audit_event *event,
                                            uint64_t *ticket, struct sg_error *err);
/* Blocks until the event with this ticket is durable. */
SG_MUST_USE sg_err sg_ledger_batcher_wait(sg_ledger_batcher *b, uint64_t ticket,
                                          struct sg_error *err);
/* Blocks until everything submitted before the call is durable. */
SG_MUST_USE sg_err sg_ledger_batcher_flush(sg_ledger_batcher *b, struct sg_error *err);
/* Flushes, stops the thread and frees. NULL is fine. */
void sg_ledger_batcher_free(sg_ledger_batcher *b);

/* ======================================================================
 * The audit sink: attaches the ledger of ctx's state directory as ctx's
 * audit sink. The ledger is opened (and the state directory, database and
 * key created) only when the first event is recorded; each record is one
 * durable append.
 * ====================================================================== */
void sg_ledger_sink_attach(sg_ctx *ctx);
/* The same, for commands that record many events at once (a first inventory
 * scan): events are queued in a group-commit batcher, started in ctx's state
 * directory when the first event arrives; sg_audit_flush waits until every
 * queued event is durable, and releasing the sink commits what is left.
 * Without memory, ctx keeps the sink it had. */
void sg_ledger_sink_attach_batched(sg_ctx *ctx);
/* For servers: ctx's events go to batcher b (sg_audit_record queues and
 * returns; sg_audit_flush waits until they are durable). ctx takes b over
 * and frees it - committing everything queued - when it releases the sink. */
void sg_ledger_sink_attach_batcher(sg_ctx *ctx, sg_ledger_batcher *b);

#ifdef __cplusplus
}
#endif
#endif
