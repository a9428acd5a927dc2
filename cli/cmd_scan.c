/* cmd_scan.c - `saiguard scan`: scan model files for hidden code.
 * Placeholder until its capability lands: it answers --help and otherwise
 * says plainly that the command is not built yet (exit 3). */
#include "cli.h"

const char cmd_scan_usage[] = "usage: saiguard scan PATH... [--format text|json|sarif] [--fail-on low|medium|high|critical] [--policy policy.yaml]\n";

int cmd_scan(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {CLI_COMMON_OPTIONS, {0}};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1)
        if (cli_common_option(cli, opt, optarg, &status) && status >= 0)
            return status;
    cli_message(cli, NULL, "not built yet in this version");
    return SG_EXIT_INTERNAL;
}
