/* cmd_verify.c - `saiguard verify MODEL --sig FILE`: checks an OpenSSF Model
 * Signing bundle and the model's files; names every file that was modified,
 * added or removed. Exit 0 verified, 1 mismatch or bad signature. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/integrity.h"

const char cmd_verify_usage[] =
    "usage: saiguard verify MODEL --sig model.sig (--key PUB.pem | --cert-chain CA.pem)\n"
    "                       [--ignore-unsigned-files] [--ignore PATH] [--format text|json]\n"
    "\n"
    "Verifies a model directory (or file) against an OpenSSF Model Signing bundle,\n"
    "made by saiguard or by the reference tool (model_signing v0.2 to v1.1).\n"
    "The signature is checked first; then every file is hashed again with the\n"
    "algorithm, shard size, ignore list and symlink policy the signed manifest\n"
    "records, and every difference is reported.\n"
    "\n"
    "options:\n"
    "  --sig FILE               the bundle (default model.sig)\n"
    "  --key PUB.pem            public key (key method); a certificate also works\n"
    "  --cert-chain CA.pem      trusted CA certificates (certificate method); the\n"
    "                           bundle's leaf must chain to one of them\n"
    "  --ignore-unsigned-files  files that are neither signed nor ignored are not\n"
    "                           an error\n"
    "  --ignore PATH            also ignore PATH (repeatable)\n"
    "  --threads N              worker threads (default: all cores)\n"
    "  --format text|json       output format (default text)\n"
    "\n"
    "exit status: 0 verified; 1 the signature does not verify or files differ;\n"
    "2 bad input (unreadable or garbled bundle, unusable key); 3 internal error.\n"
    "Keyless (sigstore) bundles are not verified yet (exit 2).\n";

enum {
    OPT_SIG = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_KEY,
    OPT_CA,
    OPT_IGNORE_UNSIGNED,
    OPT_IGNORE,
    OPT_THREADS,
};

static json_t *result_json(const char *model, const char *sig, const struct sg_verify_result *r,
                           const struct sg_error *err, sg_err rc)
{
    json_t *changes = json_array();
    for (size_t i = 0; changes && i < r->n_changes; i++)
        if (sg_json_push(changes, json_pack("{s:s, s:s}", "kind",
                                            sg_change_kind_name(r->changes[i].kind), "path",
                                            r->changes[i].path))) {
            json_decref(changes);
            return NULL;
        }
    return json_pack("{s:s, s:s, s:b, s:b, s:s?, s:s?, s:s?, s:s?, s:I, s:I, s:o, s:s?}", "model",
                     model, "bundle", sig, "verified", r->verified, "signature_ok", r->signature_ok,
                     "method", r->method[0] ? r->method : NULL, "signer",
                     r->signer[0] ? r->signer : NULL, "predicate",
                     r->predicate[0] ? r->predicate : NULL, "root_digest",
                     r->root_hex[0] ? r->root_hex : NULL, "files_checked",
                     (json_int_t)r->files_checked, "bytes", (json_int_t)r->bytes, "changes", changes,
                     "error", rc == SG_OK ? NULL : err->reason);
}

static void print_text(struct cli *cli, const char *model, const struct sg_verify_result *r)
{
    if (r->verified) {
        printf("%sverified%s %s\n  signer     %s (%s method, predicate %s%s)\n  files      %zu "
               "(%llu bytes)\n  root       sha256:%s\n",
               cli_color(cli, CLI_GREEN), cli_color(cli, CLI_RESET), model, r->signer, r->method,
               r->predicate, r->used_pae_compat ? ", v0.2 PAE" : "", r->files_checked,
               (unsigned long long)r->bytes, r->root_hex);
        return;
    }
    if (!r->n_changes)
        return;
    printf("%sFAILED%s %s does not match its signature (signed by %s)\n", cli_color(cli, CLI_RED),
           cli_color(cli, CLI_RESET), model, r->signer);
    for (size_t i = 0; i < r->n_changes; i++)
        printf("  %s%-9s%s %s\n",
               cli_color(cli, r->changes[i].kind == SG_CHANGE_ADDED ? CLI_YELLOW : CLI_RED),
               sg_change_kind_name(r->changes[i].kind), cli_color(cli, CLI_RESET),
               r->changes[i].path);
}

int cmd_verify(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"sig", required_argument, NULL, OPT_SIG},
        {"signature", required_argument, NULL, OPT_SIG},
        {"key", required_argument, NULL, OPT_KEY},
        {"cert-chain", required_argument, NULL, OPT_CA},
        {"ignore-unsigned-files", no_argument, NULL, OPT_IGNORE_UNSIGNED},
        {"ignore", required_argument, NULL, OPT_IGNORE},
        {"threads", required_argument, NULL, OPT_THREADS},
        CLI_COMMON_OPTIONS,
        {0},
    };
    static const char *const formats[] = {"text", "json", NULL};
    struct sg_verify_options vo = {.sig_path = "model.sig"};
    struct sg_verify_result r = {0};
    const char **ignores = calloc((size_t)argc + 1, sizeof *ignores);
    struct sg_error err = {0};
    int opt, status = SG_EXIT_OK;
    if (!ignores)
        return SG_EXIT_INTERNAL;
    vo.ignore = ignores;
    while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                goto done;
            continue;
        }
        switch (opt) {
        case OPT_SIG:
            vo.sig_path = optarg;
            break;
        case OPT_KEY:
            vo.key_path = optarg;
            break;
        case OPT_CA:
            vo.ca_path = optarg;
            break;
        case OPT_IGNORE_UNSIGNED:
            vo.ignore_unsigned = true;
            break;
        case OPT_IGNORE:
            ignores[vo.n_ignore++] = optarg;
            break;
        case OPT_THREADS:
            vo.threads = atoi(optarg);
            if (vo.threads < 1 || vo.threads > 1024) {
                status = cli_usage_error(cli, "--threads must be 1 to 1024");
                goto done;
            }
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
    if (optind + 1 != argc) {
        status = cli_usage_error(cli, optind >= argc ? "no MODEL given" : "exactly one MODEL expected");
        goto done;
    }
    if (!vo.key_path == !vo.ca_path) {
        status = cli_usage_error(cli, "give exactly one of --key or --cert-chain");
        goto done;
    }
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx) {
        status = SG_EXIT_INTERNAL;
        goto done;
    }
    const char *model = argv[optind];
    sg_err rc = sg_model_verify(ctx, model, &vo, &r, &err);
    if (cli_format_is(cli, "json")) {
        json_t *v = result_json(model, vo.sig_path, &r, &err, rc);
        status = v ? cli_print_json(cli, v) : SG_EXIT_INTERNAL;
        json_decref(v);
    } else if (!cli->quiet || rc != SG_OK)
        print_text(cli, model, &r);
    if (rc != SG_OK) {
        fflush(stdout); /* the report first, then the one-line error */
        int code = cli_report(cli, &err);
        if (status == SG_EXIT_OK)
            status = code;
    }
done:
    sg_verify_result_release(&r);
    free(ignores);
    return status;
}
