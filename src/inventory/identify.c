/* identify.c - decides whether one file is an AI asset, by content first
 * (magic bytes and header structure through the shared format readers) and
 * by convention where formats have no magic (Hugging Face metadata files,
 * model cards, prompt folders, MCP configs, CSV/JSONL datasets), and
 * extracts the metadata the registry and the AI-BOM exports carry. */
#include "inventory/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zip.h>

#include "saiguard/encode.h"
#include "saiguard/formats.h"
#include "saiguard/json.h"
#include "saiguard/path.h"
#include "saiguard/walk.h"
#include "saiguard/yaml.h"

enum {
    HEAD = 4096,          /* bytes read to identify a file */
    HDF5_HEAD = 64 << 10, /* Keras markers sit in the root group's attributes */
    JSON_MAX = 4 << 20,   /* config.json, tokenizer_config.json, MCP configs */
    CARD_MAX = 1 << 20,   /* model card README.md */
    COUNT_MAX = 16 << 20, /* line counts only below this size: "where cheap" */
    TFRECORD_MAX = 100000, /* records counted by hopping headers, one pread each */
};

static const char KIND_MODEL[] = "model", KIND_META[] = "model-metadata",
                  KIND_DATASET[] = "dataset", KIND_PROMPT[] = "prompt",
                  KIND_AGENT[] = "agent-config";

const char *sg__inv_default_role(const char *kind)
{
    if (!kind)
        return "developer";
    if (strcmp(kind, KIND_DATASET) == 0)
        return "data_custodian";
    if (strcmp(kind, KIND_PROMPT) == 0 || strcmp(kind, KIND_AGENT) == 0)
        return "system_operator";
    return "developer";
}

json_t *sg__inv_str(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    char *c = strdup(s);
    if (!c)
        return NULL;
    for (char *p = c; *p; p++)
        if ((unsigned char)*p >= 0x80)
            *p = '?';
    j = json_string(c);
    free(c);
    return j;
}

void sg__inv_found_release(struct sg__inv_found *f)
{
    if (!f)
        return;
    free(f->path);
    free(f->name);
    json_decref(f->metadata);
    json_decref(f->edges);
    memset(f, 0, sizeof *f);
}

json_t *sg__inv_found_json(const struct sg__inv_found *f)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    if (sg_json_set(o, "path", sg__inv_str(f->path)) ||
        sg_json_set(o, "name", sg__inv_str(f->name)) ||
        sg_json_set(o, "kind", json_string(f->kind ? f->kind : "unknown")) ||
        sg_json_set(o, "format", json_string(f->format ? f->format : "unknown")) ||
        sg_json_set(o, "size", json_integer((json_int_t)f->size)) ||
        sg_json_set(o, "digest", f->digest[0] ? json_string(f->digest) : json_null()) ||
        sg_json_set(o, "metadata", f->metadata ? json_incref(f->metadata) : json_object()) ||
        sg_json_set(o, "edges", f->edges ? json_incref(f->edges) : json_array())) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* ---- small helpers --------------------------------------------------------- */

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

static bool ext_is(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool name_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcasecmp(name, *list) == 0)
            return true;
    return false;
}

/* True if a directory component of relpath is one of list. */
static bool dir_in(const char *relpath, const char *const *list)
{
    const char *p = relpath;
    for (;;) {
        const char *slash = strchr(p, '/');
        if (!slash)
            return false;
        for (const char *const *l = list; *l; l++)
            if ((size_t)(slash - p) == strlen(*l) && strncasecmp(p, *l, (size_t)(slash - p)) == 0)
                return true;
        p = slash + 1;
    }
}

static sg_err set(json_t *o, const char *key, json_t *v)
{
    return sg_json_set(o, key, v);
}

static sg_err edge(struct sg__inv_found *f, const char *type, const char *target)
{
    if (!target || !*target)
        return SG_OK;
    return sg_json_push(f->edges,
                        json_pack("{s:s, s:o}", "type", type, "target", sg__inv_str(target)));
}

/* Edges from a string or an array of strings. */
static sg_err edges_from(struct sg__inv_found *f, const char *type, const json_t *v)
{
    if (json_is_string(v))
        return edge(f, type, json_string_value(v));
    size_t i;
    json_t *it;
    sg_err rc = SG_OK;
    json_array_foreach (v, i, it)
        if (rc == SG_OK && json_is_string(it) && i < 64)
            rc = edge(f, type, json_string_value(it));
    return rc;
}

static sg_err read_head(int fd, uint8_t *buf, size_t want, size_t *got)
{
    *got = 0;
    while (*got < want) {
        ssize_t n = pread(fd, buf + *got, want - *got, (off_t)*got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return SG_ERR_IO;
        }
        if (n == 0)
            break;
        *got += (size_t)n;
    }
    return SG_OK;
}

/* Lines in a file (a dataset's rows where that is cheap); -1 when skipped. */
static int64_t count_lines(int fd, uint64_t size, bool nonempty_only)
{
    if (size > COUNT_MAX)
        return -1;
    char buf[65536];
    int64_t lines = 0;
    bool in_line = false;
    off_t off = 0;
    for (;;) {
        ssize_t n = pread(fd, buf, sizeof buf, off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        off += n;
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == '\n') {
                if (in_line || !nonempty_only)
                    lines++;
                in_line = false;
            } else if (buf[i] != '\r' && buf[i] != ' ') {
                in_line = true;
            }
        }
    }
    return lines + (in_line ? 1 : 0);
}

