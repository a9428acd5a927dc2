/* cmd_scan.c - `saiguard scan`: find code hidden in model files before anyone
 * loads them. Thin layer over include/saiguard/scan.h: parses options, scans
 * each path, prints text, JSON or SARIF, and exits 1 when a finding reaches
 * --fail-on. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/scan.h"

const char cmd_scan_usage[] =
    "usage: saiguard scan PATH... [--format text|json|sarif] [--fail-on LEVEL]\n"
    "                     [--policy policy.yaml] [--min-severity LEVEL] [--output FILE]\n"
    "\n"
    "Scans model files and directories for hidden code without loading them. The format of\n"
    "each file is detected from its content: pickle (protocols 0-5, simulated statically),\n"
    "PyTorch (zip and legacy), numpy .npy/.npz, joblib, Keras .keras and .h5, TensorFlow\n"
    "SavedModel, ONNX, GGUF (metadata and chat templates), safetensors, and zip archives\n"
    "(recursively, with size, ratio and depth limits).\n"
    "\n"
    "options:\n"
    "  --format text|json|sarif  output format (default text); SARIF 2.1.0 for code scanning\n"
    "  --fail-on LEVEL           exit 1 when a finding is at least LEVEL: low, medium, high\n"
    "                            (default), critical; 'never' always exits 0 after a scan\n"
    "  --policy FILE             YAML/JSON policy: allow/deny lists of callables\n"
    "                            (\"module.name\" or \"module.*\"), disable_rules, limits\n"
    "  --min-severity LEVEL      list findings from LEVEL up (default low; 'info' also lists\n"
    "                            allowlisted reconstructors and followed links)\n"
    "  --output FILE             write the report to FILE instead of standard output\n"
    "  --quiet                   no progress bar; text output prints only findings\n"
    "  --state DIR, --no-color, --verbose, --help\n"
    "\n"
    "Severities: critical (code runs on load), high (evasion or dangerous construct), medium\n"
    "(unknown callable, unparseable model), low (unusual but harmless), info.\n"
    "Exit status: 0 nothing at --fail-on, 1 a finding at --fail-on or above, 2 usage or\n"
    "unreadable input, 3 internal error.\n"
    "\n"
    "examples:\n"
    "  saiguard scan model.pt\n"
    "  saiguard scan --format sarif --output scan.sarif models/\n"
    "  saiguard scan --policy org-policy.yaml --fail-on medium checkpoints/\n";

enum {
    OPT_FAIL_ON = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_POLICY,
    OPT_MIN_SEVERITY,
    OPT_OUTPUT,
};

static const char *sev_color(const struct cli *cli, enum sg_scan_severity s)
{
    switch (s) {
    case SG_SCAN_CRITICAL:
    case SG_SCAN_HIGH:
        return cli_color(cli, CLI_RED CLI_BOLD);
    case SG_SCAN_MEDIUM:
        return cli_color(cli, CLI_YELLOW);
    default:
        return cli_color(cli, CLI_DIM);
    }
}

static void print_text(const struct cli *cli, FILE *out, const struct sg_scan_report *r,
                       enum sg_scan_severity min, bool failed, const char *fail_on)
{
    bool tty = out == stdout;
    for (size_t i = 0; i < r->count; i++) {
        const struct sg_scan_finding *f = &r->findings[i];
        if (f->severity < min)
            continue;
        char upper[16];
        const char *name = sg_scan_severity_name(f->severity);
        size_t k = 0;
        for (; name[k] && k < sizeof upper - 1; k++)
            upper[k] = (char)(name[k] - 32);
        upper[k] = 0;
        fprintf(out, "%s%-8s%s %s%s%s%s  %s[%s]%s\n", tty ? sev_color(cli, f->severity) : "",
                upper, tty ? cli_color(cli, CLI_RESET) : "", f->file, f->entry ? "!" : "",
                f->entry ? f->entry : "", "", tty ? cli_color(cli, CLI_DIM) : "", f->rule,
                tty ? cli_color(cli, CLI_RESET) : "");
        fprintf(out, "         %s", f->message);
        if (f->offset >= 0)
            fprintf(out, " (offset %lld)", (long long)f->offset);
        fputc('\n', out);
    }
    if (cli->quiet)
        return;
    size_t by[SG_SCAN_CRITICAL + 1] = {0};
    for (size_t i = 0; i < r->count; i++)
        by[r->findings[i].severity]++;
    fprintf(out, "%sscanned %llu file%s (%.1f MB), %llu pickle stream%s: %zu critical, %zu high, "
            "%zu medium, %zu low%s\n",
            r->count && tty ? "\n" : "", (unsigned long long)r->files, r->files == 1 ? "" : "s",
            (double)r->bytes / 1e6, (unsigned long long)r->pickles, r->pickles == 1 ? "" : "s",
            by[SG_SCAN_CRITICAL], by[SG_SCAN_HIGH], by[SG_SCAN_MEDIUM], by[SG_SCAN_LOW], "");
    if (strcmp(fail_on, "never") == 0)
        return;
    if (failed)
        fprintf(out, "%sFAIL%s: findings at or above '%s'\n", tty ? cli_color(cli, CLI_RED CLI_BOLD) : "",
                tty ? cli_color(cli, CLI_RESET) : "", fail_on);
    else
        fprintf(out, "%sPASS%s: nothing at or above '%s'\n", tty ? cli_color(cli, CLI_GREEN) : "",
                tty ? cli_color(cli, CLI_RESET) : "", fail_on);
}

int cmd_scan(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"fail-on", required_argument, NULL, OPT_FAIL_ON},
        {"policy", required_argument, NULL, OPT_POLICY},
        {"min-severity", required_argument, NULL, OPT_MIN_SEVERITY},
        {"output", required_argument, NULL, OPT_OUTPUT},
        CLI_COMMON_OPTIONS,
        {0}};
    static const char *const formats[] = {"text", "json", "sarif", NULL};
    const char *fail_on = "high", *policy_path = NULL, *output = NULL;
    enum sg_scan_severity fail_level = SG_SCAN_HIGH, min = SG_SCAN_LOW;
    bool never = false;
    int opt, status = SG_EXIT_OK;
    while ((opt = getopt_long(argc, argv, "+o:", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_FAIL_ON:
            fail_on = optarg;
            if (strcmp(optarg, "never") == 0)
                never = true;
            else if (sg_scan_severity_parse(optarg, &fail_level) != SG_OK || fail_level == SG_SCAN_INFO)
                return cli_usage_error(cli, "--fail-on must be low, medium, high, critical or never");
            break;
        case OPT_MIN_SEVERITY:
            if (sg_scan_severity_parse(optarg, &min) != SG_OK)
                return cli_usage_error(cli, "--min-severity must be info, low, medium, high or critical");
            break;
        case OPT_POLICY:
            policy_path = optarg;
            break;
        case 'o':
        case OPT_OUTPUT:
            output = optarg;
            break;
        default:
            return cli_usage_error(cli, "unexpected option");
        }
    }
    status = SG_EXIT_OK;
    if (optind >= argc)
        return cli_usage_error(cli, "no PATH to scan");
    if (!cli_format_allowed(cli, formats))
        return SG_EXIT_INPUT;
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx)
        return SG_EXIT_INTERNAL;

    struct sg_error err = {0};
    sg_scan_policy *policy = NULL;
    struct sg_scan_report report;
    sg_scan_report_init(&report);
    json_t *doc = NULL;
    FILE *out = stdout;
    if (policy_path && sg_scan_policy_load(policy_path, &policy, &err) != SG_OK)
        return cli_report(cli, &err);
    struct sg_scan_options so = {.policy = policy};
    int input_status = SG_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        sg_error_clear(&err);
        if (sg_scan_path(ctx, argv[i], &so, &report, &err) != SG_OK) {
            int s = cli_report(cli, &err);
            if (s > input_status)
                input_status = s;
        }
    }
    bool failed = !never && sg_scan_report_count(&report, fail_level) > 0;
    if (output && !(out = fopen(output, "w"))) {
        sg_error_errno(&err, SG_ERR_IO, output, errno, "cannot write the report");
        status = cli_report(cli, &err);
        out = NULL;
        goto done;
    }
    if (cli_format_is(cli, "text")) {
        print_text(cli, out, &report, min, failed, fail_on);
    } else {
        sg_err rc = cli_format_is(cli, "json") ? sg_scan_report_json(&report, min, &doc, &err)
                                               : sg_scan_report_sarif(&report, min, &doc, &err);
        if (rc != SG_OK) {
            status = cli_report(cli, &err);
            goto done;
        }
        if (cli_format_is(cli, "json"))
            json_object_set_new(json_object_get(doc, "summary"), "passed", json_boolean(!failed));
        if (out == stdout) {
            status = cli_print_json(cli, doc);
        } else if (sg_json_print(doc, out) != SG_OK) {
            status = SG_EXIT_INTERNAL;
        }
    }
    if (status == SG_EXIT_OK)
        status = input_status ? input_status : failed ? SG_EXIT_CHECK : SG_EXIT_OK;
done:
    if (out && out != stdout && fclose(out) != 0 && status == SG_EXIT_OK) {
        sg_error_errno(&err, SG_ERR_IO, output, errno, "cannot write the report");
        status = cli_report(cli, &err);
    }
    json_decref(doc);
    sg_scan_report_release(&report);
    sg_scan_policy_free(policy);
    return status;
}
