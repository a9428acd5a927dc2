/* savedmodel.c - TensorFlow SavedModel (saved_model.pb) through the
 * protobuf wire reader: schema version, the MetaGraphDefs' count and the
 * first one's TensorFlow version, tags, signature names and graph size.
 * A TF1 graph can hold its weights as constants (hundreds of MB): nodes are
 * counted by skipping them by length, never read. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

enum { MAX_STRING = 4096 };

/* Field numbers (saved_model.proto, meta_graph.proto, graph.proto). */
enum { SAVED_MODEL_SCHEMA_VERSION = 1, SAVED_MODEL_META_GRAPHS = 2 };
enum { META_GRAPH_INFO = 1, META_GRAPH_GRAPH = 2, META_GRAPH_SIGNATURES = 5 };
enum { META_INFO_TAGS = 4, META_INFO_TF_VERSION = 5, META_INFO_TF_GIT_VERSION = 6 };
enum { GRAPH_NODE = 1, GRAPH_LIBRARY = 2 };
enum { LIBRARY_FUNCTION = 1 };
enum { MAP_KEY = 1 };

static sg_err text(const struct sg_pb_reader *r, const struct sg_pb_field *f, char **out,
                   struct sg_error *err)
{
    if (f->wire != SG_PB_LEN || *out)
        return SG_OK;
    sg_err rc = sg_pb_string(r, f, MAX_STRING, out, err);
    if (rc == SG_OK)
        sg__fmt_text_fix(*out, strlen(*out));
    return rc == SG_ERR_LIMIT ? SG_OK : rc; /* an absurd version string is left out */
}

/* Appends the string field f to list (up to the cap). */
static sg_err push(const struct sg_pb_reader *r, const struct sg_pb_field *f, char **list,
                   size_t *n, struct sg_error *err)
{
    if (*n >= SG_SAVEDMODEL_MAX_LIST)
        return SG_OK;
    char *s = NULL;
    sg_err rc = text(r, f, &s, err);
    if (rc == SG_OK && s)
        list[(*n)++] = s;
    return rc;
}

/* Counts the fields numbered `number` of the LEN field f. */
static sg_err count(const struct sg_pb_reader *r, const struct sg_pb_field *f, uint32_t number,
                    int64_t *n, struct sg_error *err)
{
    struct sg_pb_reader c;
    struct sg_pb_field g;
    sg_err rc = sg_pb_enter(r, f, &c, err);
    while (rc == SG_OK && (rc = sg_pb_next(&c, &g, err)) == SG_OK && g.number)
        if (g.number == number)
            ++*n;
    return rc;
}

static sg_err graph(struct sg_savedmodel *m, const struct sg_pb_reader *r,
                    const struct sg_pb_field *f, struct sg_error *err)
{
    struct sg_pb_reader c;
    struct sg_pb_field g;
    m->node_count = m->function_count = 0;
    sg_err rc = sg_pb_enter(r, f, &c, err);
    while (rc == SG_OK && (rc = sg_pb_next(&c, &g, err)) == SG_OK && g.number) {
        if (g.number == GRAPH_NODE)
            m->node_count++;
        else if (g.number == GRAPH_LIBRARY && g.wire == SG_PB_LEN)
            rc = count(&c, &g, LIBRARY_FUNCTION, &m->function_count, err);
    }
    return rc;
}

static sg_err meta_graph(struct sg_savedmodel *m, const struct sg_pb_reader *r,
                         const struct sg_pb_field *f, struct sg_error *err)
{
    struct sg_pb_reader c, d;
    struct sg_pb_field g, h;
    sg_err rc = sg_pb_enter(r, f, &c, err);
    while (rc == SG_OK && (rc = sg_pb_next(&c, &g, err)) == SG_OK && g.number) {
        if (g.wire != SG_PB_LEN)
            continue;
        switch (g.number) {
        case META_GRAPH_INFO:
            rc = sg_pb_enter(&c, &g, &d, err);
            while (rc == SG_OK && (rc = sg_pb_next(&d, &h, err)) == SG_OK && h.number) {
                if (h.number == META_INFO_TAGS)
                    rc = push(&d, &h, m->tags, &m->tag_count, err);
                else if (h.number == META_INFO_TF_VERSION)
                    rc = text(&d, &h, &m->tensorflow_version, err);
                else if (h.number == META_INFO_TF_GIT_VERSION)
                    rc = text(&d, &h, &m->tensorflow_git_version, err);
            }
            break;
        case META_GRAPH_GRAPH: rc = graph(m, &c, &g, err); break;
        case META_GRAPH_SIGNATURES: /* map entry: key = 1, value = 2 */
            rc = sg_pb_enter(&c, &g, &d, err);
            while (rc == SG_OK && (rc = sg_pb_next(&d, &h, err)) == SG_OK && h.number)
                if (h.number == MAP_KEY)
                    rc = push(&d, &h, m->signatures, &m->signature_count, err);
            break;
        default: break;
        }
    }
    return rc;
}

sg_err sg_savedmodel_read(sg_fmt_src *src, struct sg_savedmodel *m, struct sg_error *err)
{
    memset(m, 0, sizeof *m);
    m->schema_version = m->node_count = m->function_count = -1;
    struct sg_error local = {0};
    struct sg_pb_reader r;
    struct sg_pb_field f;
    sg_err rc;
    /* Skipping a TF1 graph's large constants jumps across the file: a
     * window of 64 KiB keeps each jump cheap and many small nodes few reads. */
    src->win_max = 64 << 10;
    sg_pb_begin(&r, src, 0, src->size);
    while ((rc = sg_pb_next(&r, &f, &local)) == SG_OK && f.number) {
        if (f.number == SAVED_MODEL_SCHEMA_VERSION && f.wire == SG_PB_VARINT)
            m->schema_version = (int64_t)f.value;
        else if (f.number == SAVED_MODEL_META_GRAPHS && f.wire == SG_PB_LEN &&
                 m->meta_graphs++ == 0)
            rc = meta_graph(m, &r, &f, &local);
        if (rc != SG_OK)
            break;
    }
    if (rc == SG_OK) {
        m->header_ok = true;
        if (m->schema_version < 0 && !m->meta_graphs)
            sg_fmt_problem_add(&m->problems, "not-savedmodel", 0, "no SavedModel fields found");
        return SG_OK;
    }
    if (rc == SG_ERR_PARSE || rc == SG_ERR_LIMIT) {
        sg_fmt_problem_add(&m->problems, rc == SG_ERR_LIMIT ? "limit" : "malformed", 0, "%s",
                           local.reason);
        m->node_count = m->function_count = -1; /* counted only in part */
        return SG_OK;
    }
    if (err)
        *err = local;
    sg_savedmodel_release(m);
    return rc;
}

void sg_savedmodel_release(struct sg_savedmodel *m)
{
    if (!m)
        return;
    free(m->tensorflow_version);
    free(m->tensorflow_git_version);
    for (size_t i = 0; i < m->tag_count; i++)
        free(m->tags[i]);
    for (size_t i = 0; i < m->signature_count; i++)
        free(m->signatures[i]);
    memset(m, 0, sizeof *m);
}
