/* cmd_ledger.c - `saiguard ledger`: the tamper-evident audit ledger. Verbs:
 * append, show, verify, checkpoint, key, prove, export. A thin layer over
 * include/saiguard/ledger.h: parse, call, print text or JSON. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "saiguard/ledger.h"

const char cmd_ledger_usage[] =
    "usage: saiguard ledger <verb> [options]\n"
    "\n"
    "A tamper-evident, append-only audit log: events are leaves of an RFC 6962\n"
    "Merkle tree in SQLite (state directory: --state, $SAIGUARD_STATE or\n"
    "./.saiguard), with C2SP checkpoints signed by an Ed25519 note key that is\n"
    "created on first use. Every saiguard command records its outcomes here.\n"
    "\n"
    "verbs:\n"
    "  append --type T --subject S [--details JSON] [--actor A] [--role R]\n"
    "         [--outcome O] [--digest-before D] [--digest-after D]\n"
    "                           append one event durably; prints its index\n"
    "  show [--since N] [--type T] [--subject S] [--limit N]\n"
    "                           list events (--type model. matches a prefix)\n"
    "  verify [--checkpoint FILE]\n"
    "                           recompute the whole tree from the stored events and\n"
    "                           check it against the signed checkpoints; with FILE\n"
    "                           (an older checkpoint kept elsewhere) also prove the\n"
    "                           log only grew since, so a rollback is caught\n"
    "  checkpoint [--output FILE]\n"
    "                           print (or write, e.g. for a witness) the signed\n"
    "                           checkpoint of the current tree\n"
    "  key                      print the verifier key (name+hash+key)\n"
    "  prove N [--size S]       inclusion proof of entry N (in the tree of S entries)\n"
    "  prove --from M [--size S]\n"
    "                           consistency proof from the tree of M entries\n"
    "  export                   every entry's leaf data, one JSON object per line\n"
    "\n"
    "options:\n"
    "  --format text|json       output format (export also takes jsonl)\n"
    "  --state DIR              state directory\n"
    "  --quiet, --no-color, --verbose, --help\n"
    "\n"
    "Hashes are standard base64, as in checkpoints. Exit status: 0 ok, 1 the\n"
    "ledger failed verification (the first bad entry is named), 2 usage or\n"
    "input error, 3 internal error.\n";

enum {
    OPT_TYPE = CLI_OPT_FIRST_COMMAND_OPTION,
    OPT_SUBJECT,
    OPT_DETAILS,
    OPT_ACTOR,
    OPT_ROLE,
    OPT_OUTCOME,
    OPT_DIGEST_BEFORE,
    OPT_DIGEST_AFTER,
    OPT_SINCE,
    OPT_LIMIT,
    OPT_CHECKPOINT,
    OPT_OUTPUT,
    OPT_FROM,
    OPT_SIZE,
};

struct args {
    const char *verb;
    const char *pos; /* prove N */
    const char *type, *subject, *details, *actor, *role, *outcome, *digest_before, *digest_after;
    const char *checkpoint, *output;
    const char *since, *limit, *from, *size;
    unsigned used; /* bit per OPT_ - CLI_OPT_FIRST_COMMAND_OPTION */
};

#define USED(o) (1u << ((o) - CLI_OPT_FIRST_COMMAND_OPTION))

/* ---- helpers ----------------------------------------------------------------- */

static bool parse_u64(const char *s, uint64_t *out)
{
    if (!s || !*s || *s == '-' || *s == '+')
        return false;
    errno = 0;
    char *end = NULL;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return false;
    *out = v;
    return true;
}

static char *b64(const uint8_t *h, char out[64])
{
    sg_buf b;
    sg_buf_init(&b, 64);
    if (sg_base64_encode(h, SG_LEDGER_HASH_LEN, &b) == SG_OK)
        snprintf(out, 64, "%s", b.data);
    else
        out[0] = '\0';
    sg_buf_release(&b);
    return out;
}

static json_t *json_b64(const uint8_t *h)
{
    char s[64];
    return json_string(b64(h, s));
}

static int open_ledger(struct cli *cli, unsigned flags, sg_ledger **lg)
{
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx)
        return SG_EXIT_INTERNAL;
    struct sg_error err = {0};
    if (sg_ledger_open(ctx->state_dir, flags, lg, &err) != SG_OK)
        return cli_report(cli, &err);
    return SG_EXIT_OK;
}

