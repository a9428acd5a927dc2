/* buf.h - growable byte buffers with a hard size cap.
 * Hostile inputs (models, requests, bundles) hit the cap, not the OOM killer.
 *
 * Invariants, true after every call whether it succeeded or not:
 *   - data is NULL only while cap == 0 and nothing was ever added;
 *     otherwise data[len] == '\0', so text can be passed as a C string;
 *   - len <= max; a failed append leaves the buffer exactly as it was. */
#ifndef SAIGUARD_BUF_H
#define SAIGUARD_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sg_buf {
    char *data;  /* owned; NUL-terminated when non-NULL */
    size_t len;  /* bytes in use, excluding the terminator */
    size_t cap;  /* bytes allocated, including room for the terminator */
    size_t max;  /* most bytes len may ever reach */
} sg_buf;

/* Default cap for text the CLI reads whole (bundles, configs): 64 MiB. */
#define SG_BUF_DEFAULT_MAX ((size_t)64 << 20)

/* Prepares caller-provided storage; allocates nothing. */
void sg_buf_init(sg_buf *b, size_t max);
/* Frees the bytes and re-initialises with the same max. Safe on a zeroed buf. */
void sg_buf_release(sg_buf *b);
/* Empties the buffer without freeing (len = 0). */
void sg_buf_reset(sg_buf *b);

/* Appends; SG_ERR_TOO_LARGE past max, SG_ERR_NOMEM on allocation failure. */
SG_MUST_USE sg_err sg_buf_append(sg_buf *b, const void *data, size_t len);
SG_MUST_USE sg_err sg_buf_append_str(sg_buf *b, const char *s);
SG_MUST_USE sg_err sg_buf_append_byte(sg_buf *b, uint8_t byte);
SG_MUST_USE sg_err sg_buf_printf(sg_buf *b, const char *fmt, ...) SG_PRINTF(2, 3);
SG_MUST_USE sg_err sg_buf_vprintf(sg_buf *b, const char *fmt, va_list ap) SG_PRINTF(2, 0);
/* Makes room for at least extra more bytes. */
SG_MUST_USE sg_err sg_buf_reserve(sg_buf *b, size_t extra);

/* Hands the bytes to the caller (free() them) and leaves b empty. *len_out
 * (optional) receives the length. Returns an empty string, never NULL, for an
 * empty buffer; NULL only if that allocation fails. */
char *sg_buf_detach(sg_buf *b, size_t *len_out);

/* Reads a whole file (or "-" for stdin) into b, failing with SG_ERR_TOO_LARGE
 * past b->max. err names the path. */
SG_MUST_USE sg_err sg_buf_read_file(sg_buf *b, const char *path, struct sg_error *err);

/* Growable arrays of fixed-size items (findings, spans, entries): returns
 * items grown with realloc() to hold at least need items of elem_size bytes,
 * doubling from first so that appending n items costs O(n), and stores the
 * new capacity in *cap. Returns items itself when *cap already suffices.
 * Returns NULL when the allocation fails or the size overflows; items is then
 * still valid and still the caller's, and *cap is unchanged. */
SG_MUST_USE void *sg_array_grow(void *items, size_t *cap, size_t need, size_t elem_size,
                                size_t first);

/* Wipes then frees: for keys and passphrases. */
void sg_buf_release_secure(sg_buf *b);

#ifdef __cplusplus
}
#endif
#endif