/* TFRecord rows: each record is a u64 length, a u32 CRC, the payload and a
 * u32 CRC, so the records are counted by hopping from header to header
 * (12 bytes read per record, payloads never). -1 when there are more than
 * TFRECORD_MAX, or the chain does not end exactly at the end of the file
 * (*truncated then says so). */
static int64_t count_tfrecords(int fd, uint64_t size, bool *truncated)
{
    uint64_t off = 0;
    int64_t n = 0;
    *truncated = false;
    while (off < size) {
        uint8_t h[12];
        if (n == TFRECORD_MAX)
            return -1;
        if (size - off < 16 || pread(fd, h, sizeof h, (off_t)off) != (ssize_t)sizeof h)
            break;
        uint64_t len = 0;
        for (int i = 7; i >= 0; i--)
            len = len << 8 | h[i];
        if (len > size - off - 16)
            break;
        off += 16 + len;
        n++;
    }
    if (off != size) {
        *truncated = true;
        return -1;
    }
    return n;
}

/* ---- models through the shared readers ------------------------------------- */

static sg_err problems_into(json_t *meta, const struct sg_fmt_problems *p)
{
    if (!p->count)
        return SG_OK;
    return set(meta, "problems", sg_fmt_problems_json(p));
}

static sg_err meta_safetensors(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_safetensors st;
    sg_err rc = sg_safetensors_read(src, &st, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata, *dt = json_array();
    for (size_t i = 0; dt && i < st.dtype_count; i++)
        json_array_append_new(dt, json_string(st.dtypes[i]));
    if ((rc = set(m, "tensor_count", json_integer((json_int_t)st.tensor_count))) ||
        (rc = set(m, "parameter_count", json_integer((json_int_t)st.parameter_count))) ||
        (rc = set(m, "dtypes", dt)) || (rc = problems_into(m, &st.problems)))
        goto out;
    if (st.metadata && json_object_size(st.metadata) <= 256)
        rc = set(m, "header_metadata", json_incref(st.metadata));
out:
    sg_safetensors_release(&st);
    return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, f->path, NULL) : rc;
}

static sg_err meta_gguf(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_gguf g;
    sg_err rc = sg_gguf_read(src, &g, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata;
    if (g.name) {
        free(f->name);
        f->name = strdup(g.name);
    }
    json_t *names = json_array();
    for (size_t i = 0; names && i < g.template_count; i++)
        json_array_append_new(names, sg__inv_str(g.templates[i].name));
    char digest[80] = "";
    for (size_t i = 0; i < g.template_count; i++)
        if (strcmp(g.templates[i].name, "default") == 0) {
            uint8_t d[SG_SHA256_LEN];
            if (sg_sha256(g.templates[i].text, strlen(g.templates[i].text), d) == SG_OK) {
                memcpy(digest, "sha256:", 7);
                sg_hex_encode(d, sizeof d, digest + 7);
            }
        }
    if ((rc = set(m, "gguf_version", json_integer(g.version))) ||
        (rc = set(m, "architecture", sg__inv_str(g.architecture))) ||
        (rc = set(m, "model_name", sg__inv_str(g.name))) ||
        (rc = set(m, "parameter_count", json_integer((json_int_t)g.parameter_count))) ||
        (rc = set(m, "tensor_count", json_integer((json_int_t)g.tensor_count))) ||
        (rc = set(m, "context_length",
                  g.context_length >= 0 ? json_integer(g.context_length) : json_null())) ||
        (rc = set(m, "file_type", g.file_type >= 0 ? json_integer(g.file_type) : json_null())) ||
        (rc = set(m, "quantization", sg__inv_str(g.file_type_name))) ||
        (rc = set(m, "license", sg__inv_str(g.license))) ||
        (rc = set(m, "chat_template_sha256", digest[0] ? json_string(digest) : json_null())) ||
        (rc = set(m, "chat_templates", names)) ||
        (rc = set(m, "base_models", g.base_models ? json_incref(g.base_models) : json_array())) ||
        (rc = problems_into(m, &g.problems)))
        goto out;
    size_t i;
    json_t *b;
    json_array_foreach (g.base_models, i, b) {
        const char *t = json_string_value(json_object_get(b, "repo_url"));
        if (!t)
            t = json_string_value(json_object_get(b, "name"));
        if ((rc = edge(f, "derived-from", t)) != SG_OK)
            goto out;
    }
out:
    sg_gguf_release(&g);
    return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, f->path, NULL) : rc;
}

