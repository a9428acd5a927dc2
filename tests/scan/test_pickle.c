/* test_pickle.c - the static pickle machine, case by case on bytes built in
 * the test: memo numbering, resolution through getattr and the memo across
 * concatenated pickles, limits, malformed streams, and probes on data that
 * is not a pickle (which must stay silent). Nothing here is ever unpickled. */
#include "harness.h"

#include <stdlib.h>

#include "saiguard/scan.h"

static struct sg_scan_report rep;

static void scan(const void *data, size_t len, const char *name)
{
    struct sg_error err = {0};
    sg_scan_report_release(&rep);
    sg_scan_report_init(&rep);
    if (sg_scan_buffer(data, len, name, NULL, &rep, &err) != SG_OK)
        sg_test_fail(__FILE__, __LINE__, "scan failed: %s", err.reason);
}

static const struct sg_scan_finding *find(const char *rule, const char *callable)
{
    for (size_t i = 0; i < rep.count; i++)
        if (strcmp(rep.findings[i].rule, rule) == 0 &&
            (!callable || (rep.findings[i].callable && strcmp(rep.findings[i].callable, callable) == 0)))
            return &rep.findings[i];
    return NULL;
}

#define P(s) s, sizeof(s) - 1

static void test_stack_global_call_is_critical_with_offset(void)
{
    scan(P("\x80\x04\x8c\x02os\x8c\x06system\x93\x8c\x02id\x85R."), "a.pkl");
    const struct sg_scan_finding *f = find("SG-PKL-001", "os.system");
    CHECK(f != NULL);
    CHECK_EQ_INT(f->severity, SG_SCAN_CRITICAL);
    CHECK_EQ_INT(f->offset, 20); /* the REDUCE that calls it */
    CHECK(strstr(f->message, "invokes") != NULL);
    CHECK_EQ_INT(rep.pickles, 1);
}

static void test_memoize_numbering_follows_cpython(void)
{
    /* LONG_BINPUT 7 holds 'builtins'; MEMOIZE then uses len(memo) == 1, and
     * GET 1 must give 'os', not a naive counter's guess. */
    scan(P("\x80\x04\x8c\x08" "builtinsr\x07\x00\x00\x00" "0\x8c\x02os\x94" "0h\x01\x8c\x06system\x93."),
         "a.pkl");
    CHECK(find("SG-PKL-001", "os.system") != NULL);
    CHECK(find("SG-PKL-001", "builtins.system") == NULL);
}

static void test_sparse_memo_keys(void)
{
    scan(P("\x80\x04\x8c\x02osr\xff\xff\xff\xff" "0\x8c\x06systemr\xfe\xff\xff\xff" "0j\xff\xff\xff\xffj\xfe\xff\xff\xff\x93."),
         "a.pkl");
    CHECK(find("SG-PKL-001", "os.system") != NULL);
}

static void test_memo_survives_into_next_pickle(void)
{
    /* pickle 1 stores the names, pickle 2 only GETs them */
    scan(P("\x80\x04\x8c\x02os\x94\x8c\x06system\x94\x86." "\x80\x04h\x00h\x01\x93)R."), "a.pkl");
    const struct sg_scan_finding *f = find("SG-PKL-001", "os.system");
    CHECK(f != NULL);
    CHECK(strstr(f->message, "later pickle") != NULL);
    CHECK_EQ_INT(rep.pickles, 2);
}

static void test_getattr_resolves_attribute(void)
{
    /* getattr(GLOBAL('subprocess','Popen'), '__init__') */
    scan(P("cbuiltins\ngetattr\ncsubprocess\nPopen\nV__init__\n\x86R)R."), "a.pkl");
    CHECK(find("SG-PKL-001", "subprocess.Popen.__init__") != NULL);
    CHECK(find("SG-PKL-001", "builtins.getattr") != NULL);
}

static void test_allowlisted_is_info_only(void)
{
    scan(P("\x80\x02" "ccollections\nOrderedDict\n)R}b."), "a.pkl");
    CHECK_EQ_INT(sg_scan_report_max(&rep), SG_SCAN_INFO);
    CHECK(find("SG-PKL-004", "collections.OrderedDict") != NULL);
}

static void test_truncated_stream_is_reported(void)
{
    scan(P("\x80\x04\x8c\x02os\x8c\x06system\x93\x8c\x02id"), "a.pkl");
    const struct sg_scan_finding *f = find("SG-PKL-020", NULL);
    CHECK(f != NULL);
    CHECK(strstr(f->message, "truncated") != NULL);
    CHECK(find("SG-PKL-001", "os.system") != NULL); /* imported before the fault */
}

