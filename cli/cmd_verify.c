/* cmd_verify.c - `saiguard verify`: verify a model directory.
 * Placeholder until its capability lands: it answers --help and otherwise
 * says plainly that the command is not built yet (exit 3). */
#include "cli.h"

const char cmd_verify_usage[] = "usage: saiguard verify MODEL_DIR --sig model.sig (--key PUB.pem | --cert-chain CA.pem)\n";

int cmd_verify(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {CLI_COMMON_OPTIONS, {0}};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1)
        if (cli_common_option(cli, opt, optarg, &status) && status >= 0)
            return status;
    cli_message(cli, NULL, "not built yet in this version");
    return SG_EXIT_INTERNAL;
}
