/* util.c - option handling, error reporting and output shared by every
 * subcommand (see cli.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/ledger.h"

bool cli_common_option(struct cli *cli, int opt, const char *arg, int *exit_code)
{
    *exit_code = -1;
    switch (opt) {
    case CLI_OPT_STATE:
        cli->state = arg;
        return true;
    case CLI_OPT_FORMAT:
        cli->format = arg;
        return true;
    case CLI_OPT_QUIET:
        cli->quiet = true;
        return true;
    case CLI_OPT_NO_COLOR:
        cli->color = false;
        return true;
    case CLI_OPT_VERBOSE:
        cli->verbose = true;
        if (cli->ctx_ready)
            cli->ctx.log_level = SG_LOG_DEBUG;
        return true;
    case CLI_OPT_HELP:
        fputs(cli->usage, stdout);
        *exit_code = SG_EXIT_OK;
        return true;
    case '?':
        /* getopt already named the bad option */
        fprintf(stderr, "saiguard: %s: see 'saiguard %s --help'\n", cli->command, cli->command);
        *exit_code = SG_EXIT_INPUT;
        return true;
    default:
        return false;
    }
}

static void log_to_stderr(void *user, enum sg_log_level level, const char *message)
{
    const struct cli *cli = user;
    static const char *const names[] = {"error", "warning", "info", "debug"};
    fprintf(stderr, "saiguard: %s: %s: %s\n", cli->command, names[level], message);
}

sg_ctx *cli_ctx(struct cli *cli)
{
    if (cli->ctx_ready)
        return &cli->ctx;
    struct sg_error err = {0};
    if (sg_ctx_init(&cli->ctx, cli->state, &err) != SG_OK) {
        cli_report(cli, &err);
        return NULL;
    }
    if (cli->stderr_is_tty && !cli->quiet) {
        cli->ctx.progress = cli_progress;
        cli->ctx.progress_user = cli;
    }
    cli->ctx.log = log_to_stderr;
    cli->ctx.log_user = cli;
    cli->ctx.log_level = cli->verbose ? SG_LOG_DEBUG : cli->quiet ? SG_LOG_ERROR : SG_LOG_WARN;
    /* The audit ledger records every sg_audit_record(); it opens lazily. */
    sg_ledger_sink_attach(&cli->ctx);
    cli->ctx_ready = true;
    return &cli->ctx;
}

bool cli_format_is(const struct cli *cli, const char *name)
{
    return strcmp(cli->format, name) == 0;
}

bool cli_format_allowed(struct cli *cli, const char *const *names)
{
    for (const char *const *n = names; *n; n++)
        if (cli_format_is(cli, *n))
            return true;
    char list[256] = "";
    for (const char *const *n = names; *n; n++) {
        if (list[0])
            strncat(list, ", ", sizeof list - strlen(list) - 1);
        strncat(list, *n, sizeof list - strlen(list) - 1);
    }
    cli_usage_error(cli, "unknown --format '%s' (expected one of: %s)", cli->format, list);
    return false;
}

int cli_report(const struct cli *cli, const struct sg_error *err)
{
    const char *reason = err->reason[0] ? err->reason : sg_strerror(err->code);
    if (err->subject[0])
        fprintf(stderr, "saiguard: %s: %s: %s\n", cli->command, err->subject, reason);
    else
        fprintf(stderr, "saiguard: %s: %s\n", cli->command, reason);
    int status = sg_err_exit_code(err->code);
    return status == SG_EXIT_OK ? SG_EXIT_INTERNAL : status;
}

int cli_usage_error(const struct cli *cli, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    fprintf(stderr, "saiguard: %s: %s (see 'saiguard %s --help')\n", cli->command, message,
            cli->command);
    return SG_EXIT_INPUT;
}

void cli_message(const struct cli *cli, const char *subject, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (subject)
        fprintf(stderr, "saiguard: %s: %s: %s\n", cli->command, subject, message);
    else
        fprintf(stderr, "saiguard: %s: %s\n", cli->command, message);
}

int cli_print_json(const struct cli *cli, const json_t *value)
{
    if (sg_json_print(value, stdout) != SG_OK) {
        fprintf(stderr, "saiguard: %s: stdout: write failed\n", cli->command);
        return SG_EXIT_INTERNAL;
    }
    return SG_EXIT_OK;
}

const char *cli_color(const struct cli *cli, const char *ansi)
{
    return cli->color ? ansi : "";
}