static sg_err meta_onnx(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_onnx o;
    sg_err rc = sg_onnx_read(src, &o, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata, *ops = json_array(), *ins = json_array(), *outs = json_array(),
           *custom = json_array();
    for (size_t i = 0; ops && i < o.opset_count; i++)
        json_array_append_new(ops,
                              json_pack("{s:o, s:I}", "domain", sg__inv_str(o.opsets[i].domain),
                                        "version", (json_int_t)o.opsets[i].version));
    for (int io = 0; io < 2; io++) {
        const struct sg_onnx_value *v = io ? o.outputs : o.inputs;
        size_t n = io ? o.output_count : o.input_count;
        json_t *arr = io ? outs : ins;
        for (size_t i = 0; arr && i < n && i < 64; i++) {
            json_t *shape = v[i].ndim >= 0 ? json_array() : json_null();
            for (int d = 0; shape && d < v[i].ndim; d++)
                json_array_append_new(shape, json_integer(v[i].dims[d]));
            json_array_append_new(arr, json_pack("{s:o, s:i, s:o}", "name", sg__inv_str(v[i].name),
                                                 "elem_type", v[i].elem_type, "shape", shape));
        }
    }
    for (size_t i = 0; custom && i < o.op_count; i++)
        if (o.ops[i].domain[0] && strcmp(o.ops[i].domain, "ai.onnx") != 0 &&
            strcmp(o.ops[i].domain, "ai.onnx.ml") != 0 && json_array_size(custom) < 64)
            json_array_append_new(custom,
                                  json_pack("{s:o, s:o}", "domain", sg__inv_str(o.ops[i].domain),
                                            "op_type", sg__inv_str(o.ops[i].op_type)));
    if ((rc = set(m, "ir_version", json_integer(o.ir_version))) || (rc = set(m, "opsets", ops)) ||
        (rc = set(m, "producer_name", sg__inv_str(o.producer_name))) ||
        (rc = set(m, "producer_version", sg__inv_str(o.producer_version))) ||
        (rc = set(m, "graph_name", sg__inv_str(o.graph_name))) || (rc = set(m, "inputs", ins)) ||
        (rc = set(m, "outputs", outs)) ||
        (rc = set(m, "node_count", json_integer((json_int_t)o.node_count))) ||
        (rc = set(m, "custom_ops", custom)) ||
        (rc = set(m, "external_data_count", json_integer((json_int_t)o.external_count))) ||
        (rc = problems_into(m, &o.problems)))
        goto out;
    for (size_t i = 0; i < o.external_count && i < 256; i++)
        if ((rc = edge(f, "uses-external-data", o.external[i].location)) != SG_OK)
            goto out;
out:
    sg_onnx_release(&o);
    return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, f->path, NULL) : rc;
}

/* numpy .npy: the header dict names dtype and shape ("{'descr': '<f4', ...}"). */
static sg_err meta_npy(struct sg__inv_found *f, const uint8_t *h, size_t n)
{
    if (n < 10)
        return SG_OK;
    size_t hl = h[6] == 1 ? (size_t)(h[8] | h[9] << 8)
                : n >= 12 ? (size_t)(h[8] | h[9] << 8 | h[10] << 16)
                          : 0;
    size_t start = h[6] == 1 ? 10 : 12;
    if (hl == 0 || start + hl > n)
        return SG_OK;
    char dict[512];
    size_t m = hl < sizeof dict - 1 ? hl : sizeof dict - 1;
    memcpy(dict, h + start, m);
    dict[m] = '\0';
    while (m && (dict[m - 1] == ' ' || dict[m - 1] == '\n'))
        dict[--m] = '\0';
    return set(f->metadata, "npy_header", sg__inv_str(dict));
}

/* ---- conventions --------------------------------------------------------- */

static sg_err load_json(const char *path, size_t max, json_t **out)
{
    struct sg_error e;
    return sg_json_load_file(path, max, out, &e);
}

static sg_err copy_keys(json_t *dst, const json_t *src, const char *const *keys)
{
    for (; *keys; keys++) {
        json_t *v = json_object_get(src, *keys);
        if (v && !json_is_object(v) && sg_json_set(dst, *keys, json_deep_copy(v)) != SG_OK)
            return SG_ERR_NOMEM;
    }
    return SG_OK;
}

/* Hugging Face metadata files; *matched says whether the file was one. */
static sg_err hf_metadata(struct sg__inv_found *f, const char *base, bool *matched)
{
    static const char *const tokenizer_files[] = {"tokenizer.json",
                                                  "tokenizer_config.json",
                                                  "tokenizer.model",
                                                  "special_tokens_map.json",
                                                  "vocab.json",
                                                  "merges.txt",
                                                  "sentencepiece.bpe.model",
                                                  "spiece.model",
                                                  NULL};
    json_t *j = NULL;
    sg_err rc = SG_OK;
    *matched = false;
    if (strcasecmp(base, "config.json") == 0) {
        if (load_json(f->path, JSON_MAX, &j) != SG_OK || !json_is_object(j) ||
            (!json_object_get(j, "model_type") && !json_object_get(j, "architectures")))
            goto out;
        static const char *const keys[] = {
            "model_type",           "architectures",           "_name_or_path", "torch_dtype",
            "transformers_version", "max_position_embeddings", "vocab_size",    NULL};
        f->kind = KIND_META;
        f->format = "hf-config";
        rc = copy_keys(f->metadata, j, keys);
    } else if (strcasecmp(base, "generation_config.json") == 0) {
        if (load_json(f->path, JSON_MAX, &j) != SG_OK || !json_is_object(j))
            goto out;
        f->kind = KIND_META;
        f->format = "hf-generation-config";
        static const char *const keys[] = {
            "temperature",          "top_p", "top_k", "max_new_tokens", "do_sample",
            "transformers_version", NULL};
        rc = copy_keys(f->metadata, j, keys);
    } else if (strcasecmp(base, "adapter_config.json") == 0) {
        if (load_json(f->path, JSON_MAX, &j) != SG_OK || !json_is_object(j))
            goto out;
        f->kind = KIND_META;
        f->format = "peft-adapter-config";
        static const char *const keys[] = {
            "peft_type",  "task_type",      "r",
            "lora_alpha", "target_modules", "base_model_name_or_path",
            NULL};
        if ((rc = copy_keys(f->metadata, j, keys)) == SG_OK)
            rc = edge(f, "derived-from",
                      json_string_value(json_object_get(j, "base_model_name_or_path")));
    } else if (name_in(base, tokenizer_files)) {
        f->kind = KIND_META;
        f->format = "tokenizer";
        if (strcasecmp(base, "tokenizer_config.json") == 0 &&
            load_json(f->path, JSON_MAX, &j) == SG_OK) {
            json_t *t = json_object_get(j, "chat_template");
            if (json_is_string(t)) {
                uint8_t d[SG_SHA256_LEN];
                char hex[80] = "sha256:";
                if (sg_sha256(json_string_value(t), json_string_length(t), d) == SG_OK) {
                    sg_hex_encode(d, sizeof d, hex + 7);
                    rc = set(f->metadata, "chat_template_sha256", json_string(hex));
                }
            }
        }
    } else {
        return SG_OK;
    }
    *matched = f->kind != NULL;
out:
    json_decref(j);
    return rc;
}

