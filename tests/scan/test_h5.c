/* test_h5.c - legacy Keras HDF5 models written here with libhdf5: a
 * model_config holding a Lambda layer with marshalled bytecode is critical,
 * a plain Dense model is clean, and a file that only looks like HDF5 is a
 * finding rather than a crash. */
#include "harness.h"

#include <hdf5.h>
#include <stdio.h>

#include "saiguard/scan.h"

static bool write_h5(const char *path, const char *config, bool fixed)
{
    hid_t f = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (f < 0)
        return false;
    hid_t t = H5Tcopy(H5T_C_S1);
    H5Tset_size(t, fixed ? strlen(config) + 1 : H5T_VARIABLE);
    hid_t s = H5Screate(H5S_SCALAR);
    hid_t a = H5Acreate2(f, "model_config", t, s, H5P_DEFAULT, H5P_DEFAULT);
    herr_t rc = fixed ? H5Awrite(a, t, config) : H5Awrite(a, t, &config);
    H5Aclose(a);
    H5Sclose(s);
    H5Tclose(t);
    H5Fclose(f);
    return rc >= 0;
}

static enum sg_scan_severity scan_file(const char *path, struct sg_scan_report *r)
{
    struct sg_error err = {0};
    sg_scan_report_init(r);
    if (sg_scan_path(NULL, path, NULL, r, &err) != SG_OK)
        return (enum sg_scan_severity)-1;
    return sg_scan_report_max(r);
}

static bool has_rule(const struct sg_scan_report *r, const char *rule)
{
    for (size_t i = 0; i < r->count; i++)
        if (strcmp(r->findings[i].rule, rule) == 0)
            return true;
    return false;
}

static void test_lambda_bytecode_is_critical(void)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/lambda.h5", sg_test_tmpdir());
    CHECK(write_h5(path, "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": "
                         "\"Lambda\", \"config\": {\"name\": \"l\", \"function\": [\"4wEAAAAA\", null, null], "
                         "\"function_type\": \"lambda\", \"module\": \"__main__\"}}]}}", false));
    struct sg_scan_report r;
    CHECK_EQ_INT(scan_file(path, &r), SG_SCAN_CRITICAL);
    CHECK(has_rule(&r, "SG-KER-002"));
    CHECK_STR(r.findings[0].format, "hdf5");
    sg_scan_report_release(&r);
}

static void test_plain_model_is_clean(void)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/dense.h5", sg_test_tmpdir());
    CHECK(write_h5(path, "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": "
                         "\"Dense\", \"config\": {\"name\": \"d\", \"units\": 3}}]}}", true));
    struct sg_scan_report r;
    CHECK_EQ_INT(scan_file(path, &r), SG_SCAN_INFO);
    CHECK_EQ_INT(r.scanned, 2); /* the file and its model_config */
    sg_scan_report_release(&r);
}

static void test_module_injection_in_h5(void)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/inject.h5", sg_test_tmpdir());
    CHECK(write_h5(path, "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"module\": \"subprocess\", "
                         "\"class_name\": \"Popen\", \"config\": {}}]}}", false));
    struct sg_scan_report r;
    CHECK_EQ_INT(scan_file(path, &r), SG_SCAN_CRITICAL);
    CHECK(has_rule(&r, "SG-KER-003"));
    sg_scan_report_release(&r);
}

static void test_fake_hdf5_is_a_finding(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "fake.h5", "\x89HDF\r\n\x1a\n\x00\x00garbage-garbage-garbage", 31));
    char path[4200];
    snprintf(path, sizeof path, "%s/fake.h5", dir);
    struct sg_scan_report r;
    CHECK_EQ_INT(scan_file(path, &r), SG_SCAN_MEDIUM);
    CHECK(has_rule(&r, "SG-H5-001"));
    sg_scan_report_release(&r);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_lambda_bytecode_is_critical),
        SG_TEST(test_plain_model_is_clean),
        SG_TEST(test_module_injection_in_h5),
        SG_TEST(test_fake_hdf5_is_a_finding),
        {NULL, NULL},
    };
    return sg_test_main(argc, argv, tests);
}
