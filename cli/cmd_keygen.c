/* cmd_keygen.c - `saiguard keygen`: create a signing key pair.
 * Placeholder until its capability lands: it answers --help and otherwise
 * says plainly that the command is not built yet (exit 3). */
#include "cli.h"

const char cmd_keygen_usage[] = "usage: saiguard keygen --type ecdsa-p256|ecdsa-p384|ed25519 --out NAME\n";

int cmd_keygen(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {CLI_COMMON_OPTIONS, {0}};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1)
        if (cli_common_option(cli, opt, optarg, &status) && status >= 0)
            return status;
    cli_message(cli, NULL, "not built yet in this version");
    return SG_EXIT_INTERNAL;
}
