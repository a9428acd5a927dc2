/* main.c - saiguard's entry point: global options, the command table and the
 * dispatcher. All logic lives in the library; commands live in cmd_<name>.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const struct cli_command commands[] = {
    {"hash", cmd_hash, "hash files or model directories (SHA-256 manifests)", cmd_hash_usage},
    {"keygen", cmd_keygen, "create a signing key pair", cmd_keygen_usage},
    {"sign", cmd_sign, "sign a model directory (OpenSSF Model Signing bundle)", cmd_sign_usage},
    {"verify", cmd_verify, "verify a model directory against its signature", cmd_verify_usage},
    {"scan", cmd_scan, "find code hidden in model files, without loading them", cmd_scan_usage},
    {"inventory", cmd_inventory, "discover and register AI assets; shadow-AI check; AI-BOM",
     cmd_inventory_usage},
    {"ledger", cmd_ledger, "tamper-evident audit ledger (Merkle tree, signed checkpoints)",
     cmd_ledger_usage},
    {"gateway", cmd_gateway, "security gateway in front of OpenAI-compatible APIs", cmd_gateway_usage},
    {"guard", cmd_guard, "prompt-injection, secret and personal-data guardrails", cmd_guard_usage},
    {"assess", cmd_assess, "assess conformance with ETSI EN 304 223", cmd_assess_usage},
    {"catalog", cmd_catalog, "list the provisions of ETSI EN 304 223", cmd_catalog_usage},
    {"version", cmd_version, "print the version", cmd_version_usage},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

static const struct cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static void print_main_usage(FILE *f)
{
    fprintf(f,
            "usage: saiguard [--state DIR] [--format FMT] [--quiet] <command> [options] [args]\n"
            "\n"
            "Baseline cyber security controls for AI systems, and the evidence that they\n"
            "are in place (ETSI EN 304 223).\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f,
            "  %-10s %s\n"
            "\n"
            "common options (accepted by every command):\n"
            "  --state DIR     state directory (default: $SAIGUARD_STATE, else ./.saiguard)\n"
            "  --format FMT    text (default) or json; some commands add standard formats\n"
            "  --quiet         no progress bars or informational output\n"
            "  --no-color      no colour (also: NO_COLOR set in the environment)\n"
            "  --help          help for a command (also: saiguard help <command>)\n"
            "\n"
            "exit status: 0 ok, 1 the check ran and found a problem, 2 usage or input error,\n"
            "3 internal error. See saiguard(1).\n",
            "help", "show help for a command");
}

static int finish(const char *command, int status)
{
    /* A command whose output was lost must not report success (git does the
     * same). A closed pipe (saiguard ... | head) is the reader's choice. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno == EPIPE)
            return status;
        fprintf(stderr, "saiguard: %s: stdout: write failed: %s\n", command, strerror(errno));
        return SG_EXIT_INTERNAL;
    }
    return status;
}

int main(int argc, char **argv)
{
    struct cli cli = {.command = "saiguard", .format = "text"};
    cli.stderr_is_tty = isatty(STDERR_FILENO);
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    cli.color = isatty(STDOUT_FILENO) && !(no_color && *no_color) && !(term && strcmp(term, "dumb") == 0);

    /* Global options before the command name. */
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("saiguard %s\n", sg_version());
            return finish("version", SG_EXIT_OK);
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            print_main_usage(stdout);
            return finish("help", SG_EXIT_OK);
        } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            cli.quiet = true;
        } else if (strcmp(a, "--no-color") == 0) {
            cli.color = false;
        } else if ((strcmp(a, "--state") == 0 || strcmp(a, "--format") == 0) && i + 1 < argc) {
            if (a[2] == 's')
                cli.state = argv[++i];
            else
                cli.format = argv[++i];
        } else if (strncmp(a, "--state=", 8) == 0) {
            cli.state = a + 8;
        } else if (strncmp(a, "--format=", 9) == 0) {
            cli.format = a + 9;
        } else {
            fprintf(stderr, "saiguard: unknown option '%s' (see saiguard --help)\n", a);
            return SG_EXIT_INPUT;
        }
    }
    if (i >= argc) {
        print_main_usage(stderr);
        return SG_EXIT_INPUT;
    }

    const char *name = argv[i];
    if (strcmp(name, "help") == 0) {
        if (i + 1 >= argc) {
            print_main_usage(stdout);
            return finish("help", SG_EXIT_OK);
        }
        const struct cli_command *c = find_command(argv[i + 1]);
        if (!c) {
            fprintf(stderr, "saiguard: help: '%s' is not a saiguard command\n", argv[i + 1]);
            return SG_EXIT_INPUT;
        }
        fputs(c->usage, stdout);
        return finish("help", SG_EXIT_OK);
    }
    const struct cli_command *c = find_command(name);
    if (!c) {
        fprintf(stderr, "saiguard: '%s' is not a saiguard command (see saiguard --help)\n", name);
        return SG_EXIT_INPUT;
    }
    cli.command = c->name;
    cli.usage = c->usage;
    /* The command sees argv[0] = its own name, as getopt expects. */
    optind = 1;
    int status = c->fn(&cli, argc - i, argv + i);
    if (cli.ctx_ready)
        sg_ctx_release(&cli.ctx);
    return finish(c->name, status);
}
