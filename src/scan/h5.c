/* h5.c - legacy Keras HDF5 models: the model_config (and training_config)
 * attributes of the root group, read with libhdf5 and checked like a
 * .keras config.json. libhdf5 is not thread-safe, so calls are serialised;
 * its error printing is switched off (the library never prints). */
#include <hdf5.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "scan_internal.h"

#define MAX_CONFIG ((size_t)64 << 20)

static pthread_mutex_t h5_lock = PTHREAD_MUTEX_INITIALIZER;

/* Reads a string attribute (fixed or variable length). NULL if absent. */
static char *read_attr(hid_t file, const char *name, size_t *len)
{
    char *out = NULL;
    if (H5Aexists(file, name) <= 0)
        return NULL;
    hid_t a = H5Aopen(file, name, H5P_DEFAULT);
    if (a < 0)
        return NULL;
    hid_t t = H5Aget_type(a);
    hid_t space = H5Aget_space(a);
    if (t >= 0 && space >= 0 && H5Tget_class(t) == H5T_STRING && H5Sget_simple_extent_npoints(space) == 1) {
        if (H5Tis_variable_str(t) > 0) {
            hid_t mt = H5Tcopy(H5T_C_S1);
            H5Tset_size(mt, H5T_VARIABLE);
            char *s = NULL;
            if (H5Aread(a, mt, &s) >= 0 && s) {
                size_t n = strnlen(s, MAX_CONFIG);
                out = malloc(n + 1);
                if (out) {
                    memcpy(out, s, n);
                    out[n] = 0;
                    *len = n;
                }
                H5free_memory(s);
            }
            H5Tclose(mt);
        } else {
            size_t n = H5Tget_size(t);
            if (n && n <= MAX_CONFIG && (out = calloc(1, n + 1))) {
                if (H5Aread(a, t, out) < 0) {
                    free(out);
                    out = NULL;
                } else {
                    *len = strnlen(out, n);
                }
            }
        }
    }
    if (space >= 0)
        H5Sclose(space);
    if (t >= 0)
        H5Tclose(t);
    H5Aclose(a);
    return out;
}

void sg__scan_h5(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                 size_t len)
{
    pthread_mutex_lock(&h5_lock);
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS), file = -1;
    if (w->path) {
        file = H5Fopen(w->path, H5F_ACC_RDONLY, H5P_DEFAULT);
    } else if (len <= job->lim.max_analysis_bytes && fapl >= 0 &&
               H5Pset_fapl_core(fapl, 1 << 16, 0) >= 0 &&
               H5Pset_file_image(fapl, (void *)data, len) >= 0) {
        file = H5Fopen("member.h5", H5F_ACC_RDONLY, fapl);
    }
    if (file < 0) {
        sg__scan_add(job, w, "hdf5", "SG-H5-001", SG_SCAN_MEDIUM, 0, NULL,
                     "HDF5 file cannot be opened by libhdf5; it cannot be checked");
        goto out;
    }
    static const char *const attrs[] = {"model_config", "training_config", NULL};
    for (const char *const *a = attrs; *a; a++) {
        size_t n = 0;
        char *cfg = read_attr(file, *a, &n);
        if (cfg) {
            job->rep->scanned++;
            sg__scan_keras_config(job, w, cfg, n, "hdf5");
            free(cfg);
        }
    }
    H5Fclose(file);
out:
    if (fapl >= 0)
        H5Pclose(fapl);
    pthread_mutex_unlock(&h5_lock);
}
