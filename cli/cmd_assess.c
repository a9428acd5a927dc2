/* cmd_assess.c - `saiguard assess`: conformance with ETSI EN 304 223 for the
 * system described by saiguard.yaml; `assess init` writes a starter profile,
 * `assess attest` signs an attestation. All work is in src/conformance/. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "saiguard/conformance.h"

const char cmd_assess_usage[] =
    "usage: saiguard assess [--profile FILE] [--format text|json|oscal|html] [--output FILE]\n"
    "                       [--fail-on shall|should|none] [--diff PREVIOUS.json] [--summary]\n"
    "       saiguard assess init [--force] [DIR]\n"
    "       saiguard assess attest --provision ID --statement TEXT --by WHO --expires DATE\n"
    "                              --key PRIVATE.pem [--document FILE] [--role ROLE] [--date DATE]\n"
    "\n"
    "Assess the AI system described by saiguard.yaml (found in the current directory\n"
    "or a parent, or given with --profile) against the 72 provisions of ETSI EN 304 223.\n"
    "Evidence is collected automatically wherever software can (signatures, scans,\n"
    "the audit ledger, the gateway configuration, structured documents such as the\n"
    "threat model and training register); signed attestations cover what only people\n"
    "can vouch for. Each provision gets pass, fail, inconclusive, waived or\n"
    "not_applicable; fail dominates, missing evidence is inconclusive, never a pass.\n"
    "\n"
    "options:\n"
    "  --profile FILE      the system profile (default: saiguard.yaml, walking up)\n"
    "  --format FMT        text (default), json (saiguard.assessment/1), oscal (OSCAL\n"
    "                      1.2.2 assessment-results) or html (self-contained report)\n"
    "  --output FILE       write the report to FILE instead of stdout (html default:\n"
    "                      stdout as well); a text summary still goes to the terminal\n"
    "  --fail-on LEVEL     exit 1 when an applicable provision of LEVEL or stronger\n"
    "                      fails or is inconclusive: shall (default), should, none\n"
    "  --diff PREVIOUS     compare with an earlier --format json report\n"
    "  --at DATE           judge dates as of DATE (YYYY-MM-DD), for reproducible runs\n"
    "  --no-record         do not remember asset digests for the next run\n"
    "  --summary           text: headline, tables and the first failures only\n"
    "  --verbose           list passing provisions too\n"
    "\n"
    "assess init [DIR]     write a commented starter saiguard.yaml for DIR (default .)\n"
    "                      from the model, dataset, prompt and configuration files found\n"
    "assess attest         sign an attestation (Ed25519 or ECDSA P-256 key, PEM) and\n"
    "                      print it as YAML to paste under attestations: in the profile\n"
    "\n"
    "exit status: 0 the gate passed, 1 the gate failed (see --fail-on), 2 usage or\n"
    "profile error, 3 internal error. See saiguard-assess(1).\n";

enum {
    OPT_PROFILE = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_OUTPUT,
    OPT_FAIL_ON,
    OPT_DIFF,
    OPT_AT,
    OPT_NO_RECORD,
    OPT_FORCE,
    OPT_PROVISION,
    OPT_STATEMENT,
    OPT_BY,
    OPT_EXPIRES,
    OPT_KEY,
    OPT_DOCUMENT,
    OPT_ROLE,
    OPT_DATE,
    OPT_SUMMARY,
};

/* ---- helpers ------------------------------------------------------------ */

static int write_out(struct cli *cli, const char *path, const char *data, size_t len)
{
    if (!path || strcmp(path, "-") == 0) {
        fwrite(data, 1, len, stdout);
        return SG_EXIT_OK;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        cli_message(cli, path, "cannot write: %s", strerror(errno));
        return SG_EXIT_INPUT;
    }
    bool ok = fwrite(data, 1, len, f) == len;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        cli_message(cli, path, "cannot write: %s", strerror(errno));
        unlink(tmp);
        return SG_EXIT_INPUT;
    }
    return SG_EXIT_OK;
}