/* A model card: README.md whose YAML front matter carries model-card keys. */
static sg_err model_card(struct sg__inv_found *f, bool *matched)
{
    static const char *const card_keys[] = {"license",     "datasets",     "base_model",
                                            "language",    "pipeline_tag", "library_name",
                                            "model-index", "model_name",   NULL};
    sg_buf b;
    json_t *y = NULL;
    sg_err rc = SG_OK;
    struct sg_error e;
    *matched = false;
    sg_buf_init(&b, CARD_MAX);
    if (sg_buf_read_file(&b, f->path, &e) != SG_OK || b.len < 8 || strncmp(b.data, "---", 3) != 0)
        goto out;
    char *start = strchr(b.data, '\n');
    char *end = start ? strstr(start, "\n---") : NULL;
    if (!end || sg_yaml_parse(start + 1, (size_t)(end - start), f->path, &y, &e) != SG_OK ||
        !json_is_object(y))
        goto out;
    bool any = false;
    for (const char *const *k = card_keys; *k; k++)
        any |= json_object_get(y, *k) != NULL;
    if (!any)
        goto out;
    f->kind = KIND_META;
    f->format = "model-card";
    *matched = true;
    static const char *const keys[] = {"license",      "language",   "pipeline_tag",
                                       "library_name", "base_model", "datasets",
                                       "tags",         "model_name", NULL};
    for (const char *const *k = keys; *k && rc == SG_OK; k++) {
        json_t *v = json_object_get(y, *k);
        if (v && (json_is_string(v) || json_is_array(v)))
            rc = set(f->metadata, *k, json_deep_copy(v));
    }
    if (rc == SG_OK)
        rc = edges_from(f, "derived-from", json_object_get(y, "base_model"));
    if (rc == SG_OK)
        rc = edges_from(f, "trained-on", json_object_get(y, "datasets"));
out:
    json_decref(y);
    sg_buf_release(&b);
    return rc;
}

/* MCP and agent tool configurations: record servers and the commands they
 * start, never their arguments or environment values (they hold secrets). */
static sg_err agent_config(struct sg__inv_found *f, const char *base, bool *matched)
{
    static const char *const mcp_names[] = {"mcp.json",
                                            ".mcp.json",
                                            "mcp_config.json",
                                            "mcp-config.json",
                                            "claude_desktop_config.json",
                                            "mcp_servers.json",
                                            NULL};
    static const char *const agent_names[] = {
        "agent.json", "agents.json", "agent.yaml", "agents.yaml", "agent.yml", "agents.yml", NULL};
    json_t *j = NULL;
    sg_err rc = SG_OK;
    *matched = false;
    bool mcp = name_in(base, mcp_names) || ext_is(base, ".mcp.json");
    bool agent = name_in(base, agent_names);
    if (!mcp && !agent)
        return SG_OK;
    struct sg_error e;
    bool yaml = ext_is(base, ".yaml") || ext_is(base, ".yml");
    if ((yaml ? sg_yaml_load_file(f->path, JSON_MAX, &j, &e)
              : sg_json_load_file(f->path, JSON_MAX, &j, &e)) != SG_OK ||
        !json_is_object(j))
        goto out;
    json_t *servers = json_object_get(j, "mcpServers");
    if (!servers)
        servers = json_object_get(j, "servers");
    if (mcp && !json_is_object(servers))
        goto out;
    f->kind = KIND_AGENT;
    f->format = mcp ? "mcp" : "agent";
    *matched = true;
    if (json_is_object(servers)) {
        json_t *list = json_array();
        const char *name;
        json_t *s;
        json_object_foreach (servers, name, s) {
            if (json_array_size(list) >= 256)
                break;
            json_t *env = json_object_get(s, "env"), *env_names = json_array();
            const char *k;
            json_t *unused;
            json_object_foreach (env, k, unused)
                json_array_append_new(env_names, sg__inv_str(k));
            json_t *cmd = json_object_get(s, "command"), *url = json_object_get(s, "url");
            json_array_append_new(
                list,
                json_pack("{s:o, s:o, s:o, s:o}", "name", sg__inv_str(name), "command",
                          json_is_string(cmd) ? sg__inv_str(json_string_value(cmd)) : json_null(),
                          "url",
                          json_is_string(url) ? sg__inv_str(json_string_value(url)) : json_null(),
                          "env_names", env_names));
        }
        rc = set(f->metadata, "servers", list);
    }
out:
    json_decref(j);
    return rc;
}

/* ---- zip containers (.keras, torch.save) ------------------------------------ */

/* Member name of z as JSON (at most JSON_MAX bytes, however large the
 * member claims or inflates to); NULL when absent, too large or not JSON. */
static json_t *zip_json(zip_t *z, const char *name)
{
    zip_stat_t zs;
    if (zip_stat(z, name, 0, &zs) != 0 || !(zs.valid & ZIP_STAT_SIZE) || zs.size > JSON_MAX)
        return NULL;
    zip_file_t *zf = zip_fopen(z, name, 0);
    char *buf = zf ? malloc((size_t)zs.size + 1) : NULL;
    json_t *j = NULL;
    zip_int64_t got = buf ? zip_fread(zf, buf, zs.size) : -1;
    struct sg_error e;
    if (got == (zip_int64_t)zs.size && sg_json_parse(buf, (size_t)got, name, &j, &e) != SG_OK)
        j = NULL;
    free(buf);
    if (zf)
        zip_fclose(zf);
    return j;
}