/* ---- append -------------------------------------------------------------------- */

static int do_append(struct cli *cli, const struct args *a)
{
    if (!a->type || !a->subject)
        return cli_usage_error(cli, "append needs --type and --subject");
    json_t *details = NULL;
    struct sg_error err = {0};
    int status = SG_EXIT_OK;
    sg_ledger *lg = NULL;
    if (a->details && sg_json_parse(a->details, strlen(a->details), "--details", &details, &err) != SG_OK)
        return cli_report(cli, &err);
    if (details && !json_is_object(details)) {
        json_decref(details);
        return cli_usage_error(cli, "--details must be a JSON object");
    }
    struct sg_audit_event ev = {
        .type = a->type,
        .subject = a->subject,
        .actor = a->actor,
        .role = a->role,
        .outcome = a->outcome,
        .digest_before = a->digest_before,
        .digest_after = a->digest_after,
        .details = details,
    };
    /* Validate before creating anything on disk. */
    sg_buf body;
    sg_buf_init(&body, SG_LEDGER_MAX_ENTRY);
    if (sg_ledger_event_body(&ev, &body, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    if ((status = open_ledger(cli, SG_LEDGER_CREATE, &lg)) != SG_EXIT_OK)
        goto out;
    uint64_t index = 0;
    if (sg_ledger_append_bodies(lg, &body, 1, &index, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    if (cli_format_is(cli, "json")) {
        json_t *o = json_pack("{s:I, s:I}", "index", (json_int_t)index, "tree_size",
                              (json_int_t)(index + 1));
        status = cli_print_json(cli, o);
        json_decref(o);
    } else if (!cli->quiet) {
        printf("appended entry %" PRIu64 "\n", index);
    }
out:
    sg_buf_release(&body);
    json_decref(details);
    sg_ledger_close(lg);
    return status;
}

/* ---- show and export ----------------------------------------------------------- */

struct show_state {
    struct cli *cli;
    json_t *array; /* --format json */
    bool raw;      /* export: the exact leaf data */
};

static const char *field(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "-";
}

static sg_err show_one(void *user, uint64_t index, const char *data, size_t len,
                       const uint8_t leaf[SG_LEDGER_HASH_LEN])
{
    struct show_state *s = user;
    (void)leaf;
    if (s->raw) {
        fwrite(data, 1, len, stdout);
        putchar('\n');
        return ferror(stdout) ? SG_ERR_IO : SG_OK;
    }
    json_t *o = json_loadb(data, len, 0, NULL);
    if (!o)
        return SG_ERR_PARSE;
    sg_err rc = SG_OK;
    if (s->array) {
        rc = sg_json_push(s->array, o);
    } else {
        printf("%6" PRIu64 "  %s  %s%-22s%s  %-8s  %s\n", index, field(o, "time"),
               cli_color(s->cli, CLI_BOLD), field(o, "type"), cli_color(s->cli, CLI_RESET),
               field(o, "outcome"), field(o, "subject"));
        json_decref(o);
    }
    return rc;
}

static int do_show(struct cli *cli, const struct args *a, bool export)
{
    struct sg_ledger_query q = {.type = a->type, .subject = a->subject};
    if (a->since && !parse_u64(a->since, &q.since_index))
        return cli_usage_error(cli, "--since needs an entry index");
    if (a->limit && !parse_u64(a->limit, &q.limit))
        return cli_usage_error(cli, "--limit needs a number");
    sg_ledger *lg = NULL;
    int status = open_ledger(cli, SG_LEDGER_READONLY, &lg);
    if (status != SG_EXIT_OK)
        return status;
    struct show_state s = {.cli = cli, .raw = export && !cli_format_is(cli, "json")};
    if (cli_format_is(cli, "json"))
        s.array = json_array();
    struct sg_error err = {0};
    sg_err rc = sg_ledger_scan(lg, &q, show_one, &s, &err);
    if (rc != SG_OK && !err.reason[0])
        sg_error_set(&err, rc, "ledger", "cannot list the entries");
    if (rc != SG_OK)
        status = cli_report(cli, &err);
    else if (s.array)
        status = cli_print_json(cli, s.array);
    json_decref(s.array);
    sg_ledger_close(lg);
    return status;
}

/* ---- verify ---------------------------------------------------------------------- */

static int do_verify(struct cli *cli, const struct args *a)
{
    sg_buf note;
    sg_buf_init(&note, SG_NOTE_MAX_LEN);
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    int status = SG_EXIT_OK;
    if (a->checkpoint && sg_buf_read_file(&note, a->checkpoint, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    sg_ctx *ctx = cli_ctx(cli);
    if (!ctx) {
        status = SG_EXIT_INTERNAL;
        goto out;
    }
    struct sg_ledger_verify_result res = {0};
    sg_err rc = sg_ledger_open(ctx->state_dir, SG_LEDGER_READONLY, &lg, &err);
    if (rc == SG_OK)
        rc = sg_ledger_verify(lg, a->checkpoint ? note.data : NULL, note.len, ctx, &res, &err);
    if (rc == SG_ERR_TAMPERED && lg == NULL)
        snprintf(res.problem, sizeof res.problem, "%s", err.reason); /* unreadable database */
    if (rc != SG_OK && rc != SG_ERR_TAMPERED) {
        if (a->checkpoint && (rc == SG_ERR_SIGNATURE || rc == SG_ERR_PARSE || rc == SG_ERR_TOO_LARGE))
            snprintf(err.subject, sizeof err.subject, "%s", a->checkpoint);
        status = cli_report(cli, &err);
        goto out;
    }
    bool intact = rc == SG_OK;
    if (cli_format_is(cli, "json")) {
        json_t *o = json_pack("{s:b, s:I, s:o, s:I}", "intact", intact, "entries",
                              (json_int_t)res.size, "root", json_b64(res.root),
                              "checkpoints_checked", (json_int_t)res.checkpoints_checked);
        if (!intact) {
            json_object_set_new(o, "first_bad", json_integer((json_int_t)res.first_bad));
            json_object_set_new(o, "problem", json_string(res.problem));
        }
        status = cli_print_json(cli, o);
        json_decref(o);
    } else if (intact && !cli->quiet) {
        char r[64];
        printf("%sledger intact%s: %" PRIu64 " entries, root %s, %" PRIu64
               " signed checkpoint(s) matched\n",
               cli_color(cli, CLI_GREEN), cli_color(cli, CLI_RESET), res.size, b64(res.root, r),
               res.checkpoints_checked);
    }
    if (!intact) {
        char subject[48];
        snprintf(subject, sizeof subject, "entry %" PRIu64, res.first_bad);
        cli_message(cli, subject, "%s", res.problem);
        status = SG_EXIT_CHECK;
    }
out:
    sg_buf_release(&note);
    sg_ledger_close(lg);
    return status;
}

/* ---- checkpoint and key ------------------------------------------------------ */

static int do_checkpoint(struct cli *cli, const struct args *a)
{
    sg_ledger *lg = NULL;
    int status = open_ledger(cli, 0, &lg);
    if (status != SG_EXIT_OK)
        return status;
    struct sg_error err = {0};
    char *note = NULL;
    if (sg_ledger_checkpoint(lg, &note, &err) != SG_OK) {
        status = cli_report(cli, &err);
        goto out;
    }
    if (a->output) {
        FILE *f = fopen(a->output, "w");
        bool ok = f && fputs(note, f) >= 0;
        if (f && fclose(f) != 0)
            ok = false;
        if (!ok) {
            sg_error_errno(&err, SG_ERR_IO, a->output, errno, "cannot write the checkpoint");
            status = cli_report(cli, &err);
            goto out;
        }
    }
    if (cli_format_is(cli, "json")) {
        struct sg_checkpoint cp;
        const char *blank = strstr(note, "\n\n");
        size_t text_len = blank ? (size_t)(blank - note) + 1 : strlen(note);
        if (sg_checkpoint_parse(note, text_len, &cp, &err) != SG_OK) {
            status = cli_report(cli, &err);
            goto out;
        }
        json_t *o = json_pack("{s:s, s:I, s:o, s:s}", "origin", cp.origin, "tree_size",
                              (json_int_t)cp.size, "root", json_b64(cp.root), "note", note);
        status = cli_print_json(cli, o);
        json_decref(o);
    } else if (!a->output) {
        fputs(note, stdout);
    } else if (!cli->quiet) {
        printf("wrote checkpoint to %s\n", a->output);
    }
out:
    free(note);
    sg_ledger_close(lg);
    return status;
}

static int do_key(struct cli *cli)
{
    sg_ledger *lg = NULL;
    int status = open_ledger(cli, SG_LEDGER_READONLY, &lg);
    if (status != SG_EXIT_OK)
        return status;
    struct sg_note_verifier v;
    sg_ledger_verifier(lg, &v);
    char vkey[512];
    sg_note_vkey_format(&v, vkey, sizeof vkey);
    if (cli_format_is(cli, "json")) {
        char id[9];
        snprintf(id, sizeof id, "%08x", v.key_id);
        json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "vkey", vkey, "name", v.name, "key_id", id,
                              "algorithm", "ed25519");
        status = cli_print_json(cli, o);
        json_decref(o);
    } else {
        printf("%s\n", vkey);
    }
    sg_ledger_close(lg);
    return status;
}

/* ---- prove --------------------------------------------------------------------- */

static int do_prove(struct cli *cli, const struct args *a)
{
    uint64_t n = 0, size = 0;
    bool consistency = a->from != NULL;
    if (consistency == (a->pos != NULL))
        return cli_usage_error(cli, "prove needs an entry index N or --from M (not both)");
    if (!parse_u64(consistency ? a->from : a->pos, &n))
        return cli_usage_error(cli, "'%s' is not an entry index or tree size",
                               consistency ? a->from : a->pos);
    if (a->size && (!parse_u64(a->size, &size) || size == 0))
        return cli_usage_error(cli, "--size needs a tree size of at least 1");
    sg_ledger *lg = NULL;
    int status = open_ledger(cli, SG_LEDGER_READONLY, &lg);
    if (status != SG_EXIT_OK)
        return status;
    static struct sg_ledger_proof p;
    struct sg_error err = {0};
    sg_err rc = consistency ? sg_ledger_prove_consistency(lg, n, size, &p, &err)
                            : sg_ledger_prove_inclusion(lg, n, size, &p, &err);
    sg_ledger_close(lg);
    if (rc != SG_OK)
        return cli_report(cli, &err);
    char h[64];
    if (cli_format_is(cli, "json")) {
        json_t *proof = json_array();
        for (size_t i = 0; i < p.n; i++)
            json_array_append_new(proof, json_b64(p.hashes[i]));
        json_t *o = consistency
                        ? json_pack("{s:I, s:I, s:o, s:o, s:o}", "old_size", (json_int_t)p.index,
                                    "tree_size", (json_int_t)p.tree_size, "old_root",
                                    json_b64(p.old_root), "root", json_b64(p.root), "proof", proof)
                        : json_pack("{s:I, s:I, s:o, s:o, s:o}", "index", (json_int_t)p.index,
                                    "tree_size", (json_int_t)p.tree_size, "leaf_hash",
                                    json_b64(p.leaf_hash), "root", json_b64(p.root), "proof", proof);
        status = cli_print_json(cli, o);
        json_decref(o);
        return status;
    }
    if (consistency) {
        printf("consistency of the tree of %" PRIu64 " entries with the tree of %" PRIu64 "\n",
               p.index, p.tree_size);
        printf("old root   %s\n", b64(p.old_root, h));
    } else {
        printf("inclusion of entry %" PRIu64 " in the tree of %" PRIu64 " entries\n", p.index,
               p.tree_size);
        printf("leaf hash  %s\n", b64(p.leaf_hash, h));
    }
    printf("root       %s\n", b64(p.root, h));
    for (size_t i = 0; i < p.n; i++)
        printf("%s %s\n", i == 0 ? "proof     " : "          ", b64(p.hashes[i], h));
    return SG_EXIT_OK;
}

/* ---- dispatch ----------------------------------------------------------------- */

struct verb {
    const char *name;
    unsigned allowed;
    const char *const *formats;
};

static const char *const text_json[] = {"text", "json", NULL};
static const char *const export_formats[] = {"text", "json", "jsonl", NULL};

static const struct verb verbs[] = {
    {"append",
     USED(OPT_TYPE) | USED(OPT_SUBJECT) | USED(OPT_DETAILS) | USED(OPT_ACTOR) | USED(OPT_ROLE) |
         USED(OPT_OUTCOME) | USED(OPT_DIGEST_BEFORE) | USED(OPT_DIGEST_AFTER),
     text_json},
    {"show", USED(OPT_SINCE) | USED(OPT_TYPE) | USED(OPT_SUBJECT) | USED(OPT_LIMIT), text_json},
    {"verify", USED(OPT_CHECKPOINT), text_json},
    {"checkpoint", USED(OPT_OUTPUT), text_json},
    {"key", 0, text_json},
    {"prove", USED(OPT_FROM) | USED(OPT_SIZE), text_json},
    {"export", USED(OPT_SINCE) | USED(OPT_TYPE) | USED(OPT_SUBJECT) | USED(OPT_LIMIT),
     export_formats},
};

int cmd_ledger(struct cli *cli, int argc, char **argv)
{
    static const struct option options[] = {
        {"type", required_argument, NULL, OPT_TYPE},
        {"subject", required_argument, NULL, OPT_SUBJECT},
        {"details", required_argument, NULL, OPT_DETAILS},
        {"actor", required_argument, NULL, OPT_ACTOR},
        {"role", required_argument, NULL, OPT_ROLE},
        {"outcome", required_argument, NULL, OPT_OUTCOME},
        {"digest-before", required_argument, NULL, OPT_DIGEST_BEFORE},
        {"digest-after", required_argument, NULL, OPT_DIGEST_AFTER},
        {"since", required_argument, NULL, OPT_SINCE},
        {"limit", required_argument, NULL, OPT_LIMIT},
        {"checkpoint", required_argument, NULL, OPT_CHECKPOINT},
        {"output", required_argument, NULL, OPT_OUTPUT},
        {"from", required_argument, NULL, OPT_FROM},
        {"size", required_argument, NULL, OPT_SIZE},
        CLI_COMMON_OPTIONS,
        {0},
    };
    struct args a = {0};
    const char **slots[] = {&a.type,  &a.subject, &a.details,    &a.actor,
                            &a.role,  &a.outcome, &a.digest_before, &a.digest_after,
                            &a.since, &a.limit,   &a.checkpoint, &a.output,
                            &a.from,  &a.size};
    int opt, status;
    while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
        if (cli_common_option(cli, opt, optarg, &status)) {
            if (status >= 0)
                return status;
            continue;
        }
        if (opt >= OPT_TYPE && opt <= OPT_SIZE) {
            *slots[opt - OPT_TYPE] = optarg;
            a.used |= USED(opt);
        }
    }
    if (optind >= argc)
        return cli_usage_error(cli, "missing verb (append, show, verify, checkpoint, key, prove, export)");
    a.verb = argv[optind++];
    if (optind < argc)
        a.pos = argv[optind++];
    if (optind < argc || (a.pos && strcmp(a.verb, "prove") != 0))
        return cli_usage_error(cli, "unexpected argument '%s'", a.pos ? a.pos : argv[optind]);
    const struct verb *v = NULL;
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (strcmp(verbs[i].name, a.verb) == 0)
            v = &verbs[i];
    if (!v)
        return cli_usage_error(cli, "unknown verb '%s'", a.verb);
    if (a.used & ~v->allowed) {
        for (const struct option *o = options; o->name; o++)
            if (o->val >= OPT_TYPE && o->val <= OPT_SIZE && (a.used & ~v->allowed & USED(o->val)))
                return cli_usage_error(cli, "'ledger %s' does not take --%s", v->name, o->name);
    }
    if (!cli_format_allowed(cli, v->formats))
        return SG_EXIT_INPUT;
    if (strcmp(v->name, "append") == 0)
        return do_append(cli, &a);
    if (strcmp(v->name, "show") == 0)
        return do_show(cli, &a, false);
    if (strcmp(v->name, "export") == 0)
        return do_show(cli, &a, true);
    if (strcmp(v->name, "verify") == 0)
        return do_verify(cli, &a);
    if (strcmp(v->name, "checkpoint") == 0)
        return do_checkpoint(cli, &a);
    if (strcmp(v->name, "key") == 0)
        return do_key(cli);
    return do_prove(cli, &a);
}