/* YAML double-quoted scalars accept JSON string escapes, so each value is
 * written as its JSON encoding: what is signed is exactly what is read back. */
static int print_attestation_yaml(const json_t *att)
{
    static const char *const order[] = {"provision", "statement", "document", "document_digest", "by",
                                        "role", "date", "expires", NULL};
    printf("  - ");
    bool first = true;
    for (int i = 0; order[i]; i++) {
        json_t *v = json_object_get(att, order[i]);
        if (!v)
            continue;
        char *enc = json_dumps(v, JSON_ENCODE_ANY);
        printf("%s%s: %s\n", first ? "" : "    ", order[i], enc ? enc : "\"\"");
        free(enc);
        first = false;
    }
    json_t *sig = json_object_get(att, "signature");
    printf("    signature:\n");
    static const char *const sig_order[] = {"algorithm", "key_id", "value", NULL};
    for (int i = 0; sig_order[i]; i++) {
        char *enc = json_dumps(json_object_get(sig, sig_order[i]), JSON_ENCODE_ANY);
        printf("      %s: %s\n", sig_order[i], enc ? enc : "\"\"");
        free(enc);
    }
    return SG_EXIT_OK;
}

/* ---- assess init ---------------------------------------------------------------- */

static int cmd_init(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {{"force", no_argument, NULL, OPT_FORCE}, CLI_COMMON_OPTIONS, {0}};
    bool force = false;
    int opt, status;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        if (opt == OPT_FORCE)
            force = true;
        else
            return cli_usage_error(cli, "unknown option");
    }
    if (argc - optind > 1)
        return cli_usage_error(cli, "at most one directory");
    const char *dir = optind < argc ? argv[optind] : ".";
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, SG_PROFILE_NAME);
    if (!force && access(path, F_OK) == 0) {
        cli_message(cli, path, "already exists (use --force to overwrite)");
        return SG_EXIT_INPUT;
    }
    struct sg_error err = {0};
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx)
        return SG_EXIT_INTERNAL;
    sg_buf b;
    sg_buf_init(&b, (size_t)1 << 20);
    if (sg_profile_starter(ctx, dir, &b, &err) != SG_OK) {
        sg_buf_release(&b);
        return cli_report(cli, &err);
    }
    status = write_out(cli, path, b.data, b.len);
    sg_buf_release(&b);
    if (status == SG_EXIT_OK && !cli->quiet)
        fprintf(stderr, "wrote %s: review the proposed assets and roles, then fill in the documents\n", path);
    return status;
}

/* ---- assess attest --------------------------------------------------------------- */