/* What a Keras model says about itself: its version, when it was saved,
 * and from its config (class_name, config.name, config.layers) the
 * architecture, name, layer count and layer types. */
static sg_err keras_into(json_t *m, const char *ver, const char *saved, const json_t *cfg)
{
    const char *cls = json_string_value(json_object_get(cfg, "class_name"));
    json_t *inner = json_object_get(cfg, "config");
    const char *name = json_string_value(json_object_get(inner, "name"));
    json_t *layers = json_object_get(inner, "layers"), *kinds = json_array();
    size_t i;
    json_t *l;
    json_array_foreach (layers, i, l) {
        const char *k = json_string_value(json_object_get(l, "class_name"));
        bool seen = false;
        for (size_t j = 0; k && kinds && j < json_array_size(kinds); j++)
            seen = seen || !strcmp(json_string_value(json_array_get(kinds, j)), k);
        if (k && kinds && !seen && json_array_size(kinds) < 64)
            json_array_append_new(kinds, sg__inv_str(k));
    }
    sg_err rc = SG_OK;
    if ((ver && (rc = set(m, "keras_version", sg__inv_str(ver)))) ||
        (saved && (rc = set(m, "date_saved", sg__inv_str(saved)))) ||
        (cls && (rc = set(m, "architecture", sg__inv_str(cls)))) ||
        (name && (rc = set(m, "model_name", sg__inv_str(name)))) ||
        (json_is_array(layers) &&
         ((rc = set(m, "layer_count", json_integer((json_int_t)json_array_size(layers)))) ||
          (rc = set(m, "layer_types", json_incref(kinds))))))
        rc = SG_ERR_NOMEM;
    json_decref(kinds);
    return rc;
}

/* Keras 2 HDF5: the root group's keras_version, backend and model_config
 * attributes, read from the head and the global heap by hand
 * (sg_h5_string_attr), never through libhdf5 and never the weights. */
static sg_err meta_keras_h5(struct sg__inv_found *f, const uint8_t *head, size_t n,
                            struct sg_error *err)
{
    sg_fmt_src src;
    sg_err rc = sg_fmt_src_open(&src, f->path, err);
    if (rc != SG_OK)
        return rc;
    char *ver = NULL, *backend = NULL, *config = NULL;
    json_t *cfg = NULL;
    struct sg_error e;
    if ((rc = sg_h5_string_attr(&src, head, n, "keras_version", 64, &ver, err)) == SG_OK &&
        (rc = sg_h5_string_attr(&src, head, n, "backend", 64, &backend, err)) == SG_OK &&
        (rc = sg_h5_string_attr(&src, head, n, "model_config", JSON_MAX, &config, err)) == SG_OK) {
        if (config && sg_json_parse(config, strlen(config), f->path, &cfg, &e) != SG_OK)
            cfg = NULL;
        rc = keras_into(f->metadata, ver, NULL, cfg);
        if (rc == SG_OK && backend && set(f->metadata, "backend", sg__inv_str(backend)))
            rc = SG_ERR_NOMEM;
        if (rc == SG_ERR_NOMEM)
            sg_error_set(err, rc, f->path, NULL);
    }
    json_decref(cfg);
    free(ver);
    free(backend);
    free(config);
    sg_fmt_src_close(&src);
    return rc;
}

/* Keras v3: metadata.json (keras_version, date_saved) and config.json (the
 * model's class, name and layers), never the weights or any code. */
static sg_err meta_keras_zip(struct sg__inv_found *f)
{
    int zerr = 0;
    zip_t *z = zip_open(f->path, ZIP_RDONLY, &zerr);
    if (!z)
        return SG_OK;
    json_t *md = zip_json(z, "metadata.json"), *cfg = zip_json(z, "config.json");
    zip_discard(z);
    sg_err rc = keras_into(f->metadata, json_string_value(json_object_get(md, "keras_version")),
                           json_string_value(json_object_get(md, "date_saved")), cfg);
    json_decref(md);
    json_decref(cfg);
    return rc;
}

/* torch.save's zip: the record format version, and the tensor storages
 * (members <archive>/data/<key>) counted and summed by their sizes in the
 * zip directory. The pickle that ties them together is never run. */
static sg_err meta_torch_zip(struct sg__inv_found *f)
{
    int zerr = 0;
    zip_t *z = zip_open(f->path, ZIP_RDONLY, &zerr);
    if (!z)
        return SG_OK;
    zip_int64_t n = zip_get_num_entries(z, 0);
    int64_t storages = 0;
    uint64_t bytes = 0;
    char version[16] = "";
    for (zip_int64_t i = 0; i < n && i < 1000000; i++) {
        zip_stat_t zs;
        if (zip_stat_index(z, (zip_uint64_t)i, 0, &zs) != 0 || !(zs.valid & ZIP_STAT_NAME))
            continue;
        const char *slash = strchr(zs.name, '/');
        const char *rest = slash ? slash + 1 : zs.name;
        if (!strncmp(rest, "data/", 5) && rest[5] && !strchr(rest + 5, '/')) {
            storages++;
            bytes += (zs.valid & ZIP_STAT_SIZE) ? zs.size : 0;
        } else if ((!strcmp(rest, "version") || !strcmp(rest, ".data/version")) && !version[0] &&
                   (zs.valid & ZIP_STAT_SIZE) && zs.size < sizeof version) {
            zip_file_t *zf = zip_fopen_index(z, (zip_uint64_t)i, 0);
            zip_int64_t got = zf ? zip_fread(zf, version, zs.size) : -1;
            version[got > 0 ? got : 0] = '\0';
            version[strcspn(version, "\r\n")] = '\0';
            if (zf)
                zip_fclose(zf);
        }
    }
    zip_discard(z);
    json_t *m = f->metadata;
    if ((version[0] && set(m, "record_version", sg__inv_str(version))) ||
        set(m, "storages", json_integer(storages)) ||
        set(m, "storage_bytes", json_integer((json_int_t)bytes)))
        return SG_ERR_NOMEM;
    return SG_OK;
}

