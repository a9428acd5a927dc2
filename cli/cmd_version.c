/* cmd_version.c - `saiguard version`: the version, in text or JSON. */
#include "cli.h"

const char cmd_version_usage[] =
    "usage: saiguard version [--format text|json]\n"
    "\n"
    "Prints saiguard's version and the versions of the libraries it was built with.\n";

int cmd_version(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {CLI_COMMON_OPTIONS, {0}};
    static const char *const formats[] = {"text", "json", NULL};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        return cli_usage_error(cli, "unexpected option");
    }
    if (optind < argc)
        return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    if (!cli_format_allowed(cli, formats))
        return SG_EXIT_INPUT;
    if (cli_format_is(cli, "json")) {
        json_t *v = json_pack("{s:s, s:s}", "saiguard", sg_version(), "jansson", JANSSON_VERSION);
        if (!v)
            return SG_EXIT_INTERNAL;
        status = cli_print_json(cli, v);
        json_decref(v);
        return status;
    }
    printf("saiguard %s\n", sg_version());
    return SG_EXIT_OK;
}