static int cmd_attest(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"provision", required_argument, NULL, OPT_PROVISION}, {"statement", required_argument, NULL, OPT_STATEMENT},
        {"by", required_argument, NULL, OPT_BY},               {"expires", required_argument, NULL, OPT_EXPIRES},
        {"key", required_argument, NULL, OPT_KEY},             {"document", required_argument, NULL, OPT_DOCUMENT},
        {"role", required_argument, NULL, OPT_ROLE},           {"date", required_argument, NULL, OPT_DATE},
        {"profile", required_argument, NULL, OPT_PROFILE},     CLI_COMMON_OPTIONS,
        {0}};
    struct sg_attestation_request req = {0};
    const char *key = NULL, *profile_path = NULL;
    int opt, status;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_PROVISION: req.provision = optarg; break;
        case OPT_STATEMENT: req.statement = optarg; break;
        case OPT_BY: req.by = optarg; break;
        case OPT_EXPIRES: req.expires = optarg; break;
        case OPT_KEY: key = optarg; break;
        case OPT_DOCUMENT: req.document = optarg; break;
        case OPT_ROLE: req.role = optarg; break;
        case OPT_DATE: req.date = optarg; break;
        case OPT_PROFILE: profile_path = optarg; break;
        default: return cli_usage_error(cli, "unknown option");
        }
    }
    if (optind < argc)
        return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    if (!req.provision || !req.statement || !req.by || !req.expires || !key)
        return cli_usage_error(cli, "attest needs --provision, --statement, --by, --expires and --key");
    if (!cli_format_allowed(cli, (const char *[]){"text", "json", NULL}))
        return SG_EXIT_INPUT;
    /* the document path is written relative to the profile's directory, as
     * the profile refers to it; it is read relative to where we are */
    char docpath[4096], rel[4096];
    if (req.document) {
        snprintf(docpath, sizeof docpath, "%s", req.document);
        req.document_path = docpath;
        char found[4096], base[4096], real[4096];
        struct sg_error ferr = {0};
        if (profile_path) {
            snprintf(found, sizeof found, "%s", profile_path);
        } else if (sg_profile_find(NULL, found, sizeof found, &ferr) != SG_OK) {
            found[0] = '\0';
        }
        if (found[0] && realpath(found, base) && realpath(req.document, real)) {
            char *slash = strrchr(base, '/');
            if (slash)
                slash[1] = '\0';
            size_t bl = strlen(base);
            if (strncmp(real, base, bl) == 0) {
                snprintf(rel, sizeof rel, "%s", real + bl);
                req.document = rel;
            }
        }
    }
    struct sg_error err = {0};
    json_t *att = NULL;
    if (sg_attestation_sign(&req, key, &att, &err) != SG_OK)
        return cli_report(cli, &err);
    status = cli_format_is(cli, "json") ? cli_print_json(cli, att) : print_attestation_yaml(att);
    json_decref(att);
    return status;
}

/* ---- assess ------------------------------------------------------------------------ */

