/* cmd_keygen.c - `saiguard keygen`: a signing key pair for `saiguard sign`. */
#include <string.h>

#include "cli.h"
#include "saiguard/integrity.h"

const char cmd_keygen_usage[] =
    "usage: saiguard keygen --out NAME [--type TYPE] [--force] [--format text|json]\n"
    "\n"
    "Creates a signing key pair: NAME.key (PKCS#8 PEM private key, mode 0600,\n"
    "created atomically so it is never readable by others) and NAME.pub (PEM\n"
    "public key, to give to verifiers). Existing files are never replaced\n"
    "unless --force is given.\n"
    "\n"
    "options:\n"
    "  --type TYPE   ecdsa-p256 (default), ecdsa-p384, ecdsa-p521 or ed25519.\n"
    "                The ECDSA types sign with SHA-256/384/512 as OpenSSF Model\n"
    "                Signing does; ed25519 is a saiguard extra that other OMS\n"
    "                verifiers may not accept.\n"
    "  --out NAME    path prefix of the two files (required)\n"
    "  --force       replace existing files\n"
    "\n"
    "exit status: 0 written, 2 usage error or the files exist, 3 internal error.\n";

enum { OPT_TYPE = CLI_OPT_FIRST_COMMAND_OPTION, OPT_OUT, OPT_FORCE };

int cmd_keygen(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"type", required_argument, NULL, OPT_TYPE},
        {"out", required_argument, NULL, OPT_OUT},
        {"force", no_argument, NULL, OPT_FORCE},
        CLI_COMMON_OPTIONS,
        {0},
    };
    static const char *const formats[] = {"text", "json", NULL};
    const char *type_name = "ecdsa-p256", *out = NULL;
    bool force = false;
    int opt, status;
    while ((opt = getopt_long(argc, argv, "o:", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_TYPE:
            type_name = optarg;
            break;
        case 'o':
        case OPT_OUT:
            out = optarg;
            break;
        case OPT_FORCE:
            force = true;
            break;
        default:
            return cli_usage_error(cli, "unexpected option");
        }
    }
    status = SG_EXIT_OK; /* cli_common_option leaves -1 behind */
    if (!cli_format_allowed(cli, formats))
        return SG_EXIT_INPUT;
    if (optind < argc)
        return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    if (!out || !out[0])
        return cli_usage_error(cli, "--out NAME is required");
    struct sg_error err = {0};
    enum sg_key_type type;
    char hint[65];
    if (sg_key_type_parse(type_name, &type, &err) || sg_keygen(type, out, force, hint, &err))
        return cli_report(cli, &err);
    if (cli_format_is(cli, "json")) {
        json_t *v = json_pack("{s:s, s:s, s:s, s:s}", "type", type_name, "private_key", "", "public_key",
                              "", "hint", hint);
        if (v && (sg_json_set(v, "private_key", json_sprintf("%s.key", out)) ||
                  sg_json_set(v, "public_key", json_sprintf("%s.pub", out)))) {
            json_decref(v);
            v = NULL;
        }
        status = v ? cli_print_json(cli, v) : SG_EXIT_INTERNAL;
        json_decref(v);
        return status;
    }
    if (!cli->quiet)
        printf("%s%s key pair created%s\n  private key  %s.key  (mode 0600: keep it secret)\n"
               "  public key   %s.pub  (give this to verifiers)\n  key hint     %s\n",
               cli_color(cli, CLI_GREEN), type_name, cli_color(cli, CLI_RESET), out, out, hint);
    return SG_EXIT_OK;
}