static void test_unusual_opcodes_are_low(void)
{
    scan(P("\x80\x02K\x01" "2" "\x86."), "a.pkl"); /* DUP */
    const struct sg_scan_finding *f = find("SG-PKL-021", NULL);
    CHECK(f != NULL);
    CHECK_EQ_INT(f->severity, SG_SCAN_LOW);
    CHECK_EQ_INT(sg_scan_report_max(&rep), SG_SCAN_LOW);
}

static void test_frames_are_followed(void)
{
    scan(P("\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x8c\x03" "dup\x93."), "a.pkl");
    CHECK(find("SG-PKL-001", "os.dup") != NULL);
    scan(P("\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00N."), "a.pkl");
    CHECK(find("SG-PKL-020", NULL) != NULL);
}

static void test_mark_and_stack_limits(void)
{
    size_t n = 200000;
    char *b = malloc(n + 3);
    CHECK(b != NULL);
    b[0] = '\x80';
    b[1] = 2;
    memset(b + 2, '(', n);
    b[n + 2] = '.';
    scan(b, n + 3, "a.pkl");
    CHECK(find("SG-PKL-023", NULL) != NULL);
    memset(b + 2, 'N', n);
    scan(b, n + 3, "a.pkl");
    CHECK(sg_scan_report_max(&rep) <= SG_SCAN_LOW);
    free(b);
}

static void test_text_and_random_bytes_are_not_pickles(void)
{
    static const char *const texts[] = {
        "# Model card\n\nThis model was trained on...\n",
        "(note) this is a readme\n",
        "c'est la vie\nmais non\n",
        "{\"architectures\": [\"LlamaForCausalLM\"]}",
        "Vhello\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        scan(texts[i], strlen(texts[i]), "README");
        if (rep.count)
            sg_test_fail(__FILE__, __LINE__, "text %zu: %s %s", i, rep.findings[0].rule,
                         rep.findings[0].message);
    }
    unsigned seed = 12345;
    uint8_t buf[4096];
    int noisy = 0;
    for (int round = 0; round < 300; round++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (uint8_t)(seed >> 16);
        }
        if (buf[0] == 0x80 || buf[0] == 'P')
            buf[0] = 'x';
        scan(buf, sizeof buf, "weights.raw");
        noisy += rep.count != 0;
    }
    CHECK_EQ_INT(noisy, 0);
}

static void test_protocol0_inst_and_obj(void)
{
    scan(P("(S'ls'\nipty\nspawn\n."), "a.pkl");
    CHECK(find("SG-PKL-001", "pty.spawn") != NULL);
    scan(P("(cshutil\nrmtree\nS'/'\no."), "a.pkl");
    CHECK(find("SG-PKL-001", "shutil.rmtree") != NULL);
}

static void test_nested_pickle_depth_is_bounded(void)
{
    /* pickle.loads(b) where b is itself pickle.loads(...) four times over */
    static const char inner[] = "\x80\x04\x8c\x02os\x8c\x06system\x93)R.";
    static const char head[] = "\x80\x04\x8c\x06pickle\x8c\x05loads\x93" "C";
    char cur[4096], next[4096];
    size_t n = sizeof inner - 1;
    memcpy(cur, inner, n);
    for (int level = 0; level < 5; level++) {
        size_t k = 0;
        memcpy(next + k, head, sizeof head - 1);
        k += sizeof head - 1;
        next[k++] = (char)n;
        memcpy(next + k, cur, n);
        k += n;
        memcpy(next + k, "\x85R.", 3);
        k += 3;
        memcpy(cur, next, k);
        n = k;
    }
    scan(cur, n, "a.pkl");
    CHECK(find("SG-PKL-014", NULL) != NULL);
    CHECK(find("SG-PKL-001", "pickle.loads") != NULL);
}

static void cleanup(void)
{
    sg_scan_report_release(&rep);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_stack_global_call_is_critical_with_offset),
        SG_TEST(test_memoize_numbering_follows_cpython),
        SG_TEST(test_sparse_memo_keys),
        SG_TEST(test_memo_survives_into_next_pickle),
        SG_TEST(test_getattr_resolves_attribute),
        SG_TEST(test_allowlisted_is_info_only),
        SG_TEST(test_truncated_stream_is_reported),
        SG_TEST(test_unusual_opcodes_are_low),
        SG_TEST(test_frames_are_followed),
        SG_TEST(test_mark_and_stack_limits),
        SG_TEST(test_text_and_random_bytes_are_not_pickles),
        SG_TEST(test_protocol0_inst_and_obj),
        SG_TEST(test_nested_pickle_depth_is_bounded),
        {NULL, NULL},
    };
    sg_scan_report_init(&rep);
    atexit(cleanup);
    return sg_test_main(argc, argv, tests);
}
