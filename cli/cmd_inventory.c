/* cmd_inventory.c - `saiguard inventory`: discover AI assets, keep the
 * registry, detect shadow AI and export AI bills of materials. A thin layer
 * over include/saiguard/inventory.h: parse, call, print. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "saiguard/inventory.h"
#include "saiguard/ledger.h"

const char cmd_inventory_usage[] =
    "usage: saiguard inventory <verb> [options] [args]\n"
    "\n"
    "Keeps an inventory of AI assets: models, model metadata, datasets, prompts\n"
    "and agent configuration, identified by content, in a registry in the state\n"
    "directory (inventory.db). Every registry change is audited.\n"
    "\n"
    "verbs:\n"
    "  scan DIR...           walk the trees and record what they hold (the first scan\n"
    "                        is the baseline; later scans record changes and missing\n"
    "                        assets; unchanged files are not read again)\n"
    "      --check           shadow-AI check: change nothing, report unregistered,\n"
    "                        changed, missing and unreadable assets; exit 1 if any\n"
    "      --owner-role R    owner of newly registered assets: developer,\n"
    "                        system_operator or data_custodian (default: by kind)\n"
    "      --prompt-glob G   also treat paths matching G as prompts (repeatable)\n"
    "      --exclude G       leave out paths matching G (repeatable)\n"
    "      --config FILE     YAML/JSON settings: prompt_globs, exclude, owner_role\n"
    "                        (options on the command line add to them)\n"
    "  register FILE         register one file (re-registering updates it)\n"
    "      --kind K          model, model-metadata, dataset, prompt, agent-config\n"
    "      --owner-role R    as above\n"
    "      --name NAME       display name\n"
    "  list                  list registered assets (retired ones with --status all)\n"
    "      --kind K, --status active|missing|retired|all\n"
    "  show ID|PATH          one asset with its versions\n"
    "  retire ID|PATH        mark an asset retired (kept with its history)\n"
    "      --reason TEXT\n"
    "  diff BEFORE.json [AFTER.json]\n"
    "                        compare two `export --format json` documents (AFTER\n"
    "                        defaults to the registry now); exit 1 if they differ\n"
    "  export                the AI-BOM on stdout (or --output FILE)\n"
    "      --format cyclonedx|spdx|json   CycloneDX 1.6 (default), SPDX 3.0.1 with the\n"
    "                        AI and Dataset profiles, or saiguard's complete JSON\n"
    "\n"
    "common options: --state DIR, --format text|json, --quiet, --no-color, --help\n"
    "exit status: 0 ok (tree matches), 1 findings (--check) or differences (diff),\n"
    "2 usage or input error, 3 internal error (including a locked registry)\n";

enum {
    OPT_CHECK = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_OWNER_ROLE,
    OPT_PROMPT_GLOB,
    OPT_EXCLUDE,
    OPT_KIND,
    OPT_NAME,
    OPT_STATUS,
    OPT_REASON,
    OPT_OUTPUT,
    OPT_CONFIG,
};

struct args {
    bool check;
    const char *owner_role, *kind, *name, *status, *reason, *output, *config;
    const char *globs[65], *exclude[65];
    int nglobs, nexclude;
};

/* Parses the verb's options; returns -1 to go on, else an exit status. */
static int parse(struct cli *cli, int argc, char **argv, struct args *a)
{
    static const struct option options[] = {
        {"check", no_argument, NULL, OPT_CHECK},
        {"owner-role", required_argument, NULL, OPT_OWNER_ROLE},
        {"prompt-glob", required_argument, NULL, OPT_PROMPT_GLOB},
        {"exclude", required_argument, NULL, OPT_EXCLUDE},
        {"kind", required_argument, NULL, OPT_KIND},
        {"name", required_argument, NULL, OPT_NAME},
        {"status", required_argument, NULL, OPT_STATUS},
        {"reason", required_argument, NULL, OPT_REASON},
        {"output", required_argument, NULL, OPT_OUTPUT},
        {"config", required_argument, NULL, OPT_CONFIG},
        CLI_COMMON_OPTIONS,
        {0},
    };
    int opt, status;
    optind = 0;
    while ((opt = getopt_long(argc, argv, "o:", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_CHECK: a->check = true; break;
        case OPT_OWNER_ROLE: a->owner_role = optarg; break;
        case OPT_KIND: a->kind = optarg; break;
        case OPT_NAME: a->name = optarg; break;
        case OPT_STATUS: a->status = optarg; break;
        case OPT_REASON: a->reason = optarg; break;
        case OPT_CONFIG: a->config = optarg; break;
        case 'o':
        case OPT_OUTPUT: a->output = optarg; break;
        case OPT_PROMPT_GLOB:
            if (a->nglobs >= 64)
                return cli_usage_error(cli, "too many --prompt-glob options");
            a->globs[a->nglobs++] = optarg;
            break;
        case OPT_EXCLUDE:
            if (a->nexclude >= 64)
                return cli_usage_error(cli, "too many --exclude options");
            a->exclude[a->nexclude++] = optarg;
            break;
        default: return cli_usage_error(cli, "unexpected option");
        }
    }
    return -1;
}

static const char *str(const json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "-";
}

static void short_digest(const char *d, char out[24])
{
    if (!d || strncmp(d, "sha256:", 7) != 0)
        snprintf(out, 24, "-");
    else
        snprintf(out, 24, "%.19s", d);
}

/* Appends the NULL-terminated list from to a (capped) option list. */
static bool add_patterns(const char **list, int *n, const char *const *from)
{
    for (; from && *from; from++) {
        if (*n >= 64)
            return false;
        list[(*n)++] = *from;
    }
    return true;
}

static int do_scan(struct cli *cli, sg_inventory *inv, struct args *a, int n, char **dirs)
{
    struct sg_inv_config cfg = {0};
    struct sg_error err = {0};
    if (a->config) {
        if (sg_inv_config_load(a->config, &cfg, &err) != SG_OK)
            return cli_report(cli, &err);
        if (!add_patterns(a->globs, &a->nglobs, cfg.prompt_globs) ||
            !add_patterns(a->exclude, &a->nexclude, cfg.exclude)) {
            sg_inv_config_release(&cfg);
            return cli_usage_error(cli, "more than 64 prompt globs or exclusions in all");
        }
    }
    struct sg_inv_scan_options opt = {
        .check = a->check,
        .owner_role = a->owner_role ? a->owner_role : cfg.owner_role,
        .prompt_globs = a->globs,
        .exclude = a->exclude,
    };
    struct sg_inv_scan_result res;
    sg_err rc = sg_inventory_scan(inv, (const char *const *)dirs, (size_t)n, &opt, &res, &err);
    sg_inv_config_release(&cfg);
    if (rc != SG_OK)
        return cli_report(cli, &err);
    int status = a->check && sg_inv_scan_result_has_findings(&res) ? SG_EXIT_CHECK : SG_EXIT_OK;
    if (cli_format_is(cli, "json")) {
        json_t *o = json_pack(
            "{s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:O, s:O}", "mode",
            a->check ? "check" : "record", "files_seen", (json_int_t)res.files_seen, "files_read",
            (json_int_t)res.files_read, "assets_found", (json_int_t)res.assets_found, "registered",
            (json_int_t)res.registered, "changed", (json_int_t)res.changed, "missing",
            (json_int_t)res.missing, "moved", (json_int_t)res.moved, "unregistered",
            (json_int_t)res.unregistered, "unreadable", (json_int_t)res.unreadable, "findings",
            res.findings, "assets", res.assets);
        int ps = o ? cli_print_json(cli, o) : SG_EXIT_INTERNAL;
        json_decref(o);
        sg_inv_scan_result_release(&res);
        return ps != SG_EXIT_OK ? ps : status;
    }
    size_t i;
    json_t *f;
    json_array_foreach (res.findings, i, f) {
        const char *type = str(f, "finding");
        if (cli->quiet && !a->check && !strcmp(type, "registered"))
            continue;
        bool bad = a->check || !strcmp(type, "missing") || !strcmp(type, "unreadable") ||
                   !strcmp(type, "changed") || !strcmp(type, "moved");
        char before[24], after[24];
        short_digest(json_string_value(json_object_get(f, "digest_before")), before);
        short_digest(json_string_value(json_object_get(f, "digest_after")), after);
        char upper[24];
        snprintf(upper, sizeof upper, "%s", type);
        for (char *c = upper; *c; c++)
            *c = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
        printf("%s%-16s%s %-15s %-12s %s", cli_color(cli, bad ? CLI_YELLOW : CLI_GREEN), upper,
               cli_color(cli, CLI_RESET), str(f, "kind"), str(f, "format"), str(f, "path"));
        if (!strcmp(type, "changed"))
            printf("  %s -> %s", before, after);
        if (json_string_value(json_object_get(f, "reason")))
            printf("  (%s)", str(f, "reason"));
        putchar('\n');
    }
    if (!cli->quiet) {
        if (a->check)
            printf("%s%s%s: %zu files, %zu AI assets; %zu unregistered, %zu changed, %zu missing, "
                   "%zu moved, %zu unreadable\n",
                   cli_color(cli, CLI_BOLD),
                   status ? "shadow AI found" : "tree matches the registry",
                   cli_color(cli, CLI_RESET), res.files_seen, res.assets_found, res.unregistered,
                   res.changed, res.missing, res.moved, res.unreadable);
        else
            printf("scanned %zu files (%zu read), %zu AI assets: %zu registered, %zu changed, "
                   "%zu missing, %zu moved, %zu unreadable\n",
                   res.files_seen, res.files_read, res.assets_found, res.registered, res.changed,
                   res.missing, res.moved, res.unreadable);
    }
    sg_inv_scan_result_release(&res);
    return status;
}

static void print_asset(const json_t *x)
{
    printf(
        "id:          %s\nname:        %s\nkind:        %s\nformat:      %s\npath:        %s\n"
        "digest:      %s\nsize:        %lld\nowner role:  %s\nstatus:      %s\nversion:     %lld\n"
        "first seen:  %s\nlast seen:   %s\n",
        str(x, "id"), str(x, "name"), str(x, "kind"), str(x, "format"), str(x, "path"),
        str(x, "digest"), (long long)json_integer_value(json_object_get(x, "size")),
        str(x, "owner_role"), str(x, "status"),
        (long long)json_integer_value(json_object_get(x, "version")), str(x, "first_seen"),
        str(x, "last_seen"));
    if (json_string_value(json_object_get(x, "retired_at")))
        printf("retired:     %s (%s)\n", str(x, "retired_at"), str(x, "retired_reason"));
    const char *k;
    json_t *v;
    json_object_foreach (json_object_get(x, "metadata"), k, v) {
        char *t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        printf("  %-22s %.200s\n", k, t ? t : "?");
        free(t);
    }
    size_t i;
    json_array_foreach (json_object_get(x, "edges"), i, v)
        printf("edge:        %s %s\n", str(v, "type"), str(v, "target"));
    json_array_foreach (json_object_get(x, "versions"), i, v)
        printf("version %lld:   %s %s %s\n",
               (long long)json_integer_value(json_object_get(v, "version")), str(v, "recorded_at"),
               str(v, "change"), str(v, "digest"));
}

static int write_doc(struct cli *cli, const json_t *doc, const char *output)
{
    if (!output || !strcmp(output, "-"))
        return cli_print_json(cli, doc);
    if (json_dump_file(doc, output, JSON_INDENT(2) | JSON_SORT_KEYS) != 0) {
        struct sg_error err;
        (void)sg_error_set(&err, SG_ERR_IO, output, "cannot write the document");
        return cli_report(cli, &err);
    }
    return SG_EXIT_OK;
}

int cmd_inventory(struct cli *cli, int argc, char **argv)
{
    static const struct option common[] = {CLI_COMMON_OPTIONS, {0}};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", common, NULL)) != -1)
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
        } else {
            return cli_usage_error(cli, "unexpected option");
        }
    if (optind >= argc)
        return cli_usage_error(cli,
                               "missing verb (scan, register, list, show, retire, diff, export)");
    const char *verb = argv[optind];
    argc -= optind;
    argv += optind;
    struct args a = {0};
    if ((status = parse(cli, argc, argv, &a)) >= 0)
        return status;
    int n = argc - optind;
    char **rest = argv + optind;
    bool export = !strcmp(verb, "export");
    static const char *const text_json[] = {"text", "json", NULL};
    static const char *const doc_formats[] = {"text", "json", "cyclonedx", "spdx", NULL};
    if (!cli_format_allowed(cli, export ? doc_formats : text_json))
        return SG_EXIT_INPUT;
    bool scan = !strcmp(verb, "scan"), reg = !strcmp(verb, "register"),
         list = !strcmp(verb, "list"), show = !strcmp(verb, "show"),
         retire = !strcmp(verb, "retire"), diff = !strcmp(verb, "diff");
    if (!scan && !reg && !list && !show && !retire && !diff && !export)
        return cli_usage_error(cli, "unknown verb '%s'", verb);
    if ((scan && n < 1) || ((reg || show || retire) && n != 1) || ((list || export) && n != 0) ||
        (diff && (n < 1 || n > 2)))
        return cli_usage_error(cli, "wrong number of arguments for '%s'", verb);
    if ((a.check || a.config || a.nglobs || a.nexclude) && !scan)
        return cli_usage_error(cli, "--check, --config, --prompt-glob and --exclude apply to scan");

    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx)
        return SG_EXIT_INTERNAL;
    bool read_only = (scan && a.check) || list || show || export || diff;
    sg_inventory *inv = NULL;
    struct sg_error err = {0};
    json_t *doc = NULL;
    if (sg_inventory_open(ctx, read_only, &inv, &err) != SG_OK)
        return cli_report(cli, &err);
    status = SG_EXIT_OK;
    if (scan) {
        /* A first scan registers hundreds of assets: one fsync per audit
         * event would cost more than the scan. The library flushes the sink
         * before it commits, so no registry change is committed ahead of
         * its audit record. */
        sg_ledger_sink_attach_batched(ctx);
        status = do_scan(cli, inv, &a, n, rest);
    } else if (reg) {
        struct sg_inv_register_options ro = {
            .kind = a.kind, .owner_role = a.owner_role, .name = a.name};
        if (sg_inventory_register(inv, rest[0], &ro, &doc, &err) != SG_OK)
            status = cli_report(cli, &err);
        else if (cli_format_is(cli, "json"))
            status = cli_print_json(cli, doc);
        else if (!cli->quiet)
            printf("registered %s %s (%s, version %lld)\n", str(doc, "kind"), str(doc, "path"),
                   str(doc, "id"), (long long)json_integer_value(json_object_get(doc, "version")));
    } else if (list) {
        if (sg_inventory_list(inv, a.kind, a.status, &doc, &err) != SG_OK) {
            status = cli_report(cli, &err);
        } else if (cli_format_is(cli, "json")) {
            status = cli_print_json(cli, doc);
        } else {
            size_t i;
            json_t *x;
            if (json_array_size(doc))
                printf("%s%-8s  %-14s  %-20s  %-8s  %-15s  %s%s\n", cli_color(cli, CLI_BOLD), "ID",
                       "KIND", "FORMAT", "STATUS", "OWNER", "PATH", cli_color(cli, CLI_RESET));
            json_array_foreach (doc, i, x)
                printf("%-8.8s  %-14s  %-20s  %-8s  %-15s  %s\n", str(x, "id"), str(x, "kind"),
                       str(x, "format"), str(x, "status"), str(x, "owner_role"), str(x, "path"));
            if (!cli->quiet)
                printf("%zu assets\n", json_array_size(doc));
        }
    } else if (show) {
        if (sg_inventory_show(inv, rest[0], &doc, &err) != SG_OK)
            status = cli_report(cli, &err);
        else if (cli_format_is(cli, "json"))
            status = cli_print_json(cli, doc);
        else
            print_asset(doc);
    } else if (retire) {
        if (sg_inventory_retire(inv, rest[0], a.reason, &err) != SG_OK)
            status = cli_report(cli, &err);
        else if (!cli->quiet)
            printf("retired %s\n", rest[0]);
    } else if (export) {
        enum sg_inv_export_format f = cli_format_is(cli, "spdx")   ? SG_INV_EXPORT_SPDX
                                      : cli_format_is(cli, "json") ? SG_INV_EXPORT_JSON
                                                                   : SG_INV_EXPORT_CYCLONEDX;
        if (sg_inventory_export(inv, f, &doc, &err) != SG_OK)
            status = cli_report(cli, &err);
        else
            status = write_doc(cli, doc, a.output);
    } else {
        json_t *before = NULL, *after = NULL, *d = NULL;
        size_t count = 0;
        if (sg_json_load_file(rest[0], SG_BUF_DEFAULT_MAX, &before, &err) != SG_OK ||
            (n == 2 ? sg_json_load_file(rest[1], SG_BUF_DEFAULT_MAX, &after, &err)
                    : sg_inventory_export(inv, SG_INV_EXPORT_JSON, &after, &err)) != SG_OK ||
            sg_inventory_diff(before, after, &d, &count, &err) != SG_OK) {
            status = cli_report(cli, &err);
        } else {
            if (cli_format_is(cli, "json")) {
                status = cli_print_json(cli, d);
            } else {
                static const char *const parts[] = {"added", "removed", "changed"};
                for (int p = 0; p < 3; p++) {
                    size_t i;
                    json_t *x;
                    json_array_foreach (json_object_get(d, parts[p]), i, x)
                        printf("%-8s %-14s %s\n", parts[p], str(x, "kind"), str(x, "path"));
                }
                if (!cli->quiet)
                    printf("%zu differences\n", count);
            }
            if (status == SG_EXIT_OK && count)
                status = SG_EXIT_CHECK;
        }
        json_decref(before);
        json_decref(after);
        json_decref(d);
    }
    json_decref(doc);
    sg_inventory_close(inv);
    return status;
}