/* A count a reader could not determine (-1) is null, not a number. */
static json_t *known(int64_t v)
{
    return v >= 0 ? json_integer((json_int_t)v) : json_null();
}

static sg_err meta_tflite(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_tflite t;
    sg_err rc = sg_tflite_read(src, &t, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata, *sigs = json_array();
    for (size_t i = 0; sigs && i < t.signature_count; i++)
        json_array_append_new(sigs, sg__inv_str(t.signatures[i]));
    if ((rc = set(m, "schema_version", known(t.schema_version))) ||
        (rc = set(m, "description", sg__inv_str(t.description))) ||
        (rc = set(m, "min_runtime_version", sg__inv_str(t.min_runtime_version))) ||
        (rc = set(m, "subgraphs", known(t.subgraphs))) ||
        (rc = set(m, "tensor_count", known(t.tensors))) ||
        (rc = set(m, "operator_count", known(t.operators))) ||
        (rc = set(m, "operator_codes", known(t.operator_codes))) ||
        (rc = set(m, "inputs", known(t.inputs))) || (rc = set(m, "outputs", known(t.outputs))) ||
        (rc = set(m, "signatures", sigs)) ||
        (t.model_ok && (rc = set(m, "parameter_count",
                                 json_integer((json_int_t)t.parameter_count)))) ||
        (rc = problems_into(m, &t.problems)))
        goto out;
out:
    sg_tflite_release(&t);
    return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, f->path, NULL) : rc;
}

static sg_err meta_savedmodel(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_savedmodel sm;
    sg_err rc = sg_savedmodel_read(src, &sm, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata, *tags = json_array(), *sigs = json_array();
    for (size_t i = 0; tags && i < sm.tag_count; i++)
        json_array_append_new(tags, sg__inv_str(sm.tags[i]));
    for (size_t i = 0; sigs && i < sm.signature_count; i++)
        json_array_append_new(sigs, sg__inv_str(sm.signatures[i]));
    if ((rc = set(m, "schema_version", known(sm.schema_version))) ||
        (rc = set(m, "meta_graphs", known(sm.meta_graphs))) ||
        (rc = set(m, "tensorflow_version", sg__inv_str(sm.tensorflow_version))) ||
        (rc = set(m, "tensorflow_git_version", sg__inv_str(sm.tensorflow_git_version))) ||
        (rc = set(m, "tags", tags)) || (rc = set(m, "signatures", sigs)) ||
        (rc = set(m, "node_count", known(sm.node_count))) ||
        (rc = set(m, "function_count", known(sm.function_count))) ||
        (rc = problems_into(m, &sm.problems)))
        rc = sg_error_set(err, SG_ERR_NOMEM, f->path, NULL);
    sg_savedmodel_release(&sm);
    return rc;
}

static sg_err meta_arrow(struct sg__inv_found *f, sg_fmt_src *src, struct sg_error *err)
{
    struct sg_arrow a;
    sg_err rc = sg_arrow_read(src, &a, err);
    if (rc != SG_OK)
        return rc;
    json_t *m = f->metadata;
    if ((rc = set(m, "rows", known(a.rows))) || (rc = set(m, "columns", known(a.columns))) ||
        (a.version == 2 && (rc = set(m, "record_batches", known(a.record_batches)))) ||
        (rc = problems_into(m, &a.problems)))
        return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, f->path, NULL) : rc;
    return SG_OK;
}

static bool is_prompt(const char *relpath, const char *base, const struct sg_inv_scan_options *opt)
{
    static const char *const dirs[] = {"prompts",        "prompt",           "system_prompts",
                                       "system-prompts", "prompt_templates", NULL};
    if (ext_is(base, ".prompt") || ext_is(base, ".prompty") ||
        strncasecmp(base, "system_prompt", 13) == 0 || strncasecmp(base, "system-prompt", 13) == 0)
        return true;
    if (dir_in(relpath, dirs))
        return true;
    for (const char *const *g = opt && opt->prompt_globs ? opt->prompt_globs : NULL; g && *g; g++)
        if (sg_path_match(*g, relpath))
            return true;
    return false;
}

static const char *prompt_format(const char *base)
{
    if (ext_is(base, ".md"))
        return "markdown";
    if (ext_is(base, ".j2") || ext_is(base, ".jinja") || ext_is(base, ".jinja2"))
        return "jinja";
    if (ext_is(base, ".json"))
        return "json";
    if (ext_is(base, ".yaml") || ext_is(base, ".yml"))
        return "yaml";
    if (ext_is(base, ".prompty"))
        return "prompty";
    return "text";
}

