/* cmd_gateway.c - `saiguard gateway`: run the API security gateway, validate
 * its configuration (check-config, with the effective policy and its
 * least-privilege findings), and generate API keys (keygen). */
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/gateway.h"

const char cmd_gateway_usage[] =
    "usage: saiguard gateway --config FILE [--workers N] [--state DIR]\n"
    "       saiguard gateway check-config [--format text|json] FILE\n"
    "       saiguard gateway keygen [--format text|json] [--id NAME] [--policy NAME]\n"
    "\n"
    "An API security gateway in front of OpenAI-compatible LLM endpoints: per-key\n"
    "policies (models, modalities, tools, body size, max_tokens), rate limits and\n"
    "daily token quotas (local, or shared across instances through Redis),\n"
    "OpenAI-shaped errors, audit of every decision, JSON access log, Prometheus\n"
    "metrics at /metrics, /healthz, guardrail hooks, TLS on both sides.\n"
    "\n"
    "Commands:\n"
    "  (none)          serve with --config FILE until SIGTERM/SIGINT; SIGHUP reloads\n"
    "  check-config    validate FILE; print the effective policy and findings\n"
    "                  (exit 0 valid, 2 invalid)\n"
    "  keygen          print a new API key once (on stdout) and the configuration\n"
    "                  entry holding only its salted hash\n"
    "\n"
    "Options:\n"
    "  -c, --config FILE   gateway configuration (YAML); ${NAME} expands from the\n"
    "                      environment\n"
    "      --workers N     event loops serving (default: server.workers, else one\n"
    "                      per core); they share the ports, limits and audit trail\n"
    "      --id NAME       key id for keygen (default: key)\n"
    "      --policy NAME   policy name for keygen's entry (default: default)\n"
    "      --format F      text (default) or json\n"
    "      --state DIR     state directory (audit ledger)\n"
    "      --quiet, --verbose, --no-color, --help\n"
    "\n"
    "Exit status: 0 ok, 1 check found a problem, 2 usage or configuration error,\n"
    "3 internal error. See saiguard-gateway(1) and examples/gateway/gateway.yaml.\n";

enum { OPT_ID = CLI_OPT_FIRST_COMMAND_OPTION, OPT_POLICY, OPT_WORKERS };

static int do_check(struct cli *cli, const char *path)
{
    struct sg_error err = {0};
    struct sg_gateway_config *cfg = NULL;
    json_t *d = NULL;
    int status;
    if (sg_gateway_config_load(path, &cfg, &err) || sg_gateway_config_describe(cfg, &d, &err)) {
        status = cli_report(cli, &err);
        goto out;
    }
    if (cli_format_is(cli, "json")) {
        json_object_set_new(d, "valid", json_true());
        json_object_set_new(d, "config", json_string(path));
        status = cli_print_json(cli, d);
        goto out;
    }
    json_t *fs = json_object_get(d, "findings");
    printf("%s%s%s: valid (%zu listener(s), %zu route(s), %zu polic%s, %zu key(s))\n",
           cli_color(cli, CLI_GREEN), path, cli_color(cli, CLI_RESET),
           json_array_size(json_object_get(d, "listeners")),
           json_array_size(json_object_get(d, "routes")),
           json_array_size(json_object_get(d, "policies")),
           json_array_size(json_object_get(d, "policies")) == 1 ? "y" : "ies",
           json_array_size(json_object_get(d, "keys")));
    size_t i;
    json_t *f;
    json_array_foreach(fs, i, f)
    {
        const char *sev = json_string_value(json_object_get(f, "severity"));
        printf("  %s%-6s%s %s: %s [%s]\n",
               cli_color(cli, strcmp(sev, "high") == 0 ? CLI_RED : CLI_YELLOW), sev,
               cli_color(cli, CLI_RESET), json_string_value(json_object_get(f, "subject")),
               json_string_value(json_object_get(f, "message")),
               json_string_value(json_object_get(f, "id")));
    }
    if (json_array_size(fs) == 0)
        printf("  no findings\n");
    status = SG_EXIT_OK;
out:
    json_decref(d);
    sg_gateway_config_free(cfg);
    return status;
}

