/* gguf.c - security reading of GGUF (llama.cpp) files on top of the shared
 * reader (src/formats/), which parses the metadata completely and checks
 * every count, length and offset against the bytes really there: its
 * problems become findings (huge tensor_count/kv_count and 2^63 string
 * lengths are the GGUF overflow class). Every chat template - the default
 * tokenizer.chat_template and each named tokenizer.chat_template.<name> -
 * goes to the template-injection checker. Tensor data is never read. */
#include <stdio.h>
#include <string.h>

#include "saiguard/formats.h"
#include "scan_internal.h"

static const struct sg__scan_problem_map map[] = {
    {"kv-count", "SG-GGUF-002", SG_SCAN_HIGH},
    {"tensor-count", "SG-GGUF-002", SG_SCAN_HIGH},
    {"bad-version", "SG-GGUF-001", SG_SCAN_MEDIUM},
    {"big-endian", "SG-GGUF-001", SG_SCAN_MEDIUM},
    {"unknown-tensor-type", "SG-GGUF-001", SG_SCAN_MEDIUM},
    {"tensor-alignment", "SG-GGUF-001", SG_SCAN_MEDIUM},
    {NULL, "SG-GGUF-001", SG_SCAN_HIGH}, /* truncation, bounds, overlaps, duplicates */
};

void sg__scan_gguf(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len)
{
    sg_fmt_src src;
    struct sg_gguf g;
    struct sg_error err = {0};
    sg_fmt_src_mem(&src, data, len, w->name);
    if (sg_gguf_read(&src, &g, &err) != SG_OK) {
        sg__scan_add(job, w, "gguf", "SG-GGUF-001", SG_SCAN_HIGH, -1, NULL,
                     "GGUF header cannot be read: %s", err.reason);
        sg_gguf_release(&g);
        return;
    }
    sg__scan_add_problems(job, w, "gguf", &g.problems, map, "malformed GGUF header: ");
    for (size_t i = 0; i < g.template_count; i++) {
        const struct sg_gguf_template *t = &g.templates[i];
        char key[300];
        if (strcmp(t->name, "default") == 0)
            snprintf(key, sizeof key, "tokenizer.chat_template");
        else
            snprintf(key, sizeof key, "tokenizer.chat_template.%.250s", t->name);
        sg__scan_gguf_template(job, w, key, t->text, strlen(t->text), -1);
    }
    sg_gguf_release(&g);
}