/* Text datasets identified by extension and a content check. */
static sg_err text_dataset(struct sg__inv_found *f, int fd, const char *base, const uint8_t *h,
                           size_t n, bool *matched)
{
    *matched = false;
    bool csv = ext_is(base, ".csv"), tsv = ext_is(base, ".tsv");
    bool jsonl = ext_is(base, ".jsonl") || ext_is(base, ".ndjson");
    bool tfr = ext_is(base, ".tfrecord") || ext_is(base, ".tfrecords") || ext_is(base, ".tfrec");
    if (!csv && !tsv && !jsonl && !tfr)
        return SG_OK;
    if (tfr) {
        /* TFRecord: u64 length, u32 masked CRC, payload, u32 CRC per record. */
        uint64_t len = 0;
        for (int i = 7; n >= 12 && i >= 0; i--)
            len = len << 8 | h[i];
        if (n < 12 || len > f->size - 16)
            return SG_OK;
        f->format = "tfrecord";
    } else if (jsonl) {
        const uint8_t *nl = memchr(h, '\n', n);
        json_t *first = NULL;
        struct sg_error e;
        /* The first line must be a JSON object; one longer than the head
         * we read is given the benefit of the doubt if it starts like one. */
        if (n == 0 || h[0] != '{')
            return SG_OK;
        if ((nl || n == f->size) &&
            sg_json_parse((const char *)h, nl ? (size_t)(nl - h) : n, f->path, &first, &e) != SG_OK)
            return SG_OK;
        json_decref(first);
        f->format = "jsonl";
    } else {
        /* CSV/TSV: text with the delimiter in the first line. */
        const uint8_t *nl = memchr(h, '\n', n);
        size_t line = nl ? (size_t)(nl - h) : n;
        if (!line || memchr(h, 0, n) || !memchr(h, tsv ? '\t' : ',', line))
            return SG_OK;
        f->format = tsv ? "tsv" : "csv";
    }
    f->kind = KIND_DATASET;
    *matched = true;
    if (tfr) {
        bool truncated;
        int64_t rows = count_tfrecords(fd, f->size, &truncated);
        if (truncated) {
            struct sg_fmt_problems p = {0};
            sg_fmt_problem_add(&p, "truncated", 0, "the last record runs past the end of the file");
            return problems_into(f->metadata, &p);
        }
        return set(f->metadata, "rows", known(rows));
    }
    int64_t lines = count_lines(fd, f->size, true);
    if (lines < 0)
        return SG_OK;
    return set(f->metadata, "rows", json_integer(jsonl ? lines : lines > 0 ? lines - 1 : 0));
}

/* ---- the entry point ------------------------------------------------------ */

static sg_err by_content(struct sg__inv_found *f, int fd, const uint8_t *h, size_t n,
                         const char *base, struct sg_error *err)
{
    enum sg_format fmt = sg_format_sniff(h, n, f->size, base);
    sg_fmt_src src;
    sg_err rc = SG_OK;
    switch (fmt) {
    case SG_FORMAT_SAFETENSORS:
    case SG_FORMAT_GGUF:
    case SG_FORMAT_ONNX:
        f->kind = KIND_MODEL;
        f->format = sg_format_name(fmt);
        if ((rc = sg_fmt_src_open(&src, f->path, err)) != SG_OK)
            return rc;
        rc = fmt == SG_FORMAT_SAFETENSORS ? meta_safetensors(f, &src, err)
             : fmt == SG_FORMAT_GGUF      ? meta_gguf(f, &src, err)
                                          : meta_onnx(f, &src, err);
        sg_fmt_src_close(&src);
        return rc;
    case SG_FORMAT_TFLITE:
        f->kind = KIND_MODEL;
        f->format = sg_format_name(fmt);
        if ((rc = sg_fmt_src_open(&src, f->path, err)) != SG_OK)
            return rc;
        rc = meta_tflite(f, &src, err);
        sg_fmt_src_close(&src);
        return rc;
    case SG_FORMAT_PYTORCH_ZIP:
    case SG_FORMAT_KERAS:
        f->kind = KIND_MODEL;
        f->format = sg_format_name(fmt);
        rc = fmt == SG_FORMAT_KERAS ? meta_keras_zip(f) : meta_torch_zip(f);
        return rc == SG_OK ? SG_OK : sg_error_set(err, rc, f->path, NULL);
    case SG_FORMAT_SAVEDMODEL:
        f->kind = KIND_MODEL;
        f->format = sg_format_name(fmt);
        if (ext_is(base, ".pbtxt")) /* the text format: nothing cheap to read */
            return SG_OK;
        if ((rc = sg_fmt_src_open(&src, f->path, err)) != SG_OK)
            return rc;
        rc = meta_savedmodel(f, &src, err);
        sg_fmt_src_close(&src);
        return rc;
    case SG_FORMAT_PICKLE:
        f->kind = KIND_MODEL;
        f->format = sg_format_name(fmt);
        return SG_OK;
    case SG_FORMAT_NUMPY:
        f->kind = KIND_MODEL;
        f->format = "numpy";
        return meta_npy(f, h, n);
    case SG_FORMAT_HDF5: {
        /* Keras .h5 models keep "keras_version"/"model_config" attributes on
         * the root group, near the start; anything else is an HDF5 dataset. */
        uint8_t *big = malloc(HDF5_HEAD);
        size_t got = 0;
        bool keras = false;
        if (big && read_head(fd, big, HDF5_HEAD, &got) == SG_OK)
            keras = memmem(big, got, "keras_version", 13) || memmem(big, got, "model_config", 12);
        f->kind = keras ? KIND_MODEL : KIND_DATASET;
        f->format = keras ? "keras-h5" : "hdf5";
        rc = keras ? meta_keras_h5(f, big, got, err) : SG_OK;
        free(big);
        return rc;
    }
    case SG_FORMAT_NPZ: {
        f->kind = KIND_DATASET;
        f->format = "npz";
        int zerr = 0;
        zip_t *z = zip_open(f->path, ZIP_RDONLY, &zerr);
        if (z) {
            zip_int64_t entries = zip_get_num_entries(z, 0);
            zip_discard(z);
            return set(f->metadata, "arrays", json_integer(entries));
        }
        return SG_OK;
    }
    case SG_FORMAT_PARQUET: {
        f->kind = KIND_DATASET;
        f->format = "parquet";
        struct sg_parquet pq;
        if ((rc = sg_fmt_src_open(&src, f->path, err)) != SG_OK)
            return rc;
        rc = sg_parquet_read(&src, &pq, err);
        sg_fmt_src_close(&src);
        if (rc != SG_OK)
            return rc;
        json_t *m = f->metadata;
        if ((pq.num_rows >= 0 && (rc = set(m, "rows", json_integer(pq.num_rows)))) ||
            (pq.columns >= 0 && (rc = set(m, "columns", json_integer(pq.columns)))) ||
            (pq.row_groups >= 0 && (rc = set(m, "row_groups", json_integer(pq.row_groups)))) ||
            (pq.created_by && (rc = set(m, "created_by", sg__inv_str(pq.created_by)))))
            rc = sg_error_set(err, rc, f->path, NULL);
        else
            rc = problems_into(m, &pq.problems);
        sg_parquet_release(&pq);
        return rc;
    }
    case SG_FORMAT_ARROW:
    case SG_FORMAT_FEATHER_V1:
        f->kind = KIND_DATASET;
        f->format = sg_format_name(fmt);
        if ((rc = sg_fmt_src_open(&src, f->path, err)) != SG_OK)
            return rc;
        rc = meta_arrow(f, &src, err);
        sg_fmt_src_close(&src);
        return rc;
    default: return SG_OK;
    }
}

