/* test_h5attr.c - root-group string attributes of HDF5 files written by
 * the real libhdf5 (as h5py writes Keras models: fixed-length and
 * variable-length strings; earliest and latest file format versions),
 * read by hand; every truncation and byte flip of such a file read
 * without a crash or an error. */
#include "harness.h"

#include <hdf5.h>
#include <stdlib.h>

#include "saiguard/formats.h"

static const char CONFIG[] = "{\"class_name\": \"Sequential\", \"config\": {\"layers\": []}}";

static bool attr(hid_t f, const char *name, const char *v, bool vlen)
{
    hid_t t = H5Tcopy(H5T_C_S1);
    H5Tset_size(t, vlen ? H5T_VARIABLE : strlen(v));
    hid_t s = H5Screate(H5S_SCALAR);
    hid_t a = H5Acreate2(f, name, t, s, H5P_DEFAULT, H5P_DEFAULT);
    bool ok = a >= 0 && H5Awrite(a, t, vlen ? (const void *)&v : (const void *)v) >= 0;
    H5Aclose(a);
    H5Sclose(s);
    H5Tclose(t);
    return ok;
}

/* A Keras-like file; latest: the newest object header and attribute
 * message versions. Returns its bytes (caller frees), NULL on failure. */
static uint8_t *keras_h5(bool latest, size_t *len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/k.h5", sg_test_tmpdir());
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    if (latest)
        H5Pset_libver_bounds(fapl, H5F_LIBVER_LATEST, H5F_LIBVER_LATEST);
    hid_t f = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    bool ok = f >= 0 && attr(f, "backend", "tensorflow", false) &&
              attr(f, "keras_version", "2.13.1", false) && attr(f, "model_config", CONFIG, true);
    hsize_t dims[1] = {256};
    hid_t s = H5Screate_simple(1, dims, NULL);
    hid_t d = H5Dcreate2(f, "weights", H5T_NATIVE_FLOAT, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    static float zeros[256];
    ok = ok && H5Dwrite(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, zeros) >= 0;
    H5Dclose(d);
    H5Sclose(s);
    H5Fclose(f);
    H5Pclose(fapl);
    FILE *fp = ok ? fopen(path, "rb") : NULL;
    uint8_t *buf = malloc(1 << 20);
    *len = fp && buf ? fread(buf, 1, 1 << 20, fp) : 0;
    if (fp)
        fclose(fp);
    return buf;
}

static void read_all(const uint8_t *data, size_t len, char **ver, char **cfg, sg_err *rc)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, len, "k.h5");
    struct sg_error err = {0};
    size_t head = len < 65536 ? len : 65536;
    *rc = sg_h5_string_attr(&src, data, head, "keras_version", 64, ver, &err);
    if (*rc == SG_OK)
        *rc = sg_h5_string_attr(&src, data, head, "model_config", 1 << 20, cfg, &err);
}

static void test_attributes_of_real_files(void)
{
    for (int latest = 0; latest <= 1; latest++) {
        size_t len = 0;
        uint8_t *data = keras_h5(latest, &len);
        CHECK(data && len > 0);
        if (!data)
            return;
        char *ver = NULL, *cfg = NULL;
        sg_err rc;
        read_all(data, len, &ver, &cfg, &rc);
        CHECK_EQ_INT(rc, SG_OK);
        CHECK_STR(ver ? ver : "(none)", "2.13.1");
        CHECK_STR(cfg ? cfg : "(none)", CONFIG);
        free(ver);
        free(cfg);
        /* an attribute that is not there, and a cap shorter than the value */
        sg_fmt_src src;
        sg_fmt_src_mem(&src, data, len, "k.h5");
        struct sg_error err = {0};
        CHECK_OK(sg_h5_string_attr(&src, data, len, "training_config", 64, &cfg, &err), &err);
        CHECK(cfg == NULL);
        CHECK_OK(sg_h5_string_attr(&src, data, len, "backend", 4, &cfg, &err), &err);
        CHECK_STR(cfg ? cfg : "(none)", "tens");
        free(cfg);
        free(data);
    }
}

static void test_damaged_files(void)
{
    size_t len = 0;
    uint8_t *data = keras_h5(false, &len);
    uint8_t *copy = malloc(len ? len : 1);
    CHECK(data && copy);
    if (!data || !copy) {
        free(data);
        free(copy);
        return;
    }
    int errors = 0;
    for (size_t i = 0; i < 2 * len; i++) {
        memcpy(copy, data, len);
        size_t n = len;
        if (i < len)
            n = i; /* truncated */
        else
            copy[i - len] ^= 0xa5; /* corrupted */
        char *ver = NULL, *cfg = NULL;
        sg_err rc;
        read_all(copy, n, &ver, &cfg, &rc);
        errors += rc != SG_OK;
        free(ver);
        free(cfg);
    }
    CHECK_EQ_INT(errors, 0);
    free(data);
    free(copy);
}

int main(int argc, char **argv)
{
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
    static const struct sg_test tests[] = {
        SG_TEST(test_attributes_of_real_files),
        SG_TEST(test_damaged_files),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