static int do_keygen(struct cli *cli, const char *id, const char *policy)
{
    struct sg_error err = {0};
    struct sg_gateway_key k;
    int status = SG_EXIT_OK;
    if (sg_gateway_keygen(&k, &err))
        return cli_report(cli, &err);
    if (cli_format_is(cli, "json")) {
        json_t *v = json_pack("{s:s, s:s, s:s, s:s}", "id", id, "policy", policy, "key", k.key,
                              "hash", k.hash);
        status = v ? cli_print_json(cli, v) : SG_EXIT_INTERNAL;
        if (v) {
            /* jansson copied the key: wipe its copy too before freeing. */
            json_t *kv = json_object_get(v, "key");
            OPENSSL_cleanse((char *)json_string_value(kv), strlen(json_string_value(kv)));
        }
        json_decref(v);
    } else {
        printf("%s\n", k.key);
        fflush(stdout);
        fprintf(stderr,
                "saiguard: gateway: the key above is shown once; give it to its user.\n"
                "Add this entry under 'keys:' in the gateway configuration:\n"
                "  - id: %s\n    policy: %s\n    hash: \"%s\"\n",
                id, policy, k.hash);
    }
    OPENSSL_cleanse(&k, sizeof k);
    return status;
}

static void on_ready(void *user, const struct sg_gateway *gw)
{
    struct cli *cli = user;
    if (cli->quiet)
        return;
    for (size_t i = 0;; i++) {
        int port = sg_gateway_listener_port(gw, i);
        if (port < 0)
            break;
        fprintf(stderr, "saiguard: gateway: listening on port %d\n", port);
    }
}

static int do_serve(struct cli *cli, const char *config, int workers)
{
    struct sg_error err = {0};
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx)
        return SG_EXIT_INTERNAL;
    struct sg_gateway_options opts = {
        .config_path = config, .on_ready = on_ready, .user = cli, .workers = workers};
    struct sg_gateway *gw = NULL;
    if (sg_gateway_new(ctx, &opts, &gw, &err))
        return cli_report(cli, &err);
    sg_err rc = sg_gateway_run(gw, true, &err);
    sg_gateway_free(gw);
    return rc ? cli_report(cli, &err) : SG_EXIT_OK;
}

int cmd_gateway(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {{"config", required_argument, NULL, 'c'},
                                            {"id", required_argument, NULL, OPT_ID},
                                            {"policy", required_argument, NULL, OPT_POLICY},
                                            {"workers", required_argument, NULL, OPT_WORKERS},
                                            CLI_COMMON_OPTIONS,
                                            {0}};
    static const char *const formats[] = {"text", "json", NULL};
    const char *config = NULL, *id = "key", *policy = "default", *verb = NULL;
    int opt, status, workers = 0;
    /* The verb may come first (`gateway keygen --id x`) or after options. */
    if (argc > 1 && argv[1][0] != '-') {
        verb = argv[1];
        argv++;
        argc--;
    }
    while ((opt = getopt_long(argc, argv, "+c:", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case 'c': config = optarg; break;
        case OPT_ID: id = optarg; break;
        case OPT_POLICY: policy = optarg; break;
        case OPT_WORKERS: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end || n < 1 || n > 256)
                return cli_usage_error(cli, "--workers must be a number from 1 to 256");
            workers = (int)n;
            break;
        }
        default: return cli_usage_error(cli, "unexpected option");
        }
    }
    if (!cli_format_allowed(cli, formats))
        return SG_EXIT_INPUT;
    if (!verb && optind < argc)
        verb = argv[optind++];
    if (verb && strcmp(verb, "check-config") == 0) {
        const char *file = optind < argc ? argv[optind++] : config;
        if (!file)
            return cli_usage_error(cli, "check-config needs a FILE");
        if (optind < argc)
            return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
        return do_check(cli, file);
    }
    if (verb && strcmp(verb, "keygen") == 0) {
        if (optind < argc)
            return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
        if (!*id || strpbrk(id, " \t\r\n\"\\"))
            return cli_usage_error(cli, "--id must be a name without spaces or quotes");
        return do_keygen(cli, id, policy);
    }
    if (verb)
        return cli_usage_error(cli, "unknown gateway command '%s'", verb);
    if (optind < argc)
        return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    if (!config)
        return cli_usage_error(cli, "--config FILE is required to serve");
    return do_serve(cli, config, workers);
}
