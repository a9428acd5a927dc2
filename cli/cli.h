/* cli.h - what every subcommand shares. To add a subcommand (as git does):
 *   1. write cli/cmd_<name>.c with `int cmd_<name>(struct cli *cli, int argc, char **argv)`
 *      and `const char cmd_<name>_usage[]` (the --help text, also used by `saiguard help <name>`);
 *   2. declare both below and add one row to the table in cli/main.c;
 *   3. parse options with getopt_long, passing unknown ones to cli_common_option();
 *   4. do the work through include/saiguard/ only, print text or JSON per cli->format,
 *      and return an exit status (enum sg_exit) — cli_report() maps an sg_error to one.
 * The dispatcher checks stdout for write errors after every command. */
#ifndef SAIGUARD_CLI_H
#define SAIGUARD_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "saiguard/saiguard.h"

/* Option values for the long options every command accepts. */
enum {
    CLI_OPT_STATE = 1000,
    CLI_OPT_FORMAT,
    CLI_OPT_HELP,
    CLI_OPT_QUIET,
    CLI_OPT_NO_COLOR,
    CLI_OPT_VERBOSE,
    /* hashing options shared by `hash` and `sign` (cli/hash_options.c) */
    CLI_OPT_SERIALIZATION = 1050,
    CLI_OPT_SHARD_SIZE,
    CLI_OPT_IGNORE,
    CLI_OPT_FOLLOW_SYMLINKS,
    CLI_OPT_THREADS,
    CLI_OPT_FIRST_COMMAND_OPTION = 1100, /* commands number their own long-only options from here */
};

/* Append to a command's struct option array before its terminating zero row. */
#define CLI_COMMON_OPTIONS                                   \
    {"state", required_argument, NULL, CLI_OPT_STATE},       \
    {"format", required_argument, NULL, CLI_OPT_FORMAT},     \
    {"help", no_argument, NULL, CLI_OPT_HELP},               \
    {"quiet", no_argument, NULL, CLI_OPT_QUIET},             \
    {"no-color", no_argument, NULL, CLI_OPT_NO_COLOR},       \
    {"verbose", no_argument, NULL, CLI_OPT_VERBOSE}

/* Rows for the hashing options; handle them with cli_hash_option(). */
#define CLI_HASH_OPTIONS                                                  \
    {"serialization", required_argument, NULL, CLI_OPT_SERIALIZATION},   \
    {"shard-size", required_argument, NULL, CLI_OPT_SHARD_SIZE},         \
    {"ignore", required_argument, NULL, CLI_OPT_IGNORE},                 \
    {"follow-symlinks", no_argument, NULL, CLI_OPT_FOLLOW_SYMLINKS},     \
    {"threads", required_argument, NULL, CLI_OPT_THREADS}

struct cli {
    const char *command;  /* the subcommand's name, for messages */
    const char *usage;    /* its --help text */
    const char *format;   /* value of --format ("text" by default) */
    bool quiet;           /* --quiet: no progress, no informational output */
    bool verbose;         /* --verbose: debug logging */
    bool color;           /* stdout is a terminal, NO_COLOR unset, no --no-color */
    bool stderr_is_tty;
    const char *state;    /* --state, or NULL */
    sg_ctx ctx;           /* made lazily by cli_ctx() once options are parsed */
    bool ctx_ready;
};

struct cli_command {
    const char *name;
    int (*fn)(struct cli *cli, int argc, char **argv);
    const char *summary;
    const char *usage;
};

/* Handles an option every command shares. Returns true when opt was one of
 * them; then *exit_code is -1 to go on parsing, or the status to return now
 * (after --help, or a bad value). */
bool cli_common_option(struct cli *cli, int opt, const char *arg, int *exit_code);

/* The per-process library context, set up on first use (state directory,
 * progress bar on a terminal, logging). NULL after printing an error. */
sg_ctx *cli_ctx(struct cli *cli);

/* True if --format is one of the NULL-terminated names; otherwise prints a
 * usage error listing them. */
bool cli_format_allowed(struct cli *cli, const char *const *names);
bool cli_format_is(const struct cli *cli, const char *name);

/* Prints "saiguard: <command>: <subject>: <reason>" for err and returns the
 * exit status its code maps to. */
int cli_report(const struct cli *cli, const struct sg_error *err);
/* Prints a usage error (printf-style) with a hint to --help; returns 2. */
int cli_usage_error(const struct cli *cli, const char *fmt, ...) SG_PRINTF(2, 3);
/* Prints "saiguard: <command>: <subject>: <message>" without an error record. */
void cli_message(const struct cli *cli, const char *subject, const char *fmt, ...) SG_PRINTF(3, 4);

/* Prints a JSON value to stdout (pretty, newline-terminated). Returns an exit
 * status: 0, or 3 when writing fails. */
int cli_print_json(const struct cli *cli, const json_t *value);

/* Parses one hashing option into h. ignores is h->ignore's storage and must
 * have room for one entry per word of argv. Returns true when opt was a
 * hashing option; then *exit_code is -1 to go on parsing, or the status to
 * return now (after printing the error for a bad value). */
bool cli_hash_option(const struct cli *cli, int opt, const char *arg, struct sg_hash_options *h,
                     const char **ignores, int *exit_code);
/* Checks the hashing options together; returns -1 when they are consistent,
 * else prints a usage error and returns its status. */
int cli_hash_options_check(const struct cli *cli, const struct sg_hash_options *h);

/* ANSI sequences, or "" when colour is off. */
const char *cli_color(const struct cli *cli, const char *ansi);
#define CLI_RED "\033[31m"
#define CLI_GREEN "\033[32m"
#define CLI_YELLOW "\033[33m"
#define CLI_BOLD "\033[1m"
#define CLI_DIM "\033[2m"
#define CLI_RESET "\033[0m"

/* Progress bar on stderr: drawn only when stderr is a terminal, not --quiet,
 * and the operation has been running for more than a second. */
void cli_progress(void *user, const char *label, uint64_t done, uint64_t total);

/* ---- subcommands ------------------------------------------------------- */
#define CLI_DECLARE(name)                                      \
    int cmd_##name(struct cli *cli, int argc, char **argv);    \
    extern const char cmd_##name##_usage[]

CLI_DECLARE(hash);
CLI_DECLARE(keygen);
CLI_DECLARE(sign);
CLI_DECLARE(verify);
CLI_DECLARE(scan);
CLI_DECLARE(inventory);
CLI_DECLARE(ledger);
CLI_DECLARE(gateway);
CLI_DECLARE(guard);
CLI_DECLARE(assess);
CLI_DECLARE(catalog);
CLI_DECLARE(version);

#endif
