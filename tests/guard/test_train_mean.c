/* test_train_mean.c - the training recipe's mean over shuffles: a model trained
 * over two shuffles is the mean of the two single-shuffle models (bias bit
 * for bit, every weight within its quantisation step), so each shuffle of
 * the mean starts from scratch (no multiple-instance pick carried over from
 * the one before), and the option's bounds and report. On a small subset of
 * the shared data, so it stays fast under ASan. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "guard/guard_int.h"

static char train_path[1200], dev_path[1200];
static const char *extra[3];
static char extra1[1200], extra2[1200];

/* The first n lines of a shared file, written to dir. */
static bool head_of(const char *dir, const char *shared, size_t n, const char *name, char *out,
                    size_t cap)
{
    FILE *f = fopen(sg_test_shared(shared), "rb");
    if (!f)
        return false;
    char *buf = NULL;
    size_t len = 0, lines = 0;
    FILE *m = open_memstream(&buf, &len);
    char line[65536];
    while (m && lines < n && fgets(line, sizeof line, f)) {
        fputs(line, m);
        lines += strchr(line, '\n') != NULL;
    }
    fclose(f);
    if (!m)
        return false;
    fclose(m);
    bool ok = sg_test_write_file(dir, name, buf, len);
    free(buf);
    snprintf(out, cap, "%s/%s", dir, name);
    return ok;
}

static bool setup(void)
{
    static int done;
    if (!done) {
        snprintf(extra1, sizeof extra1, "%s/data/guard/train-attacks.jsonl", SG_SOURCE_DIR);
        snprintf(extra2, sizeof extra2, "%s/data/guard/train-benign.jsonl", SG_SOURCE_DIR);
        extra[0] = extra1;
        extra[1] = extra2;
        extra[2] = NULL;
        const char *dir = sg_test_tmpdir();
        done = head_of(dir, "data/injection/train.jsonl", 900, "train.jsonl", train_path,
                       sizeof train_path) &&
                       head_of(dir, "data/injection/dev.jsonl", 200, "dev.jsonl", dev_path,
                               sizeof dev_path)
                   ? 1
                   : -1;
    }
    if (done < 0)
        sg_test_fail(__FILE__, __LINE__, "cannot write the training subset");
    return done > 0;
}

/* Trains with the given seed and shuffle count and parses the result: m[0]
 * the user-text model, m[1] the document model. */
static bool train(uint64_t seed, unsigned shuffles, struct sg__model m[2], unsigned *reported)
{
    struct sg_guard_train_opts o = {.train_path = train_path, .dev_path = dev_path,
                                    .extra = extra, .seed = seed, .shuffles = shuffles};
    struct sg_guard_train_report rep;
    struct sg_error err = {0};
    sg_buf out;
    sg_buf_init(&out, (size_t)16 << 20);
    bool ok = sg_test_ok(__FILE__, __LINE__, "sg_guard_train",
                         sg_guard_train(&o, NULL, &out, &rep, &err), &err) &&
              sg_test_ok(__FILE__, __LINE__, "sg__guard_weights_parse",
                         sg__guard_weights_parse((const uint8_t *)out.data, out.len, &m[0], &m[1],
                                                 &err),
                         &err);
    if (reported)
        *reported = rep.shuffles;
    sg_buf_release(&out);
    return ok;
}

/* mean is the mean of a and b, up to the quantisation of the hashed weights. */
static void check_mean(const char *which, const struct sg__model *a, const struct sg__model *b,
                       const struct sg__model *mean)
{
    /* Summed, then divided once: the same double as here. */
    if (mean->bias != (a->bias + b->bias) / 2)
        sg_test_fail(__FILE__, __LINE__, "%s: bias %.17g, want the mean of %.17g and %.17g",
                     which, mean->bias, a->bias, b->bias);
    double step = a->qscale + b->qscale + mean->qscale; /* rounding of the three */
    double worst = 0, apart = 0;
    for (size_t i = 0; i < SG__MODEL_TOTAL; i++) {
        double want = ((double)a->w[i] + (double)b->w[i]) / 2;
        double tol = i < SG__MODEL_DIM ? step : 1e-6 * (fabs(a->w[i]) + fabs(b->w[i])) + 1e-12;
        double off = fabs(mean->w[i] - want);
        if (off > tol && off > worst) { /* report the worst so far, not every one */
            worst = off;
            sg_test_fail(__FILE__, __LINE__, "%s: weight %zu: %.9g, want the mean %.9g", which,
                         i, (double)mean->w[i], want);
        }
        apart = fmax(apart, fabs((double)a->w[i] - b->w[i]));
    }
    /* Otherwise the comparison above could not tell a mean from either run. */
    if (!(apart > 20 * step))
        sg_test_fail(__FILE__, __LINE__, "%s: the two shuffles differ by only %g (step %g)", which,
                     apart, step);
}

static void test_mean_of_two_shuffles(void)
{
    if (!setup())
        return;
    struct sg__model a[2] = {{0}}, b[2] = {{0}}, mean[2] = {{0}};
    uint64_t second = sg__guard_shuffle_seed(7, 1);
    CHECK(second != 7 && sg__guard_shuffle_seed(7, 0) == 7);
    CHECK(sg__guard_shuffle_seed(1, 1) != sg__guard_shuffle_seed(2, 1));
    unsigned reported = 0;
    if (!train(7, 1, a, NULL) || !train(second, 1, b, NULL) || !train(7, 2, mean, &reported))
        goto out;
    if (reported != 2)
        sg_test_fail(__FILE__, __LINE__, "reported %u shuffles, want 2", reported);
    check_mean("user-text model", &a[0], &b[0], &mean[0]);
    check_mean("document model", &a[1], &b[1], &mean[1]);
    /* The document model is trained apart: the same weights would mean the
     * reweighing did nothing. */
    CHECK(mean[0].bias != mean[1].bias);
out:
    for (int k = 0; k < 2; k++) {
        sg__guard_model_release(&a[k]);
        sg__guard_model_release(&b[k]);
        sg__guard_model_release(&mean[k]);
    }
}

static void test_shuffle_bounds(void)
{
    if (!setup())
        return;
    struct sg_guard_train_opts o = {.train_path = train_path, .dev_path = dev_path,
                                    .extra = extra, .seed = 7,
                                    .shuffles = SG_GUARD_MAX_SHUFFLES + 1};
    struct sg_guard_train_report rep;
    struct sg_error err = {0};
    sg_buf out;
    sg_buf_init(&out, (size_t)16 << 20);
    CHECK(sg_guard_train(&o, NULL, &out, &rep, &err) == SG_ERR_USAGE);
    CHECK(out.len == 0);
    sg_buf_release(&out);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_mean_of_two_shuffles),
        SG_TEST(test_shuffle_bounds),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
