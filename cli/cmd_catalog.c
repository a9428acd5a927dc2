/* cmd_catalog.c - `saiguard catalog`: the 72 provisions of ETSI EN 304 223
 * compiled into the binary, filtered by role and phase, as text, JSON or an
 * OSCAL catalog. */
#include <string.h>

#include "cli.h"
#include "saiguard/conformance.h"

const char cmd_catalog_usage[] =
    "usage: saiguard catalog [--role ROLE]... [--phase PHASE] [--id ID] [--format text|json|oscal]\n"
    "\n"
    "List the 13 principles and 72 provisions of ETSI EN 304 223 (baseline cyber\n"
    "security for AI models and systems). Titles and summaries are saiguard's own\n"
    "paraphrases; the catalogue is compiled into the binary.\n"
    "\n"
    "options:\n"
    "  --role ROLE     only provisions that oblige ROLE: developer, system_operator,\n"
    "                  data_custodian (repeat for several; any of them matches)\n"
    "  --phase PHASE   design, development, deployment, maintenance, end_of_life\n"
    "  --id ID         show one provision in full (e.g. 5.2.4-1.2)\n"
    "  --format FMT    text (default), json (saiguard.catalog/1) or oscal (OSCAL\n"
    "                  1.2.2 catalog, one group per principle)\n"
    "\n"
    "exit status: 0 ok, 2 usage error (unknown role, phase or id).\n"
    "See saiguard-catalog(1).\n";

enum { OPT_ROLE = CLI_OPT_FIRST_COMMAND_OPTION, OPT_PHASE, OPT_ID };

static void print_provision_full(struct cli *cli, const struct sg_provision *p)
{
    const struct sg_principle *pr = sg_catalog_principle(p->principle);
    printf("%s%s%s  (UK Code %s)\n", cli_color(cli, CLI_BOLD), p->id, cli_color(cli, CLI_RESET), p->uk_cop_id);
    printf("  principle   %d. %s\n", pr->number, pr->title);
    printf("  phase       %s\n", sg_phase_name(p->phase));
    printf("  level       %s%s\n", sg_level_name(p->level), p->mixed_modals ? " (mixes shall and should)" : "");
    printf("  roles      ");
    for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1)
        if (p->roles & r)
            printf(" %s", sg_role_name((enum sg_role)r));
    printf("\n  evidence   ");
    for (int k = 0; k < SG_EVIDENCE_KIND_COUNT; k++)
        if (p->evidence & (1u << k))
            printf(" %s", sg_evidence_name((enum sg_evidence_kind)(1u << k)));
    printf("\n  automation  %s\n  summary     %s\n", sg_automation_name(p->automation), p->summary);
    if (p->note)
        printf("  note        %s\n", p->note);
}

static void print_text(struct cli *cli, unsigned roles, int phase)
{
    int shown = 0, last_principle = 0;
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++) {
        const struct sg_provision *p = sg_catalog_provision(i);
        if ((roles && !(p->roles & roles)) || (phase >= 0 && (int)p->phase != phase))
            continue;
        if (p->principle != last_principle) {
            const struct sg_principle *pr = sg_catalog_principle(p->principle);
            printf("%s%s%2d  %s%s  [%s]\n", shown ? "\n" : "", cli_color(cli, CLI_BOLD), pr->number, pr->title,
                   cli_color(cli, CLI_RESET), sg_phase_name(pr->phase));
            last_principle = p->principle;
        }
        char roles_s[64] = "";
        for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1)
            if (p->roles & r) {
                const char *abbr = r == SG_ROLE_DEVELOPER ? "dev" : r == SG_ROLE_SYSTEM_OPERATOR ? "ops" : "data";
                strncat(roles_s, roles_s[0] ? "," : "", sizeof roles_s - strlen(roles_s) - 1);
                strncat(roles_s, abbr, sizeof roles_s - strlen(roles_s) - 1);
            }
        printf("    %-10s %-6s %-12s %s\n", p->id, sg_level_name(p->level), roles_s, p->summary);
        shown++;
    }
    printf("\n%d provision%s\n", shown, shown == 1 ? "" : "s");
}

int cmd_catalog(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {{"role", required_argument, NULL, OPT_ROLE},
                                            {"phase", required_argument, NULL, OPT_PHASE},
                                            {"id", required_argument, NULL, OPT_ID},
                                            CLI_COMMON_OPTIONS,
                                            {0}};
    unsigned roles = 0;
    int phase = -1, opt, status;
    const char *id = NULL;
    struct sg_error err = {0};
    while ((opt = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        switch (opt) {
        case OPT_ROLE: {
            int r = sg_role_parse(optarg);
            if (r < 0)
                return cli_usage_error(cli, "unknown role '%s' (developer, system_operator, data_custodian)", optarg);
            roles |= (unsigned)r;
            break;
        }
        case OPT_PHASE:
            phase = sg_phase_parse(optarg);
            if (phase < 0)
                return cli_usage_error(cli, "unknown phase '%s' (design, development, deployment, maintenance, end_of_life)",
                                       optarg);
            break;
        case OPT_ID: id = optarg; break;
        default: return cli_usage_error(cli, "unknown option");
        }
    }
    if (optind < argc)
        return cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    if (!cli_format_allowed(cli, (const char *[]){"text", "json", "oscal", NULL}))
        return SG_EXIT_INPUT;

    if (id) {
        const struct sg_provision *p = sg_catalog_find(id);
        if (!p)
            return cli_usage_error(cli, "'%s' is not a provision of ETSI EN 304 223 (see saiguard catalog)", id);
        if (cli_format_is(cli, "text")) {
            print_provision_full(cli, p);
            return SG_EXIT_OK;
        }
    }
    if (cli_format_is(cli, "text")) {
        print_text(cli, roles, phase);
        return SG_EXIT_OK;
    }
    json_t *doc = NULL;
    sg_err rc = cli_format_is(cli, "oscal") ? sg_catalog_to_oscal(roles, phase, &doc, &err)
                                            : sg_catalog_to_json(roles, phase, &doc, &err);
    if (rc != SG_OK)
        return cli_report(cli, &err);
    if (id && cli_format_is(cli, "oscal")) {
        /* keep the one group and control: still a valid catalog */
        char cid[64];
        snprintf(cid, sizeof cid, "etsi-%s", id);
        json_t *groups = json_object_get(json_object_get(doc, "catalog"), "groups"), *g, *c;
        size_t i, j;
        for (i = json_array_size(groups); i-- > 0;) {
            g = json_array_get(groups, i);
            json_t *controls = json_object_get(g, "controls");
            for (j = json_array_size(controls); j-- > 0;) {
                c = json_array_get(controls, j);
                if (strcmp(json_string_value(json_object_get(c, "id")), cid) != 0)
                    json_array_remove(controls, j);
            }
            if (json_array_size(controls) == 0)
                json_array_remove(groups, i);
        }
    }
    if (id && cli_format_is(cli, "json")) {
        json_t *provs = json_object_get(doc, "provisions"), *one = NULL, *p;
        size_t i;
        json_array_foreach(provs, i, p) if (strcmp(json_string_value(json_object_get(p, "id")), id) == 0) one = p;
        status = cli_print_json(cli, one);
    } else {
        status = cli_print_json(cli, doc);
    }
    json_decref(doc);
    return status;
}
