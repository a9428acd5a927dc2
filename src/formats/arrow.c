/* arrow.c - Arrow IPC files (Feather v2) and Feather v1: the row count
 * without reading data. An IPC file ends in a FlatBuffer footer that lists
 * each record batch's block; each batch's message header (a few dozen
 * bytes) holds its length in rows. Feather v1 keeps num_rows in its
 * trailing metadata table. Schemas: format/File.fbs, Message.fbs, Schema.fbs
 * (Arrow) and feather.fbs (Feather v1). */
#include "saiguard/formats.h"

#include <string.h>

#include "formats/internal.h"

enum { FOOTER_SCHEMA = 1, FOOTER_BATCHES = 3 };
enum { SCHEMA_FIELDS = 1 };
enum { MESSAGE_HEADER_TYPE = 1, MESSAGE_HEADER = 2 };
enum { HEADER_RECORD_BATCH = 3 };
enum { CTABLE_NUM_ROWS = 1, CTABLE_COLUMNS = 2 };
enum { BLOCK_SIZE = 24 }; /* struct Block { long offset; int metaDataLength; long bodyLength; } */

/* The row count of the record batch whose message starts at off. */
static int64_t batch_rows(struct sg__fb *fb, uint64_t off)
{
    uint64_t root = off + 4;
    if (sg__fb_u32(fb, off) == 0xffffffffu) /* continuation marker, then the length */
        root = off + 8;
    uint64_t msg = sg__fb_deref(fb, root);
    if (sg__fb_scalar(fb, msg, MESSAGE_HEADER_TYPE, 1, 0) != HEADER_RECORD_BATCH)
        return -1;
    return (int64_t)sg__fb_scalar(fb, sg__fb_table(fb, msg, MESSAGE_HEADER), 0, 8, 0);
}

static void read_ipc(struct sg__fb *fb, struct sg_arrow *a)
{
    uint64_t size = fb->src->size;
    uint32_t footer_len = sg__fb_u32(fb, size - 10);
    if (fb->bad || fb->io || footer_len < 8 || footer_len > size - 18) {
        sg_fmt_problem_add(&a->problems, "bad-footer", size - 10, "footer length %u out of range",
                           footer_len);
        return;
    }
    uint64_t footer = sg__fb_deref(fb, size - 10 - footer_len);
    uint64_t fields, nfields, blocks, nblocks;
    if (sg__fb_vector(fb, sg__fb_table(fb, footer, FOOTER_SCHEMA), SCHEMA_FIELDS, 4, &fields,
                      &nfields))
        a->columns = (int64_t)nfields;
    if (!sg__fb_vector(fb, footer, FOOTER_BATCHES, BLOCK_SIZE, &blocks, &nblocks))
        nblocks = 0; /* a file of no batches has no rows */
    a->record_batches = (int64_t)nblocks;
    if (nblocks > SG_ARROW_MAX_BATCHES) {
        sg_fmt_problem_add(&a->problems, "limit", blocks, "more than %d record batches",
                           SG_ARROW_MAX_BATCHES);
        return;
    }
    int64_t rows = 0;
    for (uint64_t i = 0; i < nblocks && !fb->bad && !fb->io; i++) {
        uint64_t off = sg__fb_u64(fb, blocks + BLOCK_SIZE * i);
        int64_t n = batch_rows(fb, off);
        if (fb->bad || fb->io)
            break;
        if (n < 0 || rows > INT64_MAX - n) {
            sg_fmt_problem_add(&a->problems, "bad-batch", off,
                               "block %llu is not a record batch", (unsigned long long)i);
            return;
        }
        rows += n;
    }
    if (!fb->bad && !fb->io) {
        a->rows = rows;
        a->footer_ok = true;
    }
}

static void read_feather_v1(struct sg__fb *fb, struct sg_arrow *a)
{
    uint64_t size = fb->src->size;
    uint32_t meta_len = sg__fb_u32(fb, size - 8);
    if (fb->bad || fb->io || meta_len < 8 || meta_len > size - 12) {
        sg_fmt_problem_add(&a->problems, "bad-footer", size - 8, "metadata length %u out of range",
                           meta_len);
        return;
    }
    uint64_t table = sg__fb_deref(fb, size - 8 - meta_len), cols, ncols;
    int64_t rows = (int64_t)sg__fb_scalar(fb, table, CTABLE_NUM_ROWS, 8, 0);
    if (sg__fb_vector(fb, table, CTABLE_COLUMNS, 4, &cols, &ncols))
        a->columns = (int64_t)ncols;
    if (!fb->bad && !fb->io && rows >= 0) {
        a->rows = rows;
        a->footer_ok = true;
    }
}

sg_err sg_arrow_read(sg_fmt_src *src, struct sg_arrow *a, struct sg_error *err)
{
    memset(a, 0, sizeof *a);
    a->rows = a->columns = a->record_batches = -1;
    struct sg__fb fb;
    sg__fb_init(&fb, src, err);
    uint8_t head[6] = {0}, tail[6] = {0};
    sg_err rc;
    if (src->size >= 12 && ((rc = sg_fmt_src_read(src, 0, head, 6, err)) != SG_OK ||
                            (rc = sg_fmt_src_read(src, src->size - 6, tail, 6, err)) != SG_OK))
        return rc;
    if (src->size >= 18 && !memcmp(head, "ARROW1", 6) && !memcmp(tail, "ARROW1", 6)) {
        a->version = 2;
        read_ipc(&fb, a);
    } else if (src->size >= 12 && !memcmp(head, "FEA1", 4) && !memcmp(tail + 2, "FEA1", 4)) {
        a->version = 1;
        read_feather_v1(&fb, a);
    } else {
        /* An IPC stream (no footer) or a file cut short. */
        sg_fmt_problem_add(&a->problems, "no-footer", src->size,
                           "no Arrow file footer (a stream, or truncated)");
        return SG_OK;
    }
    if (fb.io)
        return fb.io;
    sg__fb_problem(&fb, &a->problems);
    return SG_OK;
}