sg_err sg__inv_identify(const char *path, const char *relpath, const struct stat *st,
                        const struct sg_inv_scan_options *opt, bool with_digest,
                        struct sg__inv_found *f, struct sg_error *err)
{
    memset(f, 0, sizeof *f);
    f->size = (uint64_t)st->st_size;
    f->dev = (uint64_t)st->st_dev;
    f->ino = (uint64_t)st->st_ino;
    f->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    f->path = strdup(path);
    const char *base = base_name(relpath && *relpath ? relpath : path);
    /* "llama/model.safetensors" says more than "model.safetensors". */
    const char *label = base;
    if (relpath && base > relpath) {
        label = base - 1; /* the '/' before base */
        while (label > relpath && label[-1] != '/')
            label--;
    }
    f->name = strdup(label);
    f->metadata = json_object();
    f->edges = json_array();
    if (!f->path || !f->name || !f->metadata || !f->edges)
        return sg_error_set(err, SG_ERR_NOMEM, path, NULL);
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return sg_error_set(err, SG_ERR_NOT_FOUND, path, "vanished during the scan");
        f->unreadable = true;
        snprintf(f->reason, sizeof f->reason, "cannot open: %s", strerror(errno));
        return SG_OK;
    }
    uint8_t h[HEAD];
    size_t n = 0;
    sg_err rc = SG_OK;
    bool matched = false;
    if (read_head(fd, h, sizeof h, &n) != SG_OK) {
        f->unreadable = true;
        snprintf(f->reason, sizeof f->reason, "cannot read: %s", strerror(errno));
        goto out;
    }
    /* Conventions first where a format has no magic of its own. */
    if ((rc = hf_metadata(f, base, &matched)) != SG_OK || matched)
        goto found;
    if (strcasecmp(base, "README.md") == 0 || strcasecmp(base, "MODEL_CARD.md") == 0 ||
        strcasecmp(base, "modelcard.md") == 0) {
        if ((rc = model_card(f, &matched)) != SG_OK || matched)
            goto found;
    }
    if ((rc = agent_config(f, base, &matched)) != SG_OK || matched)
        goto found;
    if ((rc = by_content(f, fd, h, n, base, err)) != SG_OK)
        goto out;
    if (f->kind)
        goto found;
    if ((rc = text_dataset(f, fd, base, h, n, &matched)) != SG_OK || matched)
        goto found;
    if (is_prompt(relpath ? relpath : base, base, opt) && !memchr(h, 0, n)) {
        f->kind = KIND_PROMPT;
        f->format = prompt_format(base);
        goto found;
    }
    goto out;
found:
    if (rc == SG_OK && with_digest && f->kind) {
        uint8_t d[SG_SHA256_LEN];
        struct sg_error herr = {0};
        sg_err hrc = sg_sha256_file(path, d, &herr);
        if (hrc == SG_ERR_NOT_FOUND) {
            rc = sg_error_set(err, SG_ERR_NOT_FOUND, path, "vanished during the scan");
        } else if (hrc != SG_OK) {
            f->unreadable = true;
            snprintf(f->reason, sizeof f->reason, "%s", herr.reason);
        } else {
            memcpy(f->digest, "sha256:", 7);
            sg_hex_encode(d, sizeof d, f->digest + 7);
        }
    }
out:
    close(fd);
    if (rc == SG_ERR_NOMEM)
        sg_error_set(err, rc, path, NULL);
    else if (rc != SG_OK && rc != SG_ERR_NOT_FOUND) {
        /* A reader's I/O failure (file changed, read error) makes the file
         * unreadable for this scan, not the scan a failure. */
        f->unreadable = true;
        snprintf(f->reason, sizeof f->reason, "%s",
                 err && err->reason[0] ? err->reason : sg_strerror(rc));
        rc = SG_OK;
    }
    return rc;
}
