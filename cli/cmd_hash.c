/* cmd_hash.c - `saiguard hash PATH...`: per-file digests and the OMS root
 * digest of files or model directories, in text or JSON. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/integrity.h"

const char cmd_hash_usage[] =
    "usage: saiguard hash PATH... [options]\n"
    "\n"
    "Hashes files or model directories the way OpenSSF Model Signing does: one\n"
    "digest per file (or per shard), in the reference order, and one root digest\n"
    "(SHA-256 over the file digests) per model. Files and shards are hashed in\n"
    "parallel; memory stays bounded whatever the model size.\n"
    "\n"
    "options:\n"
    "  --serialization files|shards  one digest per file (default) or per shard\n"
    "  --shard-size N                shard size in bytes, K/M/G suffixes (default 1000000000)\n"
    "  --algorithm sha256|blake2b    file digest algorithm (default sha256)\n"
    "  --ignore PATH                 skip PATH below the model root (literal path or glob;\n"
    "                                repeatable). Always skipped: .git, .gitattributes,\n"
    "                                .github, .gitignore at the top level\n"
    "  --no-default-ignores          do not skip the git files above\n"
    "  --follow-symlinks             follow symbolic links that stay inside the model\n"
    "                                (default: a symbolic link is an error)\n"
    "  --threads N                   worker threads (default: all cores)\n"
    "  --format text|json            output format (default text)\n"
    "\n"
    "exit status: 0 hashed, 2 bad input (unreadable, changed while hashed, symlink,\n"
    "non-UTF-8 name), 3 internal error.\n";

enum {
    OPT_ALGORITHM = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_NO_DEFAULT_IGNORES,
};

static json_t *manifest_json(const char *path, const struct sg_manifest *m)
{
    char hex[2 * SG_DIGEST_MAX + 1], root[65];
    sg_hex_encode(m->root, 32, root);
    json_t *res = json_array();
    for (size_t i = 0; res && i < m->count; i++) {
        sg_hex_encode(m->entries[i].digest, m->entries[i].digest_len, hex);
        if (sg_json_push(res, json_pack("{s:s, s:s}", "name", m->entries[i].name, "digest", hex))) {
            json_decref(res);
            return NULL;
        }
    }
    json_t *v = json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:s, s:o}", "path", path, "name",
                          m->model_name, "serialization",
                          m->method == SG_SERIALIZE_SHARDS ? "shards" : "files", "hash_type",
                          sg_hash_algo_name(m->algo), "files", (json_int_t)m->count, "bytes",
                          (json_int_t)m->total_bytes, "root_digest", root, "resources", res);
    if (v && m->method == SG_SERIALIZE_SHARDS &&
        sg_json_set(v, "shard_size", json_integer((json_int_t)m->shard_size))) {
        json_decref(v);
        return NULL;
    }
    return v;
}

static void print_text(struct cli *cli, const char *path, const struct sg_manifest *m)
{
    char hex[2 * SG_DIGEST_MAX + 1], root[65];
    sg_hex_encode(m->root, 32, root);
    bool single = m->count == 1 && strcmp(m->entries[0].path, ".") == 0 &&
                  m->method == SG_SERIALIZE_FILES;
    if (single) {
        /* A single file reads like sha256sum's output. */
        sg_hex_encode(m->entries[0].digest, m->entries[0].digest_len, hex);
        printf("%s  %s\n", hex, path);
        return;
    }
    printf("%s# %s (%s, %s, %zu %s, %llu bytes)%s\n", cli_color(cli, CLI_DIM), path,
           m->method == SG_SERIALIZE_SHARDS ? "shards" : "files", sg_hash_algo_name(m->algo),
           m->count, m->method == SG_SERIALIZE_SHARDS ? "shards" : "files",
           (unsigned long long)m->total_bytes, cli_color(cli, CLI_RESET));
    for (size_t i = 0; i < m->count; i++) {
        sg_hex_encode(m->entries[i].digest, m->entries[i].digest_len, hex);
        printf("%s  %s\n", hex, m->entries[i].name);
    }
    printf("%sroot%s %s  %s\n", cli_color(cli, CLI_BOLD), cli_color(cli, CLI_RESET), root, path);
}

int cmd_hash(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"algorithm", required_argument, NULL, OPT_ALGORITHM},
        {"no-default-ignores", no_argument, NULL, OPT_NO_DEFAULT_IGNORES},
        CLI_HASH_OPTIONS,
        CLI_COMMON_OPTIONS,
        {0},
    };
    static const char *const formats[] = {"text", "json", NULL};
    struct sg_hash_options hopt = {0};
    const char **ignores = calloc((size_t)argc + 1, sizeof *ignores);
    struct sg_error err = {0};
    int opt, status = SG_EXIT_OK;
    json_t *out = NULL;
    if (!ignores)
        return SG_EXIT_INTERNAL;
    hopt.ignore = ignores;
    while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status) ||
            cli_hash_option(cli, opt, optarg, &hopt, ignores, &status)) {
            if (status >= 0)
                goto done;
            continue;
        }
        switch (opt) {
        case OPT_ALGORITHM:
            if (sg_hash_algo_parse(optarg, &hopt.algo, &err))
                goto fail;
            break;
        case OPT_NO_DEFAULT_IGNORES:
            hopt.no_default_ignores = true;
            break;
        default:
            status = cli_usage_error(cli, "unexpected option");
            goto done;
        }
    }
    status = SG_EXIT_OK; /* cli_common_option leaves -1 behind */
    if (!cli_format_allowed(cli, formats)) {
        status = SG_EXIT_INPUT;
        goto done;
    }
    if (optind >= argc) {
        status = cli_usage_error(cli, "no PATH given");
        goto done;
    }
    int inconsistent = cli_hash_options_check(cli, &hopt);
    if (inconsistent >= 0) {
        status = inconsistent;
        goto done;
    }
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx) {
        status = SG_EXIT_INTERNAL;
        goto done;
    }
    bool json = cli_format_is(cli, "json");
    out = json ? json_array() : NULL;
    for (int i = optind; i < argc; i++) {
        struct sg_manifest *m = NULL;
        if (sg_manifest_hash(ctx, argv[i], &hopt, &m, &err))
            goto fail;
        if (json) {
            if (sg_json_push(out, manifest_json(argv[i], m))) {
                sg_manifest_free(m);
                status = SG_EXIT_INTERNAL;
                goto done;
            }
        } else
            print_text(cli, argv[i], m);
        sg_manifest_free(m);
    }
    if (json)
        status = cli_print_json(cli, out);
    goto done;
fail:
    status = cli_report(cli, &err);
done:
    json_decref(out);
    free(ignores);
    return status;
}
