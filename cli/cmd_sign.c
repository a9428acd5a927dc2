/* cmd_sign.c - `saiguard sign MODEL`: writes an OpenSSF Model Signing bundle
 * (Sigstore bundle v0.3, DSSE, in-toto v1, OMS v1.0 predicate). The bundle is
 * written to a temporary file and renamed, so a failed run leaves no partial
 * signature behind. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "saiguard/integrity.h"

const char cmd_sign_usage[] =
    "usage: saiguard sign MODEL --key KEY.pem [--cert CERT.pem [--chain CHAIN.pem]]\n"
    "                     [-o model.sig] [options]\n"
    "\n"
    "Signs a model directory (or a single model file) in the OpenSSF Model Signing\n"
    "format: a Sigstore bundle whose DSSE envelope carries an in-toto statement\n"
    "listing the digest of every file. The reference tool (model_signing) and\n"
    "saiguard verify each other's bundles.\n"
    "\n"
    "methods:\n"
    "  key          --key KEY.pem: ECDSA P-256/P-384/P-521 (SHA-256/384/512) or\n"
    "               Ed25519; the bundle names the key by its hint (SHA-256 of\n"
    "               its PEM public key)\n"
    "  certificate  --key KEY.pem --cert CERT.pem [--chain CHAIN.pem]: the bundle\n"
    "               carries the leaf certificate and its chain, leaf first\n"
    "  sigstore     keyless (Fulcio/Rekor): needs the network; not supported yet\n"
    "\n"
    "options:\n"
    "  -o, --output FILE              where to write the bundle (default model.sig);\n"
    "                                 skipped when hashing if inside the model\n"
    "  --method key|certificate|sigstore  (default: certificate with --cert, else key)\n"
    "  --serialization files|shards   one digest per file (default) or per shard\n"
    "  --shard-size N                 shard size in bytes (default 1000000000)\n"
    "  --ignore PATH                  leave PATH out (repeatable; recorded in the\n"
    "                                 bundle so verify ignores it too)\n"
    "  --follow-symlinks              follow links inside the model (recorded)\n"
    "  --threads N                    worker threads (default: all cores)\n"
    "  --format text|json             output format (default text)\n"
    "\n"
    "exit status: 0 signed, 2 bad input (key, model, options), 3 internal error.\n";

enum {
    OPT_KEY = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_CERT,
    OPT_CHAIN,
    OPT_METHOD,
};

/* Writes the bundle next to its final name, then renames it into place. */
static sg_err write_atomically(const char *path, const sg_buf *data, struct sg_error *err)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof tmp)
        return sg_error_set(err, SG_ERR_TOO_LARGE, path, "path too long");
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot create");
    size_t off = 0;
    while (off < data->len) {
        ssize_t n = write(fd, data->data + off, data->len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    int saved = errno;
    bool ok = off == data->len && fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) != 0) {
        saved = errno;
        ok = false;
    }
    if (!ok) {
        unlink(tmp);
        return sg_error_errno(err, SG_ERR_IO, path, saved, "cannot write");
    }
    return SG_OK;
}

int cmd_sign(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"key", required_argument, NULL, OPT_KEY},
        {"cert", required_argument, NULL, OPT_CERT},
        {"chain", required_argument, NULL, OPT_CHAIN},
        {"method", required_argument, NULL, OPT_METHOD},
        {"output", required_argument, NULL, 'o'},
        CLI_HASH_OPTIONS,
        CLI_COMMON_OPTIONS,
        {0},
    };
    static const char *const formats[] = {"text", "json", NULL};
    struct sg_sign_options so = {.output_path = "model.sig"};
    const char **ignores = calloc((size_t)argc + 1, sizeof *ignores);
    struct sg_error err = {0};
    sg_buf bundle;
    sg_buf_init(&bundle, SG_BUF_DEFAULT_MAX);
    int opt, status = SG_EXIT_OK;
    if (!ignores)
        return SG_EXIT_INTERNAL;
    so.hash.ignore = ignores;
    while ((opt = getopt_long(argc, argv, "o:", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status) ||
            cli_hash_option(cli, opt, optarg, &so.hash, ignores, &status)) {
            if (status >= 0)
                goto done;
            continue;
        }
        switch (opt) {
        case OPT_KEY:
            so.key_path = optarg;
            break;
        case OPT_CERT:
            so.cert_path = optarg;
            break;
        case OPT_CHAIN:
            so.chain_path = optarg;
            break;
        case OPT_METHOD:
            so.method = optarg;
            break;
        case 'o':
            so.output_path = optarg;
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
    int inconsistent = cli_hash_options_check(cli, &so.hash);
    if (inconsistent >= 0) {
        status = inconsistent;
        goto done;
    }
    if (so.chain_path && !so.cert_path) {
        status = cli_usage_error(cli, "--chain needs --cert");
        goto done;
    }
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx) {
        status = SG_EXIT_INTERNAL;
        goto done;
    }
    struct sg_sign_result res;
    const char *model = argv[optind];
    if (sg_model_sign(ctx, model, &so, &bundle, &res, &err) ||
        write_atomically(so.output_path, &bundle, &err))
        goto fail;
    const char *method = so.method ? so.method : so.cert_path ? "certificate" : "key";
    if (cli_format_is(cli, "json")) {
        json_t *v = json_pack("{s:s, s:s, s:s, s:s, s:s, s:I, s:I}", "model", model, "bundle",
                              so.output_path, "method", method, "signer", res.signer,
                              "root_digest", res.root_hex, "resources", (json_int_t)res.files,
                              "bytes", (json_int_t)res.bytes);
        status = v ? cli_print_json(cli, v) : SG_EXIT_INTERNAL;
        json_decref(v);
    } else if (!cli->quiet) {
        printf("%ssigned%s %s -> %s\n  method     %s\n  signer     %s\n  resources  %zu "
               "(%llu bytes)\n  root       sha256:%s\n",
               cli_color(cli, CLI_GREEN), cli_color(cli, CLI_RESET), model, so.output_path, method,
               res.signer, res.files, (unsigned long long)res.bytes, res.root_hex);
    }
    goto done;
fail:
    status = cli_report(cli, &err);
done:
    sg_buf_release(&bundle);
    free(ignores);
    return status;
}
