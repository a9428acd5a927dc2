/* hash_options.c - the hashing options `hash` and `sign` share (how a model
 * is serialized, sharded, filtered and hashed), parsed in one place so that
 * both commands accept and reject exactly the same values. */
#include "cli.h"

bool cli_hash_option(const struct cli *cli, int opt, const char *arg, struct sg_hash_options *h,
                     const char **ignores, int *exit_code)
{
    struct sg_error err = {0};
    sg_err rc = SG_OK;
    *exit_code = -1;
    switch (opt) {
    case CLI_OPT_SERIALIZATION:
        rc = sg_serialization_parse(arg, &h->method, &err);
        break;
    case CLI_OPT_SHARD_SIZE:
        rc = sg_size_parse(arg, &h->shard_size, &err); /* never 0: 0 means "not given" */
        break;
    case CLI_OPT_IGNORE:
        ignores[h->n_ignore++] = arg;
        h->ignore = ignores;
        break;
    case CLI_OPT_FOLLOW_SYMLINKS:
        h->follow_symlinks = true;
        break;
    case CLI_OPT_THREADS:
        rc = sg_threads_parse(arg, &h->threads, &err);
        break;
    default:
        return false;
    }
    if (rc != SG_OK)
        *exit_code = cli_report(cli, &err);
    return true;
}

int cli_hash_options_check(const struct cli *cli, const struct sg_hash_options *h)
{
    if (h->shard_size && h->method != SG_SERIALIZE_SHARDS)
        return cli_usage_error(cli, "--shard-size needs --serialization shards");
    return -1;
}