int cmd_assess(struct cli *cli, int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "init") == 0)
        return cmd_init(cli, argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "attest") == 0)
        return cmd_attest(cli, argc - 1, argv + 1);

    static const struct option options[] = {{"profile", required_argument, NULL, OPT_PROFILE},
                                            {"output", required_argument, NULL, OPT_OUTPUT},
                                            {"fail-on", required_argument, NULL, OPT_FAIL_ON},
                                            {"diff", required_argument, NULL, OPT_DIFF},
                                            {"at", required_argument, NULL, OPT_AT},
                                            {"no-record", no_argument, NULL, OPT_NO_RECORD},
                                            {"summary", no_argument, NULL, OPT_SUMMARY},
                                            CLI_COMMON_OPTIONS,
                                            {0}};
    const char *profile_path = NULL, *output = NULL, *fail_on = "shall", *diff_path = NULL, *at = NULL;
    bool record = true, verbose = false, summary = false;
    int opt, status;
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        if (opt == CLI_OPT_VERBOSE)
            verbose = true;
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_PROFILE: profile_path = optarg; break;
        case OPT_OUTPUT: output = optarg; break;
        case OPT_FAIL_ON: fail_on = optarg; break;
        case OPT_DIFF: diff_path = optarg; break;
        case OPT_AT: at = optarg; break;
        case OPT_NO_RECORD: record = false; break;
        case OPT_SUMMARY: summary = true; break;
        default: return cli_usage_error(cli, "unknown option");
        }
    }
    if (optind < argc)
        return cli_usage_error(cli, "unknown sub-command or argument '%s' (init, attest)", argv[optind]);
    if (!cli_format_allowed(cli, (const char *[]){"text", "json", "oscal", "html", NULL}))
        return SG_EXIT_INPUT;
    if (strcmp(fail_on, "shall") != 0 && strcmp(fail_on, "should") != 0 && strcmp(fail_on, "none") != 0)
        return cli_usage_error(cli, "--fail-on takes shall, should or none");

    struct sg_assess_options aopt = {.record_state = record};
    if (at) {
        struct tm tm = {0};
        char *end = strptime(at, "%Y-%m-%d", &tm);
        if (!end || *end)
            return cli_usage_error(cli, "--at takes a date (YYYY-MM-DD)");
        aopt.now = timegm(&tm) + 12 * 3600;
    }

    struct sg_error err = {0};
    struct sg_profile profile;
    char found[4096];
    if (!profile_path) {
        if (sg_profile_find(NULL, found, sizeof found, &err) != SG_OK)
            return cli_report(cli, &err);
        profile_path = found;
    }
    if (sg_profile_load(&profile, profile_path, &err) != SG_OK)
        return cli_report(cli, &err);

    /* the profile may name the state directory; --state and $SAIGUARD_STATE win */
    static char state[4096]; /* cli->state points here for the rest of the process */
    const char *state_dir = json_string_value(json_object_get(profile.doc, "state_dir"));
    if (state_dir && !cli->state && !getenv("SAIGUARD_STATE") &&
        sg_profile_path(&profile, state_dir, state, sizeof state, NULL) == SG_OK)
        cli->state = state;
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx) {
        sg_profile_release(&profile);
        return SG_EXIT_INTERNAL;
    }

    json_t *report = NULL, *previous = NULL, *diff = NULL;
    sg_buf b;
    sg_buf_init(&b, SG_BUF_DEFAULT_MAX);
    status = SG_EXIT_OK;
    if (diff_path && sg_json_load_file(diff_path, SG_BUF_DEFAULT_MAX, &previous, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    if (sg_assess_run(ctx, &profile, &aopt, &report, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    if (previous && sg_assess_diff(previous, report, &diff, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }

    sg_err rc = SG_OK;
    bool text = cli_format_is(cli, "text");
    if (diff) {
        if (text)
            rc = sg_report_diff_text(diff, cli->color, &b, &err);
        else
            rc = sg_json_dump(diff, JSON_INDENT(2) | JSON_SORT_KEYS, &b);
    } else if (text) {
        struct sg_report_text_options topt = {.color = cli->color && !output, .verbose = verbose, .summary_only = summary};
        rc = sg_report_text(report, &topt, &b, &err);
    } else if (cli_format_is(cli, "json")) {
        rc = sg_json_dump(report, JSON_INDENT(2), &b);
    } else if (cli_format_is(cli, "oscal")) {
        json_t *oscal = NULL;
        rc = sg_report_oscal(report, &oscal, &err);
        if (rc == SG_OK)
            rc = sg_json_dump(oscal, JSON_INDENT(2), &b);
        json_decref(oscal);
    } else {
        rc = sg_report_html(report, &b, &err);
    }
    if (rc == SG_OK && !text && b.len && b.data[b.len - 1] != '\n')
        rc = sg_buf_append_str(&b, "\n");
    if (rc != SG_OK) {
        if (!err.reason[0])
            sg_error_set(&err, rc, "report", "cannot render the report");
        status = cli_report(cli, &err);
        goto out;
    }
    status = write_out(cli, output, b.data, b.len);
    if (status != SG_EXIT_OK)
        goto out;
    if (output && !cli->quiet) {
        /* a file report still deserves a one-line verdict on the terminal */
        const json_t *sum = json_object_get(report, "summary");
        char digest[72] = "";
        if (sg_assess_digest(report, digest, NULL) != SG_OK)
            digest[0] = '\0';
        fprintf(stderr, "%s: %lld pass, %lld fail, %lld inconclusive, %lld waived, %lld not applicable -> %s\n",
                profile.name, json_integer_value(json_object_get(sum, "pass")),
                json_integer_value(json_object_get(sum, "fail")),
                json_integer_value(json_object_get(sum, "inconclusive")),
                json_integer_value(json_object_get(sum, "waived")),
                json_integer_value(json_object_get(sum, "not_applicable")), output);
    }
    if (strcmp(fail_on, "none") != 0 &&
        sg_assess_gate_fails(report, strcmp(fail_on, "should") == 0 ? SG_LEVEL_SHOULD : SG_LEVEL_SHALL))
        status = SG_EXIT_CHECK;
out:
    sg_buf_release(&b);
    json_decref(report);
    json_decref(previous);
    json_decref(diff);
    sg_profile_release(&profile);
    return status;
}
