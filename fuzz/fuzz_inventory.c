/* fuzz_inventory.c - asset identification and metadata extraction on
 * arbitrary file contents: the first byte picks the file's name (so the
 * conventions for model cards, HF configs, MCP configs, datasets and
 * prompts are all reached), the rest is written to a scratch file and
 * identified as a scan would, then rendered as the registry stores it. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "inventory/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {
    "model.safetensors", "model.gguf", "model.onnx", "README.md", "config.json",
    "adapter_config.json", "tokenizer_config.json", ".mcp.json", "agents.yaml", "train.csv",
    "eval.jsonl", "x.tfrecord", "prompts/system.txt", "weights.npy", "model.h5", "blob.bin",
};

static char dir[64];

static void remove_dir(void)
{
    char p[128];
    snprintf(p, sizeof p, "%s/prompts", dir);
    rmdir(p);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        atexit(remove_dir);
        snprintf(dir, sizeof dir, "/tmp/sg-fuzz-inv-%d", (int)getpid());
        mkdir(dir, 0700);
        char p[128];
        snprintf(p, sizeof p, "%s/prompts", dir);
        mkdir(p, 0700);
    }
    if (size < 1)
        return 0;
    const char *name = names[data[0] % (sizeof names / sizeof names[0])];
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    const char *globs[] = {"*.txt", NULL};
    struct sg_inv_scan_options opt = {.prompt_globs = globs};
    struct sg__inv_found found;
    struct sg_error err;
    if (sg__inv_identify(path, name, &st, &opt, false, &found, &err) == SG_OK) {
        json_t *j = sg__inv_found_json(&found);
        char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
        free(text);
        json_decref(j);
    }
    sg__inv_found_release(&found);
    unlink(path);
    return 0;
}
